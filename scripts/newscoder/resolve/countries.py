"""Country names, short names, demonyms and capitals -> ISO 3166-1 alpha-3 codes.

pycountry supplies the codes and official names; our own data files add what news copy actually says:
short names ("US", "Britain"), demonyms ("Cuban", "Cubans") and capitals used as metonyms
("Washington", "Havana"). Kosovo uses the widely used user-assigned code XKX.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import pycountry

from newscoder import lexicons

_LEADING_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_WORD = re.compile(r"[\w.'’-]+")
# "Somalia-based", "Iran-backed": the country before the hyphen locates the phrase
_HYPHEN_SUFFIX = re.compile(r"^(.+?)[-–](?:based|born|backed|led|run|owned|funded|controlled|made|allied)$", re.I)


@functools.lru_cache(maxsize=1 << 14)  # speed: every name and word of an article is folded, often twice
def _fold(text: str) -> str:
    """Case- and accent-insensitive key ("Côte d'Ivoire" -> "cote d'ivoire")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("’", "'").split()).casefold()


@functools.lru_cache(maxsize=1 << 14)
def _strip(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    return _LEADING_THE.sub("", text).strip()


def _is_case_sensitive(alias: str) -> bool:
    # "US" must not match the pronoun "us"; short all-caps codes keep their case.
    letters = alias.replace(".", "")
    return len(letters) <= 4 and letters.isupper()


@dataclass(frozen=True)
class _Tables:
    names: dict[str, str]  # folded name -> iso3
    exact: dict[str, str]  # case-sensitive short forms -> iso3
    demonyms: dict[str, str]
    demonym_plurals: dict[str, str]
    capitals: dict[str, str]
    display: dict[str, str]  # iso3 -> common display name


@functools.cache
def _tables() -> _Tables:
    names: dict[str, str] = {}
    exact: dict[str, str] = {}
    display: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(_fold(value), c.alpha_3)
        display[c.alpha_3] = getattr(c, "common_name", None) or c.name
    for row in lexicons.rows("country_aliases"):
        alias, iso3 = row["alias"], row["iso3"]
        if _is_case_sensitive(alias):
            exact[alias] = iso3
        else:
            names[_fold(_strip(alias))] = iso3  # our aliases win over pycountry's
        if row.get("is_display_name") == "1":
            display[iso3] = alias
    demonyms: dict[str, str] = {}
    plurals: dict[str, str] = {}
    for row in lexicons.rows("demonyms"):
        if _is_case_sensitive(row["demonym"]):
            exact.setdefault(row["demonym"], row["iso3"])
        else:
            demonyms.setdefault(_fold(row["demonym"]), row["iso3"])
        if row.get("plural"):
            plurals.setdefault(_fold(row["plural"]), row["iso3"])
    capitals = {_fold(_strip(r["capital"])): r["iso3"] for r in lexicons.rows("capitals")}
    return _Tables(names, exact, demonyms, plurals, capitals, display)


def country_words(iso3: str) -> list[str]:
    """Folded demonyms and capitals of a country ("GEO" -> ["georgian", "tbilisi"]), sorted."""
    tables = _tables()
    return sorted({d for d, c in tables.demonyms.items() if c == iso3}
                  | {d for d, c in tables.demonym_plurals.items() if c == iso3}
                  | {cap for cap, c in tables.capitals.items() if c == iso3})


def country_name(iso3: str) -> str:
    """Common display name of a country ("USA" -> "United States", "CUB" -> "Cuba")."""
    return _tables().display.get(iso3, iso3)


@functools.lru_cache(maxsize=1 << 14)  # speed: asked for every word of an article
def iso3_for_name(text: str) -> str | None:
    """A country's name or usual short name ("the United States", "US", "Britain") -> ISO3."""
    t = _tables()
    core = _strip(text)
    if core in t.exact:
        return t.exact[core]
    return t.names.get(_fold(core))


@functools.cache
def _part_names() -> frozenset[str]:
    return frozenset(_fold(_strip(r["alias"])) for r in lexicons.rows("country_aliases") if r.get("is_part") == "1")


def is_part_name(text: str) -> bool:
    """A name of a part of a state that resolves to the whole state ("Scotland", "Gaza"): data/country_aliases.csv
    is_part."""
    return _fold(_strip(text)) in _part_names()


@functools.lru_cache(maxsize=1 << 14)  # speed: asked for every word of an article
def iso3_for_demonym(text: str) -> str | None:
    """An adjective or people noun ("Cuban", "Cubans", "the Chinese") -> ISO3."""
    t = _tables()
    core = _strip(text)
    if core in t.exact:
        return t.exact[core]
    key = _fold(core)
    return t.demonyms.get(key) or t.demonym_plurals.get(key)


@functools.lru_cache(maxsize=1 << 14)  # speed: asked for every word of an article
def iso3_for_capital(text: str) -> str | None:
    """A capital or seat of government used for its government ("Havana", "the Kremlin") -> ISO3."""
    return _tables().capitals.get(_fold(_strip(text)))


def is_plural_demonym(text: str) -> bool:
    return _fold(_strip(text)) in _tables().demonym_plurals


@functools.lru_cache(maxsize=1 << 14)  # speed: asked for every word of an article
def resolve_country(text: str) -> str | None:
    """Best ISO3 for a country name, demonym or capital; None when the text is none of these."""
    return iso3_for_name(text) or iso3_for_demonym(text) or iso3_for_capital(text)


def _subdivisions() -> dict[str, str]:
    """Provinces, states and regions of one country, read alone (`newscoder.resolve.subdivisions`)."""
    from newscoder.resolve.subdivisions import _unambiguous  # the gazetteer builds on this module

    return _unambiguous()


@functools.lru_cache(maxsize=1 << 14)  # speed: asked for every word of an article
def region_countries(text: str) -> frozenset[str]:
    """Every country with a province, state or region of this name ("Florida": the US state and a
    department of Uruguay), or a city of it in another country ("Ontario"); the caller decides between
    them from context."""
    from newscoder.resolve.subdivisions import subdivision_countries

    return subdivision_countries(_strip(text))


def is_region(text: str) -> bool:
    """Is this the name of a province, state or region of one country, read alone or not ("Ontario",
    "California"; not "Punjab" or "Saba", which two countries share and a body may be named)?"""
    from newscoder.resolve.subdivisions import subdivision_of_one

    return subdivision_of_one(_strip(text))


@functools.lru_cache(maxsize=1 << 14)  # speed: asked for every word of an article
def iso3_for_region(text: str) -> str | None:
    """A province, state or region ("Rakhine", "Shanghai") -> ISO3. Places, not actors: only used to
    locate a phrase's country, never to make a state actor out of a place name."""
    return _subdivisions().get(_fold(_strip(text)))


def search_country(text: str, regions: bool = False, places: bool = False) -> tuple[str | None, str]:
    """Find the first country name, demonym or capital inside a phrase.

    Returns (iso3, the phrase with the matched words removed), longest match first:
    "an American destroyer" -> ("USA", "an  destroyer"). With `regions`, provinces count too. With
    `places`, a city names its country ("Mariupol's mayor" -> "UKR") only when no country, demonym,
    capital (or region) is found anywhere in the phrase: a city never overrides a country.
    """
    words = list(_WORD.finditer(text))
    for size in range(min(6, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            start, end = words[i].start(), words[i + size - 1].end()
            piece = text[start:end]
            iso3 = resolve_country(piece)
            if iso3 is None and piece.endswith(("'s", "’s")):
                iso3 = resolve_country(piece[:-2])
            if iso3 is None and regions:
                iso3 = iso3_for_region(piece)
            hyphen = _HYPHEN_SUFFIX.match(piece) if iso3 is None else None
            if hyphen:
                iso3 = resolve_country(hyphen.group(1))
            if iso3:
                return iso3, (text[:start] + text[end:]).strip()
    if places:
        from newscoder.resolve.places import country_of_place  # places builds on this module

        for size in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                start, end = words[i].start(), words[i + size - 1].end()
                piece = _POSSESSIVE.sub("", text[start:end])
                if iso3 := country_of_place(piece):
                    return iso3, (text[:start] + text[end:]).strip()
    return None, text
