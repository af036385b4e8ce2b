"""A tensed adverbial clause keeps its own subject ("after X stepped down" is X's act, not the main clause's
subject's); "attacked" said of a decision, plan or text is criticism; a permission told as the effect of
another act is no 086. Sentences written for this file (none from a gold set)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newscoder.extract.events.clauses import _controller
from test_event_targets import code


def test_subject_hung_on_the_subordinator_is_the_clauses_own(nlp):
    # the parse the model gives when a surname reads as a month or modal: "Berg" under "after", not under
    # "stepped"; the clause's doer is still Berg, not the main clause's Olsen
    words = ["Olsen", "became", "leader", "after", "Anna", "Berg", "stepped", "down", "."]
    heads = [1, 1, 1, 6, 5, 3, 1, 6, 1]
    deps = ["nsubj", "ROOT", "attr", "mark", "compound", "pobj", "advcl", "prt", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "SCONJ", "PROPN", "PROPN", "VERB", "ADP", "PUNCT"]
    tags = ["NNP", "VBD", "NN", "IN", "NNP", "NNP", "VBD", "RP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert _controller(doc[6]).text == "Berg"
    # a participle with no subject of its own still takes the main clause's: "after resigning"
    words = ["Olsen", "left", "after", "resigning", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "mark", "advcl", "punct"],
              pos=["PROPN", "VERB", "SCONJ", "VERB", "PUNCT"], tags=["NNP", "VBD", "IN", "VBG", "."])
    assert _controller(doc[3]).text == "Olsen"


@pytest.mark.parametrize("text, source", [
    # the parser hangs the subordinate clause's subject on "after": it is still that clause's doer
    ("Olsen became party leader after Anna Berg stepped down on July 4.", "Anna Berg"),
    ("Carl Olsen became chairman of the Farmers Union when Anna Berg resigned in May.", "Anna Berg"),
])
def test_a_subordinate_clause_has_its_own_doer(nlp, registry, text, source):
    rows = [r for r in code(nlp, registry, text) if r[1] == "RETREAT"]
    assert rows and rows[0][2] == source


def test_a_tensed_clause_without_its_subject_does_not_borrow_the_main_one(nlp, registry):
    # "the court" is no known actor: the ruling's doer is not the minister of the main clause
    rows = code(nlp, registry, "Minister Eva Lind resigned on Monday after the court ruled against the plan.")
    assert ("resigned", "RETREAT", "Eva Lind", None) in rows
    assert not [r for r in rows if r[0] == "ruled" and r[2] == "Eva Lind"]


@pytest.mark.parametrize("text, target", [
    ("Senator Maria Lopez attacked the governor's decision. Governor John Baker had closed the port.",
     "John Baker"),
    ("Senator Maria Lopez attacked Governor John Baker's plan to close the port.", "John Baker"),
])
def test_an_attack_on_a_decision_or_plan_is_criticism(nlp, registry, text, target):
    rows = code(nlp, registry, text)
    assert ("attacked", "DISAPPROVE", "Maria Lopez", target) in rows
    assert not [r for r in rows if r[1] == "ASSAULT"]


def test_a_permission_that_is_the_effect_of_another_act_is_not_coded(nlp, registry):
    rows = code(nlp, registry, "The European Court issued a ruling on Thursday, allowing a lower court to order "
                               "Nordair to pay.")
    assert not [r for r in rows if r[0] == "allowing"]
    # a permission told as the act itself is kept
    rows = code(nlp, registry, "Peru allowed United Nations inspectors to visit the prison on Monday.")
    assert ("allowed", "RETREAT", "Peru", "United Nations") in rows


@pytest.mark.parametrize("text", [
    "Senator Maria Lopez, responding to Governor John Baker's announcement on Monday, attacked the closure of "
    "the port as a disgrace.",
    "Reacting to the governor's announcement, Senator Maria Lopez condemned the closure. Governor John Baker "
    "had closed the port.",
])
def test_an_act_answering_a_partys_act_is_aimed_at_that_party(nlp, registry, text):
    rows = code(nlp, registry, text)
    assert [r for r in rows if r[1] == "DISAPPROVE" and r[2] == "Maria Lopez" and r[3] == "John Baker"]

