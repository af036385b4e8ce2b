"""A country's name that is also another country's state ("Georgia") is read as the state when the sentence
or the article names that country's other states, and stays the country otherwise (homonym_states.py)."""

from conftest import analyse_actors
from newscoder.extract.actors.homonym_states import homonyms


def test_homonyms_come_from_the_iso_list_without_territories():
    found = homonyms()
    assert found["GEO"] == "USA"
    assert "PRI" not in found  # Puerto Rico is the same place whichever list files it
    assert "TWN" not in found


def test_georgia_among_us_states_is_the_us_state(nlp):
    text = ("The bill was backed by Senators Anne Kowalski of Ohio, Peter Marsh of Florida and Linda Crane of "
            "Georgia, all Republicans.")
    an = analyse_actors(nlp, text)
    names = {a.name: a for a in an.actors}
    assert "Georgia" not in names
    assert names["Linda Crane"].country_iso3 == "USA"


def test_georgia_beside_its_capital_stays_the_country(nlp):
    text = ("Georgia and Armenia signed a trade agreement in Tbilisi on Monday. Georgian officials said the "
            "deal would cut tariffs.")
    an = analyse_actors(nlp, text)
    assert any(a.name == "Georgia" and a.country_iso3 == "GEO" for a in an.actors)
