"""Where the repository's files are: found from the working directory, else from the package."""

from __future__ import annotations

from pathlib import Path

# scripts/newscoder/paths.py -> the repository root is two folders above the package
PACKAGE_REPO = Path(__file__).resolve().parents[2]


def repo_root() -> Path:
    """The folder holding CITATION.cff / pyproject.toml: the working directory (or a parent of it)
    when it is a newscoder checkout, else the checkout this package was installed from."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "CITATION.cff").is_file() and (folder / "scripts" / "newscoder").is_dir():
            return folder
    return PACKAGE_REPO
