"""Carry-over: the speaker of a direct quote that has no cue of its own.

A cue-less quotation takes, in this order, the speaker of the rest of its passage, of the previous quote
in its paragraph, of the one person the narration before it is about, or, for a paragraph that is nothing
but a quote, of the previous paragraph's quote (or the one person that paragraph is about). A carried
speaker is marked `carried` (lower confidence); a quote with a speaker of its own keeps it.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newscoder.extract.doctext import span_ents
from newscoder.extract.quote_context import Attr
from newscoder.extract.speaker_actor import first_name_gender
from newscoder.extract.speaker_phrase import noun_phrase

if TYPE_CHECKING:
    from newscoder.extract.quote_context import QuoteContext, Row
    from newscoder.extract.quote_marks import QuoteSegment

def carry_over(ctx: QuoteContext, segs: list[QuoteSegment], direct: dict[int, Row], rows: list[Row]) -> None:
    """Give cue-less direct quotes the speaker their passage, paragraph or previous paragraph makes clear."""
    by_group: dict[int, Attr] = {}
    for k, row in direct.items():
        if row.attr.cue is not None:
            by_group.setdefault(segs[k].group, row.attr)
    for k in sorted(direct):
        row = direct[k]
        if row.attr.cue is not None or row.attr.speaker is not None:
            continue  # a speaker of its own (a dash line, a colon frame, a label) is never replaced
        src = by_group.get(segs[k].group)
        if src is None:
            src = _previous_in_paragraph(row, direct, rows)
        if src is None and not _quote_only(ctx, segs, row.paragraph):
            src = _subject_before(ctx, row)
        if src is None and _quote_only(ctx, segs, row.paragraph):
            src = _previous_paragraph(row, direct, rows)
            if src is None and not any(r.paragraph == row.paragraph - 1 for r in [*rows, *direct.values()]):
                src = _paragraph_subject(ctx, row.paragraph - 1)
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


def _paragraph_subject(ctx: QuoteContext, paragraph: int) -> Attr | None:
    """The one person a paragraph is about, for a bare quotation paragraph after it: the subject of the
    paragraph's last sentence is a person's name, and the paragraph names no other person."""
    if paragraph < 0 or paragraph >= len(ctx.paras):
        return None
    ps, pe = ctx.paras[paragraph]
    sents = [s for s in ctx.sents if ps <= s.start_char < pe]
    if not sents:
        return None
    people = {e.text.split()[-1] for s in sents for e in span_ents(s) if e.label_ == "PERSON"}
    if len(people) != 1:
        return None  # nobody, or two people: whose words follow is not clear
    subj = [c for c in sents[-1].root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1:
        return None
    if subj[0].lower_ in ("he", "she"):  # "He remembers ...": the one person named before
        named = [t for s in sents for t in s if t.ent_type_ == "PERSON" and t.text in people and t.i < subj[0].i]
        return Attr(None, noun_phrase(named[-1])) if named else None
    if subj[0].pos_ != "PROPN" or subj[0].text not in people:
        return None
    return Attr(None, noun_phrase(subj[0]))


def _subject_before(ctx: QuoteContext, row: Row) -> Attr | None:
    """A quotation opening its own sentence after narration about one person ('Early on, Ruiz doubted
    herself. "I was sure I would fail," ...'): that person, when the paragraph before the quote names no
    other person and the sentence before it has that person (or he/she) as its subject."""
    ps, _ = ctx.paras[row.paragraph]
    k = bisect.bisect_right(ctx.sent_starts, row.start) - 1
    if k < 1 or ctx.sents[k - 1].start_char < ps:
        return None
    own = ctx.sents[k]
    if any(t.pos_ in ("VERB", "AUX") for t in own if t.idx < row.start and not ctx.in_quote(t.idx)):
        return None  # the quote sits in a clause of the narrator's ('The sign read "..."'), not on its own
    sents = [s for s in ctx.sents[:k] if s.start_char >= ps]
    subj = [c for c in sents[-1].root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # people named only inside the subject's own description ("Ann Lee, who was Bo Chen's envoy, ...",
    # "Ann Lee (Bo Chen, Cy Doe) ...") describe the subject; they are no other candidate speaker
    inside = range(subj[0].left_edge.i, subj[0].right_edge.i + 1) if len(subj) == 1 else range(0)
    people = {e.text.split()[-1] for s in sents for e in span_ents(s) if e.label_ == "PERSON"
              and (e.root.i == subj[0].i if len(subj) == 1 and e.root.i in inside else True)}
    if not people and len(subj) == 1 and subj[0].lower_ in ("he", "she"):
        # 'She left the series early. "This was not ..."' in a paragraph that names nobody: the one person
        # the paragraph before names, when the pronoun agrees with that person's first name
        return _one_person_in(ctx, row.paragraph - 1, "female" if subj[0].lower_ == "she" else "male")
    if len(people) != 1:
        return None
    if len(subj) != 1:
        return None
    if subj[0].lower_ in ("he", "she"):
        named = [t for s in sents for t in s if t.ent_type_ == "PERSON" and t.text in people and t.i < subj[0].i]
        return Attr(None, noun_phrase(named[-1])) if named else None
    if subj[0].text not in people or subj[0].ent_type_ != "PERSON":
        return None
    return Attr(None, noun_phrase(subj[0]))


def _one_person_in(ctx: QuoteContext, paragraph: int, gender: str) -> Attr | None:
    """The one person a paragraph names (by surname), as the speaker, when their first name is of
    `gender`; None when it names nobody or two people, or the first name is unknown or of the other sex."""
    if paragraph < 0 or paragraph >= len(ctx.paras):
        return None
    ps, pe = ctx.paras[paragraph]
    ents = [e for s in ctx.sents if ps <= s.start_char < pe for e in span_ents(s) if e.label_ == "PERSON"]
    if len({e.text.split()[-1] for e in ents}) != 1:
        return None
    full = max(ents, key=lambda e: len(e.text.split()))
    if len(full.text.split()) < 2 or first_name_gender(full.text) != gender:
        return None
    return Attr(None, noun_phrase(ents[-1].root))


def _quote_only(ctx: QuoteContext, segs: list[QuoteSegment], paragraph: int) -> bool:
    """True when the paragraph holds nothing but quoted text (and punctuation)."""
    if paragraph < 0 or paragraph >= len(ctx.paras):
        return False
    ps, pe = ctx.paras[paragraph]
    rest = ctx.text_outside(ps, pe, [s for s in segs if s.paragraph == paragraph])
    return not re.search(r"\w", rest)
