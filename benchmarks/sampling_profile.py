"""Where the extraction stage spends its CPU time, by sampling (cProfile's per-call overhead inflates the
extractors' many small calls against spaCy's few large ones; a sample every few milliseconds does not).

    python benchmarks/sampling_profile.py RAW [--reps 3] [--interval 0.0005] [--top 30]

RAW is a build input (a folder of articles or a JSONL file). Its articles are parsed once, then
`process_article` runs over all of them `--reps` times while a CPU-time timer (`ITIMER_PROF`, Unix only)
takes samples. Each sample is charged to the innermost newscoder frame ("self": the line running, spaCy's
attribute reads included) and to every newscoder function on the stack ("inclusive"). The kernel delivers
at most one sample per clock tick (often 4 ms, whatever `--interval` asks), and Python runs the handler
between bytecodes, so one C call longer than a tick counts once: fine for the extractors' short calls.
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import signal
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("raw", type=Path)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--interval", type=float, default=0.0005, help="seconds of CPU time between samples")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()

    from newscoder.nlp import load_nlp
    from newscoder.pipeline import ingest, load_registry
    from newscoder.stages import process_article

    articles = ingest([args.raw]).articles
    nlp, registry = load_nlp(), load_registry()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=32))
    for doc, article in zip(docs, articles, strict=True):
        process_article(doc, article, registry)  # first use loads the lexicons: not measured
    gc.freeze()

    own: collections.Counter = collections.Counter()
    lines: collections.Counter = collections.Counter()
    inclusive: collections.Counter = collections.Counter()

    def sample(_signum, frame) -> None:
        innermost, seen = True, set()
        while frame is not None:
            path = frame.f_code.co_filename
            if "newscoder" in path:
                key = (path.split("newscoder/")[-1], frame.f_code.co_name)
                if innermost:
                    own[key] += 1
                    lines[(key[0], frame.f_lineno)] += 1
                    innermost = False
                if key not in seen:
                    inclusive[key] += 1
                    seen.add(key)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    start = time.process_time()
    for _ in range(args.reps):
        for doc in docs:
            doc.user_data.clear()  # each pass starts from a fresh parse's state
        for doc, article in zip(docs, articles, strict=True):
            process_article(doc, article, registry)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    spent = time.process_time() - start
    total = max(1, sum(own.values()))
    print(f"{len(docs)} articles x {args.reps}: {1000 * spent / args.reps / len(docs):.2f} ms per article "
          f"(sampling included); {total} samples")
    for title, counts in (("self, by function", own), ("inclusive, by function", inclusive),
                          ("self, by line", lines)):
        print(f"-- {title}")
        for (path, what), n in counts.most_common(args.top):
            print(f"{100 * n / total:5.1f}%  {path}:{what}")


if __name__ == "__main__":
    main()
