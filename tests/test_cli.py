"""The CLI: every command has help with an Example and a README section; errors are clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder.cli import cli

README = Path(__file__).parents[1] / "README.md"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_documented_in_the_readme(name):
    assert f"newscoder {name}" in README.read_text(encoding="utf-8")


def test_build_on_a_missing_folder_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_cite_dataset_formats():
    runner = CliRunner()
    apa = runner.invoke(cli, ["cite"], catch_exceptions=False).output
    assert "(Version 0.1.0) [Data set]" in apa
    bib = runner.invoke(cli, ["cite", "--format", "bibtex"], catch_exceptions=False).output
    assert bib.startswith("@misc{newscoder_") and "version = {0.1.0}" in bib
    cff = runner.invoke(cli, ["cite", "--format", "cff"], catch_exceptions=False).output
    assert "type: dataset" in cff


def test_cite_row_with_a_bad_id_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["cite", "--row", "xyz_123", "--data", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "xyz_123 is not a quote" in result.output
