"""Sites the article itself calls a site ("X, an airbase", "X is a refinery") are venues: with every
mention a location they are no actor; a site that speaks stays. A venue word before "of" heads the name;
"the attack on X" names where it struck (round 90; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_a_name_called_an_air_base_and_used_only_as_a_place_has_no_row(nlp):
    an = analyse_actors(nlp, "Police said the van had come from RAF Kelworth, an air base near Dover. Contractors "
                             "at RAF Kelworth were questioned, Inspector Ana Ray said.")
    actors = actors_by_name(an)
    assert "RAF Kelworth" not in actors
    assert actors["Ana Ray"].actor_type == "person"


def test_a_site_that_speaks_stays(nlp):
    an = analyse_actors(nlp, "The crash happened near RAF Kelworth, which is an intelligence base used by the air "
                             "force. RAF Kelworth said in a statement that the gates would reopen.")
    assert actors_by_name(an)["RAF Kelworth"].actor_type == "organization"


def test_a_venue_word_before_of_heads_the_name(nlp):
    an = analyse_actors(nlp, "Tourists queued outside the Grand Mosque of Kelby on Friday, the guide Bo Li said.")
    actors = actors_by_name(an)
    assert not any(name.startswith("Grand Mosque") for name in actors)
    assert actors["Bo Li"].actor_type == "person"


def test_a_company_called_a_company_stays_an_employer(nlp):
    an = analyse_actors(nlp, "Ana Ray works at Globex Systems Inc., a software company in Kelby, and said the code "
                             "was safe.")
    assert actors_by_name(an)["Globex Systems Inc."].actor_type == "organization"
