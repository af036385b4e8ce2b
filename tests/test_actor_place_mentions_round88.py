"""An emphatic reflexive after a country used as a place is a place too; "the residents of X" names where
people live, not the state; French, German, Spanish and Italian honorifics before a surname are titles, as
"Mrs" is (round 88; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_an_emphatic_reflexive_after_a_place_is_no_mention_of_the_state(nlp):
    an = analyse_actors(nlp, "Peru's government protested on Monday. The rare frogs have vanished from Peru "
                             "itself, scientists said. Peru said it would act.")
    assert actors_by_name(an)["Peru"].actor_type == "state"
    texts = mention_texts(an, "Peru")
    assert "itself" not in texts
    assert texts.count("Peru") == 2 and "it" in texts  # the acting mentions stay


def test_a_state_named_only_as_a_place_with_an_emphatic_reflexive_has_no_row(nlp):
    an = analyse_actors(nlp, "The frogs have vanished from Peru itself, the biologist Ana Ruiz said on Monday.")
    actors = actors_by_name(an)
    assert "Peru" not in actors
    assert actors["Ana Ruiz"].actor_type == "person"


def test_an_emphatic_reflexive_after_an_acting_state_stays_its_mention(nlp):
    an = analyse_actors(nlp, "Peru itself refused the loan on Monday, its finance minister said.")
    assert "itself" in mention_texts(an, "Peru")


def test_the_residents_of_a_country_are_where_they_live(nlp):
    an = analyse_actors(nlp, "The residents of Peru voted on Sunday. Peru's government said its sovereignty "
                             "was not in question.")
    assert mention_texts(an, "Peru") == ["Peru"]  # "Peru's government" stays, "residents of Peru" goes
    assert actors_by_name(an)["residents of Peru"].actor_type == "group"


def test_a_french_honorific_with_a_surname_is_the_person_named_in_full(nlp):
    an = analyse_actors(nlp, "Claire Dubois, 41, met the two men at a bar in Lyon. The court heard that Mme Dubois "
                             "had been drinking.")
    actors = actors_by_name(an)
    assert "Mme Dubois" not in actors
    assert "Dubois" in mention_texts(an, "Claire Dubois")


def test_a_german_honorific_with_a_surname_is_the_person_named_in_full(nlp):
    an = analyse_actors(nlp, "Hans Weber runs a bakery in Bonn. Herr Weber said the prices would rise.")
    assert "Herr Weber" not in actors_by_name(an)
    assert mention_texts(an, "Hans Weber") == ["Hans Weber", "Weber"]
