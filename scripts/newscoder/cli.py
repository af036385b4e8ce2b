"""Command-line interface: thin click wrappers over library functions.

Library errors become `click.ClickException` (a clear message, exit code 1, no traceback).
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from newscoder import __version__
from newscoder.ingest.base import DEFAULT_MAX_CHARS

# One BLAS thread per process, set before numpy is first loaded (nothing above loads it). spaCy's small
# model gains nothing from BLAS threads, and with `--jobs N` on N cores the threads OpenBLAS starts take
# cores from the other processes (see `newscoder.engines.one_blas_thread`). Worker processes inherit it.
# A value the user has set is kept.
for _var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newscoder")
def cli() -> None:
    """newscoder: events, quotes and actors from news articles, as a validated data package.

    Example:

        newscoder build && newscoder validate
    """


@cli.command()
@click.option("--raw", default="data/raw", show_default=True, type=click.Path(file_okay=False),
              help="Folder of input articles (.txt, .md, .json, .jsonl, .html).")
@click.option("--out", default="data", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the published CSV and Parquet tables and build_report.json.")
@click.option("--package", "package_path", default=None, type=click.Path(dir_okay=False),
              help="Where to write datapackage.json [default: beside the --out folder].")
@click.option("--registry", default=None, type=click.Path(file_okay=False),
              help="Curated actor registry folder [default: the repository's data/registry].")
@click.option("--no-validate", is_flag=True, help="Skip validating the package after publishing.")
@click.option("--cache", "cache_dir", default=".cache/newscoder", show_default=True,
              type=click.Path(file_okay=False), help="Folder of the per-article cache (incremental builds).")
@click.option("--no-cache", is_flag=True, help="Extract every article again and write no cache.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes for extraction (each loads spaCy once); same output as --jobs 1.")
@click.option("--engine", default="local", show_default=True, type=click.Choice(["local", "dask"]),
              help="Where extraction runs: this machine, or a dask.distributed cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler to use (e.g. tcp://10.0.0.5:8786) [default: a LocalCluster of --jobs workers].")
@click.option("--partitioned", is_flag=True,
              help="Also publish each table as Parquet partitioned by month (data/partitioned/<table>/).")
@click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(min=1),
              help="Reject articles longer than this many characters as 'too-long' (see docs/reliability.md).")
@click.option("--lock-timeout", default=None, type=click.FloatRange(min=0), metavar="SECONDS",
              help="When another build holds OUT, wait at most this long, then exit 1 (0: never wait) "
                   "[default: wait until it finishes].")
@click.option("--no-datacard", is_flag=True,
              help="Do not write the data card (docs/datacard.md and its charts, beside datapackage.json).")
def build(raw: str, out: str, package_path: str | None, registry: str | None, no_validate: bool, cache_dir: str,
          no_cache: bool, jobs: int, engine: str, scheduler: str | None, partitioned: bool, max_chars: int,
          lock_timeout: float | None, no_datacard: bool) -> None:
    """Ingest, extract, resolve and publish the dataset, then validate it.

    Bad input files are reported (path and reason) and counted in OUT/build_report.json; the
    other articles are built regardless. Articles already extracted with the same code, model and
    registry are read from the cache, so a rebuild only extracts what changed. Memory does not grow
    with the corpus: rows are sorted on disk, in a scratch folder inside OUT removed at the end.
    One build at a time writes into OUT (a lock file in OUT): a second one waits and says so.
    The data card (docs/datacard.md and its charts) is written beside the package.

    Example:

        newscoder build --raw data/raw --out data --jobs 2
    """
    from newscoder.buildlock import BuildLock
    from newscoder.pipeline import build as run_build

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if not Path(raw).exists():
        raise click.ClickException(f"input folder {raw} does not exist")
    try:
        # held through validation too: a second build must not replace the files while they are checked
        with BuildLock(out, timeout=lock_timeout, notify=lambda line: click.echo(line, err=True)):
            _build_and_validate(run_build, raw, out, package_path, registry, no_validate, cache_dir, no_cache,
                                jobs, engine, scheduler, partitioned, max_chars, not no_datacard)
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc


def _build_and_validate(run_build, raw: str, out: str, package_path: str | None, registry: str | None,
                        no_validate: bool, cache_dir: str, no_cache: bool, jobs: int, engine: str,
                        scheduler: str | None, partitioned: bool, max_chars: int, datacard: bool) -> None:
    result = run_build(raw, out, package_path, registry, cache_dir=cache_dir, use_cache=not no_cache,
                       engine=engine, jobs=jobs, scheduler=scheduler, partitioned=partitioned,
                       max_chars=max_chars, lock=False, datacard=datacard)
    report = result.report
    for rej in report["rejections"]:
        where = rej["path"] + (f" line {rej['line']}" if rej.get("line") else "") + (
            f" page {rej['page']!r}" if rej.get("page") else "")
        click.echo(f"rejected {where}: {rej['reason']}: {rej['message']}", err=True)
    for fail in report.get("extraction_failures", []):
        click.echo(f"{fail['path']} ({fail['external_id']}): {fail['extractor']} extractor failed: "
                   f"{fail['error']}", err=True)
    rev = report.get("review") or {}
    for item in rev.get("stale", []) + rev.get("orphaned", []):
        click.echo(f"review decision {item['decision_id']} ({item['table']} {item['row_id']}) not applied: "
                   f"{item['reason']}", err=True)
    rows = ", ".join(f"{n} {t}" for t, n in report["rows"].items())
    click.echo(
        f"read {report['articles_read']} articles, published {report['articles_published']}, "
        f"rejected {report['articles_rejected']}; wrote {rows} to {result.data_dir}/ "
        f"and {result.package_path}"
    )
    c = result.cache
    click.echo(f"cache: {c['hits']} hits, {c['doc_hits']} re-extracted from cached parses, "
               f"{c['misses']} extracted" + (f", {c['corrupt']} unreadable entries ignored" if c["corrupt"] else "")
               + ("" if not no_cache else " (cache off)"))
    if not no_validate:
        _run_validate(result.package_path, Path(raw), as_json=False)


@cli.command()
@click.argument("package", default="datapackage.json", type=click.Path(dir_okay=False))
@click.option("--raw", default="data/raw", show_default=True, type=click.Path(file_okay=False),
              help="Raw articles to check spans and hashes against (skipped when the folder is absent).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (for machines).")
@click.option("--no-frictionless", is_flag=True,
              help="Skip the (slow) Frictionless pass over the CSV files; the Parquet checks still run.")
def validate(package: str, raw: str, as_json: bool, no_frictionless: bool) -> None:
    """Validate a published package: exit 0 when valid, 1 with a report otherwise.

    Runs the Frictionless checks, the same constraints on the Parquet files, CSV/Parquet
    agreement, span and hash checks against the raw articles, and version agreement.

    Example:

        newscoder validate datapackage.json --json
    """
    _run_validate(Path(package), Path(raw), as_json=as_json, frictionless_check=not no_frictionless)


def _run_validate(package: Path, raw: Path, *, as_json: bool, frictionless_check: bool = True) -> None:
    from newscoder.validate import validate_package

    report = validate_package(package, raw if raw.exists() else None, frictionless_check=frictionless_check)
    click.echo(report.to_json() if as_json else report.format_text())
    if not report.valid:
        raise SystemExit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="JSON Lines file to write, one object per article.")
@click.option("--registry", default=None, type=click.Path(file_okay=False),
              help="Curated actor registry folder [default: the repository's data/registry].")
@click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(min=1),
              help="Reject articles longer than this many characters as 'too-long' (see docs/reliability.md).")
def extract(paths: tuple[str, ...], output: str, registry: str | None, max_chars: int) -> None:
    """Run the pipeline on files or folders without publishing.

    Writes one JSON object per article: the article row, its text (which every offset indexes),
    and its actors, mentions, quotes, events and timex. Undated articles are kept (their relative
    dates are left unresolved); unreadable ones are reported on stderr.

    Example:

        newscoder extract data/raw -o /tmp/extract.jsonl
    """
    from newscoder.pipeline import extract_records, write_jsonl

    try:
        objects, rejections, failures = extract_records(paths, registry, max_chars=max_chars)
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc
    for rej in rejections:
        where = rej.path + (f" line {rej.line}" if rej.line else "")
        click.echo(f"rejected {where}: {rej.reason}: {rej.message}", err=True)
    for line in failures:
        click.echo(line, err=True)
    n = write_jsonl(objects, output)
    click.echo(f"wrote {n} articles to {output} ({len(rejections)} inputs rejected)", err=True)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["cff", "bibtex", "apa"]), default="apa", show_default=True)
@click.option("--row", "row_id", default=None, help="Cite one quote, event, actor or mention by its id.")
@click.option("--data", "data_dir", default=None, type=click.Path(file_okay=False),
              help="Folder of the published tables [default: ./data].")
def cite(fmt: str, row_id: str | None, data_dir: str | None) -> None:
    """Cite the dataset, or one quote, event or actor with the article it comes from.

    Example:

        newscoder cite --format bibtex
        newscoder cite --row quo_1a2b3c4d5e6f7a8b
    """
    from newscoder.cite import cite_dataset, cite_row

    try:
        text = cite_row(row_id, fmt, data_dir) if row_id else cite_dataset(fmt)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        raise click.ClickException(str(exc).strip("'\"")) from exc
    click.echo(text)


# ------------------------------------------------------------------ review (docs/review.md)
def _review_dir(data_dir: str, review_dir: str | None) -> Path:
    return Path(review_dir) if review_dir else Path(data_dir) / "review"


_DATA_OPT = click.option("--data", "data_dir", default="data", show_default=True, type=click.Path(file_okay=False),
                         help="Folder of the published tables.")
_REVIEW_OPT = click.option("--review-dir", default=None, type=click.Path(file_okay=False),
                           help="Folder of the review files [default: DATA/review].")
_RAW_OPT = click.option("--raw", default="data/raw", show_default=True, type=click.Path(file_okay=False),
                        help="Raw articles, read for the passages and anchors when DATA has no article_texts.")


@cli.group()
def review() -> None:
    """Review sheets, decisions and audited precision (see docs/review.md).

    Example:

        newscoder review sample --table quotes --n 60 --seed 7 --audit -o sheet.xlsx
    """


@review.command("sample")
@click.option("--table", required=True, type=click.Choice(["quotes", "events", "actors", "mentions"]))
@click.option("--n", "n", type=click.IntRange(min=1), default=None, help="Rows to draw at random.")
@click.option("--seed", type=int, default=None, help="Seed of the random draw (an audit needs a fresh one).")
@click.option("--audit", is_flag=True, help="A uniform random audit sample: the sheet gets the rubric columns.")
@click.option("--ids", "ids_file", default=None, type=click.Path(dir_okay=False, exists=True),
              help="Review these rows instead (one row id per line): a targeted review, never an audit.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Sheet to write (.xlsx or .csv).")
@_DATA_OPT
@_RAW_OPT
@_REVIEW_OPT
def review_sample(table: str, n: int | None, seed: int | None, audit: bool, ids_file: str | None, output: str,
                  data_dir: str, raw: str, review_dir: str | None) -> None:
    """Draw rows of a published table into a review sheet, and record the sample in DATA/review/samples.json.

    Example:

        newscoder review sample --table quotes --n 60 --seed 7 --audit -o quotes-audit.xlsx
    """
    from newscoder.review.sheets import SheetError, draw_sample, sheet_rows, write_sheet

    ids = None
    if ids_file:
        ids = [x.strip() for x in Path(ids_file).read_text(encoding="utf-8").splitlines() if x.strip()]
    try:
        sample = draw_sample(Path(data_dir), _review_dir(data_dir, review_dir), table, n=n, seed=seed, ids=ids,
                             audit=audit)
        columns, lines = sheet_rows(sample, Path(data_dir), Path(raw))
        write_sheet(output, columns, lines, table, sample["audit"])
    except (SheetError, ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"sample {sample['sample_id']}: {sample['n']} of {sample['population']} {table} rows -> {output}")


@review.command("import")
@click.argument("sheet", type=click.Path(dir_okay=False, exists=True))
@click.option("--reviewer", required=True, help="Who reviewed the sheet (recorded with every decision).")
@click.option("--date", "decided", default=None, type=click.DateTime(["%Y-%m-%d"]),
              help="Date of the decisions [default: today].")
@_DATA_OPT
@_RAW_OPT
@_REVIEW_OPT
def review_import(sheet: str, reviewer: str, decided, data_dir: str, raw: str, review_dir: str | None) -> None:
    """Check a filled review sheet whole, then append its decisions (and audit answers), or nothing.

    Every bad line is listed and the exit code is 1; the next `newscoder build` applies the decisions.

    Example:

        newscoder review import quotes-audit.xlsx --reviewer "A. Editor"
    """
    from newscoder.review.importer import import_sheet
    from newscoder.review.sheets import SheetError

    try:
        result = import_sheet(sheet, reviewer, Path(data_dir), _review_dir(data_dir, review_dir), Path(raw),
                              today=decided.date() if decided else None)
    except (SheetError, ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"imported {len(result.decisions)} decisions and {result.judged} judged audit rows from {sheet}"
               + (f" ({result.skipped} already imported)" if result.skipped else ""))
    if result.unanchored:
        click.echo(f"warning: {result.unanchored} decisions have no span text to re-anchor by (article bodies not "
                   f"found under --raw {raw} nor in {data_dir}/article_texts.csv): they apply by row id only",
                   err=True)


@review.command("status")
@_DATA_OPT
def review_status(data_dir: str) -> None:
    """Print the rows of each table per review status.

    Example:

        newscoder review status
    """
    from newscoder.review import status_counts

    counts = status_counts(data_dir)
    if not counts:
        raise click.ClickException(f"no published tables in {data_dir}")
    for table, by_status in counts.items():
        click.echo(f"{table}: " + ", ".join(f"{s} {n}" for s, n in by_status.items()))


@review.command("report")
@_DATA_OPT
@_REVIEW_OPT
@click.option("--json", "as_json", is_flag=True, help="Print newscoder:audit as JSON.")
@click.option("--markdown", is_flag=True, help="Print a Markdown table (for the data card).")
def review_report(data_dir: str, review_dir: str | None, as_json: bool, markdown: bool) -> None:
    """Audited precision per table, from audit samples only, with 95 % Wilson intervals.

    The build writes the same figures into datapackage.json (newscoder:audit).

    Example:

        newscoder review report --json
    """
    import json

    from newscoder.review.audit import audit_summary, format_markdown, format_summary
    from newscoder.review.sheets import current_build

    try:
        summary = audit_summary(_review_dir(data_dir, review_dir), current_build(Path(data_dir)))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        click.echo(format_markdown(summary) if markdown else format_summary(summary))


# Sharing the dataset: release bundles, row diffs, SQLite/Excel exports, Datasette (newscoder.cli_share).
def _add_share_commands() -> None:
    from newscoder import cli_share

    for command in (cli_share.release, cli_share.diff, cli_share.export, cli_share.serve):
        cli.add_command(command)


_add_share_commands()


def main() -> None:
    cli(prog_name="newscoder")


if __name__ == "__main__":
    main()
