"""The README's generated parts match their sources (the data dictionary comes from the schemas)."""

from __future__ import annotations

import shutil
from pathlib import Path

from newscoder.schema import write_data_dictionary

README = Path(__file__).parents[1] / "README.md"


def test_readme_data_dictionary_is_current(tmp_path):
    copy = tmp_path / "README.md"
    shutil.copy(README, copy)
    changed = write_data_dictionary(copy)
    assert not changed, "README data dictionary is stale: run `make docs`"


def test_quick_start_names_the_two_make_targets():
    text = README.read_text(encoding="utf-8")
    assert "make data" in text and "make test" in text
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_readme_lists_every_cameo_code_and_plover_type():
    import csv
    from importlib import resources

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    data = resources.files("newscoder.data")
    with data.joinpath("cameo_codes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert f"| `{row['code']}` | {row['label']} |" in readme, row["code"]
    with data.joinpath("plover_types.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert f"| `{row['type']}` |" in readme, row["type"]
