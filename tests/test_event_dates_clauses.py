"""Event dates from the act's own clause and from the story around it: an -ing clause of "with", a date of
another noun's event, the day a role began, a plan's day, back references, a period's end, responses to the
lead and a reported present perfect.

Every sentence is written for this file (none is taken from a gold set).
"""

from __future__ import annotations

import datetime as dt

from conftest import dated_events, event_with, make_article
from newscoder.extract.timex import extract_timex

PUBLISHED = "2026-04-24"  # a Friday


def code(nlp, registry, text: str, date: str = PUBLISHED) -> list[dict]:
    return dated_events(nlp, registry, text, date)


one = event_with


def when(event: dict) -> tuple:
    return event["date"], event["precision"], event["basis"]


FILLER = ("Velka is a small town in the hills north of the capital, and most of its people grow wheat, barley and "
          "potatoes on the terraces above the river that runs through the valley below the old fortress. ") * 6


def test_an_ing_clause_of_with_is_told_in_its_verbs_tense_and_takes_the_leads_day(nlp, registry):
    text = ("Yesterday, the Ruritanian parliament passed a law on elections.\n\n"
            "The law passed narrowly, with the Green Party supporting it.")
    assert when(one(code(nlp, registry, text), "supporting")) == (dt.date(2026, 4, 23), "day", "lead")


def test_a_date_of_another_nouns_event_does_not_date_the_verb(nlp, registry):
    text = ("The army of Ruritania attacked Velka after the March 9 coup against President Marek Novak. "
            "The army arrested Senator Anna Berg at Monday's rally in Velka.")
    events = code(nlp, registry, text)
    attack = one(events, "attacked")
    assert attack["date_text"] != "March 9"
    assert when(attack) == (dt.date(2026, 4, 24), "unknown", "publication")
    # the occasion the act took place at is the act's day
    assert when(one(events, "arrested")) == (dt.date(2026, 4, 20), "day", "relative")


def test_the_day_a_role_began_does_not_date_the_acts_told_after_it(nlp, registry):
    text = ("On Wednesday, Governor Marek Novak announced his resignation.\n\n"
            "Novak began serving as mayor of Velka on May 3, 2023. Novak also criticised Senator Anna Berg.")
    criticism = one(code(nlp, registry, text), "criticised")
    assert criticism["date"] != dt.date(2023, 5, 3)
    assert when(criticism) == (dt.date(2026, 4, 22), "day", "lead")


def test_the_first_day_of_an_activity_still_dates_the_act_after_it(nlp, registry):
    text = ("On Wednesday, Governor Marek Novak announced his resignation.\n\n"
            "The Velka police began a crackdown on April 2, 2025. The Velka police arrested Senator Anna Berg.")
    assert when(one(code(nlp, registry, text), "arrested")) == (dt.date(2025, 4, 2), "day", "explicit")


def test_a_plans_day_in_the_paragraph_does_not_keep_the_act_from_the_leads_day(nlp, registry):
    text = ("On Wednesday, Governor Marek Novak announced his resignation.\n\n"
            "The Velka Senate was due to vote on Thursday. Novak also criticised the French government.")
    assert when(one(code(nlp, registry, text), "criticised")) == (dt.date(2026, 4, 22), "day", "lead")


def test_the_next_paragraphs_date_does_not_belong_to_the_paragraph_before(nlp, registry):
    text = ("On Wednesday, Governor Marek Novak announced his resignation.\n\n"
            "Novak also criticised Senator Anna Berg.\n\n"
            "On Monday, the Velka police arrested Senator Tomas Kral.")
    events = code(nlp, registry, text)
    assert when(one(events, "criticised")) == (dt.date(2026, 4, 22), "day", "lead")
    assert when(one(events, "arrested")) == (dt.date(2026, 4, 20), "day", "relative")


def test_at_that_march_points_back_to_the_occasion_dated_before(nlp, registry):
    # (the passage also names the day of the story, Wednesday: no older-passage rule dates the act)
    text = ("On Wednesday, a Velka court sentenced Ivan Petrov over his speech at the August 2024 march in Velka.\n\n"
            "At that march, the Velka police arrested Senator Tomas Kral and injured two protesters.")
    events = code(nlp, registry, text)
    for trigger in ("arrested", "injured"):
        assert when(one(events, trigger)) == (dt.date(2024, 8, 1), "month", "explicit")


def test_an_ing_clause_after_until_a_year_ended_the_period_then(nlp, registry):
    text = "Ivan Petrov led the Velka Workers' Party until 2025, resigning after a defeat in the election."
    resignation = one(code(nlp, registry, text), "resigning")
    assert (resignation["date"], resignation["precision"], resignation["date_text"]) == \
        (dt.date(2025, 1, 1), "year", "2025")


def test_an_act_of_the_leads_conjoined_clause_keeps_the_leads_day_a_response_does_not(nlp, registry):
    text = ("On Tuesday, President Marek Novak resigned and Ivan Petrov was sworn in as president.\n\n"
            + FILLER + "\n\n"
            "Senator Anna Berg criticised Petrov.\n\n"
            "Following the resignation, Senator Olga Horak criticised the French government.\n\n"
            "Senator Jan Dvorak criticised the German government.")
    assert len(FILLER) > 1000
    events = code(nlp, registry, text)
    # a reaction of a party the lead does not name, to the lead's act or to anything else: the text does not
    # say when it came (after the lead's act), so the lead's day is not lent to it
    assert when(one(events, "criticised", 0)) == (dt.date(2026, 4, 24), "unknown", "publication")
    assert when(one(events, "criticised", 1)) == (dt.date(2026, 4, 24), "unknown", "publication")
    assert when(one(events, "criticised", 2)) == (dt.date(2026, 4, 24), "unknown", "publication")
    # an act of the lead's own party further down goes on with the lead's day
    text = ("On Tuesday, President Marek Novak resigned and Ivan Petrov was sworn in as president.\n\n"
            "Petrov arrested Senator Anna Berg.")
    assert when(one(code(nlp, registry, text), "arrested")) == (dt.date(2026, 4, 21), "day", "lead")


def test_a_present_perfect_reported_in_the_past_is_the_storys_time(nlp, registry):
    text = ("On Wednesday, Governor Marek Novak announced his resignation.\n\n"
            "Novak said he has accused Senator Anna Berg of treason.")
    assert when(one(code(nlp, registry, text), "accused")) == (dt.date(2026, 4, 22), "day", "lead")


def test_a_clock_time_is_not_a_year(nlp):
    text = "Ivan Petrov was sworn in on Tuesday at 5 p.m. local time (2000 GMT) in Velka."
    article = make_article(text, date=PUBLISHED)
    found = [(t.text, t.value) for t in extract_timex(nlp(text), article)]
    assert ("Tuesday", "2026-04-21") in found
    assert not any(text == "2000" for text, _ in found)


def test_an_act_set_in_a_past_period_of_office_is_not_given_the_storys_day(nlp, registry):
    text = ("On Wednesday, Governor Marek Novak announced his resignation.\n\n"
            "Novak said that, during his time as mayor of Velka, he accused Senator Anna Berg of treason. "
            "While he was governor, Novak criticised the French government. "
            "Novak also criticised the German government.")
    events = code(nlp, registry, text)
    # undated, with the period the text gives as its time
    accused = one(events, "accused")
    assert when(accused) == (None, "unknown", "relative")
    assert accused["date_text"] == "during his time as mayor of Velka"
    criticised = one(events, "criticised", 0)
    assert when(criticised) == (None, "unknown", "relative")
    assert criticised["date_text"] == "While he was governor"
    # the act told with no period goes on with the lead
    assert when(one(events, "criticised", 1)) == (dt.date(2026, 4, 22), "day", "lead")
