"""Validate a published newscoder package: a report, never an exception.

`validate_package` runs seven checks and collects what they find into one `ValidationReport`:

1. frictionless, the reference validator, over the CSV resources of datapackage.json;
2. the same Table Schema constraints on the Parquet files, vectorised with pyarrow compute;
3. CSV and Parquet hold the same rows;
4. every span is the article text at its offsets, and the articles are unchanged: against the raw
   articles when given, else against the published texts (`article_texts`, the openly licensed ones);
5. the version agrees across datapackage.json, pyproject.toml, CITATION.cff and the Parquet metadata;
6. the bytes and hashes in datapackage.json match the files;
7. no publish was interrupted while its files were being moved into place (a journal left behind).

Warnings, which never make a package invalid: text cells that a spreadsheet would run as a formula
(`newscoder.checks.formulas`), counted per table and column.

Bad data is never an exception: a missing file, unreadable JSON or a broken Parquet file is an error in
the report. Every error type is documented in docs/validation.md.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from newscoder.buildlock import JOURNAL_NAME
from newscoder.checks.base import ValidationError, load_package, package_resources
from newscoder.checks.formulas import formula_cells
from newscoder.checks.frictionless_check import check_frictionless
from newscoder.checks.meta import check_hashes, check_versions
from newscoder.checks.parity import check_parity, read_csv_text
from newscoder.checks.parquet import check_foreign_keys, check_table, read_parquet
from newscoder.checks.spans import (
    check_articles,
    check_published_texts,
    check_spans,
    published_texts,
    read_raw_texts,
)

__all__ = ["ValidationError", "ValidationReport", "validate_package"]


@dataclass
class ValidationReport:
    """What validation found. `stats` holds rows checked per table and seconds per check: the seconds
    belong in this report only, never in a file of the dataset (they change from run to run)."""

    package: str
    errors: list[ValidationError] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    warnings: list[dict] = field(default_factory=list)  # never affect `valid` (see checks/formulas.py)

    @property
    def valid(self) -> bool:
        return not self.errors

    def error_types(self) -> dict[str, int]:
        """How many errors of each type, by type name."""
        return dict(sorted(Counter(e.type for e in self.errors).items()))

    def to_dict(self) -> dict:
        return {"package": self.package, "valid": self.valid, "error_types": self.error_types(),
                "errors": [e.to_dict() for e in self.errors], "warnings": self.warnings,
                "warning_types": dict(sorted(Counter(w["type"] for w in self.warnings).items())),
                "stats": self.stats}

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def format_text(self, max_errors: int = 50) -> str:
        """A readable summary: verdict, rows per table, errors by type, then the first errors."""
        rows = self.stats.get("rows", {})
        total = sum(rows.values())
        head = "VALID" if self.valid else f"INVALID: {len(self.errors)} errors"
        lines = [f"{head} - {self.package} ({len(rows)} tables, {total:,} rows checked)"]
        for table, n in rows.items():
            lines.append(f"  {table:<14} {n:>12,} rows")
        if self.errors:
            lines.append("Errors by type: " + ", ".join(f"{t} {n}" for t, n in self.error_types().items()))
            for e in self.errors[:max_errors]:
                where = " ".join(p for p in (e.table, f"row {e.row}" if e.row else None,
                                             f"field {e.field}" if e.field else None) if p)
                lines.append(f"  [{e.type}] {where + ': ' if where else ''}{e.message}")
            if len(self.errors) > max_errors:
                lines.append(f"  ... and {len(self.errors) - max_errors} more (use --json for all)")
        for w in self.warnings:
            if w["type"] == "formula-leading-text":
                lines.append(f"Warning [formula-leading-text] {w['table']}.{w['field']}: {w['count']:,} cells start "
                             f"with =, +, -, @, tab or CR (first rows {', '.join(map(str, w['rows']))}, e.g. "
                             f"{w['example']!r}); a spreadsheet may read them as formulas: import this column as "
                             "text (the CSV itself is exact)")
        if self.stats.get("spans_checked_against"):
            lines.append("Spans checked against " + self.stats["spans_checked_against"])
        for check, reason in self.stats.get("skipped", {}).items():
            lines.append(f"Skipped {check}: {reason}")
        seconds = self.stats.get("seconds", {})
        if seconds:
            lines.append("Seconds: " + ", ".join(f"{c} {s:.2f}" for c, s in seconds.items()))
        return "\n".join(lines)


@contextmanager
def _timed(report: ValidationReport, name: str):
    """Time one check; if it crashes (a bug of ours, or data too broken for it), the crash becomes a
    `check-crashed` error in the report instead of an exception, and the other checks still run."""
    start = time.perf_counter()
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - the contract is a report, never an exception
        report.errors.append(ValidationError("check-crashed", None, None, None,
                                             f"the {name} check stopped: {type(exc).__name__}: {exc}"))
    finally:
        report.stats["seconds"][name] = round(time.perf_counter() - start, 4)


def _check_review(resources, base: Path) -> list[ValidationError]:
    """The review decisions beside the tables (data/review/decisions.csv) against their Table Schema."""
    from newscoder.review.decisions import DECISIONS_FILE, DecisionError, read_decisions

    folders = {res.csv_path.parent for res in resources}
    errors = []
    for folder in sorted(folders):
        path = folder / "review" / DECISIONS_FILE
        try:
            read_decisions(path)
        except DecisionError as exc:
            rel = path.relative_to(base).as_posix() if path.is_relative_to(base) else str(path)
            errors += [ValidationError("review-decision", "decisions", None, None, line, rel)
                       for line in str(exc).splitlines()]
    return errors


def validate_package(
    package_path: Path = Path("datapackage.json"),
    raw_dir: Path | None = None,
    *,
    frictionless_check: bool = True,
) -> ValidationReport:
    """Check a published package (and, with `raw_dir`, its spans against the raw articles).

    Example: `report = validate_package(Path("datapackage.json"), Path("data/raw"))`, then
    `report.valid`, `report.errors`, `print(report.format_text())` or `report.to_json()`.
    `frictionless_check=False` skips the slow reference validator; the fast Parquet checks still run.
    """
    package_path = Path(package_path)
    report = ValidationReport(str(package_path), stats={"rows": {}, "seconds": {}, "skipped": {}})
    stats, errors = report.stats, report.errors
    package, problems = load_package(package_path)
    errors += problems
    if package is None:
        return report
    base = package_path.parent
    resources, problems = package_resources(package, base)
    errors += problems
    missing = {e.table for e in problems if e.type == "missing-file" and e.table}

    with _timed(report, "hashes"):
        errors += check_hashes(resources)
    with _timed(report, "versions"):
        errors += check_versions(package, base, resources)
        errors += _check_review(resources, base)  # metadata beside the tables, like the versions
    if frictionless_check:
        with _timed(report, "frictionless"):
            errors += check_frictionless(package_path, missing, {r.name: r.primary_key for r in resources})
    else:
        stats["skipped"]["frictionless"] = "turned off"

    tables: dict[str, pa.Table] = {}
    with _timed(report, "parquet"):
        for res in resources:
            table, problems = read_parquet(res)
            errors += problems
            if table is None:
                continue
            tables[res.name] = table
            stats["rows"][res.name] = table.num_rows
            errors += check_table(res, table)
        for res in resources:
            errors += check_foreign_keys(res, tables)

    with _timed(report, "formulas"):
        for name, table in tables.items():
            report.warnings += formula_cells(name, table)

    for folder in sorted({res.csv_path.parent for res in resources}):
        if (folder / JOURNAL_NAME).exists():
            errors.append(ValidationError(
                "interrupted-publish", None, None, None,
                f"a build was stopped while moving its files into {folder}: the files are a mix of two builds; "
                "run `newscoder build` again (it finishes the interrupted publish first)",
                file=str(folder / JOURNAL_NAME)))

    with _timed(report, "csv_parquet"):
        for res in resources:
            if res.name not in tables or not res.csv_path.is_file():
                continue
            csv_table, problems = read_csv_text(res)
            errors += problems
            if csv_table is not None:
                errors += check_parity(res, csv_table, tables[res.name])

    by_name = {res.name: res for res in resources}
    has_raw = raw_dir is not None and Path(raw_dir).is_dir()
    if has_raw:
        with _timed(report, "spans"):
            texts, rejected = read_raw_texts(Path(raw_dir))
            stats["raw"] = {"articles": len(texts), "rejected": len(rejected)}
            if "articles" in tables:
                errors += check_articles(tables["articles"], texts, by_name["articles"].parquet_rel)
                if "article_texts" in tables:
                    errors += check_published_texts(tables["articles"], published_texts(tables["article_texts"]),
                                                    by_name["article_texts"].parquet_rel, raw=texts)
            for name, table in tables.items():
                errors += check_spans(name, table, texts, by_name[name].parquet_rel)
    elif "articles" in tables and tables.get("article_texts") is not None and tables["article_texts"].num_rows:
        # no raw folder (a user who downloaded only the data): the published texts stand in for it
        with _timed(report, "spans"):
            texts = published_texts(tables["article_texts"])
            n_articles = tables["articles"].num_rows
            stats["published_texts"] = {"articles_checked": len(texts),
                                        "articles_without_text": n_articles - len(texts)}
            errors += check_published_texts(tables["articles"], texts, by_name["article_texts"].parquet_rel)
            for name, table in tables.items():
                errors += check_spans(name, table, texts, by_name[name].parquet_rel)
            n_closed = n_articles - len(texts)
            stats["spans_checked_against"] = (
                f"article_texts (no raw folder): the spans of the {len(texts)} openly licensed "
                f"article{'s' * (len(texts) != 1)}; {n_closed} article{'s' * (n_closed != 1)} without a "
                "published text not checked")
    elif raw_dir is None:
        stats["skipped"]["spans"] = "no raw folder given"
    else:
        stats["skipped"]["spans"] = f"raw folder {raw_dir} does not exist"
    return report
