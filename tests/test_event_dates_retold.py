"""Event dates of acts told again, reactions, present perfects and "the same day" after an announced date.

Every sentence is written for this file (none is taken from a gold set).
"""

from __future__ import annotations

import datetime as dt

from conftest import dated_events, event_with

SUNDAY = "2026-03-15"  # the publication date of every article here (a Sunday)


def code(nlp, registry, text: str) -> list[dict]:
    return dated_events(nlp, registry, text, SUNDAY)


def one(events: list[dict], word: str) -> dict:
    return event_with(events, word)


FILLER = ("The depot stores most of the fuel the northern provinces use in winter, and it was rebuilt after a "
          "flood damaged its tanks. Its owners said repairs would take several weeks and cost a large sum. ")


def test_a_violent_act_told_again_with_a_definite_noun_takes_the_day_it_was_first_told(nlp, registry):
    text = ("Yesterday, a fuel depot in northern Ruritania was hit by several drone strikes.\n\n"
            + FILLER * 4 + "\n\n"
            "Speaking on state television, a spokesman of the Velkan Liberation Front said the group had "
            "carried out the attack.")
    ev = one(code(nlp, registry, text), "attack")
    assert (ev["date"], ev["precision"], ev["date_text"]) == (dt.date(2026, 3, 14), "day", "Yesterday")


def test_a_present_perfect_with_no_date_is_not_given_the_publication_day(nlp, registry):
    text = "Senator Anna Berg has criticised President Ivan Petrov."
    ev = one(code(nlp, registry, text), "criticised")
    assert (ev["date"], ev["precision"], ev["basis"]) == (dt.date(2026, 3, 15), "unknown", "publication")
    # its own date still dates it
    text = "Senator Anna Berg has criticised President Ivan Petrov on Friday."
    ev = one(code(nlp, registry, text), "criticised")
    assert (ev["date"], ev["precision"]) == (dt.date(2026, 3, 13), "day")


def test_the_same_day_told_in_the_past_does_not_count_from_an_announced_later_date(nlp, registry):
    text = ("On Friday, the Ruritanian transport ministry announced a ban on night flights, which will take "
            "effect on 1 June.\n\n"
            "Prime Minister Ivan Petrov wrote to Transport Minister Olga Horak requesting the ban; the ministry "
            "put out its regulations later that same day.")
    ev = one(code(nlp, registry, text), "requesting")
    # Friday, not the 1 June the rules take effect on
    assert (ev["date"], ev["precision"], ev["date_text"]) == (dt.date(2026, 3, 13), "day", "that same day")


def test_a_past_period_of_office_is_the_date_text_of_an_undated_act(nlp, registry):
    text = "During her time as mayor of Velka, Anna Berg accused the Ruritanian government of corruption."
    ev = one(code(nlp, registry, text), "accused")
    assert (ev["date"], ev["precision"], ev["basis"]) == (None, "unknown", "relative")
    assert ev["date_text"] == "During her time as mayor of Velka"


def test_a_present_perfect_after_a_week_of_its_paragraph_is_dated_to_that_week(nlp, registry):
    text = ("The tribunal in Velka sat for four days last week to hear the case. "
            "Senator Anna Berg has criticised President Ivan Petrov in her evidence.")
    ev = one(code(nlp, registry, text), "criticised")
    assert (ev["precision"], ev["date_text"]) == ("week", "last week")
    assert ev["date"] == dt.date(2026, 3, 2)
    # a pluperfect after it happened before the week, at a time the text does not give
    text = ("The tribunal in Velka sat for four days last week to hear the case. "
            "Before the hearing, Senator Anna Berg had criticised President Ivan Petrov.")
    ev = one(code(nlp, registry, text), "criticised")
    assert ev["date_text"] != "last week"
    assert ev["precision"] == "unknown"
