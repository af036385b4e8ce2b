"""Actor types and countries, round 58 (our own sentences): a place's people named by a noun no demonym list
holds are a group of that place; a person the model calls an organisation is a person when a kin word or a
title stands in apposition; "the State of X" is the state X."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_plural_people_noun_of_a_city_is_a_group(nlp):
    actors = actors_by_name(analyse_actors(nlp, "On Sunday, Bostonians turned out in huge numbers to vote. "
                                          "Mayor Dana Kettering thanked them."))
    assert actors["Bostonians"].actor_type == "group"
    assert actors["Bostonians"].country_iso3 == "USA"
    assert "Dana Kettering" in actors


def test_possessive_people_noun_is_the_places_people(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Officials said residents were angry at the encroachment on "
                                          "Berliner's rights, according to Tomas Rielle."))
    assert "Berliner" not in actors
    assert actors["Berliners"].actor_type == "group"
    assert actors["Berliners"].country_iso3 == "DEU"


def test_a_surname_like_a_people_noun_stays_a_person(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Ms Hollander said she was happy with the result."))
    assert actors["Hollander"].actor_type == "person"


def test_name_with_kin_word_in_apposition_is_a_person(nlp):
    an = analyse_actors(nlp, "In a statement, Reya Holloway Pemberton, his wife and the current chairwoman of "
                             "the Vermont Democratic Party, said Pemberton \"worked until the end\".")
    actors = actors_by_name(an)
    assert actors["Reya Holloway Pemberton"].actor_type == "person"
    assert actors["Vermont Democratic Party"].actor_type == "organization"


def test_state_of_x_is_the_state(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The treaty was signed by the State of Portugal and by Ana Verro."))
    assert "State of Portugal" not in actors
    assert actors["Portugal"].actor_type == "state"
    assert actors["Portugal"].country_iso3 == "PRT"
    assert "Ana Verro" in actors


def test_republic_of_china_keeps_its_listed_country(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The Republic of China protested on Monday, said Lin Hao."))
    assert not any(a.country_iso3 == "CHN" and a.actor_type == "state" for a in actors.values())


def test_subject_named_of_a_body_is_a_person_of_its_country(nlp):
    an = analyse_actors(nlp, "Kiki Holland of the UK's National Fraud Office (NFO) said, \"Criminals cannot hide.\"")
    actors = actors_by_name(an)
    assert actors["Kiki Holland"].actor_type == "person"
    assert actors["Kiki Holland"].country_iso3 == "GBR"  # the employer's country, not the surname's
    assert actors["National Fraud Office"].actor_type == "organization"


def test_a_body_of_a_country_stays_a_body(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Lion Air of Indonesia said the plane was lost."))
    assert actors["Lion Air"].actor_type == "organization"


def test_father_of_a_child_with_a_nationality_shares_it(nlp):
    actors = actors_by_name(analyse_actors(nlp, "A charity renamed its ship after Leo Marsh, a three-year-old Bolivian "
                                          "child who drowned. \"This day is very hard for me,\" said his father, "
                                          "Omar Marsh."))
    assert actors["Leo Marsh"].country_iso3 == "BOL"
    assert actors["Omar Marsh"].country_iso3 == "BOL"
    assert actors["Omar Marsh"].actor_type == "person"


def test_father_of_a_demonym_boy(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Rahim Toller, the father of a Peruvian boy, spoke to reporters."))
    assert actors["Rahim Toller"].country_iso3 == "PER"


def test_kin_of_someone_without_a_country_gets_none_from_them(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Leo Marsh won the race. \"I am proud,\" said his father, Omar Marsh."))
    assert actors["Omar Marsh"].country_basis != "nationality"
