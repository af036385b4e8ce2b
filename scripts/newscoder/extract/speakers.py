"""Who said it: every rule that finds a quote's speaker, and the link from the speaker to an actor.

Order of evidence, strongest first:
1. syntax: the subject of the cue verb (climbing conjoined and subordinate verbs when the cue has none),
   the noun phrase after an inverted cue ('said the minister'), the source of "according to";
2. layout: a name closing the paragraph after a dash or a pull quote ('- Jane Doe');
3. carry-over: a direct quote with no cue takes the speaker of the rest of its passage, of the previous
   quote in its paragraph, or, for a paragraph that is nothing but a quote, of the previous paragraph's.
A speaker is linked to the actor whose mention covers it (`speaker_actor`); pronoun mentions are linked
to their antecedents by the actor analysis (`extract/mentions.py`, `extract/coref.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newscoder.extract.doctext import doc_text
from newscoder.extract.quote_context import Attr

if TYPE_CHECKING:
    from newscoder.extract.quote_context import QuoteContext, Row
    from newscoder.extract.quote_marks import QuoteSegment
    from newscoder.records import ActorAnalysis

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# links we climb from a cue without a subject to the clause that has one
CLIMB_DEPS = {"conj", "xcomp", "advcl", "acl", "relcl", "dobj", "pobj", "prep", "pcomp"}
RELATIVE = {"who", "which", "that"}
# words kept with a speaker's head: "the agency", "US President Donald Trump", "Mike Hammer"
NP_LEFT_DEPS = {"compound", "det", "amod", "nmod", "nummod", "flat"}
# '"...," - Matthew Ingram' / '-- Name' / '— Name, title': a dash attribution closing the paragraph
DASH_ATTRIBUTION = re.compile(r"\s*(?:--?|\u2013|\u2014)\s*(?=[A-Z])")
MAX_TITLE_WORDS = 10  # "Charles Bolden, NASA Administrator": words allowed after a pull quote's name


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    kind: str  # name | noun | pronoun


def speaker_of(cue: Token) -> Speaker | None:
    """The subject of a cue verb, climbing up through conjoined/subordinate verbs."""
    tok: Token | None = cue
    for _ in range(6):
        if tok is None:
            break
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            head = subj[0]
            if head.lower_ in RELATIVE and tok.dep_ == "relcl":
                head = tok.head  # "Trump, who said ..." -> Trump
            return noun_phrase(head)
        if tok.dep_ not in CLIMB_DEPS or tok.head is tok:
            break
        tok = tok.head
    return inverted_speaker(cue)


def inverted_speaker(cue: Token) -> Speaker | None:
    """The noun phrase right after an inverted cue: '..." said Hammer', '..." insists Burton'."""
    for t in cue.doc[cue.i + 1 : cue.i + 4]:
        if t.pos_ in ("PROPN", "PRON", "NOUN"):
            return noun_phrase(t)
        if t.pos_ not in ("DET", "ADJ", "ADV"):
            break
    return None


def noun_phrase(head: Token) -> Speaker:
    """The speaker's own span: the head with its name parts and determiners (not its possessors)."""
    if head.ent_type_ != "PERSON":  # "US chief of mission in Cuba Mike Hammer": the person named in it
        people = [t for t in head.subtree if t.ent_type_ == "PERSON" and t.head.ent_type_ != "PERSON"]
        people = [t for t in people if t.dep_ in ("appos", "compound", "npadvmod", "nmod") or t.head is head]
        if people:
            head = people[-1]
        elif head.pos_ == "NOUN":
            # "the state news agency RIA Novosti": an organisation named in apposition to a descriptor
            named = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"]
            if named:
                head = named[0]
    toks = [head]
    frontier = [head]
    while frontier:  # left modifiers, recursively ("US President Donald Trump")
        t = frontier.pop()
        for c in t.lefts:
            if c.dep_ in NP_LEFT_DEPS:
                toks.append(c)
                frontier.append(c)
    for c in head.rights:
        # "Ministry of Foreign Affairs", "Bureau of Western Hemisphere Affairs"
        if c.dep_ == "prep" and c.lower_ == "of" and head.pos_ == "PROPN":
            pobj = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if pobj:
                toks.extend(c.subtree)
        # "Burton and Nick"
        if c.dep_ == "conj" and c.pos_ == "PROPN" and head.pos_ == "PROPN":
            toks.extend(t for t in c.subtree if t.dep_ in NP_LEFT_DEPS or t is c)
            toks.extend(t for t in head.rights if t.dep_ == "cc")
    toks = _contiguous(head, toks)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    kind = "pronoun" if head.pos_ == "PRON" else "name" if head.pos_ == "PROPN" or head.ent_type_ else "noun"
    return Speaker(doc_text(head.doc)[start:end], start, end, kind)


def _contiguous(head: Token, toks: list[Token]) -> list[Token]:
    """The run of selected tokens around the head with no gap (a stray pick never widens the span)."""
    chosen = {t.i for t in toks}
    lo = hi = head.i
    while lo - 1 in chosen:
        lo -= 1
    while hi + 1 in chosen:
        hi += 1
    return list(head.doc[lo : hi + 1])


def cue_speaker(ctx: QuoteContext, cue: Token) -> Speaker | None:
    sp = speaker_of(cue)
    if sp is not None and ctx.in_quote(sp.start):
        sp = inverted_speaker(cue)  # the parser took a word of the quote for the subject
        if sp is not None and ctx.in_quote(sp.start):
            sp = None
    return sp


def own_speaker(ctx: QuoteContext, head: Token) -> Speaker | None:
    sp = noun_phrase(head)
    return None if ctx.in_quote(sp.start) else sp


def name_at(ctx: QuoteContext, start: int, end: int) -> Speaker | None:
    """A person named right at `start` whose name, plus at most a short title after a comma, fills the
    rest of [start, end): 'Matthew Ingram', 'Charles Bolden, NASA Administrator'."""
    i = ctx.token_at(start)
    doc = ctx.doc
    if i >= len(doc) or doc[i].idx != start:
        return None
    if doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B":
        name_end = next(e.end for e in doc.ents if e.start == i)
    else:  # the small model often misses names it has not seen ("Valeska Paris"): 2-4 proper nouns
        name_end = i
        while name_end < len(doc) and doc[name_end].pos_ == "PROPN" and doc[name_end].text[:1].isupper():
            name_end += 1
        if not 2 <= name_end - i <= 4:
            return None
    while name_end > i + 1 and doc[name_end - 1].is_space:
        name_end -= 1  # an entity can swallow the paragraph's line break
    span = doc[i:name_end]
    rest = ctx.text[span.end_char : end].strip()
    # a title may follow ('Charles Bolden, NASA Administrator'); a date or number means a source citation
    if rest and not (rest.startswith(",") and len(rest.split()) <= MAX_TITLE_WORDS
                     and not rest.endswith((".", "!", "?", ":")) and not re.search(r"\d", rest)):
        return None
    return Speaker(span.text, span.start_char, span.end_char, "name")


def dash_attributions(ctx: QuoteContext, segs: list[QuoteSegment], direct: dict[int, Row]) -> None:
    """'"So far, so good." - Jane Doe': a dash and a name closing the paragraph name the speaker."""
    for k, row in direct.items():
        seg = segs[k]
        if row.attr.cue is not None or row.attr.speaker is not None or seg.close_at is None:
            continue
        para = ctx.para_of(seg.outer_end)
        if para is None or para[1] <= seg.outer_end:
            continue
        m = DASH_ATTRIBUTION.match(ctx.text, seg.outer_end, para[1])
        if m is None:
            continue
        if not ctx.text[seg.start : seg.end].rstrip().endswith((".", "!", "?", ",")):
            # '"Storm hits the coast" — Daily News, May 2, 2024': a headline in a source list has no
            # speaker; it stays a low-confidence quote (annotators such as GUM's count cited headlines)
            continue
        sp = name_at(ctx, m.end(), para[1])
        if sp is not None:
            row.attr = Attr(None, sp, layout=True)


def carry_over(ctx: QuoteContext, segs: list[QuoteSegment], direct: dict[int, Row], rows: list[Row]) -> None:
    """Give cue-less direct quotes the speaker their passage, paragraph or previous paragraph makes clear."""
    by_group: dict[int, Attr] = {}
    for k, row in direct.items():
        if row.attr.cue is not None:
            by_group.setdefault(segs[k].group, row.attr)
    for k in sorted(direct):
        row = direct[k]
        if row.attr.cue is not None:
            continue
        src = by_group.get(segs[k].group)
        if src is None:
            src = _previous_in_paragraph(row, direct, rows)
        if src is None and _quote_only(ctx, segs, row.paragraph):
            src = _previous_paragraph(row, direct, rows)
        if src is not None and src.speaker is not None:
            row.attr = Attr(src.cue, src.speaker, carried=True)


def _previous_in_paragraph(row: Row, direct: dict[int, Row], rows: list[Row]) -> Attr | None:
    earlier = [r for r in [*rows, *direct.values()] if r.paragraph == row.paragraph and r.end <= row.start]
    earlier = [r for r in earlier if r.attr.speaker is not None]
    return max(earlier, key=lambda r: r.end).attr if earlier else None


def _previous_paragraph(row: Row, direct: dict[int, Row], rows: list[Row]) -> Attr | None:
    prev = [r for r in [*rows, *direct.values()] if r.paragraph == row.paragraph - 1]
    if not prev:
        return None
    last = max(prev, key=lambda r: r.end)
    return last.attr if last.attr.speaker is not None else None


def _quote_only(ctx: QuoteContext, segs: list[QuoteSegment], paragraph: int) -> bool:
    """True when the paragraph holds nothing but quoted text (and punctuation)."""
    if paragraph < 0 or paragraph >= len(ctx.paras):
        return False
    ps, pe = ctx.paras[paragraph]
    rest = ctx.text_outside(ps, pe, [s for s in segs if s.paragraph == paragraph])
    return not re.search(r"\w", rest)


def speaker_actor(actors: ActorAnalysis, sp: Speaker | None) -> str | None:
    """Key of the actor the speaker's words refer to (None when no actor covers them)."""
    return actors.actor_at(sp.start, sp.end) if sp else None
