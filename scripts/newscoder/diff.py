"""Row diffs between two published packages, table by table on primary keys (DuckDB over the Parquet files).

A row is added when its key is only in the new package, removed when only in the old one, and modified when
any column both packages have differs (`IS DISTINCT FROM`, so a null equals a null and differs from any
value). Each modified value becomes one detail row (table, key, column, old_value, new_value), with the
review decisions that explain it where the new row names them (`decision_ids`) or a decisions file does.
Schema changes (tables, fields, types, constraints) are classified for the Data Package Version recipe.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from newscoder.package_io import Package, Table, open_package

LEVELS = ("patch", "minor", "major")  # Data Package Version: the part of the version a change bumps
KEY_SEPARATOR = "|"  # a composite key is shown as its values joined by this
DETAIL_COLUMNS = ["table", "change", "key", "column", "old_value", "new_value", "decision_ids", "decisions"]
_DUCK_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}
_DECISION_ID_COLUMNS = ("decision_ids", "decision_id")
_DECISION_TARGET_COLUMNS = ("row_id", "target_id", "record_id")
_DECISION_WORDS = ("action", "decision", "field", "reason", "reviewer", "decided_date", "date")
_NO_VALUES = ('CAST(NULL AS VARCHAR) AS "column", CAST(NULL AS VARCHAR) AS old_value, '
              "CAST(NULL AS VARCHAR) AS new_value")


@dataclass
class TableDiff:
    added: int = 0
    removed: int = 0
    modified: int = 0
    changed_columns: dict[str, int] = field(default_factory=dict)  # column -> rows where it changed

    def counts(self) -> dict[str, int]:
        return {"added": self.added, "removed": self.removed, "modified": self.modified}


@dataclass
class SchemaChange:
    level: str  # one of LEVELS
    table: str
    message: str


@dataclass
class PackageDiff:
    old_version: str | None
    new_version: str | None
    tables: dict[str, TableDiff]
    schema: list[SchemaChange]
    details: pd.DataFrame  # DETAIL_COLUMNS, one row per added/removed row and per modified value

    def counts(self) -> dict[str, dict[str, int]]:
        return {name: t.counts() for name, t in self.tables.items()}

    def level(self) -> str:
        """The version part this change bumps: major for a removed or renamed table or field, a changed
        type or a stricter constraint; minor for added tables, fields or rows (and removed rows); patch for
        corrections to existing rows (or nothing but metadata)."""
        found = {c.level for c in self.schema}
        if any(t.added or t.removed for t in self.tables.values()):
            found.add("minor")
        return max(found | {"patch"}, key=LEVELS.index)

    def is_empty(self) -> bool:
        return not self.schema and not any(t.added or t.removed or t.modified for t in self.tables.values())

    def changelog(self) -> str:
        """Markdown lines for a changelog section: the schema changes, then the rows per table."""
        lines = []
        for c in self.schema:
            lines.append(f"- Schema ({c.level}): `{c.table}`: {c.message}")
        for name, t in self.tables.items():
            if not (t.added or t.removed or t.modified):
                continue
            cols = ", ".join(f"`{c}` ({n})" for c, n in sorted(t.changed_columns.items()))
            text = f"- `{name}`: {t.added} rows added, {t.removed} removed, {t.modified} modified"
            lines.append(text + (f" (changed columns: {cols})" if cols else ""))
        return "\n".join(lines) if lines else "- No change to the tables or their schemas."

    def format_text(self, examples: int = 10) -> str:
        out = [f"{self.old_version or '?'} -> {self.new_version or '?'}: a {self.level()} change", ""]
        width = max([len(n) for n in self.tables] + [5])
        out.append(f"{'table':<{width}}  {'added':>8}  {'removed':>8}  {'modified':>8}")
        for name, t in self.tables.items():
            out.append(f"{name:<{width}}  {t.added:>8}  {t.removed:>8}  {t.modified:>8}")
        if self.schema:
            out += ["", "schema changes:"] + [f"  {c.level}: {c.table}: {c.message}" for c in self.schema]
        mods = self.details[self.details["change"] == "modified"]
        if len(mods):
            out += ["", f"modified values (first {min(examples, len(mods))} of {len(mods)}):"]
            for row in mods.head(examples).itertuples(index=False):
                why = f"  [{row.decisions or row.decision_ids}]" if (row.decisions or row.decision_ids) else ""
                out.append(f"  {row.table} {row.key} {row.column}: {_show(row.old_value)} -> "
                           f"{_show(row.new_value)}{why}")
        return "\n".join(out)


def _show(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "(empty)"
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


# --- schema changes -------------------------------------------------------------------------------------


def _constraint_changes(table: str, col: str, old: dict, new: dict) -> list[SchemaChange]:
    out = []

    def add(level: str, what: str) -> None:
        out.append(SchemaChange(level, table, f"field `{col}`: {what}"))

    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        if name == "enum":
            if b is None:
                add("minor", "enum constraint removed")
            elif a is None:
                add("major", "enum constraint added")
            elif set(a) - set(b):
                add("major", f"enum values removed: {sorted(set(a) - set(b))}")
            elif set(b) - set(a):
                add("minor", f"enum values added: {sorted(set(b) - set(a))}")
            else:
                add("patch", "enum values reordered")
        elif name in ("required", "unique"):
            add("major" if b else "minor", f"{name} {a or False} -> {b or False}")
        elif name in ("minimum", "minLength"):
            add("major" if a is None or (b is not None and b > a) else "minor", f"{name} {a} -> {b}")
        elif name in ("maximum", "maxLength"):
            add("major" if a is None or (b is not None and b < a) else "minor", f"{name} {a} -> {b}")
        elif b is None:
            add("minor", f"{name} constraint removed")
        else:  # a changed or new pattern (or another constraint) may refuse values the old one allowed
            add("major", f"{name} {a!r} -> {b!r}")
    return out


def schema_changes(old: dict[str, Table], new: dict[str, Table]) -> list[SchemaChange]:
    """Table and field changes between two packages, each with the version part it bumps."""
    out: list[SchemaChange] = []
    for name in old:
        if name not in new:
            out.append(SchemaChange("major", name, "table removed"))
    for name in new:
        if name not in old:
            out.append(SchemaChange("minor", name, "table added"))
            continue
        a, b = old[name], new[name]
        if a.key != b.key:
            out.append(SchemaChange("major", name, f"primary key {a.key} -> {b.key}"))
        fa = {f["name"]: f for f in a.schema.get("fields", [])}
        fb = {f["name"]: f for f in b.schema.get("fields", [])}
        for col in fa:
            if col not in fb:
                out.append(SchemaChange("major", name, f"field `{col}` removed or renamed"))
        for col in fb:
            if col not in fa:
                out.append(SchemaChange("minor", name, f"field `{col}` added"))
                continue
            if fa[col].get("type") != fb[col].get("type"):
                out.append(SchemaChange("major", name, f"field `{col}`: type {fa[col].get('type')} -> "
                                                       f"{fb[col].get('type')}"))
            out += _constraint_changes(name, col, fa[col].get("constraints") or {}, fb[col].get("constraints") or {})
        if json.dumps(a.schema.get("foreignKeys", []), sort_keys=True) != \
                json.dumps(b.schema.get("foreignKeys", []), sort_keys=True):
            out.append(SchemaChange("major", name, "foreign keys changed"))
    return out


# --- row diffs ------------------------------------------------------------------------------------------


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def relation_sql(table: Table) -> str:
    """SQL that reads one table's rows: its Parquet file, else its CSV with the schema's types."""
    if table.parquet is not None:
        return f"read_parquet({_lit(str(table.parquet))})"
    cols = ", ".join(f"{_lit(f['name'])}: {_lit(_DUCK_TYPES.get(f.get('type'), 'VARCHAR'))}"
                     for f in table.schema.get("fields", []))
    return f"read_csv({_lit(str(table.csv))}, header=true, columns={{{cols}}}, quote='\"', escape='\"')"


def key_sql(alias: str, key: list[str]) -> str:
    if len(key) == 1:
        return f"CAST({alias}.{_q(key[0])} AS VARCHAR)"
    return f"concat_ws({_lit(KEY_SEPARATOR)}, " + ", ".join(f"CAST({alias}.{_q(k)} AS VARCHAR)" for k in key) + ")"


def _types(con: duckdb.DuckDBPyConnection, view: str) -> dict[str, str]:
    return {row[0]: row[1] for row in con.execute(f"DESCRIBE {view}").fetchall()}


def _diff_table(con: duckdb.DuckDBPyConnection, name: str, old: Table | None, new: Table | None
                ) -> tuple[TableDiff, list[pd.DataFrame]]:
    result, frames = TableDiff(), []
    if old is not None and new is not None and old.csv_sha256 and old.csv_sha256 == new.csv_sha256 \
            and old.schema == new.schema:
        # the same canonical CSV bytes hold the same rows: nothing to compare (when the declared hash is
        # right, which `newscoder validate` checks)
        return result, frames
    if new is not None:
        con.execute(f"CREATE OR REPLACE TEMP VIEW n AS SELECT * FROM {relation_sql(new)}")
    if old is not None:
        con.execute(f"CREATE OR REPLACE TEMP VIEW o AS SELECT * FROM {relation_sql(old)}")
    decision_col = "n.decision_ids" if new is not None and "decision_ids" in new.columns else "NULL"
    if old is None or new is None:
        side, alias, table = ("added", "n", new) if old is None else ("removed", "o", old)
        dec = decision_col if side == "added" else "NULL"
        frame = con.execute(f"SELECT {_lit(name)} AS \"table\", {_lit(side)} AS change, "
                            f"{key_sql(alias, table.key)} AS key, {_NO_VALUES}, "
                            f"CAST({dec} AS VARCHAR) AS decision_ids "
                            f"FROM {'n' if side == 'added' else 'o'} AS {alias}").df()
        setattr(result, side, len(frame))
        return result, [frame]
    key = old.key if old.key == new.key else new.key
    using = " AND ".join(f"o.{_q(k)} = n.{_q(k)}" for k in key)
    first = _q(key[0])
    for side, (left, right) in (("added", ("n", "o")), ("removed", ("o", "n"))):
        dec = decision_col if side == "added" else "NULL"
        frame = con.execute(
            f"SELECT {_lit(name)} AS \"table\", {_lit(side)} AS change, {key_sql(left, key)} AS key, "
            f"{_NO_VALUES}, CAST({dec} AS VARCHAR) AS decision_ids "
            f"FROM {left} LEFT JOIN {right} ON {using} WHERE {right}.{first} IS NULL").df()
        setattr(result, side, len(frame))
        frames.append(frame)
    old_types, new_types = _types(con, "o"), _types(con, "n")
    common = [c for c in new.columns if c in old.columns and c not in key and c in old_types and c in new_types]
    if not common:
        return result, frames

    def cmp(c: str) -> tuple[str, str]:
        if old_types[c] == new_types[c]:
            return f"o.{_q(c)}", f"n.{_q(c)}"
        return f"CAST(o.{_q(c)} AS VARCHAR)", f"CAST(n.{_q(c)} AS VARCHAR)"

    flags = [f"({a} IS DISTINCT FROM {b})" for a, b in map(cmp, common)]
    picks = ", ".join(f"{a} AS {_q('o:' + c)}, {b} AS {_q('n:' + c)}, {flag} AS {_q('d:' + c)}"
                      for c, (a, b), flag in zip(common, map(cmp, common), flags, strict=True))
    con.execute(f"CREATE OR REPLACE TEMP TABLE m AS SELECT {key_sql('n', key)} AS key, "
                f"CAST({decision_col} AS VARCHAR) AS decision_ids, {picks} "
                f"FROM o JOIN n ON {using} WHERE {' OR '.join(flags)}")
    result.modified = con.execute("SELECT count(*) FROM m").fetchone()[0]
    if result.modified:
        counts = con.execute("SELECT " + ", ".join(f"count_if({_q('d:' + c)})" for c in common) + " FROM m").fetchone()
        result.changed_columns = {c: n for c, n in zip(common, counts, strict=True) if n}
        for c in result.changed_columns:
            frames.append(con.execute(
                f"SELECT {_lit(name)} AS \"table\", 'modified' AS change, key, {_lit(c)} AS \"column\", "
                f"CAST({_q('o:' + c)} AS VARCHAR) AS old_value, CAST({_q('n:' + c)} AS VARCHAR) AS new_value, "
                f"decision_ids FROM m WHERE {_q('d:' + c)}").df())
    con.execute("DROP TABLE m")
    return result, frames


# --- decisions ------------------------------------------------------------------------------------------


def _decisions_file(pkg: Package) -> Path | None:
    for folder in (pkg.base, *pkg.base.parents[:1]):
        path = folder / "data" / "review" / "decisions.csv"
        if path.is_file():
            return path
    return None


def _explain(details: pd.DataFrame, decisions_path: Path | None) -> pd.DataFrame:
    """Fill `decisions` with a short text per detail row from the decisions file: the decisions the new row
    names in `decision_ids`, or, when rows carry no such column, the decisions whose target is the row's key.
    Tolerant: without the file (or with columns it does not know) the column stays empty."""
    details["decisions"] = None
    if decisions_path is None or details.empty:
        return details
    try:
        dec = pd.read_csv(decisions_path, dtype=str, keep_default_na=False)
    except (OSError, ValueError, pd.errors.ParserError):
        return details
    id_col = next((c for c in _DECISION_ID_COLUMNS if c in dec.columns), None)
    if id_col is None:
        return details
    words = [c for c in _DECISION_WORDS if c in dec.columns]

    def text(row: pd.Series) -> str:
        parts = [row[c] for c in words if row[c]]
        return f"{row[id_col]}: " + "; ".join(parts) if parts else str(row[id_col])

    by_id = {row[id_col]: text(row) for _, row in dec.iterrows()}
    target = next((c for c in _DECISION_TARGET_COLUMNS if c in dec.columns), None)
    by_target: dict[str, list[str]] = {}
    if target:
        for _, row in dec.iterrows():
            by_target.setdefault(row[target], []).append(row[id_col])

    def explain(ids: object, key: str) -> str | None:
        names = [i for i in str(ids).replace(";", " ").replace(",", " ").split()] if isinstance(ids, str) else []
        names = names or by_target.get(key, [])
        found = [by_id[i] for i in names if i in by_id]
        return " | ".join(found) or None

    details["decisions"] = [explain(i, k) for i, k in zip(details["decision_ids"], details["key"], strict=True)]
    return details


# --- the diff -------------------------------------------------------------------------------------------


def diff_packages(old: Package, new: Package, decisions: Path | None = None) -> PackageDiff:
    """Compare two opened packages: every table either has, in the new package's order."""
    names = list(new.tables) + [n for n in old.tables if n not in new.tables]
    con = duckdb.connect()
    try:
        con.execute("SET threads TO 2")
        tables, frames = {}, []
        for name in names:
            tables[name], parts = _diff_table(con, name, old.tables.get(name), new.tables.get(name))
            frames += [f for f in parts if len(f)]
    finally:
        con.close()
    if frames:
        details = pd.concat(frames, ignore_index=True)
        details["old_value"] = details["old_value"].astype(object).where(details["old_value"].notna(), None)
        details["new_value"] = details["new_value"].astype(object).where(details["new_value"].notna(), None)
    else:
        details = pd.DataFrame({c: pd.Series(dtype=object) for c in DETAIL_COLUMNS[:-1]})
    order = {n: i for i, n in enumerate(names)}
    details = details.assign(_t=details["table"].map(order)).sort_values(
        ["_t", "change", "key", "column"], kind="stable", na_position="first").drop(columns="_t")
    details = _explain(details.reset_index(drop=True), decisions or _decisions_file(new))
    return PackageDiff(old.version, new.version, tables, schema_changes(old.tables, new.tables),
                       details[DETAIL_COLUMNS])


def diff_paths(old: str | Path, new: str | Path, decisions: Path | None = None) -> PackageDiff:
    """`diff_packages` for two paths (datapackage.json, a folder holding one, or a release zip)."""
    with open_package(old) as a, open_package(new) as b:
        return diff_packages(a, b, decisions)


def write_details(diff: PackageDiff, out_dir: Path) -> list[Path]:
    """The detail rows as out_dir/diff.csv and diff.parquet, and the counts as out_dir/summary.json."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    frame = diff.details.astype(object).where(diff.details.notna(), None)
    csv, parquet, summary = out_dir / "diff.csv", out_dir / "diff.parquet", out_dir / "summary.json"
    frame.to_csv(csv, index=False, lineterminator="\n")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pandas(frame, schema=pa.schema([(c, pa.string()) for c in DETAIL_COLUMNS]),
                                        preserve_index=False), parquet)
    summary.write_text(json.dumps({"old_version": diff.old_version, "new_version": diff.new_version,
                                   "level": diff.level(), "tables": diff.counts(),
                                   "schema": [c.__dict__ for c in diff.schema]}, indent=2) + "\n",
                       encoding="utf-8")
    return [csv, parquet, summary]
