"""Where the per-article stage runs: in this process, in `--jobs N` local processes, or on Dask.

Every engine takes the same tasks (an article, and its cached parsed Doc when there is one) and yields
the same results in the same order: `(ArticleRecords, doc_bytes or None)` in input order. The per-article
stage is pure (`newscoder.stages.process_article`), so where it runs cannot change what it returns, and
the outputs are byte-identical whatever the engine.

- `local`, `jobs=1`: this process, spaCy's `nlp.pipe` streaming in batches.
- `local`, `jobs=N`: a pool of N worker processes (spawned, so no state leaks from the parent); each loads spaCy
  once and takes chunks of articles; results are reassembled in input order, a bounded window of chunks
  in flight (memory does not grow with the corpus).
- `dask`: the chunks run as tasks on a `dask.distributed` cluster: the scheduler at `--scheduler ADDRESS`,
  or a LocalCluster of N single-threaded worker processes. Workers need newscoder installed (same version).
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import math
import multiprocessing
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from newscoder.records import Article, ArticleRecords

ENGINES = ("local", "dask")
BATCH_SIZE = 32  # articles per nlp.pipe batch


@dataclass(frozen=True, slots=True)
class Task:
    article: Article
    doc_bytes: bytes | None = None  # a cached parse of the text: skip the spaCy pipeline


Result = tuple[ArticleRecords, bytes | None]  # records, and the new parse to cache (when asked for)


# ------------------------------------------------------------------ the stage itself (runs anywhere)
def run_tasks(tasks: Iterable[Task], registry, *, keep_docs: bool = False,
              batch_size: int = BATCH_SIZE, freeze_gc: bool = False) -> Iterator[Result]:
    """Parse (or restore) and extract each task, in order. `keep_docs`: also return each new parse.
    `tasks` may be a lazy iterator: it is read one batch at a time (memory does not grow with it)."""
    from newscoder.nlp import load_nlp
    from newscoder.stages import process_article

    nlp = load_nlp()
    tasks = iter(tasks)
    with one_blas_thread(), long_lived_frozen() as freeze:
        if freeze_gc:  # (the serial engine's whole run; not measured for the chunks of workers)
            freeze()  # the model and registry: the first batch's full collections would walk them again
        first = True
        while batch := list(itertools.islice(tasks, batch_size)):
            docs = nlp.pipe((t.article.text for t in batch if t.doc_bytes is None
                             and len(t.article.text) <= PIECE_CHARS), batch_size=batch_size)
            for task in batch:
                if task.doc_bytes is not None:
                    doc, new = doc_from_bytes(task.doc_bytes, nlp.vocab), None
                else:
                    doc = next(docs) if len(task.article.text) <= PIECE_CHARS else parse_long(nlp, task.article.text)
                    new = doc_to_bytes(doc) if keep_docs else None
                # the Doc goes out of scope here: records keep strings and offsets only
                yield process_article(doc, task.article, registry), new
            if freeze_gc and first:
                freeze()  # after the first batch: the lexicons the extractors load on first use are in memory
            first = False


# Texts longer than this are parsed in pieces (spaCy refuses texts over nlp.max_length, 1,000,000, and its
# parser's memory grows with the text); an article that long is only accepted with a raised --max-chars.
PIECE_CHARS = 100_000


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` cut into consecutive pieces of at most `size` characters whose concatenation is `text`:
    each cut after a blank line (a paragraph) when there is one in the second half of the piece, else after
    a line break, else after a space, else at `size` (one unbroken run of characters)."""
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        for sep in ("\n\n", "\n", " "):
            at = window.rfind(sep, size // 2)
            if at >= 0:
                cut = at + len(sep)
                break
        cut = cut or size
        pieces.append(window[:cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_long(nlp, text: str):
    """One Doc for a long text, parsed piece by piece (`split_pieces`) and joined with `Doc.from_docs`: the
    joined Doc's text is `text` exactly, so every character offset is the same as for a one-piece parse. A
    cut falls at a paragraph or line break, where the `line_breaks` component starts a sentence anyway."""
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(split_pieces(text))), ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - from_docs keeps every character; checked so offsets stay exact
        raise RuntimeError("joining the parsed pieces changed the text")
    return doc


def doc_to_bytes(doc) -> bytes:
    """A parse as compact bytes: a one-Doc DocBin (token attributes, entities, no tensors, ~5 kB)."""
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=False)
    docbin.add(doc)
    return docbin.to_bytes()


def doc_from_bytes(data: bytes, vocab):
    from spacy.tokens import DocBin

    return next(DocBin().from_bytes(data).get_docs(vocab))


def _run_chunk(tasks: list[Task], registry, keep_docs: bool) -> list[Result]:
    return list(run_tasks(tasks, registry, keep_docs=keep_docs))


# per-process state of a `processes` worker: the registry is sent once, not with every chunk
_WORKER_REGISTRY = None


def _init_worker(registry) -> None:
    global _WORKER_REGISTRY
    from newscoder.nlp import load_nlp

    _WORKER_REGISTRY = registry
    load_nlp()  # once per worker, before the first chunk


def _run_worker_chunk(tasks: list[Task], keep_docs: bool) -> list[Result]:
    return _run_chunk(tasks, _WORKER_REGISTRY, keep_docs)


# ------------------------------------------------------------------ engines
def chunk_size_for(n_tasks: int, workers: int) -> int:
    """About eight chunks per worker (load balance), each between 8 and 128 articles (batching)."""
    return max(8, min(128, math.ceil(n_tasks / max(1, workers * 8))))


MIN_CHUNK = 8


def _chunks(tasks: Iterable[Task], size: int, n_tasks: int | None = None, workers: int = 1) -> Iterator[list[Task]]:
    """Chunks of `size` tasks; with `n_tasks` known, the last ones shrink (a quarter of what is left per
    worker, at least MIN_CHUNK) so that the workers finish together instead of one waiting for the other's
    last big chunk."""
    tasks = iter(tasks)
    left = n_tasks
    while True:
        n = size if left is None else max(min(MIN_CHUNK, size), min(size, math.ceil(left / (4 * workers))))
        chunk = list(itertools.islice(tasks, n))
        if not chunk:
            return
        if left is not None:
            left -= len(chunk)
        yield chunk


@contextlib.contextmanager
def long_lived_frozen() -> Iterator[Callable[[], None]]:
    """Yield `freeze()`, which moves every object alive at that moment (the model, lexicons, registry) out of
    the garbage collector's reach until the block ends (`gc.freeze`); it does nothing when the caller had
    frozen objects already when the block began.

    The extractors make many short-lived objects, so the collector runs often, and each of its full
    passes walked the whole heap (about 250,000 objects with the model and the lexicons loaded, some
    0.1 s a pass, several passes per 500 articles); frozen objects are skipped. They are still freed by
    reference counting; at the end they are handed back to the collector (`gc.unfreeze`)."""
    done = False
    ours = gc.get_freeze_count() == 0  # never take over a freeze the caller made

    def freeze() -> None:
        nonlocal done
        if ours:
            done = True
            gc.freeze()

    try:
        yield freeze
    finally:
        if done:
            gc.unfreeze()


def one_blas_thread() -> contextlib.AbstractContextManager:
    """Limit numpy's BLAS (OpenBLAS, MKL) to one thread in this process while the pipeline runs.

    spaCy's small model gains nothing from BLAS threads, and with one process per core (`--jobs N`) extra
    BLAS threads take cores from the other processes. The command line goes further and sets
    OPENBLAS_NUM_THREADS=1 before numpy loads (`newscoder.cli`), so those threads are never started:
    measured on 2 cores, `--jobs 2` over 1,000 articles took 24.9 to 25.9 s that way against 28.1 to
    31.6 s with the default threads. This limit is what a library caller (numpy already loaded) gets."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a declared dependency; without it nothing is limited
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _count(tasks: Iterable[Task], n_tasks: int | None) -> int:
    """How many tasks there are (or will be, for a lazy iterator: the caller says): sets the chunk size."""
    if n_tasks is not None:
        return n_tasks
    return len(tasks) if hasattr(tasks, "__len__") else 1024


def _ordered(submit, chunks: Iterator[list[Task]], window: int) -> Iterator[Result]:
    """Submit chunks with at most `window` in flight; yield their results in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _ordered_sharing(submit, run_here, chunks: Iterator[list[Task]], window: int) -> Iterator[Result]:
    """Like `_ordered`, with this process as one more worker: whenever the next result due is still
    running elsewhere, this process runs the next chunk itself instead of waiting (it also covers the
    workers' start-up: it is busy from the first chunk)."""
    pending: deque = deque()  # futures of the pool, or lists of results made here, in chunk order
    chunks = iter(chunks)
    more = True
    while True:
        while more and sum(not isinstance(p, list) for p in pending) < window:
            chunk = next(chunks, None)
            if chunk is None:
                more = False
            else:
                pending.append(submit(chunk))
        if not pending:
            return
        head = pending[0]
        if isinstance(head, list) or head.done():
            pending.popleft()
            yield from head if isinstance(head, list) else head.result()
            continue
        chunk = next(chunks, None) if more else None
        if chunk is None:
            more = False
            yield from pending.popleft().result()
        else:
            pending.append(run_here(chunk))


def run_local(tasks: Iterable[Task], registry, *, keep_docs: bool = False) -> Iterator[Result]:
    yield from run_tasks(tasks, registry, keep_docs=keep_docs, freeze_gc=True)


def run_processes(tasks: Iterable[Task], registry, *, jobs: int, keep_docs: bool = False,
                  chunk_size: int | None = None, share: bool = False, n_tasks: int | None = None
                  ) -> Iterator[Result]:
    """`jobs` worker processes; with `share`, this process is one of them (`jobs - 1` are started)."""
    n_tasks = _count(tasks, n_tasks)
    size = chunk_size or chunk_size_for(n_tasks, jobs)
    tasks = iter(tasks)
    first = next(tasks, None)
    if first is None:
        return
    tasks = itertools.chain([first], tasks)
    if share and jobs == 1:
        yield from run_tasks(tasks, registry, keep_docs=keep_docs)
        return
    workers = jobs - 1 if share else jobs
    ctx = multiprocessing.get_context("spawn")
    chunks = _chunks(tasks, size, n_tasks, jobs)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(registry,)) as pool:
        def submit(chunk: list[Task]):
            return pool.submit(_run_worker_chunk, chunk, keep_docs)

        if share:
            yield from _ordered_sharing(submit, lambda c: _run_chunk(c, registry, keep_docs),
                                        chunks, window=workers * 3)
        else:
            yield from _ordered(submit, chunks, window=workers * 3)


def run_dask(tasks: Iterable[Task], registry, *, jobs: int, scheduler: str | None = None, keep_docs: bool = False,
             chunk_size: int | None = None, n_tasks: int | None = None) -> Iterator[Result]:
    n_tasks = _count(tasks, n_tasks)
    tasks = iter(tasks)
    first = next(tasks, None)
    if first is None:
        return
    tasks = itertools.chain([first], tasks)
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # an optional extra
        raise RuntimeError("the dask engine needs dask.distributed: pip install 'newscoder[dask]'") from exc
    if scheduler:
        client, cluster = Client(scheduler), None
        workers = max(1, len(client.scheduler_info().get("workers", {})))
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client, workers = Client(cluster), jobs
    try:
        size = chunk_size or chunk_size_for(n_tasks, workers)
        reg = client.scatter(registry, broadcast=True)  # sent once to every worker
        # pure=False: never merge two chunks as "the same" task; results are still deterministic
        yield from _ordered(lambda c: client.submit(_run_chunk, c, reg, keep_docs, pure=False),
                            _chunks(tasks, size), window=workers * 3)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_in_background(results: Iterator[Result]) -> Iterator[Result]:
    """Drive `results` from a thread and hand them over in order, so that this process can do other work
    while the engine (whose work runs in other processes) starts and runs. An error is raised here."""
    done = object()
    box: queue.SimpleQueue = queue.SimpleQueue()

    def drive() -> None:
        try:
            for item in results:
                box.put(item)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            box.put(_Failed(exc))
        box.put(done)

    threading.Thread(target=drive, name="newscoder-engine", daemon=True).start()

    def consume() -> Iterator[Result]:
        while (item := box.get()) is not done:
            if isinstance(item, _Failed):
                raise item.error
            yield item

    return consume()


@dataclass(frozen=True)
class _Failed:
    error: BaseException


def run_engine(tasks: Iterable[Task], registry, *, engine: str = "local", jobs: int = 1,
               scheduler: str | None = None, keep_docs: bool = False, processes: bool = False,
               n_tasks: int | None = None) -> Iterator[Result]:
    """Run the per-article stage over `tasks` on `engine`; results in input order. Locally, this process
    is one of the `jobs` workers; with `processes` it only waits for them (so that it is free for other
    work meanwhile), even for one job. `tasks` may be a lazy iterator (read as chunks are sent out, a
    bounded number in flight); `n_tasks`, its expected length, sets the chunk size."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if jobs < 1:
        raise ValueError(f"--jobs must be at least 1, not {jobs}")
    if engine == "dask":
        return run_dask(tasks, registry, jobs=jobs, scheduler=scheduler, keep_docs=keep_docs, n_tasks=n_tasks)
    if jobs > 1 or processes:
        return run_processes(tasks, registry, jobs=jobs, keep_docs=keep_docs, share=not processes,
                             n_tasks=n_tasks)
    return run_local(tasks, registry, keep_docs=keep_docs)
