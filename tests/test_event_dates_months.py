"""Event dates told by a month: "earlier in the month", and a month named without its year in an older story.

Every sentence is written for this file (none is taken from a gold set).
"""

from __future__ import annotations

from conftest import dated_events, event_with, make_article
from newscoder.extract.timex import extract_timex

FRIDAY = "2026-02-06"  # the publication date of every article here


def code(nlp, registry, text: str) -> list[dict]:
    return dated_events(nlp, registry, text, FRIDAY)


one = event_with


def timex_values(nlp, text: str) -> dict[str, str]:
    return {t.text: t.value for t in extract_timex(nlp(text), make_article(text, date=FRIDAY))}


def test_earlier_in_the_month_is_the_publication_month(nlp, registry):
    e = one(code(nlp, registry, "Canada imposed sanctions on Iran earlier in the month after the trial of two "
                                "agents."), "sanction")
    assert (str(e["date"]), e["precision"], e["date_text"]) == ("2026-02-01", "month", "earlier in the month")


def test_years_earlier_still_has_no_date(nlp, registry):
    e = one(code(nlp, registry, "Years earlier the army of Peru attacked rebels near Lima."), "attack")
    assert (e["date"], e["precision"], e["date_text"]) == (None, "unknown", "Years earlier")


def test_bare_month_after_an_older_year_of_its_paragraph(nlp):
    values = timex_values(nlp, "In 1951 the ferry sank off the coast. Divers found parts of its hull in late March "
                               "near the harbour.")
    assert values == {"1951": "1951", "late March": "1951-03"}


def test_bare_month_of_the_story_of_now_keeps_the_nearest_year(nlp):
    values = timex_values(nlp, "The ferry sank off the coast on Monday. Divers found parts of its hull in late "
                               "January near the harbour.")
    assert values["late January"] == "2026-01"


def test_bare_month_named_elsewhere_with_its_older_year(nlp):
    text = ("Divers found the wreck of a ferry on Sunday, the navy said.\n\n"
            "Old logs show a storm hit the ferry in early March near the harbour.\n\n"
            "The ferry went down on March 3, 1951, with forty people on board.")
    values = timex_values(nlp, text)
    assert values["early March"] == "1951-03"
    assert values["March 3, 1951"] == "1951-03-03"


def test_bare_month_named_with_two_years_keeps_the_nearest(nlp):
    text = ("In late December a ferry vanished near the islands.\n\n"
            "Reports give December 27 as the day it left port. A ferry of the same line sank in December 2014.")
    values = timex_values(nlp, text)
    assert values["late December"] == "2025-12"
    assert values["December 2014"] == "2014-12"


def test_an_ing_adjunct_is_told_in_the_tense_of_its_clause(nlp, registry):
    events = code(nlp, registry, "Protesters marched through Lima on Tuesday. Police fired tear gas at the crowd, "
                                 "injuring twelve protesters.")
    assert (str(one(events, "fired")["date"]), one(events, "fired")["date_text"]) == ("2026-02-03", "Tuesday")
    e = one(events, "injuring")
    assert (str(e["date"]), e["precision"], e["date_text"]) == ("2026-02-03", "day", "Tuesday")


def test_a_named_persons_possessive_is_not_a_month(nlp):
    # "May's" after "Premier Joan May" is the premier's; the month May still counts where it is one.
    text = "Premier Joan May met her cabinet. Two ministers quit over May's budget on Tuesday. Elections follow in May."
    found = {(t.char_start, t.text) for t in extract_timex(nlp(text), make_article(text, date=FRIDAY))}
    assert (text.index("May's"), "May") not in found
    assert (text.rindex("May"), "May") in found
    assert any(t == "Tuesday" for _, t in found)
