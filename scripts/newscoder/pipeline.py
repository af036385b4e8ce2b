"""The build: ingest -> extract (per article) -> resolve (across articles) -> publish.

Named stages with declared inputs:

- `ingest(paths)`: raw files -> Articles and Rejections (nothing dropped silently)
- `parse(articles)`: Articles -> ArticleRecords, streaming through `nlp.pipe` in batches
  (`newscoder.stages.process_article` is the pure per-article stage); `stream_records` is the same with
  the per-article cache (`newscoder.cache`) and a choice of engine (`newscoder.engines`: serial,
  `--jobs N` processes, Dask)
- `resolve(records, registry)`: cross-article actor merging and ids (`newscoder.resolve.actors`)
- `assemble(records, corpus)`: the table rows; `publish` writes them atomically
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newscoder import __version__
from newscoder.corpus_tables import CorpusTables
from newscoder.ingest import Rejection, read_inputs
from newscoder.ingest.base import DEFAULT_MAX_CHARS, Note, read_inputs_located
from newscoder.records import Article, ArticleRecords
from newscoder.tables import article_row, attributions, event_rows, mention_rows, quote_rows, timex_rows

BATCH_SIZE = 32


@dataclass
class Ingested:
    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # source path -> sha256 of the raw file


def ingest(paths: Iterable[str | os.PathLike], *, strict: bool = True,
           max_chars: int | None = DEFAULT_MAX_CHARS) -> Ingested:
    out = Ingested()
    for item in read_inputs(paths, strict=strict, max_chars=max_chars):
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
    (in this process, no cache: see `stream_records` for the cached, parallel version)."""
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


def resolve(records: list[ArticleRecords], registry):
    from newscoder.resolve.actors import resolve_corpus

    return resolve_corpus(records, registry)


def load_registry(path: str | os.PathLike | None = None):
    from newscoder.resolve.registry import load_registry as _load

    return _load(Path(path) if path else None)


# ------------------------------------------------------------------ extract (the evaluation contract)
def extract_records(paths: Iterable[str | os.PathLike], registry_path=None, *, show_progress: bool = True,
                    max_chars: int | None = DEFAULT_MAX_CHARS) -> tuple[list[dict], list[Rejection], list[str]]:
    """One JSON-ready object per article (DESIGN.md's extract contract), the rejected inputs, and a line
    for each extractor that failed on an article (its rows are missing from that article's object).
    Articles longer than `max_chars` are rejected as `too-long` (None: no limit)."""
    got = ingest(paths, strict=False, max_chars=max_chars)
    registry = load_registry(registry_path)
    records = list(parse(got.articles, registry, show_progress=show_progress))
    corpus = resolve(records, registry)
    actor_by_id = {row["actor_id"]: row for row in corpus.actors}
    out = []
    for rec in records:
        mentions = mention_rows(rec, corpus.actor_id)
        quotes = quote_rows(rec, corpus.actor_id)
        events = event_rows(rec, corpus.actor_id)
        used = {m["actor_id"] for m in mentions} | {q[k] for q in quotes for k in ("speaker_actor_id", "via_actor_id")}
        used |= {e[k] for e in events for k in ("source_actor_id", "target_actor_id")}
        used |= {actor_by_id[a]["parent_actor_id"] for a in list(used) if a in actor_by_id}
        out.append({
            "article": article_row(rec.article),
            "text": rec.article.text,
            "actors": [actor_by_id[a] for a in sorted(x for x in used if x in actor_by_id)],
            "mentions": mentions,
            "quotes": attributions(quotes, rec.article.text),
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


# ------------------------------------------------------------------ build (streaming)
@dataclass
class InputIndex:
    """What a first pass over the inputs learns, without keeping any article: the rejections, the source
    files, how many articles there are, which have no cache entry (and where to read them again), and
    a digest of everything that decides the build's output (the no-change check)."""

    rejections: list[Rejection] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # files that are not articles, columns not read
    files: dict[str, str] = field(default_factory=dict)  # source path -> sha256 of the raw file
    n_articles: int = 0
    missing: dict[int, tuple[Path, int]] = field(default_factory=dict)  # ordinal -> (file, record index)
    digest: str = ""


def index_inputs(raw: str | os.PathLike, cache=None, *, max_chars: int | None = DEFAULT_MAX_CHARS) -> InputIndex:
    """Pass 1 of a build: read every input once, keep nothing of the articles but what `InputIndex` says."""
    index = InputIndex()
    h = hashlib.sha256()
    ordinal = 0
    for path, k, item in read_inputs_located([raw], strict=True, max_chars=max_chars):
        if isinstance(item, Rejection):
            index.rejections.append(item)
            continue
        if isinstance(item, Note):
            index.notes.append(item)
            continue
        index.files[item.source_path] = item.source_sha256
        if cache is not None:
            key = cache.records_key(item)
            h.update(f"{key}\x1f{item.article_id}\x1f{item.source_path}\x1f{item.source_format}"
                     f"\x1f{item.source_sha256}\n".encode())
            if not cache.has_records(item, key):
                index.missing[ordinal] = (path, k)
        ordinal += 1
    index.n_articles = ordinal
    h.update(json.dumps([[r.as_dict() for r in index.rejections], [n.as_dict() for n in index.notes],
                         sorted(index.files.items())],
                        sort_keys=True, default=str).encode())
    index.digest = h.hexdigest()
    return index


def _articles(raw: Path, max_chars: int | None) -> Iterator[tuple[int, Article]]:
    """(ordinal, article) for every article of the inputs, in input order (rejections skipped: pass 1 has them)."""
    ordinal = 0
    for item in read_inputs([raw], strict=True, max_chars=max_chars):
        if isinstance(item, Article):
            yield ordinal, item
            ordinal += 1


def _read_again(where: dict[int, tuple[Path, int]]) -> Iterator[tuple[int, Article]]:
    """The articles at `where` (ordinal -> (file, record index)), read again from their files in ordinal
    order: only those files are read."""
    from newscoder.ingest.base import read_file

    by_file: dict[Path, dict[int, int]] = {}
    for ordinal, (path, k) in sorted(where.items()):
        by_file.setdefault(path, {})[k] = ordinal
    for path, wanted in by_file.items():
        for k, (_line, item) in enumerate(read_file(path, strict=True)):
            if k in wanted and isinstance(item, Article):
                yield wanted[k], item


def stream_records(raw: Path, index: InputIndex, registry, *, cache=None, engine: str = "local", jobs: int = 1,
                   scheduler: str | None = None, max_chars: int | None = DEFAULT_MAX_CHARS
                   ) -> Iterator[tuple[int, ArticleRecords]]:
    """Pass 2: (ordinal, records) for every article, cached ones first, the others as the engine returns
    them. Nothing is held per article: cached records are read one at a time, and the articles to extract
    are read again from their files as the engine asks for them (a bounded number of chunks in flight).

    With at least OVERLAP_MIN_HITS entries to read and a second core, the articles with no entry start on
    the engine (in worker processes, even for `jobs=1`) before the cached ones are read, so that reading
    and extracting overlap. An entry that proves unusable (stale, corrupt) is extracted after the reads."""
    from newscoder.engines import Task, run_engine, run_in_background

    if cache is None:
        order: list[int] = []  # ordinals of the tasks in flight, in order (results come back in that order)

        def tasks() -> Iterator[Task]:
            for ordinal, article in _articles(raw, max_chars):
                order.append(ordinal)
                yield Task(article)

        results = run_engine(tasks(), registry, engine=engine, jobs=jobs, scheduler=scheduler,
                             n_tasks=index.n_articles)
        for i, (rec, _doc) in enumerate(results):
            yield order[i], rec
        return

    keep_docs = bool(cache.docs)

    def run(where: dict[int, tuple[Path, int]], *, processes: bool = False) -> Iterator[tuple[int, ArticleRecords]]:
        ordinals = sorted(where)

        def tasks() -> Iterator[Task]:
            for _ordinal, article in _read_again(where):
                doc = cache.get_doc(article)
                if doc is None:
                    cache.stats.misses += 1
                else:
                    cache.stats.doc_hits += 1
                yield Task(article, doc)

        results = run_engine(tasks(), registry, engine=engine, jobs=jobs, scheduler=scheduler, keep_docs=keep_docs,
                             processes=processes, n_tasks=len(ordinals))
        for ordinal, (rec, doc_bytes) in zip(ordinals, results, strict=False):
            cache.put_records(rec.article, rec)
            if doc_bytes is not None:
                cache.put_doc(rec.article, doc_bytes)
            yield ordinal, rec

    n_hits = index.n_articles - len(index.missing)
    overlap = bool(index.missing) and n_hits >= OVERLAP_MIN_HITS and (engine == "dask" or (os.cpu_count() or 1) > 1)
    early = run_in_background(run(index.missing, processes=True)) if overlap else None
    late: set[int] = set()  # entries that proved unusable (stale, corrupt): located and extracted after the reads
    for ordinal, article in _articles(raw, max_chars):
        if ordinal in index.missing:
            continue
        rec = cache.get_records(article)
        if rec is None:
            late.add(ordinal)
            continue
        cache.stats.hits += 1
        yield ordinal, rec
    if early is not None:
        yield from early
    elif index.missing:
        yield from run(index.missing)
    if late:
        yield from run(_locate(raw, late, max_chars))


def _locate(raw: Path, ordinals: set[int], max_chars: int | None) -> dict[int, tuple[Path, int]]:
    out: dict[int, tuple[Path, int]] = {}
    ordinal = 0
    for path, k, item in read_inputs_located([raw], strict=True, max_chars=max_chars):
        if isinstance(item, Article):
            if ordinal in ordinals:
                out[ordinal] = (path, k)
            ordinal += 1
    return out


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
          partitioned: bool = False, review_dir: str | os.PathLike | None = None,
          max_chars: int | None = DEFAULT_MAX_CHARS, lock: bool = True,
          lock_timeout: float | None = None, notify=None, datacard: bool = True) -> BuildResult:
    """Build the published dataset from the articles under `raw` into `out` (CSV, Parquet) and
    `datapackage.json` (default: beside the `out` folder). Bad inputs are reported, never fatal.

    Incremental: per-article results are cached under `cache_dir` (default `.cache/newscoder`), so a
    rebuild extracts only new or changed articles (`use_cache=False` extracts everything and writes no
    cache). `engine`/`jobs`/`scheduler` choose where extraction runs (`newscoder.engines`); the output is
    byte-identical whichever is used. `partitioned` also writes month-partitioned Parquet datasets.
    `review_dir` (default `out/review`) holds the review decisions applied to the rows and the audits
    whose precision goes into datapackage.json (`newscoder.review`).
    `datacard` writes the data card (`newscoder.datacard`) into `docs/` beside the package.

    Streaming: pass 1 (`index_inputs`) reads the inputs and keeps no article; pass 2 (`stream_records`)
    turns each article's records into rows as they come (`newscoder.corpus_tables`), sorted on disk, and
    `publish_feeds` writes them out. Memory does not grow with the number of articles beyond the actor
    table and a few bytes per article to extract.

    Articles longer than `max_chars` characters are rejected as `too-long` (None: no limit). With `lock`,
    the build holds `newscoder.buildlock.BuildLock` on `out` (a second build waits up to `lock_timeout`
    seconds, None: as long as it takes, then raises BuildLocked); `notify` gets a line about waiting and
    about a previous build that was interrupted (and what was recovered from it). A caller that already
    holds the lock (the command line, to validate under it too) passes `lock=False`."""
    raw, out = Path(raw), Path(out)
    if not raw.exists():
        raise FileNotFoundError(f"input folder {raw} does not exist")
    if max_chars is not None and max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    if not lock:
        return _build(raw, out, package_path, registry_path, show_progress=show_progress, cache_dir=cache_dir,
                      use_cache=use_cache, engine=engine, jobs=jobs, scheduler=scheduler, partitioned=partitioned,
                      max_chars=max_chars, review_dir=review_dir, datacard=datacard)
    from newscoder.buildlock import BuildLock

    with BuildLock(out, timeout=lock_timeout, notify=notify):
        return _build(raw, out, package_path, registry_path, show_progress=show_progress, cache_dir=cache_dir,
                      use_cache=use_cache, engine=engine, jobs=jobs, scheduler=scheduler, partitioned=partitioned,
                      max_chars=max_chars, review_dir=review_dir, datacard=datacard)


def _build(raw: Path, out: Path, package_path, registry_path, *, show_progress: bool, cache_dir, use_cache: bool,
           engine: str, jobs: int, scheduler: str | None, partitioned: bool, max_chars: int | None,
           review_dir: str | os.PathLike | None, datacard: bool) -> BuildResult:
    from newscoder.cache import DEFAULT_CACHE_DIR, BuildCache

    package_path = Path(package_path) if package_path else out.parent / "datapackage.json"
    registry = load_registry(registry_path)
    cache = BuildCache(cache_dir or DEFAULT_CACHE_DIR, registry.fingerprint()) if use_cache else None
    index = index_inputs(raw, cache, max_chars=max_chars)
    review = _review_stage(Path(review_dir) if review_dir else out / "review", index)
    up_to_date = None
    if cache is not None:
        # like make: when every input, the code and the options are those of the last build into this
        # folder and its files are untouched, there is nothing to do (no record is even read)
        up_to_date = cache.build_manifest(index.digest, out, package_path, partitioned=partitioned)
        done = cache.outputs_unchanged(up_to_date)
        if done is not None:
            cache.stats.hits = index.n_articles
            if datacard and not (package_path.parent / "docs" / "datacard.md").is_file():
                from newscoder.datacard import write_datacard

                write_datacard(package_path, package_path.parent / "docs")
            return BuildResult(report=done, data_dir=out, package_path=package_path, cache=cache.stats.as_dict())
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".build-", suffix=".tmp", dir=out))
    try:
        tables = CorpusTables(registry, scratch, partitioned=partitioned, review=review[0])
        stage = stream_records(raw, index, registry, cache=cache, engine=engine, jobs=jobs, scheduler=scheduler,
                               max_chars=max_chars)
        progress = _progress(index.n_articles, "extracting") if show_progress and (cache is None or index.missing) \
            else None
        for ordinal, rec in _with_progress(stage, progress, index.n_articles):
            tables.add(rec, ordinal)
        result = _publish(index, tables, cache, out, package_path, up_to_date, partitioned, review[1])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if datacard:
        from newscoder.datacard import write_datacard

        result.report["datacard"] = str(write_datacard(package_path, package_path.parent / "docs"))
    return result


def _publish(index: InputIndex, tables: CorpusTables, cache, out: Path, package_path: Path,
             up_to_date: dict | None, partitioned: bool, review_dir: Path | None = None) -> BuildResult:
    from newscoder.publish import publish_feeds

    feeds, counts = tables.feeds()
    audit = None
    if review_dir is not None:  # the audits, told which build this is (an audit describes one build)
        from newscoder.review.audit import audit_summary

        audit = audit_summary(review_dir, tables.build_digests) or None
    report = build_report(index, tables, counts)
    if tables.review is not None:
        report["review"] = tables.review.report()
    sources = [
        {"title": path, "path": path, "hash": f"sha256:{sha}"} for path, sha in sorted(index.files.items())
    ]
    last = tables.last_published
    created = f"{last.isoformat()}T00:00:00Z" if last else "1970-01-01T00:00:00Z"
    summary = publish_feeds(feeds, out, package_path, sources=sources, version=__version__, created=created,
                            partitioned=partitioned, properties={"newscoder:audit": audit} if audit else None)
    report_path = out / "build_report.json"
    tmp = report_path.with_name(report_path.name + ".tmp")
    tmp.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, report_path)
    report["publish"] = summary
    if cache is not None:
        cache.save_outputs(up_to_date, report, out, package_path)
    stats = cache.stats.as_dict() if cache else {"hits": 0, "doc_hits": 0, "misses": tables.n_articles, "corrupt": 0}
    return BuildResult(report=report, data_dir=out, package_path=package_path, cache=stats)


def _review_stage(review_dir: Path, index: InputIndex):
    """(the decisions stage, the review folder) from the committed review files; the files join the
    inputs digest, so a changed decision makes the build run again. ValueError naming a bad file/line.
    The audit figures are read when the build knows its row ids (`_publish`)."""
    from newscoder.review import review_digest
    from newscoder.review.apply import ReviewStage
    from newscoder.review.audit import audit_summary
    from newscoder.review.decisions import DECISIONS_FILE, read_decisions

    index.digest = hashlib.sha256(f"{index.digest}\x1f{review_digest(review_dir)}".encode()).hexdigest()
    audit_summary(review_dir)  # a bad samples or judgements file stops the build before any extraction
    return ReviewStage(read_decisions(review_dir / DECISIONS_FILE)), review_dir


def build_report(index: InputIndex, tables: CorpusTables, rows: dict[str, int]) -> dict:
    """What was read, published and rejected, and why: deterministic (no clock), kept beside the data."""
    reasons = Counter(r.reason for r in index.rejections)
    return {
        "newscoder_version": __version__,
        "articles_read": index.n_articles + len(index.rejections),
        "articles_published": tables.n_articles,
        "articles_rejected": len(index.rejections),
        "rejected_by_reason": dict(sorted(reasons.items())),
        "rejections": [r.as_dict() for r in index.rejections],
        "notes": [n.as_dict() for n in index.notes],
        "junk_entities_dropped": tables.junk_entities_dropped,
        "extraction_failures": tables.failures,
        "rows": dict(sorted(rows.items())),
        "licenses": {lic or "unknown": n for lic, n in sorted(tables.licenses.items(), key=lambda kv: kv[0] or "")},
    }
