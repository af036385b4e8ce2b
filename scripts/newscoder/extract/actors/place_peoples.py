"""People nouns made from a place's name that no demonym list holds ("Hong Kongers", "Londoners",
"Marylanders"): the model calls them people or organisations, yet they name a place's population."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from newscoder.extract.doctext import doc_tokens, range_text
from newscoder.resolve.countries import iso3_for_demonym
from newscoder.resolve.places import country_of

# endings that make a people noun of a place's name, longest first ("-ians" before "-ans" before "-s")
_SUFFIXES = ("ers", "er", "ians", "ian", "ans", "an", "ites", "ite")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@functools.lru_cache(maxsize=1 << 12)
def place_people(text: str) -> tuple[str, str] | None:
    """(ISO3, plural name) when `text` is a place's name plus a people ending ("Hong Konger" ->
    ("HKG", "Hong Kongers")); None otherwise. A known demonym ("Cubans") is left to the demonym tables."""
    if not text[:1].isupper() or iso3_for_demonym(text):
        return None
    for suffix in _SUFFIXES:
        stem = text[: -len(suffix)]
        if not text.endswith(suffix) or len(stem) < 4 or not stem[-1].isalpha():
            continue
        iso3 = country_of(stem) or country_of(stem, cities=True)
        if iso3:
            plural = text if suffix.endswith("s") else text + "s"
            return iso3, plural
    return None


def place_people_span(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """`place_people` for a name used as a people noun: in the plural ("Hong Kongers voted") or as a
    possessor ("Hong Konger's rights", the people's). A singular alone may be a surname ("Ms Hollander")."""
    toks = doc_tokens(doc)
    text = range_text(doc, start, end)  # speed: no Span
    found = place_people(text)
    if found is None:
        return None
    plural = found[1] == text  # the tagger often reads "Bostonians" as a singular proper noun: the ending says it
    possessor = end < len(toks) and toks[end].text in _POSSESSIVE
    return found if plural or possessor else None
