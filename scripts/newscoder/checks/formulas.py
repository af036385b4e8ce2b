"""Text cells that a spreadsheet would run as a formula: warnings, never errors.

The canonical CSV keeps every value exactly as the article has it (a quote may begin with "=" or "-"), so
nothing is escaped there. But Excel, LibreOffice and Google Sheets treat a cell starting with `=`, `+`,
`-` or `@` (and, in some versions, a tab or carriage return before one) as a formula when the CSV is
opened directly: the value shown is not the data, and a crafted one can run commands (CSV injection,
OWASP). Validation counts such cells per table and column so that people who open the files in a
spreadsheet know which columns to import as text. A cell that is a number ("-5", "+3.2e4") is data, not a
formula, and is not counted.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

FORMULA_LEAD = r"^[=+\-@\t\r]"
NUMBER = r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$"
EXAMPLE_ROWS = 5  # row numbers listed per column (the count covers all of them)


def formula_cells(name: str, table: pa.Table) -> list[dict]:
    """One warning per text column of `table` holding formula-leading cells: table, field, count, the first
    row numbers (1-based data rows, as in the CSV) and the first value (shortened)."""
    warnings = []
    for field_name in table.column_names:
        column = table.column(field_name)
        if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
            continue
        hit = pc.and_(pc.match_substring_regex(column, FORMULA_LEAD),
                      pc.invert(pc.match_substring_regex(column, NUMBER)))
        hit = pc.fill_null(hit, False)
        if isinstance(hit, pa.ChunkedArray):
            hit = hit.combine_chunks()
        count = pc.sum(hit).as_py() or 0
        if not count:
            continue
        rows = pc.indices_nonzero(hit).to_pylist()
        first = column[rows[0]].as_py()
        warnings.append({
            "type": "formula-leading-text",
            "table": name,
            "field": field_name,
            "count": count,
            "rows": [r + 1 for r in rows[:EXAMPLE_ROWS]],
            "example": first if len(first) <= 60 else first[:57] + "...",
        })
    return warnings
