"""Event dates from the story: the lead's day (the news peg) for an undated act that goes on with the main story.

Every sentence is written for this file (none is taken from a gold set).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex

FRIDAY = "2026-02-06"  # the publication date of every article here (a Friday)



def code(nlp, registry, text: str) -> list[dict]:
    article = make_article(text, date=FRIDAY)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    return [{"trigger": e.trigger, "type": e.plover_type, "date": e.event_date, "basis": e.date_basis,
             "date_text": e.date_text, "precision": e.date_precision}
            for e in extract_events(doc, article, actors, extract_timex(doc, article), quotes)]


def one(events: list[dict], trigger_word: str) -> dict:
    found = [e for e in events if trigger_word in e["trigger"]]
    assert found, f"no event with trigger {trigger_word!r} in {events}"
    return found[0]


LEAD = ("Soldiers of the Ruritanian army attacked a rebel camp near the border on Tuesday.\n\n")


def test_an_undated_act_later_in_the_story_takes_the_leads_day(nlp, registry):
    events = code(nlp, registry, LEAD + "The soldiers arrested three rebel commanders in the camp.")
    assert one(events, "attack")["date"] == dt.date(2026, 2, 3)
    ev = one(events, "arrest")
    assert ev["date"] == dt.date(2026, 2, 3)
    assert ev["basis"] == "lead"
    assert ev["date_text"] == "Tuesday"
    assert ev["precision"] == "day"


def test_another_partys_reaction_is_not_given_the_leads_day(nlp, registry):
    # the rebels' accusation answers the attack: it came when they made it, which the text does not tell
    events = code(nlp, registry, LEAD + "The rebels accused the army of killing civilians in the camp.")
    assert one(events, "attack")["date"] == dt.date(2026, 2, 3)
    ev = one(events, "accus")
    assert (ev["date"], ev["precision"], ev["basis"]) == (dt.date(2026, 2, 6), "unknown", "publication")


def test_a_dateline_is_not_the_lead(nlp, registry):
    events = code(nlp, registry, "Friday, February 6, 2026\n\n" + LEAD
                  + "The soldiers arrested three rebel commanders in the camp.")
    assert one(events, "arrest")["date"] == dt.date(2026, 2, 3)


def test_a_paragraph_with_its_own_year_is_not_dated_by_the_lead(nlp, registry):
    events = code(nlp, registry, LEAD + "In 2019, the rebels accused the army of killing civilians in the camp.")
    ev = one(events, "accus")
    assert ev["date"] == dt.date(2019, 1, 1)
    assert ev["basis"] == "explicit"


def test_an_act_after_a_paragraph_naming_another_day_is_not_dated_by_the_lead(nlp, registry):
    events = code(nlp, registry, LEAD + "Police arrested two rebel leaders in the capital on Sunday, 25 January.\n\n"
                  "The rebels accused the army of killing civilians in the camp.")
    assert one(events, "attack")["date"] == dt.date(2026, 2, 3)
    assert one(events, "accus")["basis"] == "publication"


def test_a_lead_dated_weeks_before_publication_is_no_peg(nlp, registry):
    events = code(nlp, registry, LEAD.replace("on Tuesday", "on 2 January 2026")
                  + "The rebels accused the army of killing civilians in the camp.")
    assert one(events, "attack")["date"] == dt.date(2026, 1, 2)
    assert one(events, "accus")["basis"] == "publication"


@pytest.mark.parametrize("sentence", [
    "The rebels have accused the army of killing civilians in the camp.",
    "The rebels recently accused the army of killing civilians in the camp.",
    "Observers believe the rebels accused the army of killing civilians in the camp.",
])
def test_an_indefinite_past_is_not_the_leads_day(nlp, registry, sentence):
    events = code(nlp, registry, LEAD + sentence)
    assert one(events, "attack")["date"] == dt.date(2026, 2, 3)
    assert one(events, "accus")["basis"] != "lead"


def test_an_announcement_is_dated_when_made_not_by_the_day_it_announces(nlp, registry):
    events = code(nlp, registry, "The Ruritanian interior minister announced his resignation on Wednesday, "
                                 "effective on 30 September.")
    ev = one(events, "announced")
    assert ev["date"] == dt.date(2026, 2, 4)
    assert ev["date_text"] == "Wednesday"


def test_a_year_naming_a_future_contest_does_not_date_a_past_act(nlp, registry):
    events = code(nlp, registry, LEAD + "The soldiers arrested two rebels for plotting to disrupt the 2028 "
                                        "presidential election.")
    ev = one(events, "arrest")
    assert ev["date"] == dt.date(2026, 2, 3)
    assert ev["basis"] == "lead"


def test_a_year_opening_the_sentence_before_dates_a_historical_act(nlp, registry):
    events = code(nlp, registry, LEAD + "At the elections in 2011, the rebels won a majority in the north. "
                                        "The rebels accused the army of killing civilians in the camp.")
    ev = one(events, "accus")
    assert (ev["date"], ev["precision"], ev["basis"]) == (dt.date(2011, 1, 1), "year", "explicit")


def test_a_trailing_year_of_the_sentence_before_is_background(nlp, registry):
    events = code(nlp, registry, LEAD + "The rebel leader was elected in 2011. "
                                        "The rebels accused the army of killing civilians in the camp.")
    assert one(events, "accus")["date"] != dt.date(2011, 1, 1)


def test_an_act_far_down_the_story_is_not_dated_by_the_lead(nlp, registry):
    filler = ("The camp lies in a valley of farms and orchards, two hours from the nearest town by road. " * 4
              + "\n\n") * 3
    events = code(nlp, registry, LEAD + filler + "The rebels accused the army of killing civilians in the camp.")
    assert one(events, "attack")["date"] == dt.date(2026, 2, 3)
    assert one(events, "accus")["basis"] == "publication"
