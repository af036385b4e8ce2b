"""Medals, prizes and awards are honours given, not actors; the body that gives one stays (round 94; our own
sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_a_medal_of_a_field_is_no_organisation(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Ana Ray received the US National Medal of Science at the White "
                                                "House in 2011."))
    assert not any("Medal" in name for name in actors)
    assert actors["Ana Ray"].actor_type == "person"


def test_the_body_that_gives_a_prize_stays(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The Nobel Prize in Physics went to Ana Ray, the Royal Swedish "
                                                "Academy of Sciences said."))
    assert not any("Prize" in name for name in actors)
    assert actors["Royal Swedish Academy of Sciences"].actor_type == "organization"
