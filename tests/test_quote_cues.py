"""The cue inventory: how news copy attributes speech (our own sentences)."""

from __future__ import annotations

import csv
from importlib import resources

from conftest import make_article
from newscoder.extract.quotes import extract_quotes
from newscoder.records import ActorAnalysis


def quotes_of(nlp, text):
    article = make_article(text)
    qs = extract_quotes(nlp(article.text), article, ActorAnalysis())
    for q in qs:
        assert article.text[q.char_start : q.char_end] == q.quote_text
    return qs


def rows(qs):
    return [(q.quote_type, q.quote_text, q.cue, q.speaker_text) for q in qs]


def test_lexicon_rows_are_unique_and_typed():
    with resources.files("newscoder.data").joinpath("reporting_verbs.csv").open(encoding="utf-8") as f:
        rows_ = list(csv.DictReader(f))
    keys = [(r["lemma"], r["pos"]) for r in rows_]
    assert len(keys) == len(set(keys))
    assert {r["kind"] for r in rows_} <= {"speech", "writing", "thought", "source", "text"}
    lemmas = {r["lemma"] for r in rows_}
    assert {"say", "tell", "recount", "point out", "put it", "according to", "statement"} <= lemmas


def test_recounted_is_a_cue(nlp):
    qs = quotes_of(nlp, 'Co-founder Priya Nandakumar recounted, "We built the first prototype in a garage."')
    assert [(q.quote_text, q.cue) for q in qs] == [("We built the first prototype in a garage.", "recounted")]
    assert qs[0].speaker_text.endswith("Priya Nandakumar")


def test_told_without_punctuation_before_the_quote(nlp):
    text = 'Tomas Grell, a lawyer for the family, told reporters after the hearing "We will appeal this ruling."'
    qs = quotes_of(nlp, text)
    assert [(q.quote_text, q.cue, q.speaker_text) for q in qs] == [
        ("We will appeal this ruling.", "told", "Tomas Grell, a lawyer for the family")
    ]


def test_colon_frame_names_the_subject_as_speaker(nlp):
    text = 'Senator Ruth Okafor opposed the bill: "It punishes the very families it claims to help."'
    qs = quotes_of(nlp, text)
    assert [(q.quote_type, q.quote_text, q.speaker_text) for q in qs] == [
        ("direct", "It punishes the very families it claims to help.", "Senator Ruth Okafor")
    ]
    assert qs[0].cue == "opposed"


def test_as_someone_put_it(nlp):
    qs = quotes_of(nlp, 'The harbour master was blunt. "Nobody reads the small print," as the harbour master put it.')
    assert [(q.quote_text, q.cue, q.speaker_text) for q in qs] == [
        ("Nobody reads the small print,", "put", "the harbour master")
    ]


def test_pointed_out_gives_an_indirect_quote(nlp):
    qs = quotes_of(nlp, "The mayor pointed out that the bridge had been closed twice this year.")
    assert rows(qs) == [("indirect", "the bridge had been closed twice this year", "pointed", "The mayor")]


def test_headline_in_the_body_is_not_a_quote(nlp):
    text = ('Mayor Reveals "Secret" Budget Plan For Harbour\n\n'
            "The mayor said the harbour budget would double next year.")
    qs = quotes_of(nlp, text)
    assert rows(qs) == [("indirect", "the harbour budget would double next year", "said", "The mayor")]


def test_colon_lead_in_is_not_the_content_of_the_next_cue(nlp):
    text = ('The researchers noted a risk to the colonies: Ostrova remarked, "Over the years this team has '
            'protected the land. Now we see the waters matter too."')
    qs = quotes_of(nlp, text)
    assert [(q.quote_type, q.cue, q.speaker_text) for q in qs] == [("direct", "remarked", "Ostrova")]
    assert qs[0].quote_text.startswith("Over the years")


def test_speech_acts_without_content_are_not_quotes(nlp):
    text = ("The team kept tags on the chicks, noting which birds came back each spring. "
            "The warden explained what had happened. The warden said the nests were safe.")
    qs = quotes_of(nlp, text)
    assert rows(qs) == [("indirect", "the nests were safe", "said", "The warden")]
    # an indirect question keeps its content
    qs = quotes_of(nlp, "The senator asked why the bridge had been closed.")
    assert [(q.quote_text, q.cue) for q in qs] == [("why the bridge had been closed", "asked")]


def test_naming_cue_gives_a_mixed_quote_with_what_was_named(nlp):
    qs = quotes_of(nlp, 'The opposition leader called the new tax "a burden on every family."')
    assert rows(qs) == [("mixed", 'the new tax "a burden on every family."', "called", "The opposition leader")]


def test_parenthetical_cue_reports_the_sentence_around_it(nlp):
    qs = quotes_of(nlp, "The museum, the mayor said, will open its doors in May.")
    assert rows(qs) == [("indirect", "The museum, the mayor said, will open its doors in May", "said", "the mayor")]


def test_call_for_reports_the_demand(nlp):
    qs = quotes_of(nlp, "The union called for a ban on night shifts. He called for help.")
    assert rows(qs) == [("indirect", "a ban on night shifts", "called", "The union")]


def test_quotation_after_a_paragraph_ending_in_a_colon(nlp):
    text = ("Mayor Dana Lee spoke at length.\n\nLee continued:\n\n"
            "\"The budget for the harbour is not negotiable, and we will defend it.\"")
    qs = quotes_of(nlp, text)
    assert [(q.quote_type, q.cue, q.speaker_text) for q in qs] == [("direct", "continued", "Lee")]
    text = "Senator Omar Field gave this answer:\n\n\"Young people deserve better jobs than these.\""
    assert [q.speaker_text for q in quotes_of(nlp, text)] == ["Senator Omar Field"]


def test_according_to_before_a_quotation(nlp):
    qs = quotes_of(nlp, 'According to Dana Lee, "the harbour will close for a month next year."')
    assert rows(qs) == [("direct", "the harbour will close for a month next year.", "According to", "Dana Lee")]


def test_work_titles_are_not_quotes_even_with_a_full_stop(nlp):
    text = ('The senator appeared on "Morning Coffee With Friends." '
            '"We will not raise taxes on families," the senator said.')
    qs = quotes_of(nlp, text)
    assert rows(qs) == [("direct", "We will not raise taxes on families,", "said", "the senator")]


def test_the_publications_own_question_is_not_a_quote(nlp):
    article = make_article("The Courier asked the mayor how the repairs would be paid for. "
                           "The mayor said the state would pay.", publisher="The Courier")
    qs = extract_quotes(nlp(article.text), article, ActorAnalysis())
    assert rows(qs) == [("indirect", "the state would pay", "said", "The mayor")]


def test_inverted_cue_right_after_the_closing_mark(nlp):
    text = ('"We are proud of the volunteers who came out tonight" tweeted Mayor Ines Castell. '
            '"The town owes them a great deal."')
    qs = quotes_of(nlp, text)
    assert [(q.cue, q.speaker_text) for q in qs] == [("tweeted", "Mayor Ines Castell")] * 2


def test_a_stub_before_a_running_quotation_is_not_the_content(nlp):
    qs = quotes_of(nlp, 'The team wrote that bridges "are far more likely to fail in spring than in any other '
                        'season, as our data show".')
    assert len(qs) == 1 and qs[0].speaker_text == "The team" and qs[0].cue == "wrote"
    assert "far more likely to fail in spring" in qs[0].quote_text


def test_a_quoted_text_named_by_a_noun_is_not_speech(nlp):
    text = 'The council wants to add the question, "Do you own a boat?", to the survey. The mayor said it was fair.'
    qs = quotes_of(nlp, text)
    assert rows(qs) == [("indirect", "it was fair", "said", "The mayor")]


def test_statement_noun_and_comma_frame_a_quotation(nlp):
    qs = quotes_of(nlp, 'Nordavia Airlines issued a statement, "Safety is our first priority and always will be."')
    assert [(q.cue, q.speaker_text) for q in qs] == [("issued", "Nordavia Airlines")]


def test_semicolon_ends_the_lead_in_and_according_to_takes_the_clause(nlp):
    qs = quotes_of(nlp, "The registry had no record of the ship for two months; the website noted the signal "
                        "but said the ship was not there.")
    assert rows(qs) == [("indirect", "the ship was not there", "said", "the website")]
    qs = quotes_of(nlp, "Police arrested the suspect in a side street, 40 minutes after the first alarm according "
                        "to police.")
    assert [q.quote_text for q in qs] == [
        "Police arrested the suspect in a side street, 40 minutes after the first alarm"
    ]


def test_a_plural_label_noun_does_not_hide_a_quotation(nlp):
    text = 'The permit, which needs 12 signatures, "has to be renewed every spring," the office said.'
    assert [q.quote_text for q in quotes_of(nlp, text)] == ["has to be renewed every spring,"]
