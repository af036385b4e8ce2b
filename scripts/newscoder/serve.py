"""Datasette over the SQLite export, with metadata generated from the Table Schemas.

Every table gets its title, licence and source, a description per column, facets on its enum columns
(quote type, review status, PLOVER type, actor type ...) and country columns, and the actors table
`name` as its label column, so a foreign key to an actor shows the actor's name. Served on 127.0.0.1 only.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from newscoder.export_sqlite import LABEL_COLUMNS, META_TABLE, export_is_current, export_sqlite
from newscoder.package_io import Package, open_package

HOST = "127.0.0.1"
_VIEW_DESCRIPTIONS = {
    "quotes_named": "Quotes with the speaker's name and the article's title and date beside the ids.",
    "events_named": "Events with the source and target actors' names and the article's title and date.",
    "mentions_named": "Mentions with the actor's name and the article's title and date.",
    "actor_aliases_named": "Aliases with the actor's name.",
}


def _licence(descriptor: dict) -> tuple[str | None, str | None]:
    lic = (descriptor.get("licenses") or [{}])[0]
    return lic.get("name") or lic.get("title"), lic.get("path")


def _facets(fields: list[dict]) -> list[str]:
    """Enum columns and ISO country columns: the few-valued columns people filter on."""
    out = []
    for f in fields:
        enum = (f.get("constraints") or {}).get("enum")
        if enum or f["name"].endswith("country_iso3"):
            out.append(f["name"])
    return out


def _column_description(f: dict) -> str:
    text = f.get("description", "")
    enum = (f.get("constraints") or {}).get("enum")
    return f"{text} Values: {', '.join(enum)}." if enum else text


def datasette_metadata(pkg: Package, db_name: str) -> dict:
    """Datasette metadata for the export of `pkg` (database name `db_name`)."""
    desc = pkg.descriptor
    licence, licence_url = _licence(desc)
    n_sources = len(desc.get("sources", []))
    version = desc.get("version", "")
    source = f"newscoder data package {version}".strip() + (f", built from {n_sources} source files"
                                                             if n_sources else "")
    common = {"license": licence, "license_url": licence_url, "source": source}
    common = {k: v for k, v in common.items() if v}
    tables: dict[str, dict] = {}
    for name, table in pkg.tables.items():
        fields = table.schema.get("fields", [])
        entry = {
            "title": f"{name.replace('_', ' ').capitalize()}",
            "description": next((r.get("description", "") for r in desc["resources"] if r.get("name") == name),
                                ""),
            **common,
            "columns": {f["name"]: _column_description(f) for f in fields},
            "facets": _facets(fields),
        }
        if name in LABEL_COLUMNS and LABEL_COLUMNS[name] in table.columns:
            entry["label_column"] = LABEL_COLUMNS[name]
        tables[name] = entry
    for view, text in _VIEW_DESCRIPTIONS.items():
        base = view.removesuffix("_named")
        if base in pkg.tables:
            tables[view] = {"title": f"{base.replace('_', ' ').capitalize()} with names", "description": text,
                            **common, "facets": _facets(pkg.tables[base].schema.get("fields", []))}
    tables[META_TABLE] = {"hidden": True}
    return {
        "title": desc.get("title", "newscoder"),
        "description": desc.get("description", ""),
        **common,
        "databases": {db_name: {"title": desc.get("title", "newscoder"), **common, "tables": tables}},
    }


def prepare(package: str | Path, db_path: str | Path, *, force: bool = False) -> tuple[Path, dict, bool]:
    """Export the package to `db_path` unless it already holds this package; returns (db, metadata,
    exported)."""
    db_path = Path(db_path)
    exported = False
    if force or not export_is_current(package, db_path):
        export_sqlite(package, db_path)
        exported = True
    with open_package(package) as pkg:
        return db_path, datasette_metadata(pkg, db_path.stem), exported


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def datasette_command(db_path: Path, metadata_path: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "datasette", "serve", str(db_path), "--host", HOST, "--port", str(port),
            "--metadata", str(metadata_path), "--setting", "default_facet_size", "20"]


def serve(db_path: Path, metadata_path: Path, port: int) -> None:
    """Replace this process with Datasette (Ctrl-C or a signal stops it; no child is left behind)."""
    command = datasette_command(db_path, metadata_path, port)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(command[0], command)
