"""Event parties named as lists or counts, and acts told a measured time apart from a dated clause. Sentences
written for this file (none from a gold set)."""

from __future__ import annotations

import datetime as dt

from conftest import dated_events, event_with, make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, registry, text: str):
    """(trigger, source name, target name, target text) of each event."""
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    events = extract_events(doc, article, actors, extract_timex(doc, article), quotes)
    name = {a.key: a.name for a in actors.actors}
    return [(e.trigger, name.get(e.source_key), name.get(e.target_key), e.target_text) for e in events]


def test_a_list_of_addressees_is_the_target_text_whole(nlp, registry):
    rows = code(nlp, registry, "On Tuesday, Prime Minister Jonas Berg called on village elders, school teachers "
                               "and local mayors to support the vaccination drive.")
    called = next(r for r in rows if r[0] == "called")
    assert called[1] == "Jonas Berg"
    assert called[3] == "village elders, school teachers and local mayors"


def test_a_day_after_on_is_no_party_of_the_appeal(nlp, registry):
    # the "on Tuesday" phrase comes first, yet the people appealed to are the target
    rows = code(nlp, registry, "Prime Minister Jonas Berg called on Tuesday on school teachers to stay home.")
    called = next(r for r in rows if r[0] == "called")
    assert called[3] == "school teachers"


def test_counted_others_are_the_victims(nlp, registry):
    rows = code(nlp, registry, "Erik Holm, a self-described anarchist, shot a nurse named Anna Berg and injured "
                               "at least twelve others.")
    injured = next(r for r in rows if r[0] == "injured")
    assert injured[1] == "Erik Holm"
    assert injured[3] == "twelve others"


def test_an_act_days_before_a_dated_clause_is_not_given_its_day(nlp, registry):
    events = dated_events(nlp, registry, "Chilean President Gabriel Boric said Sunday that Chile was negotiating "
                                         "with Lima, days after he threatened Peru with a trade blockade.",
                          "2026-02-06")
    # the clause the date belongs to keeps it; the act told days apart falls back to publication
    assert event_with(events, "negotiating")["date"] == dt.date(2026, 2, 1)
    threat = event_with(events, "threatened")
    assert (threat["date"], threat["basis"], threat["precision"]) == (dt.date(2026, 2, 6), "publication", "unknown")


def test_an_act_hours_before_a_dated_clause_keeps_its_day(nlp, registry):
    events = dated_events(nlp, registry, "The Norwegian army seized the town on Monday, hours after Sweden "
                                         "attacked the border post.", "2026-02-06")
    assert event_with(events, "attacked")["date"] == dt.date(2026, 2, 2)


def test_a_state_owning_a_body_is_not_the_party_acted_with(nlp, registry):
    rows = code(nlp, registry, "Governor Maria Olsen also agreed to add two members to Norway's existing "
                               "election board.")
    agreed = next(r for r in rows if r[0] == "agreed")
    assert agreed[1] == "Maria Olsen" and agreed[2] is None


def test_a_state_owning_a_plan_or_a_target_of_force_stays_the_target(nlp, registry):
    rows = code(nlp, registry, "The Swedish Green Party criticised Norway's plan to close the museum.")
    assert next(r for r in rows if r[0] == "criticised")[2] == "Norway"
    rows = code(nlp, registry, "Sweden attacked Norway's police headquarters.")
    assert next(r for r in rows if r[0] == "attacked")[1:3] == ("Sweden", "Norway")


def test_the_people_whose_demand_is_answered_are_the_target_text(nlp, registry):
    rows = code(nlp, registry, "Governor Maria Olsen did not accede to the protesters' demands for a new inquiry.")
    assert next(r for r in rows if r[0] == "accede")[1:] == ("Maria Olsen", None, "the protesters")
    rows = code(nlp, registry, "Sweden rejected the miners' offer to end the strike.")
    assert next(r for r in rows if r[0] == "rejected")[1:] == ("Sweden", None, "the miners")
    # a named owner is the actor target, as before
    rows = code(nlp, registry, "Sweden rejected Norway's offer to end the strike.")
    assert next(r for r in rows if r[0] == "rejected")[1:] == ("Sweden", "Norway", None)


def test_a_protest_told_again_keeps_its_addressee(nlp, registry):
    rows = code(nlp, registry, "In August 2018, Ingrid Dahl began protesting outside the Norwegian Parliament. "
                               "She protested alone on the first day, but thousands eventually joined her.")
    protests = [r for r in rows if r[0].startswith("protest")]
    assert [r[1:3] for r in protests] == [("Ingrid Dahl", "Norwegian Parliament")] * 2


def test_a_quoted_list_of_addressees_is_the_target_text(nlp, registry):
    rows = code(nlp, registry, 'Prime Minister Jonas Berg called on "village councils, church leaders and local '
                               'mayors" to support the vaccination drive.')
    called = next(r for r in rows if r[0] == "called")
    assert called[1] == "Jonas Berg"
    assert called[3] == "village councils, church leaders and local mayors"


def test_a_demand_owned_by_unnamed_people_takes_no_state_from_its_words(nlp, registry):
    rows = code(nlp, registry, "Carrie Lam of Hong Kong did not accede to protesters' demands for a new inquiry "
                               "independent of the government.")
    assert next(r for r in rows if r[0] == "accede")[1:] == ("Carrie Lam", None, "protesters")


def test_a_named_force_that_withdrew_stays_the_target(nlp, registry):
    text = ("On Sunday, Kurdish commanders announced that the Syrian Democratic Forces would be leaving the town "
            "of Tal Abyad. Turkey welcomed the withdrawal.")
    rows = code(nlp, registry, text)
    assert [r[1:3] for r in rows if r[0] == "welcomed"] == [("Turkey", "Syrian Democratic Forces")]


def test_an_answered_party_hung_on_a_gerund_of_the_predicate(nlp, registry):
    rows = code(nlp, registry, "On Saturday, Norway's Green Unity Party withdrew from backing Anna Lind as their "
                               "candidate for prime minister in response to a statement from her younger brother, "
                               "King Harald Olsen.")
    assert [r[1:3] for r in rows if r[0] == "withdrew"] == [("Green Unity Party", "Harald Olsen")]
