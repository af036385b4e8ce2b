"""Event targets that are no actor: a common noun of people ("two suspects", "the company") is the party an
act is aimed at; its words go to `target_text`, and no actor row is made for it. Sentences written for this
file (none from a gold set)."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, registry, text: str):
    """(trigger, source name, target name, target text) of each event, and the actor names."""
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    events = extract_events(doc, article, actors, extract_timex(doc, article), quotes)
    name = {a.key: a.name for a in actors.actors}
    rows = [(e.trigger, name.get(e.source_key), name.get(e.target_key), e.target_text) for e in events]
    return rows, set(name.values())


@pytest.mark.parametrize("text, trigger, source, words", [
    # the object of the act, counted or definite
    ("Police in Oslo arrested two suspects on Tuesday.", "arrested", "Police of Norway", "two suspects"),
    ("Norwegian police arrested the suspect after a chase through the harbour.", "arrested", "Police of Norway",
     "the suspect"),
    # a yielding act frees people: they are its target
    ("Hungary released three hostages on Friday.", "released", "Hungary", "three hostages"),
    # a quantity noun counts the people ("dozens of")
    ("Soldiers attacked dozens of protesters in the capital of Peru.", "attacked", "soldiers",
     "dozens of protesters"),
    # a body named by a common noun
    ("Bolivia accused the company of polluting the river.", "accused", "Bolivia", "the company"),
])
def test_unnamed_party_is_the_target_text(nlp, registry, text, trigger, source, words):
    rows, names = code(nlp, registry, text)
    assert (trigger, source, None, words) in rows
    assert words not in names  # no actor row for a common noun


def test_named_target_leaves_the_text_empty(nlp, registry):
    rows, _ = code(nlp, registry, "The Danish government criticised the protesters for blocking the bridge.")
    assert ("criticised", "Denmark", "protesters", None) in rows


def test_source_own_forces_are_no_target(nlp, registry):
    """ "deployed its troops": a one-sided act, and the troops are the source's own."""
    rows, _ = code(nlp, registry, "Peru deployed its troops to the mountains on Sunday.")
    assert rows and all(r[3] is None for r in rows)
    assert any(r[1] == "Peru" for r in rows)
