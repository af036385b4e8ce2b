"""The build: ingest -> extract (per article) -> resolve (across articles) -> publish.

Named stages with declared inputs:

- `ingest(paths)`: raw files -> Articles and Rejections (nothing dropped silently)
- `parse(articles)`: Articles -> ArticleRecords, streaming through `nlp.pipe` in batches
  (`newscoder.stages.process_article` is the pure per-article stage)
- `resolve(records, registry)`: cross-article actor merging and ids (`newscoder.resolve.actors`)
- `assemble(records, corpus)`: the table rows; `publish` writes them atomically
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newscoder import __version__
from newscoder.ingest import Rejection, read_inputs
from newscoder.records import Article, ArticleRecords
from newscoder.tables import article_row, derived_rows, event_rows, mention_rows, quote_rows, timex_rows

BATCH_SIZE = 32


@dataclass
class Ingested:
    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # source path -> sha256 of the raw file


def ingest(paths: Iterable[str | os.PathLike], *, strict: bool = True) -> Ingested:
    out = Ingested()
    for item in read_inputs(paths, strict=strict):
        if isinstance(item, Rejection):
            out.rejections.append(item)
        else:
            out.articles.append(item)
            out.files[item.source_path] = item.source_sha256
    return out


def _progress(total: int, label: str):
    """A rich progress bar on a terminal; nothing when output is piped (logs stay clean)."""
    if not sys.stderr.isatty() or total < 2:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        transient=True)
    return progress


def parse(articles: list[Article], registry=None, *, batch_size: int = BATCH_SIZE,
          show_progress: bool = True) -> Iterator[ArticleRecords]:
    """Stream the articles through spaCy in batches and run the per-article stage on each Doc."""
    from newscoder.nlp import load_nlp
    from newscoder.stages import process_article

    nlp = load_nlp()
    progress = _progress(len(articles), "extracting") if show_progress else None
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    if progress is None:
        for article, doc in zip(articles, docs, strict=True):
            yield process_article(doc, article, registry)
        return
    with progress:
        task = progress.add_task("extract", total=len(articles))
        for article, doc in zip(articles, docs, strict=True):
            yield process_article(doc, article, registry)
            progress.advance(task)


def resolve(records: list[ArticleRecords], registry):
    from newscoder.resolve.actors import resolve_corpus

    return resolve_corpus(records, registry)


def load_registry(path: str | os.PathLike | None = None):
    from newscoder.resolve.registry import load_registry as _load

    return _load(Path(path) if path else None)


# ------------------------------------------------------------------ extract (the evaluation contract)
def extract_records(paths: Iterable[str | os.PathLike], registry_path=None, *, show_progress: bool = True
                    ) -> tuple[list[dict], list[Rejection]]:
    """One JSON-ready object per article (DESIGN.md's extract contract), and the rejected inputs."""
    got = ingest(paths, strict=False)
    registry = load_registry(registry_path)
    records = list(parse(got.articles, registry, show_progress=show_progress))
    corpus = resolve(records, registry)
    actor_by_id = {row["actor_id"]: row for row in corpus.actors}
    out = []
    for rec in records:
        mentions = mention_rows(rec, corpus.actor_id)
        quotes = quote_rows(rec, corpus.actor_id)
        events = event_rows(rec, corpus.actor_id)
        used = {m["actor_id"] for m in mentions} | {q["speaker_actor_id"] for q in quotes}
        used |= {e[k] for e in events for k in ("source_actor_id", "target_actor_id")}
        used |= {actor_by_id[a]["parent_actor_id"] for a in list(used) if a in actor_by_id}
        out.append({
            "article": article_row(rec.article),
            "text": rec.article.text,
            "actors": [actor_by_id[a] for a in sorted(x for x in used if x in actor_by_id)],
            "mentions": mentions,
            "quotes": quotes,
            "events": events,
            "timex": timex_rows(rec),
        })
    return out, got.rejections


def json_default(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def write_jsonl(objects: Iterable[dict], path: str | os.PathLike) -> int:
    n = 0
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for obj in objects:
            f.write(json.dumps(obj, ensure_ascii=False, default=json_default) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


# ------------------------------------------------------------------ build
@dataclass
class BuildResult:
    report: dict
    data_dir: Path
    package_path: Path


def build(raw: str | os.PathLike = "data/raw", out: str | os.PathLike = "data",
          package_path: str | os.PathLike | None = None, registry_path=None, *,
          show_progress: bool = True) -> BuildResult:
    """Build the published dataset from the articles under `raw` into `out` (CSV, Parquet) and
    `datapackage.json` (default: beside the `out` folder). Bad inputs are reported, never fatal."""
    import pandas as pd

    from newscoder.publish import publish

    raw, out = Path(raw), Path(out)
    if not raw.exists():
        raise FileNotFoundError(f"input folder {raw} does not exist")
    package_path = Path(package_path) if package_path else out.parent / "datapackage.json"
    got = ingest([raw], strict=True)
    registry = load_registry(registry_path)
    records = list(parse(got.articles, registry, show_progress=show_progress))
    corpus = resolve(records, registry)
    rows = derived_rows(records, corpus.actor_id)
    rows["actors"] = corpus.actors
    rows["actor_aliases"] = corpus.aliases
    tables = {name: pd.DataFrame(value) for name, value in rows.items()}
    dates = [a.published_date for a in got.articles if a.published_date]
    created = f"{max(dates).isoformat()}T00:00:00Z" if dates else "1970-01-01T00:00:00Z"
    sources = [
        {"title": path, "path": path, "hash": f"sha256:{sha}"} for path, sha in sorted(got.files.items())
    ]
    summary = publish(tables, out, package_path, sources=sources, version=__version__, created=created)
    report = build_report(got, records, {k: len(v) for k, v in rows.items()})
    report_path = out / "build_report.json"
    tmp = report_path.with_name(report_path.name + ".tmp")
    tmp.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, report_path)
    report["publish"] = summary
    return BuildResult(report=report, data_dir=out, package_path=package_path)


def build_report(got: Ingested, records: list[ArticleRecords], rows: dict[str, int]) -> dict:
    """What was read, published and rejected, and why: deterministic (no clock), kept beside the data."""
    reasons = Counter(r.reason for r in got.rejections)
    return {
        "newscoder_version": __version__,
        "articles_read": len(got.articles) + len(got.rejections),
        "articles_published": len(records),
        "articles_rejected": len(got.rejections),
        "rejected_by_reason": dict(sorted(reasons.items())),
        "rejections": [r.as_dict() for r in got.rejections],
        "junk_entities_dropped": sum(r.dropped_entities for r in records),
        "rows": dict(sorted(rows.items())),
    }
