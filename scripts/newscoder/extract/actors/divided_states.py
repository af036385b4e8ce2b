""""the North", "the South" for one of two states named by a compass word ("North Korea", "South Sudan").

A story about a divided country names its two states in full once and then by the compass word alone ("The
South retaliated by firing ..."). The model tags the bare word as a region, or not at all. When the article has
already named exactly one state whose name opens with that word, and the other state of that country ("South
Korea" for "North Korea", "Sudan" for "South Sudan"), "the North"/"the South" with a capital is that state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscoder.extract.doctext import char_span, doc_ents, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from newscoder.extract.actors.builder import ActorBuilder

_BARE = re.compile(r"\b[Tt]he (North|South|East|West)\b(?![\w-]| [A-Z]| of\b)")


def compass_states(b: ActorBuilder, doc: Doc, sents: list[Span], sent_of: dict[int, int]) -> None:
    text = doc_text(doc)
    if not any(text.count(w) > 1 for w in ("North", "South", "East", "West")):
        return  # speed: most stories have no compass-named state
    for found in _BARE.finditer(text):
        word = found.group(1)
        start, end = found.start(1), found.end(1)
        named = {m.actor_key for m in b.mentions if m.char_end <= start and m.mention_kind == "name"}
        states = {a.key: a for a in b.actors.values() if a.actor_type == "state" and a.key in named
                  and a.name.startswith(word + " ") and len(a.name.split()) == 2}
        if len(states) != 1:
            continue
        rest = next(iter(states.values())).name.split()[1]
        if not any(a.actor_type == "state" and a.key not in states and a.name.endswith(rest) and a.key in named
                   for a in b.actors.values()):
            continue  # the other state of the divided country is named too ("North Korea" and "South Korea")
        span = char_span(doc, start, end)
        if span is None or b.overlaps(start, end) or span[0].ent_type_ not in ("", "LOC", "GPE", "NORP"):
            continue
        if span[0].ent_type_ and any(e.start <= span[0].i < e.end and e.text.removeprefix("the ").removeprefix(
                "The ") != word for e in doc_ents(doc)):
            continue  # a longer place name holds the word ("the South Pacific")
        si = sent_of.get(span[0].i)
        if si is None:
            continue
        b.add(next(iter(states.values())), doc, start, end, "name", si, sents[si], root=span[0], alias=word)
