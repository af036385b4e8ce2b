"""The synthetic benchmark corpus (benchmarks/corpus.py): deterministic, readable by ingest, stable per index."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from pathlib import Path

import pytest

from newscoder.ingest import Rejection, read_inputs

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus.py"
_spec = importlib.util.spec_from_file_location("corpus", _PATH)
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


def _files(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir())}


def _articles(d: Path) -> dict:
    items = list(read_inputs([d]))
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert rejected == []
    return {a.external_id: a for a in items}


def test_two_runs_are_byte_identical(tmp_path):
    s1 = corpus.generate(30, tmp_path / "a", seed=7)
    s2 = corpus.generate(30, tmp_path / "b", seed=7)
    assert s1 == s2
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert s1["articles"] == 30 and s1["files"] == len(_files(tmp_path / "a"))
    assert s1["bytes"] == sum(len(b) for b in _files(tmp_path / "a").values())


def test_another_seed_gives_another_corpus(tmp_path):
    corpus.generate(5, tmp_path / "a", seed=7)
    corpus.generate(5, tmp_path / "b", seed=8)
    a, b = _articles(tmp_path / "a"), _articles(tmp_path / "b")
    assert {x.text for x in a.values()}.isdisjoint({x.text for x in b.values()})


def test_all_articles_ingest_without_rejections(tmp_path):
    corpus.generate(60, tmp_path, seed=7)
    arts = _articles(tmp_path)
    assert sorted(arts) == [f"syn7-{i:07d}" for i in range(60)]
    for a in arts.values():
        assert dt.date(2024, 1, 1) <= a.published_date <= dt.date(2026, 12, 31)
        if a.source_format != "txt":  # a .txt file carries only the date line
            assert a.title and a.publisher
        sentences = len(re.findall(r"[.!?][\"\u201d]?(?:\s|$)", a.text))
        assert 6 <= sentences <= 16, a.text


def test_article_i_does_not_depend_on_run_size(tmp_path):
    corpus.generate(5, tmp_path / "five", seed=7)
    corpus.generate(10, tmp_path / "ten", seed=7)
    five, ten = _articles(tmp_path / "five"), _articles(tmp_path / "ten")
    for ext_id, a in five.items():
        b = ten[ext_id]
        assert (a.text, a.published_date, a.title, a.publisher, a.url) == (b.text, b.published_date, b.title,
                                                                            b.publisher, b.url)
    # single-article files are byte-identical too
    for name, data in _files(tmp_path / "five").items():
        if not name.endswith(".jsonl"):
            assert _files(tmp_path / "ten")[name] == data


def test_start_index_adds_one_more_article(tmp_path):
    corpus.generate(5, tmp_path / "grown", seed=7)
    before = _files(tmp_path / "grown")
    summary = corpus.generate(1, tmp_path / "grown", seed=7, start_index=5)
    assert summary["articles"] == 1
    after = _files(tmp_path / "grown")
    assert {k: after[k] for k in before} == before  # nothing existing was rewritten
    corpus.generate(6, tmp_path / "whole", seed=7)
    grown, whole = _articles(tmp_path / "grown"), _articles(tmp_path / "whole")
    assert sorted(grown) == sorted(whole)
    assert grown["syn7-0000005"].text == whole["syn7-0000005"].text


@pytest.mark.parametrize("formats", [("txt", "jsonl", "json", "md", "html"), ("md", "txt"), ("jsonl",)])
def test_every_requested_format_is_present(tmp_path, formats):
    summary = corpus.generate(10, tmp_path, seed=3, formats=formats)
    suffixes = {p.suffix.lstrip(".") for p in tmp_path.iterdir()}
    assert suffixes == set(formats)
    assert sum(summary["by_format"].values()) == 10
    assert {a.source_format for a in _articles(tmp_path).values()} == set(formats)


def test_mostly_jsonl_by_default():
    fmts = [corpus.format_for(7, i, corpus.ALL_FORMATS) for i in range(2000)]
    assert fmts.count("jsonl") > 1800
    assert fmts[:5] == ["txt", "jsonl", "json", "md", "html"]


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown formats"):
        corpus.generate(1, tmp_path, formats=("pdf",))


def test_text_features_cover_the_quote_and_date_styles():
    texts = [corpus.compose(7, i)["text"] for i in range(300)]
    joined = "\n".join(texts)
    assert "\u201c" in joined and '"' in joined  # curly and straight quotation marks
    assert re.search(r" (he|she) added\.", joined)
    assert re.search(r" said that ", joined)
    assert re.search(r"\bsaid (Foreign|Defence|President|Prime)", joined) or re.search(r", said [A-Z]", joined)
    assert re.search(r"^- '[^']+' -$", joined, re.M)  # a wire crosshead
    # a quote over two paragraphs: a paragraph that opens a quote and never closes it
    assert any(p.count('"') == 1 and p.endswith(".") for t in texts for p in t.split("\n\n") if "said" in p)
    for phrase in ("The following day", "yesterday", "last week", "over the weekend", "on Monday"):
        assert phrase in joined
    assert re.search(r"on (January|February|March|April|May|June|July|August|September|October|November|"
                     r"December) \d{1,2}\b", joined)
    assert len(set(texts)) == 300


def test_cli_prints_a_one_line_summary(tmp_path, capsys):
    corpus.main(["7", str(tmp_path), "--seed", "5", "--formats", "txt,jsonl"])
    out = capsys.readouterr().out.strip()
    assert out.startswith("7 articles, ") and " files, " in out and " bytes " in out
    assert len(out.splitlines()) == 1
