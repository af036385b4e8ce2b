"""Check 2: the Table Schema constraints on the Parquet files, vectorised with pyarrow compute.

frictionless reads Parquet row by row in Python (slow) and mishandles nulls, so the same constraints are
checked here column by column: types, required, enum, pattern, minimum/maximum, length, unique fields,
primary keys and foreign keys. Every check is one compute kernel over the column (or over the small
dictionary of an enum column); only when a check fails do we go back, row by row, to find which rows, so a
valid table costs a few passes over memory. Error types reuse frictionless's names (type-error,
constraint-error, unique-error, primary-key, foreign-key) so one document explains both files.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newscoder.checks.base import MAX_ROW_ERRORS, Resource, ValidationError

# The Arrow type each Table Schema type is published as (see newscoder.schema.arrow_schema).
_EXPECTED = {
    "integer": (pa.types.is_int64, "int64"),
    "number": (pa.types.is_float64, "double"),
    "boolean": (pa.types.is_boolean, "bool"),
    "date": (pa.types.is_date32, "date32"),
}


def _is_string_type(t: pa.DataType) -> bool:
    if pa.types.is_dictionary(t):
        return pa.types.is_string(t.value_type) or pa.types.is_large_string(t.value_type)
    return pa.types.is_string(t) or pa.types.is_large_string(t)


def _type_ok(field: dict, t: pa.DataType) -> tuple[bool, str]:
    kind = field.get("type", "string")
    if kind == "string":
        return _is_string_type(t), "string (or dictionary of strings)"
    test, label = _EXPECTED.get(kind, (lambda _t: True, kind))
    return test(t), label


class _Sink:
    """Collects row errors, at most MAX_ROW_ERRORS of one kind per table and field, then a count."""

    def __init__(self, table: str, file: str | None):
        self.table, self.file, self.errors = table, file, []

    def rows(self, type_: str, field: str | None, rows: Iterable[int], total: int, message) -> None:
        shown = 0
        for i in rows:
            if shown == MAX_ROW_ERRORS:
                break
            self.errors.append(ValidationError(type_, self.table, i + 1, field, message(i), self.file))
            shown += 1
        if total > shown:
            self.errors.append(ValidationError(
                type_, self.table, None, field, f"{total - shown} more rows with the same problem ({type_})",
                self.file))


def _true_rows(mask: pa.ChunkedArray | pa.Array) -> tuple[list[int], int]:
    """(first row indices where mask is true, how many are), nulls counting as false."""
    mask = pc.fill_null(mask, False)
    total = pc.sum(mask).as_py() or 0
    if not total:
        return [], 0
    first = pc.indices_nonzero(mask).slice(0, MAX_ROW_ERRORS + 1)
    return first.to_pylist(), total


def _present(col: pa.ChunkedArray) -> pa.ChunkedArray:
    """True where a cell holds a value: not null and, for text, not empty ("" is a missing value in CSV)."""
    valid = pc.is_valid(col)
    if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
        valid = pc.and_(valid, pc.greater(pc.binary_length(col), 0))
    elif pa.types.is_dictionary(col.type):
        valid = pc.and_(valid, pc.greater(pc.binary_length(pc.cast(col, pa.string())), 0))
    return valid


def _values_where(col: pa.ChunkedArray, value_test) -> pa.ChunkedArray | None:
    """value_test(col) as a boolean column, or None when every value passes for sure: for an enum
    (dictionary) column the test runs on the small dictionary first, and the whole column is decoded only
    when some dictionary entry fails."""
    if pa.types.is_dictionary(col.type):
        dict_ok = all(pc.all(pc.fill_null(value_test(chunk.dictionary), True)).as_py() is not False
                      for chunk in col.chunks)
        if dict_ok:
            return None
        col = pc.cast(col, col.type.value_type)
    return value_test(col)


def _check_field(sink: _Sink, col: pa.ChunkedArray, field: dict) -> None:
    name = field["name"]
    c = field.get("constraints") or {}
    present = _present(col)
    if c.get("required"):
        rows, total = _true_rows(pc.invert(present))
        sink.rows("constraint-error", name, rows, total,
                  lambda i: f"{name} is required but row {i + 1} is empty")
    tests = []
    if c.get("enum") is not None:
        allowed = pa.array([str(v) for v in c["enum"]], pa.string())
        tests.append(("enum", lambda a, s=allowed: pc.is_in(a, value_set=s), f"is not one of {c['enum']}"))
    if c.get("pattern"):
        regex = f"^(?:{c['pattern']})$"  # Table Schema patterns match the whole value
        tests.append(("pattern", lambda a, r=regex: pc.match_substring_regex(a, r),
                      f"does not match the pattern {c['pattern']!r}"))
    for key, op, word in (("minimum", pc.greater_equal, "below the minimum"),
                          ("maximum", pc.less_equal, "above the maximum")):
        if c.get(key) is not None:
            try:
                bound = pa.scalar(c[key]).cast(col.type)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, TypeError):
                continue
            tests.append((key, lambda a, o=op, b=bound: o(a, b), f"is {word} {c[key]}"))
    for key, op in (("minLength", pc.greater_equal), ("maxLength", pc.less_equal)):
        if c.get(key) is not None:
            tests.append((key, lambda a, o=op, n=c[key]: o(pc.utf8_length(a), n), f"violates {key} {c[key]}"))
    for key, test, what in tests:
        ok = _values_where(col, test)
        if ok is None:  # the whole dictionary passed
            continue
        rows, total = _true_rows(pc.and_(present, pc.invert(ok)))
        sink.rows("constraint-error", name, rows, total,
                  lambda i, w=what, k=key: f"{name} value {col[i].as_py()!r} in row {i + 1} {w} ({k})")


def _duplicate_rows(keys: list[pa.ChunkedArray]) -> tuple[list[int], int, dict[int, int]]:
    """Rows whose key already appeared above, with the row of the first appearance. Slow path: only run
    when the fast distinct count says there are duplicates."""
    seen: dict[tuple, int] = {}
    dups, first_of = [], {}
    for i, key in enumerate(zip(*(k.to_pylist() for k in keys), strict=True)):
        if any(v is None for v in key):
            continue
        if key in seen:
            dups.append(i)
            first_of[i] = seen[key]
        else:
            seen[key] = i
    return dups, len(dups), first_of


def _n_distinct(table: pa.Table, fields: list[str]) -> tuple[int, int]:
    """(distinct non-null keys, rows with a full key)."""
    if len(fields) == 1:
        col = table.column(fields[0])
        return pc.count_distinct(col, mode="only_valid").as_py(), len(col) - col.null_count
    sub = table.select(fields).drop_null()
    return sub.group_by(fields).aggregate([]).num_rows, sub.num_rows


def _strictly_increasing(table: pa.Table, fields: list[str]) -> bool:
    """True when the rows are in strictly increasing key order, which proves the key unique in one
    vectorised pass. publish sorts every table by its primary key, so this is the usual case; strings
    compare as UTF-8 bytes, which is code point order, the order Python sorts them in."""
    n = table.num_rows
    if n < 2:
        return True
    greater, equal_so_far = None, None
    for f in fields:
        col = table.column(f)
        if pa.types.is_dictionary(col.type):
            col = pc.cast(col, col.type.value_type)
        a, b = col.slice(1), col.slice(0, n - 1)
        gt, eq = pc.greater(a, b), pc.equal(a, b)
        greater = gt if greater is None else pc.or_(greater, pc.and_(equal_so_far, gt))
        equal_so_far = eq if equal_so_far is None else pc.and_(equal_so_far, eq)
    return bool(pc.all(pc.fill_null(greater, False)).as_py())


def _check_unique(sink: _Sink, table: pa.Table, fields: list[str], type_: str) -> None:
    if _strictly_increasing(table, fields):
        return
    distinct, n = _n_distinct(table, fields)
    if distinct == n:
        return
    dups, total, first_of = _duplicate_rows([table.column(f) for f in fields])
    label = ",".join(fields)
    sink.rows(type_, label, dups, total,
              lambda i: f"{label} of row {i + 1} is the same as in row {first_of[i] + 1} ({type_})")


def read_parquet(res: Resource) -> tuple[pa.Table | None, list[ValidationError]]:
    """The Parquet twin of a resource, or None with a `parquet-error` when it cannot be read."""
    if res.parquet_path is None or not res.parquet_path.is_file():
        return None, []
    try:
        return pq.read_table(res.parquet_path), []
    except (OSError, pa.ArrowException) as exc:
        return None, [ValidationError("parquet-error", res.name, None, None,
                                      f"{res.parquet_rel} cannot be read as Parquet: {exc}", res.parquet_rel)]


def check_table(res: Resource, table: pa.Table) -> list[ValidationError]:
    """Columns, types and field constraints of one Parquet table, plus unique fields and primary key."""
    sink = _Sink(res.name, res.parquet_rel)
    declared = [f["name"] for f in res.fields]
    for name in declared:
        if name not in table.column_names:
            sink.errors.append(ValidationError("missing-label", res.name, None, name,
                                               f"column {name} is in the schema but not in the Parquet file",
                                               res.parquet_rel))
    for name in table.column_names:
        if name not in declared:
            sink.errors.append(ValidationError("extra-label", res.name, None, name,
                                               f"column {name} is in the Parquet file but not in the schema",
                                               res.parquet_rel))
    checkable = set()
    for field in res.fields:
        if field["name"] not in table.column_names:
            continue
        col = table.column(field["name"])
        ok, expected = _type_ok(field, col.type)
        if not ok:
            sink.errors.append(ValidationError(
                "type-error", res.name, None, field["name"],
                f"{field['name']} is stored as {col.type}; a {field.get('type')} column must be {expected}",
                res.parquet_rel))
            continue
        checkable.add(field["name"])
        _check_field(sink, col, field)
        if (field.get("constraints") or {}).get("unique"):
            _check_unique(sink, table, [field["name"]], "unique-error")
    key = res.primary_key
    if key and all(k in checkable for k in key):
        _check_unique(sink, table, key, "primary-key")
    return sink.errors


def _key_column(table: pa.Table, fields: list[str]) -> pa.ChunkedArray:
    """One column standing for a (possibly composite) key: the field itself, or the fields joined."""
    cols = [pc.cast(table.column(f), pa.string()) for f in fields]
    if len(cols) == 1:
        return cols[0]
    return pc.binary_join_element_wise(*cols, "\x1f")


def check_foreign_keys(res: Resource, tables: dict[str, pa.Table]) -> list[ValidationError]:
    """Every non-empty foreign key of `res` is a key of the referenced table (of its own table, for a
    self-reference such as parent_actor_id)."""
    sink = _Sink(res.name, res.parquet_rel)
    table = tables.get(res.name)
    if table is None:
        return []
    for fields, ref_name, ref_fields in res.foreign_keys:
        ref = tables.get(ref_name)
        if ref is None or not all(f in table.column_names for f in fields) \
                or not all(f in ref.column_names for f in ref_fields):
            continue  # a missing table or column is reported by its own check
        child = _key_column(table, fields)
        present = pc.and_(pc.is_valid(child), pc.greater(pc.binary_length(child), 0))
        for f in fields[1:]:
            present = pc.and_(present, pc.is_valid(table.column(f)))
        parent = pc.unique(_key_column(ref, ref_fields).combine_chunks().drop_null())
        rows, total = _true_rows(pc.and_(present, pc.invert(pc.is_in(child, value_set=parent))))
        label = ",".join(fields)
        sink.rows("foreign-key", label, rows, total,
                  lambda i, lab=label, r=ref_name, rf=ref_fields, c=child:
                  f"{lab} {c[i].as_py()!r} in row {i + 1} is not a {','.join(rf)} of {r}")
    return sink.errors
