"""Finding a reviewed span again after the article or the extractors changed.

As annotation tools do (the W3C Web Annotation TextQuoteSelector, then TextPositionSelector): the exact
text with a little context on either side first, then the exact text alone when it occurs once, then the
old position when the same text is still there. Anything else is not found: a decision is never moved to
a span that only looks like its own.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = 32  # characters of prefix and suffix kept with a decision


@dataclass(frozen=True)
class Anchor:
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    return Anchor(exact=text[start:end], prefix=text[max(0, start - context):start],
                  suffix=text[end:end + context], start=start, end=end)


def _occurrences(text: str, exact: str) -> list[int]:
    out, i = [], text.find(exact)
    while i >= 0:
        out.append(i)
        i = text.find(exact, i + 1)
    return out


def find_anchor(text: str, anchor: Anchor) -> tuple[int, int, str] | None:
    """(start, end, how) of the anchor's span in `text`, `how` being "quote" (exact text with its context),
    "exact" (the text occurs once), or "position" (the old offsets still hold the exact text); None when
    none of these holds."""
    if not anchor.exact:
        return None
    hits = _occurrences(text, anchor.exact)
    n = len(anchor.exact)

    def fits(i: int) -> bool:
        return text[max(0, i - len(anchor.prefix)):i] == anchor.prefix and text[i + n:i + n + len(anchor.suffix)] \
            == anchor.suffix

    in_context = [i for i in hits if fits(i)]
    if in_context:
        # the same text in the same context twice: the one nearest the old position
        old = anchor.start if anchor.start is not None else 0
        best = min(in_context, key=lambda i: (abs(i - old), i))
        return best, best + n, "quote"
    if len(hits) == 1:
        return hits[0], hits[0] + n, "exact"
    if anchor.start is not None and text[anchor.start:anchor.start + n] == anchor.exact:
        return anchor.start, anchor.start + n, "position"
    return None
