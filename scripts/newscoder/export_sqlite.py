"""The published tables as one SQLite database (sqlite-utils), for Datasette and SQL users.

Every table keeps its declared primary key and foreign keys; `quotes.quote_text`, `articles.title` and
`actors.name` get FTS5 indexes (`quotes_fts`, `articles_fts`, `actors_fts`); views put the names beside
the ids (`quotes_named`, `events_named`, `mentions_named`). Dates are ISO text (SQLite has no date type),
booleans 0/1. The database is a separate file: the canonical CSV files are only read.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
import sqlite_utils

from newscoder.package_io import Package, Table, open_package

FTS_COLUMNS = {"quotes": ["quote_text"], "articles": ["title"], "actors": ["name"]}
LABEL_COLUMNS = {"actors": "name", "articles": "title"}  # the column a foreign key to the table shows
META_TABLE = "newscoder_export"  # one row: the sha256 of the datapackage.json the database was made from
_SQL_TYPES = {"string": str, "integer": int, "number": float, "boolean": int, "date": str}
# For a foreign-key column, the name of the column the *_named views add (speaker_actor_id -> speaker_name).
_ARTICLE_COLUMNS = ("title", "publisher", "published_date")


def _fields(table: Table) -> list[dict]:
    return table.schema.get("fields", [])


def _rows(table: Table) -> list[dict]:
    """The table's rows as dicts of SQLite values (from the Parquet file, else the CSV)."""
    types = {f["name"]: f.get("type") for f in _fields(table)}
    if table.parquet is not None:
        rows = pq.read_table(table.parquet, columns=list(types)).to_pylist()
    else:
        import pandas as pd

        frame = pd.read_csv(table.csv, dtype=str, keep_default_na=False)
        rows = [{k: (v if v != "" else None) for k, v in r.items()} for r in frame.to_dict("records")]
    for row in rows:
        for col, kind in types.items():
            value = row.get(col)
            if value is None:
                continue
            if kind == "date":
                row[col] = str(value)[:10]
            elif kind == "boolean":
                row[col] = int(value in (True, "true", "True", "1", 1))
            elif kind == "integer" and not isinstance(value, int):
                row[col] = int(value)
            elif kind == "number" and not isinstance(value, float):
                row[col] = float(value)
    return rows


def _foreign_keys(table: Table, names: set[str]) -> list[tuple[str, str, str]]:
    out = []
    for fk in table.schema.get("foreignKeys", []):
        cols = fk.get("fields")
        ref = fk.get("reference", {})
        other = ref.get("resource") or table.name  # "" means the table itself (actors.parent_actor_id)
        other_cols = ref.get("fields")
        cols = [cols] if isinstance(cols, str) else cols
        other_cols = [other_cols] if isinstance(other_cols, str) else other_cols
        if len(cols) == 1 and other in names:
            out.append((cols[0], other, other_cols[0]))
    return out


def _name_column(fk_column: str, other: str) -> str:
    """speaker_actor_id -> speaker_name, actor_id -> actor_name, parent_actor_id -> parent_name."""
    stem = fk_column[:-len("_actor_id")] if fk_column.endswith("_actor_id") else fk_column.removesuffix("_id")
    return f"{stem or other}_name"


def _create_views(db: sqlite_utils.Database, pkg: Package) -> list[str]:
    """`<table>_named`: each table that points at actors or articles, with the names beside the ids."""
    made = []
    names = set(pkg.tables)
    for table in pkg.tables.values():
        joins, extra = [], []
        for i, (col, other, other_col) in enumerate(_foreign_keys(table, names)):
            if other == table.name or other not in LABEL_COLUMNS:
                continue
            alias = f"j{i}"
            joins.append(f'LEFT JOIN "{other}" AS {alias} ON {alias}."{other_col}" = t."{col}"')
            if other == "actors":
                extra.append(f'{alias}."name" AS "{_name_column(col, "actor")}"')
            else:
                have = {f["name"] for f in _fields(pkg.tables[other])}
                extra += [f'{alias}."{c}" AS "article_{c}"' for c in _ARTICLE_COLUMNS if c in have]
        if not joins or table.name in ("actors", "articles"):
            continue
        view = f"{table.name}_named"
        db.create_view(view, f'SELECT t.*, {", ".join(extra)} FROM "{table.name}" AS t {" ".join(joins)}',
                       replace=True)
        made.append(view)
    return made


def package_sha256(pkg: Package) -> str:
    return hashlib.sha256(pkg.path.read_bytes()).hexdigest()


def export_sqlite(package: str | Path, path: str | Path) -> dict:
    """Write the package's tables to the SQLite database at `path` (replaced whole, atomically).
    Returns {"path", "tables": {name: rows}, "fts": [...], "views": [...]}."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".db.tmp", dir=path.parent)
    os.close(fd)
    os.remove(tmp)
    try:
        with open_package(package) as pkg:
            db = sqlite_utils.Database(tmp)
            names = set(pkg.tables)
            counts = {}
            # referenced tables first, so every foreign key points at a table that exists
            order = sorted(pkg.tables, key=lambda n: (n not in ("articles", "actors"), list(pkg.tables).index(n)))
            for name in order:
                table = pkg.tables[name]
                columns = {f["name"]: _SQL_TYPES.get(f.get("type"), str) for f in _fields(table)}
                fks = _foreign_keys(table, names)
                key = table.key
                db.create_table(name, columns, pk=key[0] if len(key) == 1 else tuple(key),
                                foreign_keys=fks or None,
                                not_null=[f["name"] for f in _fields(table)
                                          if (f.get("constraints") or {}).get("required")])
                rows = _rows(table)
                db[name].insert_all(rows, batch_size=5000)
                counts[name] = len(rows)
                for col, _other, _ in fks:
                    db[name].create_index([col], if_not_exists=True)
            fts = []
            for name, cols in FTS_COLUMNS.items():
                if name in pkg.tables and all(c in pkg.tables[name].columns for c in cols):
                    db[name].enable_fts(cols, fts_version="FTS5")
                    fts.append(f"{name}_fts")
            views = _create_views(db, pkg)
            db[META_TABLE].insert({"key": "datapackage_sha256", "value": package_sha256(pkg)}, pk="key")
            db[META_TABLE].insert({"key": "version", "value": str(pkg.version or "")}, pk="key")
            db.conn.execute("PRAGMA foreign_keys = ON")
            problems = db.conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                tbl, rowid, other, _ = problems[0]
                raise ValueError(f"{pkg.source}: {len(problems)} rows point at missing rows "
                                 f"(first: {tbl} row {rowid} -> {other})")
            db.conn.commit()
            db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return {"path": str(path), "tables": counts, "fts": fts, "views": views}


def export_is_current(package: str | Path, path: str | Path) -> bool:
    """True when the database at `path` was exported from this very datapackage.json."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'datapackage_sha256'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    with open_package(package) as pkg:
        return row is not None and row[0] == package_sha256(pkg)
