"""Country names that are also the name of another country's state or province ("Georgia": the Caucasus state
or the US state; "Niger": the country or the Nigerian state; "Luxembourg": the country or the Belgian province).

Found from the ISO 3166-2 list (pycountry), not typed by hand: a country's name that is the name of a
subdivision of ANOTHER country, leaving out the dependent territories the list also files under their
sovereign ("Puerto Rico", "Guam", "Aruba": the same place either way) and subdivisions whose code is the
country's own (a claim, as "Taiwan" under China, or a coincidence), so those keep reading as the country.

Such a name is read as the other country's subdivision, a place and not the state, when the text says so:
another subdivision of that country in the same sentence ("Senators from Florida, Utah and Georgia"), or an
article that names at least two other subdivisions of it and nothing of the country itself (its demonym or
capital). Otherwise it stays the country: precision first, a senator "of Georgia" in a story about Tbilisi is
not moved.
"""

from __future__ import annotations

import functools
import re

import pycountry
from spacy.tokens import Doc, Span

from newscoder.extract.doctext import doc_ents, doc_text
from newscoder.resolve.countries import country_name, country_words, iso3_for_name
from newscoder.resolve.subdivisions import subdivision_country

# the list's kinds for dependent territories and overseas parts: the same place as the country of that name
_TERRITORY_KINDS = ("outlying area", "country", "overseas", "dependency", "special administrative region")


@functools.cache
def homonyms() -> dict[str, str]:
    """Country ISO3 -> ISO3 of the other country that has a state or province of the same name."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    own_alpha2 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    out: dict[str, str] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        iso3 = iso3_for_name(sub.name)
        other = alpha3.get(sub.country_code)
        if not iso3 or not other or iso3 == other or country_name(iso3) != sub.name:
            continue
        if any(kind in sub.type.lower() for kind in _TERRITORY_KINDS):
            continue
        if sub.code.split("-", 1)[1] == own_alpha2.get(iso3):
            continue
        out[iso3] = other
    return out


def _words_of(iso3: str) -> re.Pattern[str] | None:
    """The country's demonyms and capital as whole words (what an article about the country names)."""
    words = [w for w in country_words(iso3) if w != country_name(iso3).lower()]
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def is_other_subdivision(doc: Doc, start: int, end: int, iso3: str, sent: Span) -> bool:
    """Is this country name (tokens start..end) the other country's state or province here?"""
    other = homonyms().get(iso3)
    if other is None:
        return False
    named = {e.text for e in doc_ents(doc) if e.label_ == "GPE" and not (e.start == start and e.end == end)
             and subdivision_country(e.text) == other}
    if any(sent.start <= e.start < sent.end for e in doc_ents(doc) if e.text in named):
        return True
    if len(named) < 2:
        return False
    words = _words_of(iso3)
    return words is None or words.search(doc_text(doc)) is None


def constituency_homonym(iso3: str | None, kind: str | None, role: str | None) -> str | None:
    """"Senator X of Georgia", "Governor Y of Georgia": a legislator or governor "of" a country's name that is
    also another country's state names the state the person represents far more often than the country.
    Returns that other country's ISO3 (the country of the state), else None."""
    if iso3 is None or iso3 not in homonyms():
        return None
    if kind == "legislator" or (role or "").lower().startswith("governor"):
        return homonyms()[iso3]
    return None
