"""Within-article antecedents for pronouns, descriptors ("the agency") and titles ("the US president").

The rule, as in salience-based resolvers: look back from the pronoun, sentence by sentence (at most
`WINDOW` sentences), and take the compatible actor that is the subject of the main clause; then any
compatible subject; then the most recent compatible mention. "The nearest noun" is not enough:
in "The ministry did not confirm ... that the island is a threat. It asserted ...", "It" is the ministry.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

WINDOW = 3
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """An earlier mention that a pronoun or descriptor may point back to."""

    actor_key: str
    actor_type: str
    char_start: int
    sentence_index: int
    is_subject: bool
    is_main_subject: bool


def subject_flags(root: Token) -> tuple[bool, bool]:
    """(is a subject, is the subject of the main clause) for the head token of a mention."""
    tok = root
    # climb out of a compound/possessive/apposition to the noun phrase head
    while tok.dep_ in ("compound", "flat", "appos", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in _SUBJECT_DEPS:
        return False, False
    verb = tok.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return True, main


@functools.cache
def pronoun_table() -> dict[str, tuple[str, str, str]]:
    with resources.files("newscoder.data").joinpath("pronouns.csv").open(encoding="utf-8") as f:
        return {r["pronoun"]: (r["number"], r["gender"], r["animacy"]) for r in csv.DictReader(f)}


def pronoun_types(word: str) -> frozenset[str] | None:
    """Actor types a third-person pronoun can stand for (None: not a pronoun we resolve)."""
    entry = pronoun_table().get(word.lower())
    if entry is None:
        return None
    number, _gender, animacy = entry
    if animacy == "person":
        return frozenset({"person"})
    if number == "plural":
        return frozenset({"group", "organization"})
    return frozenset({"organization", "state"})


def is_pleonastic(tok: Token) -> bool:
    """Non-referring "it": "it is clear that", "it seems", "it was raining"."""
    if tok.lower_ != "it":
        return False
    head = tok.head
    if head.lemma_ in ("seem", "appear", "rain", "snow", "matter", "take"):
        return True
    # "it is clear that", "it was important to": extraposition adjectives only ("it is willing to" refers)
    nxt = tok.doc[tok.i + 1 : tok.i + 4]
    return (len(nxt) == 3 and nxt[0].lemma_ == "be" and nxt[1].lower_ in pleonastic_adjectives()
            and nxt[2].lower_ in ("to", "that", "whether", "if"))


@functools.cache
def pleonastic_adjectives() -> frozenset[str]:
    with resources.files("newscoder.data").joinpath("pleonastic_adjectives.csv").open(encoding="utf-8") as f:
        return frozenset(r["adjective"].strip().lower() for r in csv.DictReader(f))


def pick_antecedent(
    candidates: list[Candidate],
    position: int,
    sentence_index: int,
    compatible: Callable[[Candidate], bool],
) -> str | None:
    """The actor key an anaphor at char `position` in sentence `sentence_index` most likely refers to."""
    before = [c for c in candidates if c.char_start < position and compatible(c)]
    for s in range(sentence_index, sentence_index - WINDOW - 1, -1):
        in_sent = [c for c in before if c.sentence_index == s]
        if not in_sent:
            continue
        for test in (lambda c: c.is_main_subject, lambda c: c.is_subject, lambda c: True):
            hits = [c for c in in_sent if test(c)]
            if hits:
                # main-clause subject: the first one of the sentence; otherwise the most recent
                return hits[0].actor_key if test(hits[0]) and hits[0].is_main_subject else hits[-1].actor_key
    return None
