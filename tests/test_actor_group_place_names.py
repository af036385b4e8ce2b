"""A group named by the place it is in or from takes the country of the place's whole name, not of its head
word: "South Sudan" is not "Sudan", "American Samoa" is not "Samoa". Sentences written for this file."""

from __future__ import annotations

from conftest import analyse_actors


def _groups(an) -> dict[str, str | None]:
    return {a.name: a.country_iso3 for a in an.actors if a.actor_type == "group"}


def test_a_country_whose_name_ends_in_another_countrys_name(nlp):
    an = analyse_actors(nlp, "Aid workers said refugees from South Sudan crossed the river at dawn. "
                             "The refugees from South Sudan were given tents.")
    groups = _groups(an)
    assert "SSD" in groups.values(), groups
    assert "SDN" not in groups.values(), groups


def test_a_territory_is_not_the_state_its_name_ends_with(nlp):
    an = analyse_actors(nlp, "The governor told residents of American Samoa to stay indoors. "
                             "Residents of American Samoa later returned to their homes.")
    groups = _groups(an)
    assert "ASM" in groups.values(), groups
    assert "WSM" not in groups.values(), groups


def test_the_head_word_alone_still_names_the_state(nlp):
    an = analyse_actors(nlp, "Aid workers said refugees from Sudan crossed the river at dawn. "
                             "The refugees from Sudan were given tents.")
    assert "SDN" in _groups(an).values(), _groups(an)
