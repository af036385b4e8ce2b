"""Round 115: rows that are not actors. A radio procedure word opening the dispatcher's sentences ("Roger,
can you ...") is no person; a nationality and a plural of craft that are only acted on ("an attack on Kelbian
cargo ships") are things; a town written only as a place and as the place of an office ("crashed in X,
Vermont", "X's town manager said") is no actor row. The real actors beside them stay."""

from __future__ import annotations

from conftest import analyse_actors


def _names(an) -> set[str]:
    return {a.name for a in an.actors}


def test_radio_word_is_no_person(nlp):
    text = ('A dive boat caught fire near Corvina Island on Monday. Coast guard captain Mara Lindqvist said '
            'the crew had called for help. A dispatcher was recorded saying: "Roger, is everyone off the boat? '
            '[...] Roger, can you reach the life rafts? [...] Over."')
    names = _names(analyse_actors(nlp, text))
    assert "Roger" not in names
    assert "Mara Lindqvist" in names


def test_given_name_that_acts_stays(nlp):
    text = "Roger Halvorsen, a fisherman from Tromvik, said the storm came without warning. Roger said he ran."
    assert "Roger Halvorsen" in _names(analyse_actors(nlp, text))


def test_craft_only_acted_on_are_no_group(nlp):
    text = ("The submarine USS Tarpon sank in 1943 after an attack on Japanese cargo ships, the navy historian "
            "Dana Whitcombe said.")
    an = analyse_actors(nlp, text)
    assert not any(a.name.endswith("ships") for a in an.actors)
    assert "Dana Whitcombe" in _names(an)


def test_craft_that_act_stay_a_side(nlp):
    text = "Russian warplanes bombed the town of Kafr Nabl on Sunday, rescue workers said."
    an = analyse_actors(nlp, text)
    assert any(a.name.endswith("warplanes") and a.country_iso3 == "RUS" for a in an.actors)
