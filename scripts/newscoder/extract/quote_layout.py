"""Quotes the page layout makes, not quotation marks: interview answers, block quotes and pull quotes.

- an interview: each labelled answer is one quote of its speaker, running on over unlabelled paragraphs
  until the next label; the interviewer's questions are none;
- a block quote: the paragraph after one ending in a colon after a reporting verb;
- a pull quote: a paragraph of speech ending with its speaker's name and nothing else.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newscoder.extract.attribution import cue_entry
from newscoder.extract.doctext import char_span, children_of
from newscoder.extract.quote_content import QUESTION_CUES, QUOTE_CHARS
from newscoder.extract.quote_context import Attr, Row
from newscoder.extract.quote_filters import MIN_WORDS, too_short
from newscoder.extract.speaker_layout import interview_labels, name_at
from newscoder.extract.speakers import cue_speaker, own_speaker

if TYPE_CHECKING:
    from newscoder.extract.quote_context import QuoteContext
    from newscoder.extract.quote_marks import QuoteSegment
    from newscoder.records import Article

def interview_rows(ctx: QuoteContext, article: Article) -> tuple[list[Row], list[tuple[int, int]]]:
    """The answers of a question-and-answer article as quotes of the labelled speaker (an answer runs on
    over unlabelled paragraphs until the next label), and every span the interview covers."""
    labels = interview_labels(ctx, article.publisher)
    if not labels:
        return [], []
    rows, covered = [], []
    starts = [lb.para_start for lb in labels]
    for n, lb in enumerate(labels):
        end = lb.para_end
        if n + 1 < len(labels):  # unlabelled paragraphs before the next label continue this turn
            for ps, pe in ctx.paras:
                if lb.para_end < ps < starts[n + 1]:
                    end = pe
        covered.append((lb.para_start, end))
        if lb.speaker is not None and len(ctx.text[lb.body_start : end].split()) >= MIN_WORDS:
            pi = bisect.bisect_right([p[0] for p in ctx.paras], lb.para_start) - 1
            rows.append(Row("direct", lb.body_start, end, Attr(None, lb.speaker, layout=True), pi))
    return rows, covered


def within_spans(spans: list[tuple[int, int]], i: int) -> bool:
    return any(s <= i < e for s, e in spans)


def layout_quotes(ctx: QuoteContext, segs: list[QuoteSegment], used: set[int]) -> list[Row]:
    """Quotes without quotation marks that the layout makes clear:
    - a block quote: the paragraph after one ending in a colon after a reporting verb
      ('The ministry rejected the claims:' / next paragraph: the statement itself);
    - a pull quote: a paragraph of speech ending with the speaker's name and nothing else
      ('We will rebuild the bridge by spring. Maria Lopez, Mayor of Springfield')."""
    text, out = ctx.text, []
    for pi, (ps, pe) in enumerate(ctx.paras):
        if text[ps] in QUOTE_CHARS or any(s.paragraph == pi and s.open_at == ps for s in segs):
            continue  # a marked quote: handled by the quotation marks
        inside = [k for k, s in enumerate(segs) if s.paragraph == pi]
        if any(k in used and not too_short(text[segs[k].start : segs[k].end]) for k in inside):
            continue
        row = _block_quote(ctx, pi, ps, pe) or _pull_quote(ctx, pi, ps, pe)
        if row is not None:
            out.append(row)
    return out


def _block_quote(ctx: QuoteContext, pi: int, ps: int, pe: int) -> Row | None:
    if pi == 0:
        return None
    prev_s, prev_e = ctx.paras[pi - 1]
    if not ctx.text[prev_s:prev_e].endswith(":") or ctx.in_quote(prev_e - 1):
        return None
    if len(ctx.text[ps:pe].split()) < MIN_WORDS:
        return None
    lead = char_span(ctx.doc, prev_s, prev_e - 1, alignment_mode="expand")
    cues = [t for t in (lead or []) if cue_entry(t) is not None and not ctx.in_quote(t.idx)]
    if not cues:
        return None
    cue = cues[-1]
    speaker = cue_speaker(ctx, cue)
    if cue.lemma_.lower() in QUESTION_CUES:
        # 'The reporter asked the minister about X:' - the block is the answer of the one asked
        asked = [c for c in children_of(cue) if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON", "NOUN")]
        if not asked:
            return None
        speaker = own_speaker(ctx, asked[0])
    if _narrated_report(ctx, ps, pe):
        # 'X asked Y about Z:' / next paragraph 'X also asked Y how ...': narration again, not the answer
        return None
    end = pe
    for sent in ctx.sents:  # the block quote ends where narration resumes with a new reporting verb
        if ps < sent.start_char < pe and any(cue_entry(t) is not None for t in sent):
            end = sent.start_char
            break
    return Row("direct", ps, end, Attr(cue, speaker, layout=True), pi)


FIRST_PERSONS = {"i", "we", "you"}


def _narrated_report(ctx: QuoteContext, ps: int, pe: int) -> bool:
    """Does the paragraph open with a sentence reporting someone else's speech (its main verb a cue whose
    speaker is a third person, outside quotation marks)? A block quote speaks in its own voice ('We reject ...')."""
    first = next((s for s in ctx.sents if ps <= s.start_char < pe), None)
    if first is None:
        return False
    root = first.root
    if cue_entry(root) is None or ctx.in_quote(root.idx):
        return False  # a cue inside a clause ('the immunity that the President invokes') is the block's own
    sp = cue_speaker(ctx, root)
    return sp is not None and sp.kind != "pronoun" and sp.text.lower() not in FIRST_PERSONS


def _pull_quote(ctx: QuoteContext, pi: int, ps: int, pe: int) -> Row | None:
    text = ctx.text
    for m in re.finditer(r"[.!?](?:\s*(?:--?|\u2013|\u2014|\u2015))?\s+(?=[A-Z])", text[ps:pe]):
        sp = name_at(ctx, ps + m.end(), pe)
        if sp is not None:
            end = ps + m.start() + 1
            if len(text[ps:end].split()) < MIN_WORDS:
                return None
            return Row("direct", ps, end, Attr(None, sp, layout=True), pi)
    return None
