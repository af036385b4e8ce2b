"""One attribution, several quoted pieces: which direct quotes continue the one before them.

News copy interrupts a speaker's words with the attribution and goes on ('"We will rebuild," the mayor
said. "It will take a year."'), and runs a long quotation over several paragraphs. PARC and PolNeAR
annotate each of these as ONE attribution with discontinuous content. The quotes table keeps one row per
quoted piece (each span exactly the words inside the marks) and gives the pieces of one attribution the
same `attribution_id`; the extract contract reports the attribution as one object (see `tables.py`).

A piece continues the previous one when
- both are pieces of one quoted passage running over paragraphs (the newswire convention of an opening
  mark on each paragraph and a closing mark only on the last), or
- the previous piece ends inside its marks with a comma or a dash, or the next piece opens in lower case —
  the speaker's sentence goes on past the attribution — its cue follows it, and the next piece opens in
  the same paragraph right after that attribution (at most the attribution's own sentence in between)
  without a cue of its own.
"""

from __future__ import annotations

import bisect

from newscoder.extract.doctext import children_of
from newscoder.extract.quote_context import QuoteContext, Row

# the speaker's words stop mid-sentence at the attribution: '"We will rebuild," the mayor said'
OPEN_ENDINGS = (",", "\u2014", "\u2013", "-", "\u2026", ";")
MAX_GAP_CHARS = 240  # an attribution longer than this between two pieces is narration, not an interruption


def group_parts(ctx: QuoteContext, rows: list[Row]) -> dict[int, Row]:
    """For every row that continues an attribution, the attribution's first row (keyed by id(row)).
    `rows` are sorted by position."""
    first: dict[int, Row] = {}
    prev: Row | None = None
    for row in rows:
        if row.follows is not None:  # split around its cue when it was found
            first[id(row)] = first.get(id(row.follows), row.follows)
            continue
        if row.quote_type != "direct":
            continue
        if prev is not None and (_same_passage(ctx, prev, row) or _interrupted(ctx, prev, row)):
            first[id(row)] = first.get(id(prev), prev)
        prev = row
    return first


def _same_passage(ctx: QuoteContext, a: Row, b: Row) -> bool:
    sa, sb = ctx.seg_at(a.start), ctx.seg_at(b.start)
    return (sa is not None and sb is not None and sa is not sb and sa.group == sb.group
            and sa.close_at is None and b.paragraph == a.paragraph + 1)


def _interrupted(ctx: QuoteContext, a: Row, b: Row) -> bool:
    text = ctx.text
    cue = a.attr.cue
    if cue is None or a.attr.carried or cue.idx < a.end or cue.idx > b.start:
        return False  # the first piece's cue must stand between the two pieces
    if b.paragraph != a.paragraph or b.start - a.end > MAX_GAP_CHARS:
        return False
    if b.attr.cue is not None and b.attr.cue is not cue and not b.attr.carried:
        return False  # '"...," he said. "...," she replied': two speakers, two attributions
    if b.attr.speaker is not None and a.attr.speaker is not None and b.attr.speaker.text != a.attr.speaker.text:
        return False
    # the speaker's sentence goes on past the attribution: the first piece ends open, or the next one opens
    # in lower case ('"We are ready" wrote Ann Lee "to help"')
    if not (text[a.start : a.end].rstrip().rstrip("'\"\u2019\u201d").rstrip().endswith(OPEN_ENDINGS)
            or text[b.start : b.start + 1].islower() and _only_attribution(ctx, a, b)):
        return False
    # between the pieces: the closing mark, the attribution, the opening mark; no sentence of narration
    # ('"...," she said. The crowd cheered. "..."': the parser's sentences, so "Mr." is no full stop)
    if bisect.bisect_left(ctx.sent_starts, b.start - 1) - bisect.bisect_right(ctx.sent_starts, a.end + 1) > 0:
        return False
    # no other quoted passage in between (b's own opening mark sits at b.start - 1)
    return bisect.bisect_left(ctx.seg_starts, b.start - 1) == bisect.bisect_right(ctx.seg_starts, a.end)


def _only_attribution(ctx: QuoteContext, a: Row, b: Row) -> bool:
    """Between the pieces stand only the cue and its speaker ('"We are ready" wrote Ann Lee "to help"'),
    no description of a name in marks ('Ann Lee of "Safe Homes", a charity, told the BBC "it is late"')."""
    sp, cue = a.attr.speaker, a.attr.cue
    if cue is None:
        return False
    # (after the cue, the parser may read its subject as an object: '"..." tweeted Lee "..."')
    subject = {t.i for c in children_of(cue) if c.dep_ == "nsubj" or c.dep_ == "dobj" and c.pos_ == "PROPN"
               for t in c.subtree}
    for k in range(bisect.bisect_left(ctx.tok_starts, a.end), bisect.bisect_left(ctx.tok_starts, b.start)):
        tok = ctx.doc[k]
        if tok.is_alpha and tok.i != cue.i and tok.i not in subject and not (
                sp is not None and sp.start <= tok.idx < sp.end):
            return False
    return True
