"""Scale benchmarks for `newscoder build`: each prints a table against a baseline measured in the same run.

    python benchmarks/scale.py throughput [--n 1000] [--rounds 3]   serial and --jobs 2 vs a bare nlp.pipe pass
    python benchmarks/scale.py rebuild [--n 10000]           cold, no-change and one-new-article builds
    python benchmarks/scale.py memory [--sizes 1000,5000,10000]   peak RSS of builds at three corpus sizes
    python benchmarks/scale.py dask [--n 300]                 the Dask engine (LocalCluster) vs local processes

Corpora come from benchmarks/corpus.py (seed 7) under --work (default /tmp/newscoder-bench); article i
depends only on i, so corpora of different sizes share cache entries. The extraction-code fingerprint is
frozen at the start of a run and the actor registry is a snapshot (copied to --work on first use), so edits
made to the extractors or the registry while a long run goes on do not invalidate its cache. Seconds are
wall-clock; "cpu s" is this process's CPU time (workers not included). Nothing here asserts a duration.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

# As the `newscoder` command does before numpy loads (see newscoder/cli.py): one BLAS thread per process.
for _var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as corpus_gen  # noqa: E402
import newscoder.cache  # noqa: E402
from newscoder.pipeline import build, ingest  # noqa: E402


def freeze_code_fingerprint(work: Path) -> None:
    """Use the fingerprint saved in `work` (the first run's) for every run there: see the module docstring."""
    saved = work / "code_fingerprint.txt"
    if not saved.exists():
        saved.write_text(newscoder.cache.code_fingerprint() + "\n")
    frozen = saved.read_text().strip()
    newscoder.cache.code_fingerprint = lambda *a: frozen
    newscoder.cache.package_fingerprint = lambda *a: frozen


def make_corpus(work: Path, n: int, *, start: int = 0) -> Path:
    """The first n articles of the seed-7 corpus (reused when already written)."""
    folder = work / f"corpus-{n}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        corpus_gen.generate(n, folder, seed=7, start_index=start)
        stamp.write_text("ok\n")
    return folder


def registry_snapshot(work: Path) -> Path:
    from newscoder.resolve.registry import default_registry_path

    snap = work / "registry"
    if not snap.exists():
        shutil.copytree(default_registry_path(), snap)
    return snap


def timed(fn) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, out


def table(title: str, header: tuple[str, ...], rows: list[tuple]) -> None:
    print(f"\n{title}")
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    for row in (header, *rows):
        print("  ".join(str(x).rjust(w) if i else str(x).ljust(w) for i, (x, w) in enumerate(zip(row, widths,
                                                                                                  strict=True))))


def _build(raw: Path, out: Path, **kw):
    registry = registry_snapshot(out.parent)
    return build(raw, out / "data", out / "datapackage.json", registry, show_progress=False, **kw)


# ------------------------------------------------------------------ throughput
def throughput(args) -> None:
    import statistics

    from newscoder.nlp import load_nlp

    raw = make_corpus(args.work, args.n)
    texts = [a.text for a in ingest([raw]).articles]
    nlp = load_nlp()
    list(nlp.pipe(texts, batch_size=32))  # warm-up: the vocabulary grows on a first pass, for every run after
    runs = {"bare nlp.pipe (baseline)": None, "build --no-cache --jobs 1": 1, "build --no-cache --jobs 2": 2}
    times: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(args.rounds):  # interleaved, so that a slow spell of the machine hits every run alike
        for label, jobs in runs.items():
            if jobs is None:
                wall, _cpu, _ = timed(lambda: [None for _ in nlp.pipe(texts, batch_size=32)])
            else:
                wall, _cpu, _ = timed(lambda j=jobs: _build(raw, args.work / f"out-tp-{j}", use_cache=False, jobs=j))
            times[label].append(wall)
    base = statistics.median(times["bare nlp.pipe (baseline)"])
    rows = []
    for label, walls in times.items():
        med = statistics.median(walls)
        rows.append((label, f"{min(walls):.1f}", f"{med:.1f}", f"{max(walls):.1f}", f"{len(texts) / med:.1f}",
                     f"{med / base:.2f}"))
    table(f"Throughput, {len(texts)} articles ({sum(map(len, texts)):,} characters), {os.cpu_count()} cores, "
          f"{args.rounds} interleaved rounds", ("run", "min s", "median s", "max s", "articles/s (median)",
                                                 "x baseline (medians)"), rows)
    serial = statistics.median(times["build --no-cache --jobs 1"])
    par = statistics.median(times["build --no-cache --jobs 2"])
    print(f"--jobs 2 speed-up over --jobs 1 (medians): {serial / par:.2f}x; "
          f"serial build / bare spaCy (medians): {serial / base:.2f}x")


# ------------------------------------------------------------------ rebuild
def rebuild(args) -> None:
    raw = make_corpus(args.work, args.n)
    cache = args.work / f"cache-{args.n}"
    out = args.work / f"out-rebuild-{args.n}"
    rows = []
    if args.cold or not cache.exists():
        wall, cpu, res = timed(lambda: _build(raw, out, cache_dir=cache, jobs=args.jobs))
        rows.append((f"cold build, --jobs {args.jobs}", f"{wall:.1f}", f"{cpu:.1f}", res.cache["hits"],
                     res.cache["misses"] + res.cache["doc_hits"]))
    _build(raw, out, cache_dir=cache)  # untimed: `out` now holds this corpus's build (a previous run may differ)
    wall, cpu, res = timed(lambda: _build(raw, out, cache_dir=cache))
    rows.append(("no-change rebuild", f"{wall:.2f}", f"{cpu:.2f}", res.cache["hits"], res.cache["misses"]))
    grown = args.work / f"corpus-{args.n}-plus-1"
    shutil.rmtree(grown, ignore_errors=True)
    shutil.copytree(raw, grown)
    corpus_gen.generate(1, grown, seed=7, start_index=args.n)
    # a really new article: forget any parse of it a previous run cached
    old_ids = {a.article_id for a in ingest([raw]).articles}
    new = [a for a in ingest([grown]).articles if a.article_id not in old_ids]

    def forget_new() -> None:
        from newscoder.pipeline import load_registry

        probe = newscoder.cache.BuildCache(cache, load_registry(registry_snapshot(args.work)).fingerprint())
        for article in new:
            probe._path("docs", probe.doc_key(article)).unlink(missing_ok=True)
            probe._path("records", probe.records_key(article)).unlink(missing_ok=True)

    # the same, all in this process (spaCy loaded after the cache is read): what the overlap saves
    forget_new()
    shutil.rmtree(args.work / f"out-rebuild-{args.n}-serial", ignore_errors=True)  # no up-to-date shortcut
    with _no_overlap():
        wall, cpu, res = timed(lambda: _build(grown, args.work / f"out-rebuild-{args.n}-serial", cache_dir=cache))
    rows.append(("one new article, no overlap (baseline)", f"{wall:.2f}", f"{cpu:.2f}", res.cache["hits"],
                 res.cache["misses"] + res.cache["doc_hits"]))
    forget_new()
    wall, cpu, res = timed(lambda: _build(grown, out, cache_dir=cache))
    rows.append(("one new article", f"{wall:.2f}", f"{cpu:.2f}", res.cache["hits"],
                 res.cache["misses"] + res.cache["doc_hits"]))
    wall, cpu, res = timed(lambda: _build(grown, out, cache_dir=cache))
    rows.append(("no-change rebuild (again)", f"{wall:.2f}", f"{cpu:.2f}", res.cache["hits"], res.cache["misses"]))
    table(f"Incremental builds, {args.n:,} articles (library build, validation not included)",
          ("run", "seconds", "cpu s", "cache hits", "extracted"), rows)


class _no_overlap:
    """New articles extracted in this process after the cache is read, not overlapped with the reads."""

    def __enter__(self) -> None:
        import newscoder.pipeline

        self.saved = newscoder.pipeline.OVERLAP_MIN_HITS
        newscoder.pipeline.OVERLAP_MIN_HITS = 10**12

    def __exit__(self, *exc) -> None:
        import newscoder.pipeline

        newscoder.pipeline.OVERLAP_MIN_HITS = self.saved


# ------------------------------------------------------------------ memory
_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {bench!r})
import scale
from pathlib import Path
scale.freeze_code_fingerprint(Path({work!r}))
from newscoder.pipeline import build
t = time.perf_counter()
r = build({raw!r}, {out!r} + "/data", {out!r} + "/datapackage.json", {registry!r}, show_progress=False,
          cache_dir={cache!r},
          use_cache={use_cache!r}, jobs={jobs!r})
print(json.dumps({{"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "seconds": time.perf_counter() - t, "cache": r.cache,
                  "rows": sum(r.report["rows"].values())}}))
"""


def _child_build(raw: Path, out: Path, cache: Path, *, use_cache: bool, jobs: int = 1) -> dict:
    code = _CHILD.format(work=str(out.parent), bench=str(Path(__file__).resolve().parent), raw=str(raw), out=str(out),
                         registry=str(registry_snapshot(out.parent)),
                         cache=str(cache), use_cache=use_cache, jobs=jobs)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def memory(args) -> None:
    sizes = [int(s) for s in args.sizes.split(",")]
    cache = args.work / f"cache-{args.cache_of}"
    rows = []
    for n in sizes:
        raw = make_corpus(args.work, n)
        shutil.rmtree(args.work / f"out-mem-{n}", ignore_errors=True)  # a real build, not the no-change shortcut
        got = _child_build(raw, args.work / f"out-mem-{n}", cache, use_cache=True)
        rows.append((f"{n:,}", "cached records", f"{got['rss_mb']:.0f}", f"{got['seconds']:.1f}", got["rows"],
                     got["cache"]["misses"]))
    for n in [int(s) for s in args.cold_sizes.split(",") if s]:
        raw = make_corpus(args.work, n)
        got = _child_build(raw, args.work / f"out-memc-{n}", cache, use_cache=False)
        rows.append((f"{n:,}", "cold, serial", f"{got['rss_mb']:.0f}", f"{got['seconds']:.1f}", got["rows"],
                     got["cache"]["misses"]))
    table("Peak resident memory of one build process", ("articles", "build", "peak RSS MB", "seconds", "rows",
                                                         "extracted"), rows)


# ------------------------------------------------------------------ dask
def dask_vs_local(args) -> None:
    raw = make_corpus(args.work, args.n)
    rows = []
    results = {}
    for label, kw in (("local --jobs 2", {"jobs": 2}), ("dask LocalCluster, 2 workers", {"engine": "dask", "jobs": 2})):
        out = args.work / f"out-dask-{label.split()[0]}"
        wall, cpu, res = timed(lambda kw=kw, out=out: _build(raw, out, use_cache=False, **kw))
        results[label] = {p.name: p.read_bytes() for p in sorted((out / "data").glob("*.*"))}
        rows.append((label, f"{wall:.1f}", f"{args.n / wall:.1f}"))
    same = len({json.dumps({k: v.hex() for k, v in r.items()}) for r in results.values()}) == 1
    table(f"Engines, {args.n} articles, no cache (startup of workers included)", ("engine", "seconds",
                                                                                   "articles/s"), rows)
    print(f"outputs byte-identical: {same}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, default=Path("/tmp/newscoder-bench"))
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("throughput")
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=3)
    p = sub.add_parser("rebuild")
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--jobs", type=int, default=2, help="for the cold build")
    p.add_argument("--cold", action="store_true", help="time the cold build even when the cache exists")
    p = sub.add_parser("memory")
    p.add_argument("--sizes", default="1000,5000,10000", help="cached builds (needs the rebuild cache)")
    p.add_argument("--cache-of", type=int, default=10_000, help="which rebuild cache to use")
    p.add_argument("--cold-sizes", default="", help="also cold serial builds at these sizes, e.g. 100,200,400")
    p = sub.add_parser("dask")
    p.add_argument("--n", type=int, default=300)
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    freeze_code_fingerprint(args.work)
    {"throughput": throughput, "rebuild": rebuild, "memory": memory, "dask": dask_vs_local}[args.cmd](args)


if __name__ == "__main__":
    main()
