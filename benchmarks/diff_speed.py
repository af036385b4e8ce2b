"""How fast `newscoder diff` compares two large packages (prints a table; never asserts a duration).

Publishes two synthetic packages whose large tables (mentions, quotes, events) have ROWS rows each: the
second with 1 % of the rows modified (two values changed), 0.5 % removed and 0.5 % added.
Then times the row diff of each table alone (open the packages, DuckDB over the Parquet files, the detail
rows as a DataFrame) and of the whole package: wall-clock seconds, and CPU seconds of all threads
(on a busy machine the wall clock includes waiting for a core; the CPU time does not).

    PYTHONPATH=scripts python benchmarks/diff_speed.py --rows 200000
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from newscoder.diff import diff_packages
from newscoder.package_io import Package, open_package
from newscoder.publish import publish
from newscoder.schema import TABLES, enum_values, load_schema

LARGE = ("mentions", "quotes", "events")


def _value(field: dict, i: int, key: bool) -> object:
    """A value of the field's type for row i (ids unique per row for key columns)."""
    kind, name = field["type"], field["name"]
    allowed = enum_values(field)
    if allowed:
        return allowed[i % len(allowed)]
    if kind == "integer":
        return i
    if kind == "number":
        return round((i % 100) / 100, 2)
    if kind == "boolean":
        return i % 2 == 0
    if kind == "date":
        return dt.date(2026, 1, 1) + dt.timedelta(days=i % 365)
    if name.endswith("_id") and key:
        return f"{name[:3]}_{i:09d}"
    if name == "article_id":
        return "art_bench"
    if name.endswith("_id"):
        return f"act_{i % 1000:09d}"
    return f"{name} of row {i}"


def synthetic_tables(rows: int) -> dict[str, list[dict]]:
    out = {}
    for name in TABLES:
        schema = load_schema(name)
        key = set(schema["primaryKey"])
        n = rows if name in LARGE else 1000
        out[name] = [{f["name"]: _value(f, i, f["name"] in key) for f in schema["fields"]} for i in range(n)]
    for row in out["articles"][:1]:
        row["article_id"] = "art_bench"
    return out


def changed(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    new = {}
    for name, rows in tables.items():
        if name not in LARGE:
            new[name] = rows
            continue
        n = len(rows)
        kept = [dict(r) for i, r in enumerate(rows) if i % 200 != 7]  # 0.5 % removed
        for i, row in enumerate(kept):
            if i % 100 == 3:  # 1 % modified: two values changed
                row["char_end"] += 1
                row["extractor_version"] = "0.2.0"
        key = load_schema(name)["primaryKey"][0]
        for j in range(n // 200):  # 0.5 % added
            extra = dict(rows[j])
            extra[key] = f"{key[:3]}_new_{j:09d}"
            kept.append(extra)
        new[name] = kept
    return new


def only(pkg: Package, name: str) -> Package:
    return Package(pkg.path, pkg.descriptor, {name: pkg.tables[name]}, pkg.source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=200_000, help="rows in each large table")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the best is shown)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="diff-bench-"))
    try:
        t0 = time.perf_counter()
        base = synthetic_tables(args.rows)
        for label, tables in (("old", base), ("new", changed(base))):
            publish(tables, work / label / "data", work / label / "datapackage.json", sources=[],
                    version="0.1.0", created="2026-01-01T00:00:00Z")
        print(f"published two packages in {time.perf_counter() - t0:.1f} s ({args.rows} rows per large table)\n")
        with open_package(work / "old" / "datapackage.json") as old, open_package(work / "new" /
                                                                                    "datapackage.json") as new:
            print(f"{'table':<14} {'rows':>9} {'added':>7} {'removed':>8} {'modified':>9} {'detail rows':>12} "
                  f"{'seconds':>8} {'cpu s':>7}")
            for name in list(TABLES) + ["(all)"]:
                a, b = (old, new) if name == "(all)" else (only(old, name), only(new, name))
                best, cpu = None, None
                for _ in range(args.repeat):
                    start, start_cpu = time.perf_counter(), time.process_time()
                    d = diff_packages(a, b)
                    took, took_cpu = time.perf_counter() - start, time.process_time() - start_cpu
                    best = took if best is None else min(best, took)
                    cpu = took_cpu if cpu is None else min(cpu, took_cpu)
                c = {"added": 0, "removed": 0, "modified": 0}
                for counts in d.counts().values():
                    c = {k: c[k] + counts[k] for k in c}
                rows = sum(len(base[n]) for n in (TABLES if name == "(all)" else [name]))
                print(f"{name:<14} {rows:>9} {c['added']:>7} {c['removed']:>8} {c['modified']:>9} "
                      f"{len(d.details):>12} {best:>8.3f} {cpu:>7.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
