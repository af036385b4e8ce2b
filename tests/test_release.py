"""Release bundles: contents, SHA256SUMS, byte-identical re-runs, and the Data Package Version checks."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from newscoder.cli import cli
from newscoder.publish import publish
from newscoder.schema import TABLES
from newscoder.validate import validate_package
from test_publish import CREATED, SOURCES, sample_tables

REPO = Path(__file__).resolve().parents[1]


def make_package(where: Path, tables=None) -> Path:
    publish(tables or sample_tables(), where / "data", where / "datapackage.json", sources=SOURCES,
            version="0.1.0", created=CREATED)
    return where / "datapackage.json"


@pytest.fixture
def root(tmp_path) -> Path:
    """A checkout-like folder with the files a release ships (the repository's own CITATION.cff etc.)."""
    root = tmp_path / "root"
    root.mkdir()
    for name in ("CITATION.cff", "CHANGELOG.md", "LICENSE"):
        shutil.copy(REPO / name, root / name)
    (root / "docs" / "img").mkdir(parents=True)
    (root / "docs" / "datacard.md").write_text("# Data card\n\n![rows](img/rows.png)\n", encoding="utf-8")
    (root / "docs" / "img" / "rows.png").write_bytes(b"\x89PNG not really")
    return root


@pytest.fixture
def raw(tmp_path) -> Path:
    raw = tmp_path / "raw"
    (raw / "corpus_a").mkdir(parents=True)
    (raw / "corpus_a" / "LICENSE.txt").write_text("Corpus A: CC BY 2.5, credit the authors.\n", encoding="utf-8")
    (raw / "corpus_a" / "story.txt").write_text("date 2026-02-02\n\nA story.\n", encoding="utf-8")
    return raw


def release(root: Path, package: Path, version: str, *extra: str, raw: Path | None = None,
            date: str = "2026-12-01"):
    args = ["release", version, "--package", str(package), "--root", str(root), "--out", str(root / "dist"),
            "--raw", str(raw or root / "no-raw"), "--date", date, *extra]
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def test_bundle_holds_every_file_and_its_sums_verify(tmp_path, root, raw):
    package = make_package(tmp_path / "pkg")
    result = release(root, package, "0.1.0", raw=raw)
    assert result.exit_code == 0, result.output
    bundle = root / "dist" / "newscoder-data-0.1.0.zip"
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        zf.extractall(tmp_path / "unzipped")
    top = tmp_path / "unzipped" / "newscoder-data-0.1.0"
    inside = sorted(n.removeprefix("newscoder-data-0.1.0/") for n in names)
    expected = [f"data/{t}.{ext}" for t in TABLES for ext in ("csv", "parquet")] + [
        "CHANGELOG.md", "CITATION.cff", "LICENSE", "SHA256SUMS", "datapackage.json", "docs/datacard.md",
        "docs/img/rows.png", "licenses/raw/corpus_a/LICENSE.txt"]
    assert inside == sorted(expected)
    assert names == sorted(names)  # members in a fixed order
    # every file but SHA256SUMS itself is listed, and the sums check out, with the sha256sum tool when there
    sums = (top / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert sorted(line.split("  ", 1)[1] for line in sums) == sorted(set(expected) - {"SHA256SUMS"})
    for line in sums:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((top / name).read_bytes()).hexdigest() == digest, name
    if shutil.which("sha256sum"):
        check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=top, capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        assert check.stdout.count(": OK") == len(expected) - 1
    # the package is at the release version, and the bundle is a valid package on its own
    assert json.loads((top / "datapackage.json").read_text())["version"] == "0.1.0"
    cff = (top / "CITATION.cff").read_text(encoding="utf-8")
    assert "\nversion: 0.1.0\n" in cff and '\ndate-released: "2026-12-01"\n' in cff
    report = validate_package(top / "datapackage.json", None)
    assert report.valid, report.format_text()


def test_second_run_gives_the_same_bytes(tmp_path, root):
    package = make_package(tmp_path / "pkg")
    assert release(root, package, "1.0.0").exit_code == 0
    bundle = root / "dist" / "newscoder-data-1.0.0.zip"
    first = bundle.read_bytes()
    manifest = (root / "releases" / "1.0.0.json").read_bytes()
    bundle.unlink()
    again = release(root, package, "1.0.0")  # re-running a release reproduces it (its recorded date)
    assert again.exit_code == 0, again.output
    assert bundle.read_bytes() == first
    assert (root / "releases" / "1.0.0.json").read_bytes() == manifest
    with zipfile.ZipFile(bundle) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2026, 12, 1, 0, 0, 0)}


def test_manifest_records_counts_hashes_and_date(tmp_path, root):
    package = make_package(tmp_path / "pkg")
    assert release(root, package, "0.1.0").exit_code == 0
    manifest = json.loads((root / "releases" / "0.1.0.json").read_text())
    assert manifest["version"] == "0.1.0" and manifest["date"] == "2026-12-01" and manifest["previous"] is None
    assert {t: v["rows"] for t, v in manifest["tables"].items()} == {
        "articles": 1, "actors": 3, "actor_aliases": 4, "mentions": 2, "quotes": 2, "events": 1, "article_texts": 0}
    bundle = (root / "dist" / "newscoder-data-0.1.0.zip").read_bytes()
    assert manifest["bundle_sha256"] == hashlib.sha256(bundle).hexdigest()
    with zipfile.ZipFile(root / "dist" / "newscoder-data-0.1.0.zip") as zf:
        csv = zf.read("newscoder-data-0.1.0/data/quotes.csv")
    assert manifest["files"]["data/quotes.csv"]["sha256"] == hashlib.sha256(csv).hexdigest()


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "1.0.0-rc.1", "01.0.0", "latest"])
def test_refuses_a_version_that_is_not_semver(tmp_path, root, version):
    result = release(root, make_package(tmp_path / "pkg"), version)
    assert result.exit_code == 1
    assert version in result.output and "SemVer" in result.output or "plain MAJOR.MINOR.PATCH" in result.output
    assert not (root / "dist").exists() and not (root / "releases").exists()


def test_refuses_a_version_not_greater_than_the_last(tmp_path, root):
    package = make_package(tmp_path / "pkg")
    assert release(root, package, "0.3.0").exit_code == 0
    result = release(root, package, "0.2.9")
    assert result.exit_code == 1
    assert "not greater than the last release, 0.3.0" in result.output
    assert not (root / "dist" / "newscoder-data-0.2.9.zip").exists()


def _corrected(tables):
    tables["quotes"].loc[tables["quotes"].quote_id == "quo_1", "speaker_text"] = "Trump"
    return tables


def _with_new_rows(tables):
    extra = tables["actors"].iloc[[2]].assign(actor_id="act_mexico", name="Mexico", country_iso3="MEX")
    tables["actors"] = pd.concat([tables["actors"], extra], ignore_index=True)
    return tables


@pytest.mark.parametrize(("change", "right", "wrong"), [
    (_corrected, "1.0.1", ["1.1.0", "2.0.0"]),      # corrections only: PATCH
    (_with_new_rows, "1.1.0", ["1.0.1", "2.0.0"]),  # rows added: MINOR
])
def test_the_bump_must_match_the_change(tmp_path, root, change, right, wrong):
    assert release(root, make_package(tmp_path / "v1"), "1.0.0").exit_code == 0
    package = make_package(tmp_path / "v2", change(sample_tables()))
    for version in wrong:
        result = release(root, package, version, date="2026-12-02")
        assert result.exit_code == 1, version
        assert f"so this release is {right}" in result.output
    result = release(root, package, right, date="2026-12-02")
    assert result.exit_code == 0, result.output
    changelog = zipfile.ZipFile(root / "dist" / f"newscoder-data-{right}.zip").read(
        f"newscoder-data-{right}/CHANGELOG.md").decode()
    assert f"## {right} (2026-12-02)" in changelog and "since 1.0.0" in changelog
    assert "## 0.1.0" in changelog  # the maintainers' history is kept below


def _stricter(package: Path) -> None:
    """The same files, with one enum made narrower in the descriptor: a stricter constraint."""
    data = json.loads(package.read_text())
    quotes = next(r for r in data["resources"] if r["name"] == "quotes")
    field = next(f for f in quotes["schema"]["fields"] if f["name"] == "quote_type")
    field["constraints"]["enum"] = ["direct", "indirect"]
    package.write_text(json.dumps(data, indent=2))


def test_a_stricter_constraint_is_major_even_without_the_previous_bundle(tmp_path, root):
    assert release(root, make_package(tmp_path / "v1"), "1.0.0").exit_code == 0
    (root / "dist" / "newscoder-data-1.0.0.zip").unlink()  # only the committed manifest is left to compare with
    package = make_package(tmp_path / "v2")
    _stricter(package)
    result = release(root, package, "1.0.1", date="2026-12-02")
    assert result.exit_code == 1
    assert "MAJOR change" in result.output and "enum values removed: ['mixed']" in result.output
    assert release(root, package, "2.0.0", date="2026-12-02").exit_code == 0


def test_without_the_previous_bundle_corrections_are_still_a_patch(tmp_path, root):
    assert release(root, make_package(tmp_path / "v1"), "1.0.0").exit_code == 0
    (root / "dist" / "newscoder-data-1.0.0.zip").unlink()
    package = make_package(tmp_path / "v2", _corrected(sample_tables()))
    assert "so this release is 1.0.1" in release(root, package, "1.1.0", date="2026-12-02").output
    assert release(root, package, "1.0.1", date="2026-12-02").exit_code == 0


def test_a_released_version_never_changes(tmp_path, root):
    assert release(root, make_package(tmp_path / "v1"), "1.0.0").exit_code == 0
    package = make_package(tmp_path / "v2", _corrected(sample_tables()))
    result = release(root, package, "1.0.0")
    assert result.exit_code == 1
    assert "already released" in result.output and "data/quotes.csv" in result.output


@pytest.mark.parametrize(("previous", "level", "expected"), [
    ("1.2.3", "patch", "1.2.4"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "major", "2.0.0"),
    ("0.9.9", "minor", "0.10.0")])
def test_next_version(previous, level, expected):
    from newscoder.release import next_version

    assert next_version(previous, level) == expected


def test_loosened_and_added_schema_parts_are_minor(tmp_path):
    from newscoder.diff import diff_paths

    old = make_package(tmp_path / "a")
    new = make_package(tmp_path / "b")
    data = json.loads(new.read_text())
    quotes = next(r for r in data["resources"] if r["name"] == "quotes")
    field = next(f for f in quotes["schema"]["fields"] if f["name"] == "quote_type")
    field["constraints"]["enum"] = [*field["constraints"]["enum"], "partial"]
    new.write_text(json.dumps(data))
    d = diff_paths(old, new)
    assert [(c.level, c.message) for c in d.schema] == [("minor", "field `quote_type`: enum values added: ['partial']")]
    assert d.level() == "minor"
