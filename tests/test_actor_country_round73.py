"""Actor countries, round 73 (our own sentences): members named by a registered party's adjective and a
plural title or people word ("Labour MPs") take the party's country; a body whose name opens with the whole
name of a body of the article with a country of its own is part of it; a person named after a post "of" a
body ("the general manager of Y, X") works for that body."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors


def test_party_adjective_before_plural_title_gives_the_party_country(nlp):
    an = analyse_actors(nlp, "The budget bill passed the House in Washington on Tuesday. Republican "
                             "Representatives walked out of the chamber in protest, while Democratic lawmakers "
                             "cheered. The vote in Washington was close, officials in Texas said.")
    assert actor_country(an, "Republican Representatives") == ("USA", "base")
    assert actor_country(an, "Democratic lawmakers") == ("USA", "base")


def test_party_adjective_in_a_story_about_another_country_gives_nothing(nlp):
    # parties of one name exist in several states: the party's country must be the one the story names most
    an = analyse_actors(nlp, "In Lima, Peru, Republican lawmakers of Peru's Congress met on Monday. Peru's "
                             "president spoke in Lima. Peruvian police guarded the building in Lima.")
    actors = actors_by_name(an)
    assert "Republican lawmakers" not in actors or actors["Republican lawmakers"].country_iso3 != "USA"


def test_body_named_after_an_article_company_is_part_of_it(nlp):
    an = analyse_actors(nlp, "The American retailer Brightmoor said on Monday that Brightmoor Cloud Services "
                             "would open a data centre in Ohio.")
    assert actor_country(an, "Brightmoor") == ("USA", "nationality")
    assert actor_country(an, "Brightmoor Cloud Services") == ("USA", "base")


def test_regional_edition_of_an_article_body_is_no_part(nlp):
    an = analyse_actors(nlp, "The British broadcaster Kelvex News said on Monday that Kelvex News Arabia would "
                             "open a studio.")
    assert actor_country(an, "Kelvex News") == ("GBR", "nationality")
    assert actor_country(an, "Kelvex News Arabia")[0] != "GBR"


def test_person_after_a_post_of_a_body_takes_its_country(nlp):
    an = analyse_actors(nlp, "The Norwegian broadcaster Kelvar Media said its studio was damaged. No group "
                             "claimed the attack, but the general manager of Kelvar Media, Dr Ann Poevik, "
                             "blamed the rebels.")
    assert actor_country(an, "Kelvar Media") == ("NOR", "nationality")
    assert actor_country(an, "Ann Poevik") == ("NOR", "base")
