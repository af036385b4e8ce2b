"""Derive office-holder and organisation tables from the PETRARCH2 actor dictionaries (MIT licence).

    python scripts/derive/petrarch_actors.py PATH/TO/petrarch2 [--out scripts/newscoder/data]

Reads, from the folder of the PETRARCH2 dictionaries (openeventdata/petrarch2, `petrarch2/data/dictionaries/`):

- `Phoenix.Countries.actors.txt`: named leaders and officials, each with role codes and the dates the role
  was held (`[DEUGOV 20051122-...]`); written to `office_holders.csv`, one row per name and dated term:
  name, country_iso3, role_code, start_date, end_date. A person's aliases are kept when they are a name
  (two words or more, no title word such as CHANCELLOR); an open term (`>051122`) ends on the date the
  dictionary was generated (2014-01-30), since nothing later is known.
- `Phoenix.International.actors.txt` and `Phoenix.MilNonState.actors.txt`: organisations and armed or
  political groups whose code names a country (`[MNCUSA]`, `[PAKREB]`); written to
  `petrarch_organizations.csv`: name, country_iso3, code. A one-word name of a company or an NGO is kept
  when it has five letters or more ("JETBLUE"); short acronyms stand for many bodies, and the armed groups'
  one-word aliases include common words ("FALCON", "YOUTH"). Intergovernmental bodies of no one country
  (`[IGOUNO]`, `[IGOAFRAFU]`) are written too, with an empty country: their officials are of no country by
  their office (a body's acronym or a name of an institution; people listed under such a code are skipped).

- `Phoenix.Countries.actors.txt` again, its UNDATED entries coded with a country and a sector (`[GBRMIL]`,
  `[USAGOV]`, `[ISRSPY]`, `[TURELI]`; the sectors are those of the agent codes of `Phoenix.agents.txt`):
  national institutions, agencies, armed forces, parties and people listed without a term; written to
  `petrarch_country_actors.csv`: name, country_iso3, code, one row per usable alias, each its own name ->
  country fact (the Royal Navy and the Royal Air Force are aliases of one `[GBRMIL]` entry but different
  bodies). Roles, country names, generic agents of any state ("SENATE_", "DEFENSE_DEPARTMENT_"), short
  one-word acronyms and lone surnames are left out (`country_actors`).

The licence travels with the tables (`scripts/newscoder/data/LICENSES/petrarch2-MIT.txt`). The project reads
only the derived CSVs, never the dictionaries, so a build needs no copy of them.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import pycountry

GENERATED = "2014-01-30"  # "Generated at: Thu Jan 30 2014" in the header of Phoenix.Countries.actors.txt
_CODE = re.compile(r"\[([A-Z~]{3,})(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]")
_ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
# words that make an alias a title rather than a name ("CHANCELLOR_MERKEL", "US_PRESIDENT_OBAMA")
_TITLE_WORDS = {
    "PRESIDENT", "PRIME", "MINISTER", "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "KING", "QUEEN", "PRINCE",
    "SECRETARY", "GENERAL", "GEN", "GEN.", "SENATOR", "SEN.", "GOVERNOR", "GOV.", "MR", "MR.", "MRS", "MRS.",
    "DR", "DR.", "SHEIKH", "EMIR", "SULTAN", "AMBASSADOR", "JUDGE", "JUSTICE", "MAYOR", "LEADER", "COLONEL",
    "COL.", "CAPTAIN", "ADMIRAL", "MARSHAL", "REPRESENTATIVE", "REP.", "CONGRESSMAN", "DEPUTY", "VICE",
    "FOREIGN", "DEFENSE", "DEFENCE", "INTERIOR", "CHIEF", "SPEAKER", "AYATOLLAH", "PRESIDENTE",
}


def _date(text: str, end: bool = False) -> str:
    """YYMMDD or YYYYMMDD -> ISO date (two-digit years up to 14 are 20xx: the file stops in 2014)."""
    if len(text) == 8:
        y, rest = text[:4], text[4:]
    else:
        yy = int(text[:2])
        y, rest = (f"20{text[:2]}" if yy <= 14 else f"19{text[:2]}"), text[2:]
    month, day = rest[:2], rest[2:]
    if month == "00":
        month, day = ("12", "31") if end else ("01", "01")
    if day == "00":
        day = "28" if end else "01"
    return f"{y}-{month}-{day}"


def _name(raw: str) -> str:
    """"ANGELA_MERKEL_" -> "Angela Merkel" (capitalised per word; the text's own spelling is used in output)."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    return " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in words)


def _is_name(raw: str) -> bool:
    words = [w for w in raw.strip().strip("_").split("_") if w]
    return len(words) >= 2 and not any(w.upper() in _TITLE_WORDS for w in words) and all(
        re.fullmatch(r"[A-Z][A-Z.'-]*", w) for w in words)


def _entries(path: Path):
    """(names, code lines) per entry: the head line, its `+` aliases, its `[CODE dates]` lines."""
    names: list[str] = []
    codes: list[str] = []
    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if body[:1] not in (" ", "\t", "+", "["):  # a new entry
            if names:
                yield names, codes
            names, codes = [body.split("[", 1)[0].strip()], [body]
        elif body.startswith("+"):
            names.append(body[1:].split("[", 1)[0].strip())
        else:
            codes.append(body)
    if names:
        yield names, codes


def office_holders(path: Path) -> list[dict[str, str]]:
    rows = []
    for names, lines in _entries(path):
        terms = []
        for line in lines:
            for code, start, stop in _CODE.findall(line):
                if not start or code[:3] not in _ISO3:
                    continue  # undated codes say what someone is, not an office held for a time
                if start.startswith(">"):
                    begin, finish = _date(start[1:]), GENERATED
                elif start.startswith("<"):
                    begin, finish = "", _date(start[1:], end=True)
                else:
                    begin, finish = _date(start), _date(stop, end=True) if stop else _date(start, end=True)
                terms.append((code[:3], code, begin, finish))
        if not terms:
            continue
        for raw in dict.fromkeys(n for n in names if _is_name(n)):
            for iso3, code, begin, finish in terms:
                rows.append({"name": _name(raw), "country_iso3": iso3, "role_code": code,
                             "start_date": begin, "end_date": finish})
    return sorted({tuple(r.items()): r for r in rows}.values(), key=lambda r: tuple(r.values()))


def organizations(paths: list[Path]) -> list[dict[str, str]]:
    rows = {}
    for path in paths:
        for names, lines in _entries(path):
            codes = [c for line in lines for c, start, _ in _CODE.findall(line) if not start]
            if not codes:
                continue
            code = codes[0]
            iso3 = code[3:6] if code.startswith(("MNC", "NGO", "IGO")) else code[:3]
            if iso3 not in _ISO3:
                if not code.startswith("IGO"):
                    continue
                iso3 = ""  # an intergovernmental body of no one country ("IGOUNO", "IGOAFRAFU")
            for raw in dict.fromkeys(names):
                words = [w for w in raw.strip("_").split("_") if w]
                if any(w.upper() in _TITLE_WORDS for w in words) or not words:
                    continue
                if iso3 and len(words) == 1 and not (code.startswith(("MNC", "NGO")) and _is_distinct_word(words[0])):
                    continue  # a short acronym ("AMIT", "UDA") is too often another body's; the armed groups'
                    # one-word aliases include common words ("FALCON", "TIGERS", "YOUTH")
                if iso3 == "" and not _is_body_name(words):
                    continue
                key = _name(raw).lower()
                if key not in rows or rows[key]["country_iso3"] == "" and iso3:
                    rows[key] = {"name": _name(raw), "country_iso3": iso3, "code": code}
    return sorted(rows.values(), key=lambda r: (r["name"], r["code"]))


# the words that make an alias a role of a person or a descriptor rather than a body's or a person's name
# ("WHITE_HOUSE_SPOKESMAN", "STATE_DEPARTMENT_OFFICIAL", "REFORMER_DENG_XIAOPING")
_ROLE_WORDS = _TITLE_WORDS | {
    "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "OFFICIAL", "OFFICIALS", "SECRETARY", "DIRECTOR", "JUSTICES",
    "SOLDIERS", "COMMANDER", "COMMANDER-IN-CHIEF", "REFORMER", "ACTIVIST", "THINK", "SECDEF", "CHAIRMAN", "POTUS",
}
# a level of government, not a country: "FEDERAL_LAW_ENFORCEMENT" is any federation's police
_LEVEL_WORDS = {"FEDERAL", "NATIONAL", "STATE", "LOCAL", "CENTRAL", "THE"}
_FUNCTION_WORDS = {"OF", "THE", "AND", "FOR", "ON", "IN", "TO"}


def agent_nouns(path: Path) -> set[str]:
    """The generic agents of `Phoenix.agents.txt` ("SENATE", "DEFENSE_DEPARTMENT", "NATIONAL_SECURITY_COUNCIL"):
    common nouns every state has a body of, not one country's name."""
    found = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if m := re.match(r"([A-Z][A-Z0-9_.'&-]*)\s*\[~", line.split("#", 1)[0].strip()):
            found.add(m.group(1).strip("_"))
    return found


def sector_codes(path: Path) -> set[str]:
    """The three-letter sector codes of the agents (`[~GOVMIL]` -> GOV, MIL): a country code followed by
    one of them names a body or person of that country; one followed by anything else is a territory
    (`GBRGIB`, `USAPRI`) or a place."""
    found = set()
    for code in re.findall(r"\[~([A-Z]+)\]", path.read_text(encoding="latin-1")):
        found.update(code[i : i + 3] for i in range(0, len(code) - 2, 3))
    return found


def country_actors(path: Path, agents: set[str], sectors: set[str]) -> list[dict[str, str]]:
    """The undated entries of `Phoenix.Countries.actors.txt` coded with a country and a sector (`[GBRMIL]`,
    `[USACOP]`, `[ISRSPY]`, `[TURELI]`): national institutions, agencies, forces, parties and people listed
    without a term. One row per usable alias, each its own name -> country fact (the aliases of one entry are
    often different bodies: the Royal Navy and the Royal Air Force are both `[GBRMIL]`). Skipped: entries with
    a dated term (people in office: `office_holders`), places and territories (a bare country code or one
    followed by no sector), a role or descriptor ("WHITE_HOUSE_SPOKESMAN", "SECRETARY_OF_STATE_"), a
    generic agent of any state ("SENATE_", "DEFENSE_DEPARTMENT_", "FEDERAL_LAW_ENFORCEMENT_"), a country's own
    name ("STATE_OF_ISRAEL"), a possessive phrase ("SYRIA'S_GOVERNMENT"), a one-word alias shorter than five
    letters ("FBI", "CIA": acronyms stand for many bodies) or that is the last word of another alias of the
    entry (a surname: "SNOWDEN" of "EDWARD_SNOWDEN"). A name two entries give different countries is dropped."""
    rows: dict[str, dict[str, str]] = {}
    clash: set[str] = set()
    for names, lines in _entries(path):
        coded = [(c, start) for line in lines for c, start, _ in _CODE.findall(line)]
        if not coded or any(start for _, start in coded):
            continue
        codes = sorted({c for c, _ in coded if c[:3] in _ISO3 and len(c) >= 6 and c[3:6] in sectors})
        if not codes or len({c[:3] for c in codes}) > 1:
            continue
        code = codes[0]
        iso3 = code[:3]
        surnames = {w[-1] for n in names if len(w := _words(n)) > 1}
        for raw in dict.fromkeys(names):
            words = _words(raw)
            if not _usable_alias(words, agents, surnames):
                continue
            key = _name(raw).lower()
            if key in rows and rows[key]["country_iso3"] != iso3:
                clash.add(key)
            rows.setdefault(key, {"name": _name(raw), "country_iso3": iso3, "code": code})
    return sorted((r for k, r in rows.items() if k not in clash), key=lambda r: (r["name"], r["code"]))


def _words(raw: str) -> list[str]:
    return [w for w in raw.strip().strip("_").split("_") if w]


def _usable_alias(words: list[str], agents: set[str], surnames: set[str]) -> bool:
    parts = [p for w in words for p in w.upper().split("-")]  # "VICE-PRESIDENT", "WASHINGTON-BASED"
    if not words or any(p in _ROLE_WORDS or p == "BASED" for p in parts) or any("'S" in w.upper() for w in words):
        return False
    if not all(re.fullmatch(r"[A-Z][A-Z0-9.'-]*", w) for w in words):
        return False  # mis-encoded spellings ("DEMIRTAÅ\x9e")
    phrase = "_".join(words).upper()
    if phrase in agents or phrase.rstrip("S") in agents or words[0] in _LEVEL_WORDS and "_".join(words[1:]) in agents:
        return False
    if _is_country_name(" ".join(words)):
        return False
    if len(words) == 1:
        return _is_distinct_word(words[0]) and words[0] not in surnames
    return not all(w in _FUNCTION_WORDS for w in words)


def _is_country_name(text: str) -> bool:
    try:
        pycountry.countries.lookup(text)
    except LookupError:
        return text.upper().startswith(("STATE OF ", "REPUBLIC OF ", "KINGDOM OF "))
    return True


def _is_distinct_word(word: str) -> bool:
    """A one-word name distinct enough to stand for its body ("JETBLUE"): five letters or more (short
    acronyms stand for many bodies)."""
    return sum(c.isalpha() for c in word) >= 5


def _is_body_name(words: list[str]) -> bool:
    """A body's name or acronym, not one of its people ("KOFI_ANNAN_ [IGOUNO]" is a person): an acronym of
    letters, or a name of three words or more, or one with a word of an institution."""
    if len(words) == 1:
        return bool(re.fullmatch(r"[A-Z.]{2,8}", words[0]))
    return len(words) >= 3 or any(w.upper() in _BODY_WORDS for w in words)


_BODY_WORDS = {"ORGANIZATION", "ORGANISATION", "UNION", "BANK", "FUND", "COUNCIL", "COMMISSION", "AGENCY",
               "PROGRAMME", "PROGRAM", "NATIONS", "COURT", "FORCE", "MISSION", "OFFICE", "COMMUNITY", "LEAGUE",
               "ASSOCIATION", "CONFERENCE", "TRIBUNAL", "PARLIAMENT", "ALLIANCE", "COMMITTEE", "INSTITUTE"}


def _write(path: Path, rows: list[dict[str, str]], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the PETRARCH2 dictionaries folder")
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "newscoder" / "data")
    args = parser.parse_args(argv)
    people = office_holders(args.folder / "Phoenix.Countries.actors.txt")
    orgs = organizations([args.folder / "Phoenix.International.actors.txt",
                          args.folder / "Phoenix.MilNonState.actors.txt"])
    agents = args.folder / "Phoenix.agents.txt"
    national = country_actors(args.folder / "Phoenix.Countries.actors.txt", agent_nouns(agents), sector_codes(agents))
    _write(args.out / "office_holders.csv", people, ["name", "country_iso3", "role_code", "start_date", "end_date"])
    _write(args.out / "petrarch_organizations.csv", orgs, ["name", "country_iso3", "code"])
    _write(args.out / "petrarch_country_actors.csv", national, ["name", "country_iso3", "code"])
    print(f"office_holders.csv: {len(people)} terms; petrarch_organizations.csv: {len(orgs)} organisations; "
          f"petrarch_country_actors.csv: {len(national)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
