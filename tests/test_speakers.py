"""Speaker resolution: labels, dash lines, pronouns and whole names (our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.speaker_actor import speaker_actor
from newscoder.extract.speaker_phrase import Speaker
from newscoder.records import ActorAnalysis, LocalActor, Mention

INTERVIEW = (
    "Wikinews spoke to engineer Marta Velasquez about the new tunnel.\n\n"
    "((Wikinews)) What was the hardest part of the project, and was it \"worth it\"?\n\n"
    "Marta Velasquez: The rock under the river was far softer than the surveys said, so we froze it first.\n\n"
    "((Wikinews)) Would you do it again?\n\n"
    "MV: Without a doubt, but with a bigger budget and a longer schedule.\n"
)


def analyse(nlp, text):
    article = make_article(text)
    doc = nlp(article.text)
    actors = extract_actors(doc, article)
    qs = extract_quotes(doc, article, actors)
    for q in qs:
        assert article.text[q.char_start : q.char_end] == q.quote_text
    return qs, actors


def test_interview_answers_take_the_label_and_questions_are_not_quotes(nlp):
    qs, _ = analyse(nlp, INTERVIEW)
    assert [(q.quote_type, q.quote_text[:24], q.speaker_text) for q in qs] == [
        ("direct", "The rock under the river", "Marta Velasquez"),
        ("direct", "Without a doubt, but wit", "Marta Velasquez"),  # initials after the full name
    ]
    assert not any("worth it" in q.quote_text or "?" in q.quote_text for q in qs)


def test_dash_line_with_a_horizontal_bar_names_the_speaker(nlp):
    text = "\u201cThe library should stay open on Sundays.\u201d \u2015 Olu Adeyemi\n"
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("The library should stay open on Sundays.", "Olu Adeyemi")
    ]


def test_pronoun_speaker_is_linked_to_the_person_before_it(nlp):
    text = "Governor Lena Marsh visited the flooded town on Tuesday. She said the state would pay for the repairs."
    qs, actors = analyse(nlp, text)
    assert [(q.quote_type, q.speaker_text) for q in qs] == [("indirect", "She")]
    assert actors.get(qs[0].speaker_key).name == "Lena Marsh"


def _two_does() -> ActorAnalysis:
    jane = LocalActor("p1", "Jane Doe", "person")
    john = LocalActor("p2", "John Doe", "person", role="president")
    mentions = [
        Mention("p1", "Jane Doe", 0, 8, "name", 0, "Jane Doe"),
        Mention("p2", "John Doe", 13, 21, "name", 0, "John Doe"),
        Mention("p1", "Doe", 40, 43, "name", 1, "Doe"),  # the analysis linked a bare surname to Jane
    ]
    return ActorAnalysis(actors=[jane, john], mentions=mentions)


def test_whole_name_decides_between_people_sharing_a_surname():
    actors = _two_does()
    assert speaker_actor(actors, Speaker("John Doe", 13, 21, "name")) == "p2"
    assert speaker_actor(actors, Speaker("Jane Doe", 0, 8, "name")) == "p1"
    # "President Doe": the title names John's role, never Jane
    assert speaker_actor(actors, Speaker("President Doe", 30, 43, "name")) == "p2"
    # a bare surname both share stays unlinked rather than guessed
    assert speaker_actor(actors, Speaker("Doe", 40, 43, "name")) is None


def test_pronoun_agrees_in_number():
    org = LocalActor("o1", "Harbour Board", "organization")
    person = LocalActor("p1", "Ana Ruiz", "person")
    actors = ActorAnalysis(actors=[org, person], mentions=[
        Mention("o1", "Harbour Board", 0, 13, "name", 0, "Harbour Board"),
        Mention("p1", "Ana Ruiz", 30, 38, "name", 0, "Ana Ruiz"),
    ])
    assert speaker_actor(actors, Speaker("she", 60, 63, "pronoun")) == "p1"
    assert speaker_actor(actors, Speaker("it", 60, 62, "pronoun")) == "o1"


def test_agent_of_a_passive_cue_speaks(nlp):
    qs, _ = analyse(nlp, 'At the meeting the mayor was told by Minister Yevgeny Orlov of "at least forty people '
                         'still under the rubble".')
    assert [(q.cue, q.speaker_text) for q in qs] == [("told", "Minister Yevgeny Orlov")]


def test_possessor_of_a_statement_speaks(nlp):
    qs, _ = analyse(nlp, 'The ministry\'s statement read: "The talks will resume in the spring after the holidays."')
    assert [(q.cue, q.speaker_text) for q in qs] == [("read", "The ministry")]


def test_according_to_keeps_the_person_not_the_place(nlp):
    qs, _ = analyse(nlp, "According to Vermont Senator Paul Hale, the plane is one of eighteen still flying.")
    assert [(q.quote_type, q.speaker_text) for q in qs] == [("indirect", "Senator Paul Hale")]


def test_relative_pronoun_without_antecedent_is_no_speaker(nlp):
    qs, _ = analyse(nlp, 'The crowd shouted "Shame on all of you!" at the council. The mayor said the vote stands.')
    assert all(q.speaker_text not in ("which", "that", "who") for q in qs)
    assert ("indirect", "the vote stands", "The mayor") in [(q.quote_type, q.quote_text, q.speaker_text) for q in qs]


def test_a_document_can_open_a_colon_frame(nlp):
    qs, _ = analyse(nlp, 'The study itself outlined the link: "Sharks left the bay whenever the orcas arrived."')
    assert [(q.cue, q.speaker_text) for q in qs] == [("outlined", "The study")]


def test_who_released_a_statement_speaks_through_it(nlp):
    qs, _ = analyse(nlp, 'The airline released a statement which read, in part, "Safety is our first priority."')
    assert [(q.cue, q.speaker_text) for q in qs] == [("read", "The airline")]


def test_document_by_someone_speaks_for_them(nlp):
    qs, _ = analyse(nlp, '"The ferry carries weapons across the bay," according to a tweet on Monday by Minister '
                         'Lia Moreno.')
    assert [(q.cue, q.speaker_text) for q in qs] == [("according to", "Minister Lia Moreno")]


def test_interviewer_questions_without_answer_labels_are_not_quotes(nlp):
    text = ("((WN)) What made you run for office?\n\nI wanted to change the county for the better.\n\n"
            "((WN)) Your site says \"every road will be paved\". What do you mean by \"every road\"?\n\n"
            "Exactly that, every road in the county.")
    qs, _ = analyse(nlp, text)
    assert not any("road will be paved" in q.quote_text or q.quote_text == "every road" for q in qs)
    assert "every road will be paved" in text  # the quotation is there, inside a question


# --- the speaker's extent: the whole noun phrase, linked by its core -------------------------------------

def test_speaker_keeps_its_of_complement_and_is_not_linked_to_the_body(nlp):
    text = 'The head of the county\'s water board told the council "The reservoir is half empty."'
    qs, actors = analyse(nlp, text)
    assert [(q.cue, q.speaker_text) for q in qs] == [("told", "The head of the county's water board")]
    assert qs[0].speaker_key is None  # the head of the board is a person, not the board


def test_speaker_is_never_cut_inside_a_hyphenated_word(nlp):
    text = 'Study co-author and biologist Mara Lind remarked in a press release, "Nobody expected the algae."'
    qs, actors = analyse(nlp, text)
    assert len(qs) == 1 and "co-author" in qs[0].speaker_text and qs[0].speaker_text.endswith("Mara Lind")
    assert actors.get(qs[0].speaker_key).name == "Mara Lind"


def test_speaker_drops_its_relative_clause_and_trailing_comma(nlp):
    text = '"It is a good sign," said Ryan Cloutier of the Harvard Center for Astrophysics, who was not an author.'
    qs, actors = analyse(nlp, text)
    assert [q.speaker_text for q in qs] == ["Ryan Cloutier of the Harvard Center for Astrophysics"]
    assert actors.get(qs[0].speaker_key).name == "Ryan Cloutier"


def test_spokesperson_for_a_body_is_linked_to_the_body(nlp):
    qs, actors = analyse(nlp, "A spokesperson for the Ministry of Health said the clinics would reopen on Monday.")
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("the clinics would reopen on Monday", "A spokesperson for the Ministry of Health")]
    assert actors.get(qs[0].speaker_key).name == "Ministry of Health"


def test_unnamed_officials_of_a_body_are_linked_to_the_body(nlp):
    text = ('An official from the Harbour Authority stated: "We are working with the police on the closure."\n\n'
            "Officials at the Ministry of Health said the clinics would reopen.\n\n"
            "Local residents said the water was rising.")
    qs, actors = analyse(nlp, text)
    assert [(q.speaker_text, actors.get(q.speaker_key).name) for q in qs] == [
        ("An official from the Harbour Authority", "Harbour Authority"),
        ("Officials at the Ministry of Health", "Ministry of Health"),
        ("Local residents", "local residents"),  # no body named: the group itself, in lower case
    ]


def test_of_a_report_belongs_to_the_speaker_but_in_a_statement_does_not(nlp):
    text = ("According to the hypothesis of the report, the algae grew because the water was warm.\n\n"
            "The minister said in a statement that the port was closed.")
    qs, _ = analyse(nlp, text)
    assert [q.speaker_text for q in qs] == ["the hypothesis of the report", "The minister"]


def test_colon_frame_with_a_speech_noun_names_the_speaker(nlp):
    qs, _ = analyse(nlp, 'The regional council issued this statement: "We regret the delay and will pay every family."')
    assert [(q.quote_type, q.cue, q.speaker_text) for q in qs] == [("direct", "statement", "The regional council")]


def test_pronoun_speaker_is_not_linked_to_a_person_it_cannot_stand_for():
    org = LocalActor("o1", "Harbour Board", "organization")
    john = LocalActor("p1", "John Sato", "person")
    actors = ActorAnalysis(actors=[org, john], mentions=[
        Mention("p1", "John Sato", 0, 9, "name", 0, "John Sato"),
        Mention("o1", "Harbour Board", 20, 33, "name", 0, "Harbour Board"),
        Mention("o1", "he", 60, 62, "pronoun", 1, "he"),  # a wrong link of the analysis: "he" is no board
    ])
    assert speaker_actor(actors, Speaker("he", 60, 62, "pronoun")) == "p1"


# --- second-hand sources ------------------------------------------------------------------------------

def test_according_to_around_a_reported_speaker_is_the_second_hand_source(nlp):
    text = "According to investigators, the driver said he had swerved to avoid a deer."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text, q.via_text) for q in qs] == [
        ("he had swerved to avoid a deer", "the driver", "investigators")]


def test_a_paper_reporting_what_officials_said_is_the_second_hand_source(nlp):
    text = "The Harbour Gazette reported that city officials said the bridge would close in May."
    qs, actors = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text, q.via_text) for q in qs] == [
        ("the bridge would close in May", "city officials", "The Harbour Gazette")]
    assert actors.get(qs[0].via_key).name == "Harbour Gazette"


def test_a_claim_about_what_someone_said_is_not_second_hand(nlp):
    text = "Lena Ortiz said the mayor lied when he said the budget was balanced."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text, q.via_text) for q in qs] == [
        ("the mayor lied when he said the budget was balanced", "Lena Ortiz", None),
        ("the budget was balanced", "he", None),
    ]


def test_a_title_speaker_is_linked_to_the_one_person_holding_it(nlp):
    text = ("Acme chief executive Dana Whitfield toured the plant on Monday. Shares rose five percent.\n\n"
            "The company's chief executive said the factory would stay open.\n\n"
            "The mayor said the roads would be cleared by Friday.")
    qs, actors = analyse(nlp, text)
    assert [(q.speaker_text, actors.get(q.speaker_key).name if q.speaker_key else None) for q in qs] == [
        ("The company's chief executive", "Dana Whitfield"),
        ("The mayor", None),  # no mayor named: unlinked rather than guessed
    ]


def test_interview_answers_opened_by_bare_initials_take_the_person_named(nlp):
    text = ("Wikinews spoke to Professor Mara Sandoval of the state university about the survey of fishing "
            "villages.\n\n((WN)) What did the survey find?\n\n"
            "MS We found that most villages had lost a third of their catch in ten years.\n\n"
            "((WN)) What comes next?\n\nMS A second survey in the south, where the reefs are in better shape.")
    qs, actors = analyse(nlp, text)
    assert [(q.quote_text[:20], q.speaker_text) for q in qs] == [
        ("We found that most v", "Mara Sandoval"), ("A second survey in t", "Mara Sandoval")]
    assert {actors.get(q.speaker_key).name for q in qs} == {"Mara Sandoval"}
    assert not any("?" in q.quote_text for q in qs)  # the interviewer's questions are no quotes


def test_part_of_a_statement_speaks_for_its_author(nlp):
    qs, _ = analyse(nlp, "Part of the judge's statement reads \"the rule has no basis in the evidence before the "
                         "court.\"")
    assert [(q.cue, q.speaker_text) for q in qs] == [("reads", "the judge")]


def test_estimates_by_someone_keep_who_made_them(nlp):
    qs, _ = analyse(nlp, "Estimates by event organizers indicate that one million people marched on Saturday.")
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("one million people marched on Saturday", "Estimates by event organizers")]


def test_a_deputy_is_not_taken_for_the_title_holder(nlp):
    text = ("Deputy Governor Ilse Brandt visited the flooded villages on Monday.\n\n"
            "The region's governor said every family would be paid.")
    qs, actors = analyse(nlp, text)
    assert [q.speaker_text for q in qs] == ["The region's governor"]
    linked = actors.get(qs[0].speaker_key)
    assert linked is None or linked.name != "Ilse Brandt"


def _linked(nlp, text):
    qs, actors = analyse(nlp, text)
    out = []
    for q in qs:
        a = actors.get(q.speaker_key)
        out.append((q.speaker_text, a and (a.name, a.actor_type, a.country_iso3)))
    return out, actors


def test_speaking_agent_nouns_become_groups_with_their_modifiers(nlp):
    out, _ = _linked(nlp, "Kenyan geologists said the lake had shrunk by a third since 1990.")
    assert out == [("Kenyan geologists", ("Kenyan geologists", "group", "KEN"))]


def test_speaking_group_from_a_named_body_is_that_body_s_group(nlp):
    out, actors = _linked(nlp, "Researchers from the Ocean Institute said the reef had lost half of its coral.")
    assert out == [("Researchers from the Ocean Institute", ("researchers of Ocean Institute", "group", None))]
    group = next(a for a in actors.actors if a.actor_type == "group")
    assert actors.get(group.parent_key).name == "Ocean Institute"


def test_speaking_group_of_no_country_or_body_stays_unlinked(nlp):
    # "investigators" alone would be one actor across unrelated stories
    out, _ = _linked(nlp, "The bridge collapsed after the storm, according to investigators.")
    assert out == [("investigators", None)]


def test_a_text_as_speaker_is_linked_to_its_author(nlp):
    out, _ = _linked(nlp, "The Coastal Trust published a study on Monday. The study says the reef has lost half "
                          "of its coral.")
    assert out == [("The study", ("Coastal Trust", "organization", None))]
    out, _ = _linked(nlp, "The flood killed three people, according to a statement released by the Harbour Authority.")
    assert out == [("a statement", ("Harbour Authority", "organization", None))]


def test_a_text_with_no_author_named_is_no_speaker(nlp):
    # an indefinite document names the medium, not who speaks through it: the row keeps no speaker
    out, _ = _linked(nlp, "The Harbour Authority met on Monday. A report said the dam had cracked.")
    assert out == [(None, None)]
    out, _ = _linked(nlp, "A report released by the Harbour Authority said the dam had cracked.")
    assert out == [("A report", ("Harbour Authority", "organization", None))]


def test_a_name_with_no_mention_of_its_own_finds_the_one_person_carrying_it():
    ana = LocalActor("p1", "Ana al-Sayed", "person")
    actors = ActorAnalysis(actors=[ana], mentions=[Mention("p1", "Ana al-Sayed", 0, 12, "name", 0, "Ana al-Sayed")])
    # the analysis left "al-Sayed" at 80 without a mention
    assert speaker_actor(actors, Speaker("al-Sayed", 80, 88, "name")) == "p1"
    # two people with the surname: no guess (the first one is still found by the whole name)
    two = _two_does()
    assert speaker_actor(two, Speaker("Doe", 90, 93, "name")) is None
    assert speaker_actor(two, Speaker("Jane Doe", 90, 98, "name")) == "p1"


def test_the_statement_goes_back_to_the_text_introduced_earlier_in_the_paragraph(nlp):
    out, _ = _linked(nlp, "The Harbour Board, in a statement, announced the closure of the bridge. The decision "
                          "came after a storm. The statement also said the bridge would reopen in May.")
    assert out == [("The statement", ("Harbour Board", "organization", None))]
    # a new paragraph: the study is still the one author's when the article names no other author of a study
    # (two authors: see tests/test_speaker_bodies.py)
    out, _ = _linked(nlp, "The Coastal Trust published a study.\n\nThe study says the reef has lost half of its coral.")
    assert out == [("The study", ("Coastal Trust", "organization", None))]


def test_a_text_is_not_given_an_author_when_another_source_speaks_in_between(nlp):
    out, _ = _linked(nlp, "The Harbour Board published a report on Monday. The storm had passed by then. The report "
                          "said the crew was safe.")
    assert out == [("The report", ("Harbour Board", "organization", None))]
    out, _ = _linked(nlp, "The Harbour Board published a report on Monday. The Coast Registry said the ship was "
                          "lost. The report said the crew was safe.")
    assert out[-1] == ("The report", None)
    assert out[0][0] == "The Coast Registry"


def test_an_amount_or_a_thinking_verb_makes_no_speaking_group():
    from newscoder.extract.actors.groups import speaking_people
    from newscoder.nlp import load_nlp

    doc = load_nlp()("Kenyan researchers said the lake had shrunk. Numbers of farmers said the rains were late. "
                     "Kenyan farmers believe the rains will come.")
    found = {t.text: speaking_people(t) for t in doc if t.tag_ == "NNS" and t.dep_ == "nsubj"}
    assert found == {"researchers": True, "Numbers": False, "farmers": False, "rains": False}
