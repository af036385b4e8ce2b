"""Event dates told further up or before the story: a relative day inside quotation marks, and an undated act
in a passage set in an earlier month of the publication's year.

Every sentence is written for this file (none is taken from a gold set).
"""

from __future__ import annotations

import datetime as dt

from conftest import dated_events, event_with

PUBLISHED = "2026-04-24"  # a Friday


def code(nlp, registry, text: str, date: str = PUBLISHED) -> list[dict]:
    return dated_events(nlp, registry, text, date)


one = event_with


def test_a_relative_day_inside_quotation_marks_is_not_counted_from_publication(nlp, registry):
    # the words were written on another day than the article's: "tonight" is theirs, not the publication's
    text = ("The Ruritanian army shelled the border town of Velka on Tuesday.\n\n"
            "Senator Anna Berg wrote on her blog: \"The army attacked the town tonight without any warning.\"\n\n"
            "The Ruritanian army arrested Senator Anna Berg on Wednesday.")
    events = code(nlp, registry, text)
    attack = one(events, "attack")
    # no day at all rather than the publication's Friday
    assert attack["date_text"] != "tonight"
    assert attack["precision"] != "day"
    # a relative day outside quotation marks still dates its act
    arrest = one(events, "arrest")
    assert (arrest["date"], arrest["basis"], arrest["precision"]) == (dt.date(2026, 4, 22), "relative", "day")


def test_an_undated_act_after_an_earlier_month_of_the_year_takes_that_month(nlp, registry):
    # a passage set in February of an April story: the act it tells without a day happened that month
    text = ("The Ruritanian government opened talks with the rebels on Tuesday.\n\n"
            "In February, the rebels attacked an army base near Velka.\n\n"
            "The army arrested forty rebels in the region.")
    events = code(nlp, registry, text)
    arrest = one(events, "arrest")
    assert (arrest["date"], arrest["precision"], arrest["date_text"]) == (dt.date(2026, 2, 1), "month", "February")


def test_last_month_dates_the_undated_act_after_it_to_that_month(nlp, registry):
    text = ("The Ruritanian government opened talks with the rebels on Tuesday.\n\n"
            "Last month, the rebels attacked an army base near Velka.\n\n"
            "The army arrested forty rebels in the region.")
    events = code(nlp, registry, text)
    arrest = one(events, "arrest")
    assert (arrest["date"], arrest["precision"]) == (dt.date(2026, 3, 1), "month")


def test_a_day_close_to_publication_is_the_news_peg_not_an_older_month(nlp, registry):
    # ten days back is the story's own time: the act after it keeps the lead's day, not a month
    text = ("On April 14, the Ruritanian army attacked a rebel camp near Velka.\n\n"
            "The army arrested forty rebels in the camp.")
    events = code(nlp, registry, text, date="2026-04-24")
    arrest = one(events, "arrest")
    assert (arrest["date"], arrest["precision"]) == (dt.date(2026, 4, 14), "day")


FILLER = ("Velka is a small town in the hills north of the capital, and most of its people grow wheat, barley and "
          "potatoes on the terraces above the river that runs through the valley below the old fortress.\n\n") * 8


def test_an_act_of_the_leads_actors_far_down_the_story_keeps_the_leads_day(nlp, registry):
    # past the lead's paragraphs, an act whose party the dated lead names goes on with the story; an act of
    # parties the lead does not name is left undated
    text = ("On Tuesday, President Marek Novak dismissed the defence minister, Ivan Petrov.\n\n" + FILLER
            + "Novak also accused Senator Anna Berg of treason.\n\n"
            + "Senator Tomas Kral criticised the French government.")
    assert len(FILLER) > 1000
    events = code(nlp, registry, text)
    accusation = one(events, "accus")
    assert (accusation["date"], accusation["basis"], accusation["precision"]) == \
        (dt.date(2026, 4, 21), "lead", "day")
    criticism = one(events, "criticis")
    assert (criticism["basis"], criticism["precision"]) == ("publication", "unknown")


def test_a_pluperfect_reported_in_the_past_goes_on_with_the_lead(nlp, registry):
    # "told reporters that he had accused" is reported speech shifting a simple past, not the past before the
    # story's past: the act keeps the lead's day
    lead = "On Tuesday, President Marek Novak dismissed the defence minister, Ivan Petrov.\n\n"
    reported = code(nlp, registry, lead + "Novak told reporters that he had accused Petrov of treason.")
    assert (one(reported, "dismiss")["date"], one(reported, "dismiss")["basis"]) == (dt.date(2026, 4, 21), "relative")
    accusation = one(reported, "accus")
    assert (accusation["date"], accusation["basis"]) == (dt.date(2026, 4, 21), "lead")


def test_an_attempt_told_in_the_past_is_not_dated_by_a_later_year_it_names(nlp, registry):
    # "tried to pressure ... in the 2028 election": the year names the election, the attempt is past; a plan
    # keeps the future year it gives
    lead = "On Tuesday, President Marek Novak dismissed the defence minister, Ivan Petrov.\n\n"
    attempt = one(code(nlp, registry, lead + "Novak tried to pressure Senator Anna Berg in the 2028 election."),
                  "pressure")
    assert attempt["date_text"] != "2028"
    assert (attempt["date"], attempt["precision"], attempt["basis"]) == (dt.date(2026, 4, 24), "unknown",
                                                                         "publication")
    plan = one(code(nlp, registry, lead + "Novak planned to visit France in 2028."), "visit")
    assert (plan["date"], plan["precision"]) == (dt.date(2028, 1, 1), "year")
