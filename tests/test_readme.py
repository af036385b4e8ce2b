"""The README and the docs pages: generated parts match their sources (the data dictionary comes from the
schemas), the README stays short and links every docs page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from newscoder.schema import write_data_dictionary

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"


def test_data_dictionary_is_current(tmp_path):
    copy = tmp_path / "data-dictionary.md"
    shutil.copy(DOCS / "data-dictionary.md", copy)
    changed = write_data_dictionary(copy)
    assert not changed, "docs/data-dictionary.md is stale: run `make docs`"


def test_readme_is_short_and_links_every_docs_page():
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300
    for page in ("methodology.md", "performance.md", "data-dictionary.md", "commands.md", "datacard.md"):
        assert f"docs/{page}" in text, page
    for link in re.findall(r"\]\((docs/[^)#]+)", text):
        assert (ROOT / link).is_file(), link


def test_docs_links_point_at_files_that_exist():
    for page in DOCS.glob("*.md"):
        for link in re.findall(r"\]\(([^)#:]+\.(?:md|png|svg))", page.read_text(encoding="utf-8")):
            assert (page.parent / link).resolve().is_file(), f"{page.name}: {link}"


def test_quick_start_names_the_two_make_targets():
    text = README.read_text(encoding="utf-8")
    assert "make data" in text and "make test" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_methodology_lists_every_cameo_code_and_plover_type():
    import csv
    from importlib import resources

    page = (DOCS / "methodology.md").read_text(encoding="utf-8")
    data = resources.files("newscoder.data")
    with data.joinpath("cameo_codes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert f"| `{row['code']}` | {row['label']} |" in page, row["code"]
    with data.joinpath("plover_types.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert f"| `{row['type']}` |" in page, row["type"]


def test_where_is_it_decided_names_files_that_exist():
    text = README.read_text(encoding="utf-8")
    section = text.split("## Development", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| ([A-Za-z ]+) \| (.+) \|$", section, flags=re.M))
    rows.pop("what")  # the header row
    for question in ("speaker resolution", "quote attribution", "actor typing", "CAMEO coding", "place to country",
                     "relative dates", "review decisions", "publishing"):
        assert question in rows, question
    package = ROOT / "scripts" / "newscoder"
    for question, answer in rows.items():
        named = re.findall(r"`([\w/]+\.(?:py|json|csv))`", answer)
        assert named, question
        for path in named:
            assert (package / path).is_file(), f"{question}: {path}"
