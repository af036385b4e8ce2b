"""Relayed speech: who carried a speaker's words to the reporter.

"The governor said — as reported by the Gazette — ..." quotes the governor; the Gazette only passed the
words on. The adverbial "as"-clause of a passive reporting verb ("as reported by X", "as quoted in X",
"as cited by X") is no cue of its own: the speaker stays the subject of the cue it hangs on, and X, the
agent of the passive or the medium it appeared in, becomes the row's second-hand source (`via`). An active
"as"-clause ("as Lee said last week, ...") is a speaker citing someone, not a relay, and is left alone.
Second-hand reports ('The Post reported that officials said ...') likewise keep the inner speaker and
make the outer one the `via` source (`second_hand`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder.extract.attribution import cue_entry
from newscoder.extract.deps import SUBJECT_DEPS
from newscoder.extract.doctext import children_of, doc_tokens
from newscoder.extract.speaker_phrase import Speaker, noun_phrase
from newscoder.extract.speakers import misread_object_subject

if TYPE_CHECKING:
    from newscoder.extract.quote_context import QuoteContext, Row

# prepositions that name where relayed words appeared: "as reported in the Gazette", "as told to the BBC"
MEDIUM_PREPS = {"by", "in", "on", "to"}


def relay_clause(tok: Token) -> bool:
    """`tok` heads 'as reported by X': an adverbial clause marked "as", a past participle with no subject
    of its own (a reduced passive)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or cue_entry(tok) is None:
        return False  # 'as designed', 'as expected': no report
    kids = list(children_of(tok))
    return (any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids))


def relay_source(tok: Token) -> Speaker | None:
    """The medium of a relay clause: the agent of the passive, else the object of 'in/on/to'."""
    for c in children_of(tok):
        if c.dep_ in ("agent", "prep") and c.lower_ in MEDIUM_PREPS:
            objs = [o for o in children_of(c) if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")]
            if objs:
                return noun_phrase(objs[0])
    return None


_KEY = "newscoder_relay_clauses"


def _relay_clauses(doc: Doc) -> list[int]:
    """Indices of the Doc's relay clauses, in order, found once per Doc (speed: `relay_of` is asked once per
    quote row and tested every word of the cue's sentence each time). Kept in the Doc's `user_data`, so it
    lives and dies with the Doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        # (the dependency label first: `relay_clause` is false for all but "advcl" words)
        found = doc.user_data[_KEY] = [t.i for t in doc_tokens(doc)
                                       if t.dep_ == "advcl" and t.lower_ != "as" and relay_clause(t)]
    return found


def relay_of(cue: Token) -> Token | None:
    """The relay clause that hangs on this cue or on its content ('X said — as reported by Y — "..."'):
    in the cue's sentence, under the cue in the parse or right next to it."""
    clauses = _relay_clauses(cue.doc)
    if not clauses:
        return None
    sent = cue.sent
    tokens = doc_tokens(cue.doc)  # speed: the Doc's shared Tokens, not new ones
    for i in clauses[bisect.bisect_left(clauses, sent.start) : bisect.bisect_left(clauses, sent.end)]:
        if i == cue.i:
            continue
        t = tokens[i]
        if abs(t.i - cue.i) <= 3 or any(a.i == cue.i for a in t.ancestors):
            return t
    return None


def relay_tokens(cue: Token) -> set[int]:
    """Indices of the relay clause's words under this cue, which are no part of what was said."""
    rel = relay_of(cue)
    if rel is None:
        return set()
    idx = {t.i for t in rel.subtree}
    # the dashes or commas that set the clause off go with it
    lo, hi = min(idx), max(idx)
    doc = cue.doc
    if lo > 0 and doc[lo - 1].is_punct and not doc[lo - 1].is_quote:
        idx.add(lo - 1)
    if hi + 1 < len(doc) and doc[hi + 1].is_punct and not doc[hi + 1].is_quote:
        idx.add(hi + 1)
    return idx


# what may stand between a reporting frame and the speaker it reports: punctuation, "that"
_LEAD = re.compile(r"\W*(?:that\b\W*)?", re.IGNORECASE)


def second_hand(ctx: QuoteContext, rows: list[Row]) -> list[Row]:
    """'The Post reported that officials said ...', 'According to the Post, officials said ...': when the
    content of one attribution is nothing but another (its speaker, its cue and what was said), the inner
    one is the quote; its speaker stays, and the outer speaker becomes its second-hand source (`via`).
    The outer row, which repeats the inner one, is dropped. The inner attribution must be a report of
    speech that happened: a speech verb with its own named or described subject ("officials said"), not a
    pronoun (the outer speaker's own "it said it would ask": one voice), not under a modal ("would ask")."""
    outer_rows = [o for o in rows if o.quote_type != "direct" and o.attr.cue is not None
                  and o.attr.speaker is not None and not o.attr.carried]
    if not outer_rows:
        return rows
    drop: set[int] = set()
    for o in outer_rows:
        for r in rows:
            sp, cue = r.attr.speaker, r.attr.cue
            if r is o or sp is None or cue is None or r.attr.carried or r.attr.via is not None or id(r) in drop:
                continue
            # the outer cue opens the frame ('according to X, Y said', 'X reported that Y said') or closes it
            # ('Y said ..., according to X')
            opens = o.attr.cue.idx < o.start
            closes = o.attr.cue.idx >= o.end and o.attr.cue.lower_ == "according"
            if not ((opens or closes) and o.start <= sp.start and o.start <= cue.idx < o.end and r.end <= o.end + 1):
                continue
            if sp.kind == "pronoun" or not _reported_speech(cue, sp):
                continue
            if _LEAD.fullmatch(ctx.text[o.start : sp.start]) is None:
                continue  # "Lee said the mayor lied when he said ...": more than the inner attribution
            r.attr.via = o.attr.speaker
            drop.add(id(o))
            break
    return [r for r in rows if id(r) not in drop]


def inner_quote_cue(ctx: QuoteContext, comp: list[Token], cue_ids: set[int]) -> Token | None:
    """'CNN reported the dispatcher said "..."', 'According to CNN, the dispatcher told the crew "...":
    the content of an outer report opens with another speaker's own cue of a quoted passage. That cue is
    the quote's; the outer speaker only relayed it (`via`). Not for a pronoun ('the firm said it ...':
    one voice), nor when more than the inner attribution comes first."""
    for t in comp:
        if t.i not in cue_ids or ctx.in_quote(t.idx):
            continue
        subj = [c for c in children_of(t) if c.dep_ in SUBJECT_DEPS] or [
            o for o in (misread_object_subject(t),) if o is not None]
        if not subj or subj[0].pos_ == "PRON" or not _speech_verb(t):
            return None
        if _LEAD.fullmatch(ctx.text[comp[0].idx : subj[0].left_edge.idx]) is None:
            return None
        return t
    return None


def _speech_verb(cue: Token) -> bool:
    """A speech verb reporting an utterance, with no modal: 'said', 'told', 'says' (not 'would ask')."""
    entry = cue_entry(cue)
    if entry is None or entry.kind != "speech" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(cue)):
        return False
    return cue.tag_ == "VBD" or (cue.lemma_.lower() in ("say", "tell") and cue.tag_ in ("VBZ", "VBP", "VBN"))


def _reported_speech(cue: Token, sp: Speaker) -> bool:
    """A speech verb with its own subject inside the speaker's span and no modal: 'officials said'."""
    entry = cue_entry(cue)
    if entry is None or entry.kind != "speech" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(cue)):
        return False
    # an utterance reported as past ("officials said", "the board announced") or a present "says"; not a
    # standing position ("has long called for") or what a thing implies ("the phrase suggests")
    if cue.tag_ != "VBD" and not (cue.lemma_.lower() in ("say", "tell") and cue.tag_ in ("VBZ", "VBP", "VBN")):
        return False
    if any(c.dep_ in SUBJECT_DEPS and sp.start <= c.idx < sp.end for c in children_of(cue)):
        return True
    obj = misread_object_subject(cue)  # 'reported a source said': the parser's object is the subject
    return obj is not None and sp.start <= obj.idx < sp.end
