"""A definite act noun with no owner in its own phrase ("the move", "the withdrawal", "the shooting") refers
back to the act told in an earlier sentence; whoever did it is the event's target. Sentences written for this
file (none from a gold set)."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.events.told_acts import _act_verbs
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, registry, text: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger, source name, target name) of each event."""
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    events = extract_events(doc, article, actors, extract_timex(doc, article), extract_quotes(doc, article, actors))
    name = {a.key: a.name for a in actors.actors}
    return [(e.trigger, name.get(e.source_key), name.get(e.target_key)) for e in events]


@pytest.mark.parametrize("noun, verb", [
    ("withdrawal", "withdraw"), ("shooting", "shoot"), ("seizure", "seize"), ("deployment", "deploy"),
    ("ban", "ban"), ("decision", "decide"), ("expulsion", "expel"),
])
def test_act_noun_is_told_by_its_verb(noun, verb):
    assert verb in _act_verbs(noun)


@pytest.mark.parametrize("text, trigger, source, target", [
    # the verb of the act, found from the noun's regular ending
    ("Norway banned fishing in the fjord on Friday. Sweden criticised the ban.", "criticised", "Sweden", "Norway"),
    ("Peru decided on Monday to expel the ambassador. Chile condemned the decision.", "condemned", "Chile",
     "Peru"),
    # an inquiry sought into the act: whoever did it
    ("Police in Peru shot a protester on Sunday. Amnesty International called for an investigation into the "
     "shooting.", "called", "Amnesty International", "Peruvian police"),
    # a generic act noun: the act an actor was told to plan or do in the sentence before
    ("On Monday, the Peruvian president announced a plan to close the border with Bolivia. Chile criticised the "
     "move on Tuesday.", "criticised", "Chile", "Peruvian president"),
    ("Chile said it would build a dam. Peru welcomed the move.", "welcomed", "Peru", "Chile"),
    # "the operation" three sentences after a light verb began it
    ("On Sunday, Peru launched a military offensive in the north. Troops crossed the river. Villages were "
     "shelled. Refugees fled south. The European Union condemned the operation.", "condemned", "European Union",
     "Peru"),
])
def test_definite_act_noun_targets_the_doer_told_before(nlp, registry, text, trigger, source, target):
    assert (trigger, source, target) in code(nlp, registry, text)


def test_light_verb_counts_only_with_the_act_noun_as_its_object(nlp, registry):
    """ "issued a stay" does not tell "the subpoena": only "issued subpoenas" would."""
    rows = code(nlp, registry, "The court in Lima issued a stay on Monday. President Omar Silva of Peru attacked "
                               "the subpoena.")
    assert ("attacked", "Omar Silva", None) in rows


def test_generic_move_is_not_a_reaction_told_between(nlp, registry):
    """A verb of saying tells another's reaction, not the act "the move" names: no target rather than the
    speaker."""
    rows = code(nlp, registry, "Peru closed its border on Monday. UNESCO said the change was regrettable. "
                               "Bolivia criticised the move.")
    assert ("criticised", "Bolivia", None) in rows
    assert ("closed its border", "Peru", None) in rows or any(r[1] == "Peru" for r in rows)


def test_refusal_to_hand_over_what_was_asked_for_targets_who_asked(nlp, registry):
    rows = code(nlp, registry, "In May, the Senate of Chile issued subpoenas for the documents. Minister Ana Rojas "
                               "of Chile refused to hand over the documents.")
    # the chamber is named as the text writes it, "Senate of Chile" (round 100)
    assert ("refused", "Ana Rojas", "Senate of Chile") in rows


def test_refusal_of_things_nobody_asked_for_has_no_target(nlp, registry):
    rows = code(nlp, registry, "In May, the Senate of Chile read the documents. Minister Ana Rojas of Chile refused "
                               "to hand over the documents.")
    assert ("refused", "Ana Rojas", None) in rows
