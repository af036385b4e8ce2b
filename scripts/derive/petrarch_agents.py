"""Derive the tables of agent nouns and generic state bodies from the PETRARCH2 agents dictionary (MIT licence).

    python scripts/derive/petrarch_agents.py PATH/TO/petrarch2 [--out scripts/newscoder/data]

Reads `Phoenix.agents.txt` (openeventdata/petrarch2, `petrarch2/data/dictionaries/`): generic agent nouns
("FARMER [~AGR]", "LAWYER [~JUD]") with the sector code they stand for. Keeps the entries of one word (no
`_` phrase, no `!PERSON!` macro) and writes `agent_nouns.csv`: word (lower case), sector (the code without
`~`). Name extraction uses it to tell a job word glued to the front of a name ("Lawyer Ann Ray") from a
given name.

It also writes `generic_bodies.csv`: the agent phrases of state sectors (GOV, LEG, JUD, MIL, COP, SPY) that
name an institution every state has ("SENATE", "SUPREME_COURT", "NATIONAL_POLICE", "COAST_GUARD"):
phrases whose last word is an institution noun, leaving out office titles ("SPEAKER_OF_PARLIAMENT": a word
other than an institution noun before "of"), sub-national levels ("STATE_SUPREME_COURT", "DISTRICT_COURT":
their qualifier is a province or city, not a country) and news agencies; and "department of <portfolio>"
for the portfolios of the "SECRETARY_OF_<portfolio>" entries ("Department of Energy"). Actor naming reads
it to tell a bare body that needs its country ("Senate" -> "US Senate") from a distinctive name.
The licence travels with the table (`scripts/newscoder/data/LICENSES/petrarch2-MIT.txt`); the
project reads only the derived CSV.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

_ENTRY = re.compile(r"^([A-Z][A-Z'.-]*)\s*\[~?([A-Z]{3})[A-Z]*\]")
_PHRASE = re.compile(r"^([A-Z][A-Z'.-]*(?:_[A-Z'.-]+)*)_?\s*(?:\{[^}]*\})?\s*\[~?([A-Z]{3})[A-Z]*\]")
_STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
# the last word of a phrase that names an institution, not a person or an act
_INSTITUTION_HEADS = {"cabinet", "senate", "parliament", "congress", "assembly", "legislature", "court",
                      "judiciary", "police", "gendarmerie", "guard", "navy", "army", "military", "force",
                      "forces", "ministry", "service", "bureau", "agency"}
# bodies of a province, city or district (their qualifier is not the country), and news agencies
_NOT_NATIONAL = {"state", "district", "municipal", "superior", "legislative", "provincial", "county", "city",
                 "news", "fire", "jail", "religious", "sharia", "shariah", "royal", "interim", "caretaker",
                 "provisional", "junta", "general"}


def agent_nouns(path: Path) -> list[tuple[str, str]]:
    """(word, sector) for each one-word agent entry, first sector kept, sorted by word."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        m = _ENTRY.match(line)
        if m:
            found.setdefault(m.group(1).lower(), m.group(2))
    return sorted(found.items())


def generic_bodies(path: Path) -> list[tuple[str, str]]:
    """(phrase, sector) for each agent phrase naming an institution every state has, sorted by phrase."""
    found: dict[str, str] = {}
    text = path.read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines():
        m = _PHRASE.match(line.split("#", 1)[0].strip())
        if not m or m.group(2) not in _STATE_SECTORS:
            continue
        words = [w for w in m.group(1).lower().replace("-", "_").split("_") if w]
        if words[0] == "the":
            words = words[1:]
        if not words or words[-1] not in _INSTITUTION_HEADS or _NOT_NATIONAL & set(words) \
                or ("of" in words or "in" in words) and words[0] not in _INSTITUTION_HEADS or "and" in words:
            continue
        found.setdefault(" ".join(words), m.group(2))
    # the portfolios of "SECRETARY_OF_ENERGY", "SECRETARY_OF_THE_TREASURY": a department named by one alone
    # ("Department of Energy") is every state's
    for m in re.finditer(r"^SECRETARY_OF_((?:THE_)?[A-Z]+)\s*\[~?([A-Z]{3})", text, re.M):
        found.setdefault("department of " + m.group(1).lower().replace("_", " "), m.group(2))
    return sorted(found.items())


def _write(path: Path, header: list[str], rows: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


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
    _write(a.out / "agent_nouns.csv", ["word", "sector"], rows)
    print(f"agent_nouns.csv: {len(rows)} words")
    bodies = generic_bodies(src)
    _write(a.out / "generic_bodies.csv", ["phrase", "sector"], bodies)
    print(f"generic_bodies.csv: {len(bodies)} phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
