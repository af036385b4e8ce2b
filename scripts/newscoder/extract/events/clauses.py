"""Clause structure the event coder reads from the dependency parse: subjects, passive agents and
patients, the controller of a subjectless clause, clause heads and prepositional objects.
"""

from __future__ import annotations

from spacy.tokens import Token

from newscoder.extract.dateline import in_dateline
from newscoder.extract.doctext import children_of
from newscoder.extract.events.modality import (
    is_reporting_verb,
)

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp", "conj", "ROOT"}


# tags of a tensed verb or of its auxiliary: such a verb heads a clause with a subject of its own
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _subject(verb: Token) -> Token | None:
    """The verb's subject; of two (the parser hangs a spliced clause's subject on the next verb: "194 Republicans
    opposing it; two Democrats opposed"), the one nearest before the verb."""
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj") and not in_dateline(c)]
    if len(subjects) > 1:
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    return subjects[0] if subjects else None


def _passive(verb: Token) -> tuple[Token | None, Token | None]:
    """(agent, patient) of a passive verb: "X was attacked by Y" -> (Y, X)."""
    patient = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    agent = None
    for c in children_of(verb):
        if c.dep_ == "agent":
            agent = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
    return agent, patient


# verbs whose small clause may hold a bare past participle: "the purge saw thousands killed", "had him arrested"
_SMALL_CLAUSE_VERBS = {"see", "watch", "witness", "leave", "have", "get", "find"}


def reduced_passive_patient(verb: Token) -> Token | None:
    """The one acted on by a past participle with no auxiliary of its own, which is passive in meaning
    though no "was" marks it: "X appeared in court, charged with murder" (X is charged), "the crackdown saw
    thousands of Y killed" (Y were killed). Its agent, if any, is only in a "by" phrase."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "dobj") for c in children_of(verb)):
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and _subject(verb) is None \
            and not any(c.dep_ == "mark" for c in children_of(verb)):
        cur = verb.head
        for _ in range(4):  # the subject of the clause it hangs on, through coordinated verbs
            if (subj := _subject(cur)) is not None:
                return subj
            if cur.dep_ != "conj" or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None
    if verb.dep_ in ("ccomp", "advcl", "xcomp") and verb.head.lemma_.lower() in _SMALL_CLAUSE_VERBS \
            and verb.i > verb.head.i:
        subj = _subject(verb)
        # (a bare subject right before the participle: "saw thousands killed", not "saw that X killed Y")
        if subj is not None and (verb.dep_ == "ccomp" or verb.tag_ == "VBN") \
                and not any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb)):
            return subj
    return None


def _controller(verb: Token) -> Token | None:
    """The subject of a subjectless clause, found by climbing to the clause that governs it."""
    cur = verb
    for _ in range(5):
        subj = _subject(cur)
        if subj is not None:
            return subj
        if cur.dep_ == "relcl":
            return cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return None  # "workers sent home": a reduced passive, its agent unknown
        if cur.dep_ == "acl" and cur.head.dep_ in ("dobj", "pobj", "attr") and cur.head.head.i != cur.head.i:
            # "signed an order threatening ...", "used the meeting to reject ...": the issuer acts
            cur = cur.head.head
            if cur.dep_ == "prep":
                cur = cur.head
            continue
        if cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = _conjunct_head(cur)  # a conjoined verb shares the subject of its partner
            continue
        if cur.dep_ == "advcl" and (marks := [c for c in children_of(cur) if c.dep_ == "mark"]):
            # a tensed clause opened by "after", "when", "because" has a subject of its own, never the main
            # clause's: the parser may hang it on the subordinator ("after X stepped down": X under "after");
            # with none found the doer is unknown
            hung = [g for mk in marks for g in children_of(mk) if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
            if hung:
                return hung[0]
            if _is_finite(cur):
                return None
        if cur.dep_ in ("xcomp", "advcl", "acomp") and cur.head.i != cur.i:
            via_xcomp = cur.dep_ == "xcomp"
            cur = cur.head
            # "X is due to meet Y", "X was asked to leave": the passive's subject does the act
            patient = _passive(cur)[1] if via_xcomp else None
            if patient is not None and not in_dateline(patient):
                return patient
            continue
        return None
    return None


def _is_finite(verb: Token) -> bool:
    """A tensed verb ("urged", "has urged", "will urge"), not an infinitive or participle."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                           for c in children_of(verb))


def _conjunct_head(verb: Token) -> Token:
    """The verb whose subject a subjectless conjoined verb shares (normally its parse head).

    Two attachments the parser gets wrong are put right: a reporting verb set off between the two
    verbs is the partner ("Police arrested X, the commission said, and demanded Y": the commission
    demands), and a tensed verb hung on an -ing or infinitive complement is coordinated with the
    tensed verb above it ("accused X of targeting Y and urged Z": the accuser urges).
    """
    head = verb.head
    reporters = [c for c in children_of(head) if c.dep_ == "parataxis"]
    if head.dep_ == "ccomp":
        reporters.append(head.head)
    for r in reporters:
        if head.i < r.i < verb.i and is_reporting_verb(r) and _subject(r) is not None:
            return r
    if _is_finite(verb) and not _is_finite(head):
        cur = head
        while cur.head.i != cur.i and not (cur.pos_ in ("VERB", "AUX") and _is_finite(cur)):
            cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and _is_finite(cur):
            return cur
    return head


def _pobjs(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in children_of(tok):
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            out.extend(g for g in children_of(c) if g.dep_ == "pobj")
        elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


def _clause_head(tok: Token) -> Token:
    cur = tok
    while not (cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS):
        head = cur.head  # speed: each step builds the head's Token once
        if head.i == cur.i:
            break
        cur = head
    return cur


def _is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def _is_complement(tok: Token) -> bool:
    """An infinitive complement or purpose clause: "threatened to impose", "swore to fight"."""
    return tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)))


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in children_of(tok))
