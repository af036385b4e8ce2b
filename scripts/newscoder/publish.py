"""Deterministic, atomic publishing of the tables as CSV + Parquet + datapackage.json.

Same DataFrames in -> same bytes out, on every run and machine with the same library versions: rows are
sorted by primary key, columns follow the schema, values are formatted by our own rules (not by the
pandas version), and nothing depends on the clock. Every file is first written into a temporary folder
beside the target and then moved into place with os.replace, so a crash never leaves a half-written file;
datapackage.json, which holds the hashes of the others, is moved last.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from newscoder.buildlock import JOURNAL_NAME
from newscoder.casting import cast_table
from newscoder.licenses import DATASET_LICENSE, package_licenses
from newscoder.schema import TABLES, arrow_schema, enum_values, load_schema

PACKAGE_NAME = "newscoder"
PARQUET_PROPERTY = "newscoder:parquet"  # where each resource declares its Parquet twin (see docs)
PARTITIONED_PROPERTY = "newscoder:partitioned"  # where it declares its month-partitioned Parquet dataset
PARTITIONED_DIR = "partitioned"  # under the data folder: partitioned/<table>/published_month=YYYY-MM/
PARTITION_COLUMN = "published_month"
# Tables read from articles are partitioned by the month their article was published; the actor tables
# describe the whole corpus (an actor spans months), so their dataset is one unpartitioned file.
PARTITIONED_TABLES = ("articles", "article_texts", "mentions", "quotes", "events")

# Fixed writer settings: changing any of them changes the bytes of every Parquet file.
_PARQUET_OPTIONS = {
    "compression": "zstd",
    "compression_level": 9,
    "version": "2.6",
    "data_page_version": "1.0",
    "use_dictionary": True,
    "write_statistics": True,
    "store_schema": True,
}
# Rows per write batch, and so per Parquet row group: the streaming build holds one batch at a time.
WRITE_ROWS = 16_384

_PACKAGE_META = {
    "title": "newscoder: events, quotes and actors from news articles",
    "description": (
        "Political events (coded in CAMEO and PLOVER), quotations and actors read from news articles, "
        "with provenance on every row: the article, the character offsets, the sentence and the extractor "
        "that produced it. The derived tables are licensed CC-BY-4.0; each article's text (article_texts) "
        "stays under its own licence, named per article in articles.license; the newscoder code that "
        "builds it is MIT-licensed."
    ),
    "keywords": ["news", "events", "quotes", "actors", "CAMEO", "PLOVER", "data journalism"],
    "licenses": [DATASET_LICENSE],
    "contributors": [{"title": "newscoder contributors", "role": "author"}],
}


# --- writers ----------------------------------------------------------------------------------------------


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)  # shortest text that reads back as the same float
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def _csv_field(text: str) -> str:
    """RFC 4180 quoting. Our own, because the csv module leaves a bare CR unquoted when the line end is LF."""
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_column(kind: str, values: list) -> list[str]:
    """The CSV cells of one column of schema type `kind` (values already cast): `_csv_field(_csv_cell(v))`,
    spelled out per type because it runs for every cell of the dataset."""
    if kind == "string":
        search = _NEEDS_QUOTES.search
        return ["" if v is None else ('"' + v.replace('"', '""') + '"' if search(v) else v) for v in values]
    if kind == "integer":
        return ["" if v is None else str(v) for v in values]
    if kind == "date":
        return ["" if v is None else v.isoformat() for v in values]
    return [_csv_field(_csv_cell(v)) for v in values]


def _csv_lines(columns: dict[str, list], types: dict[str, str]) -> Iterator[str]:
    cells = [_csv_column(types.get(col, "any"), values) for col, values in columns.items()]
    for row in zip(*cells, strict=True):
        yield ",".join(row) + "\n"


def _table_schema(name: str, version: str) -> pa.Schema:
    schema = arrow_schema(name)
    meta = dict(schema.metadata or {})
    meta.update({b"newscoder:package": PACKAGE_NAME.encode(), b"newscoder:version": version.encode()})
    return schema.with_metadata(meta)


def _arrow_table(name: str, columns: dict[str, list], version: str) -> pa.Table:
    schema = _table_schema(name, version)
    json_fields = {f["name"]: f for f in load_schema(name)["fields"]}
    arrays = []
    for field in schema:
        values = columns[field.name]
        if pa.types.is_dictionary(field.type):
            # the dictionary is the full enum in schema order, so it never depends on which values occur
            allowed = enum_values(json_fields[field.name])
            index = {v: i for i, v in enumerate(allowed)}
            indices = pa.array([None if v is None else index[v] for v in values], type=pa.int32())
            arrays.append(pa.DictionaryArray.from_arrays(indices, pa.array(allowed, type=pa.string())))
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def _slices(columns: dict[str, list], size: int | None = None) -> Iterator[dict[str, list]]:
    size = size or WRITE_ROWS
    n = len(next(iter(columns.values()))) if columns else 0
    for i in range(0, n, size):
        yield {col: values[i:i + size] for col, values in columns.items()}


def _n_rows(columns: dict[str, list]) -> int:
    return len(next(iter(columns.values()))) if columns else 0


class _DuplicateCheck:
    """Primary keys must be unique; rows come in key order, so comparing neighbours (across batches) is
    enough."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.key = load_schema(name)["primaryKey"]
        self.last: tuple | None = None

    def __call__(self, columns: dict[str, list]) -> None:
        keys = list(zip(*(columns[k] for k in self.key), strict=True))
        for a, b in zip([self.last, *keys], keys, strict=False):
            if a is not None and a == b:
                raise ValueError(f"table {self.name!r}: duplicate primary key {dict(zip(self.key, a, strict=True))}")
            if a is not None and a > b:
                raise ValueError(f"table {self.name!r}: rows out of primary-key order at {b}")
        if keys:
            self.last = keys[-1]


def _write_table(name: str, batches: Iterable[dict[str, list]], csv_path: Path, parquet_path: Path,
                 version: str) -> int:
    """Stream one table's cast column batches (primary-key order) into its CSV and Parquet files; returns
    the number of rows. Each batch is one Parquet row group, so the bytes depend only on the rows."""
    fields = load_schema(name)["fields"]
    types = {f["name"]: f["type"] for f in fields}
    check = _DuplicateCheck(name)
    n = 0
    schema = _table_schema(name, version)
    with csv_path.open("w", encoding="utf-8", newline="") as fh, \
            pq.ParquetWriter(parquet_path, schema, **_PARQUET_OPTIONS) as writer:
        fh.write(",".join(_csv_field(f["name"]) for f in fields) + "\n")
        for columns in batches:
            if not _n_rows(columns):
                continue
            check(columns)
            fh.writelines(_csv_lines(columns, types))
            writer.write_table(_arrow_table(name, columns, version), row_group_size=WRITE_ROWS)
            n += _n_rows(columns)
    return n


def _month_partitions(name: str, columns: dict[str, list], month_of_article: dict[str, str | None]
                      ) -> dict[str, dict[str, list]]:
    """Rows of one table grouped by the publication month of their article (rows keep key order)."""
    months = [month_of_article.get(a) for a in columns["article_id"]]
    if any(m is None for m in months):
        raise ValueError(f"table {name!r}: rows without a publication month cannot be partitioned")
    out: dict[str, dict[str, list]] = {}
    for month in sorted(set(months)):
        keep = [i for i, m in enumerate(months) if m == month]
        out[month] = {col: [values[i] for i in keep] for col, values in columns.items()}
    return out


def _write_partitions(name: str, table_dir: Path, parts: Iterable[tuple[str | None, dict[str, list]]],
                      version: str) -> list[Path]:
    """One table's dataset: `parts` are (month, cast column batch) in (month, key) order; month None for the
    tables that are not partitioned (one part-0.parquet)."""
    table_dir.mkdir(parents=True)
    files: list[Path] = []
    schema = _table_schema(name, version)
    writer, current = None, object()
    try:
        for month, columns in parts:
            if month != current:
                if writer is not None:
                    writer.close()
                folder = table_dir if month is None else table_dir / f"{PARTITION_COLUMN}={month}"
                folder.mkdir(exist_ok=True)
                files.append(folder / "part-0.parquet")
                writer, current = pq.ParquetWriter(files[-1], schema, **_PARQUET_OPTIONS), month
            if _n_rows(columns):
                writer.write_table(_arrow_table(name, columns, version), row_group_size=WRITE_ROWS)
        if not files and name not in PARTITIONED_TABLES:  # an empty actor table still gets its file
            files.append(table_dir / "part-0.parquet")
            writer = pq.ParquetWriter(files[-1], schema, **_PARQUET_OPTIONS)
    finally:
        if writer is not None:
            writer.close()
    return files


def _memory_parts(name: str, cast: dict[str, list], month_of_article: dict[str, str | None]
                  ) -> Iterator[tuple[str | None, dict[str, list]]]:
    if name not in PARTITIONED_TABLES:
        for batch in _slices(cast):
            yield None, batch
        return
    for month, columns in _month_partitions(name, cast, month_of_article).items():
        for batch in _slices(columns):
            yield month, batch


def file_sha256(path: Path) -> str:
    """sha256 of a file read in pieces (a published CSV can be larger than the memory a build may use)."""
    with Path(path).open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _file_info(path: Path) -> tuple[int, str]:
    return path.stat().st_size, file_sha256(path)


def _rel(path: Path, base: Path) -> str:
    return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()


def _sources(sources: Iterable[dict]) -> list[dict]:
    """Package sources in a stable order; Frictionless requires a title, so the path stands in for one."""
    out = []
    for src in sources:
        item = dict(src)
        item.setdefault("title", item.get("path", ""))
        out.append(item)
    return sorted(out, key=lambda s: (str(s.get("path", "")), str(s.get("title", ""))))


def _partitioned_entry(name: str, files: list[Path], tmp_root: Path, base: Path, final_dir: Path) -> dict:
    """The datapackage declaration of one table's partitioned dataset (paths as they will be once moved)."""
    parts = []
    for path in files:
        size, sha = _file_info(path)
        final = final_dir / path.relative_to(tmp_root / name)
        parts.append({"path": _rel(final, base), "bytes": size, "hash": f"sha256:{sha}"})
    entry = {"path": _rel(final_dir, base), "format": "parquet", "layout": "hive", "partitionBy": []}
    if name in PARTITIONED_TABLES:
        entry["partitionBy"] = [{"name": PARTITION_COLUMN, "type": "string", "format": "YYYY-MM",
                                 "description": "Month of the article's published_date."}]
    entry["files"] = parts
    return entry


def _replace_dir(new: Path, target: Path, scratch: Path) -> None:
    """Put folder `new` at `target`, the old one (if any) moved aside first and then deleted."""
    old = scratch / "replaced"
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def _dump_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")


# --- publish ----------------------------------------------------------------------------------------------


def publish(
    tables: dict[str, pd.DataFrame | list[dict]],
    data_dir: Path,
    package_path: Path,
    *,
    sources: list[dict],
    version: str,
    created: str,
    partitioned: bool = False,
    licenses: list[dict] | None = None,
) -> dict:
    """Write every table as CSV and Parquet into `data_dir`, then `package_path` (datapackage.json).

    `tables` must hold one DataFrame (or list of row dicts) per name in `newscoder.schema.TABLES`, with
    exactly the schema's columns (any order). `sources` are the raw inputs ({"path": ..., "hash": ...}),
    `created` an ISO timestamp derived from the inputs by the caller (never the clock). Returns a summary:
    {"datapackage": path, "version": ..., "tables": {name: {"rows", "csv", "parquet"}}}.
    Raises ValueError, before writing anything, when a table does not fit its schema.

    The package's `licenses` are the dataset's own licence (the derived tables) and then each licence of
    the article texts with its number of articles, and each source gets `newscoder:licenses`, the licences
    of the articles read from it: both read from the articles rows as they are written. `licenses`, when
    given, replaces the list.

    `partitioned`: also write each table as a Parquet dataset under `data_dir/partitioned/<table>/`,
    hive layout `published_month=YYYY-MM/part-0.parquet` (the actor tables, which span months, as one
    `part-0.parquet`), declared on each resource under "newscoder:partitioned". The folder is replaced
    whole, so no stale partition survives a rebuild.

    The tables are held in memory here; `publish_feeds` writes the same bytes from streams (the build).
    """
    tables = {"article_texts": [], **tables}  # no open texts unless given
    absent = [n for n in TABLES if n not in tables]
    unknown = [n for n in tables if n not in TABLES]
    if absent or unknown:
        raise ValueError(f"publish needs exactly the tables {', '.join(TABLES)} "
                         f"(missing: {absent or 'none'}; unknown: {unknown or 'none'})")
    cast = {name: cast_table(name, tables[name]) for name in TABLES}  # all checks before any write
    articles = cast["articles"]
    month_of_article = {
        aid: (d.isoformat()[:7] if d else None)
        for aid, d in zip(articles["article_id"], articles["published_date"], strict=True)
    }
    feeds = {
        name: TableFeed(batches=lambda c=cast[name]: _slices(c),
                        parts=lambda n=name, c=cast[name]: _memory_parts(n, c, month_of_article))
        for name in TABLES
    }
    return publish_feeds(feeds, data_dir, package_path, sources=sources, version=version, created=created,
                         partitioned=partitioned, licenses=licenses)


@dataclass
class TableFeed:
    """One table to publish, as streams (each callable is called once): `batches()` yields cast column
    batches (`cast_columns`) in primary-key order; `parts()`, for the partitioned dataset, yields
    (month, batch) in (month, key) order, month None for the actor tables (not partitioned)."""

    batches: Callable[[], Iterable[dict[str, list]]]
    parts: Callable[[], Iterable[tuple[str | None, dict[str, list]]]] | None = None


def publish_feeds(
    feeds: dict[str, TableFeed],
    data_dir: Path,
    package_path: Path,
    *,
    sources: list[dict],
    version: str,
    created: str,
    partitioned: bool = False,
    properties: dict | None = None,
    licenses: list[dict] | None = None,
) -> dict:
    """`publish` from streams: memory holds one batch of WRITE_ROWS rows per table at a time. A table that
    turns out not to fit its schema (or has a duplicate key) raises ValueError while it is written, before
    anything is moved into place: the published files stay as they were. `properties` are added to
    datapackage.json as they are (e.g. "newscoder:audit")."""
    data_dir, package_path = Path(data_dir), Path(package_path)
    data_dir.mkdir(parents=True, exist_ok=True)
    package_path.parent.mkdir(parents=True, exist_ok=True)
    base = package_path.parent
    tmp = Path(tempfile.mkdtemp(prefix=".publish-", suffix=".tmp", dir=data_dir))
    pkg_tmp = Path(tempfile.mkdtemp(prefix=".publish-", suffix=".tmp", dir=base))
    part_tmp = tmp / PARTITIONED_DIR
    try:
        resources, summary, part_files = [], {}, {}
        seen = _ArticleLicences()
        for name in TABLES:
            csv_tmp, parquet_tmp = tmp / f"{name}.csv", tmp / f"{name}.parquet"
            batches = feeds[name].batches()
            n_rows = _write_table(name, seen.watch(batches) if name == "articles" else batches, csv_tmp,
                                  parquet_tmp, version)
            if partitioned:
                part_files[name] = _write_partitions(name, part_tmp / name, feeds[name].parts(), version)
            csv_bytes, csv_sha = _file_info(csv_tmp)
            pq_bytes, pq_sha = _file_info(parquet_tmp)
            csv_path, parquet_path = data_dir / f"{name}.csv", data_dir / f"{name}.parquet"
            schema = load_schema(name)
            description = schema.pop("description", "")
            schema.pop("name", None)
            resources.append({
                "name": name,
                "type": "table",
                "path": _rel(csv_path, base),
                "scheme": "file",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": description,
                "bytes": csv_bytes,
                "hash": f"sha256:{csv_sha}",
                "schema": schema,
                PARQUET_PROPERTY: {
                    "path": _rel(parquet_path, base),
                    "format": "parquet",
                    "mediatype": "application/vnd.apache.parquet",
                    "bytes": pq_bytes,
                    "hash": f"sha256:{pq_sha}",
                },
            })
            if partitioned:
                resources[-1][PARTITIONED_PROPERTY] = _partitioned_entry(name, part_files[name], part_tmp, base,
                                                                         data_dir / PARTITIONED_DIR / name)
            summary[name] = {
                "rows": n_rows,
                "csv": {"path": str(csv_path), "bytes": csv_bytes, "sha256": csv_sha},
                "parquet": {"path": str(parquet_path), "bytes": pq_bytes, "sha256": pq_sha},
            }
        package = {
            "name": PACKAGE_NAME,
            **{k: v for k, v in _PACKAGE_META.items() if k in ("title", "description")},
            "version": version,
            "created": created,
            **{k: v for k, v in _PACKAGE_META.items() if k not in ("title", "description")},
            "licenses": licenses or package_licenses(seen.counts),
            "sources": seen.sources(_sources(sources)),
            "resources": resources,
            **(properties or {}),
        }
        _dump_json(pkg_tmp / "datapackage.json", package)

        # Move into place: data files first, datapackage.json (which vouches for their hashes) last. The moves
        # are listed in a journal first, so that a build killed among them is finished by the next build
        # (`newscoder.buildlock.recover`) and validation reports it meanwhile: the package is the old one or,
        # once the journal exists, the new one.
        moves = [(tmp / f"{name}.{suffix}", data_dir / f"{name}.{suffix}")
                 for name in TABLES for suffix in ("csv", "parquet")]
        if partitioned:
            moves.append((part_tmp, data_dir / PARTITIONED_DIR))
        moves.append((pkg_tmp / "datapackage.json", package_path))
        journal = data_dir / JOURNAL_NAME
        _dump_json(journal.with_name(journal.name + ".tmp"),
                   {"moves": [[str(src.resolve()), str(dst.resolve())] for src, dst in moves]})
        os.replace(journal.with_name(journal.name + ".tmp"), journal)
        for src, dst in moves:
            if src == part_tmp:
                _replace_dir(part_tmp, dst, tmp)
            else:
                os.replace(src, dst)
        journal.unlink()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(pkg_tmp, ignore_errors=True)
    return {"datapackage": str(package_path), "version": version, "created": created, "tables": summary}


class _ArticleLicences:
    """The licences of the articles, read from the articles batches on their way to the files."""

    def __init__(self) -> None:
        self.counts: dict[str | None, int] = {}
        self.by_source: dict[str, set[str]] = {}

    def watch(self, batches: Iterable[dict[str, list]]) -> Iterator[dict[str, list]]:
        for columns in batches:
            for lic, path in zip(columns.get("license", []), columns.get("source_path", []), strict=False):
                self.counts[lic] = self.counts.get(lic, 0) + 1
                if lic:
                    self.by_source.setdefault(path, set()).add(lic)
            yield columns

    def sources(self, sources: list[dict]) -> list[dict]:
        return [{**src, "newscoder:licenses": sorted(self.by_source[src.get("path")])}
                if src.get("path") in self.by_source else src for src in sources]


def memory_feed(name: str, rows: list[dict]) -> TableFeed:
    """A feed for a table held in memory that is not partitioned by month (the actor tables)."""
    cast = cast_table(name, rows)
    return TableFeed(batches=lambda: _slices(cast), parts=lambda: _memory_parts(name, cast, {}))
