"""Actor countries, round 77 (our own sentences): a person named right after a body's possessive ("Acme
News' reporter X", "the Acme Foundation's director, X") is that body's member: the body's country when it
has one (basis `base`), else no country from the story's setting; a person's lab or team "at" a body takes
the body's country; a body's seat stated in an apposition hung on the last word of its name."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors

_STORY = "Flooding hit Lyon, France on Monday. Thousands fled Lyon and nearby towns in France. {} French " \
         "officials said aid would come to Lyon."


def test_possessive_of_a_countryless_body_gives_no_story_country(nlp):
    an = analyse_actors(nlp, _STORY.format("The Halvern Foundation's director, Jan Poevik, visited Lyon."))
    assert actor_country(an, "Jan Poevik") == (None, None)
    assert actor_country(an, "French officials") == ("FRA", "nationality")


def test_possessive_of_an_international_body_gives_no_story_country(nlp):
    an = analyse_actors(nlp, _STORY.format("The OIC's envoy Ali Noorvan visited Lyon."))
    assert actor_country(an, "Ali Noorvan") == (None, None)


def test_bare_apostrophe_of_a_body_with_a_country_gives_its_country(nlp):
    an = analyse_actors(nlp, _STORY.format("The British broadcaster Kelvex News sent a crew. Kelvex News' "
                                           "reporter Dana Velkor filmed the streets of Lyon."))
    assert actor_country(an, "Kelvex News") == ("GBR", "nationality")
    assert actor_country(an, "Dana Velkor") == ("GBR", "base")


def test_a_titled_official_of_the_story_keeps_its_country(nlp):
    an = analyse_actors(nlp, _STORY.format("Mayor Jan Poevik visited Lyon."))
    assert actor_country(an, "Jan Poevik") == ("FRA", "office")


def test_team_at_a_university_gives_its_country(nlp):
    an = analyse_actors(nlp, "The study was published on Monday. Dr. Marta Velkor's team at Oxford University "
                             "tested the samples. The findings surprised the team.")
    assert actor_country(an, "Oxford University") == ("GBR", "name")
    assert actor_country(an, "Marta Velkor") == ("GBR", "base")


def test_office_in_a_city_gives_nothing(nlp):
    an = analyse_actors(nlp, "The study was published on Monday. Marta Velkor's office in Paris tested the "
                             "samples. The findings surprised the team.")
    assert actor_country(an, "Marta Velkor") == (None, None)


def test_seat_in_apposition_after_a_name_with_a_for_phrase(nlp):
    an = analyse_actors(nlp, "The study was published on Monday. The survey was led by the Verdana Institute "
                             "for Forest Studies, an institute based in Belem, Brazil. Its staff counted trees.")
    assert actor_country(an, "Verdana Institute for Forest Studies") == ("BRA", "base")


def test_possessive_before_a_thing_named_for_a_person_gives_nothing(nlp):
    an = analyse_actors(nlp, "The British broadcaster Kelvex News said on Monday that Kelvex News' Dana Velkor "
                             "prize would be given in Lyon, France.")
    actors = actors_by_name(an)
    assert actor_country(an, "Kelvex News") == ("GBR", "nationality")
    assert "Dana Velkor" not in actors or actors["Dana Velkor"].country_iso3 != "GBR"
