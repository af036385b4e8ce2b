"""Streaming builds: rows sorted on disk, actors accumulated in any order, same bytes as in memory."""

from __future__ import annotations

import random

import pytest

import newscoder.corpus_tables
import newscoder.publish
from newscoder.casting import cast_columns
from newscoder.pipeline import index_inputs, ingest, load_registry
from newscoder.publish import _DuplicateCheck
from newscoder.resolve.actors import resolve_corpus
from newscoder.spill import SortedSpill
from test_build import REGISTRY, run, write_corpus


def test_spill_sorts_across_many_runs(tmp_path):
    rng = random.Random(3)
    keys = [f"men_{rng.getrandbits(64):016x}" for _ in range(1000)]
    spill = SortedSpill(tmp_path, buffer_rows=37)
    for i, key in enumerate(keys):
        spill.add((key,), (key, i))
    assert len(list(tmp_path.glob("*.run"))) == 1000 // 37
    out = [row for _, row in spill.sorted_items()]
    assert [r[0] for r in out] == sorted(keys)
    assert sorted(r[1] for r in out) == list(range(1000))  # nothing lost, nothing twice
    assert not list(tmp_path.glob("*.run"))  # run files are deleted once read


def test_spill_keeps_equal_keys_in_the_order_added(tmp_path):
    spill = SortedSpill(tmp_path, buffer_rows=2)
    for i in range(7):
        spill.add(("same",), (i,))
    assert [row for _, row in spill.sorted_items()] == [(i,) for i in range(7)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, nlp):
    return write_corpus(tmp_path_factory.mktemp("raw"))


@pytest.fixture(scope="module")
def default_build(corpus, tmp_path_factory):
    return run(corpus, tmp_path_factory.mktemp("default"), None, partitioned=True)


def test_tiny_spill_and_write_batches_give_the_same_bytes(corpus, default_build, tmp_path, monkeypatch):
    # every article's rows go to disk at once, and every table is written 3 rows at a time
    monkeypatch.setattr(newscoder.corpus_tables, "SPILL_ROWS", 1)
    monkeypatch.setattr(newscoder.corpus_tables, "WRITE_ROWS", 3)
    monkeypatch.setattr(newscoder.publish, "WRITE_ROWS", 3)
    result, files = run(corpus, tmp_path, None, partitioned=True)
    assert result.report["rows"]["mentions"] > 9  # so that several batches were written
    # the CSV files do not depend on the batch size at all; the Parquet ones only by their row groups
    for name, data in default_build[1].items():
        if name.endswith(".csv") or name == "build_report.json":
            assert files[name] == data, name
    import pandas as pd

    for name in ("mentions", "quotes", "events"):
        streamed = pd.read_parquet(tmp_path / "data" / f"{name}.parquet")
        default = pd.read_parquet(default_build[0].data_dir / f"{name}.parquet")
        pd.testing.assert_frame_equal(streamed, default)
    import pyarrow.parquet as pq

    assert pq.ParquetFile(tmp_path / "data" / "mentions.parquet").num_row_groups > 3


def test_streamed_build_equals_publishing_in_memory(corpus, default_build, tmp_path, nlp):
    # the old, all-in-memory path: every record kept, then one `publish` call
    from newscoder import __version__
    from newscoder.pipeline import parse
    from newscoder.publish import publish
    from newscoder.tables import derived_rows

    registry = load_registry(REGISTRY)
    records = list(parse(ingest([corpus]).articles, registry, show_progress=False))
    corpus_actors = resolve_corpus(records, registry)
    tables = derived_rows(records, corpus_actors.actor_id)
    tables["actors"], tables["actor_aliases"] = corpus_actors.actors, corpus_actors.aliases
    index = index_inputs(corpus)
    sources = [{"title": p, "path": p, "hash": f"sha256:{s}"} for p, s in sorted(index.files.items())]
    last = max(r["published_date"] for r in tables["articles"])
    publish(tables, tmp_path / "data", tmp_path / "datapackage.json", sources=sources, version=__version__,
            created=f"{last.isoformat()}T00:00:00Z", partitioned=True)
    for name, data in default_build[1].items():
        if name != "build_report.json":
            assert (tmp_path / ("" if name == "datapackage.json" else "data") / name).read_bytes() == data, name


def test_actor_table_does_not_depend_on_article_order(corpus, nlp):
    from newscoder.pipeline import parse

    registry = load_registry(REGISTRY)
    records = list(parse(ingest([corpus]).articles, registry, show_progress=False))
    forward = resolve_corpus(records, registry)
    backward = resolve_corpus(list(reversed(records)), registry)
    assert forward.actors == backward.actors
    assert forward.aliases == backward.aliases
    carney = [a for a in forward.actors if a["name"] == "Mark Carney"]
    assert carney and carney[0]["n_articles"] == 2  # a2 and a3 both name him
    assert str(carney[0]["first_seen_date"]) == "2026-01-20"


def test_index_counts_articles_and_sources(corpus):
    import hashlib

    index = index_inputs(corpus)
    assert index.n_articles == 5
    assert not index.rejections and not index.missing  # no cache given: nothing is looked up
    assert len(index.files) == 5
    a1 = next(path for path in index.files if path.endswith("a1.txt"))
    assert index.files[a1] == hashlib.sha256((corpus / "a1.txt").read_bytes()).hexdigest()


def test_duplicate_primary_key_across_batches_is_refused():
    check = _DuplicateCheck("articles")
    check({"article_id": ["a", "b"]})
    with pytest.raises(ValueError, match="duplicate primary key"):
        check({"article_id": ["b", "c"]})


def test_cast_columns_names_the_bad_enum():
    cols = {f: [None] for f in ("actor_id", "name", "actor_type", "country_iso3", "country_basis", "role",
                                "parent_actor_id",
                                "wikidata_id", "is_registered", "n_mentions", "n_articles", "first_seen_date",
                                "last_seen_date")}
    cols.update(actor_id=["x"], name=["X"], actor_type=["planet"], is_registered=[False], n_mentions=[0],
                n_articles=[0])
    with pytest.raises(ValueError, match="actor_type"):
        cast_columns("actors", cols)
