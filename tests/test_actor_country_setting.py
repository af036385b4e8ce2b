"""The country of the place a story is set in, for its people named bare (our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.actors.groups import is_local_group_noun
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    art = make_article(text)
    return extract_actors(nlp(art.text), art, load_registry())


def _groups(an) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.country_iso3, a.country_basis) for a in an.actors if a.actor_type == "group"}


def test_bare_protesters_take_the_country_the_story_names_most(nlp):
    an = _analyse(nlp, "Protesters blocked the main bridge in Lima on Tuesday. Police in Peru said the march "
                       "reached Cusco and Arequipa too. Chile sent a minister from Santiago.")
    groups = _groups(an)
    assert ("PER", "article_context") in groups.values()
    assert any(name.endswith("protesters") for name, (iso3, _) in groups.items() if iso3 == "PER")


def test_bare_protesters_stay_without_a_country_in_a_story_of_two_countries(nlp):
    an = _analyse(nlp, "Protesters blocked the main bridge on Tuesday. The talks between Peru and Chile "
                       "moved from Lima to Santiago, and Chile sent a minister.")
    countries = {a.country_iso3 for a in an.actors if a.actor_type == "state"}
    assert {"PER", "CHL"} <= countries
    assert all(iso3 is None for name, (iso3, _) in _groups(an).items() if name.lower().endswith("protesters"))


def test_people_who_may_come_from_anywhere_are_not_local():
    assert is_local_group_noun("protesters") and is_local_group_noun("residents")
    assert is_local_group_noun("rebels") and is_local_group_noun("farmers")
    assert not is_local_group_noun("migrants") and not is_local_group_noun("students")
    assert not is_local_group_noun("analysts")


def test_a_territorys_story_is_not_cancelled_by_its_states_places(nlp):
    an = _analyse(nlp, "Mara Lindqvist joined the march in Hong Kong on Sunday. Crowds filled Hong Kong "
                       "Island and Kowloon in Hong Kong, and Beijing sent a warning from China.")
    lindqvist = next(a for a in an.actors if a.name == "Mara Lindqvist")
    assert (lindqvist.country_iso3, lindqvist.country_basis) == ("HKG", "article")


def test_bare_authorities_stay_without_a_country_beside_another_countrys_authorities(nlp):
    an = _analyse(nlp, "Authorities arrested the men in Lima on Tuesday. Peruvian police said Cusco and "
                       "Arequipa were searched. British authorities helped.")
    groups = _groups(an)
    assert groups.get("British authorities", (None,))[0] == "GBR"
    assert all(iso3 is None for name, (iso3, _) in groups.items() if name.lower() == "authorities")


def test_a_couple_named_once_takes_its_peoples_country(nlp):
    an = _analyse(nlp, "Police in Dallas, Texas, arrested Mark and Linda Okafor. According to the police in Texas, "
                       "the Okafors ran the scheme from Austin.")
    people = {a.name: a.country_iso3 for a in an.actors if a.actor_type == "person"}
    assert people.get("Mark Okafor") == "USA" and people.get("Linda Okafor") == "USA"
    pairs = [a for a in an.actors if a.name == "Mark and Linda Okafor"]
    assert pairs and all(a.country_iso3 == "USA" for a in pairs)
