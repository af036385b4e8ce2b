"""States named only as pieces of places, local divisions typed as people, a surname spelt another way
(round 63; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_coast_of_a_country_is_a_place(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Marine biologist Lena Varga of the Kelby Institute studied "
                                                "corals on reefs off the coast of Tonga last year."))
    assert "Tonga" not in actors
    assert actors["Lena Varga"].actor_type == "person"


def test_parts_of_a_country_and_its_capital_are_places(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Visitors came from various parts of Chile to the fair. Andrea "
                                                "Solis, who lives in Chile's capital, sold pottery there."))
    assert "Chile" not in actors
    assert "Andrea Solis" in actors


def test_a_visit_to_a_country_is_a_place(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Prime Minister Tomas Berg spoke after a visit to Norway "
                                                "on Friday."))
    assert "Norway" not in actors
    assert actors["Tomas Berg"].actor_type == "person"


def test_a_state_that_acts_keeps_its_row_but_not_its_coast(nlp):
    an = analyse_actors(nlp, "Chile protested the fishing ban on Monday. Boats were seen off the coast of Chile.")
    assert "Chile" in actors_by_name(an)
    assert mention_texts(an, "Chile") == ["Chile"]


def test_an_island_of_a_country_is_a_place(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Relatives of the sailor, Marco Denti, attended a service on "
                                                "the Greek island of Corfu."))
    assert "Greece" not in actors
    assert "Marco Denti" in actors


def test_a_parish_before_officials_is_its_government_not_a_person(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Baton Rouge and Tangipahoa Parish officials have said they are "
                                                "ready for the storm. Residents of other areas, such as "
                                                "Tangipahoa Parish, were told to leave. Sheriff Dale Broussard "
                                                "urged residents to stay home."))
    assert actors["Tangipahoa Parish"].actor_type == "organization"
    assert actors["Dale Broussard"].actor_type == "person"


def test_a_surname_spelt_another_way_is_the_person(nlp):
    an = analyse_actors(nlp, "Rebel military spokesman Karim Sabri said the drones hit two depots. \"We will "
                             "strike again\", Sabry said.")
    actors = actors_by_name(an)
    assert "Sabry" not in actors
    assert actors["Karim Sabri"].actor_type == "person"
    assert "Sabry" in mention_texts(an, "Karim Sabri")


def test_a_second_traveller_from_a_country_is_a_place(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Among the injured were two Peruvians, one from Austria, and a "
                                                "fourth from Belgium, said driver Oscar Prado."))
    assert "Belgium" not in actors
    assert "Oscar Prado" in actors


def test_a_capital_as_a_place_is_no_mention_of_its_state(nlp):
    an = analyse_actors(nlp, "France recalled its ambassador on Monday. The attacker lived in Bobigny, a suburb "
                             "of Paris, said prosecutor Remy Caillat.")
    assert "France" in actors_by_name(an)
    assert "Paris" not in mention_texts(an, "France")
    assert "Remy Caillat" in actors_by_name(an)
