"""Round 89: a name holding a post only an organisation has ("the general manager of X", "X's chief
executive") is an organisation, though the model calls it a person."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_general_manager_of_a_business_makes_it_an_organisation(nlp):
    an = analyse_actors(nlp, "Tom Reed, the general manager of Garrison Webb, said the shop would reopen on "
                             "Monday. Garrison Webb was closed after a fire.")
    actors = actors_by_name(an)
    assert actors["Garrison Webb"].actor_type == "organization"
    assert actors["Tom Reed"].actor_type == "person"


def test_chief_executive_of_a_business_makes_it_an_organisation(nlp):
    an = analyse_actors(nlp, "Lena Ortiz, chief executive of Baxter Hale, said the firm would hire 200 workers.")
    actors = actors_by_name(an)
    assert actors["Baxter Hale"].actor_type == "organization"
    assert actors["Lena Ortiz"].actor_type == "person"


def test_personal_posts_and_kin_keep_a_person(nlp):
    an = analyse_actors(nlp, "Marta Lindqvist's spokesman said on Friday that the son of Oskar Brandvold "
                             "had met her lawyer.")
    actors = actors_by_name(an)
    assert actors["Marta Lindqvist"].actor_type == "person"
    assert actors["Oskar Brandvold"].actor_type == "person"
