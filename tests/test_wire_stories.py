"""Wire-story check: our own wire-style stories scored against hand answers with exact matching.

Two sets, reported apart by benchmarks/wire_stories.py (which holds the matcher):
- tests/fixtures/wire: the first stories, on which several rules were developed (optimistic figures);
- tests/fixtures/wire_fresh: stories written for this check only, on which no rule has been tuned.

The extractors change often, so the tests hold precision and recall above floors (the figures measured when
the sets were annotated, 2026-12-06, minus a small margin) instead of demanding every single item.
A drop below a floor is a regression; `python benchmarks/wire_stories.py --misses` lists what changed."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("wire_stories", ROOT / "benchmarks" / "wire_stories.py")
wire = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wire)

TUNED = ROOT / "tests" / "fixtures" / "wire"
FRESH = ROOT / "tests" / "fixtures" / "wire_fresh"

# figures of 2026-12-06 (precision, recall), kept here so a change is visible in review
MEASURED = {
    # events: since an event needs a known doer, precision rose (tuned 0.863 -> 0.915, fresh 0.696 -> 0.882) and
    # the tuned recall fell (0.905 -> 0.841: the expected events with no named doer are no longer coded)
    # round 4 (eventness, dyads, grouped quote pieces, whole speaker phrases): tuned events 0.915 -> 0.942
    # precision and 0.841 -> 0.857 recall; quotes tuned 0.958/0.988 -> 0.965/1.0, fresh 0.966/0.958 -> 1.0/1.0
    # round 17 (bare common-noun groups are no actor unless they do an event): "accused the authorities" keeps
    # "the authorities" as target_text, which the hand answer (target "Colombia|authorities") cannot match, and
    # "talking with workers" (no target left, a meeting) goes: tuned events 0.897 -> 0.896 (60/67) precision,
    # 0.825 -> 0.810 recall
    "tuned": {"quotes": (0.965, 1.000), "events": (0.942, 0.857), "dates": (0.964, 1.000)},
    "fresh": {"quotes": (1.000, 1.000), "events": (0.882, 0.600), "dates": (1.000, 1.000)},
}
MARGIN = 0.05


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict[str, dict]]:
    return {"tuned": wire.extract(TUNED), "fresh": wire.extract(FRESH)}


@pytest.fixture(scope="module")
def scores(extracted) -> dict[str, dict]:
    return {"tuned": wire.score(TUNED, extracted["tuned"]), "fresh": wire.score(FRESH, extracted["fresh"])}


@pytest.mark.parametrize("which", ["tuned", "fresh"])
@pytest.mark.parametrize("kind", ["quotes", "events", "dates"])
def test_precision_and_recall_stay_above_their_floors(scores, which, kind):
    got = scores[which][kind]
    precision, recall = MEASURED[which][kind]
    detail = f"missed {got['missed']}\nspurious {got['spurious']}"
    assert got["precision"] >= precision - MARGIN, detail
    assert got["recall"] >= recall - MARGIN, detail


def test_every_story_has_answers_and_the_sets_do_not_share_text():
    for folder in (TUNED, FRESH):
        answers = wire.json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        assert sorted(k for k in answers if not k.startswith("_")) == sorted(p.name for p in folder.glob("*.txt"))
    tuned = {line for p in TUNED.glob("*.txt") for line in p.read_text(encoding="utf-8").splitlines()[1:] if line}
    fresh = {line for p in FRESH.glob("*.txt") for line in p.read_text(encoding="utf-8").splitlines()[1:] if line}
    assert not tuned & fresh


# ---------------------------------------------------------------- the exact matcher itself
def test_matcher_wants_the_full_name_not_a_shared_word():
    assert wire.same_name("Ahmed Attaf", "Ahmed Attaf")
    assert wire.same_name("Jean-Noel Barrot", "Jean-Noël Barrot")  # accents do not count
    assert not wire.same_name("Ahmed Attaf", "Ahmed Ouyahia")
    assert not wire.same_name("Ahmed Attaf", "Attaf")
    assert wire.same_name("Iran|Iranian officials", "Iranian officials")


def test_matcher_null_means_no_actor_and_star_only_waives_the_date():
    names = {"a": "France", "b": "Algeria"}
    event = {"plover_type": "SANCTION", "cameo_code": "161", "source_actor_id": "a", "target_actor_id": "b",
             "event_date": "2025-04-01"}
    assert wire.event_matches(event, names, ["SANCTION", "16", "France", "Algeria", "2025-04"])
    assert wire.event_matches(event, names, ["SANCTION", "16", "France", "Algeria", "*"])
    assert not wire.event_matches(event, names, ["SANCTION", "16", "France", None, "*"])  # null is not a wildcard
    assert not wire.event_matches(event, names, ["SANCTION", "16", "France", "Algeria", "2025-05"])
    assert not wire.event_matches(event, names, ["SANCTION", "17", "France", "Algeria", "*"])


# ---------------------------------------------------------------- properties every story must have
@pytest.mark.parametrize("which", ["tuned", "fresh"])
def test_quote_spans_index_the_text_and_never_hold_a_dateline(extracted, which):
    n = 0
    for obj in extracted[which].values():
        for quote in obj["quotes"]:
            n += 1
            assert quote["quote_text"] == obj["text"][quote["char_start"]:quote["char_end"]]
            assert not re.match(r"[A-Z]{3,}.*\((AFP|AP|Reuters)\)", quote["quote_text"]), quote
    assert n >= 20


def test_crosshead_is_never_a_quote(extracted):
    crossheads = 0
    for obj in extracted["tuned"].values():
        for m in re.finditer(r"^- '.*' -$", obj["text"], re.M):
            crossheads += 1
            assert not [q for q in obj["quotes"] if q["char_start"] < m.end() and m.start() < q["char_end"]]
        assert obj["quotes"]  # every story still has its quotes
    assert crossheads >= 5
