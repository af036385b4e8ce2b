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
from newscoder.records import Article, ArticleRecords

DEFAULT_CACHE_DIR = Path(".cache") / "newscoder"
FORMAT = "newscoder-cache-1"  # bump when the entry layout changes
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
        self._pipeline = _sha(FORMAT, __version__, self._model, code_fingerprint(), registry_fingerprint)

    # ---- keys
    def records_key(self, article: Article) -> str:
        return _sha(self._pipeline, article_fingerprint(article))

    def doc_key(self, article: Article) -> str:
        text_sha = article.text_sha256 or hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        return _sha(FORMAT, "doc", self._model, text_sha)

    def _path(self, layer: str, key: str) -> Path:
        return self.root / layer / key[:2] / f"{key}.pkl"

    # ---- generic entries
    def _read(self, layer: str, key: str):
        path = self._path(layer, key)
        try:
            with path.open("rb") as fh:
                fmt, stored_key, value = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - any unreadable entry is a miss, recomputed and rewritten
            self.stats.corrupt += 1
            return None
        if fmt != FORMAT or stored_key != key:
            self.stats.corrupt += 1
            return None
        return value

    def _write(self, layer: str, key: str, value) -> None:
        path = self._path(layer, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((FORMAT, key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # ---- records layer
    def get_records(self, article: Article) -> ArticleRecords | None:
        rec = self._read("records", self.records_key(article))
        if not isinstance(rec, ArticleRecords):
            return None
        # the key left out where the article was read from: give back the current provenance
        return dataclasses.replace(rec, article=article)

    def put_records(self, article: Article, records: ArticleRecords) -> None:
        self._write("records", self.records_key(article), records)

    # ---- whole-build manifest (the no-change fast path)
    def build_manifest(self, got, out: Path, package_path: Path, **options) -> dict:
        """What the last build into `out` must have had for its files to be this build's files: the
        records keys of every article in order, the rejections, the sources, the whole package's code,
        the writer libraries and the options."""
        keys = [self.records_key(a) for a in got.articles]
        inputs = json.dumps({
            "records": keys,
            "ids": [a.article_id for a in got.articles],
            "provenance": [[a.source_path, a.source_format, a.source_sha256] for a in got.articles],
            "rejections": [r.as_dict() for r in got.rejections],
            "files": sorted(got.files.items()),
            "options": options,
        }, sort_keys=True, default=str)
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
                if hashlib.sha256(Path(path).read_bytes()).hexdigest() != sha:
                    return None
            return saved["report"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save_outputs(self, manifest: dict, report: dict, out: Path, package_path: Path) -> None:
        out = Path(out)
        files = [Path(package_path), out / "build_report.json", *sorted(out.glob("*.csv")),
                 *sorted(out.glob("*.parquet")), *(p for p in sorted((out / "partitioned").rglob("*")) if p.is_file())]
        data = {"key": manifest["key"], "report": report,
                "files": {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}}
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
