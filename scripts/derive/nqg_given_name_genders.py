"""Derive a table of strongly gendered given names from nomquamgender's name data (MIT licence).

    python scripts/derive/nqg_given_name_genders.py PATH/TO/name_data.json [--out scripts/newscoder/data]

Reads `name_data.json` as shipped in the PyPI package nomquamgender 0.1.4 (Ian Van Buskirk, MIT; unpack the
wheel, or `pip install nomquamgender` in a throwaway venv, and pass the file's path). Each entry maps a
lower-case name to [number of sources, number of observations, p(gf), ...], where p(gf) is the share of the
people of that name the sources record as women (36 national and international name-gender data sets).
A name is kept only when it is strongly one gender: p(gf) <= 0.05 (male) or >= 0.95 (female), seen in at least
five sources with at least 200 observations, letters only (one hyphen allowed: "Jean-Pierre"), three letters or
more, and no rank or office word ("General", "King"). Ambiguous names ("Andrea", "Jean", "Kim") are left
out on purpose: a person whose name is missing stays of unknown gender. Writes `given_name_genders.csv`
(name, gender), names in title case, sorted.
Coreference uses it to keep "he" off a woman named Rosa and "she" off a man named Vladimir. The licence
travels with the table (`scripts/newscoder/data/LICENSES/nomquamgender-MIT.txt`); the project reads only the
derived CSV.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

_NAME = re.compile(r"[a-z]{3,}(?:-[a-z]{3,})?")
MAX_SHARE = 0.05  # at most 5 % of the other gender
MIN_SOURCES = 5
MIN_COUNT = 200
# rank and office words some sources record as given names; in a news name they are a title, not a name
_NOT_NAMES = frozenset({"general", "major", "bishop", "colonel", "captain", "sergeant", "judge", "doctor",
                        "president", "chief", "king", "queen", "prince", "princess", "lady", "lord", "sir",
                        "saint", "pope", "sister", "brother", "father", "mother"})


def genders(data: dict[str, list]) -> list[tuple[str, str]]:
    """(Name, "male"/"female") for every strongly gendered, well-attested name, sorted by name."""
    rows = []
    for name, info in data.items():
        sources, count, p_female = info[0], info[1], info[2]
        if (not _NAME.fullmatch(name) or name in _NOT_NAMES or p_female is None
                or sources < MIN_SOURCES or count < MIN_COUNT):
            continue
        if p_female <= MAX_SHARE:
            rows.append(("-".join(p.title() for p in name.split("-")), "male"))
        elif p_female >= 1 - MAX_SHARE:
            rows.append(("-".join(p.title() for p in name.split("-")), "female"))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name_data", type=Path, help="nomquamgender/name_data.json")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "newscoder" / "data")
    a = ap.parse_args(argv)
    if not a.name_data.is_file():
        print(f"{a.name_data}: not found (nomquamgender's name_data.json is needed)", file=sys.stderr)
        return 2
    rows = genders(json.loads(a.name_data.read_text(encoding="utf-8")))
    with (a.out / "given_name_genders.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "gender"])
        w.writerows(rows)
    print(f"given_name_genders.csv: {len(rows)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
