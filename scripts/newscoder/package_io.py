"""Open a published package, given as its datapackage.json or as a release zip, for reading its tables.

Used by `newscoder diff`, `release`, `export` and `serve`: each needs the descriptor, the Table Schema of
every resource and the file (Parquet preferred, CSV otherwise) that holds its rows.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from newscoder.publish import PARQUET_PROPERTY


@dataclass
class Table:
    name: str
    schema: dict
    csv: Path | None
    parquet: Path | None
    csv_sha256: str | None = None  # as declared in datapackage.json

    @property
    def key(self) -> list[str]:
        key = self.schema.get("primaryKey") or self.columns  # no declared key: a row is its values
        return [key] if isinstance(key, str) else list(key)

    @property
    def columns(self) -> list[str]:
        return [f["name"] for f in self.schema.get("fields", [])]


@dataclass
class Package:
    """A package opened for reading; `close()` removes the folder a zip was unpacked into."""

    path: Path  # the datapackage.json
    descriptor: dict
    tables: dict[str, Table]
    source: str  # what the user named (the zip or the json)
    _tmp: Path | None = field(default=None, repr=False)

    @property
    def base(self) -> Path:
        return self.path.parent

    @property
    def version(self) -> str | None:
        return self.descriptor.get("version")

    def close(self) -> None:
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _inside(base: Path, rel: str) -> Path:
    path = (base / rel).resolve()
    return path


def _read_descriptor(path: Path, source: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{source}: cannot read the package descriptor: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list):
        raise ValueError(f"{source}: not a data package (no 'resources' list)")
    return data


def _unzip(zip_path: Path) -> tuple[Path, Path]:
    """Unpack a release zip into a scratch folder; returns (scratch, datapackage.json inside it)."""
    tmp = Path(tempfile.mkdtemp(prefix="newscoder-pkg-"))
    try:
        with zipfile.ZipFile(zip_path) as zf:
            for info in zf.infolist():
                target = (tmp / info.filename).resolve()
                if not target.is_relative_to(tmp.resolve()):  # a hostile path such as ../../etc
                    raise ValueError(f"{zip_path}: member {info.filename!r} points outside the bundle")
            zf.extractall(tmp)
    except zipfile.BadZipFile as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ValueError(f"{zip_path}: not a zip file ({exc})") from exc
    except Exception:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    found = sorted(tmp.rglob("datapackage.json"), key=lambda p: (len(p.parts), str(p)))
    if not found:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ValueError(f"{zip_path}: no datapackage.json in the bundle")
    return tmp, found[0]


def open_package(path: str | Path) -> Package:
    """The package at `path`: a datapackage.json, a folder holding one, or a release zip.
    ValueError / FileNotFoundError with the path and the reason when it cannot be read."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    tmp = None
    if path.is_dir():
        json_path = path / "datapackage.json"
        if not json_path.is_file():
            raise FileNotFoundError(f"{path}: folder without a datapackage.json")
    elif zipfile.is_zipfile(path):
        tmp, json_path = _unzip(path)
    else:
        json_path = path
    descriptor = _read_descriptor(json_path, str(path))
    base = json_path.parent
    tables: dict[str, Table] = {}
    for res in descriptor["resources"]:
        name = res.get("name")
        if not name or not isinstance(res.get("schema"), dict):
            continue
        csv = _inside(base, res["path"]) if isinstance(res.get("path"), str) else None
        pq_rel = (res.get(PARQUET_PROPERTY) or {}).get("path")
        parquet = _inside(base, pq_rel) if pq_rel else None
        if parquet is not None and not parquet.is_file():
            parquet = None
        if csv is not None and not csv.is_file():
            csv = None
        if csv is None and parquet is None:
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)
            raise FileNotFoundError(f"{path}: table {name!r} has neither its CSV nor its Parquet file "
                                    f"({res.get('path')})")
        declared = str(res.get("hash") or "")
        sha = declared.split(":", 1)[1] if declared.startswith("sha256:") else None
        tables[name] = Table(name, res["schema"], csv, parquet, sha)
    return Package(json_path, descriptor, tables, str(path), tmp)
