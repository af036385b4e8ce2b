"""Engines: `--jobs N` processes and Dask give byte-identical output to the serial build."""

from __future__ import annotations

import pytest

from newscoder.engines import Task, run_engine, run_local, run_processes
from newscoder.pipeline import build, ingest, load_registry
from test_build import REGISTRY, run, write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("raw"))


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory, nlp):
    where = tmp_path_factory.mktemp("serial")
    return run(corpus, where, None)[1]


def test_jobs_2_is_byte_identical_to_jobs_1(corpus, serial, tmp_path):
    result, files = run(corpus, tmp_path, None, jobs=2)
    assert result.cache["misses"] == 5
    assert files == serial


def test_dask_local_cluster_is_byte_identical_to_jobs_1(corpus, serial, tmp_path):
    pytest.importorskip("distributed")  # an optional extra; installed in CI (requirements.lock)
    result, files = run(corpus, tmp_path, None, engine="dask", jobs=2)
    assert result.report["articles_published"] == 5
    assert files == serial


def test_dask_with_the_cache_extracts_only_the_new_article(corpus, tmp_path):
    pytest.importorskip("distributed")
    raw = write_corpus(tmp_path / "raw")
    cache = tmp_path / "cache"
    run(raw, tmp_path / "b1", cache)
    write_corpus(raw, {"b1.txt": ("2026-02-20", "Cuba said on Friday it would hold talks with Mexico.")})
    result, files = run(raw, tmp_path / "b2", cache, engine="dask", jobs=1)
    assert result.cache == {"hits": 5, "doc_hits": 0, "misses": 1, "corrupt": 0}
    assert files == run(raw, tmp_path / "b3", None)[1]


def test_process_pool_keeps_input_order_with_tiny_chunks(corpus, nlp):
    articles = ingest([corpus]).articles
    registry = load_registry(REGISTRY)
    tasks = [Task(a) for a in articles]
    local = [rec for rec, _ in run_local(tasks, registry)]
    pooled = [rec for rec, _ in run_processes(tasks, registry, jobs=2, chunk_size=1)]
    assert [r.article.article_id for r in pooled] == [a.article_id for a in articles]
    assert pooled == local
    # this process as the second worker (what `--jobs 2` does): chunks done here and there, same order
    shared = [rec for rec, _ in run_processes(tasks, registry, jobs=2, chunk_size=1, share=True)]
    assert shared == local


def test_unknown_engine_is_refused(corpus, tmp_path):
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        list(run_engine([], None, engine="spark"))
    with pytest.raises(ValueError, match="--jobs must be at least 1"):
        build(corpus, tmp_path / "d", use_cache=False, jobs=0, show_progress=False)


def test_long_lived_frozen_freezes_each_call_and_leaves_a_callers_freeze_alone():
    import gc

    from newscoder.engines import long_lived_frozen

    assert gc.get_freeze_count() == 0
    with long_lived_frozen() as freeze:
        freeze()  # before the first batch: the model and registry
        first = gc.get_freeze_count()
        kept = [[n] for n in range(1000)]  # what the first batch loads (lexicons)
        freeze()
        assert first > 0 and gc.get_freeze_count() >= first + 900  # (a few frozen objects may be freed)
    assert gc.get_freeze_count() == 0 and len(kept) == 1000  # handed back to the collector at the end
    gc.freeze()  # a caller's own freeze is kept as it is
    try:
        mine = gc.get_freeze_count()
        with long_lived_frozen() as freeze:
            freeze()
            assert gc.get_freeze_count() <= mine  # nothing added (frozen objects may be freed)
        assert gc.get_freeze_count() > 0  # not unfrozen by the block
    finally:
        gc.unfreeze()
