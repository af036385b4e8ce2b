"""End to end: build the dataset from the seed article and a folder of mixed inputs, then read it back
the ways a user would (pandas, newscoder.load, validate, cite)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import newscoder
from newscoder.cli import cli
from newscoder.schema import TABLES

ROOT = Path(__file__).parents[1]
SEED = ROOT / "data" / "raw" / "000_df562d561251218f.txt"


@pytest.fixture(scope="module")
def seed_raw(tmp_path_factory) -> Path:
    """A raw folder holding the seed article alone (data/raw also holds the Wikinews corpus: slow here)."""
    folder = tmp_path_factory.mktemp("seed_raw")
    shutil.copy(SEED, folder / SEED.name)
    return folder
MIXED = Path(__file__).parent / "fixtures" / "mixed_inputs"


def run_build(raw: Path, dest: Path) -> tuple[Path, Path]:
    data, package = dest / "data", dest / "datapackage.json"
    result = CliRunner().invoke(
        cli, ["build", "--raw", str(raw), "--out", str(data), "--package", str(package), "--no-validate"],
        catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return data, package


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory, nlp, seed_raw):
    return run_build(seed_raw, tmp_path_factory.mktemp("seed"))


def test_seed_actors_are_each_there_once(seed_build):
    data, _ = seed_build
    actors = pd.read_csv(data / "actors.csv")
    for name in ["Donald Trump", "Mike Hammer", "Claudia Sheinbaum", "Marco Rubio", "Nicolas Maduro"]:
        assert (actors["name"] == name).sum() == 1, name
    assert not actors["name"].isin(["Mar", "@USembcuba", "ZERO", "X"]).any()
    trump = actors.set_index("name").loc["Donald Trump"]
    assert (trump["actor_type"], trump["country_iso3"]) == ("person", "USA")


def test_seed_quote_speakers_are_resolved(seed_build):
    data, _ = seed_build
    quotes = newscoder.load("quotes", data)
    actors = newscoder.load("actors", data).set_index("actor_id")["name"]
    speaker = quotes.set_index("quote_text")["speaker_actor_id"].map(actors)
    assert speaker["NO MORE OIL OR MONEY FOR CUBA: ZERO!"] == "Donald Trump"
    assert speaker["We never discussed with President Trump the issue of oil with Cuba,"] == "Claudia Sheinbaum"
    assert not quotes["quote_text"].str.contains("No more oil").any()  # the crosshead is not a quote


def test_every_table_reads_with_plain_pandas_and_with_load(seed_build):
    data, _ = seed_build
    for name in TABLES:
        csv = pd.read_csv(data / f"{name}.csv")
        parquet = pd.read_parquet(data / f"{name}.parquet")
        typed = newscoder.load(name, data)
        # the seed (AFP, no open licence) has its rows published but not its text
        assert len(csv) == len(parquet) == len(typed) > 0 or name == "article_texts" and len(typed) == 0, name
        assert list(csv.columns) == list(typed.columns), name
    events = newscoder.load("events", data)
    assert pd.api.types.is_datetime64_any_dtype(events["event_date"])
    assert isinstance(events["modality"].dtype, pd.CategoricalDtype)
    assert str(newscoder.load("quotes", data)["speaker_char_start"].dtype) == "Int64"
    articles = newscoder.load("articles", data)
    assert articles["published_date"].iloc[0] == pd.Timestamp("2026-02-02")


def test_the_built_package_is_valid(seed_build, seed_raw):
    data, package = seed_build
    result = CliRunner().invoke(cli, ["validate", str(package), "--raw", str(seed_raw), "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["valid"] is True


def test_frictionless_reference_validator_passes(seed_build):
    from frictionless import validate

    _, package = seed_build
    assert validate(str(package)).valid


def test_building_twice_gives_byte_identical_files(seed_build, seed_raw, tmp_path):
    data, package = seed_build
    again_data, again_package = run_build(seed_raw, tmp_path)
    for name in TABLES:
        for ext in ("csv", "parquet"):
            assert (data / f"{name}.{ext}").read_bytes() == (again_data / f"{name}.{ext}").read_bytes(), name
    assert package.read_bytes() == again_package.read_bytes()
    assert (data / "build_report.json").read_bytes() == (again_data / "build_report.json").read_bytes()


def test_cite_one_quote_with_its_article(seed_build):
    data, _ = seed_build
    quotes = pd.read_csv(data / "quotes.csv")
    row = quotes[quotes["quote_text"] == "NO MORE OIL OR MONEY FOR CUBA: ZERO!"].iloc[0]
    out = CliRunner().invoke(cli, ["cite", "--row", row["quote_id"], "--data", str(data)],
                             catch_exceptions=False).output
    assert "Donald Trump" in out and "2026-02-02" in out and "Version 0.1.0" in out


def test_mixed_inputs_build_the_good_ones_and_report_the_bad(tmp_path, nlp):
    raw = tmp_path / "raw"
    shutil.copytree(MIXED, raw)
    data, _ = run_build(raw, tmp_path)
    report = json.loads((data / "build_report.json").read_text())
    assert report["articles_published"] == 5
    assert report["articles_rejected"] == 5
    assert report["rejected_by_reason"] == {"duplicate-text": 1, "empty": 1, "malformed-json": 1, "no-date": 1,
                                            "not-utf8": 1}
    assert {Path(r["path"]).name for r in report["rejections"]} == {"binary.txt", "empty.txt", "wire.jsonl"}
    articles = pd.read_csv(data / "articles.csv")
    assert sorted(articles["external_id"]) == ["good", "md-1", "page", "story-7", "wire-1"]


def test_validate_cli_exits_1_with_a_report_for_a_corrupted_table(seed_build, seed_raw, tmp_path):
    data, package = seed_build
    copy = tmp_path / "pkg"
    shutil.copytree(data, copy / "data")
    shutil.copy(package, copy / "datapackage.json")
    events = (copy / "data" / "events.csv").read_text(encoding="utf-8")
    (copy / "data" / "events.csv").write_text(events.replace(",asserted,", ",rumoured,", 1), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(copy / "datapackage.json"), "--raw", str(seed_raw), "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["valid"] is False
    assert any(e["table"] == "events" and e["field"] == "modality" for e in report["errors"])


# ---------------------------------------------------------------- cite one row of every kind in every format
def _row_of(data: Path, kind: str) -> tuple[str, str]:
    """The id of one row of a kind, and the words its citation must name."""
    actors = pd.read_csv(data / "actors.csv", dtype=str, keep_default_na=False)
    name = dict(zip(actors["actor_id"], actors["name"], strict=True))
    if kind == "quote":
        q = pd.read_csv(data / "quotes.csv", dtype=str, keep_default_na=False)
        row = q[q["quote_text"] == "NO MORE OIL OR MONEY FOR CUBA: ZERO!"].iloc[0]
        return row["quote_id"], "NO MORE OIL OR MONEY FOR CUBA: ZERO!"
    if kind == "event":
        e = pd.read_csv(data / "events.csv", dtype=str, keep_default_na=False)
        row = e[(e["trigger"] == "threatening") & (e["cameo_code"] == "130")].iloc[0]
        return row["event_id"], f"{name[row['source_actor_id']]} -> {name[row['target_actor_id']]}, 2026-01-29"
    if kind == "actor":
        row = actors[actors["name"] == "Claudia Sheinbaum"].iloc[0]
        return row["actor_id"], "Actor Claudia Sheinbaum (person, MEX)"
    m = pd.read_csv(data / "mentions.csv", dtype=str, keep_default_na=False)
    row = m[m["text"] == "Mike Hammer"].iloc[0]
    return row["mention_id"], "Mention \u201cMike Hammer\u201d"


def _cite(data: Path, row_id: str, fmt: str) -> str:
    result = CliRunner().invoke(cli, ["cite", "--row", row_id, "--format", fmt, "--data", str(data)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("kind", ["quote", "event", "actor", "mention"])
def test_cite_row_apa(seed_build, kind):
    data, _ = seed_build
    row_id, what = _row_of(data, kind)
    out = _cite(data, row_id, "apa")
    assert what in out
    assert "Source: " in out and "2026-02-02" in out  # the article the row was read from
    assert "(Version 0.1.0) [Data set]" in out and f"({row_id})" in out


@pytest.mark.parametrize("kind", ["quote", "event", "actor", "mention"])
def test_cite_row_bibtex(seed_build, kind):
    data, _ = seed_build
    row_id, what = _row_of(data, kind)
    out = _cite(data, row_id, "bibtex")
    assert out.startswith(f"@misc{{{row_id},\n") and out.rstrip().endswith("}")
    title = next(line for line in out.splitlines() if line.startswith("  title = {"))
    assert what in title
    assert "  year = {2026}" in out and "newscoder dataset v0.1.0" in out


@pytest.mark.parametrize("kind", ["quote", "event", "actor", "mention"])
def test_cite_row_cff(seed_build, kind):
    import yaml

    data, _ = seed_build
    row_id, what = _row_of(data, kind)
    cff = yaml.safe_load(_cite(data, row_id, "cff"))
    assert (cff["cff-version"], cff["type"], cff["version"]) == ("1.2.0", "dataset", "0.1.0")
    assert what in cff["message"]
    table = {"quote": "quotes", "event": "events", "actor": "actors", "mention": "mentions"}[kind]
    assert cff["identifiers"] == [{"type": "other", "value": row_id, "description": f"{table} row"}]
    assert cff["references"][0]["date-published"] == "2026-02-02"


def test_cite_row_that_is_not_in_the_table_is_a_clear_error(seed_build):
    data, _ = seed_build
    result = CliRunner().invoke(cli, ["cite", "--row", "evt_0000000000000000", "--data", str(data)],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert "no row evt_0000000000000000 in" in result.output and "events.csv" in result.output
