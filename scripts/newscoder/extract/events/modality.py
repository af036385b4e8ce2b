"""Modality of a coded event: asserted, claimed, planned, negated or hypothetical.

Read from the trigger's own dependents (negation, modal auxiliaries, "if"/"unless") and from the chain of
clauses that govern it ("planning to send", "said that ... was negotiating"). When several apply, the
strongest wins: negated > hypothetical > planned > claimed > asserted.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of
from newscoder.records import Quote

MODALITIES = ("asserted", "claimed", "planned", "negated", "hypothetical")
_RANK = {"negated": 4, "hypothetical": 3, "planned": 2, "claimed": 1, "asserted": 0}
# dependencies through which a clause is governed by another one
_GOVERNED = {"xcomp", "ccomp", "advcl", "acl", "relcl", "conj", "pcomp", "acomp", "dobj", "pobj", "prep"}


@functools.cache
def cues() -> dict[str, dict[str, str]]:
    """kind -> {cue word: modality} from data/event_modality_cues.csv."""
    out: dict[str, dict[str, str]] = {}
    for r in lexicons.rows("event_modality_cues"):
        out.setdefault(r["kind"], {})[r["cue"].strip().lower()] = r["modality"].strip()
    return out


_FORM_ENDINGS = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))


def cue_lemma(tok: Token, table: dict[str, str]) -> str:
    """The token's lemma as a key of a cue table, repaired when the tagger's lemma is not one ("hopes" is
    lemmatised "hop"): the word with a regular inflection cut that is a key, else the lemma."""
    lemma = tok.lemma_.lower()
    if lemma in table:
        return lemma
    word = tok.lower_
    for cut, add in _FORM_ENDINGS:
        if word.endswith(cut) and (guess := word[: len(word) - len(cut)] + add) in table:
            return guess
    return lemma


def is_reporting_verb(tok: Token) -> bool:
    return tok.lemma_.lower() in cues().get("report", {})


def claim_subject(be: Token) -> Token | None:
    """The noun of a claim ("accusation", "allegation") that is the subject of a copula whose complement
    clause gives the claim's content: "The accusation against X is that ..."."""
    if be.lemma_.lower() != "be":
        return None
    subj = next((c for c in children_of(be) if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ == "NOUN" and is_reporting_verb(subj) else None


def _claim_content(be: Token) -> bool:
    return claim_subject(be) is not None


def _own_cues(tok: Token) -> set[str]:
    """Modalities marked on the token itself: negation, modal auxiliaries, conditional marks."""
    found = set()
    aux, mark, adverb = cues().get("aux", {}), cues().get("mark", {}), cues().get("adverb", {})
    for c in children_of(tok):
        if c.dep_ == "advmod" and c.lower_ in adverb:
            found.add(adverb[c.lower_])  # "reportedly attacked": claimed, not asserted
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and tok.pos_ == "NOUN"):
            found.add("negated")
        elif c.dep_ in ("aux", "auxpass") and c.lower_ in aux:
            found.add(aux[c.lower_])
        elif c.dep_ == "mark" and c.lower_ in mark:
            found.add(mark[c.lower_])
    return found


def _is_purpose(tok: Token) -> bool:
    """An infinitive of purpose ("negotiating ... to strike a deal") describes an aim, not a fact."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def governors(tok: Token, limit: int = 6) -> Iterable[tuple[Token, Token]]:
    """(child, governing head) pairs walking up the clause chain from tok."""
    cur = tok
    for _ in range(limit):
        if cur.dep_ not in _GOVERNED or cur.head.i == cur.i:
            return
        yield cur, cur.head
        cur = cur.head


_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# sentence adverbs that open a new main clause: a clause carrying one is not the content of a later verb
_CONTRASTIVE = {"however", "nevertheless", "nonetheless", "meanwhile"}


def _finite(verb: Token) -> bool:
    return verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                                            for c in children_of(verb))


def _is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def _finite_governor(tok: Token) -> Token | None:
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and _finite(cur):
            return cur
    return None


def _independent(clause: Token, head: Token) -> bool:
    """A clause before its supposed governor that carries "however" (", however, a report concluded ..."):
    the parser made one sentence's clause the content of the next one's verb."""
    return clause.i < head.i and any(c.dep_ == "advmod" and c.lower_ in _CONTRASTIVE for c in children_of(clause))


def is_commissive(tok: Token) -> bool:
    """A verb of commitment ("vow", "pledge") whose complement is the act committed to."""
    return tok.lemma_.lower() in cues().get("commissive", {})


def _reported(tok: Token) -> bool:
    """The clause is reported speech: "X said (that) it ..." (through coordinated clauses too)."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "ccomp" and is_reporting_verb(cur.head)


def _performative(tok: Token) -> bool:
    """A first-person present-tense speech act in the speaker's own words ("We warn Saudi Arabia", "I call on
    them"): the quote performs the act, so its wording asserts it (it reports no other act)."""
    return tok.tag_ == "VBP" and tok.dep_ in ("ROOT", "ccomp") and not _own_cues(tok) and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in children_of(tok))


def strongest(found: set[str]) -> str:
    """The strongest of a set of modalities ("asserted" for none)."""
    return max(found, key=_RANK.__getitem__) if found else "asserted"


def is_refusal(found: set[str]) -> bool:
    """Negated intent, not conditional ("will not send", "stated it would not sign", "does not plan to"):
    a statement that the act will not be done, i.e. a refusal."""
    return {"negated", "planned"} <= found and "hypothetical" not in found


# verbs of an attempt: in the past tense the attempt was made
_ATTEMPTS = {"try", "attempt", "seek"}


def _claim_before(verb: Token) -> bool:
    """A tensed clause right after a noun of claim with no "that" ("the charge stemmed from allegations X tried
    to ..."), which the parser coordinates with the verb before or hangs on it as an adverbial clause: the
    clause is the claim's content."""
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _finite(verb) or any(c.dep_ in ("cc", "mark") for c in children_of(verb)):
        return False
    start = subj.left_edge.i
    if start == 0 or start >= verb.i:
        return False
    noun = verb.doc[start - 1]
    return noun.pos_ == "NOUN" and is_reporting_verb(noun) and noun.i > verb.head.i


def _narrated_with_cue(trigger: Token, q: Quote) -> bool:
    """The trigger is the narrator's clause that carries an indirect or mixed quotation's cue, not the words
    reported: the cue hangs on it ("X, responding to Y's announcement, attacked it as 'garbage'"), or the
    parser coordinated the tensed trigger with the infinitive the cue governs ("X urged Y to reconsider and
    spoke with Z": "spoke" is told like "urged")."""
    if q.quote_type == "direct" or q.cue_char_start is None:
        return False
    verb = trigger
    if verb.dep_ == "conj" and _finite(verb) and not _finite(verb.head):
        verb = _finite_governor(verb.head) or verb
    if verb.idx == q.cue_char_start:
        return True
    cue = next((t for t in trigger.sent if t.idx == q.cue_char_start), None)
    # (only a participle clause of the narrator's verb, "responding to ...": "According to X, police were
    # investigating" and a parenthetical "Y, X said, attacked Z" still report the words of X)
    return cue is not None and cue.i < verb.i and cue.tag_ == "VBG" and cue.dep_ == "advcl" \
        and cue.head.i == verb.i


def modality_cues(trigger: Token, quotes: Iterable[Quote] = (), purpose: bool = True) -> set[str]:
    """Every modality marked on the trigger or the clauses governing it (see `modality`)."""
    found = _own_cues(trigger)
    if "hypothetical" in found and _reported(trigger) and any(
        c.dep_ == "aux" and c.lower_ in cues().get("reported_future", {}) for c in children_of(trigger)
    ) and not any(c.dep_ == "mark" and c.lower_ in cues().get("mark", {}) for c in children_of(trigger)):
        # "X said it would meet Y": the future seen from the past, a stated plan, not a conjecture
        found.discard("hypothetical")
        found.add("planned")
    gov_cues = cues().get("governor", {})
    skip_to: Token | None = None
    spliced: Token | None = None
    attempted = False  # "planned" came from a past attempt ("tried to pressure")
    for child, head in governors(trigger):
        if skip_to is not None:
            if child.i != skip_to.i:
                continue  # the infinitive a tensed conjunct was hung on says nothing of its modality
            skip_to = None
        if child.dep_ == "conj" and _finite(child) and not _finite(head):
            # "said he has arranged for X to be ready and has requested Y": a tensed verb the parser hangs on
            # an infinitive is coordinated with the tensed verb above it, not part of the infinitive's aim
            skip_to = _finite_governor(head)
            continue
        if child.dep_ == "xcomp" and head.lemma_.lower() == "be" and _is_infinitive(child):
            found.add("planned")  # "is to step down today": a scheduled act
            continue
        if child.dep_ == "ccomp" and _independent(child, head):
            spliced = head
            break  # "X denied the claims, however, a report concluded ...": two sentences spliced by a comma
        if child.dep_ in ("conj", "advcl") and _claim_before(child):
            # "stemmed from allegations X tried to ...", misparsed as a coordination or an adverbial clause
            found.add("claimed")
            break
        if child.dep_ in ("xcomp", "acomp") or _is_purpose(child):
            if (cued := cue_lemma(head, gov_cues)) in gov_cues or head.lower_ in gov_cues:
                found.add(gov_cues.get(cued, gov_cues.get(head.lower_, "planned")))
                attempted = attempted or cued in _ATTEMPTS and head.tag_ == "VBD"
            elif _is_purpose(child) and purpose:
                found.add("planned")
            # control verbs pass their own negation and modals down ("did not agree to ...")
            found |= _own_cues(head) & {"negated", "hypothetical", "planned"}
        elif child.dep_ == "ccomp" and (is_reporting_verb(head) or head.lemma_.lower() in cues().get("belief", {})) \
                or child.dep_ == "acl" and head.pos_ == "NOUN" \
                and is_reporting_verb(head) and any(c.dep_ == "mark" for c in children_of(child)):
            # (a noun of reporting too: "allegations that X pressured Y" is what is alleged; and a belief:
            # "agencies believe the prince ordered it")
            found.add("claimed")
            break  # what the reporting clause itself says about modality is not ours
        elif child.dep_ in ("ccomp", "attr") and _claim_content(head):
            found.add("claimed")  # "the accusation against X is that he pressured Y": what is alleged
            break
        elif child.dep_ == "advcl" and "hypothetical" in _own_cues(child):
            found.add("hypothetical")
    if attempted and "claimed" in found:
        # "allegations that X tried to pressure Y": an attempt alleged to have been made is a claim, not a plan
        found.discard("planned")
    start = trigger.idx
    # (an indirect quotation read off the same misparse is not what its cue verb reports either)
    # (speed: the span test first; the narrator test walks the sentence, and was made for every quote)
    if any(q.char_start <= start < q.char_end
           and (spliced is None or q.quote_type != "indirect" or q.cue_char_start != spliced.idx)
           and not _narrated_with_cue(trigger, q) for q in quotes):
        found.add("claimed")
    if _performative(trigger) and any(q.quote_type == "direct" and q.char_start <= start < q.char_end
                                      for q in quotes):
        found.discard("claimed")  # "We warn X ...," the spokesman said: the quote is the warning itself
    return found
