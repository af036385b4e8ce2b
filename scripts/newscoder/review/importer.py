"""`newscoder review import`: a filled sheet -> decisions (and, for an audit, the rubric answers).

The whole sheet is checked first; either every filled line is appended (decisions.csv, judgements.csv) or
nothing is, and the error lists every bad line. For an audit line the answers are the measurement and also
decide: the gate question answered "no" (not an attribution, not an event, not an entity) is a reject, a
fully right row a verify; a decision written in the decision columns (e.g. correct speaker_actor_id with the
right speaker) is taken as written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from newscoder.review.anchors import make_anchor
from newscoder.review.apply import typed_value
from newscoder.review.audit import EXTRA, GATE, RUBRIC, append_judgements, fully_right, read_judgements, read_samples
from newscoder.review.decisions import (
    ACTIONS,
    DECISIONS_FILE,
    EDITABLE,
    ID_COLUMN,
    REVIEW_TABLES,
    append_decisions,
    check_row,
    read_decisions,
)
from newscoder.review.sheets import article_texts, read_sheet, read_table_text, span_of


class ImportProblems(ValueError):
    """The sheet was refused; `problems` holds one message per bad line."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{path}: refused, nothing imported ({len(problems)} problems):\n" + "\n".join(problems))


@dataclass
class ImportResult:
    decisions: list[dict] = field(default_factory=list)  # appended to decisions.csv
    judged: int = 0  # audit rows whose answers were appended
    skipped: int = 0  # filled lines already imported before (same decision, same answers)
    unanchored: int = 0  # decisions with no span text (article body not found): they apply by row id only


def _actor_value(value: str, actors: dict[str, dict]) -> tuple[str | None, str | None]:
    """An actor given by id or by its exact name (one actor with it) -> (actor_id, problem)."""
    if value in actors:
        return value, None
    named = [a for a, row in actors.items() if row["name"].casefold() == value.casefold()]
    if len(named) == 1:
        return named[0], None
    if named:
        return None, f"{len(named)} actors are named {value!r} ({', '.join(sorted(named))}): give the actor_id"
    return None, f"no actor {value!r} (give an actor_id of data/actors.csv or an exact actor name)"


def import_sheet(path: str | Path, reviewer: str, data_dir: Path, review_dir: Path, raw_dir: Path | None = None,
                 today: dt.date | None = None) -> ImportResult:
    path, data_dir, review_dir = Path(path), Path(data_dir), Path(review_dir)
    if not reviewer.strip():
        raise ImportProblems(path, ["--reviewer must name the reviewer"])
    today = today or dt.date.today()
    lines = read_sheet(path)
    samples = {s["sample_id"]: s for s in read_samples(review_dir)}
    judged_before: dict[tuple[str, str], dict[str, str]] = {}
    for j in read_judgements(review_dir):
        judged_before.setdefault((j["sample_id"], j["row_id"]), {})[j["question"]] = j["answer"]
    tables = {t: {r[ID_COLUMN[t]]: r for r in read_table_text(data_dir, t)}
              for t in {c.get("table", "").strip() for _, c in lines} if t in REVIEW_TABLES}
    actors = {r["actor_id"]: r for r in read_table_text(data_dir, "actors")}
    articles = {r["article_id"]: r for r in read_table_text(data_dir, "articles")}
    problems: list[str] = []
    todo: list[tuple[int, str, dict, str, str, str, str, dict, str, str]] = []
    for number, cells in lines:
        def bad(msg: str, number=number) -> None:
            problems.append(f"line {number}: {msg}")

        table, rid = cells.get("table", "").strip(), cells.get("row_id", "").strip()
        action = cells.get("decision", "").strip().lower()
        fld, new_value = cells.get("field", "").strip(), cells.get("new_value", "").strip()
        reason, sample_id = cells.get("reason", "").strip(), cells.get("sample_id", "").strip()
        questions = RUBRIC.get(table, {})
        answers = {q: cells.get(q, "").strip().lower() for q in (*questions, *EXTRA[:1])}
        answers = {q: a for q, a in answers.items() if a}
        notes = cells.get("notes", "").strip()
        if not action and not answers:
            continue  # a line nobody filled in
        if table not in REVIEW_TABLES:
            bad(f"unknown table {table!r} (one of {', '.join(REVIEW_TABLES)})")
            continue
        row = tables[table].get(rid)
        if row is None:
            bad(f"unknown row_id {rid!r}: not in {data_dir / (table + '.csv')}")
            continue
        if action and action not in ACTIONS:
            bad(f"unknown decision {action!r} (one of {', '.join(ACTIONS)})")
            continue
        if answers:
            sample = samples.get(sample_id)
            if sample is None or not sample.get("audit"):
                bad(f"rubric answers, but {sample_id!r} is not an audit sample in {review_dir / 'samples.json'}")
                continue
            if rid not in sample["row_ids"]:
                bad(f"row {rid} is not in sample {sample_id}")
                continue
            for q, a in answers.items():
                allowed = questions.get(q, ("yes", "no"))
                if a not in allowed:
                    bad(f"{q} {a!r} is not one of {' / '.join(allowed)}")
            gate_no = answers.get(GATE[table]) == "no"
            empty = [q for q in questions if q not in answers]
            if empty and not gate_no:
                bad(f"unanswered: {', '.join(empty)} (every question, unless {GATE[table]} is no)")
            if gate_no and action in ("verify", "correct"):
                bad(f"{GATE[table]} is no, so the row is rejected, yet the decision is {action}")
            before = judged_before.get((sample_id, rid))
            if before is not None and {k: v for k, v in before.items() if k != "notes"} != answers:
                bad(f"row {rid} of {sample_id} was already judged with other answers (judgements are append-only)")
            if not action:
                action = "reject" if gate_no else ("verify" if fully_right(table, answers) else "")
                if action and not reason:
                    reason = (f"audit {sample_id}: " + ("; ".join(f"{q}={a}" for q, a in answers.items()))
                              + (f"; {notes}" if notes else ""))
        if not action:
            todo.append((number, table, row, "", "", "", sample_id, answers, "", notes))
            continue
        if not reason:
            bad(f"a {action} decision needs a reason")
        if action == "correct":
            if not fld or not new_value and fld not in row:
                bad("a correct decision needs a field and a new_value")
            elif fld not in row:
                bad(f"{table} has no field {fld!r}")
            elif fld not in EDITABLE[table]:
                bad(f"{fld!r} cannot be corrected (correctable: {', '.join(EDITABLE[table])})")
            elif not new_value:
                bad("a correct decision needs a new_value")
            else:
                if fld.endswith("actor_id"):
                    new_value, why = _actor_value(new_value, actors)
                    if why:
                        bad(why)
                try:
                    typed_value(table, fld, new_value or "")
                except (ValueError, KeyError):
                    bad(f"new_value {new_value!r} does not fit {fld}")
        if action == "merge_into":
            if table != "actors":
                bad("merge_into is for actors only")
            else:
                new_value, why = _actor_value(new_value, actors)
                if why:
                    bad(why)
                fld = ""
        todo.append((number, table, row, action, fld, new_value or "", sample_id, answers, reason, notes))
    if problems:
        raise ImportProblems(path, problems)

    texts = article_texts(data_dir, raw_dir, {r["article_id"] for _, t, r, *_ in todo if t != "actors"})
    decisions, judgements, result = [], [], ImportResult()
    for number, table, row, action, fld, new_value, sample_id, answers, reason, notes in todo:
        if answers and (sample_id, row[ID_COLUMN[table]]) not in judged_before:
            judgements += [{"sample_id": sample_id, "table": table, "row_id": row[ID_COLUMN[table]], "question": q,
                            "answer": a, "reviewer": reviewer, "judged_date": today.isoformat()}
                           for q, a in answers.items()]
            if notes:
                judgements.append({"sample_id": sample_id, "table": table, "row_id": row[ID_COLUMN[table]],
                                   "question": "notes", "answer": notes, "reviewer": reviewer,
                                   "judged_date": today.isoformat()})
            result.judged += 1
        elif answers:
            result.skipped += 1
        if not action:
            continue
        d = {"table": table, "row_id": row[ID_COLUMN[table]], "action": action, "field": fld,
             "old_value": row.get(fld, "") if action == "correct" else "", "new_value": new_value,
             "reason": reason, "reviewer": reviewer, "decided_date": today.isoformat(), "sample_id": sample_id}
        if table == "actors":
            d["anchor_exact"] = row["name"]
        else:
            d["article_id"] = row["article_id"]
            d["article_sha256"] = articles.get(row["article_id"], {}).get("text_sha256", "")
            start, end = span_of(table, row)
            text = texts.get(row["article_id"])
            if text is not None:
                a = make_anchor(text, start, end)
            else:  # no body at hand: the evidence sentence gives the context
                ev, exact = row.get("evidence", ""), row.get("quote_text") or row.get("text") or ""
                i = ev.find(exact) if exact else -1
                a = make_anchor(ev, i, i + len(exact)) if i >= 0 else None
            if a is not None:
                d.update(anchor_exact=a.exact, anchor_prefix=a.prefix, anchor_suffix=a.suffix)
            else:
                result.unanchored += 1
            d.update(anchor_start=str(start), anchor_end=str(end))
        bad_row = check_row({**d, "decision_id": "dec_" + "0" * 16})
        if bad_row:
            problems += [f"line {number}: {b}" for b in bad_row]
        decisions.append(d)
    if problems:
        raise ImportProblems(path, problems)
    # nothing is written before everything is checked; decisions first (they carry the row changes)
    read_decisions(review_dir / DECISIONS_FILE)
    result.decisions = append_decisions(review_dir / DECISIONS_FILE, decisions)
    if judgements:
        append_judgements(review_dir, judgements)
    return result
