"""Review, corrections and audited precision (docs/review.md).

- `decisions`: data/review/decisions.csv, its Table Schema, reading and appending
- `anchors`: finding a reviewed span again after the text or the extractors changed
- `apply`: the build stage that applies the decisions to the extracted rows
- `sheets`: review samples and sheets (CSV, Excel); `importer`: filled sheets -> decisions
- `audit`: the rubric, the judgements file, precision with Wilson intervals
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from pathlib import Path

from newscoder.review.decisions import REVIEW_TABLES

REVIEW_DIR = "review"  # under the data folder: data/review/
REVIEW_FILES = ("decisions.csv", "samples.json", "judgements.csv")
STATUSES = ("unreviewed", "verified", "corrected", "rejected")


def review_digest(review_dir: str | Path) -> str:
    """sha256 over the review files: a build whose decisions or audits changed is not up to date."""
    h = hashlib.sha256()
    for name in REVIEW_FILES:
        path = Path(review_dir) / name
        h.update(name.encode() + b"\x1f" + (path.read_bytes() if path.is_file() else b"") + b"\x1e")
    return h.hexdigest()


def status_counts(data_dir: str | Path) -> dict[str, dict[str, int]]:
    """{table: {review_status: rows}} of the published tables (every status listed, zeros included)."""
    out = {}
    for table in REVIEW_TABLES:
        path = Path(data_dir) / f"{table}.csv"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            counts = Counter(row.get("review_status") or "unreviewed" for row in csv.DictReader(fh))
        out[table] = {s: counts.get(s, 0) for s in STATUSES}
    return out
