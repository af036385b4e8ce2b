"""The per-article cache: keys, stale and corrupt entries (newscoder.cache)."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

import newscoder.cache as cache_mod
from conftest import make_article
from newscoder.cache import BuildCache, article_fingerprint, code_fingerprint
from newscoder.records import ArticleRecords, Quote

TEXT = "Chilean President Ana Soto said Sunday that Santiago was negotiating with Lima's government."


def records_for(article) -> ArticleRecords:
    said = "Santiago was negotiating with Lima's government"
    quote = Quote(quote_type="indirect", quote_text=said, char_start=TEXT.index(said),
                  char_end=TEXT.index(said) + len(said), sentence_index=0, evidence=TEXT, speaker_key="a1",
                  speaker_text="Ana Soto", cue="said", confidence=0.8)
    return ArticleRecords(article=article, quotes=[quote])



def test_records_round_trip_with_current_provenance(tmp_path):
    article = make_article(TEXT, source_path="data/raw/a.txt")
    cache = BuildCache(tmp_path, "reg1")
    assert cache.get_records(article) is None
    cache.put_records(article, records_for(article))
    moved = dataclasses.replace(article, source_path="data/raw/moved/a.txt", source_sha256="ff")
    got = cache.get_records(moved)
    assert got is not None and got.quotes[0].speaker_text == "Ana Soto"
    assert got.article.source_path == "data/raw/moved/a.txt"  # where it is now, not where it was


def test_the_key_follows_what_extraction_reads():
    article = make_article(TEXT)
    assert article_fingerprint(article) == article_fingerprint(dataclasses.replace(article, source_path="x"))
    # a new publication date changes every relative date: never the same entry
    assert article_fingerprint(article) != article_fingerprint(make_article(TEXT, date="2026-02-03"))
    assert article_fingerprint(article) != article_fingerprint(make_article(TEXT + " More."))


def test_entry_of_another_pipeline_version_is_never_used(tmp_path, monkeypatch):
    article = make_article(TEXT)
    old = BuildCache(tmp_path)
    old.put_records(article, records_for(article))
    monkeypatch.setattr(cache_mod, "__version__", "9.9.9")
    new = BuildCache(tmp_path)
    assert new.records_key(article) != old.records_key(article)
    assert new.get_records(article) is None
    # even an old entry copied to the new key's file name is refused: the entry carries its own key
    src, dst = old._path("records", old.records_key(article)), new._path("records", new.records_key(article))
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    assert new.get_records(article) is None
    assert new.stats.corrupt == 1


def test_registry_or_code_change_gives_another_key(tmp_path):
    article = make_article(TEXT)
    assert BuildCache(tmp_path, "reg1").records_key(article) != BuildCache(tmp_path, "reg2").records_key(article)
    # the parse does not depend on the registry: the docs layer is shared
    assert BuildCache(tmp_path, "reg1").doc_key(article) == BuildCache(tmp_path, "reg2").doc_key(article)


def test_code_fingerprint_covers_extractors_and_data(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "extract").mkdir(parents=True)
    (pkg / "data").mkdir()
    (pkg / "extract" / "quotes.py").write_text("A = 1\n")
    (pkg / "data" / "reporting_verbs.csv").write_text("verb\nsay\n")
    (pkg / "cli.py").write_text("# not extraction code\n")
    before = code_fingerprint(pkg)
    (pkg / "cli.py").write_text("# edited\n")
    code_fingerprint.cache_clear()
    assert code_fingerprint(pkg) == before
    (pkg / "data" / "reporting_verbs.csv").write_text("verb\nsay\ntell\n")
    code_fingerprint.cache_clear()
    assert code_fingerprint(pkg) != before
    code_fingerprint.cache_clear()


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_corrupt_entry_is_ignored(tmp_path, garbage):
    article = make_article(TEXT)
    cache = BuildCache(tmp_path)
    cache.put_records(article, records_for(article))
    cache._path("records", cache.records_key(article)).write_bytes(garbage)
    assert cache.get_records(article) is None
    assert cache.stats.corrupt == 1
    cache.put_records(article, records_for(article))  # recomputed and rewritten
    assert cache.get_records(article).quotes[0].cue == "said"


def test_docs_layer_can_be_turned_off(tmp_path):
    article = make_article(TEXT)
    cache = BuildCache(tmp_path, docs=False)
    cache.put_doc(article, b"parse")
    assert cache.get_doc(article) is None and not (tmp_path / "docs").exists()


def test_cached_records_come_back_equal(tmp_path, nlp):
    # every record type, as the extractors made them, survives the compact entry format unchanged
    from newscoder.resolve.registry import load_registry
    from newscoder.stages import process_article

    article = make_article(TEXT + ' "We will never accept it," Cuba\'s foreign minister said on Monday.')
    records = process_article(nlp(article.text), article, load_registry())
    assert records.mentions and records.quotes and records.timex and records.actors
    cache = BuildCache(tmp_path)
    cache.put_records(article, records)
    assert cache.get_records(article) == records
