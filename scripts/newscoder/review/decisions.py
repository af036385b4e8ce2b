"""Review decisions as data: `data/review/decisions.csv`, append-only, one row per human decision.

The columns, types and constraints are those of the Table Schema `decisions.json` beside this module;
`read_decisions` checks a file against it and names the file and line of every problem, and
`append_decisions` adds rows without ever rewriting the ones already there.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

DECISIONS_FILE = "decisions.csv"
REVIEW_TABLES = ("quotes", "events", "actors", "mentions")
ACTIONS = ("verify", "reject", "correct", "merge_into")
ID_COLUMN = {"quotes": "quote_id", "events": "event_id", "actors": "actor_id", "mentions": "mention_id"}

# Fields a reviewer may correct: the reading of the text, never the provenance (ids, offsets, evidence,
# extractor) that ties a row to its article, nor the counts that the build computes.
EDITABLE = {
    "quotes": ("speaker_actor_id", "speaker_text", "speaker_char_start", "speaker_char_end", "cue",
               "cue_char_start", "cue_char_end", "quote_type"),
    "events": ("source_actor_id", "target_actor_id", "target_text", "cameo_code", "plover_type", "modality",
               "event_date", "date_precision", "date_text", "date_basis", "location_text", "location_country_iso3"),
    "actors": ("name", "actor_type", "country_iso3", "role", "parent_actor_id", "wikidata_id"),
    "mentions": ("actor_id", "mention_kind"),
}


class DecisionError(ValueError):
    """A decisions file or a new decision that does not fit the schema; the message names file and line."""


@cache
def _schema() -> dict:
    return json.loads(resources.files(__package__).joinpath("decisions.json").read_text(encoding="utf-8"))


def decision_schema() -> dict:
    """The Table Schema of decisions.csv (a fresh copy)."""
    return json.loads(json.dumps(_schema()))


def columns() -> list[str]:
    return [f["name"] for f in _schema()["fields"]]


def decision_id(row: dict) -> str:
    """Hashed from everything the decision says (not from its place in the file), so importing the same
    sheet twice adds nothing the second time."""
    parts = [str(row.get(c) or "") for c in columns() if c not in ("decision_id", "sample_id")]
    return "dec_" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def check_row(row: dict) -> list[str]:
    """Problems of one decision row (values as CSV text), each a short sentence; [] when it is valid."""
    problems = []
    for f in _schema()["fields"]:
        name, c = f["name"], f.get("constraints", {})
        value = row.get(name) or ""
        if not value:
            if c.get("required"):
                problems.append(f"{name} is empty")
            continue
        if "enum" in c and value not in c["enum"]:
            problems.append(f"{name} {value!r} is not one of {', '.join(c['enum'])}")
        if "pattern" in c and not re.fullmatch(c["pattern"], value):
            problems.append(f"{name} {value!r} does not match {c['pattern']}")
        if f["type"] == "date":
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                problems.append(f"{name} {value!r} is not a date (YYYY-MM-DD)")
        if f["type"] == "integer" and not re.fullmatch(r"\d+", value):
            problems.append(f"{name} {value!r} is not a whole number >= 0")
    action, table, field = row.get("action"), row.get("table"), row.get("field") or ""
    if action == "correct":
        if not field:
            problems.append("a correct decision needs a field")
        elif table in EDITABLE and field not in EDITABLE[table]:
            problems.append(f"field {field!r} of {table} cannot be corrected (correctable: "
                            f"{', '.join(EDITABLE[table])})")
    if action == "merge_into":
        if table != "actors":
            problems.append("merge_into is for actors only")
        if not row.get("new_value"):
            problems.append("merge_into needs the actor_id to merge into in new_value")
        elif row.get("new_value") == row.get("row_id"):
            problems.append("an actor cannot be merged into itself")
    return problems


def read_decisions(path: str | Path) -> list[dict]:
    """Every decision of a decisions.csv, in file order, as dicts of text (empty cells as "").

    A missing file is no decisions. DecisionError listing every bad line (with its line number) when the
    file does not fit the schema, or holds a decision_id twice."""
    path = Path(path)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames != columns():
        found = ",".join(reader.fieldnames or [])
        raise DecisionError(f"{path}: the header must be {','.join(columns())}, found {found}")
    rows, problems, seen = [], [], set()
    for line, row in enumerate(reader, start=2):
        row = {k: (v or "") for k, v in row.items()}
        bad = check_row(row)
        if row["decision_id"] in seen:
            bad.append(f"decision_id {row['decision_id']} appears twice")
        seen.add(row["decision_id"])
        problems += [f"{path} line {line}: {b}" for b in bad]
        rows.append(row)
    if problems:
        raise DecisionError("\n".join(problems))
    return rows


def _csv_line(values: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def append_decisions(path: str | Path, new: list[dict]) -> list[dict]:
    """Append decisions (dicts of text; decision_id computed when absent) to `path`, creating it with its
    header. Decisions already in the file (same id) are skipped; returns those actually appended. Either
    every new row is valid and all are written, or DecisionError and the file is unchanged."""
    path = Path(path)
    existing = {r["decision_id"] for r in read_decisions(path)}
    rows, problems = [], []
    for i, row in enumerate(new, start=1):
        row = {c: str(row.get(c) or "") for c in columns()}
        row["decision_id"] = row["decision_id"] or decision_id(row)
        problems += [f"new decision {i} ({row['table']} {row['row_id']}): {b}" for b in check_row(row)]
        if row["decision_id"] not in existing:
            existing.add(row["decision_id"])
            rows.append(row)
    if problems:
        raise DecisionError("\n".join(problems))
    if not rows:
        return []
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "" if path.is_file() else _csv_line(columns())
    with path.open("a", encoding="utf-8", newline="") as fh:
        fh.write(header + "".join(_csv_line([r[c] for c in columns()]) for r in rows))
    return rows
