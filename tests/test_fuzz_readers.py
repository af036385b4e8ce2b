"""Property-based fuzz tests of the readers (text, Markdown, JSON, JSONL, HTML): for any bytes, a reader
yields articles or rejections with a reason and a message, never an exception, and every record it read is
accounted for (read == published + rejected). No spaCy: only ingest runs."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscoder.ingest import Rejection, read_inputs
from newscoder.ingest.fields import sha256_text
from newscoder.pipeline import index_inputs
from newscoder.records import Article

FUZZ = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
REASON = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# ------------------------------------------------------------------ inputs: raw bytes, text, and near-valid files
words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
dates = st.one_of(st.just("2026-02-02"), st.just("20260202"), st.just("2026-02-30"), st.just("2026-02-02T10:00:00Z"),
                  words)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), words)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                                   st.dictionaries(words, inner, max_size=3)),
                           max_leaves=8)
fields = st.fixed_dictionaries({}, optional={"text": st.one_of(words, json_values),
                                             "date": st.one_of(dates, json_values), "id": json_values,
                                             "title": json_values, "url": words, "publisher": json_values,
                                             "language": json_values})
article_json = st.one_of(fields, json_values).map(lambda obj: json.dumps(obj, ensure_ascii=False))


def _bytes(shaped: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Random bytes, random text, or a near-valid file of the format (with a stray byte now and then)."""
    encoded = st.one_of(words, shaped).map(lambda s: s.encode("utf-8"))
    damaged = st.tuples(shaped, st.integers(0, 200), st.binary(min_size=1, max_size=3)).map(
        lambda t: (lambda b: b[:t[1]] + t[2] + b[t[1]:])(t[0].encode("utf-8")))
    return st.one_of(st.binary(max_size=300), encoded, shaped.map(lambda s: s.encode("utf-8")), damaged)


front_matter = st.builds(lambda meta, body: f"---\n{meta}\n---\n{body}",
                         st.one_of(st.builds(lambda d, t: f"date: {d}\ntitle: {t}", dates, words), words), words)
date_header = st.builds(lambda d, body: f"date {d}\n{body}", dates, words)
TEXT = _bytes(st.one_of(front_matter, date_header))
JSON = _bytes(article_json)
JSONL = _bytes(st.lists(st.one_of(article_json, words, st.just("")), max_size=5).map("\n".join))
HTML = _bytes(st.builds(
    lambda date, title, paras: (f'<html><head><meta property="article:published_time" content="{date}">'
                                f"<title>{title}</title></head><body><article>"
                                + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>"),
    dates, words, st.lists(words, max_size=4)))


# ------------------------------------------------------------------ the invariants
def _expected_records(suffix: str, data: bytes) -> int:
    """How many records a file holds: one per non-blank line of a readable JSONL file, else one."""
    if suffix != ".jsonl":
        return 1
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return 1
    if "\x00" in text:
        return 1
    return sum(1 for line in text.split("\n") if line.strip()) or 0


def _check_items(items: list, path: Path, strict: bool) -> None:
    for item in items:
        assert isinstance(item, Article | Rejection), type(item)
        if isinstance(item, Rejection):
            assert REASON.match(item.reason) and item.reason != "reader-error", item  # reader-error: a bug
            assert item.message.strip(), item
            assert item.path.endswith(path.name)
        else:
            assert item.text.strip() and item.text_sha256 == sha256_text(item.text)
            assert item.article_id.startswith("art_") and item.source_path.endswith(path.name)
            if strict:
                assert item.published_date is not None


def _read_one(suffix: str, data: bytes, strict: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        items = list(read_inputs([path], strict=strict))
        _check_items(items, path, strict)
        assert len(items) == _expected_records(suffix, data)  # read == published + rejected


@FUZZ
@given(TEXT, st.sampled_from([".txt", ".md"]), st.booleans())
def test_text_and_markdown_reader(data, suffix, strict):
    _read_one(suffix, data, strict)


@FUZZ
@given(JSON, st.booleans())
def test_json_reader(data, strict):
    _read_one(".json", data, strict)


@FUZZ
@given(JSONL, st.booleans())
def test_jsonl_reader(data, strict):
    _read_one(".jsonl", data, strict)


@settings(FUZZ, max_examples=60)
@given(HTML, st.booleans())
def test_html_reader(data, strict):
    _read_one(".html", data, strict)


@settings(FUZZ, max_examples=40)
@given(st.lists(st.tuples(st.sampled_from([".txt", ".md", ".json", ".jsonl"]),
                          st.one_of(TEXT, JSON, JSONL)), min_size=1, max_size=6),
       st.sampled_from([None, 40]))
def test_a_folder_of_bad_inputs_accounts_for_every_record(files, max_chars):
    """Duplicates, too-long texts and bad files together: the build's first pass counts every record once."""
    with tempfile.TemporaryDirectory() as tmp:
        for i, (suffix, data) in enumerate(files):
            (Path(tmp) / f"f{i}{suffix}").write_bytes(data)
        index = index_inputs(tmp, max_chars=max_chars)
        expected = sum(_expected_records(suffix, data) for suffix, data in files)
        assert index.n_articles + len(index.rejections) == expected
        assert all(REASON.match(r.reason) and r.message for r in index.rejections)
