"""Build time and peak memory on a real corpus (default: data/raw, the seed plus the Wikinews 2019
articles) against a bare spaCy pass over the same texts, each in a fresh process, rounds interleaved.

    python benchmarks/real_corpus.py [--raw data/raw] [--rounds 3] [--work /tmp/newscoder-real]

"bare spaCy" loads the model and runs `nlp.pipe` over the article texts (the floor for this design);
"build" is `newscoder build --no-cache` (ingest, extract, resolve, publish, data card; validation not
included). Seconds are wall-clock, including the model load in both; peak RSS is the process's maximum
resident set size. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

_BARE = """
import resource, sys, time, json
sys.path.insert(0, {scripts!r})
t0 = time.perf_counter()
from newscoder.pipeline import ingest
from newscoder.nlp import load_nlp
texts = [a.text for a in ingest([{raw!r}]).articles]
nlp = load_nlp()
n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
print(json.dumps({{"seconds": time.perf_counter() - t0, "articles": n, "chars": sum(map(len, texts)),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

_BUILD = """
import resource, sys, time, json
sys.path.insert(0, {scripts!r})
t0 = time.perf_counter()
from newscoder.pipeline import build
r = build({raw!r}, {out!r} + "/data", {out!r} + "/datapackage.json", show_progress=False, use_cache=False)
print(json.dumps({{"seconds": time.perf_counter() - t0, "articles": r.report["articles_published"],
                  "rows": sum(r.report["rows"].values()),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _child(code: str) -> dict:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, default=Path("data/raw"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/newscoder-real"))
    args = ap.parse_args(argv)
    raw, out = str(args.raw.resolve()), str(args.work.resolve() / "out")
    runs: dict[str, list[dict]] = {"bare spaCy (load + nlp.pipe)": [], "build --no-cache": []}
    for _ in range(args.rounds):  # interleaved, so that a slow spell of the machine hits both alike
        runs["bare spaCy (load + nlp.pipe)"].append(_child(_BARE.format(scripts=str(SCRIPTS), raw=raw)))
        runs["build --no-cache"].append(_child(_BUILD.format(scripts=str(SCRIPTS), raw=raw, out=out)))
    first = runs["bare spaCy (load + nlp.pipe)"][0]
    base = statistics.median(r["seconds"] for r in runs["bare spaCy (load + nlp.pipe)"])
    print(f"{first['articles']} articles, {first['chars']:,} characters, {os.cpu_count()} cores, "
          f"{args.rounds} interleaved rounds")
    print(f"{'run':<30} {'min s':>7} {'median s':>9} {'max s':>7} {'x bare':>7} {'peak RSS MB':>12}")
    for label, results in runs.items():
        secs = [r["seconds"] for r in results]
        med = statistics.median(secs)
        rss = max(r["rss_mb"] for r in results)
        print(f"{label:<30} {min(secs):>7.1f} {med:>9.1f} {max(secs):>7.1f} {med / base:>7.2f} {rss:>12.0f}")


if __name__ == "__main__":
    main()
