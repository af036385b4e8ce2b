"""Actor names, round 50 (our own sentences): dotted short forms of registered bodies, court and committee
names cut before their "for"/"on" part, editorial brackets inside a quoted name."""

from __future__ import annotations

from conftest import analyse_actors
from newscoder.resolve.registry import load_registry, undot_initials


def _by_name(an) -> dict:
    return {a.name: a for a in an.actors}


def _mentions(an, name: str) -> list[str]:
    actor = next(a for a in an.actors if a.name == name)
    return [m.text for m in an.mentions if m.actor_key == actor.key]


def test_dotted_initials_find_the_registered_body():
    reg = load_registry()
    assert undot_initials("U.S. Congress") == "US Congress"
    assert reg.lookup("U.S. Congress").name == "United States Congress"
    # spaced initials of a person's name are no short form and stay as written
    assert undot_initials("J. R. Kelby") == "J. R. Kelby"


def test_a_dotted_short_form_joins_the_registered_body(nlp):
    an = analyse_actors(nlp, "Both houses of the U.S. Congress must pass the amendment, Senator Dana Whitfield "
                             "said on Monday. Congress has not voted on term limits since 1995.")
    actors = _by_name(an)
    assert actors["United States Congress"].registry_id is not None
    assert "U.S. Congress" not in actors
    assert "U.S. Congress" in _mentions(an, "United States Congress")
