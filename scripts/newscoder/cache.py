"""The per-article build cache: work already done is never done again.

Two layers, one file per entry under the cache folder (default `.cache/newscoder/`, gitignored):

- `records/`: the `ArticleRecords` of one article, keyed by the article (text hash and metadata) and
  everything that changes extraction: the newscoder version, spaCy and its model, a fingerprint of the
  extraction code and data files, and the actor registry. A hit skips spaCy and the extractors.
- `docs/`: the parsed spaCy `Doc` of one text (a one-Doc `DocBin`, about 5 kB), keyed by the text hash, spaCy and the
  model only. When the extractors or the registry change, the build re-extracts from the stored Doc
  without running the spaCy pipeline again.

Every entry stores its own full key and a format tag; an entry whose key differs from the one asked for
(a stale entry, a hash collision, a file copied from elsewhere) is never used, and an entry that cannot be
read is ignored and recomputed. Writes are atomic (temporary file, then `os.replace`), so concurrent
builds and crashes never leave a half-written entry. Entries are pickles: the cache is a private,
local folder, never a file to share or to load from someone else.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

from newscoder import __version__
from newscoder.nlp import MODEL_NAMES
from newscoder.records import Article, ArticleRecords, Event, LocalActor, Mention, Quote, Timex

DEFAULT_CACHE_DIR = Path(".cache") / "newscoder"
# bump when the entry layout changes; one tag per layer, so a new records layout keeps the parses
DOC_FORMAT = "newscoder-cache-1"
RECORDS_FORMAT = "newscoder-cache-2"
FORMAT = RECORDS_FORMAT  # the records layer's tag (the older name)
PACKAGE_DIR = Path(__file__).resolve().parent
# The code and data whose change can change what is extracted from a parsed article.
EXTRACTION_SOURCES = ("extract", "resolve", "stages.py", "records.py", "data")
# Article fields that say where the article came from, not what it says: not part of the key, and the
# current values are put back on a cache hit (so moving a file, or appending to a JSONL file, re-extracts
# nothing).
_PROVENANCE_FIELDS = ("source_path", "source_format", "source_sha256")


def _sha(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))  # length-prefixed: no two part lists hash alike
        h.update(data)
    return h.hexdigest()


@functools.cache
def code_fingerprint(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 over the extraction code and data files (relative path and bytes of each, in path order)."""
    files: list[Path] = []
    for name in EXTRACTION_SOURCES:
        path = package_dir / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    parts: list[str | bytes] = []
    for path in sorted(files, key=lambda p: p.relative_to(package_dir).as_posix()):
        parts += [path.relative_to(package_dir).as_posix(), path.read_bytes()]
    return _sha(*parts)


@functools.cache
def model_fingerprint() -> str:
    """spaCy's version and the model's name and version, read from the installed packages' metadata,
    so a fully cached build never imports spaCy. Same model choice as `newscoder.nlp.load_nlp`."""
    spacy_version = importlib.metadata.version("spacy")
    for name in MODEL_NAMES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        meta_path = Path(list(spec.submodule_search_locations)[0]) / "meta.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return f"spacy-{spacy_version}/{meta.get('lang', 'en')}_{meta.get('name')}-{meta.get('version')}"
    return f"spacy-{spacy_version}/no-model"


@functools.cache
def package_fingerprint(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 over every file of the newscoder package: publishing code and schemas change outputs too."""
    files = sorted((p for p in package_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts),
                   key=lambda p: p.relative_to(package_dir).as_posix())
    return _sha(*(x for p in files for x in (p.relative_to(package_dir).as_posix(), p.read_bytes())))


def _writer_versions() -> str:
    return ",".join(f"{n}-{importlib.metadata.version(n)}" for n in ("pandas", "pyarrow"))


def _file_sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def article_fingerprint(article: Article) -> str:
    """The article as the extractors see it: its text and metadata, without where it was read from."""
    text_sha = article.text_sha256 or hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    fields = {
        f.name: getattr(article, f.name)
        for f in dataclasses.fields(article)
        if f.name not in ("text", "text_sha256", *_PROVENANCE_FIELDS)
    }
    fields["text_sha256"] = text_sha
    return _sha(json.dumps(fields, sort_keys=True, default=str))


# ---- records entries as plain tuples
# Speed: the record types are frozen, slotted dataclasses, which pickle through Python-level
# __getstate__/__setstate__ (the bulk of reading 10,000 cached articles). An entry holds their field
# values as tuples instead (pickled in C) and is rebuilt by filling the slots directly. The article is
# not stored: the records key already pins its text and metadata (see `get_records`).
_RECORD_TYPES = (LocalActor, Mention, Quote, Event, Timex)
_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _RECORD_TYPES}
# the field layout the tuples follow; an entry written with another layout is refused
_LAYOUT = _sha(*(f"{cls.__name__}:{','.join(names)}" for cls, names in _FIELDS.items()),
               ",".join(f.name for f in dataclasses.fields(ArticleRecords)))
_LAYER_FORMAT = {"records": RECORDS_FORMAT, "docs": DOC_FORMAT}


def _values(obj) -> tuple:
    return tuple(getattr(obj, name) for name in _FIELDS[type(obj)])


def _encode_records(rec: ArticleRecords) -> tuple:
    return (_LAYOUT, [_values(a) for a in rec.actors], [_values(m) for m in rec.mentions],
            [_values(q) for q in rec.quotes], [_values(e) for e in rec.events], [_values(t) for t in rec.timex],
            rec.dropped_entities, [tuple(f) for f in rec.failures])


def _filler(cls):
    """A constructor from field values that sets the slots directly (no __init__: the values were
    those of a valid object; frozen classes refuse setattr, their slot descriptors do not). Written out
    field by field, as dataclasses write their own __init__: a loop over the fields costs a third more."""
    names = _FIELDS[cls]
    scope = {"new": cls.__new__, "cls": cls, **{f"set{i}": getattr(cls, n).__set__ for i, n in enumerate(names)}}
    lines = ["def make(values):", f"    {', '.join(f'v{i}' for i in range(len(names)))}, = values",
             "    obj = new(cls)", *(f"    set{i}(obj, v{i})" for i in range(len(names))), "    return obj"]
    exec("\n".join(lines), scope)  # noqa: S102 - our own field names, fixed at import
    return scope["make"]


_MAKE = {cls: _filler(cls) for cls in _RECORD_TYPES}


def _decode_records(value: tuple) -> ArticleRecords:
    layout, actors, mentions, quotes, events, timex, dropped, failures = value
    if layout != _LAYOUT:
        raise ValueError("cache entry written with another record layout")
    return ArticleRecords(
        article=None,  # put back by `get_records`
        actors=list(map(_MAKE[LocalActor], actors)),
        mentions=list(map(_MAKE[Mention], mentions)),
        quotes=list(map(_MAKE[Quote], quotes)),
        events=list(map(_MAKE[Event], events)),
        timex=list(map(_MAKE[Timex], timex)),
        dropped_entities=dropped,
        failures=list(failures),
    )


@dataclass
class CacheStats:
    """Counts of one build, never times (the published build report stays deterministic)."""

    hits: int = 0  # records read from the cache: no spaCy, no extraction
    doc_hits: int = 0  # re-extracted from a cached Doc: extraction without the spaCy pipeline
    misses: int = 0  # parsed and extracted
    corrupt: int = 0  # unreadable or foreign entries ignored (and recomputed)

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


class BuildCache:
    """Read and write cache entries under `root`. `registry_fingerprint` completes the records key."""

    def __init__(self, root: str | os.PathLike = DEFAULT_CACHE_DIR, registry_fingerprint: str = "",
                 *, docs: bool = True) -> None:
        self.root = Path(root)
        self.docs = docs
        self.stats = CacheStats()
        self._model = model_fingerprint()
        self._pipeline = _sha(RECORDS_FORMAT, __version__, self._model, code_fingerprint(), registry_fingerprint)

    # ---- keys
    def records_key(self, article: Article) -> str:
        # not memoised: a streaming build must not hold on to the articles it has seen
        return _sha(self._pipeline, article_fingerprint(article))

    def doc_key(self, article: Article) -> str:
        text_sha = article.text_sha256 or hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        return _sha(DOC_FORMAT, "doc", self._model, text_sha)

    def _path(self, layer: str, key: str) -> Path:
        return self.root / layer / key[:2] / f"{key}.pkl"

    # ---- generic entries
    def _read(self, layer: str, key: str):
        path = self._path(layer, key)
        try:
            with path.open("rb") as fh:
                fmt, stored_key, value = pickle.load(fh)
            if layer == "records" and fmt == RECORDS_FORMAT and stored_key == key:
                value = _decode_records(value)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - any unreadable entry is a miss, recomputed and rewritten
            self.stats.corrupt += 1
            return None
        if fmt != _LAYER_FORMAT[layer] or stored_key != key:
            self.stats.corrupt += 1
            return None
        return value

    def _write(self, layer: str, key: str, value) -> None:
        path = self._path(layer, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((_LAYER_FORMAT[layer], key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # ---- records layer
    def has_records(self, article: Article, key: str | None = None) -> bool:
        """Whether an entry exists for the article (it may still prove stale or unreadable). `key`: its
        `records_key`, when the caller has it already."""
        return self._path("records", key or self.records_key(article)).exists()

    def get_records(self, article: Article) -> ArticleRecords | None:
        rec = self._read("records", self.records_key(article))
        if not isinstance(rec, ArticleRecords):
            return None
        # the entry does not hold the article: the key proves its text and metadata are this article's,
        # and where it was read from is the current provenance
        rec.article = article
        return rec

    def put_records(self, article: Article, records: ArticleRecords) -> None:
        self._write("records", self.records_key(article), _encode_records(records))

    # ---- whole-build manifest (the no-change fast path)
    def build_manifest(self, inputs_digest: str, out: Path, package_path: Path, **options) -> dict:
        """What the last build into `out` must have had for its files to be this build's files:
        `inputs_digest` (`pipeline.index_inputs`: the records key, id and provenance of every article in
        order, the rejections and the sources), the whole package's code, the writer libraries and the
        options."""
        inputs = json.dumps({"inputs": inputs_digest, "options": options}, sort_keys=True, default=str)
        where = _sha(str(Path(out).resolve()), str(Path(package_path).resolve()))
        return {"path": str(self.root / "builds" / f"{where}.json"),
                "key": _sha(self._pipeline, package_fingerprint(), _writer_versions(), inputs)}

    def outputs_unchanged(self, manifest: dict) -> dict | None:
        """The saved report when the last build had this manifest and its files are as it left them."""
        try:
            saved = json.loads(Path(manifest["path"]).read_text(encoding="utf-8"))
            if saved["key"] != manifest["key"]:
                return None
            for path, sha in saved["files"].items():
                if _file_sha256(Path(path)) != sha:
                    return None
            return saved["report"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save_outputs(self, manifest: dict, report: dict, out: Path, package_path: Path) -> None:
        out = Path(out)
        files = [Path(package_path), out / "build_report.json", *sorted(out.glob("*.csv")),
                 *sorted(out.glob("*.parquet")), *(p for p in sorted((out / "partitioned").rglob("*")) if p.is_file())]
        data = {"key": manifest["key"], "report": report,
                "files": {str(p): _file_sha256(p) for p in files}}
        path = Path(manifest["path"])
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, default=str), encoding="utf-8")
        os.replace(tmp, path)

    # ---- docs layer (bytes of a one-Doc DocBin, see `newscoder.engines.doc_to_bytes`)
    def get_doc(self, article: Article) -> bytes | None:
        if not self.docs:
            return None
        value = self._read("docs", self.doc_key(article))
        return value if isinstance(value, bytes) else None

    def put_doc(self, article: Article, doc_bytes: bytes) -> None:
        if self.docs:
            self._write("docs", self.doc_key(article), doc_bytes)
