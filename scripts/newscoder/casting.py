"""Casting of published columns to their Table Schema types: every value of a table becomes the plain
Python value (str, int, float, bool, date or None) that the CSV and Parquet writers of `publish` format,
so the bytes written never depend on the pandas version; rows are then sorted by primary key.
"""

from __future__ import annotations

import datetime as dt
import math
import operator

import pandas as pd

from newscoder.schema import enum_values, is_required, load_schema
from newscoder.tables import UNREVIEWED


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _to_date(value: object) -> dt.date | None:
    if _is_missing(value):
        return None
    if isinstance(value, dt.datetime):  # pandas Timestamp included
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _to_int(value: object) -> int | None:
    if _is_missing(value):
        return None
    if isinstance(value, bool):
        raise ValueError(f"boolean {value!r} where an integer was expected")
    number = float(value) if isinstance(value, str) else value
    if int(number) != number:
        raise ValueError(f"{value!r} is not a whole number")
    return int(number)


def _to_float(value: object) -> float | None:
    return None if _is_missing(value) else float(value)


def _to_bool(value: object) -> bool | None:
    if _is_missing(value):
        return None
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        raise ValueError(f"{value!r} is not a boolean")
    return bool(value)


def _to_str(value: object) -> str | None:
    # "" is missing too: CSV cannot tell it from an empty cell, so Parquet stores null for both
    if _is_missing(value) or value == "":
        return None
    return str(value)


_CASTS = {"string": _to_str, "integer": _to_int, "number": _to_float, "boolean": _to_bool, "date": _to_date}


def _cast_values(kind: str, cast, values: list) -> list:
    """`cast` over a column, with the value already of the right type passed through untouched (speed: a
    few hundred thousand rows per table; the result is the same as casting every value)."""
    if kind == "string":
        return [v if type(v) is str and v else cast(v) for v in values]
    if kind == "integer":
        return [v if type(v) is int else cast(v) for v in values]
    if kind == "date":
        return [v if type(v) is dt.date else cast(v) for v in values]
    return [cast(v) for v in values]


def _columns_of(name: str, df: pd.DataFrame | list[dict]) -> dict[str, list]:
    """The columns of a table given as row dicts or a DataFrame, in schema order; ValueError when the
    columns are not exactly the schema's."""
    names = [f["name"] for f in load_schema(name)["fields"]]
    if isinstance(df, list):  # rows as dicts (what the build makes): no DataFrame needed in between
        present = list(dict.fromkeys(k for row in df[:1] for k in row)) if df else names
        try:  # rows -> columns in C (every row has the first row's keys, as the build makes them)
            transposed = list(zip(*map(operator.itemgetter(*present), df), strict=True)) if len(present) > 1 else None
        except KeyError:
            transposed = None
        if transposed and len(transposed) == len(present):
            get = dict(zip(present, map(list, transposed), strict=True)).__getitem__
        else:
            get = {n: [row.get(n) for row in df] for n in present}.__getitem__
        columns_in = present
    else:
        if len(df) == 0 and len(df.columns) == 0:  # pd.DataFrame([]) of a table with no rows
            df = pd.DataFrame({n: [] for n in names})
        columns_in = list(df.columns)

        def get(col: str, df=df) -> list:
            return df[col].tolist()
    missing = [n for n in names if n not in columns_in and n not in UNREVIEWED]
    extra = [c for c in columns_in if c not in names]
    if missing or extra:
        raise ValueError(f"table {name!r}: columns do not match the schema "
                         f"(missing: {missing or 'none'}; not in schema: {extra or 'none'})")
    n_rows = len(df)
    # rows made before review existed (or by hand) are machine-made: unreviewed unless they say otherwise
    return {n: get(n) if n in columns_in else [UNREVIEWED[n]] * n_rows for n in names}


def cast_columns(name: str, columns: dict[str, list]) -> dict[str, list]:
    """Columns (schema order, any values) cast to the schema's types and checked: enums and required
    fields. ValueError naming the table and column on any mismatch. Row order is kept."""
    out: dict[str, list] = {}
    for field in load_schema(name)["fields"]:
        col, cast = field["name"], _CASTS[field["type"]]
        try:
            values = _cast_values(field["type"], cast, columns[col])
        except (TypeError, ValueError) as exc:
            raise ValueError(f"table {name!r}, column {col!r}: {exc}") from exc
        allowed = enum_values(field)
        if allowed:
            bad = sorted({v for v in values if v is not None and v not in allowed})
            if bad:
                raise ValueError(f"table {name!r}, column {col!r}: values {bad} not allowed; "
                                 f"allowed: {', '.join(allowed)}")
        if is_required(field):
            n_null = sum(v is None for v in values)
            if n_null:
                raise ValueError(f"table {name!r}, column {col!r}: {n_null} empty values in a required column")
        out[col] = values
    return out


def cast_table(name: str, df: pd.DataFrame | list[dict]) -> dict[str, list]:
    """Columns of `df` as plain Python lists in schema order and types, sorted by primary key; ValueError
    on any mismatch."""
    columns = cast_columns(name, _columns_of(name, df))
    return _sorted_by_key(name, columns, load_schema(name)["primaryKey"])


def _sorted_by_key(name: str, columns: dict[str, list], key: list[str]) -> dict[str, list]:
    keys = list(zip(*(columns[k] for k in key), strict=True)) if columns[key[0]] else []
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    for a, b in zip(order, order[1:], strict=False):
        if keys[a] == keys[b]:
            raise ValueError(f"table {name!r}: duplicate primary key {dict(zip(key, keys[a], strict=True))}")
    if len(order) < 2:
        return {col: [values[i] for i in order] for col, values in columns.items()}
    pick = operator.itemgetter(*order)  # C-level gather: this runs over every column of every table
    return {col: list(pick(values)) for col, values in columns.items()}
