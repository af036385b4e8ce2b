"""Event rules of round 2 (our own invented sentences): vague past times, the places of attacks named as
their subjects."""

from __future__ import annotations

import datetime as dt

from conftest import make_article
from newscoder.extract.events import code_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, text: str, date: str = "2031-05-20"):
    article = make_article(text, date=date)
    doc = nlp(text)
    actors = extract_actors(doc, article, None)
    coding = code_events(doc, article, actors, extract_timex(doc, article), extract_quotes(doc, article, actors))
    name = {a.key: a.name for a in coding.actors.actors}
    return {e.trigger: (e, name.get(e.source_key), name.get(e.target_key)) for e in coding.events}


def test_years_ago_and_previously_leave_the_day_unknown(nlp):
    events = code(nlp, "President Ana Costa of Brazil visited Argentina years ago. "
                       "Brazil previously expelled two Argentine diplomats. "
                       "Brazil expelled three Chilean diplomats on Monday.")
    visit = events["visited"][0]
    assert (visit.event_date, visit.date_precision, visit.date_text) == (None, "unknown", "years ago")
    dated = [e for e, _, _ in events.values() if e.trigger == "expelled" and e.date_text == "Monday"]
    assert [(e.event_date, e.date_precision) for e in dated] == [(dt.date(2031, 5, 19), "day")]


def test_an_undated_passive_past_is_not_dated_to_the_day_of_publication(nlp):
    events = code(nlp, "The Brazilian minister was arrested by federal police in Brasilia. "
                       "Brazil expelled three Chilean diplomats on Monday.")
    e, _, _ = events["arrested"]
    assert (e.event_date, e.date_precision, e.date_basis) == (dt.date(2031, 5, 20), "unknown", "publication")
    assert events["expelled"][0].date_precision == "day"


def test_a_town_naming_where_an_attack_happened_is_not_its_source(nlp):
    events = code(nlp, "A Rosario car bombing killed six Argentine soldiers. "
                       "Brazil expelled three Chilean diplomats on Monday.")
    assert "killed" not in events  # nobody named did it: no source, no event
    assert events["expelled"][1:] == ("Brazil", "Chilean diplomats")
