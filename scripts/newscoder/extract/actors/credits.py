"""Credit lines of pictures: "A march in the capital. Image: Ana Ray (flickr)." or "(Photo: Bo Li)".

The name after "Image:", "Photo:", "Picture:", "Photograph:", "Video:" or "Credit:" is whoever took or
uploaded the picture, not a party to the news, so the entities there make no actors. The text is left as
it is (offsets of every other row stay intact): only the character ranges of the credits are found, once
per article, and entities starting inside one are not read. A credit runs to the end of its line, or to
the closing bracket when it opens one, and is short (a long run after such a word is prose, not a credit).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newscoder.extract.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORDS = r"(?:Images?|Photos?|Photographs?|Pictures?|Videos?|Credits?|Photo credits?)"
_CREDIT = re.compile(rf"\({_WORDS}:[^)\n]{{1,120}}\)|(?<![\w-]){_WORDS}:[ \t]*[^\n]{{1,120}}")
# a credit is names, not a clause: at most this many words
_MAX_WORDS = 10
_KEY = "newscoder_credits"


def credit_ranges(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The (start, end) characters of the picture credits of the article, in order."""
    found = doc.user_data.get(_KEY)
    if found is None:
        text = doc_text(doc)
        out = []
        if ":" in text:  # speed: most articles have no credit at all
            for m in _CREDIT.finditer(text):
                body = m.group(0).split(":", 1)[1]
                if len(body.split()) <= _MAX_WORDS and (m.end() == len(text) or text[m.end()] in "\n)"):
                    out.append((m.start(), m.end()))
        found = doc.user_data[_KEY] = tuple(out)
    return found


def in_credit(doc: Doc, char: int) -> bool:
    """Is character `char` of the article inside a picture credit?"""
    ranges = credit_ranges(doc)
    if not ranges:
        return False
    k = bisect.bisect_right(ranges, (char, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= char < ranges[k][1]
