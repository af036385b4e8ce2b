"""Not entities, round 87 (our own sentences): a name ending in an occasion's, a programme's or a group of
buildings' head word, or set in apposition with the noun of an occasion, a scheme or a browser, is no
organisation; the bodies around it stay."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_convention_by_its_head_word_is_no_actor(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Reporters attended the Ohio Puppeteers Convention in Dayton, "
                                          "where the Dayton Arts Council said the crowd was record-breaking."))
    assert "Ohio Puppeteers Convention" not in actors
    assert actors["Dayton Arts Council"].actor_type == "organization"


def test_building_complex_is_no_actor(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The march began outside the Harbour Council Complex, and "
                                          "the Harbour Police Department said ten people were detained."))
    assert "Harbour Council Complex" not in actors
    assert "Harbour Police Department" in actors


def test_name_in_apposition_with_event_is_no_actor(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Last weekend the city of Leeds played host to the fifth Snowpaw "
                                          "Gathering, an annual fan event. The Kestrel Media Group said it had sold "
                                          "out."))
    assert not any("Snowpaw" in name for name in actors)
    assert "Kestrel Media Group" in actors


def test_organiser_in_apposition_with_its_own_noun_stays(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Brightwater Events, the company that runs the fair, said "
                                          "ticket sales had doubled."))
    assert actors["Brightwater Events"].actor_type == "organization"
