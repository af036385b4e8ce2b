"""Find quoted passages by their quotation marks, paragraph by paragraph.

A passage is returned as one `QuoteSegment` per paragraph it covers: newswire convention leaves a
quote open at the end of a paragraph when the same speaker goes on in the next one (which then
reopens it, or — in some copy — simply carries on until the closing mark). Segments of one passage
share a `group`. Apostrophes (it's, the '90s, Havana's, the horses' carrots) are told apart from single
quotation marks by their neighbours. Crosshead lines (`headings`) are skipped entirely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018\u2039"  # ‘ ‹
SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
OPEN_CONTEXT = set(" \t\n([{-\u2013\u2014:/\"'\u201c\u2018\u00ab")
# every character `_kind` can read as a mark (speed: the scan jumps from one to the next)
_MARK_CHARS = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'") + "]")
# apostrophes at the start of a word: '90s, 'em, 'til, 'cause, rock 'n' roll
ELISION = re.compile(r"['\u2019\u2018](?:\d\d?s?\b|em\b|til\b|cause\b|n['\u2019]?\s)", re.I)


@dataclass(frozen=True, slots=True)
class QuoteSegment:
    """The part of one quoted passage inside one paragraph."""

    start: int  # first character inside the marks
    end: int  # end (exclusive) of the text inside the marks
    open_at: int | None  # index of the opening mark; None when it carries on from the previous paragraph
    close_at: int | None  # index of the closing mark; None when the passage goes on (or is never closed)
    group: int  # segments of the same passage share a group
    paragraph: int
    closed: bool  # False when the passage is never closed: an unbalanced mark

    @property
    def outer_start(self) -> int:
        return self.open_at if self.open_at is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line; wire copy puts one paragraph per line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def _kind(text: str, i: int, single_open: bool) -> str | None:
    """'open', 'close', 'either' for a quotation mark at i, or None for a non-mark / apostrophe."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if c in DOUBLE_OPEN:
        return "dopen"
    if c in DOUBLE_CLOSE:
        return "dclose"
    if c == '"':
        return "deither"
    if c in SINGLE_OPEN or c in SINGLE_CLOSE or c == "'":
        if prev.isalnum() and nxt.isalnum():
            return None  # it's, Havana's, O'Brien
        if c in SINGLE_OPEN or (prev in OPEN_CONTEXT and not nxt.isspace()):
            if ELISION.match(text, i):
                return None
            return "sopen" if not nxt.isspace() else None
        if single_open and not prev.isspace() and not nxt.isalnum():
            return "sclose"
        return None  # a possessive (the horses' carrots) or a stray mark
    return None


def _closes_first(text: str, start: int, end: int) -> int | None:
    """In a paragraph with no reopening mark: the index of a first double mark that can only close."""
    for i in range(start, end):
        c = text[i]
        if c in DOUBLE_CLOSE:
            return i
        if c in DOUBLE_OPEN:
            return None
        if c == '"':
            prev = text[i - 1]
            nxt = text[i + 1] if i + 1 < len(text) else " "
            return i if not prev.isspace() and (nxt.isspace() or not nxt.isalnum()) else None
    return None


def find_quote_segments(text: str, headings: tuple[tuple[int, int], ...] = ()) -> list[QuoteSegment]:
    """Top-level quoted passages (nested quotes stay inside their outer passage), in text order."""
    paras = [(s, e) for s, e in paragraphs(text) if not any(hs < e and s < he for hs, he in headings)]
    segments: list[QuoteSegment] = []
    group = 0
    carry: tuple[int, str] | None = None  # (group, mark family) of a passage left open
    for pi, (ps, pe) in enumerate(paras):
        pos = ps
        if carry is not None:
            g, _family = carry
            carry = None
            lead = text[ps]
            if lead in DOUBLE_OPEN or lead == '"':
                pos = ps  # reopened: handled below as a new opening in the same group
                group_override = g
            else:
                close = _closes_first(text, ps, pe)
                if close is not None:
                    segments.append(QuoteSegment(ps, close, None, close, g, pi, True))
                    pos = close + 1
                else:
                    # the passage left open before never closes: mark the previous segment unbalanced
                    segments[-1] = _unclosed(segments[-1])
                group_override = None
        else:
            group_override = None
        stack: list[tuple[str, int]] = []  # ("d" | "s", index of the opening mark)
        i = pos
        while i < pe:
            mark = _MARK_CHARS.search(text, i, pe)
            if mark is None:
                break
            i = mark.start()
            single_open = bool(stack) and stack[-1][0] == "s"
            kind = _kind(text, i, single_open)
            if kind is None:
                i += 1
                continue
            has_double = any(f == "d" for f, _ in stack)
            if kind in ("dclose", "deither") and has_double:
                while stack and stack[-1][0] != "d":
                    stack.pop()  # an inner single left open: drop it
                _, o = stack.pop()
                if not stack:
                    segments.append(_seg(text, o, i, group_override if group_override is not None else group, pi))
                    if group_override is not None:
                        group_override = None
                    else:
                        group += 1
            elif kind == "sclose" and single_open:
                _, o = stack.pop()
                if not stack:
                    segments.append(_seg(text, o, i, group, pi))
                    group += 1
            elif kind in ("dopen", "deither"):
                nxt = text[i + 1] if i + 1 < pe else " "
                prev = text[i - 1] if i > ps else " "
                # a straight mark glued to a word and followed by punctuation ('looked".') only closes:
                # with nothing open it is a stray closer, not the start of a quote running on
                closer_only = kind == "deither" and prev.isalnum() and nxt in ".,;:!?)"
                if not nxt.isspace() and not closer_only:
                    stack.append(("d", i))
            elif kind == "sopen":
                stack.append(("s", i))
            i += 1
        # a double-quoted passage still open at the paragraph's end may go on in the next paragraph
        outer = stack[0] if stack else None
        if outer is not None and outer[0] == "d":
            g = group_override if group_override is not None else group
            if group_override is None:
                group += 1
            o = outer[1]
            end = pe
            segments.append(QuoteSegment(o + 1, end, o, None, g, pi, True))
            if pi + 1 < len(paras):
                carry = (g, "d")
            else:
                segments[-1] = _unclosed(segments[-1])
    if carry is not None and segments:
        segments[-1] = _unclosed(segments[-1])
    return [s for s in segments if s.end > s.start]


def _seg(text: str, open_at: int, close_at: int, group: int, para: int) -> QuoteSegment:
    return QuoteSegment(open_at + 1, close_at, open_at, close_at, group, para, True)


def _unclosed(seg: QuoteSegment) -> QuoteSegment:
    return QuoteSegment(seg.start, seg.end, seg.open_at, seg.close_at, seg.group, seg.paragraph, False)
