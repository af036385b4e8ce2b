"""Every module the package imports at run time is a declared dependency with a lower bound, so that
`pip install .` without the lock works (issue 16; `.ci/smoke_install.sh` checks it in a fresh venv)."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "scripts" / "newscoder"


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(spec: str) -> str:
    return _norm(re.match(r"[A-Za-z0-9_.\-]+", spec).group(0))


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def imported_modules() -> dict[str, set[str]]:
    """Top-level third-party modules imported anywhere in the package -> the files importing them."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "newscoder" and top not in sys.stdlib_module_names:
                    found.setdefault(top, set()).add(path.relative_to(REPO).as_posix())
    return found


def test_every_runtime_import_is_a_declared_dependency():
    project = _pyproject()["project"]
    declared = {_requirement_name(s) for s in project["dependencies"]}
    optional = {_requirement_name(s) for extra in project["optional-dependencies"].values() for s in extra}
    dists = importlib.metadata.packages_distributions()
    modules = imported_modules()
    assert {"spacy", "pandas", "pyarrow", "trafilatura", "filelock"} <= set(modules)  # the scan sees imports
    undeclared = {}
    for module, files in modules.items():
        names = {_norm(d) for d in dists.get(module, [module])}
        if not names & (declared | optional):
            undeclared[module] = sorted(files)
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_optional_imports_are_extras_and_handled():
    """`distributed` (the dask engine) is an extra: imported lazily, with a clear error when missing."""
    project = _pyproject()["project"]
    declared = {_requirement_name(s) for s in project["dependencies"]}
    modules = imported_modules()
    for module in modules:
        names = {_norm(d) for d in importlib.metadata.packages_distributions().get(module, [module])}
        if not names & declared:
            for file in modules[module]:
                assert "ImportError" in (REPO / file).read_text(encoding="utf-8"), (module, file)


def test_every_dependency_has_a_lower_bound_and_the_html_cleaner_is_declared():
    project = _pyproject()["project"]
    for spec in project["dependencies"] + project["optional-dependencies"]["dev"]:
        assert re.search(r">=|==", spec), f"{spec}: no lower bound"
    # lxml >= 5.2 no longer ships lxml.html.clean, which trafilatura imports for HTML input
    assert "lxml-html-clean" in {_requirement_name(s) for s in project["dependencies"]}
