"""Harm and relief told as the outcome of an accident or a natural event are not events (our own example
sentences)."""

from __future__ import annotations

from test_eventness import code, triggers


def test_a_driver_hitting_cyclists_is_an_accident_not_an_assault(nlp):
    text = ("Police said John Miller was driving a van on Main Street on Monday and struck a group of cyclists, "
            "killing two of them. Canadian police arrested John Miller on Tuesday.")
    events = code(nlp, text)
    assert "killing" not in triggers(events) and "struck" not in triggers(events)
    e, src, tgt = next(x for x in events if x[0].trigger == "arrested")
    assert (e.cameo_code[:2], tgt) == ("17", "John Miller")


def test_a_rescue_from_a_flood_is_no_aid_but_a_rescue_of_hostages_is(nlp):
    text = ("The Philippine army rescued 300 villagers from the floods on Monday. "
            "The Philippine army rescued 300 villagers from the rebels on Tuesday.")
    events = code(nlp, text)
    assert [(e.trigger, e.cameo_code, src) for e, src, _ in events] == [
        ("rescued", "073", "Philippine army")]
    assert events[0][0].sentence_index == 1
