"""Audited precision: the rubric, the samples and judgements files, and the figures with Wilson intervals.

The questions and answers are those of the project's audit rubric (docs/review.md): one column per
question in an audit sheet, one line per (row, question) in `data/review/judgements.csv`. Only samples
drawn with `--audit` (uniform random samples, recorded in `data/review/samples.json`) count towards the
published precision: a targeted review says nothing about the rows nobody flagged.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from collections import Counter, defaultdict
from pathlib import Path

SAMPLES_FILE = "samples.json"
JUDGEMENTS_FILE = "judgements.csv"
JUDGEMENT_COLUMNS = ("sample_id", "table", "row_id", "question", "answer", "reviewer", "judged_date")
Z95 = 1.959963984540054  # the 97.5th percentile of the standard normal

# question -> allowed answers, in the rubric's order
RUBRIC: dict[str, dict[str, tuple[str, ...]]] = {
    "quotes": {
        "is_attribution": ("yes", "no"),
        "span_ok": ("yes", "partial", "no"),
        "type_ok": ("yes", "no"),
        "speaker_ok": ("yes", "no", "missing", "n/a"),
        "resolved_ok": ("yes", "no", "null"),
    },
    "events": {
        "is_event": ("yes", "no"),
        "code_ok": ("yes", "close", "no"),
        "plover_ok": ("yes", "no"),
        "source_ok": ("yes", "no", "missing"),
        "target_ok": ("yes", "no", "missing", "n/a"),
        "country_ok": ("yes", "no", "n/a"),
        "modality_ok": ("yes", "no"),
        "date_ok": ("yes", "no"),
    },
    "actors": {
        "is_entity": ("yes", "no"),
        "name_ok": ("yes", "no"),
        "type_ok": ("yes", "no"),
        "country_ok": ("yes", "no", "missing", "n/a"),
        "mentions_ok": ("yes", "no"),
    },
}
# "Fully right": every listed question has one of the listed answers (the others do not count).
FULLY_RIGHT: dict[str, dict[str, tuple[str, ...]]] = {
    "quotes": {"is_attribution": ("yes",), "span_ok": ("yes", "partial"), "type_ok": ("yes",),
               "speaker_ok": ("yes",)},
    "events": {"is_event": ("yes",), "code_ok": ("yes",), "source_ok": ("yes",), "target_ok": ("yes", "n/a"),
               "date_ok": ("yes",)},
    "actors": {"is_entity": ("yes",), "name_ok": ("yes",), "type_ok": ("yes",), "country_ok": ("yes", "n/a"),
               "mentions_ok": ("yes",)},
}
# The first question of each table: answered "no", the row is not a row of this table at all (a reject),
# and the other questions may be left empty.
GATE = {"quotes": "is_attribution", "events": "is_event", "actors": "is_entity"}
# Besides the questions, a sheet has these per row: a borderline flag (yes or empty) and free notes.
EXTRA = ("borderline", "notes")


def fully_right(table: str, answers: dict[str, str]) -> bool:
    return all(answers.get(q) in ok for q, ok in FULLY_RIGHT[table].items())


def wilson(right: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of right/n (95 % by default); (0, 1) for n = 0."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


# ------------------------------------------------------------------------------------------- files
def read_samples(review_dir: str | Path) -> list[dict]:
    path = Path(review_dir) / SAMPLES_FILE
    if not path.is_file():
        return []
    try:
        return json.loads(path.read_text(encoding="utf-8"))["samples"]
    except (ValueError, KeyError) as exc:
        raise ValueError(f"{path}: not a samples file ({exc})") from exc


def write_samples(review_dir: str | Path, samples: list[dict]) -> Path:
    path = Path(review_dir) / SAMPLES_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"samples": sorted(samples, key=lambda s: s["sample_id"])}, indent=2, ensure_ascii=False)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text + "\n", encoding="utf-8", newline="\n")
    tmp.replace(path)
    return path


def read_judgements(review_dir: str | Path) -> list[dict]:
    path = Path(review_dir) / JUDGEMENTS_FILE
    if not path.is_file():
        return []
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    if tuple(reader.fieldnames or ()) != JUDGEMENT_COLUMNS:
        raise ValueError(f"{path}: the header must be {','.join(JUDGEMENT_COLUMNS)}")
    return [{k: v or "" for k, v in row.items()} for row in reader]


def append_judgements(review_dir: str | Path, rows: list[dict]) -> None:
    """Append (never rewrite): the answers of an audit are a record, like the decisions."""
    path = Path(review_dir) / JUDGEMENTS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if not path.is_file():
        writer.writerow(JUDGEMENT_COLUMNS)
    for row in rows:
        writer.writerow([row.get(c, "") for c in JUDGEMENT_COLUMNS])
    with path.open("a", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


# ------------------------------------------------------------------------------------------- figures
class IdDigest:
    """A digest of a table's set of row ids that does not depend on the order the rows arrive in (a sum of
    per-id hashes): it tells whether an audit sample was drawn from the build being published. Any change of
    extraction that adds, drops or alters a row changes some ids, hence the digest."""

    def __init__(self) -> None:
        self._sum = 0
        self.n = 0

    def add(self, row_id: str) -> None:
        self._sum = (self._sum + int.from_bytes(hashlib.sha256(row_id.encode()).digest()[:16], "big")) % _MOD
        self.n += 1

    def hexdigest(self) -> str:
        return f"{self.n}:{self._sum:032x}"


_MOD = 1 << 128


def table_digest(ids) -> str:
    d = IdDigest()
    for i in ids:
        d.add(i)
    return d.hexdigest()


def _figures(table: str, rows: dict[tuple[str, str, str], dict[str, str]]) -> dict:
    n = len(rows)
    right = sum(fully_right(table, a) for a in rows.values())
    low, high = wilson(right, n)
    return {"n": n, "right": right, "precision": round(right / n, 4), "ci_low": round(low, 4),
            "ci_high": round(high, 4), "sample_ids": sorted({k[1] for k in rows})}


def audit_summary(review_dir: str | Path, current: dict[str, str] | None = None) -> dict:
    """{table: {n, right, precision, ci_low, ci_high, sample_ids, rubric, borderline, reviewers, populations,
    drawn_date, of_this_build, earlier}} from the judged rows of audit samples only; {} when nothing has been
    judged. Deterministic: a function of the two files (and `current`).

    An audit measures the build it was drawn from, so samples are pooled only when they were drawn from the
    same build (the same `table_digest`, recorded when the sample is drawn). The figure reported is that of
    the build being published when `current` ({table: digest of its row ids}) names one that was audited
    (`of_this_build` true); otherwise that of the most recently drawn audit, with `of_this_build` false (or
    null when `current` is not given). Audits of other builds are kept, with their figures, in `earlier`."""
    audits = {s["sample_id"]: s for s in read_samples(review_dir) if s.get("audit")}
    answers: dict[tuple[str, str, str], dict[str, str]] = defaultdict(dict)
    reviewers: dict[str, set[str]] = defaultdict(set)
    for j in read_judgements(review_dir):
        sample = audits.get(j["sample_id"])
        if sample is None or j["table"] != sample["table"]:
            continue
        answers[j["table"], j["sample_id"], j["row_id"]][j["question"]] = j["answer"]
        reviewers[j["table"], j["sample_id"]].add(j.get("reviewer") or "")
    out: dict[str, dict] = {}
    for table in RUBRIC:
        groups: dict[str, dict] = defaultdict(dict)  # build digest -> judged rows
        for k, v in answers.items():
            if k[0] == table:
                groups[audits[k[1]].get("table_digest") or ""][k] = v
        if not groups:
            continue

        def drawn(digest: str, g=groups) -> tuple[str, str]:
            return max((audits[k[1]].get("drawn_date") or "", k[1]) for k in g[digest])

        wanted = (current or {}).get(table)
        headline = wanted if wanted in groups else max(groups, key=drawn)
        rows = groups[headline]
        counts = {q: {ans: c for ans, c in sorted(Counter(a.get(q, "") for a in rows.values()).items()) if ans}
                  for q in RUBRIC[table]}
        fig = _figures(table, rows)
        out[table] = {
            **fig, "rubric": counts,
            "borderline": sum(a.get("borderline") == "yes" for a in rows.values()),
            "reviewers": sorted({r for sid in fig["sample_ids"] for r in reviewers[table, sid] if r}),
            "populations": {sid: audits[sid].get("population") for sid in fig["sample_ids"]},
            "drawn_date": drawn(headline)[0],
            "of_this_build": None if current is None else headline == wanted,
            "earlier": [{**_figures(table, groups[d]), "drawn_date": drawn(d)[0]}
                        for d in sorted((d for d in groups if d != headline), key=drawn)],
        }
    return out


def format_summary(summary: dict) -> str:
    if not summary:
        return "no audit judged yet (draw one with `newscoder review sample --audit`)"
    lines = []
    for table, s in summary.items():
        build = {True: "this build", False: "an earlier build", None: "drawn " + s.get("drawn_date", "")}
        lines.append(f"{table}: {s['right']}/{s['n']} fully right = {s['precision']:.1%} "
                     f"(95 % Wilson {s['ci_low']:.1%}-{s['ci_high']:.1%}; {s['borderline']} borderline; "
                     f"samples {', '.join(s['sample_ids'])}; {build[s.get('of_this_build')]})")
        for e in s.get("earlier", []):
            lines.append(f"  earlier build ({e['drawn_date']}): {e['right']}/{e['n']} = {e['precision']:.1%} "
                         f"(samples {', '.join(e['sample_ids'])})")
        for q, counts in s["rubric"].items():
            lines.append(f"  {q}: " + ", ".join(f"{a} {c}" for a, c in counts.items()))
    return "\n".join(lines)


def format_markdown(summary: dict) -> str:
    """The audit as a Markdown table for the data card."""
    lines = ["| table | rows judged | fully right | precision | 95 % Wilson interval | borderline | samples |",
             "|---|---|---|---|---|---|---|"]
    for table, s in summary.items():
        lines.append(f"| {table} | {s['n']} | {s['right']} | {s['precision']:.1%} | {s['ci_low']:.1%} to "
                     f"{s['ci_high']:.1%} | {s['borderline']} | {', '.join(s['sample_ids'])} |")
    return "\n".join(lines)
