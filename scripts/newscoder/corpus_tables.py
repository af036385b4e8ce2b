"""The published tables, accumulated one article at a time: the streaming half of `newscoder build`.

An article's records are turned into rows as soon as they come out of the cache or the workers, and then
let go. The rows of the per-article tables (articles, mentions, quotes, events) go to external sorters
(`newscoder.spill`) that keep at most `spill_rows` rows in memory and the rest in run files on disk; the
actor tables are accumulated per actor (`ActorAccumulator`), which is bounded by the number of distinct
actors, not of articles. Rows are ordered by primary key when they are written, so the order in which
articles arrive does not matter, and neither does the engine.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterator
from pathlib import Path

from newscoder.casting import cast_columns
from newscoder.publish import WRITE_ROWS, TableFeed, memory_feed
from newscoder.records import ArticleRecords
from newscoder.resolve.actors import ActorAccumulator, local_ids
from newscoder.review.audit import IdDigest, table_digest
from newscoder.schema import load_schema
from newscoder.spill import SortedSpill, batches
from newscoder.tables import UNREVIEWED, article_row, article_text_rows, event_rows, mention_rows, quote_rows

ARTICLE_TABLES = ("articles", "article_texts", "mentions", "quotes", "events")
SPILL_ROWS = 40_000  # rows of the per-article tables held in memory before all are spilled to disk


class CorpusTables:
    """Add each article's records once (any order); then `feeds()` for `publish_feeds` and the counts for
    the build report. `scratch` is a folder for the run files (the caller deletes it)."""

    def __init__(self, registry, scratch: str | Path, *, partitioned: bool = False,
                 spill_rows: int = SPILL_ROWS, review=None) -> None:
        self.actors = ActorAccumulator(registry)
        self.registry = registry
        self.review = review  # newscoder.review.apply.ReviewStage: the decisions applied to every row
        self.partitioned = partitioned
        self.spill_rows = spill_rows
        self._columns = {t: [f["name"] for f in load_schema(t)["fields"]] for t in ARTICLE_TABLES}
        self._row = {t: operator.itemgetter(*cols) for t, cols in self._columns.items()}
        self._key = {t: operator.itemgetter(*load_schema(t)["primaryKey"]) for t in ARTICLE_TABLES}
        never = 1 << 62  # the sorters never spill on their own: `add` spills them all together
        self._sorted = {t: SortedSpill(scratch, buffer_rows=never, name=t) for t in ARTICLE_TABLES}
        self._by_month = ({t: SortedSpill(scratch, buffer_rows=never, name=f"{t}-by-month") for t in ARTICLE_TABLES}
                          if partitioned else {})
        self.n_articles = 0
        self.junk_entities_dropped = 0
        self.last_published: dt.date | None = None
        self.licenses: dict[str | None, int] = {}  # licence id (None: unknown) -> articles
        self._failures: list[tuple[int, dict]] = []
        # which build this is, per audited table: an audit sample drawn from another build is not its audit
        self.id_digests = {t: IdDigest() for t in ("quotes", "events")}

    def add(self, rec: ArticleRecords, ordinal: int) -> None:
        """One article's records; `ordinal` is its place in the input order (orders the failures list)."""
        ids = local_ids(rec, self.registry)
        if self.review is not None and self.review.merges:  # actors merged into others by a review decision
            ids = {key: self.review.actor(gid) for key, gid in ids.items()}
        ids = self.actors.add(rec, ids)

        def actor_id(_article_id: str, key: str | None) -> str | None:
            return ids.get(key) if key else None

        art = rec.article
        date = art.published_date
        month = date.isoformat()[:7] if date else None
        if self.partitioned and month is None:
            raise ValueError(f"{art.source_path}: an article without a publication date cannot be partitioned")
        tables = (("articles", [article_row(art)]), ("article_texts", article_text_rows(art)),
                  ("mentions", mention_rows(rec, actor_id)),
                  ("quotes", quote_rows(rec, actor_id)), ("events", event_rows(rec, actor_id)))
        for table, rows in tables:
            if self.review is not None and self.review.decisions and table not in ("articles", "article_texts"):
                self.review.apply_article(table, art, rows)
            row_of, key_of, sorter = self._row[table], self._key[table], self._sorted[table]
            by_month = self._by_month.get(table)
            digest = self.id_digests.get(table)
            for row in rows:
                key = key_of(row)
                if digest is not None:
                    digest.add(key)
                key = key if isinstance(key, tuple) else (key,)
                values = row_of(row)
                sorter.add(key, values)
                if by_month is not None:
                    by_month.add((month, *key), values)
        self.n_articles += 1
        self.licenses[art.license] = self.licenses.get(art.license, 0) + 1
        self.junk_entities_dropped += rec.dropped_entities
        if date is not None and (self.last_published is None or date > self.last_published):
            self.last_published = date
        for name, error in rec.failures:
            self._failures.append((ordinal, {"path": art.source_path, "external_id": art.external_id,
                                             "extractor": name, "error": error}))
        if self.buffered >= self.spill_rows:
            for sorter in (*self._sorted.values(), *self._by_month.values()):
                sorter.spill()

    @property
    def buffered(self) -> int:
        return sum(s.buffered for s in self._sorted.values())

    @property
    def failures(self) -> list[dict]:
        return [f for _, f in sorted(self._failures, key=operator.itemgetter(0))]

    def feeds(self) -> tuple[dict[str, TableFeed], dict[str, int]]:
        """The feeds of every table for `publish_feeds`, and the row count of each table."""
        actors, aliases = self.actors.tables()
        for row in actors:
            for col, default in UNREVIEWED.items():
                row.setdefault(col, default)
        if self.review is not None:
            self.review.apply_actors(actors)
        self.build_digests = {t: d.hexdigest() for t, d in self.id_digests.items()}
        self.build_digests["actors"] = table_digest(r["actor_id"] for r in actors)
        feeds = {"actors": memory_feed("actors", actors), "actor_aliases": memory_feed("actor_aliases", aliases)}
        counts = {"actors": len(actors), "actor_aliases": len(aliases)}
        for table in ARTICLE_TABLES:
            feeds[table] = TableFeed(batches=lambda t=table: self._batches(t),
                                     parts=(lambda t=table: self._parts(t)) if self.partitioned else None)
            counts[table] = self._sorted[table].n_rows
        return feeds, counts

    def _cast(self, table: str, rows: list[tuple]) -> dict[str, list]:
        return cast_columns(table, dict(zip(self._columns[table], map(list, zip(*rows, strict=True)), strict=True)))

    def _batches(self, table: str) -> Iterator[dict[str, list]]:
        for batch in batches(self._sorted[table].sorted_items(), WRITE_ROWS):
            yield self._cast(table, [row for _, row in batch])

    def _parts(self, table: str) -> Iterator[tuple[str | None, dict[str, list]]]:
        current: list[tuple] = []
        month = None
        for key, row in self._by_month[table].sorted_items():
            if current and (key[0] != month or len(current) >= WRITE_ROWS):
                yield month, self._cast(table, current)
                current = []
            month = key[0]
            current.append(row)
        if current:
            yield month, self._cast(table, current)

    def close(self) -> None:
        for sorter in (*self._sorted.values(), *self._by_month.values()):
            sorter.close()
