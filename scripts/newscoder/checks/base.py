"""What every check shares: the error record, the package loader and the row-error limit."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

# At most this many row errors of one kind per table and field: a million bad rows would otherwise make a
# report nobody can read. The rest are counted in one summary error (row None).
MAX_ROW_ERRORS = 10

PARQUET_PROPERTY = "newscoder:parquet"  # where publish declares each resource's Parquet twin


@dataclass(frozen=True, slots=True)
class ValidationError:
    """One problem found. `type` is a stable machine name (documented in docs/validation.md);
    `row` is the 1-based data row number (the header is not counted), None for file-level problems."""

    type: str
    table: str | None
    row: int | None
    field: str | None
    message: str
    file: str | None = None  # the file the problem is in, relative to the package folder

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Resource:
    """One table of the package as datapackage.json declares it."""

    name: str
    descriptor: dict
    csv_path: Path
    parquet_path: Path | None
    csv_rel: str
    parquet_rel: str | None

    @property
    def schema(self) -> dict:
        return self.descriptor.get("schema") or {}

    @property
    def fields(self) -> list[dict]:
        return list(self.schema.get("fields") or [])

    @property
    def primary_key(self) -> list[str]:
        key = self.schema.get("primaryKey") or []
        return [key] if isinstance(key, str) else list(key)

    @property
    def foreign_keys(self) -> list[tuple[list[str], str, list[str]]]:
        """(fields, referenced resource name, referenced fields); a self-reference names this resource."""
        out = []
        for fk in self.schema.get("foreignKeys") or []:
            ref = fk.get("reference") or {}
            fields, ref_fields = fk.get("fields"), ref.get("fields")
            fields = [fields] if isinstance(fields, str) else list(fields or [])
            ref_fields = [ref_fields] if isinstance(ref_fields, str) else list(ref_fields or [])
            out.append((fields, ref.get("resource") or self.name, ref_fields))
        return out


def load_package(package_path: Path) -> tuple[dict | None, list[ValidationError]]:
    """The datapackage.json descriptor, or None with the reason as an error."""
    if not package_path.is_file():
        return None, [ValidationError("missing-file", None, None, None,
                                      f"{package_path} does not exist", file=str(package_path))]
    try:
        data = json.loads(package_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, [ValidationError("package-error", None, None, None,
                                      f"{package_path} is not readable JSON: {exc}", file=str(package_path))]
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list):
        return None, [ValidationError("package-error", None, None, None,
                                      f"{package_path} has no list of resources", file=str(package_path))]
    return data, []


def package_resources(package: dict, base: Path) -> tuple[list[Resource], list[ValidationError]]:
    """Resources with their files resolved against the package folder; a declared file that is not
    there is a `missing-file` error (and the resource is still returned, so other checks can skip it)."""
    resources, errors = [], []
    for desc in package["resources"]:
        if not isinstance(desc, dict) or not isinstance(desc.get("path"), str):
            errors.append(ValidationError("package-error", None, None, None,
                                          f"resource without a path: {desc!r}"))
            continue
        name = str(desc.get("name") or desc["path"])
        twin = desc.get(PARQUET_PROPERTY) or {}
        parquet_rel = twin.get("path") if isinstance(twin, dict) else None
        parquet_rel = parquet_rel if isinstance(parquet_rel, str) else None
        res = Resource(name, desc, base / desc["path"], base / parquet_rel if parquet_rel else None,
                       desc["path"], parquet_rel)
        for path, rel in ((res.csv_path, res.csv_rel), (res.parquet_path, res.parquet_rel)):
            if path is not None and not path.is_file():
                message = f"{rel} is declared in datapackage.json but does not exist"
                errors.append(ValidationError("missing-file", name, None, None, message, file=rel))
        resources.append(res)
    return resources, errors
