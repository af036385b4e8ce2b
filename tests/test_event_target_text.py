"""Event targets that are no actor: a common noun of people ("two suspects", "the company") is the party an
act is aimed at; its words go to `target_text`, and no actor row is made for it. Sentences written for this
file (none from a gold set)."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, registry, text: str):
    """(trigger, source name, target name, target text) of each event, and the actor names."""
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    events = extract_events(doc, article, actors, extract_timex(doc, article), quotes)
    name = {a.key: a.name for a in actors.actors}
    rows = [(e.trigger, name.get(e.source_key), name.get(e.target_key), e.target_text) for e in events]
    return rows, set(name.values())


@pytest.mark.parametrize("text, trigger, source, words", [
    # the object of the act, counted or definite
    ("Police in Oslo arrested two suspects on Tuesday.", "arrested", "Norwegian police", "two suspects"),
    ("Norwegian police arrested the suspect after a chase through the harbour.", "arrested", "Norwegian police",
     "the suspect"),
    # a yielding act frees people: they are its target
    ("Hungary released three hostages on Friday.", "released", "Hungary", "three hostages"),
    # a quantity noun counts the people ("dozens of")
    ("Soldiers attacked dozens of protesters in the capital of Peru.", "attacked", "soldiers",
     "dozens of protesters"),
    # a body named by a common noun
    ("Bolivia accused the company of polluting the river.", "accused", "Bolivia", "the company"),
    # a people noun after "at"/"on": whom the act hit, not the state of the place they are in
    ("Police fired tear gas at the crowd in Santiago.", "fired", "Chilean police", "the crowd"),
    ("Soldiers opened fire on the crowd in Peru on Sunday.", "opened fire", "soldiers", "the crowd"),
    ("Police arrested the suspect in Lima on Tuesday.", "arrested", "Peruvian police", "the suspect"),
    # an adverb on the count is not the party's words
    ("Police in Mexico said they had reportedly detained several people.", "detained", "Mexican police",
     "several people"),
])
def test_unnamed_party_is_the_target_text(nlp, registry, text, trigger, source, words):
    rows, names = code(nlp, registry, text)
    assert (trigger, source, None, words) in rows
    assert words not in names  # no actor row for a common noun


def test_named_target_leaves_the_text_empty(nlp, registry):
    rows, _ = code(nlp, registry, "The Danish government criticised the protesters for blocking the bridge.")
    assert ("criticised", "Denmark", "protesters", None) in rows


def test_source_own_forces_are_no_target(nlp, registry):
    """ "deployed its troops": a one-sided act, and the troops are the source's own."""
    rows, _ = code(nlp, registry, "Peru deployed its troops to the mountains on Sunday.")
    assert rows and all(r[3] is None for r in rows)
    assert any(r[1] == "Peru" for r in rows)


def test_condemned_operation_targets_who_began_the_offensive(nlp, registry):
    """ "The operation was condemned": a definite act noun as a passive subject refers back to the act told
    before ("began a military offensive"), whose doer is the target."""
    rows, _ = code(nlp, registry, "On Sunday, Peru began a military offensive in the north. "
                                  "The operation was condemned by Chile.")
    assert ("condemned", "Chile", "Peru", None) in rows
    assert ("began a military offensive", "Peru", None, None) in rows


def test_operation_does_not_refer_back_to_talks(nlp, registry):
    rows, _ = code(nlp, registry, "Peru began talks with Chile on Monday. The operation was condemned by Bolivia.")
    assert ("condemned", "Bolivia", None, None) in rows
    assert ("began talks", "Peru", "Chile", None) in rows


def test_by_phrase_on_the_verb_names_the_doer_of_the_criticised_act(nlp, registry):
    """The parser hangs "by X" on the active verb; with its own subject, the verb's "by" is the act's doer."""
    rows, _ = code(nlp, registry, "Norway criticised the annexation of the island by Sweden.")
    assert rows == [("criticised", "Norway", "Sweden", None)]


def test_object_pronoun_takes_the_people_noun_acted_on_before_it(nlp, registry):
    rows, _ = code(nlp, registry, "Police in Chile have opened an inquiry into the driver and detained him for "
                                  "questioning.")
    assert ("detained", "Chilean police", None, "the driver") in rows


def test_object_pronoun_never_stands_for_the_subject(nlp, registry):
    """ "The lawyer said police arrested him": him is the lawyer's client, not the lawyer."""
    rows, _ = code(nlp, registry, "The lawyer said police in Lima arrested him on Monday.")
    assert ("arrested", "Peruvian police", None, None) in rows


def test_vehicles_and_buildings_are_no_party(nlp, registry):
    """ "seized a tanker": a thing; a party of people in the same kind of sentence is kept."""
    rows, _ = code(nlp, registry, "The navy of Peru seized a tanker off the coast on Monday. "
                                  "The navy of Peru detained three fishermen off the coast on Tuesday.")
    assert all(r[3] != "a tanker" for r in rows)
    assert ("detained", "Peruvian navy", None, "three fishermen") in rows


def test_by_phrase_on_the_as_phrase_names_the_doer(nlp, registry):
    """ "X as Y by Z": the parser hangs "by Z" on the noun of the verb's "as" phrase."""
    rows, _ = code(nlp, registry, "Norway criticised the recognition of the island as Swedish territory by Finland.")
    assert rows == [("criticised", "Norway", "Finland", None)]


@pytest.mark.parametrize("text, trigger, words", [
    # a participle used as a noun of people ("the accused") is the party acted on
    ("Judge Anna Berg ordered the accused remain in custody until April.", "ordered", "the accused"),
    ("Judge Anna Berg released the accused on bail on Tuesday.", "released", "the accused"),
    # an order's content clause: its subject is whom the order is about
    ("Judge Anna Berg ordered that the two suspects be held in custody until April.", "ordered", "the two suspects"),
])
def test_order_about_unnamed_people(nlp, registry, text, trigger, words):
    rows, _ = code(nlp, registry, text)
    assert [(r[1], r[3]) for r in rows if r[0] == trigger] == [("Anna Berg", words)]
