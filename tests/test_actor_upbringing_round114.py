"""Round 114: a clause on a person's name saying where the person grew up gives that place's country;
where a person lives now does not (a refugee or an expatriate lives in a country not theirs)."""

from __future__ import annotations

from conftest import actor_country, analyse_actors


def test_grew_up_in_a_state_gives_its_country(nlp):
    an = analyse_actors(nlp, "Marta Velik, who grew up in Ohio, said the river had changed.")
    assert actor_country(an, "Marta Velik") == ("USA", "base")


def test_grew_up_as_main_clause_gives_its_country(nlp):
    an = analyse_actors(nlp, "Tomas Brell grew up in Leeds and later moved to Lisbon to paint.")
    assert actor_country(an, "Tomas Brell")[0] == "GBR"


def test_grew_tired_of_a_place_gives_nothing(nlp):
    an = analyse_actors(nlp, "Marta Velik, who grew tired of Ohio, said the river had changed.")
    assert actor_country(an, "Marta Velik") == (None, None)


def test_residence_gives_no_country(nlp):
    an = analyse_actors(nlp, "Marta Velik, who now lives in Jordan, said the camp was full.")
    assert actor_country(an, "Marta Velik")[0] != "JOR"
