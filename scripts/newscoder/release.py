"""Release bundles: a zip people can cite, versioned by the Data Package Version recipe.

`make_release` writes `dist/newscoder-data-VERSION.zip` (the package at that version, every published
file, the data card, CITATION.cff, CHANGELOG.md, the licences and SHA256SUMS) and the small manifest
`releases/VERSION.json` that records what was released. The bytes depend only on the inputs and the release
date: members in sorted order, fixed timestamps and permissions, the same compression settings.

The version must be the next one for the change since the last release: MAJOR for a removed or renamed
table or field, a changed type or a stricter constraint; MINOR for added tables, fields or rows (rows
removed count here too); PATCH for corrections to existing rows only. The change is read from a row diff
against the previous bundle when it is at hand, else from the previous manifest (schemas, keys and hashes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from newscoder.diff import LEVELS, PackageDiff, SchemaChange, diff_packages, key_sql, relation_sql, schema_changes
from newscoder.package_io import Package, Table, open_package
from newscoder.publish import _PARQUET_OPTIONS, PARQUET_PROPERTY, PARTITIONED_PROPERTY, WRITE_ROWS

BUNDLE_PREFIX = "newscoder-data-"
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
                     r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                     r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")
# Licence notes shipped with the corpora in data/raw (LICENSE, LICENCE.txt, COPYING, NOTICE, x.license ...)
_LICENCE_NAME = re.compile(r"^(licen[cs]e|copying|notice|attribution)([._-].*)?$|\.licen[cs]e$", re.IGNORECASE)


class ReleaseError(ValueError):
    """A release refused: the message says why and what to do."""


def parse_version(version: str) -> tuple[int, int, int]:
    """(major, minor, patch) of a release version; ReleaseError unless it is plain SemVer X.Y.Z."""
    match = _SEMVER.match(version)
    if not match:
        raise ReleaseError(f"{version!r} is not a SemVer version (MAJOR.MINOR.PATCH, e.g. 1.2.0)")
    if match.group(4) or match.group(5):
        raise ReleaseError(f"{version!r}: releases are plain MAJOR.MINOR.PATCH (no pre-release or build part)")
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def next_version(previous: str, level: str) -> str:
    major, minor, patch = parse_version(previous)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def released_versions(releases_dir: Path) -> list[str]:
    """Versions with a manifest in `releases_dir`, oldest first (files that are not versions are ignored)."""
    found = []
    for path in Path(releases_dir).glob("*.json"):
        if _SEMVER.match(path.stem) and not _SEMVER.match(path.stem).group(4):
            found.append(path.stem)
    return sorted(found, key=parse_version)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- what the package holds, for the manifest ----------------------------------------------------------


def table_summaries(pkg: Package) -> dict[str, dict]:
    """Per table: rows, a hash of the sorted primary keys (same keys -> same hash), the CSV hash and the
    schema; enough for a later release to tell corrections (same keys) from added or removed rows."""
    out = {}
    con = duckdb.connect()
    try:
        for name, table in pkg.tables.items():
            rows, keys = con.execute(
                f"SELECT count(*), sha256(coalesce(string_agg(k, chr(10) ORDER BY k), '')) "
                f"FROM (SELECT {key_sql('t', table.key)} AS k FROM {relation_sql(table)} AS t)").fetchone()
            res = next(r for r in pkg.descriptor["resources"] if r.get("name") == name)
            out[name] = {"rows": rows, "keys_sha256": keys, "csv_sha256": str(res.get("hash", "")).split(":")[-1],
                         "schema": table.schema}
    finally:
        con.close()
    return out


def _manifest_diff(previous: dict, pkg: Package, current: dict[str, dict]) -> tuple[str, str, dict]:
    """(level, changelog lines, counts) from the previous manifest when its bundle is not at hand: schema
    changes exactly; for rows only whether keys changed (minor) or values only (patch)."""
    old_tables = {n: Table(n, t["schema"], None, None) for n, t in previous.get("tables", {}).items()}
    changes = schema_changes(old_tables, pkg.tables)
    levels = {c.level for c in changes}
    lines = [f"- Schema ({c.level}): `{c.table}`: {c.message}" for c in changes]
    counts = {}
    for name, now in current.items():
        before = previous.get("tables", {}).get(name)
        if before is None:
            continue
        if before["keys_sha256"] != now["keys_sha256"]:
            levels.add("minor")
            lines.append(f"- `{name}`: rows added or removed ({before['rows']} -> {now['rows']} rows)")
        elif before["csv_sha256"] != now["csv_sha256"]:
            lines.append(f"- `{name}`: values corrected in existing rows ({now['rows']} rows)")
        counts[name] = {"rows_before": before["rows"], "rows": now["rows"]}
    level = max(levels | {"patch"}, key=LEVELS.index)
    return level, "\n".join(lines) or "- No change to the tables or their schemas.", counts


# --- bundle contents ----------------------------------------------------------------------------------


def _restamped_parquet(path: Path, version: str) -> bytes:
    """The Parquet file with `newscoder:version` set to the release version (same rows, writer settings and
    row groups as the build), so the bundle validates as that version."""
    table = pq.read_table(path)
    meta = dict(table.schema.metadata or {})
    if meta.get(b"newscoder:version") == version.encode():
        return path.read_bytes()
    meta[b"newscoder:version"] = version.encode()
    table = table.replace_schema_metadata(meta)
    buf = io.BytesIO()
    with pq.ParquetWriter(buf, table.schema, **_PARQUET_OPTIONS) as writer:
        writer.write_table(table, row_group_size=WRITE_ROWS)
    return buf.getvalue()


def _bundle_path(rel: str) -> str:
    """Where a package file goes in the bundle: its own relative path, or data/<name> when it lies outside."""
    parts = Path(rel).parts
    return Path(rel).as_posix() if ".." not in parts and not Path(rel).is_absolute() else f"data/{Path(rel).name}"


def _package_files(pkg: Package, version: str) -> dict[str, bytes]:
    """datapackage.json at `version` and every file it declares (CSV, Parquet, partitioned Parquet)."""
    files: dict[str, bytes] = {}
    descriptor = json.loads(json.dumps(pkg.descriptor))
    descriptor["version"] = version
    for res in descriptor["resources"]:
        if isinstance(res.get("path"), str):
            data = (pkg.base / res["path"]).read_bytes()
            res["path"] = _bundle_path(res["path"])
            files[res["path"]] = data
            res["bytes"], res["hash"] = len(data), f"sha256:{_sha(data)}"
        twin = res.get(PARQUET_PROPERTY)
        if isinstance(twin, dict) and twin.get("path"):
            data = _restamped_parquet(pkg.base / twin["path"], version)
            twin["path"] = _bundle_path(twin["path"])
            files[twin["path"]] = data
            twin["bytes"], twin["hash"] = len(data), f"sha256:{_sha(data)}"
        parts = res.get(PARTITIONED_PROPERTY)
        if isinstance(parts, dict):
            parts["path"] = _bundle_path(parts["path"])
            for part in parts.get("files", []):
                data = _restamped_parquet(pkg.base / part["path"], version)
                part["path"] = _bundle_path(part["path"])
                files[part["path"]] = data
                part["bytes"], part["hash"] = len(data), f"sha256:{_sha(data)}"
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    files["datapackage.json"] = text.encode("utf-8")
    return files


def _set_yaml_scalar(text: str, key: str, value: str) -> str:
    line = f'{key}: "{value}"' if key == "date-released" else f"{key}: {value}"
    pattern = re.compile(rf"^{re.escape(key)}:.*$", re.MULTILINE)
    if pattern.search(text):
        return pattern.sub(line, text, count=1)
    return text.rstrip("\n") + "\n" + line + "\n"


def citation_for(root: Path, version: str, date: str) -> bytes:
    path = root / "CITATION.cff"
    if not path.is_file():
        raise ReleaseError(f"{path} not found: a release needs CITATION.cff")
    text = path.read_text(encoding="utf-8")
    return _set_yaml_scalar(_set_yaml_scalar(text, "version", version), "date-released", date).encode("utf-8")


def changelog_for(root: Path, version: str, date: str, previous: str | None, section: str) -> bytes:
    """CHANGELOG.md with the generated section for this release: a new `## VERSION (DATE)` section before
    the first release section, or under the maintainers' own heading for this version when there is one."""
    path = root / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Changelog\n"
    since = f"since {previous}" if previous else "(first release)"
    generated = f"### Rows and schemas {since} (generated by `newscoder diff`)\n\n{section}\n"
    own = re.search(rf"^## {re.escape(version)}\b.*$", text, re.MULTILINE)
    if own:
        end = own.end()
        return (text[:end] + "\n\n" + generated + text[end:]).encode("utf-8")
    new = f"## {version} ({date})\n\n{generated}\n"
    first = re.search(r"^## ", text, re.MULTILINE)
    at = first.start() if first else len(text)
    if not first and not text.endswith("\n\n"):
        new = "\n" + new
    return (text[:at] + new + text[at:]).encode("utf-8")


def _extra_files(root: Path, raw: Path | None) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    if not (root / "LICENSE").is_file():
        raise ReleaseError(f"{root / 'LICENSE'} not found: a release needs the licence")
    files["LICENSE"] = (root / "LICENSE").read_bytes()
    if raw is not None and raw.is_dir():
        for path in sorted(raw.rglob("*")):
            if path.is_file() and _LICENCE_NAME.search(path.name):
                files[f"licenses/raw/{path.relative_to(raw).as_posix()}"] = path.read_bytes()
    card = root / "docs" / "datacard.md"
    if card.is_file():
        files["docs/datacard.md"] = card.read_bytes()
    img = root / "docs" / "img"
    if img.is_dir():
        for path in sorted(img.rglob("*")):
            if path.is_file():
                files[f"docs/img/{path.relative_to(img).as_posix()}"] = path.read_bytes()
    return files


def sha256sums(files: dict[str, bytes]) -> bytes:
    """The `sha256sum` format (hash, two spaces, path), sorted by path; `sha256sum -c` checks it."""
    return "".join(f"{_sha(data)}  {name}\n" for name, data in sorted(files.items())).encode("utf-8")


def write_zip(path: Path, prefix: str, files: dict[str, bytes], date: dt.date) -> None:
    """A zip whose bytes depend only on `files` and `date`: sorted members, one timestamp, fixed modes."""
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".release-", suffix=".zip.tmp", dir=path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            for name in sorted(files):
                info = zipfile.ZipInfo(f"{prefix}/{name}", date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # unix, so the mode below is read on every platform
                info.external_attr = 0o100644 << 16
                zf.writestr(info, files[name], compresslevel=9)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


# --- the release --------------------------------------------------------------------------------------


@dataclass
class Release:
    version: str
    previous: str | None
    level: str | None  # None for the first release
    zip_path: Path
    zip_sha256: str
    manifest_path: Path
    changelog: str
    diff: PackageDiff | None


def _previous_bundle(out_dir: Path, version: str, given: Path | None) -> Path | None:
    if given is not None:
        return given
    path = out_dir / f"{BUNDLE_PREFIX}{version}.zip"
    return path if path.is_file() else None


def _refuse_mismatch(version: str, previous: str, level: str, why: str) -> None:
    expected = next_version(previous, level)
    if version != expected:
        raise ReleaseError(
            f"version {version} does not match the change since {previous}: it is a {level.upper()} change "
            f"by the Data Package Version recipe, so this release is {expected}.\n{why}")


def make_release(version: str, package: Path, *, out_dir: Path, root: Path, raw: Path | None = None,
                 date: dt.date | None = None, previous_bundle: Path | None = None) -> Release:
    """Write the release bundle and its manifest; ReleaseError (nothing written) when it is refused."""
    parse_version(version)
    releases_dir = root / "releases"
    done = released_versions(releases_dir)
    manifest_path = releases_dir / f"{version}.json"
    if date is None and version in done:  # re-running a release reproduces it, date included
        date = dt.date.fromisoformat(json.loads(manifest_path.read_text(encoding="utf-8"))["date"])
    date = date or dt.datetime.now(dt.UTC).date()
    earlier = [v for v in done if parse_version(v) < parse_version(version)]
    if version not in done and done and parse_version(version) <= parse_version(done[-1]):
        raise ReleaseError(f"version {version} is not greater than the last release, {done[-1]} "
                           f"(releases/{done[-1]}.json)")
    previous = earlier[-1] if earlier else None
    with open_package(package) as pkg:
        current = table_summaries(pkg)
        level, diff, counts = None, None, None
        section = "- First release."
        if version in done:  # a re-run: the change recorded when the version was released
            recorded = json.loads(manifest_path.read_text(encoding="utf-8"))
            level, section, counts = recorded.get("level"), recorded.get("changelog", section), recorded.get("changes")
        if previous is not None and version not in done:  # (a re-run is checked against its manifest below)
            prev_zip = _previous_bundle(out_dir, previous, previous_bundle)
            if prev_zip is not None:
                with open_package(prev_zip) as old:
                    diff = diff_packages(old, pkg)
                level, section, counts = diff.level(), diff.changelog(), diff.counts()
            else:
                prev_manifest = json.loads((releases_dir / f"{previous}.json").read_text(encoding="utf-8"))
                level, section, counts = _manifest_diff(prev_manifest, pkg, current)
            _refuse_mismatch(version, previous, level, section)
        files = _package_files(pkg, version)
    files["CITATION.cff"] = citation_for(root, version, date.isoformat())
    files["CHANGELOG.md"] = changelog_for(root, version, date.isoformat(), previous, section)
    files.update(_extra_files(root, raw))
    files["SHA256SUMS"] = sha256sums(files)

    manifest = {
        "version": version,
        "date": date.isoformat(),
        "previous": previous,
        "level": level,
        "bundle": f"{BUNDLE_PREFIX}{version}.zip",
        "tables": current,
        "changes": counts,
        "changelog": section,
        "files": {name: {"bytes": len(data), "sha256": _sha(data)} for name, data in sorted(files.items())},
    }
    if version in done:  # a release is never changed: re-running it must reproduce the same files
        old = json.loads(manifest_path.read_text(encoding="utf-8"))
        if old.get("files") != manifest["files"]:
            changed = sorted(n for n in set(old.get("files", {})) | set(manifest["files"])
                             if old.get("files", {}).get(n) != manifest["files"].get(n))
            raise ReleaseError(f"version {version} was already released (releases/{version}.json) with other "
                               f"files ({', '.join(changed[:5])}); a release never changes: make a new version")
    zip_path = out_dir / f"{BUNDLE_PREFIX}{version}.zip"
    write_zip(zip_path, f"{BUNDLE_PREFIX}{version}", files, date)
    zip_sha = _sha(zip_path.read_bytes())
    manifest["bundle_sha256"] = zip_sha
    releases_dir.mkdir(parents=True, exist_ok=True)
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return Release(version, previous, level, zip_path, zip_sha, manifest_path, section, diff)


__all__ = ["Release", "ReleaseError", "SchemaChange", "make_release", "next_version", "parse_version",
           "released_versions"]
