"""One build at a time per output folder, and recovery from a build that was killed.

`BuildLock(out)` holds an operating-system file lock on `OUT/.newscoder-build.lock` (the `filelock`
package: `fcntl.flock` on POSIX, `msvcrt.locking` on Windows) for the whole build. The kernel releases
such a lock when its process dies, however it dies (kill -9, power cut of a container), so a lock left by
a killed build can never block the next one: it is "stale" by construction. Beside it,
`OUT/.newscoder-build.json` names the holder (pid, host, start time) so that a second build can say whom it
is waiting for; it is removed on a clean exit, so finding it with the lock free means the last build was
interrupted, and the new build says so.

Under the lock, before anything else, `recover(out)` finishes a publish that was interrupted while its files
were being moved into place (see `newscoder.publish`, the journal) and removes the scratch folders that
killed builds left behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
from collections.abc import Callable
from pathlib import Path

LOCK_NAME = ".newscoder-build.lock"
HOLDER_NAME = ".newscoder-build.json"
JOURNAL_NAME = ".publish-journal.json"
SCRATCH_GLOBS = (".build-*.tmp", ".publish-*.tmp")  # folders
# files half-written when a build was killed (each is written beside its target, then moved into place)
SCRATCH_FILES = (JOURNAL_NAME + ".tmp", HOLDER_NAME + ".tmp", "build_report.json.tmp")


class BuildLocked(RuntimeError):
    """Another build holds the output folder and did not finish within the time allowed."""


def _holder_text(info: dict | None) -> str:
    if not info:
        return "holder unknown"
    return f"pid {info.get('pid')} on {info.get('host')}, started {info.get('started')}"


def _read_holder(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


class BuildLock:
    """Context manager: `with BuildLock(out, timeout=None, notify=print): ...`.

    `timeout`: seconds to wait for another build to finish (None: wait as long as it runs; 0: do not wait).
    `notify` receives one line for each thing worth telling the user (waiting, a stale lock taken over)."""

    def __init__(self, out: str | os.PathLike, *, timeout: float | None = None,
                 notify: Callable[[str], None] | None = None) -> None:
        from filelock import FileLock

        self.out = Path(out)
        self.timeout = timeout
        self.notify = notify or (lambda _msg: None)
        self.out.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(str(self.out / LOCK_NAME))
        self._holder = self.out / HOLDER_NAME
        self.waited = False
        self.stale: dict | None = None  # who held the lock when a build was interrupted

    def __enter__(self) -> BuildLock:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            holder = _read_holder(self._holder)
            how = "waiting for it to finish" if self.timeout != 0 else "not waiting (--lock-timeout 0)"
            self.notify(f"another build into {self.out} is running ({_holder_text(holder)}); {how}")
            try:
                self._lock.acquire(timeout=-1 if self.timeout is None else self.timeout)
            except Timeout:
                raise BuildLocked(
                    f"another build into {self.out} is still running ({_holder_text(holder)}) after "
                    f"{self.timeout:g} s; try again when it has finished (or raise --lock-timeout)") from None
            self.waited = True
            self.notify(f"the other build into {self.out} has finished; building now")
        try:
            self.stale = _read_holder(self._holder) if self._holder.exists() else None
            if self._holder.exists():
                self.notify(f"the last build into {self.out} was interrupted ({_holder_text(self.stale)}); "
                            "its lock was released when it stopped, taking over")
            tmp = self._holder.with_name(self._holder.name + ".tmp")
            tmp.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                       "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}),
                           encoding="utf-8")
            os.replace(tmp, self._holder)
            for line in recover(self.out):
                self.notify(line)
        except BaseException:
            self._lock.release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._holder.unlink(missing_ok=True)
        finally:
            self._lock.release()


def recover(out: str | os.PathLike) -> list[str]:
    """Finish an interrupted publish and remove the scratch folders of killed builds in `out`. Only call it
    while holding the build lock: the scratch folders of a running build look the same. Returns what it did."""
    out = Path(out)
    done = []
    journal = out / JOURNAL_NAME
    if journal.exists():
        moved = finish_journal(journal)
        done.append(f"finished an interrupted publish in {out} ({moved} files moved into place)")
    removed = 0
    for pattern in SCRATCH_GLOBS:
        for path in out.glob(pattern):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
                removed += 1
    for name in SCRATCH_FILES:
        if (out / name).is_file():
            (out / name).unlink()
            removed += 1
    if removed:
        done.append(f"removed {removed} scratch files and folders left in {out} by interrupted builds")
    return done


def finish_journal(journal: Path) -> int:
    """Roll a publish forward: every move the journal lists whose source still exists is done now (the
    journal is only written once every new file is complete, so finishing it gives the new package)."""
    try:
        moves = json.loads(journal.read_text(encoding="utf-8"))["moves"]
    except (OSError, ValueError, KeyError, TypeError):
        moves = []  # a journal is written whole (tmp + replace): unreadable means nothing to finish
    n = 0
    for src, dst in moves:
        src, dst = Path(src), Path(dst)
        if not src.exists():
            continue  # moved before the interruption
        if src.is_dir() and dst.exists():
            shutil.rmtree(dst)
        os.replace(src, dst)
        n += 1
    for src, _dst in moves:  # the publish's own scratch folders (beside the data and beside the package)
        parent = Path(src).parent
        if parent.name.startswith(".publish-") and parent.exists():
            shutil.rmtree(parent, ignore_errors=True)
    journal.unlink(missing_ok=True)
    return n
