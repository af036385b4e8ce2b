"""Reported content bounded by the parse, and subjects that cannot speak (our own sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse


def rows(qs):
    return [(q.speaker_text, q.cue, q.quote_text) for q in qs]


def test_a_dating_preposition_after_the_cue_belongs_to_the_saying(nlp):
    qs, _ = analyse(nlp, "Firefighters searched the dock. Police said on Monday they believe the blaze was "
                         "started by a group of teenagers.")
    assert rows(qs) == [("Police", "said", "they believe the blaze was started by a group of teenagers")]


def test_a_preposition_about_more_than_a_date_stays_with_the_content(nlp):
    qs, _ = analyse(nlp, "The editor said on the radio the paper would close.")
    assert rows(qs) == [("The editor", "said", "the paper would close")]


def test_a_backshifted_conjunct_of_the_cue_continues_the_content(nlp):
    qs, _ = analyse(nlp, "Senator Ruth Alvey had previously stated she was not interested in the post, but "
                         "would accept it if asked.")
    assert rows(qs) == [("Senator Ruth Alvey", "stated",
                         "she was not interested in the post, but would accept it if asked")]


def test_a_conjunct_after_a_quoted_clause_stays_in_the_mixed_quote(nlp):
    qs, _ = analyse(nlp, "Editor Rachel Moss said she felt the pleas might give \"some comfort to the families "
                         "and friends of the victims,\" but would not answer questions put to the police.")
    assert [(q.quote_type, q.quote_text) for q in qs] == [
        ("mixed", "she felt the pleas might give \"some comfort to the families and friends of the victims,\" "
                  "but would not answer questions put to the police")]


def test_a_second_that_clause_with_its_own_subject_is_the_same_report(nlp):
    qs, _ = analyse(nlp, "Geologist Ana Ruiz said caves hold water, and that some historical evidence suggests "
                         "wells were dug near the shore.")
    assert rows(qs) == [("Geologist Ana Ruiz", "said", "caves hold water, and that some historical evidence "
                                                       "suggests wells were dug near the shore")]


def test_evidence_suggesting_something_is_nobodys_statement(nlp):
    qs, _ = analyse(nlp, "Some historical evidence suggests wells were dug near the shore. The mayor said the "
                         "wells would be mapped.")
    assert rows(qs) == [("The mayor", "said", "the wells would be mapped")]


def test_a_demonstrative_subject_is_no_speaker_the_clause_above_gives_it(nlp):
    qs, _ = analyse(nlp, "The coast guard spoke to the Navy, who told it this was not yet confirmed and noted "
                         "no ransom had been demanded.")
    noted = next(q for q in qs if q.cue == "noted")
    assert (noted.speaker_text, noted.quote_text) == ("the Navy", "no ransom had been demanded")


def test_a_concern_named_after_the_cue_is_not_what_the_speaker_announced(nlp):
    qs, _ = analyse(nlp, "In May, the firm announced an internal review, following staff concerns that fuel "
                         "figures could be wrong. The firm said in a statement that the review was over.")
    assert rows(qs) == [("The firm", "said", "the review was over")]


def linked(qs, actors):
    return [(q.speaker_text, actors.get(q.speaker_key).name if q.speaker_key else None) for q in qs]


def test_a_bare_police_speaker_is_the_force_the_article_named(nlp):
    qs, actors = analyse(nlp, "The inquiry was run by the Thames Valley Police. Police said on Monday they "
                              "believe the thieves used two cars.")
    assert linked(qs, actors) == [("Police", "Thames Valley Police")]
    qs, actors = analyse(nlp, "The Police and Crime Commissioner for the county spoke on Friday. Police said two "
                              "men were arrested.")
    assert linked(qs, actors) == [("Police", None)]


def test_scientists_of_two_bodies_are_the_group_not_one_of_the_bodies(nlp):
    qs, actors = analyse(nlp, "In findings published on Wednesday in PLoS One, scientists from the University "
                              "of Bristol and UC Davis say zebras may have gotten their stripes to confuse flies.")
    assert linked(qs, actors) == [("scientists from the University of Bristol and UC Davis",
                                   "scientists from the University of Bristol and UC Davis")]


def test_an_office_held_in_a_body_is_not_the_body(nlp):
    text = ("\"Walter was the best diver I have ever met,\" said University of Westmark, Port Ellis's "
            "chancellor, Pravin Koshal. Koshal talked of his \"many discoveries\".")
    qs, actors = analyse(nlp, text)
    assert linked(qs, actors) == [("University of Westmark, Port Ellis's chancellor", None)]
    assert any(a.name == "University of Westmark" for a in actors.actors)


def test_the_office_holder_named_in_apposition_is_the_speaker(nlp):
    text = "\"She was the finest sailor I have known,\" said Northgate University's provost, Ashok Varadan."
    qs, actors = analyse(nlp, text)
    assert [a for _, a in linked(qs, actors)] == ["Ashok Varadan"]


def test_a_shared_surname_goes_to_the_one_named_in_full_before_it(nlp):
    text = ("Retired officer Tony Mendez died on Saturday. Mendez's wife Jonna wrote two books with him. "
            "Mendez once told a newspaper he considered himself an artist first.")
    qs, actors = analyse(nlp, text)
    assert linked(qs, actors) == [("Mendez", "Tony Mendez")]
    text = ("Retired officer Tony Mendez died on Saturday. His wife, Jonna Mendez, wrote two books with him. "
            "Mendez once told a newspaper he considered himself an artist first.")
    qs, actors = analyse(nlp, text)
    assert linked(qs, actors) == [("Mendez", None)]
    assert {"Tony Mendez", "Jonna Mendez"} <= {a.name for a in actors.actors}


def test_she_after_a_described_speaker_is_that_person_not_one_named_further_back(nlp):
    text = ("Officer Diana Brand was jailed for seven years. The head of the internal inquiry told the court "
            "\"Basic checks were not done.\" She also said \"I regret we were not called at once. We could have "
            "sealed the room.\"")
    qs, actors = analyse(nlp, text)
    assert linked(qs, actors) == [("The head of the internal inquiry", None), ("She", None)]
    assert any(a.name == "Diana Brand" for a in actors.actors)


def test_she_after_a_named_speaker_keeps_the_name(nlp):
    text = ("Officer Daniel Brand was jailed for seven years. The detective who led the inquiry, Maria Lund, "
            "told the court \"Basic checks were not done.\" She also said \"I regret we were not called at once.\"")
    qs, actors = analyse(nlp, text)
    assert [a for _, a in linked(qs, actors)] == ["Maria Lund", "Maria Lund"]


def test_according_to_between_subject_and_verb_keeps_the_whole_clause(nlp):
    qs, _ = analyse(nlp, "Six people, according to police, were injured in the crash. The road reopened.")
    assert rows(qs) == [("police", "according to", "Six people, according to police, were injured in the crash")]


def test_according_to_after_the_verb_still_keeps_only_what_came_before(nlp):
    qs, _ = analyse(nlp, "The road closed at noon, according to police, and crews arrived later.")
    assert rows(qs) == [("police", "according to", "The road closed at noon")]


def test_according_to_after_a_speaker_and_cue_is_no_content_of_its_own(nlp):
    text = ("The chief judge of the court decided, according to the summary, \"that although the advice was "
            "lawful in form, it would be unlawful if its purpose was to block scrutiny.\"")
    qs, _ = analyse(nlp, text)
    assert [(q.quote_type, q.quote_text) for q in qs] == [
        ("direct", "that although the advice was lawful in form, it would be unlawful if its purpose was to "
                   "block scrutiny.")]




def test_according_to_after_a_semicolon_vouches_for_the_clause_after_it(nlp):
    qs, _ = analyse(nlp, "At the time, there were four people on board; according to investigators, one died at "
                         "the site, with the other three taken to a hospital.")
    assert rows(qs) == [("investigators", "according to",
                         "one died at the site, with the other three taken to a hospital")]


def test_according_to_closing_a_subordinate_clause_vouches_for_that_clause(nlp):
    qs, _ = analyse(nlp, "While only a few fans own a costume according to a 2011 survey, organizers reported "
                         "that half of the visitors wore one.")
    assert rows(qs) == [("a 2011 survey", "according to", "While only a few fans own a costume"),
                        ("organizers", "reported", "half of the visitors wore one")]


def test_a_title_word_inside_a_bodys_name_is_no_office(nlp):
    qs, actors = analyse(nlp, "The Court of Justice ruled on Monday. The Court of Justice said the law was void.")
    assert linked(qs, actors) == [("The Court of Justice", "Court of Justice")]


def test_a_capitalised_name_word_is_no_bare_collective_noun(nlp):
    text = ("A worker was hurt. British Transport Police said the man was 44. Transport for London told "
            "passengers to take a longer way around.")
    qs, actors = analyse(nlp, text)
    assert linked(qs, actors) == [("British Transport Police", "British Transport Police"),
                                  ("Transport for London", None)]


def test_a_quoted_gloss_in_parentheses_keeps_the_content_indirect_and_whole(nlp):
    text = ("Estimates by the organizers indicate about a million people marched on Saturday in an anti-Brexit "
            "(\"British exit\") march, protesting the exit of the United Kingdom from the European Union (EU).")
    qs, _ = analyse(nlp, text)
    assert [(q.quote_type, q.quote_text[-28:]) for q in qs] == [("indirect", "from the European Union (EU)")]
    qs, _ = analyse(nlp, "The minister said the plan was \"a disaster\" for farmers.")
    assert [q.quote_type for q in qs] == ["mixed"]


def test_according_to_after_a_whole_clause_whose_verb_can_be_a_cue_keeps_it(nlp):
    qs, _ = analyse(nlp, "The truce was due to start on Monday night, but shelling continued overnight, according "
                         "to farmers and a local charity.")
    assert rows(qs) == [("farmers and a local charity", "according to", "shelling continued overnight")]
