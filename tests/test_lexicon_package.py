"""The lexicons as a described data package: scripts/newscoder/data/datapackage.json names every table's
columns, source and licence, and frictionless validates the tables against it."""

from __future__ import annotations

import json
import tomllib
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path

import frictionless
import pytest

DATA = Path(str(resources.files("newscoder") / "data"))
ROOT = Path(__file__).resolve().parents[1]
WRITTEN = "written for this project"


def _package() -> dict:
    return json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))


def test_lexicon_package_validates_with_frictionless():
    report = frictionless.validate(str(DATA / "datapackage.json"))
    errors = [f"{task.name}: {err.message}" for task in report.tasks for err in task.errors]
    assert report.valid, errors
    assert len(report.tasks) == len(_package()["resources"])


def test_every_data_file_is_described():
    described = {r["path"] for r in _package()["resources"]}
    tables = {p.name for p in DATA.iterdir() if p.suffix in (".csv", ".json") and p.name != "datapackage.json"}
    assert "event_lexicon.csv" in described and "timex_lexicon.json" in described
    assert tables - described == set(), "tables without a resource in data/datapackage.json"
    assert described - tables == set(), "resources without a file"


def test_every_table_has_a_source_a_licence_and_described_fields():
    for res in _package()["resources"]:
        name = res["name"]
        assert res.get("title") and res.get("description"), name
        assert res.get("licenses") and all(lic.get("name") for lic in res["licenses"]), name
        sources = res.get("sources")
        assert sources and all(s.get("title") for s in sources), name
        if sources[0]["title"] != WRITTEN:
            # derived: the resource it came from and the script that derives it, kept in the repository
            scripts = [s["path"] for s in sources if s.get("path", "").startswith("scripts/derive/")]
            assert scripts, f"{name}: a derived table names its derivation script"
            assert all((ROOT / s).is_file() for s in scripts), name
        for field in res["schema"]["fields"]:
            assert field.get("type") and field.get("description"), f"{name}.{field['name']}"


def test_licences_follow_the_source():
    by_path = {r["path"]: r for r in _package()["resources"]}
    plover = by_path["cameo_plover.csv"]["licenses"][0]
    assert plover["name"] == "CC-BY-SA-4.0"
    petrarch = by_path["cameo_verbs.csv"]["licenses"][0]
    assert petrarch["name"] == "MIT" and (DATA / petrarch["path"]).is_file()
    assert by_path["office_holders.csv"]["licenses"] == by_path["cameo_verbs.csv"]["licenses"]
    assert by_path["titles.csv"]["sources"] == [{"title": WRITTEN}]


def test_json_lexicon_keys_match_its_schema():
    res = next(r for r in _package()["resources"] if r["path"] == "timex_lexicon.json")
    data = json.loads((DATA / "timex_lexicon.json").read_text(encoding="utf-8"))
    kinds = {"object": dict, "array": list, "string": str}
    keys = {k: v for k, v in data.items() if not k.startswith("_")}  # _keys are comments
    assert [f["name"] for f in res["schema"]["fields"]] == list(keys)
    for field in res["schema"]["fields"]:
        assert isinstance(keys[field["name"]], kinds[field["type"]]), field["name"]
    assert keys["months"]["january"] == 1


def test_wheel_ships_the_package_descriptor_and_licences():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["newscoder"]
    shipped = [p for p in DATA.rglob("*") if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    for path in shipped:
        rel = path.relative_to(DATA.parent).as_posix()
        assert any(fnmatch(rel, pat) for pat in patterns), f"{rel} is not in pyproject package-data"
    assert (DATA / "LICENSES" / "petrarch2-MIT.txt") in shipped and (DATA / "datapackage.json") in shipped


def test_lexicons_reads_a_table_by_name_read_only():
    from newscoder import lexicons

    assert "titles" in lexicons.names() and "timex_lexicon" in lexicons.names()
    kinds = {row["title"]: row["kind"] for row in lexicons.rows("titles")}
    assert kinds["president"] == "head_of_state"
    assert "he" in lexicons.column("pronouns", "pronoun")
    assert lexicons.document("timex_lexicon")["months"]["march"] == 3
    assert lexicons.describe("cameo_plover")["licenses"][0]["name"] == "CC-BY-SA-4.0"
    with pytest.raises(TypeError):
        lexicons.rows("titles")[0]["kind"] = "changed"  # shared by every extractor: never writable


def test_lexicons_names_an_unknown_table_or_column():
    from newscoder import lexicons

    with pytest.raises(KeyError, match="no lexicon table 'titels'.*titles"):
        lexicons.rows("titels")
    with pytest.raises(KeyError, match="no column 'kinds'.*kind"):
        lexicons.column("titles", "kinds")
    with pytest.raises(ValueError, match="not CSV"):
        lexicons.rows("timex_lexicon")


def test_lexicons_words_filters_rows_by_their_columns():
    from newscoder import lexicons

    government = lexicons.words("government_nouns", "word", kind="government")
    portfolio = lexicons.words("government_nouns", "word", kind="portfolio")
    assert "administration" in government and "minister" not in government
    assert "minister" in portfolio and "administration" not in portfolio
    assert lexicons.words("naming_verbs", "lemma", participle_names="yes") >= {"call", "name"}
    with pytest.raises(KeyError, match="no column 'type'.*kind"):
        lexicons.words("government_nouns", "word", type="government")
