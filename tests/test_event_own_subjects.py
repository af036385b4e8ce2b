"""A tensed adverbial clause keeps its own subject ("after X stepped down" is X's act, not the main clause's
subject's); "attacked" said of a decision, plan or text is criticism. Sentences written for this file (none
from a gold set)."""

from __future__ import annotations

import pytest

from test_event_targets import code


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
