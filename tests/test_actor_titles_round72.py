"""A person's title written before the name is no organisation; a newspaper named by a given name and
apposed to a newspaper word is an organisation (round 72; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_a_title_before_a_name_keeps_its_body_and_makes_no_row(nlp):
    an = analyse_actors(nlp, "The Kelbian Coast Guard said on Monday that Coast Guard Commandant Admiral Rufo "
                             "Balang had ordered a search.")
    actors = actors_by_name(an)
    assert not any("Commandant" in name for name in actors)
    assert actors["Rufo Balang"].actor_type == "person"
    assert actors["Kelbian Coast Guard"].actor_type == "organization"
    assert "Coast Guard" in mention_texts(an, "Kelbian Coast Guard")


def test_a_title_with_no_body_word_makes_no_row(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The order was signed by Marine Corps Commandant General Tomas "
                                                "Velder on Monday."))
    assert not any("Commandant" in name for name in actors)
    assert actors["Tomas Velder"].actor_type == "person"


def test_the_holder_of_a_title_the_model_took_whole_is_found(nlp):
    actors = actors_by_name(analyse_actors(nlp, '"The birds see colour differently," said study co-author and '
                                                "Royal Botanic Society University Research Fellow Martin Vasko."))
    assert not any("Fellow" in name for name in actors)
    assert actors["Martin Vasko"].actor_type == "person"


def test_a_body_that_is_not_followed_by_a_name_stays(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The Kelby Harbour Authority approved the plan on Monday."))
    assert actors["Kelby Harbour Authority"].actor_type == "organization"


def test_a_given_name_apposed_to_a_newspaper_word_is_the_newspaper(nlp):
    actors = actors_by_name(analyse_actors(nlp, "In an interview with Aurora, a Kelbian newspaper, the minister "
                                                "said talks would continue."))
    assert actors["Aurora"].actor_type == "organization"


def test_a_given_name_apposed_to_a_person_word_stays_a_person(nlp):
    actors = actors_by_name(analyse_actors(nlp, "In an interview, Aurora, a nurse from Kelby, said the ward "
                                                "was full."))
    assert actors["Aurora"].actor_type == "person"
