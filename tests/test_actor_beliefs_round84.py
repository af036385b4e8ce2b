"""A religion is no actor; a church body is an organisation, not a person (our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_a_religion_is_no_actor_but_a_body_named_for_it_is(nlp):
    an = analyse_actors(nlp, "Maria Lenz converted to Islam in 2010. The Nation of Islam held a rally in "
                             "Chicago on Sunday. Christianity and Judaism were on the syllabus, Lenz said.")
    names = actors_by_name(an)
    assert not {"Islam", "Christianity", "Judaism"} & set(names)
    assert names["Nation of Islam"].actor_type == "organization"
    assert names["Maria Lenz"].actor_type == "person"


def test_a_church_is_an_organisation_and_a_singer_named_church_a_person(nlp):
    church = actors_by_name(analyse_actors(nlp, "The Roman Catholic Church said on Monday that it would "
                                                "meet in Rome."))
    assert church["Roman Catholic Church"].actor_type == "organization"
    singer = actors_by_name(analyse_actors(nlp, "Singer Charlotte Church said on Monday that she would "
                                                "tour Wales."))
    assert singer["Charlotte Church"].actor_type == "person"
