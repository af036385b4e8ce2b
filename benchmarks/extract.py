"""Articles per second of the newscoder per-article stage against a bare spaCy pass, in one run.

    python benchmarks/extract.py [--copies 20] [PATH ...]

Reads the articles under PATH (default: data/raw), repeats them --copies times, and times
(1) a bare `nlp.pipe` over the texts (the floor for this design) and (2) `newscoder.pipeline.parse`
(the same spaCy pass plus every extractor) and the cross-article resolution. Prints a table and the
ratio of our time to spaCy's. Nothing here asserts a duration.
"""

from __future__ import annotations

import argparse
import dataclasses
import time

from newscoder.nlp import load_nlp
from newscoder.pipeline import BATCH_SIZE, ingest, load_registry, parse, resolve


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=["data/raw"])
    ap.add_argument("--copies", type=int, default=20, help="repeat the corpus this many times")
    ap.add_argument("--rounds", type=int, default=3, help="best of this many timings")
    args = ap.parse_args(argv)

    base = ingest(args.paths, strict=False).articles
    articles = [
        dataclasses.replace(a, article_id=f"{a.article_id}_{i}") for i in range(args.copies) for a in base
    ]
    texts = [a.text for a in articles]
    nlp = load_nlp()
    registry = load_registry()
    list(nlp.pipe(texts[:2]))  # warm-up: first calls allocate

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass

    def ours() -> None:
        records = list(parse(articles, registry, show_progress=False))
        resolve(records, registry)

    rows = []
    for name, fn in (("spaCy nlp.pipe (baseline)", bare), ("newscoder parse + resolve", ours)):
        best = min(_timed(fn) for _ in range(args.rounds))
        rows.append((name, best))
    n = len(articles)
    chars = sum(len(t) for t in texts)
    print(f"{n} articles ({chars:,} characters), best of {args.rounds} rounds")
    print(f"{'pipeline':<28} {'seconds':>8} {'articles/s':>11}")
    for name, secs in rows:
        print(f"{name:<28} {secs:>8.2f} {n / secs:>11.1f}")
    print(f"ratio newscoder / spaCy: {rows[1][1] / rows[0][1]:.2f}x")


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
