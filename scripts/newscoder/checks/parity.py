"""Check 3: the CSV and the Parquet file of each table hold the same rows, in the same order.

The CSV is read with every column as text (so a bad cell never stops the read), then each column is cast
to the Parquet column's type and compared, nulls equal to nulls and an empty text equal to null (the CSV
cannot tell them apart). A column whose CSV text does not even parse is compared value by value in Python
(slow, but only ever on broken data).
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from newscoder.checks.base import Resource, ValidationError

MISMATCH = "csv-parquet-mismatch"


def read_csv_text(res: Resource) -> tuple[pa.Table | None, list[ValidationError]]:
    """The CSV with every column as text and empty cells as nulls."""
    names = [f["name"] for f in res.fields]
    try:
        table = pacsv.read_csv(
            res.csv_path,
            read_options=pacsv.ReadOptions(use_threads=True),
            # a quote over two paragraphs keeps its line break inside the (quoted) cell
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()),
                                                 strings_can_be_null=True, quoted_strings_can_be_null=True,
                                                 null_values=[""]),
        )
    except (OSError, pa.ArrowException) as exc:
        return None, [ValidationError("csv-error", res.name, None, None,
                                      f"{res.csv_rel} cannot be read as CSV: {exc}", res.csv_rel)]
    # columns the header did not type (not in the schema) are still read as text
    return table.cast(pa.schema([pa.field(n, pa.string()) for n in table.column_names])), []


def _plain(col: pa.ChunkedArray) -> pa.ChunkedArray:
    """Parquet column with enums decoded and empty text as null, to compare with the CSV."""
    if pa.types.is_dictionary(col.type):
        col = pc.cast(col, col.type.value_type)
    if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
        col = pc.cast(col, pa.string())
        col = pc.if_else(pc.equal(pc.binary_length(col), 0), pa.scalar(None, pa.string()), col)
    return col


def _parse_one(text: str | None, t: pa.DataType) -> object:
    """One CSV cell as the Python value of type t; a ValueError when it does not parse."""
    if text is None:
        return None
    if pa.types.is_integer(t):
        return int(text)
    if pa.types.is_floating(t):
        return float(text)
    if pa.types.is_boolean(t):
        if text.lower() not in ("true", "false", "1", "0"):
            raise ValueError(text)
        return text.lower() in ("true", "1")
    if pa.types.is_date32(t):
        return dt.date.fromisoformat(text)
    return text


def _differs(csv_col: pa.ChunkedArray, pq_col: pa.ChunkedArray) -> pa.ChunkedArray | pa.Array:
    """A boolean column: True where the two cells differ."""
    try:
        csv_typed = pc.cast(csv_col, pq_col.type)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        flags = []  # slow path: some CSV cell does not parse as the Parquet type
        for a, b in zip(csv_col.to_pylist(), pq_col.to_pylist(), strict=True):
            try:
                flags.append(_parse_one(a, pq_col.type) != b)
            except ValueError:
                flags.append(True)
        return pa.array(flags, pa.bool_())
    both_null = pc.and_(pc.is_null(csv_typed), pc.is_null(pq_col))
    same = pc.or_(pc.fill_null(pc.equal(csv_typed, pq_col), False), both_null)
    return pc.invert(same)


def _show(value: object) -> str:
    return repr(value.isoformat() if isinstance(value, dt.date) else value)


def check_parity(res: Resource, csv_table: pa.Table, pq_table: pa.Table) -> list[ValidationError]:
    """One error per table at most for the rows: the first differing row and field, and how many differ."""
    errors = []

    def err(row: int | None, field: str | None, message: str) -> None:
        errors.append(ValidationError(MISMATCH, res.name, row, field, message, res.csv_rel))

    if csv_table.column_names != pq_table.column_names:
        err(None, None, f"the CSV columns {csv_table.column_names} differ from the Parquet columns "
                        f"{pq_table.column_names}")
    if csv_table.num_rows != pq_table.num_rows:
        err(None, None, f"{res.csv_rel} has {csv_table.num_rows} rows, {res.parquet_rel} {pq_table.num_rows}")
    n = min(csv_table.num_rows, pq_table.num_rows)
    first: tuple[int, str] | None = None
    any_diff = None
    for name in pq_table.column_names:
        if name not in csv_table.column_names:
            continue
        pq_col = _plain(pq_table.column(name).slice(0, n))
        differs = pc.fill_null(_differs(csv_table.column(name).slice(0, n), pq_col), True)
        if not pc.any(differs).as_py():
            continue
        any_diff = differs if any_diff is None else pc.or_(any_diff, differs)
        row = pc.indices_nonzero(differs)[0].as_py()
        if first is None or row < first[0]:
            first = (row, name)
    if first is not None:
        row, name = first
        n_rows = pc.sum(any_diff).as_py()
        csv_value = csv_table.column(name)[row].as_py()
        pq_value = _plain(pq_table.column(name))[row].as_py()
        err(row + 1, name, f"first difference at row {row + 1}, {name}: CSV {_show(csv_value)}, Parquet "
                           f"{_show(pq_value)} ({n_rows} rows differ)")
    return errors
