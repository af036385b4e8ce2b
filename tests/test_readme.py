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
