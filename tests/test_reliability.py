"""Reliability (issue 16): long articles, the build lock, formula warnings, interrupted publishes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newscoder.buildlock import HOLDER_NAME, JOURNAL_NAME, BuildLock, recover
from newscoder.checks.formulas import formula_cells
from newscoder.cli import cli
from newscoder.engines import split_pieces
from newscoder.pipeline import build, extract_records
from newscoder.validate import validate_package

REPO = Path(__file__).resolve().parents[1]
REGISTRY = REPO / "data" / "registry"

SHORT = ('date 2026-04-01\n\nThe council of Portmere postponed its harbour vote on Monday. "We need another '
         'month to read the report," said Mayor Ada Lindqvist.\n')
# paragraphs of our own prose, repeated to make a long article
PARAGRAPH = ("Finance Director Omar Haddad said the city would publish the audit on Friday, and the port "
             "workers' union said it would study the figures before the next council meeting.\n\n")


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _long_article(n_chars: int) -> str:
    return "date 2026-04-02\n\n" + PARAGRAPH * (n_chars // len(PARAGRAPH) + 1)


# ------------------------------------------------------------------ long articles
def test_an_article_over_max_chars_is_rejected_and_the_build_goes_on(tmp_path, nlp):
    raw = _write(tmp_path / "raw", {"short.txt": SHORT, "long.txt": _long_article(5_000)})
    out = tmp_path / "data"
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--out", str(out), "--no-cache",
                                      "--registry", str(REGISTRY), "--max-chars", "2000"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert (report["articles_read"], report["articles_published"], report["articles_rejected"]) == (2, 1, 1)
    assert report["rejected_by_reason"] == {"too-long": 1}
    (rej,) = report["rejections"]
    assert rej["path"].endswith("long.txt") and "more than the limit of 2,000" in rej["message"]
    assert "rejected" in result.output and "too-long" in result.output
    articles = (out / "articles.csv").read_text(encoding="utf-8")
    assert "short" in articles and "long" not in articles.split("\n", 1)[1]


def test_a_1_8_mb_article_beside_a_short_one_with_the_default_limit(tmp_path, nlp):
    raw = _write(tmp_path / "raw", {"short.txt": SHORT, "huge.txt": _long_article(1_800_000)})
    assert (raw / "huge.txt").stat().st_size > 1_800_000
    out = tmp_path / "data"
    result = build(raw, out, tmp_path / "datapackage.json", REGISTRY, show_progress=False, use_cache=False)
    assert result.report["articles_published"] == 1
    assert result.report["rejected_by_reason"] == {"too-long": 1}
    assert validate_package(tmp_path / "datapackage.json", raw).valid


def test_extract_applies_max_chars(tmp_path, nlp):
    raw = _write(tmp_path / "raw", {"short.txt": SHORT, "long.txt": _long_article(5_000)})
    out = tmp_path / "x.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(raw), "-o", str(out), "--registry", str(REGISTRY),
                                      "--max-chars", "2000"], catch_exceptions=False)
    assert result.exit_code == 0
    (obj,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert obj["article"]["external_id"] == "short"
    assert "too-long" in result.output


@given(st.text(alphabet="ab \n", max_size=400), st.integers(min_value=4, max_value=60))
@settings(max_examples=200, deadline=None)
def test_pieces_concatenate_to_the_text(text, size):
    pieces = split_pieces(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces) or text == ""


def test_split_prefers_paragraph_breaks():
    text = "one two three.\n\nfour five six.\nseven eight nine."
    assert split_pieces(text, 24) == ["one two three.\n\n", "four five six.\n", "seven eight nine."]


def test_a_long_article_parsed_in_pieces_keeps_exact_offsets(tmp_path, nlp, monkeypatch):
    import newscoder.engines

    text = ("date 2026-04-02\n\n" + PARAGRAPH * 3 + '"We will not sign this contract," said Mayor Ada Lindqvist.\n\n'
            + PARAGRAPH * 3)
    raw = _write(tmp_path / "raw", {"long.txt": text})
    whole, _, _ = extract_records([raw], REGISTRY, show_progress=False, max_chars=None)
    monkeypatch.setattr(newscoder.engines, "PIECE_CHARS", 250)  # several pieces for this article
    pieced, _, _ = extract_records([raw], REGISTRY, show_progress=False, max_chars=None)
    (obj,) = pieced
    body = obj["text"]
    assert len(body) > 3 * 250
    for table in ("mentions", "quotes", "events"):
        for row in obj[table]:
            span = body[row["char_start"]:row["char_end"]]
            assert span == row.get("text", row.get("quote_text", span))
    direct = [q["quote_text"] for q in obj["quotes"] if q["quote_type"] == "direct"]
    assert direct == ["We will not sign this contract,"]
    assert {m["text"] for m in obj["mentions"]} >= {"Ada Lindqvist", "Omar Haddad"}

    # cut at paragraph breaks, where a sentence starts anyway: the same rows as a one-piece parse
    def spans(o: dict, table: str) -> list[tuple]:
        return [(r["char_start"], r["char_end"], r.get("quote_type") or r.get("cameo_code") or r.get("text"))
                for r in o[table]]

    for table in ("mentions", "quotes", "events", "timex"):
        assert spans(obj, table) == spans(whole[0], table), table


# ------------------------------------------------------------------ the build lock
def _cli_build(raw: Path, out: Path, log: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO / "scripts")}
    return subprocess.Popen([sys.executable, "-m", "newscoder", "build", "--raw", str(raw), "--out", str(out),
                             "--no-cache", "--registry", str(REGISTRY), *extra],
                            stdout=log.open("w"), stderr=subprocess.STDOUT, env=env, cwd=raw.parent)


def _wait_for(path: Path, text: str, proc: subprocess.Popen, limit: float = 120) -> None:
    end = time.monotonic() + limit  # a bound against a hang, not a timing assertion
    while text not in path.read_text(encoding="utf-8"):
        assert proc.poll() is None, path.read_text(encoding="utf-8")
        assert time.monotonic() < end, f"{text!r} never appeared in {path}"
        time.sleep(0.1)


def test_two_builds_into_one_folder_take_turns(tmp_path):
    raw = _write(tmp_path / "raw", {"a.txt": SHORT})
    out = tmp_path / "data"
    logs = [tmp_path / "first.log", tmp_path / "second.log"]
    # hold the folder while both start, so that both find it busy whatever the machine's speed
    with BuildLock(out):
        procs = [_cli_build(raw, out, log) for log in logs]
        for proc, log in zip(procs, logs, strict=True):
            _wait_for(log, "waiting for it to finish", proc)
    codes = [proc.wait(timeout=600) for proc in procs]
    outputs = [log.read_text(encoding="utf-8") for log in logs]
    assert codes == [0, 0], outputs
    for text in outputs:
        assert f"another build into {out} is running (pid {os.getpid()}" in text
        assert "has finished; building now" in text
        assert "VALID" in text and "INVALID" not in text
    assert validate_package(tmp_path / "datapackage.json", raw).valid
    assert not (out / HOLDER_NAME).exists()


def test_lock_timeout_zero_exits_with_a_clear_message(tmp_path):
    raw = _write(tmp_path / "raw", {"a.txt": SHORT})
    out = tmp_path / "data"
    with BuildLock(out):
        result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--out", str(out), "--no-cache",
                                          "--lock-timeout", "0"], catch_exceptions=False)
    assert result.exit_code == 1
    assert f"another build into {out} is still running (pid {os.getpid()}" in result.output
    assert not (out / "articles.csv").exists()


def test_a_killed_builds_lock_and_scratch_are_taken_over(tmp_path):
    out = tmp_path / "data"
    out.mkdir()
    # what `kill -9` leaves: the holder note (the OS lock itself died with the process) and scratch folders
    (out / HOLDER_NAME).write_text(json.dumps({"pid": 999999, "host": "elsewhere", "started": "2026-01-01"}))
    (out / ".build-abc.tmp").mkdir()
    (out / ".publish-def.tmp").mkdir()
    (out / "keep.csv").write_text("x\n")
    lines: list[str] = []
    with BuildLock(out, timeout=0, notify=lines.append) as lock:
        assert lock.stale == {"pid": 999999, "host": "elsewhere", "started": "2026-01-01"}
    assert any("was interrupted (pid 999999 on elsewhere" in line for line in lines)
    assert any("removed 2 scratch files and folders" in line for line in lines)
    assert sorted(p.name for p in out.iterdir()) == [".newscoder-build.lock", "keep.csv"]


def test_an_interrupted_publish_is_reported_then_finished(tmp_path):
    data = tmp_path / "data"
    scratch = data / ".publish-x.tmp"
    scratch.mkdir(parents=True)
    (data / "a.csv").write_text("old a\n")
    (data / "b.csv").write_text("new b\n")  # moved before the kill
    (scratch / "a.csv").write_text("new a\n")  # not moved yet
    moves = [[str((scratch / n).resolve()), str((data / n).resolve())] for n in ("b.csv", "a.csv")]
    (data / JOURNAL_NAME).write_text(json.dumps({"moves": moves}))
    package = tmp_path / "datapackage.json"
    package.write_text(json.dumps({"resources": [{"name": "a", "path": "data/a.csv"}]}))
    report = validate_package(package, None, frictionless_check=False)
    assert "interrupted-publish" in report.error_types()
    assert recover(data) == [f"finished an interrupted publish in {data} (1 files moved into place)"]
    assert (data / "a.csv").read_text() == "new a\n" and (data / "b.csv").read_text() == "new b\n"
    assert sorted(p.name for p in data.iterdir()) == ["a.csv", "b.csv"]


# ------------------------------------------------------------------ formula warnings
def test_formula_cells_counts_text_not_numbers():
    table = pa.table({"quote_text": ["=1+1,", "-5", "+3.5e2", "@SUM(A1)", "\tx", "plain", None, "-minus"],
                      "n": [1, 2, 3, 4, 5, 6, 7, 8]})
    (w,) = formula_cells("quotes", table)
    assert (w["table"], w["field"], w["count"]) == ("quotes", "quote_text", 4)
    assert w["rows"] == [1, 4, 5, 8] and w["example"] == "=1+1,"


def test_validate_warns_about_a_formula_quote_without_failing(tmp_path, nlp):
    raw = _write(tmp_path / "raw", {"budget.txt": (
        'date 2026-04-01\nThe mayor of Portmere spoke to reporters on Monday.\n\n"=1+1," said Mayor Ada '
        'Lindqvist, reading from the budget sheet.\n')})
    build(raw, tmp_path / "data", tmp_path / "datapackage.json", REGISTRY, show_progress=False, use_cache=False)
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "datapackage.json"), "--raw", str(raw), "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["valid"] is True
    quote_warnings = [w for w in report["warnings"] if (w["table"], w["field"]) == ("quotes", "quote_text")]
    assert [(w["type"], w["count"], w["example"]) for w in quote_warnings] == [("formula-leading-text", 1, "=1+1,")]
    assert report["warning_types"]["formula-leading-text"] >= 1
    text = CliRunner().invoke(cli, ["validate", str(tmp_path / "datapackage.json"), "--raw", str(raw)],
                              catch_exceptions=False).output
    assert text.startswith("VALID") and "Warning [formula-leading-text] quotes.quote_text: 1 cells" in text
