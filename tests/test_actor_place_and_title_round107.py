"""A word for a state owning a piece of its land ("the country's capital") is the place, and a person's name
inside a longer title the model draws is the title's (round 107; our own sentences). The acting mentions
next to them stay."""

from __future__ import annotations

from conftest import analyse_actors
from newscoder.extract.actors.name_modifiers import _title_goes_on


def _mentions(an, name: str) -> list[tuple[str, int]]:
    actor = next(a for a in an.actors if a.name == name)
    return [(m.text, m.char_start) for m in an.mentions if m.actor_key == actor.key]


def test_the_countrys_capital_is_the_place_and_its_border_the_state(nlp):
    text = "Peru said on Monday it would close the country's border. Bombs went off in the country's capital, Lima."
    an = analyse_actors(nlp, text)
    got = _mentions(an, "Peru")
    assert ("Peru", 0) in got and ("the country", text.index("the country")) in got  # the state acting stays
    assert ("the country", text.rindex("the country")) not in got  # where the capital lies


def test_the_nations_north_is_the_place(nlp):
    text = "Peru said on Monday it would send aid. Heavy rain flooded the nation's north last week."
    an = analyse_actors(nlp, text)
    got = [t for t, _ in _mentions(an, "Peru")]
    assert got[0] == "Peru"
    assert "the nation" not in got


def test_a_title_goes_on_past_the_name(nlp):
    doc = nlp("Millions watched Ray in the Morning every week.")
    assert _title_goes_on(list(doc), 2, 3, 6)  # "Ray in the Morning": the name opens a show's title


def test_a_span_over_a_name_and_its_neighbours_is_no_title(nlp):
    doc = nlp("Senator Ana Ray of Kelbia and Ana Ray Urrutia spoke.")
    toks = list(doc)
    assert not _title_goes_on(toks, 1, 3, 4)  # "Ana Ray of": a span drawn too far
    assert not _title_goes_on(toks, 6, 8, 9)  # "Ana Ray Urrutia": the name's own longer form
