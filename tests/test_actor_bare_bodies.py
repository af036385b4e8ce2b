"""Bare state bodies ("the Senate", "National Police") are named after the state the article gives them
(our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.actors.bare_bodies import is_bare_body
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _actors(nlp, text: str) -> dict[str, tuple[str | None, int]]:
    art = make_article(text, date="2026-02-02")
    an = extract_actors(nlp(art.text), art, load_registry())
    counts: dict[str, int] = {}
    for m in an.mentions:
        counts[m.actor_key] = counts.get(m.actor_key, 0) + 1
    return {a.name: (a.country_iso3, counts.get(a.key, 0)) for a in an.actors}


def test_a_bare_chamber_of_a_known_country_is_named_after_its_state(nlp):
    actors = _actors(nlp, "Thousands protested in Nairobi on Monday. The Senate rejected the finance bill, "
                          "and the Senate will vote again in March.")
    assert actors["Kenyan Senate"][0] == "KEN"
    assert actors["Kenyan Senate"][1] >= 2
    assert "Senate" not in actors


def test_a_bare_national_police_is_named_after_its_state(nlp):
    actors = _actors(nlp, "Flooding hit Manila on Monday. The National Police said 12 people were missing in "
                          "Manila and that the National Police would search the river.")
    assert actors.get("Philippine National Police", (None,))[0] == "PHL"
    assert "National Police" not in actors


def test_a_bare_chamber_joins_the_article_fuller_name_of_that_body(nlp):
    actors = _actors(nlp, "Thousands protested in Nairobi on Monday. The Kenyan Senate met on Tuesday. "
                          "The Senate rejected the finance bill.")
    assert actors["Kenyan Senate"][1] >= 2
    assert "Senate" not in actors


def test_a_place_named_only_as_where_is_not_the_chamber_state(nlp):
    # the lead names only Mexico, as a place; the people of the story are of the United States
    actors = _actors(nlp, "Vehicles queued at the border with Mexico on Monday. US Senator Dana Whitfield said "
                          "the Senate would vote on the border wall on Friday.")
    assert actors["Dana Whitfield"][0] == "USA"
    assert not any(country == "MEX" for name, (country, _) in actors.items() if "Senate" in name)


def test_bare_body_names():
    assert is_bare_body("Senate") and is_bare_body("the Supreme Court") and is_bare_body("National Police")
    assert not is_bare_body("Kenyan Senate") and not is_bare_body("Police") and not is_bare_body("Vorlex Police")


def test_a_country_inside_a_war_name_is_not_the_person_country(nlp):
    actors = _actors(nlp, "Dana Whitfield, an Iraq War veteran, spoke to reporters on Monday. "
                          "Lena Ortiz, a Canadian army veteran, joined her.")
    assert actors["Lena Ortiz"][0] == "CAN"
    assert actors["Dana Whitfield"][0] != "IRQ"


def test_a_bare_chamber_takes_the_state_of_the_article_named_legislature(nlp):
    actors = _actors(nlp, "Talks with Ukraine and Russia stalled on Monday. The United States Congress "
                          "passed the bill, and the Senate will vote on it in March. Senator "
                          "Dana Whitfield said the Senate would act quickly.")
    assert actors["US Senate"][0] == "USA"
    assert actors["Dana Whitfield"][0] == "USA"
    assert "Senate" not in actors


def test_a_provincial_assembly_does_not_take_the_national_legislature_state(nlp):
    actors = _actors(nlp, "Talks with Ukraine and Russia stalled on Monday. The United States Congress "
                          "passed the bill. The Legislative Assembly met in the afternoon.")
    assert actors["United States Congress"][0] == "USA"
    assert not any(name.endswith("Legislative Assembly") and country == "USA"
                   for name, (country, _) in actors.items())


def test_a_bare_armed_service_is_named_after_its_state(nlp):
    actors = _actors(nlp, "The Indonesian Navy sent two ships to the strait. The Navy said the search would "
                          "continue.")
    assert actors["Indonesian Navy"] == ("IDN", 2)
    assert "Navy" not in actors


def test_a_bare_ministry_is_named_after_its_state(nlp):
    actors = _actors(nlp, "Hungary's Ministry of Defence bought new tanks from Germany. The Ministry of Defence "
                          "said the deal was signed.")
    assert actors["Ministry of Defence of Hungary"] == ("HUN", 2)
    assert "Ministry of Defence" not in actors


def test_bare_forces_and_ministries():
    assert is_bare_body("Navy") and is_bare_body("the Armed Forces") and is_bare_body("Coast Guard")
    assert is_bare_body("Ministry of Defence") and is_bare_body("Foreign Ministry")
    assert not is_bare_body("Indonesian Navy") and not is_bare_body("Ministry of Defence of Ukraine")
    assert not is_bare_body("Kenya Wildlife Service")


def test_generic_body_phrases_come_from_the_agents_table():
    from newscoder.extract.actors.bare_bodies import is_generic_body
    assert is_generic_body("Constitutional Court") and is_generic_body("the Intelligence Service")
    assert is_generic_body("Border Guard") and is_generic_body("Federal Police")
    # a distinctive name, a lower-case phrase and one word are not read by this table
    assert not is_generic_body("Internal Revenue Service") and not is_generic_body("constitutional court")
    assert not is_generic_body("Police") and not is_generic_body("Vorlex Constitutional Court")


def test_a_generic_court_of_a_known_country_is_named_after_its_state(nlp):
    actors = _actors(nlp, "Protesters gathered in Warsaw on Monday. Polish President Anna Nowak said the "
                          "Constitutional Court would rule on the law, and the Constitutional Court met on Friday.")
    assert actors["Anna Nowak"][0] == "POL"
    assert actors.get("Polish Constitutional Court", (None,))[0] == "POL"
    assert "Constitutional Court" not in actors


def test_a_department_named_by_its_portfolio_is_named_after_its_state(nlp):
    from newscoder.extract.actors.bare_bodies import is_generic_body
    assert is_generic_body("Department of Energy") and not is_generic_body("Department of Marine Biology")
    actors = _actors(nlp, "Engineers at a Texas laboratory built a new battery. Funding came from the US "
                          "government: the Department of Energy paid for the tests, the team said.")
    assert actors.get("US Department of Energy", (None,))[0] == "USA"
    assert "Department of Energy" not in actors
