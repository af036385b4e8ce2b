"""Wire-story check: precision and recall of quotes, core events and dates on our own wire-style stories.

Two sets are scored separately:
- tests/fixtures/wire        the first ten stories; several rules were written while looking at them
                             (the figures are optimistic: the rules were tuned on these texts);
- tests/fixtures/wire_fresh  stories written later for this check only; no rule has been tuned on them.

Matching is exact. A quote is found when an emitted quote covers the expected fragment, its speaker is the
expected one (the resolved actor's full name, or the speaker span itself for unnamed speakers) and its type
is one of those listed. An event is found when its PLOVER type, CAMEO root, source and target (full actor
names; null means the event has no such actor) and date (ISO prefix; "*" only when the text gives no date)
all match. Precision: every emitted quote must cover an expected or acceptable fragment, every emitted
event must match an expected or acceptable event (an emitted quote counts when it matches an expected
quote, speaker included, or covers an acceptable fragment), every emitted date must be expected or acceptable.

Usage: PYTHONPATH=scripts python benchmarks/wire_stories.py [--misses]
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {"tuned (wire)": ROOT / "tests" / "fixtures" / "wire",
        "fresh (wire_fresh)": ROOT / "tests" / "fixtures" / "wire_fresh"}


def norm(name: str | None) -> str:
    """Case, accents and a leading article do not count; everything else does."""
    plain = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    plain = " ".join(plain.lower().split())
    for article in ("the ", "a ", "an "):
        if plain.startswith(article):
            return plain[len(article):]
    return plain


def same_name(expected: str | None, got: str | None) -> bool:
    """Exact: null expects no actor; "A|B" lists the acceptable full names."""
    if expected is None:
        return got is None
    return got is not None and norm(got) in {norm(alt) for alt in expected.split("|")}


def _covers(obj: dict, quote: dict, fragment: str) -> bool:
    start = obj["text"].find(fragment)
    return start >= 0 and quote["char_start"] <= start and start + len(fragment) <= quote["char_end"]


def quote_matches(obj: dict, names: dict, q: dict, item: list) -> bool:
    fragment, speaker, qtypes = item
    if not _covers(obj, q, fragment) or q["quote_type"] not in qtypes.split("|"):
        return False
    resolved = names.get(q["speaker_actor_id"])
    return same_name(speaker, resolved) or (speaker is not None and same_name(speaker, q["speaker_text"]))


def event_matches(event: dict, names: dict, item: list) -> bool:
    plover, cameo, source, target, date = item
    return (event["plover_type"] in plover.split("|")
            and any(event["cameo_code"].startswith(root) for root in cameo.split("|"))
            and same_name(source, names.get(event["source_actor_id"]))
            and same_name(target, names.get(event["target_actor_id"]))
            and (date == "*" or str(event["event_date"] or "").startswith(date)))


def acceptable_event(event: dict, names: dict, item: list) -> bool:
    plover, source, target = item
    return (event["plover_type"] in plover.split("|") and same_name(source, names.get(event["source_actor_id"]))
            and same_name(target, names.get(event["target_actor_id"])))


def extract(folder: Path) -> dict[str, dict]:
    from newscoder.pipeline import extract_records

    objects, rejections, failures = extract_records(sorted(str(p) for p in folder.glob("*.txt")),
                                                    show_progress=False)
    if rejections or failures:
        raise SystemExit(f"{folder}: rejected {rejections}, failed {failures}")
    return {Path(o["article"]["source_path"]).name: o for o in objects}


def score(folder: Path, extracted: dict[str, dict] | None = None) -> dict:
    """Counts per kind (quotes, events, dates): expected, found, emitted, correct; and the misses."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    extracted = extracted if extracted is not None else extract(folder)
    out = {k: {"expected": 0, "found": 0, "emitted": 0, "correct": 0, "missed": [], "spurious": []}
           for k in ("quotes", "events", "dates")}
    for story, ans in expected.items():
        if story.startswith("_"):
            continue
        obj = extracted[story]
        names = {a["actor_id"]: a["name"] for a in obj["actors"]}
        # quotes
        q = out["quotes"]
        for item in ans.get("quotes", []):
            q["expected"] += 1
            if any(quote_matches(obj, names, quote, item) for quote in obj["quotes"]):
                q["found"] += 1
            else:
                q["missed"].append((story, item))
        for quote in obj["quotes"]:
            q["emitted"] += 1
            if (any(quote_matches(obj, names, quote, item) for item in ans.get("quotes", []))
                    or any(_covers(obj, quote, f) for f in ans.get("acceptable_quotes", []))):
                q["correct"] += 1
            else:
                q["spurious"].append((story, quote["quote_text"][:60], quote["speaker_text"]))
        # events
        e = out["events"]
        for item in ans.get("events", []):
            e["expected"] += 1
            if any(event_matches(ev, names, item) for ev in obj["events"]):
                e["found"] += 1
            else:
                e["missed"].append((story, item))
        for ev in obj["events"]:
            e["emitted"] += 1
            if (any(event_matches(ev, names, item) for item in ans.get("events", []))
                    or any(acceptable_event(ev, names, item) for item in ans.get("acceptable_events", []))):
                e["correct"] += 1
            else:
                e["spurious"].append((story, ev["plover_type"], ev["cameo_code"], names.get(ev["source_actor_id"]),
                                      names.get(ev["target_actor_id"]), ev["event_date"], ev["trigger"]))
        # dates
        d = out["dates"]
        got = {(t["text"], t["value"]) for t in obj["timex"]}
        wanted = {tuple(i) for i in ans.get("dates", [])}
        ok = wanted | {tuple(i) for i in ans.get("acceptable_dates", [])}
        d["expected"] += len(wanted)
        d["found"] += len(wanted & got)
        d["missed"] += [(story, list(i)) for i in sorted(wanted - got)]
        d["emitted"] += len(got)
        d["correct"] += len(got & ok)
        d["spurious"] += [(story, list(i)) for i in sorted(got - ok)]
    for k in out.values():
        k["recall"] = k["found"] / k["expected"] if k["expected"] else 1.0
        k["precision"] = k["correct"] / k["emitted"] if k["emitted"] else 1.0
    return out


def main(argv: list[str]) -> int:
    show = "--misses" in argv
    print(f"{'set':20s} {'kind':7s} {'precision':>15s} {'recall':>15s}")
    for label, folder in SETS.items():
        res = score(folder)
        for kind, r in res.items():
            print(f"{label:20s} {kind:7s} {r['precision']:6.3f} ({r['correct']:3d}/{r['emitted']:3d})"
                  f" {r['recall']:6.3f} ({r['found']:3d}/{r['expected']:3d})")
            if show:
                for m in r["missed"]:
                    print("    missed  ", m)
                for s in r["spurious"]:
                    print("    spurious", s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
