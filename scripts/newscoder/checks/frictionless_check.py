"""Check 1: the reference validator, frictionless, over the CSV resources of datapackage.json.

Its error type names are kept as they are (type-error, constraint-error, unique-error, primary-key,
foreign-key, hash-count, byte-count...), so its documentation explains them. Its row numbers count the
header as row 1; ours count data rows from 1, so we subtract one.
"""

from __future__ import annotations

import re
from pathlib import Path

from newscoder.checks.base import ValidationError

# Errors about a file that is not there: already reported as missing-file, so not repeated.
_MISSING_FILE_TYPES = {"scheme-error", "resource-error"}
# Our hash check reports these as hash-mismatch, for the Parquet files too, so they are not repeated.
_COVERED_TYPES = {"hash-count", "byte-count"}
_POSITION = re.compile(r'(?:the )?row at position "?(\d+)"?')


def _message(e) -> str:
    """frictionless's message numbers rows with the header as row 1; ours do not, so for row errors the
    message is rebuilt from its parts without its row position."""
    if getattr(e, "row_number", None) is None:
        return e.message
    cell = getattr(e, "cell", None)
    note = _POSITION.sub(lambda m: f"row {int(m.group(1)) - 1}", e.note)
    return f"{e.title}{f' in cell {cell!r}' if cell is not None else ''}: {note}"


def check_frictionless(package_path: Path, missing_tables: set[str], primary_keys: dict[str, list[str]],
                       *, limit_errors: int = 1000) -> list[ValidationError]:
    """Frictionless validation of the package, its errors mapped to ours (`primary_keys` names the field
    of a primary-key error, which frictionless leaves out)."""
    try:
        import frictionless  # imported here: it is slow to import and this check can be turned off
    except ImportError as exc:  # pragma: no cover - frictionless is a declared dependency
        return [ValidationError("frictionless-error", None, None, None,
                                f"frictionless is not installed: {exc}")]
    try:
        report = frictionless.validate(str(package_path), limit_errors=limit_errors)
    except Exception as exc:  # noqa: BLE001 - a validator crash is a finding, never a crash of ours
        return [ValidationError("frictionless-error", None, None, None,
                                f"frictionless could not validate {package_path}: {exc}")]
    errors = [ValidationError(e.type, None, None, None, e.message) for e in report.errors]
    for task in report.tasks:
        table = task.name
        for e in task.errors:
            if e.type in _COVERED_TYPES or (table in missing_tables and e.type in _MISSING_FILE_TYPES):
                continue
            row_number = getattr(e, "row_number", None)
            field = getattr(e, "field_name", None)
            if field is None and getattr(e, "field_names", None):
                field = ",".join(e.field_names)
            if field is None and e.type == "primary-key":
                field = ",".join(primary_keys.get(table, [])) or None
            errors.append(ValidationError(
                e.type, table, row_number - 1 if row_number else None, field, _message(e),
                file=getattr(task, "place", None) or None,
            ))
    return errors
