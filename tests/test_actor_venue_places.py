"""Buildings, sites and towns named only as where something happened are no actors; the same names acting
stay. Our own sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _names(nlp, text: str) -> set[str]:
    art = make_article(text, date="2026-02-02")
    return {a.name for a in extract_actors(nlp(art.text), art, load_registry()).actors}


def test_a_hospital_named_for_a_person_where_someone_died_is_a_place(nlp):
    names = _names(nlp, "Tomas Berg, a 19-year-old cyclist, was hit by a van in Kelby. He died from his injuries "
                        "at John Marsh Hospital a short time later.")
    assert "Tomas Berg" in names
    assert "John Marsh Hospital" not in names


def test_a_hospital_that_speaks_stays(nlp):
    names = _names(nlp, "Police said Marta Kowalski was taken to Gorsebrook Hospital. Gorsebrook Hospital said "
                        "on Tuesday that she was in a stable condition.")
    assert {"Marta Kowalski", "Gorsebrook Hospital"} <= names


def test_a_theatre_with_a_nationality_in_its_name_is_the_venue_only(nlp):
    names = _names(nlp, "On Friday the comedy had its world premiere at the Norwegian Theatre in Kelby as part "
                        "of the festival. Director Bo Lindahl said he was pleased.")
    assert "Bo Lindahl" in names
    assert "Norwegian Theatre" not in names


def test_a_town_before_a_person_noun_is_where_he_lives(nlp):
    names = _names(nlp, "Police arrested a 41-year-old Swindon man on Monday. Detective Mara Quill said "
                        "inquiries were continuing.")
    assert "Mara Quill" in names
    assert "Swindon" not in names


def test_a_town_that_acts_stays(nlp):
    names = _names(nlp, "Swindon has voted to build a new bridge, and residents of Kelby were told on Monday. "
                        "Mayor Ines Duarte welcomed the plan.")
    assert "Ines Duarte" in names
    assert "Swindon" in names


def test_a_town_with_a_mayor_and_at_the_end_of_a_route_is_a_place(nlp):
    names = _names(nlp, "The mayor of Swindon, Ines Duarte, urged residents to stay home. Forecasters issued a "
                        "warning covering an area from Kelby to Swindon.")
    assert "Ines Duarte" in names
    assert "Swindon" not in names


def test_a_person_whose_surname_is_a_venue_word_stays(nlp):
    names = _names(nlp, "Judge Ana Hall said the Ana Hall case was closed. She left the Gorse Hall building "
                        "at noon.")
    assert "Ana Hall" in names


def test_a_town_named_only_as_the_owner_of_an_office_is_a_place(nlp):
    names = _names(nlp, "A gas blast destroyed a block of flats in Tver on Monday. Tver's governor promised "
                        "every family new housing, and Tver regional Deputy Governor Pavel Orlov said 40 "
                        "people had been rescued.")
    assert "Pavel Orlov" in names
    assert "Tver" not in names


def test_a_town_that_owns_a_budget_stays(nlp):
    names = _names(nlp, "Tver's budget was cut by a third, and Tver sued the ministry on Monday. Mayor Pavel "
                        "Orlov said the cuts were unlawful.")
    assert {"Pavel Orlov", "Tver"} <= names


def test_a_town_as_the_second_line_of_an_address_is_a_place(nlp):
    names = _names(nlp, "Schools closed after the earthquake. Carlos Reyes, the mayor of Esperanza, Sultan "
                        "Kudarat, suspended classes in the town.")
    assert "Carlos Reyes" in names
    assert "Sultan Kudarat" not in names
