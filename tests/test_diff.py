"""Row diffs between two packages: by primary key, nulls compared right, zips as inputs, decisions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from newscoder.cli import cli
from newscoder.diff import diff_paths
from newscoder.publish import publish
from test_build import STORIES, write_corpus
from test_publish import CREATED, SOURCES, sample_tables

SEED_RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def make_package(where: Path, tables=None) -> Path:
    publish(tables or sample_tables(), where / "data", where / "datapackage.json", sources=SOURCES,
            version="0.1.0", created=CREATED)
    return where / "datapackage.json"


def changed_tables():
    """Sample tables with one value filled, one emptied, one changed, one row removed and one added."""
    t = sample_tables()
    q = t["quotes"]
    q.loc[q.quote_id == "quo_1", "speaker_text"] = "Trump"       # empty -> value
    q.loc[q.quote_id == "quo_2", "speaker_char_start"] = None    # value -> empty
    q.loc[q.quote_id == "quo_2", "confidence"] = 0.95            # value -> value
    t["mentions"] = t["mentions"][t["mentions"].mention_id != "men_a"]
    extra = t["actors"].iloc[[2]].assign(actor_id="act_mexico", name="Mexico", country_iso3="MEX")
    t["actors"] = pd.concat([t["actors"], extra], ignore_index=True)
    return t


@pytest.fixture
def two(tmp_path):
    return make_package(tmp_path / "old"), make_package(tmp_path / "new", changed_tables())


def test_rows_added_removed_and_modified_by_primary_key(two):
    old, new = two
    d = diff_paths(old, new)
    assert d.counts()["quotes"] == {"added": 0, "removed": 0, "modified": 2}
    assert d.counts()["mentions"] == {"added": 0, "removed": 1, "modified": 0}
    assert d.counts()["actors"] == {"added": 1, "removed": 0, "modified": 0}
    assert d.counts()["events"] == {"added": 0, "removed": 0, "modified": 0}
    mods = d.details[d.details.change == "modified"].set_index(["key", "column"])
    assert mods.loc[("quo_1", "speaker_text"), ["old_value", "new_value"]].tolist() == [None, "Trump"]
    assert mods.loc[("quo_2", "speaker_char_start"), ["old_value", "new_value"]].tolist() == ["543", None]
    assert mods.loc[("quo_2", "confidence"), ["old_value", "new_value"]].tolist() == ["0.9", "0.95"]
    # a null on both sides is no change: quo_1 has no speaker id in either package
    assert ("quo_1", "speaker_actor_id") not in mods.index
    assert d.tables["quotes"].changed_columns == {"speaker_text": 1, "speaker_char_start": 1, "confidence": 1}
    removed = d.details[d.details.change == "removed"]
    assert removed[["table", "key"]].values.tolist() == [["mentions", "men_a"]]
    assert d.level() == "minor"


def test_identical_packages_have_no_changes(tmp_path):
    d = diff_paths(make_package(tmp_path / "a"), make_package(tmp_path / "b"))
    assert d.is_empty() and d.level() == "patch"
    assert all(c == {"added": 0, "removed": 0, "modified": 0} for c in d.counts().values())


def test_cli_json_and_out_files(two, tmp_path):
    old, new = two
    out = tmp_path / "changes"
    result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--json", "--out", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert counts["quotes"] == {"added": 0, "removed": 0, "modified": 2}
    assert set(counts) == {"articles", "article_texts", "actors", "actor_aliases", "mentions", "quotes", "events"}
    csv = pd.read_csv(out / "diff.csv", dtype=str, keep_default_na=False)
    parquet = pd.read_parquet(out / "diff.parquet")
    assert len(csv) == len(parquet) == 5  # 1 added actor, 1 removed mention, 3 modified values
    row = csv[(csv.key == "quo_1") & (csv.column == "speaker_text")].iloc[0]
    assert (row.old_value, row.new_value) == ("", "Trump")
    assert json.loads((out / "summary.json").read_text())["level"] == "minor"


def test_text_report_names_the_changed_values(two):
    old, new = two
    result = CliRunner().invoke(cli, ["diff", str(old), str(new)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "quotes quo_1 speaker_text: (empty) -> 'Trump'" in result.output
    assert "a minor change" in result.output


def test_release_zips_diff_like_their_packages(two, tmp_path):
    old, new = two
    root = tmp_path / "root"
    root.mkdir()
    repo = Path(__file__).resolve().parents[1]
    for name in ("CITATION.cff", "CHANGELOG.md", "LICENSE"):
        shutil.copy(repo / name, root / name)
    for version, package in (("1.0.0", old), ("1.1.0", new)):
        result = CliRunner().invoke(cli, ["release", version, "--package", str(package), "--root", str(root),
                                          "--out", str(root / "dist"), "--date", "2026-12-01"],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
    from_zips = diff_paths(root / "dist" / "newscoder-data-1.0.0.zip", root / "dist" / "newscoder-data-1.1.0.zip")
    assert from_zips.counts() == diff_paths(old, new).counts()
    assert (from_zips.old_version, from_zips.new_version) == ("1.0.0", "1.1.0")


def test_schema_changes_are_reported(tmp_path):
    old = make_package(tmp_path / "a")
    new = make_package(tmp_path / "b")
    data = json.loads(new.read_text())
    events = next(r for r in data["resources"] if r["name"] == "events")
    field = next(f for f in events["schema"]["fields"] if f["name"] == "location_text")
    field["constraints"] = {"required": True}
    new.write_text(json.dumps(data))
    d = diff_paths(old, new)
    assert [(c.level, c.table, c.message) for c in d.schema] == [
        ("major", "events", "field `location_text`: required False -> True")]
    assert d.level() == "major"


def test_review_decisions_explain_a_change(tmp_path):
    """When rows name their decisions (decision_ids) and a decisions file is given, the diff says why."""
    old = make_package(tmp_path / "a")
    new = make_package(tmp_path / "b", changed_tables())
    # name a decision in the new quotes' decision_ids column, as the review stage does
    data = json.loads(new.read_text())
    quotes = next(r for r in data["resources"] if r["name"] == "quotes")
    assert "decision_ids" in [f["name"] for f in quotes["schema"]["fields"]]
    quotes.pop("newscoder:parquet")
    csv = new.parent / quotes["path"]
    frame = pd.read_csv(csv, dtype=str, keep_default_na=False)
    frame["decision_ids"] = ["dec_0001", ""]
    frame.to_csv(csv, index=False)
    new.write_text(json.dumps(data))
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("decision_id,action,reason,reviewer\n"
                         "dec_0001,correct,speaker named in the next sentence,ana\n", encoding="utf-8")
    d = diff_paths(old, new, decisions)
    mods = d.details[d.details.change == "modified"].set_index(["key", "column"])
    assert mods.loc[("quo_1", "speaker_text"), "decisions"] == (
        "dec_0001: correct; speaker named in the next sentence; ana")
    assert pd.isna(mods.loc[("quo_2", "confidence"), "decisions"])
    # without the file the diff still runs; the ids stay, the explanations are empty
    bare = diff_paths(old, new)
    assert bare.details["decisions"].isna().all()
    assert "dec_0001" in set(bare.details["decision_ids"].dropna())


@pytest.mark.slow
def test_diff_without_the_seed_article_removes_exactly_its_rows(tmp_path, nlp):
    """The Done-when check: a build with the seed and a few stories against the same build without the
    seed: the seed's article and its rows are removed, nothing is added, no other row changes."""  # noqa: E501
    from test_build import run

    stories = dict(list(STORIES.items())[:3])
    raw = write_corpus(tmp_path / "raw", stories)  # one folder, so source paths are the same in both builds
    shutil.copy(next(SEED_RAW.glob("000_*.txt")), raw / "000_seed.txt")
    run(raw, tmp_path / "full", None)
    (raw / "000_seed.txt").unlink()
    run(raw, tmp_path / "less", None)
    full, less = tmp_path / "full" / "datapackage.json", tmp_path / "less" / "datapackage.json"
    d = diff_paths(full, less)
    counts = d.counts()
    assert all(c["added"] == 0 for c in counts.values()), counts
    articles = pd.read_csv(tmp_path / "full" / "data" / "articles.csv")
    seed_id = articles.loc[articles.external_id == "000_seed", "article_id"].item()
    assert d.details[d.details.table == "articles"][["change", "key"]].values.tolist() == [["removed", seed_id]]
    for table, key in (("mentions", "mention_id"), ("quotes", "quote_id"), ("events", "event_id")):
        rows = pd.read_csv(tmp_path / "full" / "data" / f"{table}.csv")
        seed_rows = set(rows.loc[rows.article_id == seed_id, key])
        assert seed_rows, table
        removed = set(d.details.loc[(d.details.table == table) & (d.details.change == "removed"), "key"])
        assert removed == seed_rows, table
        assert counts[table]["modified"] == 0, table
    # actors seen in other articles too stay, with only their counts and seen dates changed
    assert counts["actors"]["removed"] > 0
    assert set(d.tables["actors"].changed_columns) <= {"n_mentions", "n_articles", "first_seen_date",
                                                       "last_seen_date"}
