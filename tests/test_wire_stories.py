"""Generalisation check: our own wire-style stories (tests/fixtures/wire) against hand answers.

Each quote, event and date a careful annotator would record is one test case, so a regression names the
exact item. Known misses are listed under "xfail" in expected.json and run as strict xfails."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

WIRE = Path(__file__).parent / "fixtures" / "wire"
EXPECTED = json.loads((WIRE / "expected.json").read_text(encoding="utf-8"))
STOP = {"the", "a", "an", "of", "in", "on", "for", "and", "to", "'s", "s"}


def _tokens(name: str | None) -> set[str]:
    plain = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return {t for t in re.findall(r"\w+", plain) if t not in STOP}


def _same(expected: str, *got: str | None) -> bool:
    """At least half of the shorter name's words are shared (the scorer's rule); "A|B" accepts either."""
    if "|" in expected:
        return any(_same(alt, *got) for alt in expected.split("|"))
    want = _tokens(expected)
    for name in got:
        have = _tokens(name)
        if want and have and len(want & have) / min(len(want), len(have)) >= 0.5:
            return True
    return False


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    from newscoder.pipeline import extract_records

    objects, rejections, failures = extract_records(sorted(str(p) for p in WIRE.glob("*.txt")), show_progress=False)
    assert not rejections and not failures
    return {Path(o["article"]["source_path"]).name: o for o in objects}


def _cases(kind: str) -> list:
    out = []
    for story, answers in EXPECTED.items():
        if story.startswith("_"):
            continue
        known = answers.get("xfail", {})
        for i, item in enumerate(answers.get(kind, [])):
            key = f"{kind}:{i}"
            marks = [pytest.mark.xfail(strict=True, reason=known[key])] if key in known else []
            out.append(pytest.param(story, item, id=f"{story[:2]}-{kind}-{i}", marks=marks))
    return out


@pytest.mark.parametrize(("story", "item"), _cases("quotes"))
def test_quote(extracted, story, item):
    fragment, speaker, qtype = item
    obj = extracted[story]
    start = obj["text"].index(fragment)
    span = (start, start + len(fragment))
    names = {a["actor_id"]: a["name"] for a in obj["actors"]}
    hits = [q for q in obj["quotes"] if q["char_start"] <= span[0] and span[1] <= q["char_end"]]
    assert hits, f"no quote covers {fragment!r}"
    quote = min(hits, key=lambda q: q["char_end"] - q["char_start"])
    # a quote's span must not swallow a dateline or the attribution itself
    assert quote["quote_text"] == obj["text"][quote["char_start"]:quote["char_end"]]
    assert not re.match(r"[A-Z]{3,}.*\((AFP|AP|Reuters)\)", quote["quote_text"])
    assert _same(speaker, names.get(quote["speaker_actor_id"]), quote["speaker_text"]), quote
    assert quote["quote_type"] in qtype.split("|"), quote


def _event_matches(event: dict, names: dict, item: list) -> bool:
    plover, cameo, source, target, date = item
    if event["plover_type"] not in plover.split("|"):
        return False
    if not any(event["cameo_code"].startswith(root) for root in cameo.split("|")):
        return False
    if source and not _same(source, names.get(event["source_actor_id"])):
        return False
    if target and not _same(target, names.get(event["target_actor_id"])):
        return False
    return not date or str(event["event_date"] or "").startswith(date)


@pytest.mark.parametrize(("story", "item"), _cases("events"))
def test_event(extracted, story, item):
    obj = extracted[story]
    names = {a["actor_id"]: a["name"] for a in obj["actors"]}
    got = [(e["plover_type"], e["cameo_code"], names.get(e["source_actor_id"]),
            names.get(e["target_actor_id"]), e["event_date"]) for e in obj["events"]]
    assert any(_event_matches(e, names, item) for e in obj["events"]), got


@pytest.mark.parametrize(("story", "item"), _cases("forbidden_events"))
def test_no_spurious_event(extracted, story, item):
    plover, source = item
    obj = extracted[story]
    names = {a["actor_id"]: a["name"] for a in obj["actors"]}
    bad = [e for e in obj["events"] if e["plover_type"] == plover and _same(source, names.get(e["source_actor_id"]))]
    assert not bad


@pytest.mark.parametrize(("story", "item"), _cases("dates"))
def test_date(extracted, story, item):
    text, value = item
    timex = extracted[story]["timex"]
    assert (text, value) in {(t["text"], t["value"]) for t in timex}, timex


def test_crosshead_is_never_a_quote(extracted):
    for obj in extracted.values():
        for quote in obj["quotes"]:
            assert not re.search(r"^- '.*' -$", quote["evidence"].strip(), re.M), quote
