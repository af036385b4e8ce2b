"""Reported content bounded by the parse, and subjects that cannot speak (our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes


def analyse(nlp, text):
    article = make_article(text)
    doc = nlp(article.text)
    actors = extract_actors(doc, article)
    return extract_quotes(doc, article, actors), actors


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
