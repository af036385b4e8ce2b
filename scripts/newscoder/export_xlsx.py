"""The published tables as one Excel workbook (openpyxl): one sheet per table and a sheet of columns.

Text stays text: every string cell is written as a string (never a formula, whatever it begins with:
quotes do begin with `=`, `+`, `-` or `@`), string columns carry the Text number format so ids and codes
such as CAMEO "042" keep their zeros, and no cell is a hyperlink. Dates are Excel dates, integers and
numbers are numbers, booleans are TRUE/FALSE. The header row is frozen. The workbook is a separate file:
the canonical CSV files are only read.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from newscoder.package_io import Table, open_package

MAX_ROWS = 1_048_575  # an Excel sheet holds 1,048,576 rows, one of them the header
MAX_CELL = 32_767  # characters in one Excel cell
COLUMNS_SHEET = "columns"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XML 1.0 cannot hold
_TEXT_FORMAT = "@"
_DATE_FORMAT = "yyyy-mm-dd"


def _text(value: str, where: str) -> str:
    """A string as Excel can hold it: control characters shown as U+FFFD, and over-long text cut with a
    note saying so (the CSV has the whole value)."""
    value = _ILLEGAL.sub("\ufffd", value)
    if len(value) > MAX_CELL:
        note = f" [cut: {len(value)} characters in all; the full text is in the CSV file ({where})]"
        value = value[:MAX_CELL - len(note)] + note
    return value


def _cell(ws, value: object, kind: str, where: str) -> WriteOnlyCell:
    if value is None:
        cell = WriteOnlyCell(ws, value=None)
    elif kind == "date":
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        cell = WriteOnlyCell(ws, value=day)
        cell.number_format = _DATE_FORMAT
        return cell
    elif kind == "boolean":
        cell = WriteOnlyCell(ws, value=value in (True, "true", "True", "1", 1))
    elif kind == "integer":
        cell = WriteOnlyCell(ws, value=int(value))
    elif kind == "number":
        cell = WriteOnlyCell(ws, value=float(value))
    else:  # text, and any type this module does not know
        cell = WriteOnlyCell(ws, value=None)
        cell.value = _text(str(value), where)
        cell.data_type = "s"  # set after the value: openpyxl would read a leading '=' as a formula
    if kind == "string":
        cell.number_format = _TEXT_FORMAT
    return cell


def _rows(table: Table) -> list[dict]:
    names = table.columns
    if table.parquet is not None:
        return pq.read_table(table.parquet, columns=names).to_pylist()
    import pandas as pd

    frame = pd.read_csv(table.csv, dtype=str, keep_default_na=False)
    return [{k: (v if v != "" else None) for k, v in r.items()} for r in frame.to_dict("records")]


def _header(ws, names: list[str]) -> list[WriteOnlyCell]:
    out = []
    for name in names:
        cell = WriteOnlyCell(ws, value=name)
        cell.data_type = "s"
        cell.font = Font(bold=True)
        out.append(cell)
    return out


def export_xlsx(package: str | Path, path: str | Path) -> dict:
    """Write the workbook at `path` (replaced atomically); returns {"path", "sheets": {name: rows}}.
    ValueError naming the table when one has more rows than an Excel sheet holds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with open_package(package) as pkg:
        for name in pkg.tables:
            if len(name) > 31:
                raise ValueError(f"table {name!r}: longer than the 31 characters of an Excel sheet name")
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(COLUMNS_SHEET)
        ws.freeze_panes = "A2"
        ws.append(_header(ws, ["table", "column", "type", "description", "allowed values", "required"]))
        for name, table in pkg.tables.items():
            for f in table.schema.get("fields", []):
                c = f.get("constraints") or {}
                values = [name, f["name"], f.get("type", ""), f.get("description", ""),
                          ", ".join(c.get("enum") or []) or None, "yes" if c.get("required") else None]
                ws.append([_cell(ws, v, "string", f"{name}.{f['name']}") for v in values])
        for name, table in pkg.tables.items():
            rows = _rows(table)
            if len(rows) > MAX_ROWS:
                raise ValueError(f"table {name!r} has {len(rows)} rows, more than an Excel sheet holds "
                                 f"({MAX_ROWS}); use `newscoder export --sqlite` or the CSV file")
            ws = wb.create_sheet(name)
            ws.freeze_panes = "A2"
            fields = table.schema.get("fields", [])
            names = [f["name"] for f in fields]
            kinds = [f.get("type", "string") for f in fields]
            ws.append(_header(ws, names))
            where = f"{name}.csv"
            for row in rows:
                ws.append([_cell(ws, row.get(n), k, where) for n, k in zip(names, kinds, strict=True)])
            counts[name] = len(rows)
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".xlsx.tmp", dir=path.parent)
        os.close(fd)
        try:
            wb.save(tmp)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
    return {"path": str(path), "sheets": counts}
