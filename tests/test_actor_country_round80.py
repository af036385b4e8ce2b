"""Round 80 (our own sentences): a group named by two or more coordinated countries ("authorities in Kelbia
and Ruritania", "police of France and Germany") is no one state's: no country, whether the phrase's first
country, the story's setting or the event coder's phrase reading would give one; one country still counts."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors


def test_group_in_two_countries_has_no_country(nlp):
    an = analyse_actors(nlp, "Fires spread on Monday. Authorities in Spain and Portugal said the fires were "
                             "under control. Officials from Norway said aid was ready.")
    assert actor_country(an, "authorities in Spain and Portugal") == (None, None)
    assert actor_country(an, "officials from Norway") == ("NOR", "nationality")


def test_police_of_two_countries_is_no_national_body(nlp):
    an = analyse_actors(nlp, "Police of France and Germany arrested six men on Monday in a joint raid.")
    actors = actors_by_name(an)
    assert "French police" not in actors and "German police" not in actors
    assert actor_country(an, "police of France and Germany") == (None, None)
    assert actors["police of France and Germany"].actor_type == "group"


def test_three_countries_keep_the_whole_list_in_the_name(nlp):
    an = analyse_actors(nlp, "Troops from Chad, Niger and Mali attacked the camp on Monday.")
    assert actor_country(an, "troops from Chad, Niger and Mali") == (None, None)


def test_story_setting_gives_no_country_to_a_two_country_group(nlp):
    an = analyse_actors(nlp, "Wildfires burned near Madrid, Spain on Monday. Thousands fled Madrid. Spanish "
                             "firefighters fought the blaze in Spain. Authorities in Spain and Portugal said "
                             "the fires were spreading.")
    assert actor_country(an, "authorities in Spain and Portugal") == (None, None)
    assert actor_country(an, "Spain") == ("ESP", "name")


def test_event_coder_gives_no_country_to_a_two_country_group(nlp):
    from conftest import make_article
    from newscoder.resolve.registry import load_registry
    from newscoder.stages import process_article

    text = "On Friday, officials in Canada and Mexico revealed that forty smugglers had been detained."
    records = process_article(nlp(text), make_article(text), load_registry())
    group = next(a for a in records.actors if a.name.startswith("officials in"))
    assert (group.country_iso3, group.actor_type) == (None, "group")


def test_a_country_named_with_and_is_one_country(nlp):
    an = analyse_actors(nlp, "Residents of Trinidad and Tobago voted on Monday in a referendum.")
    assert actor_country(an, "residents of Trinidad and Tobago") == ("TTO", "nationality")
