"""Countries of sub-units, listed people and described bodies; honours and joint jurisdictions in names
(our own sentences)."""

from __future__ import annotations

from conftest import actor_country as _country
from conftest import analyse_actors as _analyse


def test_a_sub_unit_takes_the_country_of_its_national_parent(nlp):
    an = _analyse(nlp, "The Ohio-based Kelby Institute opened a laboratory. The Kelby Institute's Centre for "
                       "Coastal Studies said it would share its data.")
    assert _country(an, "Kelby Institute")[0] == "USA"
    assert _country(an, "Centre for Coastal Studies") == ("USA", "base")


def test_a_body_of_an_international_parent_takes_no_country(nlp):
    an = _analyse(nlp, "The United Nations' Office for Coastal Affairs said it would share its data with Kenya.")
    office = next(a for a in an.actors if "Coastal Affairs" in a.name)
    assert office.country_iso3 is None


def test_people_listed_after_a_two_word_demonym_take_that_nationality(nlp):
    an = _analyse(nlp, "Three American Samoans, Lusi Tavita, Mele Faleolo, and Sione Vaai, who had moved to "
                       "Utah, sued the government.")
    for name in ("Lusi Tavita", "Mele Faleolo", "Sione Vaai"):
        assert _country(an, name) == ("ASM", "nationality")


def test_people_a_national_body_selects_as_staff_are_of_its_country(nlp):
    an = _analyse(nlp, "The space agency NASA has selected two astronauts, Karl Ostrom and Dana Whitfield, for "
                       "the first crewed flight.")
    assert _country(an, "Karl Ostrom") == ("USA", "base")
    assert _country(an, "Dana Whitfield") == ("USA", "base")


def test_people_a_body_arrests_are_not_its_staff(nlp):
    an = _analyse(nlp, "The FBI arrested two men, Karl Ostrom and Dana Whitfield, at the border.")
    assert _country(an, "Karl Ostrom")[0] is None
    assert _country(an, "Federal Bureau of Investigation")[0] == "USA"


def test_a_hyphenated_descriptor_between_demonym_and_name_keeps_the_nationality(nlp):
    an = _analyse(nlp, "On Monday the Hungarian state-owned enterprise Kerr Logistics bought the factory.")
    assert _country(an, "Kerr Logistics") == ("HUN", "nationality")


def test_a_body_said_to_be_of_a_nationality_takes_it(nlp):
    an = _analyse(nlp, "Vestra Media is a British charity. It sent food to the camp.")
    assert _country(an, "Vestra Media") == ("GBR", "nationality")


def test_honours_after_a_name_are_not_part_of_it_but_jr_is(nlp):
    an = _analyse(nlp, "Judge Rowan Ashby QC said the men had shown no remorse. Ken Dorsey Jr. agreed, and "
                       "Jo Wren MP said the law must change.")
    names = {a.name for a in an.actors if a.actor_type == "person"}
    assert {"Rowan Ashby", "Ken Dorsey Jr.", "Jo Wren"} <= names
    assert not any(n.endswith((" QC", " MP")) for n in names)


def test_a_court_of_two_parts_of_one_country_keeps_its_whole_name(nlp):
    an = _analyse(nlp, "The High Court of England and Wales also ruled on Friday that the law was valid. "
                       "The Parliament of France and Spain met.")
    assert _country(an, "High Court of England and Wales")[0] == "GBR"
    assert any(a.name == "Parliament of France" for a in an.actors)


def test_a_fictional_character_takes_no_country_from_its_description(nlp):
    assert _country(_analyse(nlp, "Vestra Media is a British charity."), "Vestra Media") == ("GBR", "nationality")
    an = _analyse(nlp, "Kelbo is a Japanese cartoon character who runs fast.")
    kelbo = [a for a in an.actors if a.name == "Kelbo"]
    assert all(a.country_iso3 is None for a in kelbo)
