"""The word tables of `newscoder/data/`, read by name through their data package.

`data/datapackage.json` describes every table (columns, source, licence); this module is the one way the
extractors read them, so a table that is read is a table that is described. A table is named by its file
name without the extension (`rows("titles")` reads `data/titles.csv`). Tables are read once per process
and handed out read-only: extractors share them and must never change them.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

DESCRIPTOR = "datapackage.json"


def _data_file(path: str):
    return resources.files("newscoder").joinpath("data").joinpath(path)


@functools.cache
def package() -> Mapping:
    """The lexicon data package descriptor (`data/datapackage.json`)."""
    return json.loads(_data_file(DESCRIPTOR).read_text(encoding="utf-8"))


@functools.cache
def _resources() -> dict[str, dict]:
    return {r["path"].rsplit(".", 1)[0]: r for r in package()["resources"]}


def names() -> list[str]:
    """Every table of the package, by name (sorted)."""
    return sorted(_resources())


def describe(name: str) -> dict:
    """The data package resource of table `name`: its schema, sources and licences."""
    try:
        return _resources()[name]
    except KeyError:
        raise KeyError(f"no lexicon table {name!r} in newscoder/data/{DESCRIPTOR} "
                       f"(tables: {', '.join(names())})") from None


def _fields(name: str) -> list[str]:
    return [f["name"] for f in describe(name)["schema"]["fields"]]


@functools.cache
def rows(name: str) -> tuple[Mapping[str, str], ...]:
    """The rows of CSV table `name`, each a read-only mapping of column -> cell text (as written)."""
    res = describe(name)
    if res.get("format") != "csv":
        raise ValueError(f"lexicon table {name!r} is {res.get('format')}, not CSV: use document()")
    text = _data_file(res["path"]).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames != _fields(name):
        raise ValueError(f"newscoder/data/{res['path']}: columns {reader.fieldnames} differ from the "
                         f"package's {_fields(name)}")
    return tuple(MappingProxyType(row) for row in reader)


def column(name: str, field: str) -> tuple[str, ...]:
    """The cells of one column of table `name`, in file order."""
    if field not in _fields(name):
        raise KeyError(f"lexicon table {name!r} has no column {field!r} (columns: {', '.join(_fields(name))})")
    return tuple(row[field] for row in rows(name))


@functools.cache
def document(name: str) -> Mapping:
    """A JSON table (`timex_lexicon`), parsed. Shared by every caller: read it, never change it."""
    res = describe(name)
    if res.get("format") != "json":
        raise ValueError(f"lexicon table {name!r} is {res.get('format')}, not JSON: use rows()")
    return json.loads(_data_file(res["path"]).read_text(encoding="utf-8"))


@functools.cache
def words(name: str, field: str, **where: str) -> frozenset[str]:
    """The cells of column `field` of table `name` (as written), of the rows whose columns equal `where`
    (`words("government_nouns", "word", kind="government")`)."""
    for col in (field, *where):
        if col not in _fields(name):
            raise KeyError(f"lexicon table {name!r} has no column {col!r} (columns: {', '.join(_fields(name))})")
    return frozenset(r[field] for r in rows(name) if all(r[k] == v for k, v in where.items()))
