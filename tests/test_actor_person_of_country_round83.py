"""A country after "of" or in brackets right after a person's name says where the person is from or whom
they represent, not that the state acts (round 83; our own sentences)."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors


def test_an_athletes_country_after_of_is_no_state_row(nlp):
    an = analyse_actors(nlp, "Amina Sule of Kenya won the 800 metres final on Sunday. Sule said she was "
                             "delighted.")
    assert "Kenya" not in actors_by_name(an)
    assert actor_country(an, "Amina Sule")[0] == "KEN"


def test_a_country_in_brackets_after_a_name_is_no_state_row(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The winner was Tomas Berg (Norway), who finished ahead of "
                                                "the Kelby Athletics Club team."))
    assert "Norway" not in actors
    assert actors["Tomas Berg"].actor_type == "person"


def test_a_state_that_acts_elsewhere_keeps_its_row(nlp):
    an = analyse_actors(nlp, "Dr Lina Vos of Chile said Chile would send aid to the flood victims.")
    actors = actors_by_name(an)
    assert actors["Chile"].actor_type == "state"
    chile = [m for m in an.mentions if m.actor_key == actors["Chile"].key and m.mention_kind == "name"]
    assert len(chile) == 1  # the "of Chile" after her name is not the state's mention
    assert actors["Lina Vos"].country_iso3 == "CHL"


def test_a_head_of_state_of_a_country_still_names_the_state(nlp):
    actors = actors_by_name(analyse_actors(nlp, "President Tomas Kell of Peru signed the treaty on Monday."))
    assert actors["Peru"].actor_type == "state"


def test_a_us_senator_of_georgia_is_of_the_united_states(nlp):
    an = analyse_actors(nlp, "Senator Doug Roe of Georgia said the bill would pass. Roe, a Republican, spoke "
                             "in Washington. The United States Senate will vote on Friday.")
    assert "Georgia" not in actors_by_name(an)
    assert actor_country(an, "Doug Roe")[0] == "USA"
