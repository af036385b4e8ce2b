"""Fuzz tests of the CSV and MediaWiki export readers: for any bytes, articles or rejections (never an
exception), and every record read is either published or rejected."""

from __future__ import annotations

import bz2
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscoder.ingest import Rejection
from newscoder.ingest.base import Note, read_file
from newscoder.records import Article

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(name: str, data: bytes) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return [item for _line, item in read_file(path)]


def _check(items: list) -> None:
    for item in items:
        assert isinstance(item, Article | Rejection | Note), item
        if isinstance(item, Rejection):
            assert item.reason and item.message and item.path
        if isinstance(item, Article):
            assert item.text.strip() and item.published_date is not None


CSV_CELLS = st.text(alphabet=st.sampled_from(list('ab ,"\n\r\x00é2024-01') + ["\u2028"]), max_size=20)


@SETTINGS
@given(st.binary(max_size=400))
def test_csv_any_bytes(data):
    _check(_read("x.csv", data))


@SETTINGS
@given(st.lists(st.lists(CSV_CELLS, min_size=1, max_size=4), max_size=6))
def test_csv_near_valid_rows(rows):
    body = "date,text,extra\n" + "\n".join(",".join(r) for r in rows)
    items = _read("x.csv", body.encode("utf-8"))
    _check(items)
    records = [i for i in items if not isinstance(i, Note)]
    published = [i for i in records if isinstance(i, Article)]
    rejected = [i for i in records if isinstance(i, Rejection)]
    assert len(records) == len(published) + len(rejected)
    # every published row's text is a cell of the file, unchanged (quotes doubled inside quoted cells)
    for article in published:
        assert article.text in body or article.text.replace('"', '""') in body


@SETTINGS
@given(st.binary(max_size=400))
def test_xml_any_bytes(data):
    _check(_read("x.xml", data))


@SETTINGS
@given(st.binary(max_size=400))
def test_bz2_any_bytes(data):
    _check(_read("x.xml.bz2", data))
    _check(_read("y.xml.bz2", bz2.compress(data)))


PAGE_TEXT = st.lists(st.sampled_from(list("ab {}[]|=<>'&;\n") + ["{{publish}}", "{{date|May 1, 2020}}",
                                                                 "[[Category:Published]]", "== Sources =="]),
                     max_size=30).map("".join)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["0", "1", "x"]), PAGE_TEXT), max_size=5), st.integers(0, 2000))
def test_export_pages_and_truncation(pages, cut):
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    xml = '<mediawiki xml:lang="en">' + "".join(
        f"<page><title>P{i}</title><ns>{ns}</ns><revision><text>{esc(t)}</text></revision></page>"
        for i, (ns, t) in enumerate(pages)) + "</mediawiki>"
    items = _read("d.xml", xml.encode("utf-8"))
    _check(items)
    read = [i for i in items if not isinstance(i, Note)]
    published = [i for i in read if isinstance(i, Article)]
    assert len(read) == len(published) + sum(isinstance(i, Rejection) for i in read)
    # a page that is published and dated is an article; its text never shows wiki markup for templates
    for article in published:
        assert "{{" not in article.text and article.license == "CC-BY-2.5"
    _check(_read("d.xml.bz2", bz2.compress(xml.encode("utf-8"))[:cut]))
