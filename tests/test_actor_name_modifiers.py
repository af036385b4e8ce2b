"""A person's name as the modifier of "family", "administration", "campaign" is no mention of the person.
Our own sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _mentions(nlp, text: str) -> dict[str, list[str]]:
    art = make_article(text, date="2026-02-02")
    r = extract_actors(nlp(art.text), art, load_registry())
    return {a.name: [m.text for m in r.mentions if m.actor_key == a.key] for a in r.actors}


def test_the_family_named_after_a_person_is_not_that_person(nlp):
    got = _mentions(nlp, "The mayor, Maria Ferreira, said on Monday that the Lopez family had left the city. "
                         "Tomas Lopez, a neighbour, said he would return. Lopez's family was not reached.")
    assert "Maria Ferreira" in got
    assert got["Tomas Lopez"].count("Lopez") == 1  # "Lopez's family" names him; "the Lopez family" does not


def test_an_administration_of_the_state_is_not_the_person(nlp):
    got = _mentions(nlp, "The mayor, Maria Ferreira, said on Monday that the Trump administration had cut the "
                         "port's budget.")
    assert got["United States"] == ["Trump administration"]
    assert "Donald Trump" not in got and "Trump" not in got


def test_an_unknown_name_before_administration_stays_its_actor(nlp):
    got = _mentions(nlp, "The Smith administration criticized Canada on Monday.")
    assert got.get("Smith") == ["Smith"]  # no other actor for the phrase: the side of the event is kept
