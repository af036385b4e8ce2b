"""Derive the table of one-word agent nouns from the PETRARCH2 agents dictionary (MIT licence).

    python scripts/derive/petrarch_agents.py PATH/TO/petrarch2 [--out scripts/newscoder/data]

Reads `Phoenix.agents.txt` (openeventdata/petrarch2, `petrarch2/data/dictionaries/`): generic agent nouns
("FARMER [~AGR]", "LAWYER [~JUD]") with the sector code they stand for. Keeps the entries of one word (no
`_` phrase, no `!PERSON!` macro) and writes `agent_nouns.csv`: word (lower case), sector (the code without
`~`). Name extraction uses it to tell a job word glued to the front of a name ("Lawyer Ann Ray") from a
given name. The licence travels with the table (`scripts/newscoder/data/LICENSES/petrarch2-MIT.txt`); the
project reads only the derived CSV.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

_ENTRY = re.compile(r"^([A-Z][A-Z'.-]*)\s*\[~?([A-Z]{3})[A-Z]*\]")


def agent_nouns(path: Path) -> list[tuple[str, str]]:
    """(word, sector) for each one-word agent entry, first sector kept, sorted by word."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        m = _ENTRY.match(line)
        if m:
            found.setdefault(m.group(1).lower(), m.group(2))
    return sorted(found.items())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("petrarch2", type=Path, help="folder holding Phoenix.agents.txt")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "newscoder" / "data")
    a = ap.parse_args(argv)
    src = a.petrarch2 / "Phoenix.agents.txt"
    if not src.is_file():
        print(f"{src}: not found (the PETRARCH2 dictionaries folder is needed)", file=sys.stderr)
        return 2
    rows = agent_nouns(src)
    with (a.out / "agent_nouns.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["word", "sector"])
        w.writerows(rows)
    print(f"agent_nouns.csv: {len(rows)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
