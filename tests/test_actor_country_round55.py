"""Actor countries, round 55 (our own sentences): a two-word national capital in a body's name, a plural
nationality before a list of names."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors
from newscoder.extract.actors.body_names import capital_in_name


def test_a_two_word_capital_names_the_country_of_a_body():
    assert capital_in_name("Kuala Lumpur Stock Exchange") == "MYS"
    assert capital_in_name("Addis Ababa Water Authority") == "ETH"
    # a one-word capital is often a town or a person elsewhere; a name two countries' towns share gives none
    assert capital_in_name("Lima Rotary Club") is None
    assert capital_in_name("San Jose Sharks") is None
    # places of two countries: no one country
    assert capital_in_name("Kuala Lumpur Addis Ababa Airline") is None


def test_a_capital_gives_a_body_its_country_in_a_story_set_elsewhere(nlp):
    an = analyse_actors(nlp, "A cargo ship sank off the coast of Somalia on Tuesday. Somali officials said six "
                             "sailors were missing. Kuala Lumpur Shipping Lines, which owned the vessel, said it "
                             "had lost contact with the crew near Mogadishu. The Somali coast guard searched "
                             "the area overnight.")
    actors = actors_by_name(an)
    assert actor_country(an, "Kuala Lumpur Shipping Lines")[0] == "MYS"
    # the story's own actors keep the story's country
    assert any(a.country_iso3 == "SOM" for a in actors.values() if a.actor_type != "state")


def test_a_plural_nationality_before_a_list_gives_each_name(nlp):
    an = analyse_actors(nlp, "The race in Lisbon was won by Amos Keter in 2:06:10. He was followed by Ugandans "
                             "Peter Okello, 2:06:14, and Samuel Opio, 2:06:20.")
    assert actor_country(an, "Peter Okello")[0] == "UGA"
    assert actor_country(an, "Samuel Opio") == ("UGA", "nationality")


def test_a_singular_nationality_before_a_list_is_the_first_name_only(nlp):
    an = analyse_actors(nlp, "The award went to Norwegian Ola Berg and Teodor Lund, who met in Vienna in 2004. "
                             "Both spoke at the ceremony on Friday.")
    assert actor_country(an, "Ola Berg")[0] == "NOR"
    assert actor_country(an, "Teodor Lund")[1] != "nationality"


def test_an_aide_named_in_a_relative_clause_takes_the_leaders_country(nlp):
    an = analyse_actors(nlp, "US President Donald Trump withdrew the troops on Sunday. Dana Whitcombe, who was "
                             "Trump's special envoy to the coalition until May, said the decision was a mistake.")
    assert actor_country(an, "Dana Whitcombe") == ("USA", "base")
    assert actor_country(an, "Donald Trump")[0] == "USA"


def test_a_relative_clause_of_another_kind_gives_no_country(nlp):
    an = analyse_actors(nlp, "US President Donald Trump withdrew the troops on Sunday. Dana Whitcombe, who was "
                             "Trump's rival in a 1998 golf match, said the decision was a mistake.")
    assert actor_country(an, "Dana Whitcombe")[1] != "base"


def test_an_envoy_role_takes_the_leaders_country(nlp):
    an = analyse_actors(nlp, "Polish President Andrzej Duda met the delegation on Monday. Marek Wolny, an envoy "
                             "to President Duda, said talks would resume in March.")
    assert actor_country(an, "Marek Wolny")[0] == "POL"
