"""Pieces of one attribution: a quote interrupted by its attribution, a quotation over several paragraphs."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.quotes import extract_quotes
from newscoder.records import ActorAnalysis
from newscoder.tables import attributions


def quotes_of(nlp, text):
    article = make_article(text)
    return article, extract_quotes(nlp(article.text), article, ActorAnalysis())


def test_a_quote_interrupted_by_its_attribution_is_one_attribution(nlp):
    text = "\"The bridge will reopen in May,\" the mayor said. \"Until then, take the ferry.\""
    _, qs = quotes_of(nlp, text)
    # each row keeps exactly the words inside its marks; the second piece points at the first
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("The bridge will reopen in May,", "the mayor"), ("Until then, take the ferry.", "the mayor")]
    assert qs[0].part_of is None
    assert qs[1].part_of == (qs[0].char_start, qs[0].char_end)


def test_a_finished_sentence_before_the_attribution_stands_alone(nlp):
    # the first quote ends with a full stop inside its marks, the second has its own cue: two attributions
    text = "\"The bridge will reopen in May.\" the mayor said. \"Take the ferry,\" the harbour master added."
    _, qs = quotes_of(nlp, text)
    assert [q.speaker_text for q in qs] == ["the mayor", "the harbour master"]
    assert [q.part_of for q in qs] == [None, None]


def test_a_quotation_running_over_two_paragraphs_is_one_attribution(nlp):
    text = ("The coach spoke after the match. \"We lost our shape in the second half.\n"
            "\"Next week we play at home and the crowd will carry us,\" he said.")
    _, qs = quotes_of(nlp, text)
    assert [q.quote_text for q in qs] == ["We lost our shape in the second half.",
                                          "Next week we play at home and the crowd will carry us,"]
    assert qs[1].part_of == (qs[0].char_start, qs[0].char_end)


def test_the_extract_contract_reports_one_object_per_attribution():
    text = "\"A,\" she said. \"B.\""
    rows = [
        {"quote_id": "quo_a", "attribution_id": "quo_a", "char_start": 1, "char_end": 3, "quote_type": "direct",
         "quote_text": "A,", "confidence": 0.9},
        {"quote_id": "quo_b", "attribution_id": "quo_a", "char_start": 16, "char_end": 18, "quote_type": "direct",
         "quote_text": "B.", "confidence": 0.5},
    ]
    [obj] = attributions(rows, text)
    assert (obj["char_start"], obj["char_end"], obj["quote_text"]) == (1, 18, "A,\" she said. \"B.")
    assert [p["quote_id"] for p in obj["parts"]] == ["quo_a", "quo_b"]
    assert obj["confidence"] == 0.5


def test_a_quoted_term_without_verb_or_cue_is_no_quote(nlp):
    text = ("The council moved the funds into a \"rainy day reserve\" last spring. "
            "\"We will spend it on the schools,\" the treasurer said.")
    _, qs = quotes_of(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("We will spend it on the schools,", "the treasurer")]


def test_a_quoted_sentence_without_cue_stays_a_quote(nlp):
    # a whole sentence in marks (it ends inside them) is speech even when nobody is named next to it
    text = "The crowd waited outside the court. \"Justice for the miners.\""
    _, qs = quotes_of(nlp, text)
    assert [q.quote_text for q in qs] == ["Justice for the miners."]


def test_an_attribution_set_off_in_mid_sentence_reports_both_sides_in_two_pieces(nlp):
    text = "The plant will close in June, the company said in a statement, and about 200 workers will lose their jobs."
    _, qs = quotes_of(nlp, text)
    # neither row holds its own cue or speaker; the second piece continues the first
    assert [(q.quote_type, q.quote_text, q.cue, q.speaker_text) for q in qs] == [
        ("indirect", "The plant will close in June", "said", "the company"),
        ("indirect", "about 200 workers will lose their jobs", "said", "the company"),
    ]
    assert qs[1].part_of == (qs[0].char_start, qs[0].char_end)


def test_a_second_cue_after_the_attribution_is_not_content(nlp):
    text = "The bridge will stay shut until May, the mayor said, adding that a ferry will run every hour."
    _, qs = quotes_of(nlp, text)
    assert ("The bridge will stay shut until May", "said") in [(q.quote_text, q.cue) for q in qs]
    assert all(q.part_of is None for q in qs)


def test_a_relative_clause_between_dashes_is_not_an_attribution_of_the_sentence(nlp):
    text = "The vote was delayed, with the mayor \u2014 who has called for new elections \u2014 leaving the hall early."
    _, qs = quotes_of(nlp, text)
    assert not any(q.quote_text.startswith("The vote was delayed") for q in qs)


def test_a_quoted_fragment_inside_the_reporters_sentence_is_a_mixed_quote(nlp):
    text = "Raising the fuel tax \"would hurt every commuter in the valley,\" the senator said on Monday."
    _, qs = quotes_of(nlp, text)
    assert [(q.quote_type, q.quote_text, q.speaker_text) for q in qs] == [
        ("mixed", "Raising the fuel tax \"would hurt every commuter in the valley,\"", "the senator")]


def test_a_quote_opening_its_sentence_stays_direct(nlp):
    text = "The senator left early. \"Raising the fuel tax would hurt every commuter,\" she said on Monday."
    _, qs = quotes_of(nlp, text)
    assert [(q.quote_type, q.quote_text, q.speaker_text) for q in qs] == [
        ("direct", "Raising the fuel tax would hurt every commuter,", "she")]


def test_according_to_in_mid_sentence_vouches_for_what_comes_before(nlp):
    text = "The road closed at noon, according to the police, and crews arrived two hours later."
    _, qs = quotes_of(nlp, text)
    assert [(q.quote_text, q.cue, q.speaker_text) for q in qs] == [
        ("The road closed at noon", "according to", "the police")]


def test_according_to_opening_the_sentence_vouches_for_the_rest(nlp):
    text = "According to the police, the road closed at noon."
    _, qs = quotes_of(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("the road closed at noon", "the police")]


def test_calling_on_someone_to_act_reports_the_demand(nlp):
    text = "The union called on the ministry to reopen the talks before the strike."
    _, qs = quotes_of(nlp, text)
    assert [(q.quote_type, q.quote_text, q.cue, q.speaker_text) for q in qs] == [
        ("indirect", "reopen the talks before the strike", "called", "The union")]


def test_a_participle_clause_before_the_cue_is_the_speakers_own_not_content(nlp):
    text = "Speaking to the radio on Friday, the minister said, \"The border stays open.\""
    _, qs = quotes_of(nlp, text)
    assert [(q.quote_type, q.quote_text, q.speaker_text) for q in qs] == [
        ("direct", "The border stays open.", "the minister")]


def test_a_subordinate_clause_before_a_parenthetical_cue_is_not_a_piece_of_its_own(nlp):
    text = "Because the funds ran out, the report said, the works on the bridge stopped in March."
    _, qs = quotes_of(nlp, text)
    said = [q for q in qs if q.cue == "said"]
    assert [q.part_of for q in said] == [None]
    assert said[0].quote_text.startswith("Because the funds ran out")
    assert said[0].quote_text.endswith("stopped in March")


def test_a_term_closing_the_reporters_sentence_is_no_quote(nlp):
    text = "The official cause of death was \"blunt trauma.\" \"We are still waiting for answers,\" her sister said."
    _, qs = quotes_of(nlp, text)
    assert [q.quote_text for q in qs] == ["We are still waiting for answers,"]
