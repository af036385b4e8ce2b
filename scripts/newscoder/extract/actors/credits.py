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


_LINE_OPENER = re.compile(r"[A-Z][a-z]{3,}\b")


def caption_common_nouns(doc: Doc) -> set[str]:
    """"Protestor dressed as a skeleton. Image: Ana Ray.": a photo caption opens with a capital, so a
    common noun first on its line looks like a name to the model. A one-word name that opens a caption
    line (one with a credit), is written nowhere else but at the start of a line, and that the article
    also writes in lower case ("protestor", "protestors") is that common noun: no actor. A known given
    name stays ("Rose at the launch": the lower-case "rose" is another word)."""
    from newscoder.extract.actors.entities import _is_first_name

    ranges = credit_ranges(doc)
    if not ranges:
        return set()
    text = doc_text(doc)
    out: set[str] = set()
    for start, _ in ranges:
        line = text.rfind("\n", 0, start) + 1
        m = _LINE_OPENER.match(text, line)
        if m is None or m.end() > start or (word := m.group(0)) in out or _is_first_name(word):
            continue
        if word.endswith("s"):
            continue  # "Protesters in the square": a plural is a group the article names, read elsewhere
        if re.search(rf"\b{word.lower()}(?:s|es)?\b", text) is None:
            continue
        if all(k == 0 or text[k - 1] == "\n" for k in (w.start() for w in re.finditer(rf"\b{word}\b", text))):
            out.add(word)
    return out


def caption_places(doc: Doc) -> set[str]:
    """"Kelby Square. Image: Ana Ray.": a caption that is nothing but a name of several words ending in a
    place word (data/non_actor_heads.csv: Square, Park, Bridge, Street) shows the place. A person is
    captioned by name alone too ("Ana Ray. Image: ..."), so only the place word decides; the name is the
    place in every mention."""
    from newscoder.extract.actors.word_lists import non_actor_heads

    ranges = credit_ranges(doc)
    if not ranges:
        return set()
    text = doc_text(doc)
    heads = non_actor_heads()
    out: set[str] = set()
    for start, _ in ranges:
        caption = text[text.rfind("\n", 0, start) + 1 : start].strip().removesuffix(".").strip()
        words = caption.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and heads.get(words[-1]) == "place":
            out.add(caption)
    return out
