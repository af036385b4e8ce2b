"""Builds killed at random points (kill -9) leave the previous package or the new one, complete and valid.

Bounded: 30 kills of a three-article build, each in a forked child of this process (spaCy is already
loaded, so a build takes about a second). Half the kills come at random times; the other half at every
file move of the publish step (the child kills itself at its k-th `os.replace`), where timing alone would
rarely land. After each kill the package is checked as a reader finds it, then as the next build finds it
(it takes the lock, which finishes an interrupted publish and removes scratch folders).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from newscoder.buildlock import JOURNAL_NAME, BuildLock
from newscoder.pipeline import build
from newscoder.validate import validate_package

REGISTRY = Path(__file__).resolve().parents[1] / "data" / "registry"
KILLS_AT_RANDOM_TIMES = 15
KILLS_AT_FILE_MOVES = 15

OLD = {
    "a.txt": 'date 2026-04-01\n\nThe council of Portmere postponed its harbour vote on Monday, officials said.\n',
    "b.txt": 'date 2026-04-02\n\n"We need another month," said Mayor Ada Lindqvist on Tuesday.\n',
}
NEW = {
    **OLD,
    "c.txt": ("date 2026-04-03\n\nFinance Director Omar Haddad said the city would publish the audit on Friday. "
              '"The figures are ready," he said.\n'),
}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(raw: Path, where: Path) -> None:
    build(raw, where / "data", where / "datapackage.json", REGISTRY, show_progress=False, use_cache=False)


def _signature(where: Path) -> dict[str, bytes]:
    """The package's files (hidden lock and scratch files aside; the build report is checked on its own)."""
    files = {p.relative_to(where).as_posix(): p.read_bytes() for p in sorted((where / "data").rglob("*"))
             if p.is_file() and not any(part.startswith(".") for part in p.relative_to(where).parts)
             and p.name != "build_report.json"}
    files["datapackage.json"] = (where / "datapackage.json").read_bytes()
    return files


def _killed_build(raw: Path, where: Path, at_move: int | None) -> None:
    """The child: a build, killing itself at its `at_move`-th os.replace when asked (else killed from outside)."""
    if at_move is not None:
        real, calls = os.replace, [0]

        def replace(src, dst):
            calls[0] += 1
            if calls[0] == at_move:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(src, dst)

        os.replace = replace
    _build(raw, where)


@pytest.mark.crash
def test_killed_builds_leave_the_old_or_the_new_package(tmp_path, nlp):
    raw_old, raw_new = _write(tmp_path / "raw_old", OLD), _write(tmp_path / "raw_new", NEW)
    ref_old, ref_new = tmp_path / "ref_old", tmp_path / "ref_new"
    _build(raw_old, ref_old)
    start = time.monotonic()
    _build(raw_new, ref_new)
    span = time.monotonic() - start  # where the random kill times fall (never asserted)
    old, new = _signature(ref_old), _signature(ref_new)
    assert old != new and set(old) == set(new)
    reports = {(ref / "data" / "build_report.json").read_bytes(): name for ref, name in ((ref_old, "old"),
                                                                                          (ref_new, "new"))}

    rng = random.Random(16)
    plan = [(rng.uniform(0, span * 1.2), None) for _ in range(KILLS_AT_RANDOM_TIMES)]
    plan += [(None, k) for k in range(1, KILLS_AT_FILE_MOVES + 1)]
    fork = multiprocessing.get_context("fork")
    seen: Counter = Counter()
    pkg = tmp_path / "pkg"
    for delay, at_move in plan:
        shutil.rmtree(pkg, ignore_errors=True)
        shutil.copytree(ref_old, pkg)
        child = fork.Process(target=_killed_build, args=(raw_new, pkg, at_move))
        child.start()
        if delay is not None:
            time.sleep(delay)
            os.kill(child.pid, signal.SIGKILL)
        child.join(120)
        assert child.exitcode is not None, "the child build did not stop"
        what = f"kill at {'move ' + str(at_move) if at_move else f'{delay:.2f} s'} (exit {child.exitcode})"

        # as a reader finds it: the old or the new package, or a publish cut short that validation names
        report = validate_package(pkg / "datapackage.json", None, frictionless_check=False)
        if (pkg / "data" / JOURNAL_NAME).exists():
            assert "interrupted-publish" in report.error_types(), what
            seen["interrupted"] += 1
        else:
            assert report.valid, (what, report.format_text())
            assert _signature(pkg) in (old, new), what
        # as the next build finds it: its lock finishes the publish and clears the scratch folders
        with BuildLock(pkg / "data", timeout=0):
            pass
        after = _signature(pkg)
        assert after in (old, new), what
        seen["new" if after == new else "old"] += 1
        assert reports.get((pkg / "data" / "build_report.json").read_bytes()) in ("old", "new"), what
        assert not list((pkg / "data").glob("*.tmp")) + list((pkg / "data").glob(".*.tmp")), what
        assert validate_package(pkg / "datapackage.json", None, frictionless_check=False).valid, what
    assert seen["old"] and seen["new"] and seen["interrupted"], seen
    # one full check with the reference validator on the last state
    assert validate_package(pkg / "datapackage.json", raw_new).valid
