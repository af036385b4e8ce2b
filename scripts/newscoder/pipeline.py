"""The build: ingest -> extract (per article) -> resolve (across articles) -> publish.

Named stages with declared inputs:

- `ingest(paths)`: raw files -> Articles and Rejections (nothing dropped silently)
- `parse(articles)`: Articles -> ArticleRecords, streaming through `nlp.pipe` in batches
  (`newscoder.stages.process_article` is the pure per-article stage); `extract_stage` is the same with
  the per-article cache (`newscoder.cache`) and a choice of engine (`newscoder.engines`: serial,
  `--jobs N` processes, Dask)
- `resolve(records, registry)`: cross-article actor merging and ids (`newscoder.resolve.actors`)
- `assemble(records, corpus)`: the table rows; `publish` writes them atomically
"""

from __future__ import annotations

import datetime as dt
import gc
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
    """Stream the articles through spaCy in batches and run the per-article stage on each Doc
    (in this process, no cache: see `extract_stage` for the cached, parallel version)."""
    from newscoder.engines import Task, run_tasks

    progress = _progress(len(articles), "extracting") if show_progress else None
    results = run_tasks([Task(a) for a in articles], registry, batch_size=batch_size)
    yield from _with_progress((rec for rec, _ in results), progress, len(articles))


def _with_progress(items: Iterator, progress, total: int) -> Iterator:
    if progress is None:
        yield from items
        return
    with progress:
        task = progress.add_task("extract", total=total)
        for item in items:
            yield item
            progress.advance(task)


# Below this many cached articles to read, running the new ones in a separate process (to overlap the two)
# does not pay for starting it; small builds stay in this process.
OVERLAP_MIN_HITS = 1000


def extract_stage(articles: list[Article], registry, *, cache=None, engine: str = "local", jobs: int = 1,
                  scheduler: str | None = None, show_progress: bool = True) -> Iterator[ArticleRecords]:
    """The per-article stage over a corpus, in input order: cached records where the cache has them
    (no spaCy at all when it has every one), the rest parsed (or restored from a cached Doc) and
    extracted on `engine`, then written to the cache. `cache` is a `newscoder.cache.BuildCache` or None.

    When there are at least OVERLAP_MIN_HITS entries to read and a second core, the articles with no
    cache entry at all start on the engine (in worker processes, even for `jobs=1`) before the cached
    ones are read, so that reading thousands of entries and loading spaCy for a few new articles overlap.
    An entry that turns out unusable (stale, corrupt) is recomputed after the reads."""
    from newscoder.engines import Task, run_engine, run_in_background

    if cache is None:
        todo = [Task(a) for a in articles]
        results = run_engine(todo, registry, engine=engine, jobs=jobs, scheduler=scheduler)
        progress = _progress(len(articles), "extracting") if show_progress else None
        yield from _with_progress((rec for rec, _ in results), progress, len(articles))
        return

    keep_docs = bool(cache.docs)
    absent = [not cache.has_records(a) for a in articles]
    early = [Task(a, cache.get_doc(a)) for a, missing in zip(articles, absent, strict=True) if missing]
    n_cached = len(articles) - len(early)
    early_results: Iterator = iter(())
    if early:
        # with thousands of entries to read and a core to spare, the work starts in other processes now
        overlap = n_cached >= OVERLAP_MIN_HITS and (engine == "dask" or (os.cpu_count() or 1) > 1)
        early_results = run_engine(early, registry, engine=engine, jobs=jobs, scheduler=scheduler,
                                   keep_docs=keep_docs, processes=overlap)
        if overlap:
            early_results = run_in_background(early_results)
    # Speed: reading builds millions of small objects, none in a cycle; the cyclic GC would rescan all
    # of them again and again as they accumulate (it costs as much as the reading itself).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        cached = [None if missing else cache.get_records(a) for a, missing in zip(articles, absent, strict=True)]
    finally:
        if was_enabled:
            gc.enable()
    late = [Task(a, cache.get_doc(a)) for a, rec, missing in zip(articles, cached, absent, strict=True)
            if rec is None and not missing]
    todo = early + late
    cache.stats.hits += len(articles) - len(todo)
    cache.stats.doc_hits += sum(t.doc_bytes is not None for t in todo)
    cache.stats.misses += sum(t.doc_bytes is None for t in todo)
    late_results = run_engine(late, registry, engine=engine, jobs=jobs, scheduler=scheduler,
                              keep_docs=keep_docs) if late else iter(())

    def merged() -> Iterator[ArticleRecords]:
        for i, article in enumerate(articles):
            rec = cached[i]
            if rec is None:
                rec, doc_bytes = next(early_results if absent[i] else late_results)
                cache.put_records(article, rec)
                if doc_bytes is not None:
                    cache.put_doc(article, doc_bytes)
            cached[i] = None  # the caller holds the records it needs; do not keep a second list
            yield rec
        cache.forget_keys()  # they hold the articles, whose texts the build frees before publishing

    progress = _progress(len(articles), "extracting") if show_progress and todo else None
    yield from _with_progress(merged(), progress, len(articles))


def resolve(records: list[ArticleRecords], registry):
    from newscoder.resolve.actors import resolve_corpus

    return resolve_corpus(records, registry)


def load_registry(path: str | os.PathLike | None = None):
    from newscoder.resolve.registry import load_registry as _load

    return _load(Path(path) if path else None)


# ------------------------------------------------------------------ extract (the evaluation contract)
def extract_records(paths: Iterable[str | os.PathLike], registry_path=None, *, show_progress: bool = True
                    ) -> tuple[list[dict], list[Rejection], list[str]]:
    """One JSON-ready object per article (DESIGN.md's extract contract), the rejected inputs, and a line
    for each extractor that failed on an article (its rows are missing from that article's object)."""
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
    failures = [f"{rec.article.source_path} ({rec.article.external_id}): {name} extractor failed: {error}"
                for rec in records for name, error in rec.failures]
    return out, got.rejections, failures


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
    report: dict  # build_report.json's content (deterministic), plus "publish" (what was written)
    data_dir: Path
    package_path: Path
    cache: dict = field(default_factory=dict)  # hits, doc_hits, misses, corrupt: counts of this run only


def build(raw: str | os.PathLike = "data/raw", out: str | os.PathLike = "data",
          package_path: str | os.PathLike | None = None, registry_path=None, *,
          show_progress: bool = True, cache_dir: str | os.PathLike | None = None, use_cache: bool = True,
          engine: str = "local", jobs: int = 1, scheduler: str | None = None,
          partitioned: bool = False) -> BuildResult:
    """Build the published dataset from the articles under `raw` into `out` (CSV, Parquet) and
    `datapackage.json` (default: beside the `out` folder). Bad inputs are reported, never fatal.

    Incremental: per-article results are cached under `cache_dir` (default `.cache/newscoder`), so a
    rebuild extracts only new or changed articles (`use_cache=False` extracts everything and writes no
    cache). `engine`/`jobs`/`scheduler` choose where extraction runs (`newscoder.engines`); the output is
    byte-identical whichever is used. `partitioned` also writes month-partitioned Parquet datasets."""
    from newscoder.cache import DEFAULT_CACHE_DIR, BuildCache

    raw, out = Path(raw), Path(out)
    if not raw.exists():
        raise FileNotFoundError(f"input folder {raw} does not exist")
    package_path = Path(package_path) if package_path else out.parent / "datapackage.json"
    got = ingest([raw], strict=True)
    registry = load_registry(registry_path)
    cache = BuildCache(cache_dir or DEFAULT_CACHE_DIR, registry.fingerprint()) if use_cache else None
    up_to_date = None
    if cache is not None:
        # like make: when every input, the code and the options are those of the last build into this
        # folder and its files are untouched, there is nothing to do (no record is even read)
        up_to_date = cache.build_manifest(got, out, package_path, partitioned=partitioned)
        done = cache.outputs_unchanged(up_to_date)
        if done is not None:
            cache.stats.hits = len(got.articles)
            return BuildResult(report=done, data_dir=out, package_path=package_path, cache=cache.stats.as_dict())
    stage = extract_stage(got.articles, registry, cache=cache, engine=engine, jobs=jobs, scheduler=scheduler,
                          show_progress=show_progress)
    return _finish(got, stage, registry, cache, out, package_path, up_to_date, partitioned)


def _finish(got: Ingested, stage: Iterator[ArticleRecords], registry, cache, out: Path, package_path: Path,
            up_to_date: dict | None, partitioned: bool) -> BuildResult:
    """Collect the per-article records, then the cross-article steps and publishing."""
    holder = [list(stage)]  # handed over, not kept: _publish drops the records once the rows are made
    # Speed: the cyclic GC would rescan the millions of record and row objects on every collection from
    # here on; they hold no cycles, so they are parked outside its view until the build returns.
    gc.freeze()
    try:
        return _publish(got, holder, registry, cache, out, package_path, up_to_date, partitioned)
    finally:
        gc.unfreeze()


def _publish(got: Ingested, holder: list[list[ArticleRecords]], registry, cache, out: Path, package_path: Path,
             up_to_date: dict | None, partitioned: bool) -> BuildResult:
    from newscoder.publish import publish

    records = holder.pop()
    corpus = resolve(records, registry)
    rows = derived_rows(records, corpus.actor_id)
    rows["actors"] = corpus.actors
    rows["actor_aliases"] = corpus.aliases
    report = build_report(got, records, {k: len(v) for k, v in rows.items()})
    n_records = len(records)
    del records, corpus  # memory: from here on only the table rows are needed (texts and records go)
    got.articles = []
    tables, rows = rows, None  # publish takes the row dicts as they are (no DataFrame in between)
    sources = [
        {"title": path, "path": path, "hash": f"sha256:{sha}"} for path, sha in sorted(got.files.items())
    ]
    dates = [row["published_date"] for row in tables["articles"] if row["published_date"]]
    created = f"{max(dates).isoformat()}T00:00:00Z" if dates else "1970-01-01T00:00:00Z"
    summary = publish(tables, out, package_path, sources=sources, version=__version__, created=created,
                      partitioned=partitioned)
    del tables
    report_path = out / "build_report.json"
    tmp = report_path.with_name(report_path.name + ".tmp")
    tmp.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, report_path)
    report["publish"] = summary
    if cache is not None:
        cache.save_outputs(up_to_date, report, out, package_path)
    stats = cache.stats.as_dict() if cache else {"hits": 0, "doc_hits": 0, "misses": n_records, "corrupt": 0}
    return BuildResult(report=report, data_dir=out, package_path=package_path, cache=stats)


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
        "extraction_failures": [
            {"path": r.article.source_path, "external_id": r.article.external_id, "extractor": name, "error": error}
            for r in records for name, error in r.failures
        ],
        "rows": dict(sorted(rows.items())),
    }
