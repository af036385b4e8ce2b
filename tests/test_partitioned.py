"""`--partitioned`: each table as a month-partitioned (hive) Parquet dataset, declared in datapackage.json."""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import pytest

from test_build import run, write_corpus

MONTHS = ["2026-01", "2026-02", "2026-03"]


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    raw = write_corpus(tmp_path_factory.mktemp("raw"))
    where = tmp_path_factory.mktemp("out")
    result, files = run(raw, where, None, partitioned=True)
    return raw, where, result, files


def test_hive_layout_by_month(built):
    _, where, _, files = built
    parts = sorted(k for k in files if k.startswith("partitioned/articles/"))
    assert parts == [f"partitioned/articles/published_month={m}/part-0.parquet" for m in MONTHS]
    assert "partitioned/actors/part-0.parquet" in files  # actors span months: one file


def test_pandas_reads_the_same_rows(built):
    _, where, _, _ = built
    data = where / "data"
    for table in ("articles", "mentions", "quotes", "events", "actors", "actor_aliases"):
        single = pd.read_parquet(data / f"{table}.parquet")
        dataset = pd.read_parquet(data / "partitioned" / table)
        assert len(dataset) == len(single), table
    articles = pd.read_parquet(data / "partitioned" / "articles")
    month = articles.set_index("article_id")["published_month"].astype(str)
    dates = pd.read_parquet(data / "articles.parquet").set_index("article_id")["published_date"]
    assert all(month[a] == str(d)[:7] for a, d in dates.items())


def test_duckdb_reads_hive_partitions(built):
    duckdb = pytest.importorskip("duckdb")
    _, where, _, _ = built
    glob = (where / "data" / "partitioned" / "quotes" / "*" / "*.parquet").as_posix()
    rows = duckdb.sql(f"select published_month, count(*) from read_parquet('{glob}', hive_partitioning=true) "
                      "group by 1 order by 1").fetchall()
    n_quotes = len(pd.read_parquet(where / "data" / "quotes.parquet"))
    assert sum(n for _, n in rows) == n_quotes
    assert {m for m, _ in rows} <= set(MONTHS)


def test_declared_in_datapackage_with_hashes(built):
    _, where, _, _ = built
    package = json.loads((where / "datapackage.json").read_text(encoding="utf-8"))
    by_name = {r["name"]: r for r in package["resources"]}
    quotes = by_name["quotes"]["newscoder:partitioned"]
    assert quotes["path"] == "data/partitioned/quotes" and quotes["layout"] == "hive"
    assert [p["name"] for p in quotes["partitionBy"]] == ["published_month"]
    assert by_name["actors"]["newscoder:partitioned"]["partitionBy"] == []
    for part in by_name["articles"]["newscoder:partitioned"]["files"]:
        data = (where / part["path"]).read_bytes()
        assert part["hash"] == "sha256:" + hashlib.sha256(data).hexdigest() and part["bytes"] == len(data)


def test_deterministic_and_no_stale_partitions(built, tmp_path):
    raw, _, _, files = built
    _, again = run(raw, tmp_path / "again", None, partitioned=True)
    assert again == files
    # a rebuild into the same folder without the March article drops the March partition
    small = write_corpus(tmp_path / "small", {"x.txt": ("2026-01-05", "Cuba said it would hold talks.")})
    _, first = run(raw, tmp_path / "same", None, partitioned=True)
    assert "partitioned/articles/published_month=2026-03/part-0.parquet" in first
    _, second = run(small, tmp_path / "same", None, partitioned=True)
    assert [k for k in second if k.startswith("partitioned/articles/")] == [
        "partitioned/articles/published_month=2026-01/part-0.parquet"]


def test_validate_accepts_a_partitioned_package(built):
    from newscoder.validate import validate_package

    raw, where, _, _ = built
    report = validate_package(where / "datapackage.json", raw)
    assert report.valid, report.format_text()
