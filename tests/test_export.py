"""SQLite and Excel exports: keys, full-text search, views; text stays text, never a formula or a link."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
import sqlite_utils
from click.testing import CliRunner

from newscoder.cli import cli
from newscoder.publish import publish
from newscoder.schema import TABLES
from test_publish import CREATED, SOURCES, sample_tables

FORMULA_LIKE = ["=SUM(A1:A9) was the figure he gave", "+1 point, she said", "-5 degrees at dawn",
                "@channel: we will not comment", '=HYPERLINK("http://example.org","click")']


def tricky_tables():
    """Quotes whose text begins like a spreadsheet formula, and a URL on the article."""
    t = sample_tables()
    t["quotes"].loc[t["quotes"].quote_id == "quo_1", "quote_text"] = FORMULA_LIKE[0]
    t["quotes"].loc[t["quotes"].quote_id == "quo_2", "quote_text"] = FORMULA_LIKE[4]
    t["actors"].loc[t["actors"].actor_id == "act_cuba", "role"] = FORMULA_LIKE[1]
    t["actors"].loc[t["actors"].actor_id == "act_usa", "role"] = FORMULA_LIKE[2]
    t["actor_aliases"].loc[0, "alias"] = FORMULA_LIKE[3]
    t["articles"]["url"] = "https://example.org/story"
    t["articles"]["title"] = "Talks on oil shipments"
    return t


def publish_tricky(root: Path) -> Path:
    """Publish `tricky_tables()` into `root`; returns its datapackage.json."""
    publish(tricky_tables(), root / "data", root / "datapackage.json", sources=SOURCES, version="0.1.0",
            created=CREATED)
    return root / "datapackage.json"


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return publish_tricky(tmp_path_factory.mktemp("pkg"))


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.*"))}


@pytest.fixture(scope="module")
def exported(package, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    before = _hashes(package.parent / "data")
    result = CliRunner().invoke(cli, ["export", "--package", str(package), "--sqlite", str(out / "n.db"),
                                      "--xlsx", str(out / "n.xlsx")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert _hashes(package.parent / "data") == before  # the canonical files are only read
    return out / "n.db", out / "n.xlsx"


def test_sqlite_has_keys_and_foreign_keys(exported):
    db = sqlite_utils.Database(exported[0])
    assert db["quotes"].pks == ["quote_id"]
    assert db["actor_aliases"].pks == ["actor_id", "alias"]
    fks = {(fk.column, fk.other_table, fk.other_column) for fk in db["events"].foreign_keys}
    assert fks == {("article_id", "articles", "article_id"), ("source_actor_id", "actors", "actor_id"),
                   ("target_actor_id", "actors", "actor_id")}
    assert {(fk.column, fk.other_table) for fk in db["actors"].foreign_keys} == {("parent_actor_id", "actors")}
    assert {t: db[t].count for t in TABLES} == {"articles": 1, "actors": 3, "actor_aliases": 4, "mentions": 2,
                                                 "quotes": 2, "events": 1, "article_texts": 0}
    conn = sqlite3.connect(exported[0])
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE quotes SET speaker_actor_id = 'act_nobody' WHERE quote_id = 'quo_2'")


def test_sqlite_full_text_search_finds_a_quote_by_a_word(exported):
    db = sqlite_utils.Database(exported[0])
    assert {"quotes_fts", "articles_fts", "actors_fts"} <= set(db.table_names())
    hits = [r["quote_id"] for r in db["quotes"].search("figure")]
    assert hits == ["quo_1"]
    assert [r["actor_id"] for r in db["actors"].search("Trump")] == ["act_donald_trump"]
    assert [r["article_id"] for r in db["articles"].search("shipments")] == ["art_89f2a3a01362d289"]


def test_sqlite_views_put_names_beside_ids(exported):
    db = sqlite_utils.Database(exported[0])
    quotes = {r["quote_id"]: r for r in db.query("SELECT * FROM quotes_named")}
    assert quotes["quo_2"]["speaker_name"] == "Donald Trump"
    assert quotes["quo_1"]["speaker_name"] is None  # no speaker: the row stays, with no name
    assert quotes["quo_2"]["article_title"] == "Talks on oil shipments"
    event = next(db.query("SELECT source_name, target_name, cameo_code, event_date FROM events_named"))
    assert event == {"source_name": "United States", "target_name": "Cuba", "cameo_code": "046",
                     "event_date": "2026-02-01"}


def test_xlsx_has_a_sheet_per_table_and_the_column_descriptions(exported):
    wb = openpyxl.load_workbook(exported[1])
    assert wb.sheetnames == ["columns", *TABLES]
    cols = wb["columns"]
    rows = [[c.value for c in r] for r in cols.iter_rows(min_row=2)]
    quote_type = next(r for r in rows if r[:2] == ["quotes", "quote_type"])
    assert quote_type[4] == "direct, indirect, mixed" and quote_type[3]
    for name in TABLES:
        assert wb[name].freeze_panes == "A2", name
        assert wb[name].max_row == 1 + {"articles": 1, "actors": 3, "actor_aliases": 4, "mentions": 2,
                                        "quotes": 2, "events": 1, "article_texts": 0}[name]


def test_xlsx_keeps_codes_as_text_and_dates_as_dates(exported):
    ws = openpyxl.load_workbook(exported[1])["events"]
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert row["cameo_code"].value == "046" and row["cameo_code"].data_type == "s"
    assert row["cameo_code"].number_format == "@"
    assert row["event_date"].value == dt.datetime(2026, 2, 1) and row["event_date"].is_date
    assert row["trigger_char_start"].value == 58 and row["confidence"].value == 0.7


def test_xlsx_never_has_a_formula_or_a_link(exported):
    wb = openpyxl.load_workbook(exported[1])
    values = []
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for c in r:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                assert c.hyperlink is None
                values.append(c.value)
    assert set(FORMULA_LIKE) <= set(values)  # the texts are there, as text
    assert "https://example.org/story" in values
    with zipfile.ZipFile(exported[1]) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        xml = b"".join(zf.read(n) for n in sheets)
    assert b"<f>" not in xml and b"<f " not in xml and b"hyperlink" not in xml
    assert b"HYPERLINK(" in xml  # as text


def test_export_needs_a_target(package):
    result = CliRunner().invoke(cli, ["export", "--package", str(package)])
    assert result.exit_code == 2 and "--sqlite PATH, --xlsx PATH or both" in result.output


def test_xlsx_shows_what_excel_cannot_hold(tmp_path):
    """A control character XML cannot hold, and a text longer than an Excel cell: shown, never dropped."""
    tables = sample_tables()
    tables["quotes"].loc[tables["quotes"].quote_id == "quo_1", "quote_text"] = "before\x0bafter"
    long_evidence = "The minister spoke for a long time. " * 1000  # 36,000 characters
    tables["quotes"].loc[tables["quotes"].quote_id == "quo_2", "evidence"] = long_evidence
    publish(tables, tmp_path / "data", tmp_path / "datapackage.json", sources=SOURCES, version="0.1.0",
            created=CREATED)
    result = CliRunner().invoke(cli, ["export", "--package", str(tmp_path / "datapackage.json"),
                                      "--xlsx", str(tmp_path / "n.xlsx")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(tmp_path / "n.xlsx")["quotes"]
    header = [c.value for c in ws[1]]
    rows = {r[0].value: dict(zip(header, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)}
    assert rows["quo_1"]["quote_text"] == "before\ufffdafter"
    cut = rows["quo_2"]["evidence"]
    assert len(cut) == 32_767 and cut.startswith("The minister spoke")
    assert cut.endswith("[cut: 36000 characters in all; the full text is in the CSV file (quotes.csv)]")
