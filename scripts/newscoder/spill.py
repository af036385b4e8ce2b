"""External merge sort of table rows: memory bounded by a buffer, not by the size of the corpus.

Rows are added in any order as `(key, row)` pairs. Up to `buffer_rows` are kept in memory; then they are
sorted and written to a run file in a scratch folder (pickled in small blocks). `sorted_items()` merges the
runs and what is still in memory, lazily, so reading them back also keeps only one block per run in memory.
The order is that of the keys alone (a stable merge: equal keys keep the order in which they were added).
"""

from __future__ import annotations

import heapq
import itertools
import operator
import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path

BLOCK_ROWS = 256  # rows per pickled block of a run file: what reading a run holds in memory at a time

_key = operator.itemgetter(0)


class SortedSpill:
    """Collect `(key, row)` items; hand them back sorted by key (see the module docstring)."""

    def __init__(self, scratch: str | os.PathLike, *, buffer_rows: int = 50_000, name: str = "rows") -> None:
        self.scratch = Path(scratch)
        self.buffer_rows = buffer_rows
        self.name = name
        self._buffer: list[tuple] = []
        self._runs: list[Path] = []
        self.n_rows = 0

    def add(self, key: tuple, row: tuple) -> None:
        self._buffer.append((key, row))
        self.n_rows += 1
        if len(self._buffer) >= self.buffer_rows:
            self.spill()

    @property
    def buffered(self) -> int:
        return len(self._buffer)

    def spill(self) -> None:
        """Write the buffer out as one sorted run (nothing to do when it is empty)."""
        if not self._buffer:
            return
        self._buffer.sort(key=_key)
        self.scratch.mkdir(parents=True, exist_ok=True)
        fd, path = tempfile.mkstemp(prefix=f"{self.name}-", suffix=".run", dir=self.scratch)
        with os.fdopen(fd, "wb") as fh:
            for i in range(0, len(self._buffer), BLOCK_ROWS):
                pickle.dump(self._buffer[i:i + BLOCK_ROWS], fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._runs.append(Path(path))
        self._buffer = []

    def sorted_items(self) -> Iterator[tuple[tuple, tuple]]:
        """Every item added, in key order; run files are deleted once read."""
        self._buffer.sort(key=_key)
        sources = [_read_run(path) for path in self._runs]
        if self._buffer:
            sources.append(iter(self._buffer))
        self._buffer, self._runs = [], []
        if len(sources) == 1:
            yield from sources[0]
            return
        yield from heapq.merge(*sources, key=_key)

    def close(self) -> None:
        """Delete any run file not read (after an error)."""
        for path in self._runs:
            path.unlink(missing_ok=True)
        self._runs, self._buffer = [], []


def _read_run(path: Path) -> Iterator[tuple]:
    try:
        with path.open("rb") as fh:
            while True:
                try:
                    block = pickle.load(fh)
                except EOFError:
                    return
                yield from block
    finally:
        path.unlink(missing_ok=True)


def batches(items: Iterator, size: int) -> Iterator[list]:
    """`items` in lists of `size` (the last one shorter)."""
    items = iter(items)
    while batch := list(itertools.islice(items, size)):
        yield batch
