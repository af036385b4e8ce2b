"""Things the model tags as actors: ships, awards, species, a common word in capitals, and a state named
only as where two people come from. Our own sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _names(nlp, text: str) -> set[str]:
    art = make_article(text, date="2026-02-02")
    return {a.name for a in extract_actors(nlp(art.text), art, load_registry()).actors}


def test_a_ship_prefix_makes_a_vessel_not_an_actor(nlp):
    names = _names(nlp, "The navy said USS Kelby sailed from the port on Monday. Captain Ana Ferreira "
                        "said HMS Gorse would follow.")
    assert "Ana Ferreira" in names
    assert not {"USS Kelby", "Kelby", "HMS Gorse", "Gorse"} & names


def test_a_ship_named_after_a_person_keeps_that_person(nlp):
    names = _names(nlp, "The charity renamed its ship after Tomas Ferreira, a boy who drowned in 2015. "
                        "Their ship, MV Tomas Ferreira, left Malta on Friday.")
    assert any("Tomas Ferreira" in n for n in names)  # the boy stays an actor


def test_an_award_is_a_thing(nlp):
    names = _names(nlp, "Maria Lopez, who received the Legion of Honour last year, won the Kelby Prize on "
                        "Monday, the Gorse Institute said.")
    assert {"Maria Lopez", "Gorse Institute"} <= names
    assert not {"Legion of Honour", "Kelby Prize"} & names


def test_a_binomial_species_name_is_no_person(nlp):
    names = _names(nlp, "A. millepora is not as hardy, while other corals lived through the heat, biologist "
                        "Maria Lopez said.")
    assert "Maria Lopez" in names
    assert not {"A. millepora", "millepora"} & names


def test_two_capitals_after_a_common_noun_are_a_word(nlp):
    names = _names(nlp, "The leaked data included user ID's and photos, Ana Ferreira of the Gorse Institute "
                        "said.")
    assert {"Ana Ferreira", "Gorse Institute"} <= names
    assert "ID" not in names


def test_a_state_both_runners_are_from_is_a_place(nlp):
    names = _names(nlp, "Second and third place went to Ana Ferreira and Rosa Kimani, both from Kenya, "
                        "with times of two hours. Norway sent a team.")
    assert {"Ana Ferreira", "Rosa Kimani", "Norway"} <= names
    assert "Kenya" not in names


def test_a_data_system_or_index_is_a_thing_but_an_agency_system_stays(nlp):
    names = _names(nlp, "The ship switched off its Automatic Tracking System on Monday, the Harbour Safety "
                        "Board said. The Kelby Housing Index fell for a third month. The Selective Service "
                        "System said it would contact every registrant.")
    assert {"Harbour Safety Board", "Selective Service System"} <= names
    assert not {"Automatic Tracking System", "Kelby Housing Index"} & names


def test_a_bulletin_is_a_publication_not_a_person(nlp):
    art = make_article("The Harbour Bulletin reported that the ferry sank near the port, and Ana Ferreira "
                       "of the coast guard confirmed it.", date="2026-02-02")
    actors = {a.name: a for a in extract_actors(nlp(art.text), art, load_registry()).actors}
    assert "Ana Ferreira" in actors
    if "Harbour Bulletin" in actors:
        assert actors["Harbour Bulletin"].actor_type == "organization"
