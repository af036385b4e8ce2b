"""Actor countries, round 85 (our own sentences): a body that owns a part of one state's national service
("the Western Fleet Command's Navy Information Agency" in a story about the Chilean Navy) is of that
state."""

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
