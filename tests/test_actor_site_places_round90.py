"""Sites the article itself calls a site ("X, an airbase", "X is a refinery") are venues: with every
mention a location they are no actor; a site that speaks stays, and so does an employer called a company
(round 90; our own sentences)."""

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


def test_a_company_called_a_company_stays_an_employer(nlp):
    an = analyse_actors(nlp, "Ana Ray works at Globex Systems Inc., a software company in Kelby, and said the code "
                             "was safe.")
    assert actors_by_name(an)["Globex Systems Inc."].actor_type == "organization"


def test_a_name_the_model_calls_an_organisation_called_a_base_and_used_only_as_a_place_has_no_row(nlp):
    # the model tags this name ORG at every mention: only the apposed site noun says it is a base
    an = analyse_actors(nlp, "The suspect was stopped near RAF Marston, a military base used by the US Air Force. "
                             "He had come from RAF Marston, police said. Workers at RAF Marston were questioned, "
                             "Sergeant Ana Ray said.")
    actors = actors_by_name(an)
    assert "RAF Marston" not in actors
    assert actors["Ana Ray"].actor_type == "person"
    assert actors["United States Air Force"].actor_type == "organization"
