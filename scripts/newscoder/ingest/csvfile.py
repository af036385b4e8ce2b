"""`.csv` inputs: one article per row, the header naming the article fields (a CMS archive export).

The header must name `text` (and `date`, except for `extract`, which keeps undated articles); the other
known fields are optional. Columns with other names are not read and are listed in the build report.
Each bad row is rejected on its own, with its line number, like a bad JSONL line. The text of a cell is
kept unchanged, so offsets index exactly what the file holds.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from newscoder.ingest.fields import InputError, build_article
from newscoder.records import Article

FIELDS = ("id", "date", "title", "url", "publisher", "byline", "language", "license", "attribution", "text")


class IgnoredColumns(list):
    """The header's columns that are not article fields (a note for the build report, not an error)."""


def read_csv(raw: str, *, path: str, stem: str, sha: str, strict: bool = True
             ) -> Iterator[tuple[int | None, Article | InputError | IgnoredColumns]]:
    """(line number, Article or that row's error) for every data row, after at most one IgnoredColumns.

    InputError is raised (the whole file rejected) when there is no header or it lacks a required
    column; a row's error is yielded and the next rows are still read."""
    # the csv module refuses fields over 128 KiB by default; an article may be longer
    csv.field_size_limit(1 << 30)
    reader = csv.reader(io.StringIO(raw, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError("malformed-csv", f"the header line does not parse: {exc}") from None
    if header is None or not any(h.strip() for h in header):
        raise InputError("empty", "the CSV file has no header line")
    names = [h.strip().lower() for h in header]
    dupes = sorted({n for n in names if n and names.count(n) > 1})
    if dupes:
        raise InputError("malformed-csv", f"the header names {', '.join(dupes)} more than once")
    need = ["text", "date"] if strict else ["text"]
    missing = [n for n in need if n not in names]
    if missing:
        raise InputError("missing-column", f"the header has no {' or '.join(repr(n) for n in missing)} column "
                         f"(columns: {', '.join(h for h in header if h.strip()) or 'none'})")
    ignored = [h for h, n in zip(header, names, strict=True) if n not in FIELDS]
    if ignored:
        yield 1, IgnoredColumns(ignored)
    where = {n: i for i, n in enumerate(names) if n in FIELDS}
    line_of = reader.line_num + 1  # the physical line where the next record starts
    while True:
        start = line_of
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # a broken quote runs to the end of the file: nothing after it can be read reliably
            yield start, InputError("malformed-csv", f"line {start} does not parse as CSV: {exc}; "
                                                     "the rest of the file is not read")
            return
        line_of = reader.line_num + 1
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) > len(header):
            yield start, InputError("malformed-csv", f"line {start} has {len(row)} fields, the header "
                                                     f"{len(header)}")
            continue
        values = {n: (row[i] if i < len(row) else None) for n, i in where.items()}
        try:
            yield start, build_article(
                text=values.get("text"),
                date=values.get("date"),
                external_id=(values.get("id") or "").strip() or (values.get("url") or "").strip()
                or f"{stem}:{start}",
                source_path=path,
                source_format="csv",
                source_sha256=sha,
                strict=strict,
                title=values.get("title"),
                url=values.get("url"),
                publisher=values.get("publisher"),
                byline=values.get("byline"),
                language=values.get("language"),
                license=values.get("license"),
                attribution=values.get("attribution"),
            )
        except InputError as exc:
            yield start, InputError(exc.kind, f"line {start}: {exc}")
