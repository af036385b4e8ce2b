"""Actor countries, round 85 (our own sentences): a body that owns a part of one state's national service
("the Western Fleet Command's Navy Information Agency" in a story about the Chilean Navy) is of that
state; a person set in apposition with "the <noun>" after the article introduced "a <Demonym> <noun>" once
("a Chilean tourist ... The tourist, X,") is of that nationality."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors

_NAVY = "The Chilean Navy sent four ships to search for the missing trawler on Monday. 'We will find it,' {} " \
        "told reporters in Valparaiso."


def test_owner_of_a_service_part_takes_the_service_country(nlp):
    an = analyse_actors(nlp, _NAVY.format("the Western Fleet Command's Navy Information Agency head Ana Roe"))
    assert actor_country(an, "Western Fleet Command") == ("CHL", "base")
    assert actor_country(an, "Navy Information Agency") == ("CHL", "base")
    assert actor_country(an, "Chilean Navy") == ("CHL", "name")


def test_owner_of_a_part_not_placed_by_a_service_takes_nothing(nlp):
    an = analyse_actors(nlp, _NAVY.format("Dana Velkor of the Kelvex Group's Ocean Data Office"))
    assert "Kelvex Group" in actors_by_name(an)
    assert actor_country(an, "Kelvex Group")[0] is None
    assert actor_country(an, "Chilean Navy") == ("CHL", "name")


_TOURIST = "A Chilean tourist was attacked in Varna on Friday, police said. {} Police officer Tom Bel said they " \
           "were searching for two men."


def test_person_named_by_the_introduced_descriptor_takes_its_nationality(nlp):
    an = analyse_actors(nlp, _TOURIST.format("The tourist, Mara Venn, 39, told reporters she had been robbed."))
    assert actor_country(an, "Mara Venn") == ("CHL", "nationality")
    assert actor_country(an, "Tom Bel")[0] != "CHL"


def test_descriptor_after_the_name_also_counts(nlp):
    an = analyse_actors(nlp, _TOURIST.format("Mara Venn, the tourist, said she had been robbed."))
    assert actor_country(an, "Mara Venn") == ("CHL", "nationality")


def test_two_introductions_of_the_noun_give_nothing(nlp):
    text = "A Chilean tourist and a second tourist were attacked in Varna on Friday. The tourist, Mara Venn, " \
           "39, said she had been robbed."
    an = analyse_actors(nlp, text)
    assert "Mara Venn" in actors_by_name(an)
    assert actor_country(an, "Mara Venn")[0] != "CHL"


def test_introduction_without_nationality_gives_nothing(nlp):
    text = "A tourist was attacked in Varna on Friday. The tourist, Mara Venn, 39, said she had been robbed."
    an = analyse_actors(nlp, text)
    assert "Mara Venn" in actors_by_name(an)
    assert actor_country(an, "Mara Venn")[0] != "CHL"
