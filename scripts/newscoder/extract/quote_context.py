"""The working state of quote extraction shared by `quotes` and `speakers`: a candidate row, its
attribution, and the article's text, sentences, quoted passages and paragraphs with fast look-ups."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder.extract.doctext import doc_sents, doc_tokens
from newscoder.extract.quote_marks import QuoteSegment

if TYPE_CHECKING:
    from newscoder.extract.speaker_phrase import Speaker


@dataclass(slots=True)
class Attr:
    cue: Token | None
    speaker: Speaker | None
    carried: bool = False
    layout: bool = False  # speaker known from the page layout: a dash line, a pull or block quote
    via: Speaker | None = None  # who reported the speaker's words: "according to the Post, officials said"


@dataclass(slots=True)
class Row:
    quote_type: str
    start: int
    end: int
    attr: Attr
    paragraph: int
    unbalanced: bool = False
    follows: Row | None = None  # the previous piece of the same attribution ('X, she said, and Y')


class QuoteContext:
    """The article's text, sentences, quote segments and paragraphs, with fast position look-ups."""

    def __init__(self, doc: Doc, text: str, segs: list[QuoteSegment], paras: list[tuple[int, int]]):
        self.doc, self.text, self.segs, self.paras = doc, text, segs, paras
        self.sents = list(doc_sents(doc))
        self.sent_starts = [s.start_char for s in self.sents]
        self.tok_starts = [t.idx for t in doc_tokens(doc)]
        self.seg_starts = [s.outer_start for s in segs]

    def seg_at(self, i: int) -> QuoteSegment | None:
        k = bisect.bisect_right(self.seg_starts, i) - 1
        if k >= 0 and self.segs[k].outer_start <= i < self.segs[k].outer_end:
            return self.segs[k]
        return None

    def in_quote(self, i: int) -> bool:
        return self.seg_at(i) is not None

    def para_of(self, i: int) -> tuple[int, int] | None:
        k = bisect.bisect_right([p[0] for p in self.paras], i) - 1
        return self.paras[k] if k >= 0 else None

    def text_outside(self, start: int, end: int, segs: list[QuoteSegment]) -> str:
        if 0 <= start <= end <= len(self.text):
            # speed: the pieces between the segments cut out, not a test per character
            pieces, at = [], start
            for s, e in sorted((max(start, g.outer_start), min(end, g.outer_end)) for g in segs):
                if s >= e:
                    continue
                if s > at:
                    pieces.append(self.text[at:s])
                at = max(at, e)
            if at < end:
                pieces.append(self.text[at:end])
            return "".join(pieces)
        keep = [True] * (end - start)
        for s in segs:
            for i in range(max(start, s.outer_start), min(end, s.outer_end)):
                keep[i - start] = False
        return "".join(c for c, k in zip(self.text[start:end], keep, strict=True) if k)

    def token_at(self, i: int) -> int:
        """Index of the first token starting at or after character i."""
        return bisect.bisect_left(self.tok_starts, i)
