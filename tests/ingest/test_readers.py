"""Ingest: every input format, the seed header, crossheads, and bad inputs reported with a reason."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newscoder.ingest import Rejection, read_inputs
from newscoder.ingest.fields import InputError, find_headings, make_article_id, parse_date
from newscoder.records import Article

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = Path(__file__).parents[2] / "data" / "raw" / "000_df562d561251218f.txt"


def split(paths, **kw):
    items = list(read_inputs(paths, **kw))
    return [a for a in items if isinstance(a, Article)], [r for r in items if isinstance(r, Rejection)]


def test_seed_header_is_read_and_stripped():
    [article], rejected = split([SEED])
    assert rejected == []
    assert article.published_date == dt.date(2026, 2, 2)
    assert article.external_id == "000_df562d561251218f"
    assert article.text.startswith("US President Donald Trump said Sunday that Washington")
    assert article.text.endswith("spoken by phone Thursday.")
    assert article.source_format == "txt"


def test_seed_crosshead_is_a_heading():
    [article], _ = split([SEED])
    assert [article.text[s:e] for s, e in article.headings] == ["- 'No more oil' -"]


def test_crosshead_detection_ignores_prose_and_dashes_inside_lines():
    text = "Intro line.\n\n- 'Tough talks' -\n\nA sentence - with a dash - inside.\n-- Back to work --\n"
    heads = [text[s:e] for s, e in find_headings(text)]
    assert heads == ["- 'Tough talks' -", "-- Back to work --"]


def test_ids_are_deterministic_and_depend_only_on_the_input_id():
    assert make_article_id("wire-1") == make_article_id("wire-1")
    assert make_article_id("wire-1") != make_article_id("wire-2")
    assert make_article_id("wire-1").startswith("art_")


@pytest.mark.parametrize("value,expected", [
    ("2026-02-02", dt.date(2026, 2, 2)),
    ("20260202", dt.date(2026, 2, 2)),
    ("2026-02-02T23:10:00Z", dt.date(2026, 2, 2)),
])
def test_parse_date_accepts_iso_and_yyyymmdd(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value,kind", [(None, "no-date"), ("", "no-date"), ("02/03/2026", "bad-date"),
                                        ("2026-02-30", "bad-date")])
def test_parse_date_rejects_with_a_reason(value, kind):
    with pytest.raises(InputError) as err:
        parse_date(value)
    assert err.value.kind == kind


def test_mixed_folder_builds_the_good_ones_and_reports_each_bad_one():
    articles, rejected = split([FIXTURES / "mixed_inputs"])
    assert sorted(a.external_id for a in articles) == ["good", "md-1", "page", "story-7", "wire-1"]
    reasons = {(Path(r.path).name, r.line): r.reason for r in rejected}
    assert reasons == {
        ("binary.txt", None): "not-utf8",
        ("empty.txt", None): "empty",
        ("wire.jsonl", 2): "malformed-json",
        ("wire.jsonl", 3): "duplicate-text",
        ("wire.jsonl", 4): "no-date",
    }
    assert all(r.message for r in rejected)


def test_metadata_from_each_format():
    articles, _ = split([FIXTURES / "mixed_inputs"])
    by_id = {a.external_id: a for a in articles}
    md = by_id["md-1"]
    assert (md.title, md.publisher, md.byline, md.published_date) == (
        "A Markdown story", "Example Times", "A. Reporter", dt.date(2026, 3, 8))
    assert md.text == "The European Commission said on Friday it would fine the company."
    assert by_id["wire-1"].publisher == "Example Wire" and by_id["wire-1"].published_date == dt.date(2026, 3, 5)
    assert by_id["story-7"].url == "https://example.org/story-7"
    page = by_id["page"]
    assert page.source_format == "html" and page.published_date == dt.date(2026, 3, 9)
    assert "Dock workers in Rotterdam ended a week-long strike" in page.text
    assert "Copyright" not in page.text and "Home | World" not in page.text


def test_jsonl_text_is_kept_unchanged(tmp_path):
    text = "  Leading spaces and a trailing newline stay.\n"
    record = {"id": "x", "date": "2026-01-01", "text": text}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    [article], _ = split([tmp_path])
    assert article.text == text


def test_lenient_mode_keeps_undated_and_duplicate_articles(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "1", "text": "Same words."}\n{"id": "2", "date": "2026-01-01", "text": "Same words."}\n')
    articles, rejected = split([tmp_path], strict=False)
    assert [a.published_date for a in articles] == [None, dt.date(2026, 1, 1)]
    assert rejected == []


def test_unsupported_and_unreadable_files(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "bad.json").write_text("{not json")
    _, rejected = split([tmp_path])
    assert {(Path(r.path).name, r.reason) for r in rejected} == {
        ("notes.docx", "unsupported-format"), ("bad.json", "malformed-json")}
