"""People who visit the place a story is set in: they take no country from the story's places.

A story about a convention, festival or concert names its guests and performers ("Actress Ann Ray signed
autographs"), and a story names the publication's own reporter or photographer ("Kelby News' Bo Li
photographed the fair"). Such people came to the place; the places the article names say nothing of
where they are from, and the audits judged the place's country wrong for them. They are marked
(`ActorBuilder.visitors`) and skipped by the article's-country passes (basis `article`,
`article_context`); their own evidence (a nationality word, a registry entry, a body's country) still counts.
A person the text calls local ("local actor Bo Li") stays a local.

Signals (data/visitor_nouns.csv): a performer or guest noun just before the name (or before it with a
comma: "another singer, Bo Li,"), in a story whose lead (first sentences) names a gathering; or the
possessive of a news outlet just before the name, in any story.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newscoder import lexicons
from newscoder.extract.actors.story_country import is_outlet

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

_LEAD_SENTENCES = 3  # the dateline and the lead
_BACK = 4  # words of the phrase before a name read for a performer noun
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})


@functools.cache
def _kinds() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in lexicons.rows("visitor_nouns")}


def _about_gathering(doc: Doc) -> bool:
    kinds = _kinds()
    for k, sent in enumerate(doc.sents):
        if k >= _LEAD_SENTENCES:
            return False
        if any(kinds.get(t.lower_) == "gathering" for t in sent):
            return True
    return False


def _outlet_possessive(doc: Doc, i: int) -> bool:
    """"Kelby News' Bo Li": the name follows the possessive of a news outlet (its staff)."""
    if i < 2 or doc[i - 1].text not in _POSSESSIVE:
        return False
    owner = doc[i - 2].text.replace("\u200d", "")
    return owner.lower().endswith("news") or is_outlet(owner)


def _performer_before(doc: Doc, i: int) -> bool:
    """A performer or guest noun in the phrase just before the name ("voice actor Bo Li", "another
    singer, Bo Li"), unless the phrase calls the person local."""
    kinds = _kinds()
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    words = []
    while j >= 0 and i - j <= _BACK + 1 and doc[j].pos_ in ("NOUN", "ADJ", "PROPN", "CCONJ") \
            and doc[j].sent.start == doc[i].sent.start:
        words.append(doc[j].lower_)
        j -= 1
    return "local" not in words and any(kinds.get(w) == "performer" for w in words)


def mark_visitors(b: ActorBuilder, doc: Doc) -> None:
    """Add to `b.visitors` the people a name mention introduces as a visitor (module docstring)."""
    gathering: bool | None = None
    for m in b.mentions:
        if m.mention_kind != "name" or m.actor_key in b.visitors \
                or b.by_key(m.actor_key).actor_type != "person":
            continue
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        if _outlet_possessive(doc, span.start):
            b.visitors.add(m.actor_key)
            continue
        if gathering is None:
            gathering = _about_gathering(doc)
        if gathering and _performer_before(doc, span.start):
            b.visitors.add(m.actor_key)
