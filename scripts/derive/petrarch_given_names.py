"""Derive a table of given names from the PETRARCH2 country-actors dictionary (MIT licence).

    python scripts/derive/petrarch_given_names.py PATH/TO/petrarch2 [--out scripts/newscoder/data]

Reads `Phoenix.Countries.actors.txt` (openeventdata/petrarch2, `petrarch2/data/dictionaries/`): leaders and
officials written "ASHRAF_GHANI_" with their country and role codes below. The first word of every entry of
two to four words is a given name; a word counts when it opens at least two entries (one-off first words are
too often a title or a place), has three letters or more, is no word of the agents dictionary ("Chief") and
none of a few words that open office and body entries ("United", "Federal", "National"). Writes
`given_names.csv` (name, entries), the names in title case. Name typing uses it to tell a person the model
labelled ORG ("Wanda Ortiz Vega said") from an organisation. The licence travels with the table
(`scripts/newscoder/data/LICENSES/petrarch2-MIT.txt`); the project reads only the derived CSV.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

_ENTRY = re.compile(r"^([A-Z][A-Z'-]+(?:_[A-Z][A-Z'.-]*){1,3})_\s*(?:#.*)?$")
# words that open entries without being given names (titles, particles, offices)
_NOT_NAMES = frozenset({"PRESIDENT", "PRIME", "MINISTER", "KING", "QUEEN", "PRINCE", "SHEIKH", "GENERAL", "SIR",
                        "THE", "DR", "MR", "MRS", "UNITED", "FEDERAL", "NATIONAL", "ROYAL", "SAINT", "GREAT",
                        "GRAND", "AL", "EL", "BIN", "ABU", "ABD", "DE", "VAN", "VON", "LE", "LA"})


def _words(path: Path) -> set[str]:
    """Every upper-case word of a dictionary's entries."""
    if not path.is_file():
        return set()
    text = path.read_text(encoding="utf-8", errors="replace")
    return {w for line in text.splitlines() for w in re.findall(r"[A-Z][A-Z'-]+", line.split("#", 1)[0])}


def given_names(path: Path) -> list[tuple[str, int]]:
    """(Name, number of entries it opens), sorted by name."""
    folder = path.parent
    other = _words(folder / "Phoenix.agents.txt")
    counts: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _ENTRY.match(line)
        if m:
            first = m.group(1).split("_")[0]
            if len(first) >= 3 and first.isalpha() and first not in _NOT_NAMES and first not in other:
                counts[first.title()] += 1
    return sorted((n, c) for n, c in counts.items() if c >= 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("petrarch2", type=Path, help="folder holding Phoenix.Countries.actors.txt")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "newscoder" / "data")
    a = ap.parse_args(argv)
    src = a.petrarch2 / "Phoenix.Countries.actors.txt"
    if not src.is_file():
        print(f"{src}: not found (the PETRARCH2 dictionaries folder is needed)", file=sys.stderr)
        return 2
    rows = given_names(src)
    with (a.out / "given_names.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "entries"])
        w.writerows(rows)
    print(f"given_names.csv: {len(rows)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
