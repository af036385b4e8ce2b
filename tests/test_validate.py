"""Tests of `newscoder validate`: a small valid package passes; each kind of corruption is reported with
its error type and row, and nothing raises."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newscoder.ingest import read_inputs
from newscoder.publish import publish
from newscoder.records import Article
from newscoder.validate import ValidationReport, validate_package

BODY = (
    "US President Donald Trump said Sunday that Washington was negotiating with Havana's leadership "
    "to strike a deal.\n\n\"Cuba is a failing nation,\" Trump told reporters."
)
VERSION = "0.1.0"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _tables(article: Article) -> dict[str, pd.DataFrame]:
    """All six tables for one article, by hand: two actors, three mentions, one quote, one event."""
    text, aid = article.text, article.article_id
    sent0 = text[: text.index("\n\n")]
    sent1 = text[text.index("\n\n") + 2:]
    prov = {"extractor_version": VERSION}
    articles = pd.DataFrame([{
        "article_id": aid, "external_id": article.external_id, "title": None, "publisher": "AFP",
        "byline": None, "url": None, "published_date": "2026-02-02", "language": "en",
        "word_count": article.word_count, "text_sha256": article.text_sha256,
        "source_path": article.source_path, "source_format": "txt", "source_sha256": article.source_sha256,
        "license": None, "attribution": None,
    }])
    actors = pd.DataFrame([
        {"actor_id": "act_usa", "name": "United States", "actor_type": "state", "country_iso3": "USA",
         "country_basis": "name", "role": None, "parent_actor_id": None, "wikidata_id": "Q30", "is_registered": True,
         "n_mentions": 1, "n_articles": 1, "first_seen_date": "2026-02-02", "last_seen_date": "2026-02-02"},
        {"actor_id": "act_donald_trump", "name": "Donald Trump", "actor_type": "person",
         "country_iso3": "USA", "country_basis": "registry",
         "role": "US President", "parent_actor_id": "act_usa", "wikidata_id": "Q22686",
         "is_registered": True,
         "n_mentions": 2, "n_articles": 1, "first_seen_date": "2026-02-02", "last_seen_date": "2026-02-02"},
    ])
    aliases = pd.DataFrame([
        {"actor_id": "act_donald_trump", "alias": "Trump"},
        {"actor_id": "act_donald_trump", "alias": "Donald Trump"},
        {"actor_id": "act_usa", "alias": "Washington"},
    ])
    mentions = pd.DataFrame([
        {"mention_id": f"men_{i}", "article_id": aid, "actor_id": actor, "text": words,
         "char_start": _span(text, words)[0], "char_end": _span(text, words)[1], "mention_kind": kind,
         "sentence_index": sent, "evidence": ev, "extractor": "newscoder.extract.mentions", **prov}
        for i, (actor, words, kind, sent, ev) in enumerate([
            ("act_donald_trump", "Donald Trump", "name", 0, sent0),
            ("act_usa", "Washington", "metonym", 0, sent0),
            ("act_donald_trump", "Trump told", "name", 1, sent1),
        ])
    ])
    mentions.loc[2, ["text", "char_end"]] = ["Trump", mentions.loc[2, "char_start"] + len("Trump")]
    q_start, q_end = _span(text, "Cuba is a failing nation,")
    s_start, s_end = _span(text, "Trump told")
    s_end = s_start + len("Trump")
    c_start, c_end = _span(text, "told")
    quotes = pd.DataFrame([{
        "quote_id": "quo_1", "attribution_id": "quo_1", "article_id": aid, "speaker_actor_id": "act_donald_trump",
        "speaker_text": "Trump",
        "speaker_char_start": s_start, "speaker_char_end": s_end, "cue": "told", "cue_char_start": c_start,
        "cue_char_end": c_end, "via_actor_id": None, "via_text": None, "quote_type": "direct",
        "quote_text": "Cuba is a failing nation,",
        "sentence_index": 1, "confidence": 0.9, "review_status": "unreviewed", "char_start": q_start,
        "char_end": q_end, "evidence": sent1, "extractor": "newscoder.extract.quotes", **prov,
    }])
    t_start, t_end = _span(text, "negotiating")
    e_start, e_end = _span(text, "Washington was negotiating with Havana's leadership")
    events = pd.DataFrame([{
        "event_id": "evt_1", "article_id": aid, "source_actor_id": "act_usa", "target_actor_id": None,
        "target_text": None,
        "cameo_code": "046", "plover_type": "CONSULT", "trigger": "negotiating",
        "trigger_char_start": t_start,
        "trigger_char_end": t_end, "modality": "planned", "event_date": "2026-02-01", "date_precision": "day",
        "date_text": "Sunday", "date_basis": "relative", "location_text": None, "location_country_iso3": None,
        "sentence_index": 0, "confidence": 0.7, "review_status": "unreviewed", "char_start": e_start,
        "char_end": e_end, "evidence": sent0, "extractor": "newscoder.extract.events", **prov,
    }])
    return {"articles": articles, "actors": actors, "actor_aliases": aliases, "mentions": mentions,
            "quotes": quotes, "events": events}


def _write_package(root: Path, *, tables=None, raw_body: str = BODY) -> tuple[Path, Path]:
    """Publish the six tables into `root`; returns (datapackage.json, raw folder)."""
    raw = root / "data" / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "x.txt").write_text("date 2026-02-02\n" + raw_body + "\n", encoding="utf-8")
    article = next(item for item in read_inputs([raw]) if isinstance(item, Article))
    (root / "pyproject.toml").write_text(f'[project]\nname = "newscoder"\nversion = "{VERSION}"\n')
    (root / "CITATION.cff").write_text(f'cff-version: 1.2.0\ntitle: newscoder\nversion: "{VERSION}"\n')
    package = root / "datapackage.json"
    built = _tables(article)
    if tables:
        built = tables(built)
    publish(built, root / "data", package, sources=[{"path": "data/raw/x.txt"}], version=VERSION,
            created="2026-02-02T00:00:00Z")
    return package, raw


# --- corrupting a published copy ----------------------------------------------------------------------


def _refresh_hashes(package: Path) -> None:
    """Re-declare bytes and hashes after a deliberate corruption, so that only the corruption is found."""
    desc = json.loads(package.read_text(encoding="utf-8"))
    for res in desc["resources"]:
        for item in (res, res["newscoder:parquet"]):
            data = (package.parent / item["path"]).read_bytes()
            item["bytes"] = len(data)
            item["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    package.write_text(json.dumps(desc, indent=2), encoding="utf-8")


def _edit_csv(package: Path, table: str, edit) -> None:
    path = package.parent / "data" / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows = edit(rows) or rows
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _edit_parquet(package: Path, table: str, edit) -> None:
    path = package.parent / "data" / f"{table}.parquet"
    pq.write_table(edit(pq.read_table(path)), path)


def _set_enum_cell(table: pa.Table, column: str, row: int, value: str) -> pa.Table:
    """The table with one enum (dictionary) cell set to a value outside the enum."""
    col = table.column(column).combine_chunks()
    values = col.dictionary.to_pylist() + [value]
    indices = col.indices.to_pylist()
    indices[row] = len(values) - 1
    new = pa.DictionaryArray.from_arrays(pa.array(indices, pa.int32()), pa.array(values, pa.string()))
    return table.set_column(table.schema.get_field_index(column), table.schema.field(column), new)


def _find(report: ValidationReport, type_: str, table: str | None = None, row: int | None = None,
          file_suffix: str | None = None):
    return [e for e in report.errors if e.type == type_ and (table is None or e.table == table)
            and (row is None or e.row == row)
            and (file_suffix is None or (e.file or "").endswith(file_suffix))]


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("published")
    _write_package(root)
    return root


@pytest.fixture
def copy(published, tmp_path) -> tuple[Path, Path]:
    """A fresh copy of the valid package to corrupt: (datapackage.json, raw folder)."""
    root = tmp_path / "pkg"
    shutil.copytree(published, root)
    return root / "datapackage.json", root / "data" / "raw"


# --- tests ---------------------------------------------------------------------------------------------


def test_valid_package_passes_every_check(copy):
    package, raw = copy
    report = validate_package(package, raw)
    assert report.errors == []
    assert report.valid is True
    assert report.stats["rows"] == {"articles": 1, "article_texts": 0, "actors": 2, "actor_aliases": 3, "mentions": 3,
                                    "quotes": 1, "events": 1}
    assert set(report.stats["seconds"]) == {"hashes", "versions", "frictionless", "parquet", "csv_parquet",
                                            "spans", "formulas"}
    assert report.stats["raw"] == {"articles": 1, "rejected": 0}
    assert json.loads(report.to_json())["valid"] is True
    assert report.format_text().startswith("VALID")


def test_dangling_foreign_key(tmp_path):
    def dangle(tables):
        tables["events"].loc[0, "target_actor_id"] = "act_nobody"
        return tables

    package, raw = _write_package(tmp_path, tables=dangle)
    report = validate_package(package, raw)
    assert report.valid is False
    assert {e.type for e in report.errors} == {"foreign-key"}
    for suffix in ("events.csv", "events.parquet"):  # frictionless on the CSV, ours on the Parquet
        [err] = _find(report, "foreign-key", "events", row=1, file_suffix=suffix)
        assert err.field == "target_actor_id"
    assert "act_nobody" in _find(report, "foreign-key", file_suffix="parquet")[0].message


def test_dangling_parent_actor_is_a_self_reference(tmp_path):
    def dangle(tables):
        tables["actors"].loc[1, "parent_actor_id"] = "act_nowhere"  # act_donald_trump, row 1 once sorted
        return tables

    package, _ = _write_package(tmp_path, tables=dangle)
    report = validate_package(package, frictionless_check=False)
    [err] = _find(report, "foreign-key", "actors", row=1)
    assert err.field == "parent_actor_id"


def test_duplicate_primary_key(copy):
    package, raw = copy
    _edit_csv(package, "actor_aliases", lambda rows: rows + [rows[0]])
    _edit_parquet(package, "actor_aliases", lambda t: pa.concat_tables([t, t.slice(0, 1)]))
    _refresh_hashes(package)
    report = validate_package(package, raw)
    assert report.valid is False
    assert {e.type for e in report.errors} == {"primary-key"}
    for suffix in ("actor_aliases.csv", "actor_aliases.parquet"):
        [err] = _find(report, "primary-key", "actor_aliases", row=4, file_suffix=suffix)
        assert err.field == "actor_id,alias"


def test_bad_enum(copy):
    package, raw = copy

    def bogus(rows):
        rows[0]["quote_type"] = "rumour"

    _edit_csv(package, "quotes", bogus)
    _edit_parquet(package, "quotes", lambda t: _set_enum_cell(t, "quote_type", 0, "rumour"))
    _refresh_hashes(package)
    report = validate_package(package, raw)
    assert report.valid is False
    assert {e.type for e in report.errors} == {"constraint-error"}
    for suffix in ("quotes.csv", "quotes.parquet"):
        [err] = _find(report, "constraint-error", "quotes", row=1, file_suffix=suffix)
        assert err.field == "quote_type"
        assert "rumour" in err.message


def test_malformed_date_in_csv(copy):
    package, raw = copy

    def bad_date(rows):
        rows[0]["published_date"] = "2026-02-30"

    _edit_csv(package, "articles", bad_date)
    _refresh_hashes(package)
    report = validate_package(package, raw)
    assert {e.type for e in report.errors} == {"type-error", "csv-parquet-mismatch"}
    [err] = _find(report, "type-error", "articles", row=1)
    assert err.field == "published_date"
    [err] = _find(report, "csv-parquet-mismatch", "articles", row=1)
    assert err.field == "published_date"
    assert "'2026-02-30'" in err.message and "'2026-02-02'" in err.message


def test_date_stored_as_text_in_parquet(copy):
    package, raw = copy

    def as_text(table):
        i = table.schema.get_field_index("published_date")
        return table.set_column(i, "published_date", pa.array(["2026-02-02"], pa.string()))

    _edit_parquet(package, "articles", as_text)
    _refresh_hashes(package)
    report = validate_package(package, raw, frictionless_check=False)
    [err] = _find(report, "type-error", "articles", file_suffix="articles.parquet")
    assert err.field == "published_date" and err.row is None
    assert "date32" in err.message


def test_span_that_does_not_match_its_article(tmp_path):
    def shift(tables):
        tables["mentions"].loc[0, "char_start"] += 1  # men_0 "Donald Trump": row 1 once sorted
        return tables

    package, raw = _write_package(tmp_path, tables=shift)
    report = validate_package(package, raw)
    assert {e.type for e in report.errors} == {"span-mismatch"}
    [err] = _find(report, "span-mismatch", "mentions", row=1)
    assert err.field == "text"
    assert "'onald Trump'" in err.message
    # without the raw folder the spans cannot be checked, and the package is otherwise valid
    report = validate_package(package)
    assert report.valid is True
    assert "spans" in report.stats["skipped"]


def test_speaker_span_checked_too(tmp_path):
    def shift(tables):
        tables["quotes"].loc[0, "speaker_text"] = "Trum"
        return tables

    package, raw = _write_package(tmp_path, tables=shift)
    [err] = _find(validate_package(package, raw, frictionless_check=False), "span-mismatch", "quotes", row=1)
    assert err.field == "speaker_text"


def test_second_hand_source_must_be_in_the_evidence(tmp_path):
    def via(tables):
        tables["quotes"].loc[0, ["via_actor_id", "via_text"]] = ["act_usa", "Washington"]  # not in sentence 1
        return tables

    package, raw = _write_package(tmp_path, tables=via)
    [err] = _find(validate_package(package, raw, frictionless_check=False), "span-mismatch", "quotes", row=1)
    assert err.field == "via_text" and "'Washington' is not in the row's evidence" in err.message

    def unnamed(tables):
        tables["quotes"].loc[0, "via_actor_id"] = "act_usa"  # a link with no words naming the source
        return tables

    package, raw = _write_package(tmp_path / "b", tables=unnamed)
    [err] = _find(validate_package(package, raw, frictionless_check=False), "span-mismatch", "quotes", row=1)
    assert err.field == "via_text" and "via_actor_id is 'act_usa' but via_text is empty" in err.message


def test_csv_and_parquet_rows_differ(copy):
    package, raw = copy

    def lower(rows):
        rows[0]["confidence"] = "0.8"

    _edit_csv(package, "quotes", lower)
    _refresh_hashes(package)
    report = validate_package(package, raw)
    assert [(e.type, e.table, e.row, e.field) for e in report.errors] == [
        ("csv-parquet-mismatch", "quotes", 1, "confidence")]
    assert "0.8" in report.errors[0].message and "0.9" in report.errors[0].message


def test_changed_raw_article(copy):
    package, raw = copy
    (raw / "x.txt").write_text("date 2026-02-02\n" + BODY.replace("deal", "Deal") + "\n", encoding="utf-8")
    report = validate_package(package, raw)
    assert report.valid is False
    [err] = _find(report, "article-changed", "articles", row=1)
    assert err.field == "text_sha256"
    # the evidence sentence holding the changed word no longer appears in the article
    assert _find(report, "evidence-mismatch", "mentions", row=1)


def test_missing_raw_article(copy):
    package, raw = copy
    (raw / "x.txt").unlink()
    report = validate_package(package, raw)
    assert [(e.type, e.table, e.row) for e in report.errors] == [("article-missing", "articles", 1)]


def test_missing_file_is_reported_not_raised(copy):
    package, raw = copy
    (package.parent / "data" / "events.parquet").unlink()
    (package.parent / "data" / "events.csv").unlink()
    report = validate_package(package, raw)
    assert report.valid is False
    assert {e.type for e in report.errors} == {"missing-file"}
    assert sorted(e.file for e in report.errors) == ["data/events.csv", "data/events.parquet"]


def test_missing_package(tmp_path):
    report = validate_package(tmp_path / "datapackage.json")
    assert [e.type for e in report.errors] == ["missing-file"]
    assert report.format_text().startswith("INVALID: 1 errors")


def test_unreadable_parquet(copy):
    package, raw = copy
    (package.parent / "data" / "quotes.parquet").write_bytes(b"not parquet")
    _refresh_hashes(package)
    report = validate_package(package, raw, frictionless_check=False)
    assert [(e.type, e.table) for e in report.errors] == [("parquet-error", "quotes")]


def test_hash_mismatch(copy):
    package, raw = copy
    with (package.parent / "data" / "actors.parquet").open("ab") as fh:
        fh.write(b"\0")
    report = validate_package(package, raw, frictionless_check=False)
    errors = _find(report, "hash-mismatch", "actors")
    assert len(errors) == 2  # bytes and hash
    assert all(e.file == "data/actors.parquet" for e in errors)


def test_version_mismatch(copy):
    package, raw = copy
    (package.parent / "CITATION.cff").write_text('cff-version: 1.2.0\nversion: "0.2.0"\n', encoding="utf-8")
    report = validate_package(package, raw, frictionless_check=False)
    [err] = report.errors
    assert (err.type, err.file) == ("version-mismatch", "CITATION.cff")
    assert "'0.2.0'" in err.message and "'0.1.0'" in err.message


def test_many_bad_rows_are_capped_and_counted():
    from newscoder.checks.base import MAX_ROW_ERRORS, Resource
    from newscoder.checks.parquet import check_table

    fields = [{"name": "n", "type": "integer", "constraints": {"required": True, "minimum": 0}}]
    res = Resource("t", {"schema": {"fields": fields}}, Path("t.csv"), Path("t.parquet"),
                   "t.csv", "t.parquet")
    errors = check_table(res, pa.table({"n": pa.array([-1] * 100 + [5], pa.int64())}))
    assert [e.row for e in errors[:MAX_ROW_ERRORS]] == list(range(1, MAX_ROW_ERRORS + 1))
    assert errors[-1].row is None and errors[-1].message.startswith(f"{100 - MAX_ROW_ERRORS} more rows")
    assert len(errors) == MAX_ROW_ERRORS + 1


def test_a_crashing_check_is_reported_and_the_others_still_run(copy, monkeypatch):
    import newscoder.validate as validate

    def boom(*args, **kwargs):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(validate, "check_hashes", boom)
    package, raw = copy
    report = validate.validate_package(package, raw, frictionless_check=False)
    [err] = report.errors
    assert err.type == "check-crashed" and "hashes" in err.message and "unexpected" in err.message
    assert report.stats["rows"]["mentions"] == 3  # the Parquet checks ran after it


def test_csv_with_line_breaks_in_cells_reads_past_the_first_block(tmp_path):
    # a quote over two paragraphs keeps its line break inside the cell; pyarrow reads a CSV in blocks of
    # 1 MB, and a block must never be cut inside such a cell
    from types import SimpleNamespace

    from newscoder.checks.parity import read_csv_text

    path = tmp_path / "quotes.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("quote_id,quote_text\n")
        for i in range(30_000):
            fh.write(f'quo_{i:06d},"First paragraph of quote {i}.\nSecond paragraph, ""quoted"" words."\n')
    assert path.stat().st_size > 2_000_000
    res = SimpleNamespace(fields=[{"name": "quote_id"}, {"name": "quote_text"}], csv_path=path, name="quotes",
                          csv_rel="data/quotes.csv")
    table, errors = read_csv_text(res)
    assert errors == []
    assert table.num_rows == 30_000
    last = table.column("quote_text")[29_999].as_py()
    assert last == 'First paragraph of quote 29999.\nSecond paragraph, "quoted" words.'
