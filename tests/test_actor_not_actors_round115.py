"""Round 115: rows that are not actors. A radio procedure word opening the dispatcher's sentences ("Roger,
can you ...") is no person; a nationality and a plural of craft that are only acted on ("an attack on Kelbian
cargo ships") are things; a town written only as a place and as the place of an office ("crashed in X,
Vermont", "X's town manager said") is no actor row. The real actors beside them stay."""

from __future__ import annotations

import dataclasses

from conftest import analyse_actors, make_article
from newscoder.extract.actors.place_only import drop_place_only_towns
from newscoder.records import ActorAnalysis
from newscoder.stages import process_article


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


def test_town_named_only_as_a_place_is_no_actor(nlp):
    # the model's label for a small town varies (person, organisation); the row is given the organisation
    # type a local government's row has, and the pass after the events is asked about it
    text = ("A freight train left the tracks in Bennington, Vermont on Saturday. According to Bennington's "
            "town manager, Elena Marsh, no one was hurt.")
    doc = nlp(text)
    rec = process_article(doc, make_article(text))
    town = next(a for a in rec.actors if a.name == "Bennington")
    as_body = dataclasses.replace(town, actor_type="organization")
    actors = ActorAnalysis(actors=[as_body if a is town else a for a in rec.actors], mentions=list(rec.mentions))
    kept = drop_place_only_towns(doc, actors, rec.quotes, rec.events)
    assert "Bennington" not in {a.name for a in kept.actors}
    assert "Elena Marsh" in {a.name for a in kept.actors}


def test_town_that_acts_stays(nlp):
    text = ("Bennington sued the rail company on Monday after a freight train left the tracks in the town, "
            "Bennington's town manager Elena Marsh said.")
    doc = nlp(text)
    rec = process_article(doc, make_article(text))
    town = next((a for a in rec.actors if a.name == "Bennington"), None)
    if town is None:
        return  # the model does not tag the town here: nothing to keep
    as_body = dataclasses.replace(town, actor_type="organization")
    actors = ActorAnalysis(actors=[as_body if a is town else a for a in rec.actors], mentions=list(rec.mentions))
    kept = drop_place_only_towns(doc, actors, rec.quotes, rec.events)
    assert "Bennington" in {a.name for a in kept.actors}
