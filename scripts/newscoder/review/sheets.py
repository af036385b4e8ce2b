"""Review sheets: draw a sample of a published table and write it as CSV or Excel for a reviewer.

One line per row: the article's title and date, the passage (about 300 characters either side, the span
between [[ and ]]), every published field with actor ids also shown as "name (type, country)", for an audit
one column per rubric question, and the columns a reviewer fills in (decision, field, new_value, reason).
No cell is ever a live formula: Excel cells are written as text, and in CSV a cell starting with = + - or @
gets a leading apostrophe that `read_sheet` removes again.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import random
from pathlib import Path

from newscoder.review.audit import EXTRA, RUBRIC, read_samples, table_digest, write_samples
from newscoder.review.decisions import ACTIONS, ID_COLUMN, REVIEW_TABLES

CONTEXT = 300  # characters of the article either side of the span
MARK_OPEN, MARK_CLOSE = "[[", "]]"
DECISION_COLUMNS = ("decision", "field", "new_value", "reason")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_ACTOR_MENTIONS = 3


class SheetError(ValueError):
    """A sample that cannot be drawn or a sheet that cannot be read; the message says which and why."""


# ------------------------------------------------------------------------------------------- the data
def read_table_text(data_dir: Path, table: str) -> list[dict]:
    """A published table's CSV as dicts of cell text (exactly as published: ids and codes stay text)."""
    path = Path(data_dir) / f"{table}.csv"
    if not path.is_file():
        raise SheetError(f"{path} not found: build the dataset first (newscoder build)")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def current_build(data_dir: Path) -> dict[str, str] | None:
    """{table: digest of its row ids} of the published build in `data_dir` (None when it has no tables)."""
    try:
        return {t: table_digest(r[ID_COLUMN[t]] for r in read_table_text(data_dir, t)) for t in RUBRIC}
    except SheetError:
        return None


def article_texts(data_dir: Path, raw_dir: Path | None, ids: set[str]) -> dict[str, str]:
    """The bodies of the articles `ids`: from the published article_texts table when there is one, else
    read again from the raw inputs (nothing when neither is there: the sheet then shows the evidence)."""
    out: dict[str, str] = {}
    for name in ("article_texts.csv",):
        path = Path(data_dir) / name
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as fh:
                out.update({r["article_id"]: r["text"] for r in csv.DictReader(fh) if r["article_id"] in ids})
    missing = ids - set(out)
    if missing and raw_dir is not None and Path(raw_dir).exists():
        from newscoder.ingest import read_inputs
        from newscoder.records import Article

        for item in read_inputs([raw_dir], strict=True):
            if isinstance(item, Article) and item.article_id in missing:
                out[item.article_id] = item.text
    return out


def span_of(table: str, row: dict) -> tuple[int, int] | None:
    if table == "actors" or not row.get("char_start"):
        return None
    return int(row["char_start"]), int(row["char_end"])


def passage(text: str | None, start: int, end: int, evidence: str = "", context: int = CONTEXT) -> str:
    """The span with `context` characters either side, marked [[ ]]; from the evidence sentence when the
    article body is not at hand."""
    if text is None:
        return evidence
    lo, hi = max(0, start - context), min(len(text), end + context)
    return ("…" if lo else "") + text[lo:start] + MARK_OPEN + text[start:end] + MARK_CLOSE + text[end:hi] + \
        ("…" if hi < len(text) else "")


# ------------------------------------------------------------------------------------------- samples
def draw_sample(data_dir: Path, review_dir: Path, table: str, *, n: int | None = None, seed: int | None = None,
                ids: list[str] | None = None, audit: bool = False, today: dt.date | None = None) -> dict:
    """Draw and record a sample (in review_dir/samples.json): a uniform random sample of `n` rows drawn
    with `seed` from the rows not rejected, or the rows `ids` (a targeted review, never an audit)."""
    if table not in REVIEW_TABLES:
        raise SheetError(f"unknown table {table!r}; review tables: {', '.join(REVIEW_TABLES)}")
    rows = read_table_text(data_dir, table)
    key = ID_COLUMN[table]
    today = today or dt.date.today()
    samples = read_samples(review_dir)
    if ids is not None:
        if audit:
            raise SheetError("an audit is a random sample: --audit cannot be used with --ids")
        known = {r[key] for r in rows}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise SheetError(f"not in {table}: {', '.join(unknown)}")
        chosen = list(dict.fromkeys(ids))
        digest = hashlib.sha256("\n".join(chosen).encode()).hexdigest()[:8]
        sample = {"sample_id": f"review-{table}-{digest}", "table": table, "audit": False, "seed": None,
                  "population": len(rows), "n": len(chosen), "drawn_date": today.isoformat(), "row_ids": chosen}
    else:
        if n is None or seed is None:
            raise SheetError("a random sample needs --n and --seed (or --ids FILE)")
        if audit and table not in RUBRIC:
            raise SheetError(f"the audit rubric has no questions for {table}; audit tables: {', '.join(RUBRIC)}")
        if audit and any(s["table"] == table and s.get("audit") and s["seed"] == seed for s in samples):
            raise SheetError(f"seed {seed} was already used for an audit of {table}: an audit needs a fresh seed")
        population = sorted(r[key] for r in rows if r.get("review_status") != "rejected")
        chosen = random.Random(seed).sample(population, min(n, len(population)))
        sample = {"sample_id": f"{'audit' if audit else 'review'}-{table}-seed{seed}", "table": table,
                  "audit": audit, "seed": seed, "population": len(population), "n": len(chosen),
                  "drawn_date": today.isoformat(), "row_ids": chosen}
    # which build the sample comes from: an audit describes that build only (review.audit.audit_summary)
    sample["table_digest"] = table_digest(r[key] for r in rows)
    package = Path(data_dir).parent / "datapackage.json"
    if package.is_file():
        import json

        meta = json.loads(package.read_text(encoding="utf-8"))
        sample["package_version"] = meta.get("version")
        sample["package_created"] = meta.get("created")
    others = [s for s in samples if s["sample_id"] != sample["sample_id"]]
    write_samples(review_dir, [*others, sample])
    return sample


def _actor_label(actor: dict | None) -> str:
    if not actor:
        return ""
    extra = ", ".join(x for x in (actor.get("actor_type"), actor.get("country_iso3")) if x)
    return f"{actor['name']} ({extra})" if extra else actor["name"]


def sheet_rows(sample: dict, data_dir: Path, raw_dir: Path | None) -> tuple[list[str], list[dict]]:
    """(columns, lines) of the sheet for a sample, in the sample's order."""
    table = sample["table"]
    key = ID_COLUMN[table]
    rows = {r[key]: r for r in read_table_text(data_dir, table)}
    articles = {r["article_id"]: r for r in read_table_text(data_dir, "articles")}
    actors = {r["actor_id"]: r for r in read_table_text(data_dir, "actors")}
    picked = [rows[i] for i in sample["row_ids"] if i in rows]
    mentions: dict[str, list[dict]] = {}
    if table == "actors":
        rng = random.Random(sample.get("seed") or 0)
        wanted = {r["actor_id"] for r in picked}
        for m in read_table_text(data_dir, "mentions"):
            if m["actor_id"] in wanted:
                mentions.setdefault(m["actor_id"], []).append(m)
        for aid, ms in mentions.items():
            ms.sort(key=lambda m: m["mention_id"])
            mentions[aid] = sorted(rng.sample(ms, min(MAX_ACTOR_MENTIONS, len(ms))), key=lambda m: m["mention_id"])
        art_ids = {m["article_id"] for ms in mentions.values() for m in ms}
    else:
        art_ids = {r["article_id"] for r in picked}
    texts = article_texts(data_dir, raw_dir, art_ids)

    fields = list(next(iter(rows.values())).keys()) if rows else []
    shown: list[str] = []
    for f in fields:
        shown.append(f)
        if f.endswith("_actor_id") or (table != "actors" and f == "actor_id"):
            shown.append(f[:-3] if f.endswith("_id") else f + "_name")
    columns = ["table", "sample_id", "row_id", "article_title", "published_date", "passage", *shown]
    if table == "actors":
        columns.insert(columns.index("passage") + 1, "mentions")
    if sample.get("audit"):
        columns += [*RUBRIC[table], *EXTRA]
    columns += list(DECISION_COLUMNS)

    lines = []
    for row in picked:
        line = {c: "" for c in columns}
        line.update({"table": table, "sample_id": sample["sample_id"], "row_id": row[key]})
        for f in fields:
            line[f] = row[f]
            if f.endswith("_actor_id") or (table != "actors" and f == "actor_id"):
                line[f[:-3] if f.endswith("_id") else f + "_name"] = _actor_label(actors.get(row[f]))
        if table == "actors":
            ms = mentions.get(row["actor_id"], [])
            if ms:
                first = ms[0]
                art = articles.get(first["article_id"], {})
                line["article_title"], line["published_date"] = art.get("title", ""), art.get("published_date", "")
                line["passage"] = passage(texts.get(first["article_id"]), int(first["char_start"]),
                                          int(first["char_end"]), first["evidence"])
                line["mentions"] = "\n".join(
                    f"{i}. {m['text']} ({m['mention_kind']}): "
                    + passage(texts.get(m["article_id"]), int(m["char_start"]), int(m["char_end"]), m["evidence"], 80)
                    for i, m in enumerate(ms, start=1))
        else:
            art = articles.get(row["article_id"], {})
            line["article_title"], line["published_date"] = art.get("title", ""), art.get("published_date", "")
            start, end = span_of(table, row)
            line["passage"] = passage(texts.get(row["article_id"]), start, end, row.get("evidence", ""))
        lines.append(line)
    return columns, lines


# ------------------------------------------------------------------------------------------- files
def _safe(text: str) -> str:
    """CSV cell text that a spreadsheet will not run: a leading apostrophe before = + - @ (as OWASP advises)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _unsafe(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def write_sheet(path: str | Path, columns: list[str], lines: list[dict], table: str, audit: bool) -> Path:
    """Write a sheet as .csv (UTF-8) or .xlsx (every cell text, frozen header, drop-down lists)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(columns)
            for line in lines:
                writer.writerow([_safe(str(line.get(c, ""))) for c in columns])
        return path
    if path.suffix.lower() != ".xlsx":
        raise SheetError(f"{path}: a sheet is .csv or .xlsx")
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = f"review {table}"[:31]
    for j, name in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=j)
        cell.value, cell.data_type, cell.font = name, "s", Font(bold=True)
    for i, line in enumerate(lines, start=2):
        for j, name in enumerate(columns, start=1):
            cell = ws.cell(row=i, column=j)
            cell.value = str(line.get(name, ""))
            cell.data_type = "s"  # text, even when it starts with "=": never a formula
            if name in ("passage", "mentions"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    last = max(len(lines) + 1, 2)
    lists = {"decision": ACTIONS}
    if audit:
        lists.update(RUBRIC[table])
        lists["borderline"] = ("yes",)
    for name, allowed in lists.items():
        if name not in columns:
            continue
        letter = get_column_letter(columns.index(name) + 1)
        dv = DataValidation(type="list", formula1='"' + ",".join(allowed) + '"', allow_blank=True)
        dv.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(dv)
    for j, name in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(j)].width = 80 if name in ("passage", "mentions") else 18
    wb.save(path)
    return path


def read_sheet(path: str | Path) -> list[tuple[int, dict]]:
    """(line number, {column: text}) for every non-empty line of a .csv or .xlsx sheet."""
    path = Path(path)
    if not path.is_file():
        raise SheetError(f"{path}: no such sheet")
    if path.suffix.lower() == ".csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SheetError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start}); save it as 'CSV UTF-8'") from exc
        reader = csv.reader(io.StringIO(text, newline=""))
        table = list(reader)
    elif path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        ws = load_workbook(path, read_only=True, data_only=True).active
        table = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    else:
        raise SheetError(f"{path}: a sheet is .csv or .xlsx")
    if not table:
        raise SheetError(f"{path}: empty sheet")
    header = [h.strip() for h in table[0]]
    for need in ("table", "row_id", "decision"):
        if need not in header:
            raise SheetError(f"{path}: no {need!r} column (is it a review sheet?)")
    out = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        out.append((number, {h: _unsafe(c) for h, c in zip(header, cells, strict=False)}))
    return out
