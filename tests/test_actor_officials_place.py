"""A public servant named by a bare office takes the country where the story happens (our own sentences)."""

from __future__ import annotations

from conftest import actor_country as _country
from conftest import analyse_actors as _analyse

# a story set in Peru that also names foreign actors, so no one country holds three quarters of them
_LIMA = ("A landslide buried three houses in Lima on Sunday. The American Red Cross and the German charity "
         "Hilfswerk Nord sent staff, and Canadian geologist Anne Tremblay visited the site. {official} "
         "Swiss engineer Lukas Brunner said the slope had moved for weeks.")


def test_a_minister_named_by_a_bare_portfolio_takes_the_story_country(nlp):
    an = _analyse(nlp, _LIMA.format(official="The slope was unstable, stated Interior Minister Rosa Quispe."))
    assert _country(an, "Rosa Quispe") == ("PER", "office")
    assert _country(an, "Lukas Brunner")[0] == "CHE"  # a person with a country of their own keeps it


def test_a_prosecutor_and_officers_take_the_story_country(nlp):
    an = _analyse(nlp, _LIMA.format(official="Former prosecutor Jorge Mamani asked officers Luis Condori "
                                             "and Ana Huaman to close the road."))
    assert _country(an, "Jorge Mamani") == ("PER", "office")
    assert _country(an, "Luis Condori") == ("PER", "office")


def test_a_person_named_without_an_office_takes_nothing_from_this_rule(nlp):
    an = _analyse(nlp, _LIMA.format(official="Shopkeeper Rosa Quispe lost her stall."))
    assert _country(an, "Anne Tremblay")[0] == "CAN"
    assert _country(an, "Rosa Quispe")[1] != "office"


def test_the_place_the_lead_says_the_story_happens_in_decides_when_the_lead_names_two_countries(nlp):
    text = ("A landslide filmed by the Chilean broadcaster Canal Sur buried three houses in Lima on Sunday. "
            "Canadian geologist Anne Tremblay visited the site with officers Luis Condori and Ana Huaman.")
    an = _analyse(nlp, text)
    assert _country(an, "Luis Condori") == ("PER", "office")
    assert _country(an, "Anne Tremblay")[0] == "CAN"
