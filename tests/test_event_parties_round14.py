"""Event sources and targets, round 14: a consultation is coded once, its subject as source; an official's
title is the doer, not the town qualifying it; a promise's recipients and an order's addressees as target text;
a deployment is not aimed at its own forces nor at a party qualifying the place it moves to. Sentences
written for this file (none from a gold set)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, registry, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(trigger, CAMEO code, source name, target name, target text) of each event."""
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    events = extract_events(doc, article, actors, extract_timex(doc, article), quotes)
    name = {a.key: a.name for a in actors.actors}
    return [(e.trigger, e.cameo_code, name.get(e.source_key), name.get(e.target_key), e.target_text)
            for e in events]


def test_a_consultation_is_coded_once_from_its_subject(nlp, registry):
    rows = code(nlp, registry, "The statement came after President Biden spoke with Vladimir Putin on Sunday.")
    talks = [r for r in rows if r[0] == "spoke"]
    assert [(r[1], r[2], r[3]) for r in talks] == [("040", "Biden", "Vladimir Putin")]


def test_a_town_qualifying_an_officials_title_is_not_the_source(nlp, registry):
    rows = code(nlp, registry, "Novosibirsk's governor has promised each victim a payment of one million rubles.")
    assert not any(r[2] == "Novosibirsk" for r in rows)
    # a country's official still acts for the country
    rows = code(nlp, registry, "Peru's president criticized Chile on Monday.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("111", "Peru", "Chile")]


def test_a_promise_to_unnamed_people_keeps_them_as_target_text(nlp, registry):
    rows = code(nlp, registry, "Governor Ivan Petrov promised each victim a payment of one million rubles.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("promised", "Ivan Petrov", "each victim")]


def test_an_order_to_operators_names_them_as_target_text(nlp, registry):
    rows = code(nlp, registry, "The minister Ivan Petrov ordered the operators of the mines to install alarms.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("ordered", "Ivan Petrov", "the operators")]


def test_a_deployment_is_not_aimed_at_the_holder_of_the_place(nlp, registry):
    rows = code(nlp, registry, "Syrian government forces began deploying into SDF-controlled territory on Monday.")
    assert [(r[0], r[2], r[3]) for r in rows] == [("deploying", "Syrian government forces", None)]
    rows = code(nlp, registry, "Russia deployed troops into Syria on Monday.")
    assert [(r[0], r[2]) for r in rows] == [("deployed", "Russia")]
    assert rows[0][3] != "troops"
    # a party named as the place the forces go to stays the target
    rows = code(nlp, registry, "Turkey deployed troops to the Syrian border on Monday.")
    assert [(r[0], r[2], r[3]) for r in rows] == [("deployed", "Turkey", "Syria")]


def test_a_mobilization_for_someone_is_not_aimed_at_them(nlp, registry):
    rows = code(nlp, registry, "The Democratic Party mobilized volunteers for Hillary Clinton on Monday.")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("mobilized", "154", "Democratic Party", None)]
