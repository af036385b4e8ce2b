"""A county or city kept as its local government is an actor only where it acts: its name as the place a
notice covers or an office's place is no mention of it (round 110;
our own sentences). The acting mention stays."""

from __future__ import annotations

from conftest import analyse_actors


def _mentions(an, name: str) -> list[tuple[str, int]]:
    actor = next((a for a in an.actors if a.name == name), None)
    if actor is None:
        return []
    return [(m.text, m.char_start) for m in an.mentions if m.actor_key == actor.key]


def _local_analysis(nlp, text: str):
    an = analyse_actors(nlp, text)
    return an, {a.name: a for a in an.actors}


def test_a_county_under_a_warning_is_the_place_and_its_order_the_body(nlp):
    text = ("Kelby County in Oregon issued an evacuation order to some residents on Sunday, after the NHC placed "
            "Kelby County under a tropical storm warning.")
    an, _ = _local_analysis(nlp, text)
    got = _mentions(an, "Kelby County")
    assert ("Kelby County", 0) in got  # the county acting stays
    assert ("Kelby County", text.rindex("Kelby County")) not in got  # the area the warning covers


def test_the_mayor_of_a_city_is_the_office_of_the_place_and_the_city_suing_acts(nlp):
    text = "The mayor of Dunmore City, Ana Ray, told residents to stay home. Dunmore City sued the state on Monday."
    an, actors = _local_analysis(nlp, text)
    got = _mentions(an, "Dunmore City")
    assert ("Dunmore City", text.index("Dunmore City")) not in got  # the office's place
    assert ("Dunmore City", text.rindex("Dunmore City")) in got  # the city suing acts
    assert actors["Ana Ray"].actor_type == "person"  # the official is still found


def test_the_office_of_a_county_is_its_place():
    from newscoder.extract.actors.place_only import _local_body_name, _office_words

    assert "mayor" in _office_words() and "selectman" in _office_words()
    assert _local_body_name("Kelby County") and _local_body_name("Velby Township")
    assert not _local_body_name("France")  # a country is a state, read by the state passes
