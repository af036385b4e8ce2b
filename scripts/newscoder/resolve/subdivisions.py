"""The subdivision gazetteer: provinces, states, counties and regions (ISO 3166-2) -> ISO3.

Built at import time from pycountry's `subdivisions` (about 5,000 names), not derived to a data file:
pycountry is already a dependency pinned in `requirements.lock`, so the table is the same on every build
(deterministic), it costs a few milliseconds once, and the package ships no copy of the iso-codes data
(LGPL). What we add is the reading of it, applied here:

- administrative suffixes and glosses are dropped ("Sichuan Sheng" -> "Sichuan", "Northern Mindanao
  (Region X)" -> "Northern Mindanao");
- a name the ISO list only has split by compass points is read whole when every part is in one country
  ("North Northamptonshire" + "West Northamptonshire" -> "Northamptonshire", "North/South Darfur" ->
  "Darfur", "Northern Mindanao" -> "Mindanao"); "Upper"/"Lower" are not splits ("Upper Nile" is no Nile);
- a name is UNAMBIGUOUS (`subdivision_country`) only when it is one country's, longer than three letters,
  not a country's name, demonym or capital, not a city of ANOTHER country in our city list ("Ontario" is
  also a Californian city, "Kent" an Ohio one), and not an ordinary English word, first name or generic
  place noun ("Central", "Antique", "Unity", `_COMMON`, `place_stopwords`, `first_names`);
- every country a name may stand for (`subdivision_countries`) keeps the ambiguous ones, with the
  country of the clashing city: callers pick among them from the article's own places, or give nothing.
"""

from __future__ import annotations

import functools
import re

import pycountry

from newscoder import lexicons

ADMIN_SUFFIX = re.compile(r" (?:Shi|Sheng|Zizhiqu|Province|Oblast|Oblast'|Krai|Region)$")
_GLOSS = re.compile(r" \([^)]*\)$")  # "Central Luzon (Region III)"
_COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central) (.+)$")
# ordinary English words, generic place nouns, surnames, and names of wider lands or former countries that
# are also the name of one subdivision: read as the subdivision they mislead ("Antique" is a Philippine
# province, "Unity" a South Sudanese state, "Ulster" mostly means Northern Ireland, "Mayo Clinic" is not
# Irish, "Formosa" is Taiwan, "Zaire" the Congo). Checked by eye over the single-word names.
_COMMON = frozenset({
    "antique", "area", "ascension", "bank", "batman", "bloke", "bong", "cape", "capital", "cascade", "cascades",
    "central", "centre", "chin", "coast", "constantine", "debar", "ebon", "encamp", "grad", "gulf", "highland",
    "highlands", "lakes", "littoral", "male", "mara", "maritime", "mascara", "mayo", "merton", "mono",
    "mountain", "para", "pita", "plateau", "plateaux", "pool", "province", "redonda", "region", "river",
    "rivera", "sabah", "tabor", "tapa", "territory", "unity", "zeta", "balkan", "formosa", "tanganyika",
    "ulster", "zaire", "nile", "delta",
})


def _fold(text: str) -> str:
    from newscoder.resolve.countries import _fold as fold  # countries builds on this module

    return fold(text)


@functools.cache
def _named() -> dict[str, frozenset[str]]:
    """Folded subdivision name -> every country with a subdivision of that name (compass wholes included)."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}  # one lookup table, not one search per row
    seen: dict[str, set[str]] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        iso3 = alpha3[sub.country_code]
        name = _GLOSS.sub("", sub.name)
        for variant in {name, ADMIN_SUFFIX.sub("", name)}:  # "Shanghai Shi": news writes the bare name
            seen.setdefault(_fold(variant), set()).add(iso3)
    wholes: dict[str, set[str]] = {}
    for key, countries in seen.items():
        if m := _COMPASS.match(key.title()):
            wholes.setdefault(_fold(m.group(1)), set()).update(countries)
    for key, countries in wholes.items():
        if key not in seen:  # "Yorkshire" whole only where the ISO list has no "Yorkshire" of its own
            seen[key] = countries
    return {k: frozenset(v) for k, v in seen.items() if len(k) > 3}


@functools.cache
def _short_names() -> frozenset[str]:
    """Folded subdivision names of three letters or fewer ("Goa", "Ica"), left out of `_named`."""
    return frozenset(k for sub in pycountry.subdivisions if len(k := _fold(_GLOSS.sub("", sub.name))) <= 3)


def is_subdivision_name(name: str) -> bool:
    """Is this the name of a subdivision of the ISO list, of any length and any number of countries (no
    country is given: callers ask only whether a place of that name exists)?"""
    key = _fold(name)
    return key not in _words() and (key in _named() or key in _short_names())


@functools.cache
def _subdivided() -> frozenset[str]:
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    return frozenset(alpha3[sub.country_code] for sub in pycountry.subdivisions if sub.country_code in alpha3)


def has_subdivisions(iso3: str) -> bool:
    """Does the ISO 3166-2 list give the country subdivisions? (Hong Kong, Macao, Puerto Rico: none.)"""
    return iso3 in _subdivided()


@functools.cache
def _clashes() -> dict[str, str]:
    """Folded name -> the country of a city of our city list (GeoNames) or of a capital bearing it."""
    out = {row["name"]: row["iso3"] for row in lexicons.rows("city_countries")}
    out.update({_fold(r["capital"]): r["iso3"] for r in lexicons.rows("capitals")})
    return out


@functools.cache
def _words() -> frozenset[str]:
    names = set(lexicons.column("place_stopwords", "name")) | set(lexicons.column("first_names", "name"))
    return frozenset({_fold(n) for n in names} | _COMMON)


@functools.cache
def _unambiguous() -> dict[str, str]:
    from newscoder.resolve.countries import resolve_country

    clashes, words = _clashes(), _words()
    out = {}
    for key, countries in _named().items():
        if len(countries) != 1 or key in words or resolve_country(key):
            continue
        (iso3,) = countries
        if clashes.get(key, iso3) == iso3:
            out[key] = iso3
    return out


def subdivision_country(name: str) -> str | None:
    """ISO3 of an unambiguous subdivision's name ("Northamptonshire" -> GBR, "California" -> USA,
    "Surigao del Sur" -> PHL); None for any other name (see the module's rules)."""
    return _unambiguous().get(_fold(name))


def subdivision_countries(name: str) -> frozenset[str]:
    """Every country a subdivision's name may stand for: those with a subdivision so named, and the
    country of another country's city of that name ("Ontario": CAN and USA)."""
    key = _fold(name)
    found = _named().get(key, frozenset())
    if found and (city := _clashes().get(key)) and city not in found:
        found = found | {city}
    return found


def subdivision_owner(name: str) -> str | None:
    """The one country with a subdivision so named, a territory's name too ("Puerto Rico": USA)."""
    found = _named().get(_fold(name), frozenset())
    return next(iter(found)) if len(found) == 1 else None


def subdivision_of_one(name: str) -> bool:
    """Is this a subdivision's name in exactly one country (read alone or not: "Ontario", "Antique")?"""
    return len(_named().get(_fold(name), ())) == 1


def names_foreign_city(name: str) -> bool:
    """Is this a subdivision's name that is also a city of another country ("Ontario", "Savannah",
    "Guadalajara")? Such a name alone gives no country: neither the province's nor the city's."""
    key = _fold(name)
    city = _clashes().get(key)
    return city is not None and key in _named() and city not in _named()[key]
