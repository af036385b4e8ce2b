"""Checks 5 and 6: the version is the same everywhere, and the declared bytes and hashes match the files."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import pyarrow.parquet as pq
import yaml

from newscoder.checks.base import PARQUET_PROPERTY, Resource, ValidationError


def _version_of_pyproject(path: Path) -> str | None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return (data.get("project") or {}).get("version")


def _version_of_citation(path: Path) -> str | None:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    value = data.get("version") if isinstance(data, dict) else None
    return None if value is None else str(value)


def check_versions(package: dict, base: Path, resources: list[Resource]) -> list[ValidationError]:
    """datapackage.json `version` against pyproject.toml, CITATION.cff (each skipped when absent beside the
    package) and the `newscoder:version` stamped into each Parquet file's metadata."""
    errors = []
    expected = package.get("version")
    found: list[tuple[str, str | None]] = []
    readers = (("pyproject.toml", _version_of_pyproject), ("CITATION.cff", _version_of_citation))
    for filename, reader in readers:
        path = base / filename
        if not path.is_file():
            continue
        try:
            found.append((filename, reader(path)))
        except (OSError, ValueError, yaml.YAMLError) as exc:  # tomllib.TOMLDecodeError is a ValueError
            errors.append(ValidationError("version-mismatch", None, None, "version",
                                          f"{filename} cannot be read for its version: {exc}", filename))
    for res in resources:
        if res.parquet_path is None or not res.parquet_path.is_file():
            continue
        try:
            meta = pq.read_schema(res.parquet_path).metadata or {}
        except Exception:  # noqa: BLE001 - an unreadable file is reported by the Parquet check
            continue
        if b"newscoder:version" in meta:
            found.append((res.parquet_rel, meta[b"newscoder:version"].decode("utf-8", "replace")))
    for where, version in found:
        if version != expected:
            message = f"{where} says version {version!r}, datapackage.json {expected!r}"
            errors.append(ValidationError("version-mismatch", None, None, "version", message, where))
    return errors


def _digest(path: Path, algorithm: str) -> str:
    h = hashlib.new(algorithm)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_hashes(resources: list[Resource]) -> list[ValidationError]:
    """`bytes` and `hash` ("sha256:<hex>", or a bare MD5 hex as in the Data Package spec) of every CSV
    resource and its Parquet twin, against the files."""
    errors = []
    for res in resources:
        twin = res.descriptor.get(PARQUET_PROPERTY) or {}
        files = ((res.csv_path, res.csv_rel, res.descriptor), (res.parquet_path, res.parquet_rel, twin))
        for path, rel, desc in files:
            if path is None or not path.is_file() or not isinstance(desc, dict):
                continue
            size = path.stat().st_size
            if desc.get("bytes") is not None and desc["bytes"] != size:
                message = f"{rel} has {size} bytes, datapackage.json says {desc['bytes']}"
                errors.append(ValidationError("hash-mismatch", res.name, None, None, message, rel))
            declared = desc.get("hash")
            if not declared:
                continue
            algorithm, _, expected = declared.rpartition(":")
            algorithm = algorithm or "md5"
            try:
                actual = _digest(path, algorithm)
            except ValueError:
                errors.append(ValidationError("hash-mismatch", res.name, None, None,
                                              f"{rel}: unknown hash algorithm {algorithm!r}", rel))
                continue
            if actual != expected.lower():
                message = f"{rel} has {algorithm} {actual}, datapackage.json says {expected}"
                errors.append(ValidationError("hash-mismatch", res.name, None, None, message, rel))
    return errors
