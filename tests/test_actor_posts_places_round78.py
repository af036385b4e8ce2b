"""An academic or honorary post written with capitals is no organisation; a country after a comma that
locates a province, state or town is an address, not a mention of the state (round 78; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_a_named_chair_in_a_field_is_no_organisation(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Ann Ray holds the Kelby Chair In Global Islamic Politics."))
    assert not any("Chair" in name for name in actors)
    assert actors["Ann Ray"].actor_type == "person"


def test_a_post_held_at_a_university_keeps_the_university(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Tom Brandt, Chair of Energy Economics at Kelby University, said "
                                                "prices would rise."))
    assert not any("Chair" in name or "Economics" in name for name in actors)
    assert actors["Kelby University"].actor_type == "organization"
    assert actors["Tom Brandt"].actor_type == "person"


def test_the_field_of_a_professor_is_no_actor(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Bo Lindqvist, Professor of Medieval History, said the find was "
                                                "rare."))
    assert "Medieval History" not in actors
    assert actors["Bo Lindqvist"].actor_type == "person"


def test_a_fellow_of_a_society_keeps_the_society(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Ann Ray was named Fellow of the Royal Kelbian Society in 2018."))
    assert actors["Royal Kelbian Society"].actor_type == "organization"
    assert actors["Ann Ray"].actor_type == "person"


def test_a_body_named_after_its_members_stays(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The Society of Professors for Peace said on Monday that the "
                                                "Kelby Peace Institute would host the talks."))
    assert any("Professors for Peace" in name for name in actors)


def test_a_country_after_a_province_s_parliament_is_no_state_mention(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Yesterday, the Parliament of New South Wales (NSW), Australia "
                                                "voted to pass the bill."))
    assert "Australia" not in actors
    assert any("Parliament of New South Wales" in name for name in actors)


def test_a_country_after_an_oblast_is_an_address_but_the_acting_state_stays(nlp):
    an = analyse_actors(nlp, "A prize of the Governor of Omsk Oblast, Russia was given in May. Russia later "
                             "sent doctors to the region.")
    assert mention_texts(an, "Russia") == ["Russia"]
    assert actors_by_name(an)["Russia"].actor_type == "state"


def test_a_country_after_a_town_inside_a_longer_name_is_an_address(nlp):
    an = analyse_actors(nlp, "The storm struck Surigao del Sur, Philippines, on Monday. The Philippines asked "
                             "for help on Tuesday.")
    assert len(mention_texts(an, "Philippines")) == 1


def test_a_country_after_a_fronted_place_still_acts(nlp):
    actors = actors_by_name(analyse_actors(nlp, "In Bavaria, Germany has built many new roads."))
    assert actors["Germany"].actor_type == "state"
