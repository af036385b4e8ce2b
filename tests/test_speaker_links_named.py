"""Speakers that name their actor in another way than by the name the analysis has (our own sentences):
a fragment actor of a surname, an author named in the phrase of a text, a part of a group, a name in
apposition."""

from __future__ import annotations

from conftest import analyse_quotes as analyse
from conftest import make_article, speaker_names
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.speaker_links import link_speaker
from newscoder.extract.speaker_phrase import Speaker
from newscoder.records import ActorAnalysis, LocalActor, Mention


def test_surname_fragment_actor_gives_way_to_the_fuller_name_written_before(nlp):
    text = ("The council picked Maria Quintero Bravo as mayor. "
            "Quintero said that the budget would be published in May.")
    doc = nlp(text)
    full, at = text.index("Maria"), text.rindex("Quintero")
    # the analysis typed both names as bodies and kept the bare surname apart
    whole = LocalActor("o1", "Maria Quintero Bravo", "organization")
    fragment = LocalActor("o2", "Quintero", "organization")
    actors = ActorAnalysis([whole, fragment], [
        Mention("o1", "Maria Quintero Bravo", full, full + 20, "name", 0, ""),
        Mention("o2", "Quintero", at, at + 8, "name", 1, "")])
    assert link_speaker(doc, actors, Speaker("Quintero", at, at + 8, "name")) == "o1"
    # a body's own one-word name that no earlier person carries keeps its actor
    actors = ActorAnalysis([fragment], [Mention("o2", "Quintero", at, at + 8, "name", 1, "")])
    assert link_speaker(doc, actors, Speaker("Quintero", at, at + 8, "name")) == "o2"


def test_statement_released_by_a_persons_office_is_that_persons(nlp):
    text = ("President Halvard Brekke visited the flooded valley on Tuesday. According to a statement "
            "released by Brekke's office, the army will rebuild the bridges before winter.")
    qs, actors = analyse(nlp, text)
    assert ("a statement", "Halvard Brekke") in speaker_names(qs, actors)


def test_document_signed_by_a_named_person_is_that_persons(nlp):
    text = ("The bishops met in the capital on Thursday. The decree signed by Archbishop Tomasz Wilk said "
            "\"every parish must open its accounts to the diocese.\"")
    qs, actors = analyse(nlp, text)
    assert ("The decree", "Tomasz Wilk") in speaker_names(qs, actors)


def test_some_of_a_group_keeps_the_whole_phrase_and_the_group(nlp):
    text = ("Thousands of protesters marched through the town on Saturday against the new tax. The protesters "
            "carried flags. Some of the protesters said they had come from other towns to oppose the tax.")
    qs, actors = analyse(nlp, text)
    names = speaker_names(qs, actors)
    assert ("Some of the protesters", "protesters") in names
    assert all(s != "Some" for s, _ in names)


def test_description_with_a_name_in_apposition_is_that_name(nlp):
    text = ("Several rebel groups fought in the region. One of these groups, the Northern Liberation Front "
            "(NLF), opposed the ceasefire and said it had not been consulted.")
    qs, actors = analyse(nlp, text)
    assert ("One of these groups, the Northern Liberation Front", "Northern Liberation Front") in speaker_names(
        qs, actors)


def test_document_signed_by_a_title_is_the_one_person_holding_it(nlp):
    text = ("Archbishop Tomasz Wilk closed the synod on Thursday. The decree signed by the archbishop said "
            "\"every parish must open its accounts to the diocese.\"")
    qs, actors = analyse(nlp, text)
    assert ("The decree", "Tomasz Wilk") in speaker_names(qs, actors)


def test_name_after_a_described_source_is_the_source_not_the_content(nlp):
    text = ("A gunman fired shots near the market on Saturday. According to the city mayor, Sarah Mitchell, "
            "police were investigating a message the gunman had posted.")
    qs, actors = analyse(nlp, text)
    found = [(q.quote_text, actors.get(q.speaker_key).name if q.speaker_key else None) for q in qs]
    assert ("police were investigating a message the gunman had posted", "Sarah Mitchell") in found


def test_reported_sentence_that_goes_on_in_quotation_marks_is_one_mixed_quote(nlp):
    text = ("The mayor was taken to hospital after the attack. The president told local radio the mayor's "
            "heart had stopped twice \"but the doctors expect him to wake up soon.\"")
    qs, _ = analyse(nlp, text)
    assert [(q.quote_type, q.quote_text) for q in qs] == [
        ("mixed", "the mayor's heart had stopped twice \"but the doctors expect him to wake up soon.\"")]


def test_quote_going_on_in_lower_case_after_its_cue_is_one_attribution(nlp):
    text = ("The storm hit the coast overnight.\n\n"
            "\"We are ready\" wrote Lee \"to send boats and doctors to the islands.\"")
    article = make_article(text)
    qs = extract_quotes(nlp(article.text), article, ActorAnalysis())
    assert [q.quote_text for q in qs] == ["We are ready", "to send boats and doctors to the islands."]
    # the second piece is part of the first one's attribution (one attribution_id in the table)
    assert qs[1].part_of == (qs[0].char_start, qs[0].char_end)


def test_name_in_marks_before_a_described_speaker_does_not_join_the_quote(nlp):
    text = "Ann Lee of \"Safe Homes\", a housing charity, told the BBC \"it is far too late for the families.\""
    article = make_article(text)
    qs = extract_quotes(nlp(article.text), article, ActorAnalysis())
    # the quote is found whole, and the charity's name is no part of it
    assert "it is far too late for the families." in [q.quote_text for q in qs]
    assert all(q.part_of is None for q in qs)


def test_speaker_and_verb_alone_after_a_report_are_no_content(nlp):
    text = ("The clinic in the town of Ridgeway saw 40 patients on Sunday, Radio Norte reported the minister "
            "said. The minister said the clinic would stay open.")
    article = make_article(text)
    qs = extract_quotes(nlp(article.text), article, ActorAnalysis())
    found = [q.quote_text for q in qs]
    assert "the minister said" not in found
    assert "The clinic in the town of Ridgeway saw 40 patients on Sunday" in found
    assert "the clinic would stay open" in found


def test_clause_cut_at_its_verb_by_according_to_keeps_what_follows(nlp):
    text = "A bus crashed near the school. One pupil was, according to the school, among the injured."
    article = make_article(text)
    qs = extract_quotes(nlp(article.text), article, ActorAnalysis())
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("One pupil was, according to the school, among the injured", "the school")]


def test_according_to_a_plan_is_narration_not_a_statement(nlp):
    text = ("The festival was due to open on Friday. According to the organisers' plans, ten thousand people "
            "were to camp on the beach. According to the organisers, only two hundred came.")
    article = make_article(text)
    qs = extract_quotes(nlp(article.text), article, ActorAnalysis())
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("only two hundred came", "the organisers")]


def test_statement_named_by_a_nationality_is_that_states(nlp):
    text = ("Turkey and Greece held talks in Athens on Monday. The Greek statement called for a new round of "
            "talks in May.")
    qs, actors = analyse(nlp, text)
    assert ("The Greek statement", "Greece") in speaker_names(qs, actors)


def test_title_before_an_untagged_name_makes_a_person(nlp):
    text = ("The princess registered as a candidate on Friday, but the palace objected. Defending her "
            "decision, Princess Amaralinda noted she had \"given up my royal titles long ago.\"")
    qs, actors = analyse(nlp, text)
    linked = [actors.get(q.speaker_key) for q in qs if q.speaker_text == "Princess Amaralinda"]
    assert [(a.name, a.actor_type) for a in linked] == [("Amaralinda", "person")]


def test_thing_that_goes_on_with_a_cue_verb_is_still_content(nlp):
    text = "The firm wants the state to pay for the credits. Those talks are continuing, he said."
    article = make_article(text)
    qs = extract_quotes(nlp(article.text), article, ActorAnalysis())
    assert "Those talks are continuing" in [q.quote_text for q in qs]


def test_researchers_from_two_bodies_are_the_group_not_the_last_body(nlp):
    text = "Scientists at the University of Bristol and UC Davis say the insects hide at night."
    qs, actors = analyse(nlp, text)
    names = speaker_names(qs, actors)
    assert ("Scientists at the University of Bristol and UC Davis",
            "Scientists at the University of Bristol and UC Davis") in names
    assert {a.name: a.actor_type for a in actors.actors}.get("UC Davis") == "organization"
