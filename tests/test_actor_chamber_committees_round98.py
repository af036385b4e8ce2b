"""A committee named by its chamber's word ("the House Kelby Committee") is of the state whose chamber
of that word the article names (round 98; our own sentences). Chambers of two states say nothing."""

from __future__ import annotations

from conftest import analyse_actors


def _country(an, name: str) -> str | None:
    return next(a.country_iso3 for a in an.actors if a.name == name)


def test_a_house_committee_is_of_the_articles_house(nlp):
    an = analyse_actors(nlp, "The United States House of Representatives asked Kenya for papers on Friday. "
                             "Kenya's government refused. Some lawmakers wanted a review by the House Kelby "
                             "Committee instead.")
    assert _country(an, "House Kelby Committee") == "USA"
    assert _country(an, "Kenya") == "KEN"


def test_two_states_houses_leave_the_committee_without_a_country(nlp):
    an = analyse_actors(nlp, "The United States House of Representatives and the Australian House of "
                             "Representatives met Kenya's government. Some lawmakers wanted a review by the "
                             "House Kelby Committee instead.")
    assert _country(an, "House Kelby Committee") is None
