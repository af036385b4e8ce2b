"""The subdivision gazetteer (provinces, states, counties from pycountry's ISO 3166-2) and its use as
country evidence for actors (our own sentences)."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.countries import iso3_for_region, region_countries
from newscoder.resolve.places import country_of_place
from newscoder.resolve.registry import load_registry
from newscoder.resolve.subdivisions import names_foreign_city, subdivision_country


@pytest.mark.parametrize("name, iso3", [
    ("California", "USA"),
    ("Surigao del Sur", "PHL"),
    ("Sichuan", "CHN"),  # "Sichuan Sheng" without its suffix
    ("Northamptonshire", "GBR"),  # ISO lists only North and West Northamptonshire
    ("Mindanao", "PHL"),  # "Northern Mindanao (Region X)": gloss dropped, compass split read whole
    ("Darfur", "SDN"),
])
def test_a_subdivision_read_alone_gives_its_country(name, iso3):
    assert subdivision_country(name) == iso3
    assert iso3_for_region(name) == iso3
    assert country_of_place(name) == iso3


@pytest.mark.parametrize("name", [
    "Punjab",  # India and Pakistan
    "Georgia",  # a country before a US state
    "Antique", "Unity", "Central",  # common words that are a province's name
    "Nile",  # "Upper Nile" is no split of a Nile province
])
def test_an_ambiguous_subdivision_is_not_read_alone(name):
    assert subdivision_country(name) is None
    assert iso3_for_region(name) is None


def test_a_province_that_is_another_countrys_city_gives_no_country():
    # Ontario is Canada's province and a Californian city: alone it is neither; the article decides
    assert names_foreign_city("Ontario")
    assert country_of_place("Ontario") is None
    assert region_countries("Ontario") == {"CAN", "USA"}
    assert country_of_place("Toronto") == "CAN"  # a plain city still gives its country


def _actors(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    art = make_article(text)
    an = extract_actors(nlp(art.text), art, load_registry())
    return {a.name: (a.country_iso3, a.country_basis) for a in an.actors}


def test_a_body_named_for_a_county_takes_the_countys_country(nlp):
    actors = _actors(nlp, "Officers of Northamptonshire Police arrested a driver near Brackley on Monday. "
                          "The force said the van was seized.")
    assert actors["Northamptonshire Police"] == ("GBR", "name")


def test_an_official_whose_title_a_county_owns_takes_its_country(nlp):
    actors = _actors(nlp, "Lancashire's chief constable Maria Pellworth said on Tuesday that the inquiry was "
                          "closed. Officers searched two farms.")
    assert actors["Maria Pellworth"][0] == "GBR"


def test_a_local_town_named_like_a_foreign_city_takes_the_storys_country(nlp):
    # Oviedo is a Spanish city in the gazetteer; here the story puts a town of that name in the Philippines
    actors = _actors(nlp, "A fire gutted the Oviedo District Hospital in the town of Oviedo on Sunday. Rescuers "
                          "in Cebu province, Philippines, said the blaze began at noon. The Philippine Red Cross "
                          "sent tents to Cebu City.")
    assert actors["Oviedo District Hospital"] == ("PHL", "name")
    assert actors["Philippine Red Cross"] == ("PHL", "name")


def test_a_foreign_citys_body_keeps_no_wrong_country_without_the_local_town(nlp):
    # the same body's name with no "town of" and the story in the Philippines: neither Spain nor a guess
    actors = _actors(nlp, "Doctors from the Oviedo District Hospital flew to Manila on Sunday. Rescuers in Cebu "
                          "province, Philippines, said the blaze began at noon. The Philippine Red Cross sent "
                          "tents to Cebu City.")
    assert actors["Philippine Red Cross"] == ("PHL", "name")
    assert actors.get("Oviedo District Hospital", (None,))[0] != "ESP"


def test_a_town_followed_by_its_state_is_in_that_states_country(nlp):
    actors = _actors(nlp, "The Paris Community Hospital in Paris, Texas, treated nine workers on Friday after "
                          "the plant fire, a hospital spokeswoman said.")
    assert actors["Paris Community Hospital"] == ("USA", "name")


def test_a_list_of_provinces_locates_none_in_another(nlp):
    # "Queensland, Sichuan and Texas" is a list: Queensland stays Australian, so its police are Australia's
    actors = _actors(nlp, "The Queensland Police Service said on Monday that detectives from Queensland, Sichuan "
                          "and Texas had shared data on stolen cars at a meeting in Brisbane.")
    assert actors["Queensland Police Service"] == ("AUS", "name")
