"""Modality of acts told by the narrator next to a quotation's cue, and of acts announced or alleged.

Every sentence is written for this file (none is taken from a gold set).
"""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, registry, text: str) -> list[dict]:
    article = make_article(text, date="2026-03-15")
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    return [{"trigger": e.trigger, "code": e.cameo_code, "modality": e.modality}
            for e in extract_events(doc, article, actors, extract_timex(doc, article), quotes)]


def one(events: list[dict], word: str) -> dict:
    found = [e for e in events if word in e["trigger"]]
    assert found, f"no event with trigger {word!r} in {events}"
    return found[0]


def test_a_tensed_act_coordinated_with_an_urged_infinitive_is_asserted(nlp, registry):
    # the parser hangs "met" on "reconsider", inside the indirect quotation "urged ... to reconsider": the
    # meeting is told by the narrator like the urging, not reported as someone's words
    events = code(nlp, registry, "Foreign Minister Karl Weber urged the council to reconsider and met with "
                                 "Prime Minister Anna Berg about the dispute.")
    assert one(events, "urged")["modality"] == "asserted"
    met = one(events, "met")
    assert (met["code"][:2], met["modality"]) == ("04", "asserted")


def test_an_act_inside_reported_speech_stays_claimed(nlp, registry):
    events = code(nlp, registry, "Foreign Minister Karl Weber said that Chad attacked the rebels.")
    assert one(events, "attacked")["modality"] == "claimed"


def test_an_announced_withdrawal_is_planned_and_an_announced_resignation_asserted(nlp, registry):
    withdrawal = one(code(nlp, registry, "On Sunday, Ruritania announced a complete withdrawal from the border "
                                         "region."), "withdrawal")
    assert (withdrawal["code"], withdrawal["modality"]) == ("087", "planned")
    # the withdrawal told as done stays asserted
    withdrew = one(code(nlp, registry, "On Sunday, Ruritania withdrew its troops from the border region."), "withdrew")
    assert (withdrew["code"], withdrew["modality"]) == ("087", "asserted")
    # a resignation is done by announcing it
    resignation = one(code(nlp, registry, "On Sunday, the Ruritanian president announced his resignation."),
                      "resignation")
    assert (resignation["code"], resignation["modality"]) == ("080", "asserted")


def test_an_attempt_alleged_without_that_is_claimed_and_told_as_fact_planned(nlp, registry):
    # no "that" after "allegations": the parser coordinates "tried" with "stemmed"; the attempt is still alleged
    alleged = one(code(nlp, registry, "The charge stemmed from allegations Mayor Tom Green tried to pressure the "
                                      "Velkan government to open an inquiry."), "pressure")
    assert (alleged["code"], alleged["modality"]) == ("100", "claimed")
    told = one(code(nlp, registry, "Mayor Tom Green tried to pressure the Velkan government to open an inquiry."),
               "pressure")
    assert (told["code"], told["modality"]) == ("100", "planned")
