"""Country resolution on NGEC-style actor assertions.

    python benchmarks/ngec_adapter.py PATH/ngec_actor_resolution.jsonl

Each record with an expected `country` ("" = no country) is answered from `input.text` alone by the
registry (a known actor's country), then the PETRARCH2 listings the actor pass reads (a full name listed
in one country's offices; an organisation listed with a country), then the country resolver (names,
demonyms, capitals, regions) and last a city from the offline gazetteer (`newscoder.resolve.places`).
Prints one table: assertions, right, share right.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newscoder.resolve.countries import search_country
from newscoder.resolve.office_holders import organization_country, person_country
from newscoder.resolve.registry import load_registry


def predict(text: str, registry) -> str:
    reg = registry.lookup(text)
    if reg is not None and reg.country_iso3:
        return reg.country_iso3
    if listed := person_country(text) or organization_country(text):
        return listed
    iso3, _ = search_country(text, regions=True, places=True)
    if iso3:
        return iso3
    # a registered body named inside the phrase: "a former CIA official"
    words = text.replace("’", "'").split()
    for size in range(min(5, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            reg = registry.lookup(" ".join(words[i : i + size]))
            if reg is not None and reg.country_iso3:
                return reg.country_iso3
    return ""


def main(path: str) -> None:
    registry = load_registry()
    n = right = 0
    misses = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        expect = rec.get("expect") or {}
        if "country" not in expect or rec.get("status") not in ("active", "shadowed"):
            continue
        want = expect["country"] or ""
        if want in ("IGO", "UNO"):  # international bodies: no state
            want = ""
        got = predict(rec["input"]["text"], registry)
        n += 1
        right += got == want
        if got != want:
            misses.append(f"{rec['input']['text'][:50]!r}: want {want!r} got {got!r}")
    print(f"| assertions | right | share |\n|---|---|---|\n| {n} | {right} | {right / n:.3f} |")
    if "-v" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main(sys.argv[1])
