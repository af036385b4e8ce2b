"""The review stage of the build: apply the decisions of data/review/decisions.csv to freshly extracted rows.

Pure with respect to its inputs (the decisions, the article, the rows): no I/O, no clock. A decision finds
its row by id; when the id no longer exists (the extractors or the article changed) it re-anchors on the
article by its exact span text and context, then by position (`newscoder.review.anchors`), and applies to
the row found at that span. A correction applies only while the field still holds `old_value`. Every
decision that does not apply is reported (`report()`), never applied to another row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from newscoder.records import Article
from newscoder.review.anchors import Anchor, find_anchor
from newscoder.review.decisions import ID_COLUMN
from newscoder.schema import load_schema
from newscoder.tables import row_id


def cell_text(value: object) -> str:
    """A value as it reads in the published CSV (how old_value and new_value are written)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def typed_value(table: str, field: str, text: str) -> object:
    """`text` (a CSV cell) as the schema type of `table.field`; ValueError when it does not read as one."""
    kind = next(f["type"] for f in load_schema(table)["fields"] if f["name"] == field)
    if text == "":
        return None
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "date":
        return dt.date.fromisoformat(text)
    if kind == "boolean":
        return {"true": True, "false": False}[text]
    return text


def _anchor(d: dict) -> Anchor:
    def num(v: str) -> int | None:
        return int(v) if v else None
    return Anchor(d["anchor_exact"], d["anchor_prefix"], d["anchor_suffix"], num(d["anchor_start"]),
                  num(d["anchor_end"]))


class ReviewStage:
    """Built once per build from the decisions (file order); `apply_article` for each article's rows,
    `apply_actors` for the actor table, then `report()`."""

    def __init__(self, decisions: list[dict]) -> None:
        # file order is decision order; a stable sort by date keeps it for decisions of one day
        self.decisions = sorted(decisions, key=lambda d: d["decided_date"])
        self.order = {d["decision_id"]: i for i, d in enumerate(self.decisions)}
        self.by_row: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.by_article: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self.merges: dict[str, dict] = {}
        for d in self.decisions:
            if d["action"] == "merge_into":
                self.merges[d["row_id"]] = d  # a later merge of the same actor wins
                continue
            self.by_row[d["table"], d["row_id"]].append(d)
            if d["article_id"]:
                self.by_article[d["table"], d["article_id"]].append(d)
        self.outcomes: dict[str, dict] = {}  # decision_id -> what happened to it
        self._misses: dict[str, str] = {}  # decision_id -> why it could not be placed (so far)
        self.merged_seen: set[str] = set()

    # ---------------------------------------------------------------- actors merged into others
    def actor(self, actor_id: str | None) -> str | None:
        """The actor id after merges (A merged into B, B into C: C); a cycle stops where it closes."""
        seen = set()
        while actor_id in self.merges and actor_id not in seen:
            seen.add(actor_id)
            self.merged_seen.add(actor_id)
            actor_id = self.merges[actor_id]["new_value"]
        return actor_id

    # ---------------------------------------------------------------- per-article tables
    def apply_article(self, table: str, article: Article, rows: list[dict]) -> list[dict]:
        """Apply the decisions about `table` rows of one article; rows are changed in place and returned."""
        key = ID_COLUMN[table]
        by_id = {row[key]: row for row in rows}
        found: dict[str, list[dict]] = defaultdict(list)
        placed: set[str] = set()
        for rid, _row in by_id.items():
            for d in self.by_row.get((table, rid), ()):
                found[rid].append(d)
                placed.add(d["decision_id"])
        for d in self.by_article.get((table, article.article_id), ()):
            if d["decision_id"] in placed or d["decision_id"] in self.outcomes:
                continue
            target, why = self._reanchor(d, article, rows)
            if target is None:
                self._misses[d["decision_id"]] = why
                continue
            found[target[key]].append(dict(d, _reanchored=why))
        for rid, ds in found.items():
            self._apply(table, by_id[rid], key, ds)
        return rows

    def _reanchor(self, d: dict, article: Article, rows: list[dict]) -> tuple[dict | None, str]:
        hit = find_anchor(article.text, _anchor(d))
        if hit is None:
            return None, f"the row {d['row_id']} is gone and its span text is no longer in article {d['article_id']}"
        start, end, how = hit
        at = [r for r in rows if r["char_start"] == start and r["char_end"] == end]
        if len(at) > 1 and d["table"] == "events" and d["anchor_start"]:
            # several events coded from one clause: the one that had the decision's id before the text moved
            # (an event id hashes its trigger, clause and code, see newscoder.tables.event_rows)
            shift = start - int(d["anchor_start"])
            at = [r for r in at if r.get("trigger_char_start") is not None and row_id(
                "evt", article.article_id, r["trigger_char_start"] - shift, int(d["anchor_start"]),
                int(d["anchor_end"]), r["cameo_code"]) == d["row_id"]] or at
        if d["action"] == "correct" and len(at) > 1:
            at = [r for r in at if cell_text(r.get(d["field"])) == d["old_value"]] or at
        if len(at) != 1:
            what = "no row of the build is" if not at else f"{len(at)} rows of the build are"
            return None, (f"the row {d['row_id']} is gone; its span was found again ({how}, {start}-{end}) "
                          f"but {what} there")
        return at[0], f"re-anchored by {how} to {at[0][ID_COLUMN[d['table']]]}"

    def _apply(self, table: str, row: dict, key: str, ds: list[dict]) -> None:
        status = row.get("review_status") or "unreviewed"
        applied, dates = [], []
        for d in sorted(ds, key=lambda d: self.order[d["decision_id"]]):
            outcome = {"decision_id": d["decision_id"], "table": table, "row_id": d["row_id"],
                       "action": d["action"]}
            if d.get("_reanchored"):
                outcome["row_id_now"] = row[key]
                outcome["anchored"] = d["_reanchored"]
            if d["action"] == "correct":
                current = cell_text(row.get(d["field"]))
                if current != d["old_value"]:
                    why = ("the field already holds new_value" if current == d["new_value"] else
                           f"{d['field']} is now {current!r}, not the old value {d['old_value']!r}")
                    self.outcomes[d["decision_id"]] = {**outcome, "result": "stale", "reason": why}
                    continue
                try:
                    value = typed_value(table, d["field"], d["new_value"])
                except (ValueError, KeyError) as exc:
                    self.outcomes[d["decision_id"]] = {**outcome, "result": "stale",
                                                       "reason": f"new_value does not fit {d['field']}: {exc}"}
                    continue
                row[d["field"]] = value
                status = "corrected" if status != "rejected" else status
            elif d["action"] == "reject":
                status = "rejected"
            elif d["action"] == "verify":
                status = "corrected" if status == "corrected" else "verified"
            applied.append(d["decision_id"])
            dates.append(d["decided_date"])
            self.outcomes[d["decision_id"]] = {**outcome, "result": "applied"}
        if applied:
            prior = (row.get("decision_ids") or "").split()
            row["review_status"] = status
            row["decision_ids"] = " ".join([*prior, *applied])
            row["reviewed_date"] = dt.date.fromisoformat(max(dates))

    # ---------------------------------------------------------------- actors
    def apply_actors(self, rows: list[dict]) -> list[dict]:
        """Apply the decisions about actors (by actor_id, else by the exact name when one actor has it);
        an actor that others were merged into carries the merge decisions."""
        by_id = {r["actor_id"]: r for r in rows}
        by_name: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            by_name[r["name"]].append(r)
        found: dict[str, list[dict]] = defaultdict(list)
        for (table, rid), ds in self.by_row.items():
            if table != "actors":
                continue
            for d in ds:
                if rid in by_id:
                    found[rid].append(d)
                elif len(by_name.get(d["anchor_exact"], ())) == 1:
                    found[by_name[d["anchor_exact"]][0]["actor_id"]].append(dict(d, _reanchored="re-anchored by name"))
                else:
                    self._misses[d["decision_id"]] = f"actor {rid} is not in the build (nor one actor named " \
                                                     f"{d['anchor_exact']!r})"
        for rid, ds in found.items():
            self._apply("actors", by_id[rid], "actor_id", ds)
        for source, d in self.merges.items():
            target = self.actor(source)
            outcome = {"decision_id": d["decision_id"], "table": "actors", "row_id": source, "action": "merge_into"}
            if source not in self.merged_seen:
                self._misses[d["decision_id"]] = f"actor {source} is not in the build: nothing to merge"
            elif target not in by_id:
                self.outcomes[d["decision_id"]] = {**outcome, "result": "stale",
                                                   "reason": f"the actor to merge into, {target}, is not in the build"}
            else:
                row = by_id[target]
                row["decision_ids"] = " ".join([*(row.get("decision_ids") or "").split(), d["decision_id"]])
                row["review_status"] = "corrected" if row.get("review_status") in (None, "unreviewed") \
                    else row["review_status"]
                dates = [x for x in (cell_text(row.get("reviewed_date")), d["decided_date"]) if x]
                row["reviewed_date"] = dt.date.fromisoformat(max(dates))
                self.outcomes[d["decision_id"]] = {**outcome, "result": "applied", "row_id_now": target}
        return rows

    # ---------------------------------------------------------------- report
    def report(self) -> dict:
        """For build_report.json: counts, and every decision that re-anchored, went stale or is orphaned,
        with its reason (deterministic: in decision order)."""
        results = {"applied": 0, "stale": 0, "orphaned": 0}
        reanchored, stale, orphaned = [], [], []
        for d in self.decisions:
            out = self.outcomes.get(d["decision_id"])
            if out is None:
                results["orphaned"] += 1
                why = self._misses.get(d["decision_id"]) or (
                    f"article {d['article_id']} is not in the build" if d["article_id"]
                    else f"row {d['row_id']} is not in the build")
                orphaned.append({"decision_id": d["decision_id"], "table": d["table"], "row_id": d["row_id"],
                                 "action": d["action"], "reason": why})
                continue
            results[out["result"]] += 1
            if out["result"] == "stale":
                stale.append(out)
            elif "anchored" in out:
                reanchored.append(out)
        return {"decisions": len(self.decisions), "counts": results, "reanchored": reanchored, "stale": stale,
                "orphaned": orphaned}
