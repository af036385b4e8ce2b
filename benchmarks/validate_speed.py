"""Speed of the Parquet checks of `newscoder validate` on a synthetic mentions table.

Makes N mention rows (default 1,000,000) with their actors and articles, writes them as Parquet (and the
mentions as CSV), then times, in the same run:

- baseline: `pyarrow.parquet.read_table` of the same file (the floor: reading is part of every check);
- the Parquet checks: read + types, required, enum, pattern, minimum, primary key and foreign keys
  (and the same checks alone, on the tables already in memory);
- baseline: `pyarrow.csv.read_csv` of the mentions CSV;
- the CSV/Parquet parity check (read the CSV as text, cast, compare).

It prints a table of seconds and rows per second and never asserts a time. The data is made from the row
number alone (no randomness), so every run checks the same rows.

    .venv/bin/python benchmarks/validate_speed.py [--rows N] [--repeat R]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from newscoder.checks.base import PARQUET_PROPERTY, Resource
from newscoder.checks.parity import check_parity, read_csv_text
from newscoder.checks.parquet import check_foreign_keys, check_table, read_parquet
from newscoder.publish import _PARQUET_OPTIONS, WRITE_ROWS
from newscoder.schema import TABLES, arrow_schema, load_schema

WORDS = ["Donald Trump", "Washington", "Havana", "he", "the US President", "Cuba", "the island nation"]
SENTENCES = [f"Sentence number {k} of a synthetic article, long enough to look like news prose."
             for k in range(20)]


def _ids(prefix: str, numbers: pa.Array) -> pa.Array:
    return pc.binary_join_element_wise(prefix, pc.cast(numbers, pa.string()), "")


def _cast_to_schema(name: str, columns: dict[str, pa.Array]) -> pa.Table:
    schema = arrow_schema(name)
    arrays = []
    for field in schema:
        arrays.append(pc.cast(columns[field.name], field.type) if not pa.types.is_dictionary(field.type)
                      else columns[field.name])
    return pa.Table.from_arrays(arrays, schema=schema)


def _enum(field: str, table: str, indices: pa.Array) -> pa.DictionaryArray:
    allowed = next(f for f in load_schema(table)["fields"] if f["name"] == field)["constraints"]["enum"]
    return pa.DictionaryArray.from_arrays(pc.cast(indices, pa.int32()), pa.array(allowed, pa.string()))


def make_tables(n: int) -> dict[str, pa.Table]:
    i = pa.array(range(n), pa.int64())
    n_articles, n_actors = max(1, n // 50), max(1, min(n, 1000))
    art = pa.array(range(n_articles), pa.int64())
    act = pa.array(range(n_actors), pa.int64())
    word_idx = pc.cast(pc.divide(pc.multiply(i, 7), 3), pa.int64())
    word_idx = pc.subtract(word_idx, pc.multiply(pc.divide(word_idx, len(WORDS)), len(WORDS)))
    words = pa.array(WORDS).take(word_idx)
    starts = pc.multiply(pc.subtract(i, pc.multiply(pc.divide(i, 50), 50)), 40)
    mentions = {
        "mention_id": _ids("men_", i),
        "article_id": _ids("art_", pc.divide(i, 50)),
        "actor_id": _ids("act_", pc.subtract(i, pc.multiply(pc.divide(i, n_actors), n_actors))),
        "text": words,
        "mention_kind": _enum("mention_kind", "mentions", pc.subtract(i, pc.multiply(pc.divide(i, 5), 5))),
        "sentence_index": pc.divide(pc.subtract(i, pc.multiply(pc.divide(i, 50), 50)), 3),
        "char_start": starts,
        "char_end": pc.add(starts, pc.utf8_length(words)),
        "evidence": pa.array(SENTENCES).take(pc.subtract(i, pc.multiply(pc.divide(i, 20), 20))),
        "extractor": pa.array(["newscoder.extract.mentions"] * n),
        "extractor_version": pa.array(["0.1.0"] * n),
    }
    actors = {
        "actor_id": _ids("act_", act), "name": _ids("Actor ", act),
        "actor_type": _enum("actor_type", "actors", pa.array([0] * n_actors)),
        "country_iso3": pa.array(["USA"] * n_actors), "role": pa.nulls(n_actors, pa.string()),
        "parent_actor_id": pa.nulls(n_actors, pa.string()), "wikidata_id": pa.nulls(n_actors, pa.string()),
        "is_registered": pa.array([False] * n_actors), "n_mentions": pa.array([1] * n_actors),
        "n_articles": pa.array([1] * n_actors), "first_seen_date": pa.nulls(n_actors, pa.date32()),
        "last_seen_date": pa.nulls(n_actors, pa.date32()),
    }
    sha = "0" * 64
    articles = {
        "article_id": _ids("art_", art), "external_id": _ids("x", art),
        "title": pa.nulls(n_articles, pa.string()),
        "publisher": pa.nulls(n_articles, pa.string()), "byline": pa.nulls(n_articles, pa.string()),
        "url": pa.nulls(n_articles, pa.string()),
        "published_date": pc.cast(pa.array(["2026-02-02"] * n_articles), pa.date32()),
        "language": pa.array(["en"] * n_articles), "word_count": pa.array([500] * n_articles),
        "text_sha256": pa.array([sha] * n_articles), "source_path": _ids("data/raw/", art),
        "source_format": _enum("source_format", "articles", pa.array([0] * n_articles)),
        "source_sha256": pa.array([sha] * n_articles),
    }
    built = {"mentions": _cast_to_schema("mentions", mentions), "actors": _cast_to_schema("actors", actors),
             "articles": _cast_to_schema("articles", articles)}
    # rows sorted by primary key, as publish writes them
    return {name: t.sort_by([(k, "ascending") for k in load_schema(name)["primaryKey"]])
            for name, t in built.items()}


def _resource(name: str, folder: Path) -> Resource:
    desc = {"name": name, "path": f"{name}.csv", "schema": load_schema(name),
            PARQUET_PROPERTY: {"path": f"{name}.parquet"}}
    return Resource(name, desc, folder / f"{name}.csv", folder / f"{name}.parquet", f"{name}.csv",
                    f"{name}.parquet")


def _best(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is shown")
    args = parser.parse_args()
    assert set(TABLES) >= {"mentions", "actors", "articles"}

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tables = make_tables(args.rows)
        for name, table in tables.items():
            # the publisher's settings, row groups of WRITE_ROWS included, as in a published file
            pq.write_table(table, folder / f"{name}.parquet", row_group_size=WRITE_ROWS, **_PARQUET_OPTIONS)
        pacsv.write_csv(tables["mentions"].cast(pa.schema(
            [pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type)
             for f in tables["mentions"].schema])), folder / "mentions.csv")
        resources = {name: _resource(name, folder) for name in tables}
        n = args.rows
        mentions = resources["mentions"]

        def parquet_checks():
            loaded, errors = {}, []
            for name, res in resources.items():
                loaded[name], problems = read_parquet(res)
                errors += problems + check_table(res, loaded[name])
            for res in resources.values():
                errors += check_foreign_keys(res, loaded)
            return errors

        in_memory = {name: pq.read_table(res.parquet_path) for name, res in resources.items()}

        def checks_only():
            errors = []
            for name, res in resources.items():
                errors += check_table(res, in_memory[name])
            for res in resources.values():
                errors += check_foreign_keys(res, in_memory)
            return errors

        def parity():
            csv_table, errors = read_csv_text(mentions)
            return errors + check_parity(mentions, csv_table, pq.read_table(mentions.parquet_path))

        rows = [
            ("pyarrow.parquet.read_table (baseline)", lambda: pq.read_table(mentions.parquet_path)),
            ("Parquet checks: read + check, 3 tables", parquet_checks),
            ("  of which the checks (tables in memory)", checks_only),
            ("pyarrow.csv.read_csv (baseline)", lambda: pacsv.read_csv(mentions.csv_path)),
            ("CSV/Parquet parity: mentions", parity),
        ]
        print(f"{n:,} mention rows ({tables['actors'].num_rows:,} actors, {tables['articles'].num_rows:,} "
              f"articles); best of {args.repeat}")
        print(f"{'step':<46} {'seconds':>9} {'rows/s':>14}  errors")
        for label, fn in rows:
            seconds, result = _best(fn, args.repeat)
            found = len(result) if isinstance(result, list) else "-"
            print(f"{label:<46} {seconds:>9.3f} {n / seconds:>14,.0f}  {found}")


if __name__ == "__main__":
    main()
