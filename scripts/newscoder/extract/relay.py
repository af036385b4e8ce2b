"""Relayed speech: who carried a speaker's words to the reporter.

"The governor said — as reported by the Gazette — ..." quotes the governor; the Gazette only passed the
words on. The adverbial "as"-clause of a passive reporting verb ("as reported by X", "as quoted in X",
"as cited by X") is no cue of its own: the speaker stays the subject of the cue it hangs on, and X, the
agent of the passive or the medium it appeared in, becomes the row's second-hand source (`via`). An active
"as"-clause ("as Lee said last week, ...") is a speaker citing someone, not a relay, and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from newscoder.extract.attribution import cue_entry
from newscoder.extract.speakers import Speaker, noun_phrase

# prepositions that name where relayed words appeared: "as reported in the Gazette", "as told to the BBC"
MEDIUM_PREPS = {"by", "in", "on", "to"}


def relay_clause(tok: Token) -> bool:
    """`tok` heads 'as reported by X': an adverbial clause marked "as", a past participle with no subject
    of its own (a reduced passive)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or cue_entry(tok) is None:
        return False  # 'as designed', 'as expected': no report
    kids = list(tok.children)
    return (any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids))


def relay_source(tok: Token) -> Speaker | None:
    """The medium of a relay clause: the agent of the passive, else the object of 'in/on/to'."""
    for c in tok.children:
        if c.dep_ in ("agent", "prep") and c.lower_ in MEDIUM_PREPS:
            objs = [o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")]
            if objs:
                return noun_phrase(objs[0])
    return None


def relay_of(cue: Token) -> Token | None:
    """The relay clause that hangs on this cue or on its content ('X said — as reported by Y — "..."'):
    in the cue's sentence, under the cue in the parse or right next to it."""
    sent = cue.sent
    for t in sent:
        if t.i == cue.i or t.lower_ == "as" or not relay_clause(t):
            continue
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
