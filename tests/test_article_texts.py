"""Licences per article, the published texts (article_texts), validation without the raw folder, and the
data card, on a small built corpus: two openly licensed articles and one with no licence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import newscoder
from newscoder.cli import cli
from newscoder.datacard import write_datacard
from newscoder.licenses import allows_redistribution, normalize_license
from newscoder.pipeline import build
from newscoder.validate import validate_package

REGISTRY = Path(__file__).resolve().parents[1] / "data" / "registry"
OPEN_CSV = (
    "url,date,title,text\n"
    'https://wiki.example/Port_strike,2024-03-05,Port strike ends,"Tuesday, March 5, 2024\n\n'
    'Dock workers in Rotterdam ended their strike on Monday, the union said. ""We have a deal,"" '
    'union leader Anna Berg told reporters."\n'
    'https://wiki.example/Summit,2024-04-02,Summit held,"Tuesday, April 2, 2024\n\n'
    'France and Germany signed a defence agreement in Paris on Monday, officials said."\n'
)
CLOSED = "date 2024-04-10\n\nThe Spanish prime minister said on Tuesday that Madrid would raise taxes.\n"


@pytest.fixture(scope="module")
def package(tmp_path_factory, nlp) -> Path:
    root = tmp_path_factory.mktemp("texts")
    raw = root / "data" / "raw"
    (raw / "wiki").mkdir(parents=True)
    (raw / "wiki" / "stories.csv").write_text(OPEN_CSV, encoding="utf-8")
    (raw / "wiki" / "_defaults.yaml").write_text('license: CC-BY-2.5\npublisher: Example Wiki\n'
                                                 'attribution: "Example Wiki, CC BY 2.5, {url}"\n', encoding="utf-8")
    (raw / "wiki" / "LICENSE.md").write_text("Creative Commons Attribution 2.5\n", encoding="utf-8")
    (raw / "wire.txt").write_text(CLOSED, encoding="utf-8")
    build(raw, root / "data", root / "datapackage.json", REGISTRY, show_progress=False, use_cache=False)
    return root / "datapackage.json"


def test_licence_ids_and_the_allow_list():
    assert normalize_license("CC BY 2.5") == "CC-BY-2.5"
    assert normalize_license("cc-by-sa-4.0") == "CC-BY-SA-4.0"
    assert normalize_license("CC0") == "CC0-1.0"
    assert normalize_license("Proprietary") == "Proprietary"
    assert [allows_redistribution(x) for x in ("CC-BY-2.5", "CC0-1.0", "public-domain")] == [True] * 3
    assert [allows_redistribution(x) for x in ("CC-BY-NC-4.0", "Proprietary", None)] == [False] * 3


def test_only_open_articles_have_their_text_published(package):
    data = package.parent / "data"
    articles = newscoder.load("articles", data).set_index("url")
    texts = newscoder.load("article_texts", data)
    rotterdam = articles.loc["https://wiki.example/Port_strike"]
    assert rotterdam["license"] == "CC-BY-2.5"
    assert rotterdam["attribution"] == "Example Wiki, CC BY 2.5, https://wiki.example/Port_strike"
    assert rotterdam["publisher"] == "Example Wiki"
    closed = newscoder.load("articles", data).query("source_format == 'txt'").iloc[0]
    assert pd.isna(closed["license"])
    open_ids = sorted(articles.loc[articles["license"].notna(), "article_id"])
    assert len(open_ids) == 2 and sorted(texts["article_id"]) == open_ids  # the two open ones only
    assert closed["article_id"] not in set(texts["article_id"])
    one = texts.set_index("article_id").loc[rotterdam["article_id"], "text"]
    assert one.startswith("Tuesday, March 5, 2024\n\nDock workers in Rotterdam ended their strike")
    quotes = newscoder.load("quotes", data)
    deal = quotes[quotes["quote_text"] == "We have a deal,"]
    assert len(deal) == 1 and one[deal["char_start"].iloc[0]:deal["char_end"].iloc[0]] == "We have a deal,"


def test_package_licences_and_report_show_the_mix(package):
    pkg = json.loads(package.read_text(encoding="utf-8"))
    names = [entry["name"] for entry in pkg["licenses"]]
    assert names == ["CC-BY-4.0", "CC-BY-2.5", "LicenseRef-all-rights-reserved"]
    assert "2 articles, published in article_texts" in pkg["licenses"][1]["newscoder:scope"]
    wiki = [s for s in pkg["sources"] if s["path"].endswith("stories.csv")]
    assert wiki[0]["newscoder:licenses"] == ["CC-BY-2.5"]
    report = json.loads((package.parent / "data" / "build_report.json").read_text(encoding="utf-8"))
    assert report["licenses"] == {"CC-BY-2.5": 2, "unknown": 1}
    assert {(Path(n["path"]).name, n["kind"]) for n in report["notes"]} == {
        ("LICENSE.md", "folder-note"), ("_defaults.yaml", "folder-defaults")}


def test_validate_without_raw_checks_spans_against_published_texts(package, tmp_path):
    copy = tmp_path / "download"
    shutil.copytree(package.parent, copy, ignore=shutil.ignore_patterns("raw", "docs"))
    assert not (copy / "data" / "raw").exists()
    report = validate_package(copy / "datapackage.json")
    assert report.valid, report.format_text()
    assert report.stats["published_texts"] == {"articles_checked": 2, "articles_without_text": 1}
    assert "spans" not in report.stats["skipped"]
    # edit one published text (and keep the file hashes right, as a careless re-export would)
    import pyarrow.parquet as pq

    table = pq.read_table(copy / "data" / "article_texts.parquet")
    texts = table.column("text").to_pylist()
    texts[0] = texts[0].replace("Monday", "Sunday", 1)
    edited = table.set_column(table.schema.get_field_index("text"), "text",
                              __import__("pyarrow").array(texts, type=table.schema.field("text").type))
    pq.write_table(edited, copy / "data" / "article_texts.parquet")
    report = validate_package(copy / "datapackage.json", frictionless_check=False)
    assert not report.valid
    changed = [e for e in report.errors if e.type == "article-changed"]
    assert changed and changed[0].table == "article_texts" and "was changed" in changed[0].message
    # and the CLI, run in the copy with no data/raw, says so with exit code 1
    result = CliRunner().invoke(cli, ["validate", str(copy / "datapackage.json"), "--raw", str(copy / "nope"),
                                      "--no-frictionless"], catch_exceptions=False)
    assert result.exit_code == 1 and "article-changed" in result.output


def test_data_card_is_written_with_charts_and_is_deterministic(package, tmp_path):
    docs = package.parent / "docs"
    card = (docs / "datacard.md").read_text(encoding="utf-8")
    assert "## Audited precision" in card and "Not yet audited" in card
    assert "| `article_texts` | 2 |" in card
    assert "## Licences" in card and "| CC-BY-2.5 | 2 |" in card
    charts = sorted(p.name for p in (docs / "img").glob("*.svg"))
    assert len(charts) >= 2 and "articles_per_month.svg" in charts
    assert not list((docs / "img").glob("*.png"))
    month = (docs / "img" / "articles_per_month.svg").read_text(encoding="utf-8")
    assert month.startswith("<svg ") and "Articles per month of publication" in month
    for name in charts:
        assert f"img/{name}" in card
    again = tmp_path / "docs"
    write_datacard(package, again)
    assert (again / "datacard.md").read_text(encoding="utf-8") == card
    for name in charts:
        assert (again / "img" / name).read_bytes() == (docs / "img" / name).read_bytes()


def test_data_card_reports_an_audit_when_the_package_has_one(package, tmp_path):
    root = tmp_path / "pkg"
    shutil.copytree(package.parent, root, ignore=shutil.ignore_patterns("raw", "docs"))
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    pkg["newscoder:audit"] = {"quotes": {
        "n": 50, "right": 43, "precision": 0.86, "ci_low": 0.738, "ci_high": 0.930, "borderline": 2,
        "sample_ids": ["audit-quotes-seed5"], "populations": {"audit-quotes-seed5": 1200},
        "rubric": {"is_attribution": {"yes": 48, "no": 2}, "speaker_ok": {"yes": 44, "no": 4}},
        "reviewers": ["A. Editor"]}}
    (root / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")
    card = write_datacard(root / "datapackage.json", root / "docs").read_text(encoding="utf-8")
    assert "Not yet audited" not in card
    assert "| `quotes` | 50 | 43 | 86.0 % | 73.8 % to 93.0 % | 2 | `audit-quotes-seed5` (of 1,200 rows) |" in card
    assert "- `quotes`: is_attribution: yes 48, no 2; speaker_ok: yes 44, no 4" in card
    assert "Judged by: A. Editor." in card
