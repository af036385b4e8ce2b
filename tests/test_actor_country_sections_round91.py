"""A country's name that ends an organisation's name is part of that name, not a mention of the state
(round 91; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_an_untagged_body_named_with_its_country_is_found_and_the_state_keeps_its_own_mentions(nlp):
    an = analyse_actors(nlp, 'Tomas Velder of Open Roads Coalition Ghana said, "It is not enough." Ghana passed '
                             "the law on Monday.")
    actors = actors_by_name(an)
    section = actors["Open Roads Coalition Ghana"]
    assert section.actor_type == "organization"
    assert section.country_iso3 == "GHA"
    assert mention_texts(an, "Ghana") == ["Ghana"]  # the later sentence only


def test_national_sections_tagged_by_the_model_keep_their_country(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Greenpeace Chile and Amnesty International Kenya said the "
                                                "plan failed."))
    assert actors["Greenpeace Chile"].country_iso3 == "CHL"
    assert actors["Amnesty International Kenya"].country_iso3 == "KEN"
    assert "Kenya" not in actors and "Chile" not in actors


def test_a_country_after_a_comma_or_a_preposition_stays_the_state(nlp):
    an = analyse_actors(nlp, "The report by Clean Rivers Alliance, Peru's largest group, was read. Peru "
                             "rejected it.")
    actors = actors_by_name(an)
    assert "Clean Rivers Alliance" in actors
    assert actors["Peru"].actor_type == "state"
    actors = actors_by_name(analyse_actors(nlp, "The Clean Rivers Alliance in Peru said the law was weak."))
    assert "Clean Rivers Alliance" in actors
    assert not any(name.endswith("Peru") and name != "Peru" for name in actors)
