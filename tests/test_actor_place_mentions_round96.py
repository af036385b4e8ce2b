"""A country's possessive on a school, hospital, museum, visited site or natural feature says where it is, not
the state (round 96; our own sentences). The state's own bodies and acts stay its mentions."""

from __future__ import annotations

from conftest import analyse_actors, mention_texts


def test_a_university_of_a_country_is_where_it_is(nlp):
    an = analyse_actors(nlp, "Students of Peru's Andean University protested. Peru's government said it would listen.")
    assert mention_texts(an, "Peru")[0] == "Peru"
    assert len([t for t in mention_texts(an, "Peru") if t == "Peru"]) == 1  # only "Peru's government"
    assert "Andean University" in {a.name for a in an.actors}


def test_a_state_named_only_beside_its_university_has_no_row(nlp):
    an = analyse_actors(nlp, "Ana Ruiz of Chile's Kelby University told the press the study was finished.")
    names = {a.name for a in an.actors}
    assert "Chile" not in names
    assert "Kelby University" in names


def test_a_desert_of_a_country_is_a_piece_of_it(nlp):
    an = analyse_actors(nlp, "Tourists crossed Chile's Kelby Desert. Chile's foreign minister said Chile would "
                             "close the roads.")
    assert mention_texts(an, "Chile") == ["Chile", "Chile"]


def test_the_states_own_bodies_and_acts_stay(nlp):
    an = analyse_actors(nlp, "Peru's army and Peru's health ministry acted after Peru's decision to close "
                             "Peru's nuclear facility.")
    assert mention_texts(an, "Peru").count("Peru") >= 3


def test_a_hazard_common_in_a_country_is_a_place(nlp):
    an = analyse_actors(nlp, "Floods are common in Peru. Peru's government sent aid to the towns.")
    assert mention_texts(an, "Peru") == ["Peru"]
