"""Wire datelines: the "KYIV (AFP) - " or "PARIS, March 5 (Reuters) -- " that opens a story's first paragraph.

The parser reads the city as the subject of the first sentence ("BRUSSELS ... imposed sanctions") and a
reporting verb's complement runs back over it, so extractors skip the dateline's tokens."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newscoder.extract.doctext import doc_text

# an upper-case place, an optional ", date" and "(agency)", then a dash: only at the start of a line
DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019\- ]+[A-Z.](?:,[^\n()\-\u2013\u2014]{1,40})?\s*(?:\([^()\n]{1,40}\))?\s*(?:--?|\u2013|\u2014)\s+"
)


def dateline_end(text: str, pos: int) -> int | None:
    """End offset of the dateline on the line holding `pos`, or None when the line has none."""
    line = text.rfind("\n", 0, pos) + 1
    m = DATELINE.match(text, line)
    return m.end() if m else None


def in_dateline(tok: Token) -> bool:
    end = dateline_end(doc_text(tok.doc), tok.idx)
    return end is not None and tok.idx < end
