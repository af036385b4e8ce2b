"""Review decisions, sheets and audits (docs/review.md), in a temporary copy of a tiny dataset."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

import newscoder
from newscoder.cli import cli
from newscoder.pipeline import build
from newscoder.records import Article
from newscoder.review.anchors import find_anchor, make_anchor
from newscoder.review.apply import ReviewStage
from newscoder.review.audit import audit_summary, wilson
from newscoder.review.decisions import append_decisions, decision_id, decision_schema, read_decisions
from newscoder.review.sheets import current_build, read_sheet, write_sheet

FERRY = """---
id: ferry-1
title: Harbour council backs a new ferry route
date: 2026-03-04
---
The harbour council of Eastport approved a new ferry route on Tuesday.

"We will run the first boats in May," said Mara Lindqvist, the council's transport chair.

Fishermen's union leader Tomas Berg said the new route would block the old fishing lanes.

"Nobody asked us," Berg told reporters.
"""
EDITED_ABOVE = FERRY.replace("on Tuesday.\n", "on Tuesday after a long debate in the town hall.\n\n"
                             "The vote was close.\n")


def _build(root):
    return build(root / "raw", root / "data", use_cache=False, show_progress=False)


def _rows(root, table):
    with (root / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _quote(root, words):
    return next(q for q in _rows(root, "quotes") if words in q["quote_text"])


def _run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("review-base")
    (root / "raw").mkdir()
    (root / "raw" / "ferry.md").write_text(FERRY, encoding="utf-8")
    _build(root)
    return root


@pytest.fixture
def repo(built, tmp_path):
    """A fresh copy of the built dataset for each test (decisions are appended to it)."""
    shutil.copytree(built, tmp_path / "repo")
    return tmp_path / "repo"


def _opts(root):
    return ["--data", root / "data", "--raw", root / "raw"]


# ------------------------------------------------------------------ decisions as data
def test_decisions_file_has_its_own_table_schema_and_validates(tmp_path):
    from frictionless import Resource, Schema

    assert Schema.validate_descriptor(decision_schema()).valid
    row = {"table": "quotes", "row_id": "quo_0123456789abcdef", "article_id": "art_0123456789abcdef",
           "action": "reject", "reason": "a headline, not a statement", "reviewer": "tester",
           "decided_date": "2026-12-06", "anchor_exact": "Nobody asked us,", "anchor_start": "10", "anchor_end": "26"}
    path = tmp_path / "decisions.csv"
    assert len(append_decisions(path, [row])) == 1
    assert append_decisions(path, [row]) == []  # the same decision again adds nothing
    report = Resource(path=path.name, basepath=str(tmp_path), schema=Schema.from_descriptor(decision_schema())
                      ).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type"])
    assert read_decisions(path)[0]["decision_id"] == decision_id(row)
    with pytest.raises(ValueError, match="line 2: action 'delete' is not one of"):
        path.write_text(path.read_text().replace(",reject,", ",delete,"), encoding="utf-8")
        read_decisions(path)


# ------------------------------------------------------------------ anchors and the apply stage (pure)
def _article(text):
    return Article(article_id="art_x", text=text, published_date=dt.date(2026, 3, 4))


def _quote_row(qid, text, span):
    start = text.index(span)
    return {"quote_id": qid, "article_id": "art_x", "char_start": start, "char_end": start + len(span),
            "quote_type": "direct", "speaker_actor_id": "act_a", "review_status": "unreviewed",
            "reviewed_date": None, "decision_ids": None}


def _decision(text, span, **kw):
    start = text.index(span)
    a = make_anchor(text, start, start + len(span))
    d = {"decision_id": "dec_" + "1" * 16, "table": "quotes", "row_id": "quo_old", "article_id": "art_x",
         "action": "reject", "field": "", "old_value": "", "new_value": "", "reason": "r", "reviewer": "t",
         "decided_date": "2026-12-06", "article_sha256": "", "anchor_exact": a.exact, "anchor_prefix": a.prefix,
         "anchor_suffix": a.suffix, "anchor_start": str(a.start), "anchor_end": str(a.end), "sample_id": ""}
    d.update(kw)
    return d


def test_anchor_finds_the_span_again_after_an_edit_above_it():
    old = 'Intro. "Stop the works," she said. Later: "Stop the works," he said.'
    new = "A new first paragraph was added here. " + old
    second = old.rindex("Stop the works")
    anchor = make_anchor(old, second, second + len("Stop the works"))
    start, end, how = find_anchor(new, anchor)
    assert (start, how) == (new.rindex("Stop the works"), "quote")  # the second one, by its context
    assert new[start:end] == "Stop the works"
    assert find_anchor(new.replace("Stop the works", "Halt"), anchor) is None


def test_a_decision_re_anchors_when_the_row_id_changed():
    text = 'The mayor spoke. "We open the bridge in June," Ana Ruiz said.'
    decision = _decision(text, "We open the bridge in June,")
    rows = [_quote_row("quo_new", text, "We open the bridge in June,"), _quote_row("quo_other", text, "The mayor")]
    stage = ReviewStage([decision])
    stage.apply_article("quotes", _article(text), rows)
    assert rows[0]["review_status"] == "rejected" and rows[0]["decision_ids"] == decision["decision_id"]
    assert rows[1]["review_status"] == "unreviewed"
    report = stage.report()
    assert report["counts"] == {"applied": 1, "stale": 0, "orphaned": 0}
    assert report["reanchored"][0]["row_id_now"] == "quo_new"


def test_a_stale_correction_is_reported_and_not_applied():
    text = 'The mayor spoke. "We open the bridge in June," Ana Ruiz said.'
    decision = _decision(text, "We open the bridge in June,", row_id="quo_a", action="correct",
                         field="speaker_actor_id", old_value="act_b", new_value="act_c")
    rows = [_quote_row("quo_a", text, "We open the bridge in June,")]  # holds act_a, not act_b any more
    stage = ReviewStage([decision])
    stage.apply_article("quotes", _article(text), rows)
    assert rows[0]["speaker_actor_id"] == "act_a" and rows[0]["review_status"] == "unreviewed"
    stale = stage.report()["stale"]
    assert [s["decision_id"] for s in stale] == [decision["decision_id"]]
    assert "not the old value 'act_b'" in stale[0]["reason"]


def test_an_orphaned_decision_is_reported_and_never_applied_to_another_row():
    text = 'The mayor spoke. "We open the bridge in June," Ana Ruiz said.'
    decision = _decision(text, "We open the bridge in June,")
    changed = 'The mayor spoke. "We open the tunnel in July," Ana Ruiz said.'
    rows = [_quote_row("quo_new", changed, "We open the tunnel in July,")]
    stage = ReviewStage([decision])
    stage.apply_article("quotes", _article(changed), rows)
    assert rows[0]["review_status"] == "unreviewed"
    orphaned = stage.report()["orphaned"]
    assert orphaned[0]["row_id"] == "quo_old" and "no longer in article art_x" in orphaned[0]["reason"]


def test_wilson_interval_matches_the_textbook_values():
    low, high = wilson(3, 5)
    assert (round(low, 3), round(high, 3)) == (0.231, 0.882)
    assert wilson(0, 10)[0] == 0.0 and round(wilson(0, 10)[1], 4) == 0.2775


# ------------------------------------------------------------------ sheets
def test_sheet_cells_never_become_formulas(tmp_path):
    columns = ["table", "row_id", "quote_text", "decision", "field", "new_value", "reason"]
    lines = [{"table": "quotes", "row_id": "quo_0001", "quote_text": "=HYPERLINK(\"x\")", "reason": "-5"},
             {"table": "quotes", "row_id": "quo_0002", "quote_text": "@SUM(A1)", "reason": "+1"}]
    xlsx, csv_path = write_sheet(tmp_path / "s.xlsx", columns, lines, "quotes", False), \
        write_sheet(tmp_path / "s.csv", columns, lines, "quotes", False)
    ws = load_workbook(xlsx).active
    assert ws["C2"].value == "=HYPERLINK(\"x\")" and ws["C2"].data_type == "s"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert "'=HYPERLINK" in csv_path.read_text(encoding="utf-8")
    back = [cells for _, cells in read_sheet(csv_path)]
    assert [b["quote_text"] for b in back] == ["=HYPERLINK(\"x\")", "@SUM(A1)"]
    assert [b["reason"] for b in back] == ["-5", "+1"]


def test_review_sample_writes_an_xlsx_sheet(repo):
    out = repo / "sheet.xlsx"
    result = _run("review", "sample", "--table", "quotes", "--n", 3, "--seed", 7, "-o", out, *_opts(repo))
    assert result.exit_code == 0, result.output
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    for col in ("row_id", "article_title", "published_date", "passage", "speaker_actor", "decision", "field",
                "new_value", "reason"):
        assert col in header
    assert ws.freeze_panes == "A2"
    assert any("reject" in dv.formula1 for dv in ws.data_validations.dataValidation)
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row if c.value is not None)
    lines = [dict(zip(header, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)]
    assert len(lines) == 3
    berg = next(li for li in lines if li["quote_text"] == "Nobody asked us,")
    assert "[[Nobody asked us,]]" in berg["passage"] and berg["speaker_actor"] == "Tomas Berg (person)"
    assert berg["article_title"] == "Harbour council backs a new ferry route"
    assert berg["published_date"] == "2026-03-04"


def _fill_xlsx(path, row_id, **cells):
    wb = load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[header.index("row_id")].value == row_id:
            for name, value in cells.items():
                row[header.index(name)].value = value
    wb.save(path)


def test_a_rejected_quote_is_published_as_rejected_and_hidden_by_load(repo):
    sheet = repo / "sheet.xlsx"
    _run("review", "sample", "--table", "quotes", "--n", 3, "--seed", 1, "-o", sheet, *_opts(repo))
    target = _quote(repo, "Nobody asked us")["quote_id"]
    _fill_xlsx(sheet, target, decision="reject", reason="test: not a statement we want")
    result = _run("review", "import", sheet, "--reviewer", "Tester", "--date", "2026-12-06", *_opts(repo))
    assert result.exit_code == 0, result.output
    assert "imported 1 decisions" in result.output
    _build(repo)
    row = next(q for q in _rows(repo, "quotes") if q["quote_id"] == target)
    assert row["review_status"] == "rejected" and row["reviewed_date"] == "2026-12-06"
    assert row["decision_ids"] == read_decisions(repo / "data" / "review" / "decisions.csv")[0]["decision_id"]
    shown = newscoder.load("quotes", repo / "data")
    every = newscoder.load("quotes", repo / "data", include_rejected=True)
    assert target not in set(shown["quote_id"]) and target in set(every["quote_id"])
    assert len(every) == len(shown) + 1 == 3
    status = _run("review", "status", "--data", repo / "data")
    assert "quotes: unreviewed 2, verified 0, corrected 0, rejected 1" in status.output


def test_a_sheet_with_one_bad_decision_is_refused_whole(repo):
    sheet = repo / "sheet.xlsx"
    _run("review", "sample", "--table", "quotes", "--n", 3, "--seed", 2, "-o", sheet, *_opts(repo))
    good, bad = _quote(repo, "Nobody asked us")["quote_id"], _quote(repo, "first boats")["quote_id"]
    _fill_xlsx(sheet, good, decision="reject", reason="fine line")
    _fill_xlsx(sheet, bad, decision="correct", field="quote_id", new_value="quo_x", reason="ids are not editable")
    before = sorted(p.name for p in (repo / "data" / "review").iterdir())
    result = _run("review", "import", sheet, "--reviewer", "Tester", *_opts(repo))
    assert result.exit_code == 1
    assert "nothing imported" in result.output and "'quote_id' cannot be corrected" in result.output
    assert not (repo / "data" / "review" / "decisions.csv").exists()
    assert sorted(p.name for p in (repo / "data" / "review").iterdir()) == before == ["samples.json"]


def test_a_decision_survives_an_edit_above_the_span(repo):
    old = _quote(repo, "Nobody asked us")
    append_decisions(repo / "data" / "review" / "decisions.csv", [_decision(
        FERRY_BODY, "Nobody asked us,", decision_id="", row_id=old["quote_id"], article_id=old["article_id"],
        action="correct", field="speaker_actor_id", old_value=old["speaker_actor_id"],
        new_value=_actor(repo, "Mara Lindqvist"), reason="test: speaker moved")])
    (repo / "raw" / "ferry.md").write_text(EDITED_ABOVE, encoding="utf-8")
    result = _build(repo)
    new = _quote(repo, "Nobody asked us")
    assert new["quote_id"] != old["quote_id"] and int(new["char_start"]) > int(old["char_start"])
    assert new["review_status"] == "corrected" and new["speaker_actor_id"] == _actor(repo, "Mara Lindqvist")
    review = result.report["review"]
    assert review["counts"]["applied"] == 1 and review["reanchored"][0]["row_id_now"] == new["quote_id"]


FERRY_BODY = FERRY.split("---\n", 2)[2]


def _actor(root, name):
    return next(a["actor_id"] for a in _rows(root, "actors") if a["name"] == name)


def test_merge_into_moves_the_mentions_to_the_other_actor(repo):
    fishermen, berg = _actor(repo, "Fishermen"), _actor(repo, "Tomas Berg")
    append_decisions(repo / "data" / "review" / "decisions.csv", [
        {"table": "actors", "row_id": fishermen, "action": "merge_into", "new_value": berg,
         "reason": "test: one actor", "reviewer": "t", "decided_date": "2026-12-06", "anchor_exact": "Fishermen"}])
    _build(repo)
    actors = {a["actor_id"]: a for a in _rows(repo, "actors")}
    assert fishermen not in actors and actors[berg]["review_status"] == "corrected"
    assert {m["actor_id"] for m in _rows(repo, "mentions") if m["text"] == "Fishermen"} == {berg}


# ------------------------------------------------------------------ audits
def _fill_csv(path, answers_by_row):
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header, lines = reader.fieldnames, list(reader)
    for line in lines:
        line.update(answers_by_row.get(line["row_id"], {}))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header)
        writer.writeheader()
        writer.writerows(lines)


def test_an_audit_sheet_is_a_measurement_and_a_set_of_decisions(repo):
    sheet = repo / "audit.csv"
    result = _run("review", "sample", "--table", "quotes", "--n", 3, "--seed", 11, "--audit", "-o", sheet,
                  *_opts(repo))
    assert result.exit_code == 0, result.output
    header = next(csv.reader(sheet.open(encoding="utf-8")))
    assert header[-11:] == ["is_attribution", "span_ok", "type_ok", "speaker_ok", "resolved_ok", "borderline",
                            "notes", "decision", "field", "new_value", "reason"]
    boats, lanes, nobody = (_quote(repo, w)["quote_id"] for w in ("first boats", "fishing lanes", "Nobody"))
    yes = {"is_attribution": "yes", "span_ok": "yes", "type_ok": "yes", "speaker_ok": "yes", "resolved_ok": "yes"}
    _fill_csv(sheet, {
        boats: yes,
        lanes: {**yes, "span_ok": "partial", "borderline": "yes"},
        nobody: {"is_attribution": "no", "notes": "test: judged not an attribution"},
    })
    again = _run("review", "sample", "--table", "quotes", "--n", 3, "--seed", 11, "--audit", "-o",
                 repo / "other.csv", *_opts(repo))
    assert again.exit_code == 1 and "fresh seed" in again.output
    result = _run("review", "import", sheet, "--reviewer", "Tester", "--date", "2026-12-06", *_opts(repo))
    assert result.exit_code == 0, result.output
    actions = {d["row_id"]: d["action"] for d in read_decisions(repo / "data" / "review" / "decisions.csv")}
    assert actions == {boats: "verify", lanes: "verify", nobody: "reject"}
    summary = audit_summary(repo / "data" / "review", current_build(repo / "data"))["quotes"]
    assert (summary["n"], summary["right"], summary["borderline"]) == (3, 2, 1)
    assert summary["of_this_build"] is True and summary["earlier"] == []
    assert summary["rubric"]["is_attribution"] == {"no": 1, "yes": 2}
    assert summary["sample_ids"] == ["audit-quotes-seed11"]
    _build(repo)
    package = json.loads((repo / "datapackage.json").read_text(encoding="utf-8"))
    low, high = wilson(2, 3)
    assert package["newscoder:audit"]["quotes"] == {**summary, "precision": 0.6667, "ci_low": round(low, 4),
                                                    "ci_high": round(high, 4)}
    first = (repo / "datapackage.json").read_bytes()
    _build(repo)
    assert (repo / "datapackage.json").read_bytes() == first
    statuses = {q["quote_id"]: q["review_status"] for q in _rows(repo, "quotes")}
    assert statuses == {boats: "verified", lanes: "verified", nobody: "rejected"}
    from newscoder.validate import validate_package

    assert validate_package(repo / "datapackage.json", repo / "raw").valid  # frictionless accepts it
    again = _run("review", "import", sheet, "--reviewer", "Tester", "--date", "2026-12-06", *_opts(repo))
    assert "imported 0 decisions and 0 judged audit rows" in again.output and "3 already imported" in again.output
    assert audit_summary(repo / "data" / "review")["quotes"]["n"] == 3


def test_an_audit_describes_the_build_it_was_drawn_from_not_a_later_one(repo):
    sheet = repo / "audit.csv"
    _run("review", "sample", "--table", "quotes", "--n", 3, "--seed", 21, "--audit", "-o", sheet, *_opts(repo))
    yes = {"is_attribution": "yes", "span_ok": "yes", "type_ok": "yes", "speaker_ok": "yes", "resolved_ok": "yes"}
    _fill_csv(sheet, {q["quote_id"]: yes for q in _rows(repo, "quotes")})
    assert _run("review", "import", sheet, "--reviewer", "Tester", *_opts(repo)).exit_code == 0
    # the extraction output changes (here: a new quote in the input): the audit is no longer of this build
    (repo / "raw" / "ferry.md").write_text(FERRY + '\n"The boats are too loud," said Ines Moreau, a resident.\n',
                                           encoding="utf-8")
    _build(repo)
    audit = json.loads((repo / "datapackage.json").read_text(encoding="utf-8"))["newscoder:audit"]["quotes"]
    assert (audit["n"], audit["right"], audit["of_this_build"]) == (3, 3, False)
    assert "Not an audit of this build: `quotes`" in (repo / "docs" / "datacard.md").read_text(encoding="utf-8")
    # a fresh audit of the new build becomes the figure; the old one is kept apart, not pooled
    second = repo / "audit2.csv"
    _run("review", "sample", "--table", "quotes", "--n", 4, "--seed", 22, "--audit", "-o", second, *_opts(repo))
    rows = _rows(repo, "quotes")
    _fill_csv(second, {q["quote_id"]: ({**yes, "speaker_ok": "no"} if "loud" in q["quote_text"] else yes)
                       for q in rows})
    assert _run("review", "import", second, "--reviewer", "Tester", *_opts(repo)).exit_code == 0
    now = audit_summary(repo / "data" / "review", current_build(repo / "data"))["quotes"]
    assert (now["n"], now["right"], now["of_this_build"], now["sample_ids"]) == (4, 3, True, ["audit-quotes-seed22"])
    assert [(e["n"], e["right"], e["sample_ids"]) for e in now["earlier"]] == [(3, 3, ["audit-quotes-seed21"])]


def test_an_audit_answer_outside_the_rubric_is_refused(repo):
    sheet = repo / "audit.csv"
    _run("review", "sample", "--table", "quotes", "--n", 2, "--seed", 12, "--audit", "-o", sheet, *_opts(repo))
    rows = [cells["row_id"] for _, cells in read_sheet(sheet)]
    _fill_csv(sheet, {rows[0]: {"is_attribution": "maybe"}, rows[1]: {"is_attribution": "yes", "span_ok": "yes"}})
    result = _run("review", "import", sheet, "--reviewer", "Tester", *_opts(repo))
    assert result.exit_code == 1
    assert "line 2: is_attribution 'maybe' is not one of yes / no" in result.output
    assert "line 3: unanswered: type_ok, speaker_ok, resolved_ok" in result.output
    assert not (repo / "data" / "review" / "judgements.csv").exists()


def test_validate_reports_a_bad_decisions_file(repo):
    from newscoder.validate import validate_package

    (repo / "data" / "review").mkdir(exist_ok=True)
    decisions = repo / "data" / "review" / "decisions.csv"
    append_decisions(decisions, [{"table": "quotes", "row_id": "quo_1", "action": "verify", "reason": "checked",
                                  "reviewer": "t", "decided_date": "2026-12-06"}])
    assert validate_package(repo / "datapackage.json", frictionless_check=False).valid
    decisions.write_text(decisions.read_text().replace(",2026-12-06,", ",06/12/2026,"), encoding="utf-8")
    report = validate_package(repo / "datapackage.json", frictionless_check=False)
    assert [e.type for e in report.errors] == ["review-decision"]
    assert "line 2: decided_date '06/12/2026' is not a date" in report.errors[0].message


def test_a_new_decision_makes_a_cached_build_run_again(repo, tmp_path):
    cache = tmp_path / "cache"
    build(repo / "raw", repo / "data", cache_dir=cache, show_progress=False)
    target = _quote(repo, "first boats")["quote_id"]
    append_decisions(repo / "data" / "review" / "decisions.csv", [
        {"table": "quotes", "row_id": target, "action": "verify", "reason": "checked against the article",
         "reviewer": "t", "decided_date": "2026-12-06"}])
    result = build(repo / "raw", repo / "data", cache_dir=cache, show_progress=False)
    assert result.cache["hits"] == 1  # the article is not extracted again, but the decision is applied
    assert _quote(repo, "first boats")["review_status"] == "verified"
    assert result.report["review"]["counts"]["applied"] == 1


def test_an_event_decision_re_anchors_to_its_own_event_of_a_shared_clause():
    from newscoder.tables import row_id

    old = "The army shelled and blockaded the port."
    new = "Fighting went on. " + old
    start, shift = old.index("The army"), len("Fighting went on. ")
    end = len(old) - 1

    def event(text_start, trigger, code):
        t0 = old.index(trigger) + text_start
        return {"event_id": row_id("evt", "art_x", t0, start + text_start, end + text_start, code),
                "char_start": start + text_start, "char_end": end + text_start, "trigger_char_start": t0,
                "cameo_code": code, "review_status": "unreviewed", "reviewed_date": None, "decision_ids": None}

    decided_on = event(0, "blockaded", "191")
    decision = {**_decision(old, old[start:end], table="events", row_id=decided_on["event_id"]), "action": "reject"}
    rows = [event(shift, "shelled", "195"), event(shift, "blockaded", "191")]
    stage = ReviewStage([decision])
    stage.apply_article("events", _article(new), rows)
    assert [r["review_status"] for r in rows] == ["unreviewed", "rejected"]
    assert stage.report()["reanchored"][0]["row_id_now"] == rows[1]["event_id"]
