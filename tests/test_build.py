"""Incremental builds: the per-article cache through `newscoder build` (counted, never timed)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.buildlock import LOCK_NAME
from newscoder.cli import cli
from newscoder.pipeline import build

REGISTRY = Path(__file__).resolve().parents[1] / "data" / "registry"

# Our own short wire stories, in three months (so partitioned output has several partitions).
STORIES = {
    "a1.txt": ("2026-01-12", 'Cuba\'s foreign minister said on Monday that Havana would "never accept" the '
               "new sanctions. The United States imposed the measures last week, officials said."),
    "a2.txt": ("2026-01-20", "Canadian Prime Minister Mark Carney said Sunday that Ottawa was talking with "
               "Mexico about a new trade pact. \"We expect an agreement before the summer,\" he added."),
    "a3.txt": ("2026-02-02", "On Thursday, Canadian Prime Minister Mark Carney threatened to impose duties on "
               "steel from South Korea. Seoul said it would keep its exports at the current level."),
    "a4.txt": ("2026-02-15", "The Mexican president, Claudia Sheinbaum, told reporters in Mexico City that "
               "her government had not received any request from Washington."),
    "a5.txt": ("2026-03-03", "Brazil and Argentina signed a trade agreement on Tuesday, the two governments "
               "said in a joint statement released in Brasilia."),
}


def write_corpus(folder: Path, stories: dict[str, tuple[str, str]] = STORIES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (date, text) in stories.items():
        (folder / name).write_text(f"date {date}\n\n{text}\n", encoding="utf-8")
    return folder


def output_files(out: Path, package: Path) -> dict[str, bytes]:
    # the build lock's (empty) file stays in the folder between builds: not an output
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
             if p.is_file() and p.name != LOCK_NAME}
    files["datapackage.json"] = package.read_bytes()
    return files


def run(raw: Path, where: Path, cache: Path | None, **kw):
    out, package = where / "data", where / "datapackage.json"
    result = build(raw, out, package, REGISTRY, show_progress=False, cache_dir=cache, use_cache=cache is not None,
                   **kw)
    return result, output_files(out, package)


@pytest.fixture
def raw(tmp_path, nlp) -> Path:
    return write_corpus(tmp_path / "raw")


def test_rebuild_with_no_change_extracts_nothing(raw, tmp_path):
    cache = tmp_path / "cache"
    cold, cold_files = run(raw, tmp_path / "cold", cache)
    assert cold.cache == {"hits": 0, "doc_hits": 0, "misses": 5, "corrupt": 0}
    warm, warm_files = run(raw, tmp_path / "warm", cache)
    assert warm.cache == {"hits": 5, "doc_hits": 0, "misses": 0, "corrupt": 0}
    assert warm_files == cold_files  # build_report.json included: it holds no cache counts
    assert "cache" not in json.loads(warm_files["build_report.json"])
    assert cold.report["rows"]["articles"] == 5


def test_editing_one_article_reextracts_only_it(raw, tmp_path):
    cache = tmp_path / "cache"
    run(raw, tmp_path / "b1", cache)
    (raw / "a3.txt").write_text("date 2026-02-02\n\nMexico said on Friday it would keep its oil shipments to "
                                "Cuba.\n", encoding="utf-8")
    second, files = run(raw, tmp_path / "b2", cache)
    assert second.cache == {"hits": 4, "doc_hits": 0, "misses": 1, "corrupt": 0}
    _, fresh = run(raw, tmp_path / "fresh", None)
    assert files == fresh  # what the cache gives back is what a build from scratch gives


def test_adding_one_article_extracts_one(raw, tmp_path):
    cache = tmp_path / "cache"
    run(raw, tmp_path / "b1", cache)
    write_corpus(raw, {"a6.txt": ("2026-03-10", "Cuba said on Tuesday that it had freed ten prisoners.")})
    second, _ = run(raw, tmp_path / "b2", cache)
    assert (second.cache["hits"], second.cache["misses"]) == (5, 1)
    assert second.report["articles_published"] == 6


def test_registry_change_reextracts_from_cached_parses(raw, tmp_path):
    cache = tmp_path / "cache"
    registry = tmp_path / "registry"
    shutil.copytree(REGISTRY, registry)
    out, package = tmp_path / "b1" / "data", tmp_path / "b1" / "datapackage.json"
    build(raw, out, package, registry, show_progress=False, cache_dir=cache)
    with (registry / "aliases.csv").open("a", encoding="utf-8") as fh:
        fh.write("reg_cub,Republic of Cuba\n")
    out2, package2 = tmp_path / "b2" / "data", tmp_path / "b2" / "datapackage.json"
    second = build(raw, out2, package2, registry, show_progress=False, cache_dir=cache)
    # no spaCy pipeline run: every article re-extracted from its stored parse
    assert second.cache == {"hits": 0, "doc_hits": 5, "misses": 0, "corrupt": 0}
    out3, package3 = tmp_path / "b3" / "data", tmp_path / "b3" / "datapackage.json"
    build(raw, out3, package3, registry, show_progress=False, use_cache=False)
    assert output_files(out2, package2) == output_files(out3, package3)


def test_no_cache_writes_no_cache(raw, tmp_path):
    result, _ = run(raw, tmp_path / "b", None)
    assert result.cache["misses"] == 5
    assert not (tmp_path / "cache").exists()


def test_fully_cached_build_does_not_import_spacy(raw, tmp_path, monkeypatch):
    # a fixed code fingerprint in both processes: this test is about spaCy, not about code edits
    import newscoder.cache

    monkeypatch.setattr(newscoder.cache, "code_fingerprint", lambda: "fixed")
    cache = tmp_path / "cache"
    run(raw, tmp_path / "b1", cache)
    code = (
        "import sys; import newscoder.cache as c; c.code_fingerprint = lambda: 'fixed'; "
        "from newscoder.pipeline import build; "
        f"r = build({str(raw)!r}, {str(tmp_path / 'b2' / 'data')!r}, None, {str(REGISTRY)!r}, "
        f"show_progress=False, cache_dir={str(cache)!r}); "
        "print(r.cache['hits'], r.cache['misses'], 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["5", "0", "False"]


def test_cli_build_prints_cache_counts(raw, tmp_path):
    runner = CliRunner()
    args = ["build", "--raw", str(raw), "--out", str(tmp_path / "data"), "--registry", str(REGISTRY),
            "--cache", str(tmp_path / "cache"), "--no-validate"]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "cache: 0 hits, 0 re-extracted from cached parses, 5 extracted" in first.output
    second = runner.invoke(cli, args)
    assert "cache: 5 hits, 0 re-extracted from cached parses, 0 extracted" in second.output


def test_cli_build_rejects_bad_engine_options(raw, tmp_path):
    runner = CliRunner()
    base = ["build", "--raw", str(raw), "--out", str(tmp_path / "data"), "--no-validate", "--no-cache"]
    assert runner.invoke(cli, [*base, "--jobs", "0"]).exit_code == 2
    res = runner.invoke(cli, [*base, "--scheduler", "tcp://127.0.0.1:8786"])
    assert res.exit_code == 2 and "--scheduler needs --engine dask" in res.output


def test_rebuild_into_the_same_folder_repairs_a_touched_file(raw, tmp_path):
    cache = tmp_path / "cache"
    _, first = run(raw, tmp_path / "b", cache)
    quotes = tmp_path / "b" / "data" / "quotes.csv"
    quotes.write_text("edited by hand\n", encoding="utf-8")
    again, files = run(raw, tmp_path / "b", cache)
    assert files == first and again.cache["hits"] == 5
    # an option that changes the outputs is never skipped
    _, partitioned = run(raw, tmp_path / "b", cache, partitioned=True)
    assert any(k.startswith("partitioned/") for k in partitioned)


def test_new_articles_overlap_the_cache_reads_with_the_same_output(raw, tmp_path, monkeypatch):
    # with enough cached entries, new articles run in a worker process while the cache is read
    import newscoder.pipeline

    monkeypatch.setattr(newscoder.pipeline, "OVERLAP_MIN_HITS", 2)
    monkeypatch.setattr(newscoder.pipeline.os, "cpu_count", lambda: 2)
    cache = tmp_path / "cache"
    run(raw, tmp_path / "b1", cache)
    write_corpus(raw, {"a6.txt": ("2026-03-10", "Cuba said on Tuesday that it had freed ten prisoners.")})
    # and one entry unreadable: found only while reading, recomputed after the reads
    import newscoder.cache
    from newscoder.pipeline import ingest, load_registry

    probe = newscoder.cache.BuildCache(cache, load_registry(REGISTRY).fingerprint())
    a1 = next(a for a in ingest([raw]).articles if a.source_path.endswith("a1.txt"))
    probe._path("records", probe.records_key(a1)).write_bytes(b"garbage")
    second, files = run(raw, tmp_path / "b2", cache)
    assert second.cache == {"hits": 4, "doc_hits": 1, "misses": 1, "corrupt": 1}
    assert second.report["articles_published"] == 6
    _, fresh = run(raw, tmp_path / "fresh", None)
    assert files == fresh
