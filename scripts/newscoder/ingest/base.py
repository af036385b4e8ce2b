"""Walk input paths and dispatch each file to its reader."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newscoder.ingest.csvfile import IgnoredColumns, read_csv
from newscoder.ingest.fields import InputError
from newscoder.ingest.folder import FolderDefaults, apply_defaults, is_folder_file, read_defaults
from newscoder.ingest.html import read_html
from newscoder.ingest.jsonfile import read_json, read_jsonl
from newscoder.ingest.mediawiki import SkippedPages, open_export, read_mediawiki
from newscoder.ingest.text import read_text
from newscoder.records import Article

# Articles longer than this many characters (code points) are rejected as `too-long` unless the caller
# (`--max-chars`) says otherwise. A long news feature is 20,000 to 60,000 characters; 200,000 (about
# 35,000 words) leaves room for transcripts and reports while keeping one article's parse and extraction
# to seconds. It is well under spaCy's own limit (1,000,000, error E088); a larger --max-chars still works,
# because long texts are parsed in pieces (`newscoder.engines.parse_long`). None: no limit.
DEFAULT_MAX_CHARS = 200_000

SUFFIXES = {".txt": "txt", ".md": "md", ".json": "json", ".jsonl": "jsonl", ".html": "html", ".htm": "html",
            ".csv": "csv", ".xml": "mediawiki", ".xml.bz2": "mediawiki"}


def supported_suffixes() -> list[str]:
    return sorted(SUFFIXES)


def _format_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".xml.bz2"):
        return "mediawiki"
    return SUFFIXES.get(path.suffix.lower())


@dataclass(frozen=True, slots=True)
class Note:
    """Something the build report lists that is neither an article nor a rejection: a file that is not an
    article (licence, source note, folder defaults), CSV columns not read, export pages that are not
    articles. Nothing is skipped without one."""

    path: str
    kind: str
    message: str

    def as_dict(self) -> dict:
        return {"path": self.path, "kind": self.kind, "message": self.message}


@dataclass(frozen=True, slots=True)
class Rejection:
    """A bad input, kept for the build report: path (and line for JSONL), a stable reason and a message."""

    path: str
    reason: str
    message: str
    line: int | None = None
    page: str | None = None  # the page title, for a MediaWiki export

    def as_dict(self) -> dict:
        out = {"path": self.path, "line": self.line, "reason": self.reason, "message": self.message}
        if self.page is not None:
            out["page"] = self.page
        return out


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files under the given paths, each folder walked in sorted order; hidden files skipped."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path)
                if sub.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield sub
        else:
            yield path


def display_path(path: Path) -> str:
    """Path as recorded in source_path: relative to the working directory when inside it (portable)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_file(path: Path, *, strict: bool = True) -> Iterator[tuple[int | None, Article | Rejection | Note]]:
    """(line number for JSONL and CSV records else None, Article, Rejection or Note) for every record of
    one file. The folder's defaults (`_defaults.yaml`, `newscoder.ingest.folder`) fill the fields an
    article leaves empty."""
    shown = display_path(path)
    kind = is_folder_file(path)
    if kind == "folder-defaults":
        defaults = read_defaults(path.parent)
        if isinstance(defaults, InputError):  # reported once, here; the folder's articles are read without
            yield None, Rejection(shown, defaults.kind, str(defaults))
        else:
            yield None, Note(shown, kind, "not an article: the defaults for the articles of its folder")
        return
    if kind is not None:
        yield None, Note(shown, kind, "not an article: a licence, source or read-me note for the folder")
        return
    defaults = read_defaults(path.parent)
    if isinstance(defaults, InputError):
        defaults = FolderDefaults()
    for line, item in _read_records(path, shown, strict=strict):
        yield line, apply_defaults(item, defaults) if isinstance(item, Article) else item


def _read_records(path: Path, shown: str, *, strict: bool) -> Iterator[tuple[int | None, Article | Rejection | Note]]:
    fmt = _format_of(path)
    if fmt == "mediawiki":
        yield from _read_export(path, shown, strict=strict)
        return
    if fmt is None:
        yield None, Rejection(shown, "unsupported-format", f"unsupported file type {path.suffix or '(none)'!r}; "
                              f"expected one of {', '.join(supported_suffixes())}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield None, Rejection(shown, "unreadable", f"cannot read the file: {exc.strerror or exc}")
        return
    sha = hashlib.sha256(data).hexdigest()
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield None, Rejection(shown, "not-utf8", f"not UTF-8 text (byte {exc.start}): binary or another encoding")
        return
    if "\x00" in raw:
        yield None, Rejection(shown, "not-utf8", "contains NUL bytes: a binary file, not text")
        return
    try:
        if fmt in ("jsonl", "csv"):
            reader = read_jsonl if fmt == "jsonl" else read_csv
            for lineno, item in reader(raw, path=shown, stem=path.stem, sha=sha, strict=strict):
                if isinstance(item, InputError):
                    yield lineno, Rejection(shown, item.kind, str(item), line=lineno)
                elif isinstance(item, IgnoredColumns):
                    yield lineno, Note(shown, "ignored-columns", "columns not read (not article fields): "
                                       + ", ".join(item))
                else:
                    yield lineno, item
            return
        if fmt == "json":
            articles = list(read_json(raw, path=shown, stem=path.stem, sha=sha, strict=strict))
        elif fmt == "html":
            articles = list(read_html(raw, path=shown, stem=path.stem, sha=sha, strict=strict))
        else:
            articles = list(read_text(raw, path=shown, stem=path.stem, fmt=fmt, sha=sha, strict=strict))
    except InputError as exc:
        yield None, Rejection(shown, exc.kind, str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - a reader's bug must not end the build; reported, never silent
        yield None, Rejection(shown, "reader-error", f"the {fmt} reader failed: {type(exc).__name__}: {exc}")
        return
    for article in articles:
        yield None, article


def _read_export(path: Path, shown: str, *, strict: bool) -> Iterator[tuple[None, Article | Rejection | Note]]:
    """A MediaWiki export, streamed (never read whole: a dump is gigabytes)."""
    try:
        with path.open("rb") as fh:
            sha = hashlib.file_digest(fh, "sha256").hexdigest()
        stream = open_export(path)
    except OSError as exc:
        yield None, Rejection(shown, "unreadable", f"cannot read the file: {exc.strerror or exc}")
        return
    with stream:
        for title, item in read_mediawiki(stream, path=shown, sha=sha, strict=strict):
            if isinstance(item, InputError):
                yield None, Rejection(shown, item.kind, str(item), page=title)
            elif isinstance(item, SkippedPages):
                if item:
                    counts = ", ".join(f"{n} {why}" for why, n in sorted(item.items()))
                    yield None, Note(shown, "pages-not-articles", f"{sum(item.values())} pages are not "
                                     f"published articles: {counts}")
            else:
                yield None, item


def read_inputs(paths: Iterable[str | os.PathLike], *, strict: bool = True,
                max_chars: int | None = DEFAULT_MAX_CHARS) -> Iterator[Article | Rejection]:
    """Every article under `paths`, in a fixed order.

    Strict mode (`build`) rejects undated articles and duplicates (same text or same id). Lenient mode
    (`extract`, used for evaluation) keeps them: an undated article has `published_date` None and its
    relative dates stay unresolved. In both, an article longer than `max_chars` characters is rejected
    as `too-long` (None: no limit)."""
    for _path, _k, item in read_inputs_located(paths, strict=strict, max_chars=max_chars):
        if not isinstance(item, Note):
            yield item


def too_long(item: Article, max_chars: int | None) -> Rejection | None:
    """The `too-long` rejection of an article over the limit, else None."""
    if max_chars is None or len(item.text) <= max_chars:
        return None
    return Rejection(item.source_path, "too-long",
                     f"the article text has {len(item.text):,} characters, more than the limit of "
                     f"{max_chars:,} (raise it with --max-chars)")


def read_inputs_located(paths: Iterable[str | os.PathLike], *, strict: bool = True,
                        max_chars: int | None = DEFAULT_MAX_CHARS
                        ) -> Iterator[tuple[Path, int, Article | Rejection | Note]]:
    """`read_inputs`, each item with the file it came from and its position among that file's records
    (`read_file`), so that a build can read one article again later without keeping it in memory; the
    `Note`s (files that are not articles, columns not read) come too."""
    # what was seen, as compact as it can be (a build over millions of articles keeps these): digests as
    # bytes, and where each was first seen as an index into `files` and a line
    files: list[str] = []
    seen_text: dict[bytes, tuple[int, int | None]] = {}
    seen_id: dict[str, tuple[int, int | None]] = {}

    def label(where: tuple[int, int | None]) -> str:
        path, line = files[where[0]], where[1]
        return path if line is None else f"{path} line {line}"

    for path in iter_files(paths):
        for k, (line, item) in enumerate(read_file(path, strict=strict)):
            if isinstance(item, Article) and (rej := too_long(item, max_chars)) is not None:
                yield path, k, Rejection(rej.path, rej.reason, rej.message, line=line)
                continue
            if isinstance(item, Article) and strict:
                if not files or files[-1] != item.source_path:
                    files.append(item.source_path)
                same = _dedupe_key(item.text)
                if same in seen_text:
                    yield path, k, Rejection(item.source_path, "duplicate-text",
                                             f"same text as {label(seen_text[same])}", line=line)
                    continue
                if item.article_id in seen_id:
                    first = label(seen_id[item.article_id])
                    yield path, k, Rejection(item.source_path, "duplicate-id",
                                             f"id {item.external_id!r} already used by {first}", line=line)
                    continue
                seen_text[same] = seen_id[item.article_id] = (len(files) - 1, line)
            yield path, k, item


def _dedupe_key(text: str) -> bytes:
    """Texts that differ only in whitespace are the same article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).digest()
