"""Wire datelines: the "KYIV (AFP) - " or "PARIS, March 5 (Reuters) -- " that opens a story's first paragraph.

The parser reads the city as the subject of the first sentence ("BRUSSELS ... imposed sanctions") and a
reporting verb's complement runs back over it, so extractors skip the dateline's tokens."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

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


_KEY = "newscoder_datelines"


def _dateline_ends(doc: Doc) -> dict[int, int]:
    """Line start -> end of that line's dateline, for the lines of the Doc's text that have one (most
    texts: none). Kept in the Doc's `user_data` (speed: asked for about a hundred words per article)."""
    ends = doc.user_data.get(_KEY)
    if ends is None:
        text, ends, line = doc_text(doc), {}, 0
        while True:
            m = DATELINE.match(text, line)
            if m:
                ends[line] = m.end()
            line = text.find("\n", line) + 1
            if line == 0:
                break
        doc.user_data[_KEY] = ends
    return ends


def in_dateline(tok: Token) -> bool:
    ends = _dateline_ends(tok.doc)
    if not ends:
        return False
    idx = tok.idx
    end = ends.get(doc_text(tok.doc).rfind("\n", 0, idx) + 1)
    return end is not None and idx < end
