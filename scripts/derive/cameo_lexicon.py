"""Derive the project's CAMEO verb-pattern table from PETRARCH2's CAMEO dictionary and PLOVER's crosswalk.

    python scripts/derive/cameo_lexicon.py RESOURCES_DIR [--out scripts/newscoder/data]

RESOURCES_DIR holds `petrarch2/CAMEO.2.0.txt` (MIT, Open Event Data Alliance), `petrarch2/Phoenix.discards.txt`
and `plover/CAMEO2PLOVER-2021.txt` (CC BY-SA 4.0, the PLOVER project). Writes, deterministically:

- `cameo_verb_patterns.csv`: one row per (verb, particle, object, preposition, prepositional object) pattern
  with its CAMEO code ("" = the dictionary's "do not code" mark), PLOVER type and `verbs`, the forms of the
  block's verbs the pattern was written for (its comment, "" when the comment names none). `kind` is `default` for a
  verb's own code (its synonym set's block code) and `pattern` for a verb + object/preposition pattern;
  `converse_code` is the second code of a paired "[043:042]": the act the dictionary codes for the target in
  return ("received the ministers": the host's 043, the ministers' visit 042); a target-only pattern "[:173]"
  ("* SENTENCE # RECEIVE": the subject undergoes another party's act) has no code and that act as its converse;
- `cameo_plover.csv`: CAMEO code -> PLOVER type (the crosswalk, in the project's PLOVER type names);
- `event_discards.csv`: the sentence-level discard phrases (contexts not coded: sport, entertainment).

The dictionary format (TABARI/PETRARCH): synonym sets `&NAME` with `+WORD` members; verb blocks headed
`---  NAME   [code]  ---`, then the block's verbs (`WORD`, `+MULTI_WORD`, optional `{forms}` and `[code]`),
then patterns `- [words] * [words] [code]` where `*` is the verb, `(PREP ...)` a prepositional phrase,
`{A B}` a noun phrase, `&NAME` a synonym set. Only patterns whose words follow the verb are kept (the
project reads the subject from the parse, not from words before the verb).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OVERRIDES = HERE / "cameo_plover_overrides.csv"
# the project publishes the PLOVER type names of the edition its gold records use (plover_types.csv):
# later editions' REQUEST and ACCUSE are DEMAND and DISAPPROVE (INVESTIGATE for investigations) here
RENAMED = {"REQUEST": "DEMAND"}
# words after a verb that are its particle rather than its object ("pull out", "call off")
PARTICLES = {"OFF", "UP", "DOWN", "OUT", "BACK", "AWAY", "IN", "ON", "OVER", "FORWARD", "ASIDE", "AROUND", "THROUGH"}
PREPOSITIONS = {"FROM", "TO", "WITH", "AGAINST", "FOR", "AT", "OF", "INTO", "ABOUT", "TOWARD", "TOWARDS", "BY"}
MARKERS = {"$", "+", "^", "%", "!", "/"}


def _singular(word: str) -> str:
    w = word.lower().strip("_").replace("_", " ").split(" ")[-1]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(ses|xes|ches|shes)$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _code(text: str) -> str | None:
    """The active code of "[042:043]" ("" for "[---]", None when only a passive code is given)."""
    first = text.strip("[]").split(":")[0].strip()
    if first == "---":
        return ""
    return first if re.fullmatch(r"\d{2,4}", first) else None


def _converse_code(text: str) -> str:
    """The target's code of "[042:043]": what the pattern's target does in return (the visited party hosts,
    both sides of talks negotiate); "" when the pattern codes the source's act only."""
    _, sep, second = text.strip("[]").partition(":")
    second = second.strip()
    return second if sep and re.fullmatch(r"\d{2,4}", second) else ""


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for raw in lines:
        if raw.lstrip().startswith("#") and not raw.startswith("####"):
            continue  # a comment line inside a set does not end it
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            name = line.strip()
            sets[name] = []
        elif name and line.startswith("+"):
            sets[name].append(line[1:].strip())
        elif not line.strip():
            name = None
        if raw.startswith("####### VERB PATTERNS"):
            break
    return sets


def _tokens(pattern: str) -> list[str]:
    return re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s(){}]+", pattern)


def _words(item: str, sets: dict[str, list[str]]) -> list[str]:
    """The head words an item stands for: a word, the last word of {A B}, a synonym set's members."""
    item = item.strip("{}").split()[-1] if item.startswith("{") else item
    if item.startswith("&"):
        return [item.lower()] if item in sets else []
    return [_singular(item)] if re.fullmatch(r"[A-Z][A-Z'_-]*", item) else []


def parse_pattern(post: str, sets: dict[str, list[str]]) -> list[tuple[str, str, str, str]]:
    """(particle, object, prep, prep object) combinations of the words after the verb."""
    particle, objects, prep, pobjs = "", [""], "", [""]
    items = [i for i in _tokens(post) if i not in MARKERS]
    for n, item in enumerate(items):
        if item in PREPOSITIONS and not prep and not item.startswith("("):
            item = "(" + " ".join([item, *items[n + 1 : n + 2]]) + ")"  # "FROM &DETENTION" unbracketed
            items[n + 1 : n + 2] = []
        if item.startswith("("):
            if prep:
                continue  # only the first prepositional phrase
            words = [w for w in item.strip("()").split() if w not in MARKERS]
            if not words:
                continue
            prep = words[0].lower()
            rest = words[1:]
            pobjs = _words(rest[-1], sets) if rest else [""]
            if rest and not pobjs:
                return []
        elif not particle and objects == [""] and item in PARTICLES:
            particle = item.lower()
        elif objects == [""]:
            objects = _words(item, sets)
            if not objects:
                return []
        # further bare words qualify the object; the head is enough for the parse
    return [(particle, o, prep, p) for o in objects for p in pobjs]


def _comment_verbs(comment: str) -> str:
    """The verb forms a pattern's comment names ("# STEP_UP , STEPPED_UP" -> "step_up stepped_up"): the
    dictionary's editors note which member of the block the pattern was written for. Other comments
    (dates, initials, remarks) name no form in capitals and give ""."""
    words = [w.strip().lower() for w in comment.split(",")]
    if comment.strip() != comment.strip().upper() or not all(re.fullmatch(r"[a-z][a-z_'-]*", w) for w in words):
        return ""
    return " ".join(sorted(set(words)))


def read_verbs(lines: list[str], sets: dict[str, list[str]]) -> tuple[list[dict], list[dict]]:
    """(verb rows, pattern rows): each verb with its block and own code; each block's patterns."""
    verbs: list[dict[str, str]] = []
    patterns: list[dict[str, str]] = []
    block, default, started = "", None, False
    for raw in lines:
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            started = True
            continue
        if not started or not line.strip():
            continue
        head = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])\s+---", line)
        if head:
            block, default = head.group(1).lower(), _code(head.group(2))
            continue
        if line.startswith("-"):
            body = line[1:]
            m = re.search(r"\[[^\]]*\]\s*$", body)
            if not m or "*" not in body:
                continue
            code = _code(m.group(0))
            pre, _, post = body[: m.start()].partition("*")
            # a target-only pattern "[:173]" ("* SENTENCE # RECEIVE"): the subject undergoes the act of another
            # party; kept with no code of its own and the other party's act as its converse
            received = _converse_code(m.group(0)) if code is None else ""
            if code is None and not received or pre.strip():
                continue
            for particle, obj, prep, pobj in parse_pattern(post, sets):
                if particle or obj or prep:
                    patterns.append({"block": block, "particle": particle, "object": obj, "prep": prep,
                                     "prep_object": pobj, "cameo_code": code or "", "verbs": _comment_verbs(comment),
                                     "converse_code": received or (_converse_code(m.group(0)) if code else "")})
            continue
        # a verb of the block: "WORD", "+MULTI_WORD {forms}", "WORD [084]"
        m = re.match(r"^\+?([A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if not m:
            continue
        parts = m.group(1).lower().strip("_").split("_")
        if len(parts) > 2:
            continue
        code = _code(m.group(3)) if m.group(3) else default
        verbs.append({"lemma": parts[0], "particle": parts[1] if len(parts) == 2 else "", "block": block,
                      "cameo_code": code or ""})
    return verbs, patterns


def read_crosswalk(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", body)
        if not m:
            continue
        code, ptype, mode = m.group(1), m.group(2), (m.group(3) or "").strip()
        if ptype == "ACCUSE":
            ptype = "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
        out.setdefault(code, RENAMED.get(ptype, ptype))
    with OVERRIDES.open(encoding="utf-8") as f:
        overrides = sorted(csv.DictReader(f), key=lambda r: len(r["cameo_code"]))
    for r in overrides:  # a code's override applies to its subcodes too; the longest code wins
        for code in [c for c in out if c.startswith(r["cameo_code"])] + [r["cameo_code"]]:
            out[code] = r["plover_type"]
    return out


def plover_of(code: str, crosswalk: dict[str, str]) -> str:
    for n in range(len(code), 1, -1):
        if code[:n] in crosswalk:
            return crosswalk[code[:n]]
    return ""


def read_discards(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body or body.startswith("+") or not re.search(r"[A-Za-z]", body):
            continue  # story-level discards and bare years are not sentence contexts
        out.append(body.lower().replace("_", " ").strip())
    return sorted(set(out))


def _write(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    """Sorted, de-duplicated on the key columns (the first row of a key wins, in the dictionary's order)."""
    seen: dict[tuple, dict[str, str]] = {}
    out = []
    for r in rows:
        key = tuple(r[k] for k in fields if k not in ("cameo_code", "plover_type", "verbs", "converse_code"))
        if key not in seen:
            seen[key] = r = dict(r)
            out.append(r)
        elif "verbs" in fields and seen[key]["cameo_code"] == r["cameo_code"]:
            # the same pattern written for other verbs of the block: it holds for them too
            kept = seen[key]
            kept["verbs"] = " ".join(sorted(set(kept["verbs"].split()) | set(r["verbs"].split())))
    out.sort(key=lambda r: tuple(r[k] for k in fields))
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("resources", type=Path, help="folder with petrarch2/ and plover/")
    ap.add_argument("--out", type=Path, default=HERE.parent / "newscoder" / "data")
    a = ap.parse_args(argv)
    lines = (a.resources / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    crosswalk = read_crosswalk(a.resources / "plover" / "CAMEO2PLOVER-2021.txt")
    sets = read_synsets(lines)
    verbs, patterns = read_verbs(lines, sets)
    for r in (*verbs, *patterns):
        r["plover_type"] = plover_of(r["cameo_code"], crosswalk) if r["cameo_code"] else ""
    _write(a.out / "cameo_verbs.csv", ["lemma", "particle", "block", "cameo_code", "plover_type"], verbs)
    _write(a.out / "cameo_verb_patterns.csv",
           ["block", "particle", "object", "prep", "prep_object", "cameo_code", "plover_type", "verbs",
            "converse_code"], patterns)
    _write(a.out / "cameo_synsets.csv", ["synset", "word"],
           [{"synset": k.lower(), "word": _singular(w)} for k, ws in sets.items() for w in ws])
    with (a.out / "cameo_plover.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["cameo_code", "plover_type"])
        w.writerows(sorted(crosswalk.items()))
    with (a.out / "event_discards.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["phrase"])
        w.writerows([d] for d in read_discards(a.resources / "petrarch2" / "Phoenix.discards.txt"))
    print(f"{len(verbs)} verbs, {len(patterns)} verb patterns, {len(crosswalk)} crosswalk codes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
