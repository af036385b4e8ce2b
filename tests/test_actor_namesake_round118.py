"""Round 118: a demonym opening a university's or college's name gives its country when another state is
merely named in the article; a seat stated in or after the name, or a story set in another country,
still makes it a namesake there."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors


def test_demonym_university_keeps_its_country_beside_another_state(nlp):
    an = analyse_actors(nlp, "Prof. Ines Marlow of Canadian University wrote that Peru could act alone.")
    assert actor_country(an, "Canadian University") == ("CAN", "name")
    assert actor_country(an, "Ines Marlow")[0] == "CAN"
    assert actor_country(an, "Peru") == ("PER", "name")


def test_demonym_college_keeps_its_country_beside_another_state(nlp):
    an = analyse_actors(nlp, "A spokesman for Norwegian College said Chile had rejected the offer.")
    assert actor_country(an, "Norwegian College") == ("NOR", "name")
    assert actor_country(an, "Chile")[0] == "CHL"


def test_field_after_of_is_no_seat(nlp):
    an = analyse_actors(nlp, "Dr. Tom Hale of the Irish College of Dentists wrote that Peru could act alone.")
    assert actor_country(an, "Irish College of Dentists") == ("IRL", "name")
    assert actor_country(an, "Peru")[0] == "PER"


def test_seat_after_the_name_wins_over_the_demonym(nlp):
    an = analyse_actors(nlp, "Ines Marlow, a lecturer at the Swedish College in Nairobi, said Peru's exports "
                             "would fall.")
    assert actor_country(an, "Swedish College")[0] == "KEN"
    assert "Peru" in actors_by_name(an)


def test_seat_in_the_name_wins_over_the_demonym(nlp):
    an = analyse_actors(nlp, "Kofi Mensah of the Canadian University of Accra said Peru could act alone.")
    assert actor_country(an, "Canadian University of Accra")[0] == "GHA"
    assert actor_country(an, "Peru")[0] == "PER"


def test_story_set_in_another_country_keeps_the_namesake_local(nlp):
    an = analyse_actors(nlp, "Kofi Mensah, a lecturer at the Canadian University, said Ghana's cocoa prices "
                             "would fall. Accra traders protested, and Ghanaian officials met in Kumasi.")
    assert actor_country(an, "Canadian University")[0] == "GHA"
    assert actor_country(an, "Ghana")[0] == "GHA"
