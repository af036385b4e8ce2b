"""The table schemas: one Frictionless Table Schema JSON file per published table.

The JSON files beside this module are the single source of truth for column names, types, constraints
and descriptions. Everything else is generated from them: the Arrow schemas of the Parquet files, the
resources of datapackage.json, the typed DataFrames of `newscoder.load`, and the data dictionary
(docs/data-dictionary.md).
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from pathlib import Path

import pyarrow as pa

# Publishing order: referenced tables before the tables that point to them.
TABLES: tuple[str, ...] = ("articles", "article_texts", "actors", "actor_aliases", "mentions", "quotes", "events")

DICTIONARY_START = "<!-- data-dictionary:start -->"
DICTIONARY_END = "<!-- data-dictionary:end -->"

_ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}


def check_table(name: str) -> str:
    """`name` if it is a published table, else a ValueError listing the valid names."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; valid tables: {', '.join(TABLES)}")
    return name


@cache
def _load(name: str) -> dict:
    text = resources.files(__package__).joinpath(f"{check_table(name)}.json").read_text(encoding="utf-8")
    return json.loads(text)


def load_schema(name: str) -> dict:
    """The Table Schema descriptor of one table (a fresh copy: callers may change it)."""
    return copy.deepcopy(_load(name))


def field_names(name: str) -> list[str]:
    """Column names of a table, in published order."""
    return [f["name"] for f in _load(name)["fields"]]


def enum_values(field: dict) -> list[str] | None:
    """Allowed values of an enum field, in schema order (None for a free field)."""
    return field.get("constraints", {}).get("enum")


def is_required(field: dict) -> bool:
    return bool(field.get("constraints", {}).get("required", False))


def arrow_type(field: dict) -> pa.DataType:
    """Arrow type of one schema field; enums are dictionary-encoded so pandas reads them as categoricals."""
    if enum_values(field):
        return pa.dictionary(pa.int32(), pa.string())
    return _ARROW_TYPES[field["type"]]


def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of a table's Parquet file, derived field by field from its JSON schema."""
    schema = _load(name)
    fields = []
    for f in schema["fields"]:
        meta = {"description": f["description"], "frictionless_type": f["type"]}
        fields.append(pa.field(f["name"], arrow_type(f), nullable=not is_required(f), metadata=meta))
    return pa.schema(fields, metadata={"newscoder:table": name, "description": schema.get("description", "")})


# --- the data dictionary ---------------------------------------------------------------------------------

_TYPE_WORDS = {
    "string": "text",
    "integer": "integer",
    "number": "number",
    "boolean": "true/false",
    "date": "date (YYYY-MM-DD)",
}


def _cell(value: object) -> str:
    """A value made safe for one Markdown table cell."""
    text = json.dumps(value) if isinstance(value, bool) else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _constraint_notes(field: dict) -> str:
    c = field.get("constraints", {})
    notes = []
    if c.get("required"):
        notes.append("always filled")
    if c.get("unique"):
        notes.append("unique")
    if "minimum" in c and "maximum" in c:
        notes.append(f"{c['minimum']} to {c['maximum']}")
    elif "minimum" in c:
        notes.append(f"at least {c['minimum']}")
    if "pattern" in c:
        notes.append(f"pattern `{c['pattern']}`")
    return "; ".join(notes)


def _table_markdown(name: str) -> str:
    schema = _load(name)
    key = ", ".join(f"`{k}`" for k in schema["primaryKey"])
    lines = [f"### `{name}`", "", schema.get("description", ""), "",
             f"Files: `data/{name}.csv`, `data/{name}.parquet`. One row per {key}.", ""]
    fks = schema.get("foreignKeys", [])
    if fks:
        joins = []
        for fk in fks:
            target = fk["reference"]["resource"] or name
            joins.append(f"`{fk['fields']}` -> `{target}.{fk['reference']['fields']}`")
        lines += ["Joins: " + ", ".join(joins) + ".", ""]
    lines += ["| field | type | description | example |", "|---|---|---|---|"]
    for f in schema["fields"]:
        desc = f["description"]
        notes = _constraint_notes(f)
        if notes:
            desc += f" ({notes})"
        if enum_values(f):
            desc += " Allowed values: " + ", ".join(f"`{v}`" for v in enum_values(f)) + "."
        example = f"`{_cell(f['example'])}`" if f.get("example") not in (None, "") else ""
        lines.append(f"| `{f['name']}` | {_TYPE_WORDS[f['type']]} | {_cell(desc)} | {example} |")
    for f in schema["fields"]:
        if enum_values(f):
            lines += ["", f"Values of `{f['name']}`:", ""]
            defs = f.get("enumDescriptions", {})
            lines += [f"- `{v}`: {defs.get(v, '')}" for v in enum_values(f)]
    return "\n".join(lines)


def data_dictionary_markdown() -> str:
    """The data dictionary (docs/data-dictionary.md): one section per table, every field and every allowed
    value defined."""
    intro = ("Generated from `scripts/newscoder/schema/*.json` (do not edit by hand: run `make docs`, or "
             "`python -c \"from newscoder.schema import write_data_dictionary as w; w('docs/data-dictionary.md')\"`). "
             "A missing value is an empty cell in CSV and a null in Parquet.")
    return "\n\n".join([intro, *(_table_markdown(n) for n in TABLES)]) + "\n"


def write_data_dictionary(readme_path: str | Path) -> bool:
    """Replace the text between the data-dictionary markers of a Markdown page (docs/data-dictionary.md);
    True when the file changed."""
    path = Path(readme_path)
    text = path.read_text(encoding="utf-8")
    start, end = text.find(DICTIONARY_START), text.find(DICTIONARY_END)
    if start < 0 or end < start:
        raise ValueError(f"{path}: markers {DICTIONARY_START} ... {DICTIONARY_END} not found in that order")
    head = text[: start + len(DICTIONARY_START)]
    new = head + "\n\n" + data_dictionary_markdown() + "\n" + text[end:]
    if new == text:
        return False
    path.write_text(new, encoding="utf-8", newline="\n")
    return True
