"""Round 105 (our own sentences): a performer or guest of a convention in one country, and the
publication's own photographer, take no country from the story's places; a local official and a local
actor of the same story keep it."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors

_STORY = ("The Harbourfront Fan Convention opened in Vancouver, British Columbia on Friday. "
          "Vancouver police chief Mara Delorme said the crowds in Vancouver were calm. "
          "Actress Oriana Vell signed autographs for hours in Vancouver. "
          "Local actor Tobin Marsh sold posters of his films. "
          "Mayor Kent Aldous of Vancouver opened the Vancouver show. "
          "Harbour News' Petra Sild photographed the event in Vancouver, Canada.")


def test_visiting_performer_takes_no_country_from_the_place(nlp):
    actors = actors_by_name(analyse_actors(nlp, _STORY))
    assert actors["Oriana Vell"].actor_type == "person"
    assert actors["Oriana Vell"].country_iso3 is None


def test_locals_of_the_same_story_keep_the_country(nlp):
    actors = actors_by_name(analyse_actors(nlp, _STORY))
    assert actors["Kent Aldous"].country_iso3 == "CAN"
    assert actors["Tobin Marsh"].country_iso3 == "CAN"


def test_the_publications_photographer_takes_no_country(nlp):
    actors = actors_by_name(analyse_actors(nlp, _STORY))
    assert actors["Petra Sild"].country_iso3 is None
