"""A state's name that is a place past its modifiers, the place a natural event befalls, a population or a
national team is no mention of the state (round 81; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def name_mentions(an, name: str) -> list[str]:
    """The sentences of the name mentions of the actor named `name` (pronouns left out)."""
    actor = next(a for a in an.actors if a.name == name)
    return [m.evidence for m in an.mentions if m.actor_key == actor.key and m.mention_kind == "name"]


def test_a_place_after_in_and_a_compass_adjective_is_no_mention(nlp):
    an = analyse_actors(nlp, "Floods are frequent in northern Chile. Chile asked its neighbours for help on "
                             "Monday.")
    assert name_mentions(an, "Chile") == ["Chile asked its neighbours for help on Monday."]
    assert actors_by_name(an)["Chile"].actor_type == "state"


def test_a_state_named_only_in_the_eastern_part_of_it_is_no_actor(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The Kelby Mining Company opened a mine in the eastern "
                                                "Ukraine last year."))
    assert "Ukraine" not in actors
    assert actors["Kelby Mining Company"].actor_type == "organization"


def test_a_country_that_is_the_subject_of_a_relative_clause_still_acts(nlp):
    actors = actors_by_name(analyse_actors(nlp, "In mainland Chile, which claims the islands, the mayor of "
                                                "Arica kept silent."))
    assert actors["Chile"].actor_type == "state"


def test_a_country_an_earthquake_struck_is_a_place(nlp):
    actors = actors_by_name(analyse_actors(nlp, "An earthquake struck southern Peru on Monday, the Kelby "
                                                "Seismic Institute said."))
    assert "Peru" not in actors
    assert "Kelby Seismic Institute" in actors


def test_a_country_that_suffered_a_storm_is_a_place_but_acting_keeps_it(nlp):
    an = analyse_actors(nlp, "Last year Peru suffered a severe drought. Peru asked the United Nations for "
                             "food aid.")
    assert name_mentions(an, "Peru") == ["Peru asked the United Nations for food aid."]


def test_a_national_team_in_a_cricket_final_is_no_state(nlp):
    an = analyse_actors(nlp, "Ann Ray promised a party if Norway beat Sweden in the cricket final. Sweden "
                             "recalled its ambassador on Monday.")
    assert "Norway" not in actors_by_name(an)
    assert name_mentions(an, "Sweden") == ["Sweden recalled its ambassador on Monday."]
    assert actors_by_name(an)["Ann Ray"].actor_type == "person"


def test_a_military_defeat_is_the_state(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Peru defeated the rebels in the north, its army said."))
    assert actors["Peru"].actor_type == "state"


def test_a_country_before_a_population_noun_is_no_mention(nlp):
    an = analyse_actors(nlp, "Kenya fans cheered all night. Kenya signed the trade treaty on Monday.")
    assert name_mentions(an, "Kenya") == ["Kenya signed the trade treaty on Monday."]


def test_a_country_before_its_officials_stays_a_mention(nlp):
    an = analyse_actors(nlp, "Kenya officials said the treaty was signed. Kenya later recalled its envoy.")
    assert len(name_mentions(an, "Kenya")) == 2


def test_a_landfall_on_a_country_is_a_place(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Typhoon Kelmo made landfall on the northern Philippines on "
                                                "Friday, the Kelby Weather Bureau said."))
    assert "Philippines" not in actors


def test_the_country_of_a_visited_province_stays_a_mention(nlp):
    an = analyse_actors(nlp, "While visiting a farm in northern Chile, Ann Ray met growers. Chile later "
                             "thanked her.")
    assert len(name_mentions(an, "Chile")) == 2


def test_a_country_struck_by_an_earthquake_of_a_magnitude_is_a_place(nlp):
    an = analyse_actors(nlp, "A strong earthquake with magnitude 5.9 that struck western Peru killed two "
                             "people. Peru sent soldiers to the area.")
    assert name_mentions(an, "Peru") == ["Peru sent soldiers to the area."]
