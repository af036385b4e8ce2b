"""Commands that share the dataset: release bundles, row diffs, SQLite/Excel exports and Datasette.

Thin click wrappers over `newscoder.release`, `newscoder.diff`, `newscoder.export_sqlite`,
`newscoder.export_xlsx` and `newscoder.serve`; added to the `newscoder` group in `newscoder.cli`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from newscoder.paths import repo_root


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@click.command()
@click.argument("version")
@click.option("--out", default="dist", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the bundle (also where the previous release's bundle is looked for).")
@click.option("--package", default="datapackage.json", show_default=True, type=click.Path(dir_okay=False),
              help="The published package to release.")
@click.option("--raw", default="data/raw", show_default=True, type=click.Path(file_okay=False),
              help="Raw inputs: the corpora's licence notes found here go into the bundle.")
@click.option("--previous", "previous_bundle", default=None, type=click.Path(dir_okay=False, exists=True),
              help="The previous release's zip [default: OUT/newscoder-data-PREVIOUS.zip if present, else its "
                   "manifest in releases/].")
@click.option("--date", "date", default=None, callback=_date, metavar="YYYY-MM-DD",
              help="Release date for CITATION.cff and the zip timestamps [default: today, UTC; when re-running "
                   "a release, its recorded date].")
@click.option("--root", default=None, type=click.Path(file_okay=False, exists=True),
              help="Checkout holding CITATION.cff, CHANGELOG.md, LICENSE, docs/ and releases/ [default: this one].")
def release(version: str, out: str, package: str, raw: str, previous_bundle: str | None, date: dt.date | None,
            root: str | None) -> None:
    """Write the release bundle OUT/newscoder-data-VERSION.zip and its manifest releases/VERSION.json.

    The bundle holds datapackage.json at VERSION, every published CSV and Parquet file, the data card,
    CITATION.cff (version and date-released), CHANGELOG.md with a section generated from the row diff
    against the previous release, LICENSE, the corpora's licence notes and SHA256SUMS. VERSION must be
    SemVer, greater than the last release, and the bump the change calls for (Data Package Version:
    MAJOR removed/renamed fields or stricter constraints, MINOR added data or fields, PATCH corrections).
    The same inputs give the same bytes; re-running a released version reproduces it or is refused.

    Example:

        newscoder release 0.2.0 --out dist
    """
    from newscoder.release import ReleaseError, make_release

    try:
        rel = make_release(version, Path(package), out_dir=Path(out), root=Path(root) if root else repo_root(),
                           raw=Path(raw), date=date, previous_bundle=Path(previous_bundle) if previous_bundle else None)
    except (ReleaseError, ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    since = f"a {rel.level} change since {rel.previous}" if rel.previous else "the first release"
    click.echo(f"released {rel.version} ({since}): {rel.zip_path} sha256 {rel.zip_sha256}")
    click.echo(f"manifest: {rel.manifest_path}")
    click.echo(rel.changelog)


@click.command()
@click.argument("old", type=click.Path(exists=True))
@click.argument("new", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print {table: {added, removed, modified}} as JSON.")
@click.option("--out", default=None, type=click.Path(file_okay=False),
              help="Write every change as OUT/diff.csv and OUT/diff.parquet, and OUT/summary.json.")
@click.option("--decisions", default=None, type=click.Path(dir_okay=False, exists=True),
              help="Review decisions explaining changes [default: data/review/decisions.csv beside NEW].")
def diff(old: str, new: str, as_json: bool, out: str | None, decisions: str | None) -> None:
    """Compare two packages (datapackage.json or release zip) row by row on their primary keys.

    Reports rows added, removed and modified per table, the columns that changed with their old and
    new values (empty cells compared as empty), schema changes, and the review decisions that explain a
    change where there is one.

    Example:

        newscoder diff dist/newscoder-data-0.1.0.zip datapackage.json --out /tmp/changes
    """
    from newscoder.diff import diff_paths, write_details

    try:
        result = diff_paths(old, new, Path(decisions) if decisions else None)
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    if out:
        write_details(result, Path(out))
    if as_json:
        click.echo(json.dumps(result.counts(), indent=2))
    else:
        click.echo(result.format_text())
        if out:
            click.echo(f"\nwrote {Path(out) / 'diff.csv'}, diff.parquet and summary.json")


@click.command()
@click.option("--package", default="datapackage.json", show_default=True, type=click.Path(dir_okay=False),
              help="The published package to export (datapackage.json or a release zip).")
@click.option("--sqlite", "sqlite_path", default=None, type=click.Path(dir_okay=False),
              help="Write a SQLite database here: keys, foreign keys, FTS5 search, views with names.")
@click.option("--xlsx", "xlsx_path", default=None, type=click.Path(dir_okay=False),
              help="Write an Excel workbook here: a sheet per table and a sheet of column descriptions.")
def export(package: str, sqlite_path: str | None, xlsx_path: str | None) -> None:
    """Export the published tables to SQLite and/or Excel (separate files; the CSV files never change).

    SQLite: declared primary and foreign keys, full-text search on quotes.quote_text, articles.title
    and actors.name (quotes_fts ...), views quotes_named, events_named, mentions_named with the names.
    Excel: ids and codes as text, dates as dates, a frozen header row, never a formula or a link.

    Example:

        newscoder export --sqlite dist/newscoder.db --xlsx dist/newscoder.xlsx
    """
    if not sqlite_path and not xlsx_path:
        raise click.UsageError("give --sqlite PATH, --xlsx PATH or both")
    try:
        if sqlite_path:
            from newscoder.export_sqlite import export_sqlite

            done = export_sqlite(package, sqlite_path)
            rows = ", ".join(f"{n} {t}" for t, n in done["tables"].items())
            click.echo(f"wrote {done['path']}: {rows}; full-text search {', '.join(done['fts'])}; "
                       f"views {', '.join(done['views'])}")
        if xlsx_path:
            from newscoder.export_xlsx import export_xlsx

            done = export_xlsx(package, xlsx_path)
            rows = ", ".join(f"{n} {t}" for t, n in done["sheets"].items())
            click.echo(f"wrote {done['path']}: sheets columns, {rows}")
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@click.option("--package", default="datapackage.json", show_default=True, type=click.Path(dir_okay=False),
              help="The published package to serve.")
@click.option("--db", "db_path", default="dist/newscoder.db", show_default=True, type=click.Path(dir_okay=False),
              help="The SQLite export to serve (made, or remade, when it does not hold this package).")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port on 127.0.0.1 (0: any free port).")
def serve(package: str, db_path: str, port: int) -> None:
    """Browse the dataset in Datasette on 127.0.0.1 (exports to SQLite first if needed).

    The metadata comes from the Table Schemas: title, licence and source of every table, a
    description per column, facets on the enum and country columns, and actors.name as the label
    that foreign keys show. Full-text search on quotes, article titles and actor names.

    Example:

        newscoder serve --port 8001
    """
    from newscoder.serve import HOST, free_port, prepare
    from newscoder.serve import serve as run

    try:
        db, metadata, exported = prepare(package, db_path)
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    meta_path = db.with_suffix(".metadata.json")
    meta_path.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    port = port or free_port()
    click.echo(f"{'exported' if exported else 'up to date:'} {db}; serving on http://{HOST}:{port}/ "
               f"(Ctrl-C stops)", err=True)
    run(db, meta_path, port)
