"""`newscoder extract` through the CLI: the JSON Lines contract of DESIGN.md that every evaluation reads."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import SEED_PATH
from newscoder.cli import cli
from newscoder.pipeline import write_jsonl

KEYS = {"article", "text", "actors", "mentions", "quotes", "events", "timex"}

# our own sentences; one dated article, one undated, one broken line
DATED = ("Ghana's foreign minister said on Tuesday that Ghana would send doctors to Liberia. "
         "\"We stand with our neighbours,\" minister Kofi Mensah told reporters in Accra. "
         "Nigeria criticized Togo on Monday.")
UNDATED = ("Chile criticized Peru on Monday. \"The border must stay open,\" said trade minister Rosa Vidal. "
           "Bolivia will host Paraguay next week.")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, nlp):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(SEED_PATH, raw / SEED_PATH.name)
    lines = [json.dumps({"id": "dated-1", "date": "2026-03-05", "title": "Aid", "text": DATED}),
             json.dumps({"id": "undated-1", "text": UNDATED}),
             '{"id": "broken", "text": "no closing brace"']
    (raw / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "sub" / "x.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(raw), "-o", str(out)], catch_exceptions=False)
    objects = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return result, {o["article"]["external_id"]: o for o in objects}, out


def test_one_object_per_article_with_the_contract_keys(extracted):
    result, objects, out = extracted
    assert result.exit_code == 0
    assert sorted(objects) == ["000_df562d561251218f", "dated-1", "undated-1"]
    assert all(set(o) == KEYS for o in objects.values())
    assert "wrote 3 articles" in result.output and "1 inputs rejected" in result.output
    # the broken line is reported with its file, line and reason, not dropped silently
    assert "wire.jsonl line 3" in result.output and "malformed-json" in result.output
    assert not list(out.parent.glob("*.tmp"))


def test_jsonl_body_is_the_input_text_unchanged(extracted):
    _, objects, _ = extracted
    assert objects["dated-1"]["text"] == DATED
    assert objects["undated-1"]["text"] == UNDATED
    assert objects["dated-1"]["article"]["published_date"] == "2026-03-05"
    assert objects["dated-1"]["article"]["title"] == "Aid"


@pytest.mark.parametrize("external_id", ["000_df562d561251218f", "dated-1", "undated-1"])
def test_every_offset_indexes_text(extracted, external_id):
    obj = extracted[1][external_id]
    text = obj["text"]
    for m in obj["mentions"]:
        assert text[m["char_start"]:m["char_end"]] == m["text"]
    for q in obj["quotes"]:
        assert text[q["char_start"]:q["char_end"]] == q["quote_text"]
        if q["speaker_char_start"] is not None:
            assert text[q["speaker_char_start"]:q["speaker_char_end"]] == q["speaker_text"]
        if q["cue_char_start"] is not None:
            assert text[q["cue_char_start"]:q["cue_char_end"]] == q["cue"]
    for e in obj["events"]:
        assert e["evidence"] in text and text[e["char_start"]:e["char_end"]] in e["evidence"]
    for t in obj["timex"]:
        assert set(t) >= {"char_start", "char_end", "text", "value", "precision"}
        assert text[t["char_start"]:t["char_end"]] == t["text"]
    # and the rows are there to check
    assert obj["mentions"] and obj["quotes"] and obj["events"]


def test_rows_point_to_the_article_and_its_actors(extracted):
    for obj in extracted[1].values():
        article_id = obj["article"]["article_id"]
        actor_ids = {a["actor_id"] for a in obj["actors"]}
        for table in ("mentions", "quotes", "events"):
            assert {r["article_id"] for r in obj[table]} <= {article_id}
        assert {m["actor_id"] for m in obj["mentions"]} <= actor_ids
        assert {e["source_actor_id"] for e in obj["events"]} - {None} <= actor_ids
        assert obj["actors"] and obj["mentions"]  # and there are rows to point


def test_seed_article_dates_resolve_against_its_publication_date(extracted):
    seed = extracted[1]["000_df562d561251218f"]
    assert seed["article"]["published_date"] == "2026-02-02"
    values = {t["text"]: t["value"] for t in seed["timex"]}
    assert values["Thursday"] == "2026-01-29" and values["Sunday"] == "2026-02-01"
    assert "NO MORE OIL OR MONEY FOR CUBA: ZERO!" in {q["quote_text"] for q in seed["quotes"]}


def test_dated_article_events_carry_resolved_dates(extracted):
    obj = extracted[1]["dated-1"]
    got = {(e["plover_type"], e["event_date"], e["date_text"], e["date_basis"]) for e in obj["events"]}
    assert ("DISAPPROVE", "2026-03-02", "Monday", "relative") in got


def test_dated_article_event_has_its_source(extracted):
    obj = extracted[1]["dated-1"]
    names = {a["actor_id"]: a["name"] for a in obj["actors"]}
    assert ("Nigeria", "Togo") in {(names.get(e["source_actor_id"]), names.get(e["target_actor_id"]))
                                   for e in obj["events"]}


def test_undated_article_is_kept_and_its_date_basis_says_there_is_none(extracted):
    obj = extracted[1]["undated-1"]
    assert obj["article"]["published_date"] is None
    assert obj["timex"] == []  # nothing to resolve "Monday" against
    assert obj["events"], "the events are still coded"
    for e in obj["events"]:
        assert (e["event_date"], e["date_precision"], e["date_text"], e["date_basis"]) == (
            None, "unknown", None, "none")
    assert [q["quote_text"] for q in obj["quotes"]] == ["The border must stay open,"]


def test_undated_date_basis_is_an_allowed_schema_value():
    from newscoder.schema import load_schema

    field = next(f for f in load_schema("events")["fields"] if f["name"] == "date_basis")
    assert "none" in field["constraints"]["enum"] and "none" in field["enumDescriptions"]


def test_missing_path_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not (tmp_path / "x.jsonl").exists()


# ---------------------------------------------------------------- write_jsonl
def test_write_jsonl_one_line_per_object_dates_iso_and_unicode_kept(tmp_path):
    path = tmp_path / "deep" / "out.jsonl"
    objects = [{"a": dt.date(2026, 2, 2), "t": "S\u00e3o Paulo \u201cquoted\u201d"}, {"a": None, "t": ""}]
    assert write_jsonl(iter(objects), path) == 2
    raw = path.read_text(encoding="utf-8")
    assert raw.splitlines() == ['{"a": "2026-02-02", "t": "S\u00e3o Paulo \u201cquoted\u201d"}', '{"a": null, "t": ""}']
    assert raw.endswith("\n") and "\r" not in raw
    assert sorted(p.name for p in path.parent.iterdir()) == ["out.jsonl"]  # no temporary file left


def test_write_jsonl_replaces_an_old_file_whole(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("old line 1\nold line 2\nold line 3\n", encoding="utf-8")
    assert write_jsonl([{"n": 1}], path) == 1
    assert path.read_text(encoding="utf-8") == '{"n": 1}\n'


def test_write_jsonl_refuses_what_json_cannot_hold(tmp_path):
    path = tmp_path / "out.jsonl"
    with pytest.raises(TypeError, match="not JSON serialisable: set"):
        write_jsonl([{"bad": {1, 2}}], path)
    assert not path.exists()
