"""Round 115: rows that are not actors. A radio procedure word opening the dispatcher's sentences ("Roger,
can you ...") is no person; a nationality and a plural of craft that are only acted on ("an attack on Kelbian
cargo ships") are things; a town written only as a place and as the place of an office ("crashed in X,
Vermont", "X's town manager said") is no actor row, while a town that acts ("X sued the airline", "X approved
the budget") keeps it. The real actors beside them stay."""

from __future__ import annotations

from conftest import analyse_actors, make_article
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


def _records(nlp, registry, text: str):
    # the whole per-article stage: the town rule runs after the events and quotes are coded
    article = make_article(text)
    return process_article(nlp(article.text), article, registry)


def test_town_named_only_as_a_place_and_an_office_has_no_row(nlp, registry):
    # the model tags this town an organisation at both mentions; "town manager" is the town's post
    rec = _records(nlp, registry, "A small plane crashed in Rouses Point, New York, on Tuesday. Rouses Point's "
                                  "town manager, Elsa Morgenthal, said two people were hurt.")
    names = {a.name for a in rec.actors}
    assert not any("Rouses" in n for n in names)
    assert {a.name: a.actor_type for a in rec.actors}["Elsa Morgenthal"] == "person"


def test_town_named_as_the_place_of_a_mayor_has_no_row(nlp, registry):
    rec = _records(nlp, registry, "A freight train left the tracks near White River Junction, Vermont, on Sunday. "
                                  "The mayor of White River Junction, Tomas Brandvold, said no one was hurt.")
    names = {a.name: a.actor_type for a in rec.actors}
    assert not any("Junction" in n for n in names)
    assert names["Tomas Brandvold"] == "person"


def test_town_that_sues_keeps_its_row(nlp, registry):
    rec = _records(nlp, registry, "A small plane crashed in Rouses Point, New York, on Tuesday. Rouses Point sued "
                                  "the airline a day later, town manager Elsa Morgenthal said.")
    by_name = {a.name: a for a in rec.actors}
    assert by_name["Rouses Point"].actor_type == "organization"
    assert any(e.source_key == by_name["Rouses Point"].key for e in rec.events)
    assert "Elsa Morgenthal" in by_name


def test_town_that_approves_a_budget_keeps_its_row(nlp, registry):
    # no event is coded for "approved the budget": the row stays because the town acts (a subject)
    rec = _records(nlp, registry, "A small plane crashed in White River Junction, Vermont, on Tuesday. White River "
                                  "Junction approved the budget a day later, town manager Elsa Morgenthal said.")
    by_name = {a.name: a.actor_type for a in rec.actors}
    assert by_name.get("White River Junction") == "organization"
    assert by_name["Elsa Morgenthal"] == "person"
