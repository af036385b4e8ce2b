"""Round 108 (our own sentences): an organisation's name of two names joined by "and"/"&" that the model
began after the conjunction is published whole; a list of two bodies keeps both."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_two_given_names_before_a_foundation(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Tom Reed of the Bill and Ana Kelbo Foundation said the grant "
                                                "would help."))
    assert actors["Bill and Ana Kelbo Foundation"].actor_type == "organization"
    assert "Kelbo Foundation" not in actors and "Bill" not in actors
    assert actors["Tom Reed"].actor_type == "person"


def test_a_foundation_the_model_called_a_person(nlp):
    actors = actors_by_name(analyse_actors(nlp, "A grant from the Mara and Ted Olvin Foundation funded the school, "
                                                "said Tom Reed."))
    assert actors["Mara and Ted Olvin Foundation"].actor_type == "organization"
    assert "Ted Olvin Foundation" not in actors


def test_two_bodies_in_a_list_stay_two(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The Kelbian Coast Guard and the Harbour Rescue Agency searched "
                                                "the bay."))
    assert not any(" and " in name for name in actors)
