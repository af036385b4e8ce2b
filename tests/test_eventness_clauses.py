"""Eventness of clauses that describe a noun, and of a demonstration with an object (our own sentences)."""

from __future__ import annotations

from test_eventness import code, triggers


def test_an_undated_relative_clause_is_the_referents_background(nlp):
    events = code(nlp, "Bolivia, which attacked Peru in a border dispute, signed a treaty with Chile on Monday.")
    assert "attacked" not in triggers(events)
    e, src, tgt = events[0]
    assert (e.trigger, e.cameo_code, src, tgt) == ("signed a treaty", "057", "Bolivia", "Chile")


def test_a_relative_clause_dated_in_the_news_window_is_kept(nlp):
    events = code(nlp, "Bolivia, which on Sunday accused Peru of spying, signed a treaty with Chile on Monday.")
    e, src, tgt = next(x for x in events if x[0].trigger == "accused")
    assert (e.cameo_code, src, tgt, str(e.event_date)) == ("112", "Bolivia", "Peru", "2026-02-01")
    assert "signed a treaty" in triggers(events)


def test_a_relative_clause_told_years_back_without_a_date_is_background(nlp):
    events = code(nlp, "Bolivia, which attacked Peru some years ago, signed a treaty with Chile on Monday.")
    assert "attacked" not in triggers(events)
    assert "signed a treaty" in triggers(events)


def test_a_relative_clause_with_a_year_of_its_own_is_a_dated_event(nlp):
    events = code(nlp, "Bolivia, which in 2021 accused Peru of spying, signed a treaty with Chile on Monday.")
    e, src, tgt = next(x for x in events if x[0].trigger == "accused")
    assert (e.cameo_code, src, tgt, e.event_date.year) == ("112", "Bolivia", "Peru", 2021)


def test_a_reduced_relative_on_a_participle_is_background(nlp):
    events = code(nlp, "Activists arrested by Peru last decade met the Chilean president on Monday.")
    assert "arrested" not in triggers(events)
    assert "met" in triggers(events)


def test_a_demonstration_with_a_direct_object_is_a_showing_not_a_protest(nlp):
    events = code(nlp, "Toyota demonstrated its new car in Tokyo on Monday. "
                       "Students demonstrated against the Japanese government in Tokyo on Tuesday.")
    assert [(e.trigger, e.cameo_code) for e, _, _ in events] == [("demonstrated", "141")]
    assert events[0][0].char_start > len("Toyota demonstrated its new car in Tokyo on Monday.")


def test_a_protest_told_by_verb_and_object_is_kept(nlp):
    events = code(nlp, "Students staged demonstrations against the Japanese government in Tokyo on Tuesday.")
    assert [(e.cameo_code, e.plover_type) for e, _, _ in events] == [("141", "PROTEST")]


def test_what_a_denial_denies_is_not_an_event(nlp):
    events = code(nlp, "Peru denied that it had attacked Bolivia. Chile condemned Bolivia on Monday.")
    assert "attacked" not in triggers(events)
    assert [(e.trigger, e.cameo_code, src) for e, src, _ in events if e.trigger != "denied"] == [
        ("condemned", "111", "Chile")]
    assert [(e.plover_type, src) for e, src, _ in events if e.trigger == "denied"] == [("REJECT", "Peru")]
