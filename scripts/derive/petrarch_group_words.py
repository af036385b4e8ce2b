"""Derive the words of armed and political groups' names from the PETRARCH2 actor dictionaries (MIT licence).

    python scripts/derive/petrarch_group_words.py PATH/TO/petrarch2 [--out scripts/newscoder/data]

Reads `Phoenix.MilNonState.actors.txt` (armed and political non-state groups) and the group entries of
`Phoenix.Countries.actors.txt` (codes with a rebel, insurgent, radical, unidentified armed or opposition
sector: `[SYRREB]`, `[PAKINS]`), from openeventdata/petrarch2 `petrarch2/data/dictionaries/`. A word is a
group word when it is in the names of groups of three different codes or more (a word many groups share, not
one group's own name or its founder's; the codes of a word's other spellings count too: transliterations spell
one Arabic or Malay word many ways, "HARAKAT"/"HARKAT"/"HAREKAT", "JAMAAH"/"JEMAAH", and each spelling alone
may fall under the threshold), and it is:

- no person's name word: not in the project's given names (`given_names.csv`, `first_names.csv`), not after
  a person particle in a group name ("ABU_KELB", "OMAR_BIN_KELB": a person the group is named after), and
  seldom in the names of people the same dictionaries list (a name with a title word, or, outside the groups,
  one opening with a given name);
- not English (the word lists of the spaCy English lemmatizer, and its stop words): "Front", "Army",
  "Liberation" are already organisation words (`org_heads.csv`), and English words ("Black", "Free") are
  surnames too;
- no place (the project's gazetteer): "Kashmir" is where a group fights, not what it is.

Spellings of one word (`_spelling_key`): the same first letter, the same consonants in the same order once
doubled letters are single and the vowels A E I O U after the first letter dropped (Y stays: "JUNAYD" is not
"JUND"), and the same last letter. Only words that pass the tests above pool their codes, so an English word
("FRONT") never lends its codes to a foreign one.

Written to `group_name_words.csv`: word, codes (the number of group codes whose names hold it). The project
reads only the CSV; the licence is `scripts/newscoder/data/LICENSES/petrarch2-MIT.txt`.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))

from petrarch_actors import _CODE, _TITLE_WORDS, _entries  # noqa: E402

_GROUP_SECTORS = ("REB", "INS", "RAD", "UAF", "OPP")
# particles before a person's name inside a group's name ("ABU_NIDAL", "IBN_AL_KELB")
_PERSON_PARTICLES = {"ABU", "IBN", "BIN", "BINT", "UMM"}
_ARTICLES = {"AL", "EL"}
MIN_CODES = 3


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[_\-()+/.,]", name.upper().replace("'", "")) if w.isalpha()]


def _after_particle(ws: list[str], i: int) -> bool:
    return i > 0 and (ws[i - 1] in _PERSON_PARTICLES or ws[i - 1] in _ARTICLES and i > 1
                      and ws[i - 2] in _PERSON_PARTICLES)


def count_words(folder: Path, given: set[str]) -> tuple[dict[str, set[str]], Counter]:
    """Group codes per word of group names, and the count of each word in people's names."""
    groups: dict[str, set[str]] = defaultdict(set)
    people: Counter = Counter()
    for file in ("Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"):
        for names, lines in _entries(folder / file):
            codes = [c for line in lines for c, _, _ in _CODE.findall(line)]
            if not codes:
                continue
            group = file.startswith("Phoenix.MilNonState") or any(c[3:6] in _GROUP_SECTORS for c in codes)
            for name in names:
                ws = _words(name)
                if not ws:
                    continue
                if any(w in _TITLE_WORDS for w in ws) or not group and ws[0] in given:
                    people.update(ws)
                    continue
                if not group:
                    continue
                for i, w in enumerate(ws):
                    if _after_particle(ws, i):
                        people[w] += 1
                    else:
                        groups[w].add(codes[0])
    return groups, people


def _english() -> set[str]:
    from newscoder.nlp import load_nlp

    nlp = load_nlp()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return set().union(*(set(table[pos]) for pos in table.keys())) | set(nlp.Defaults.stop_words)


def _is_english(word: str, english: set[str]) -> bool:
    w = word.lower()
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
             w[:-3] + "y" if w.endswith("ies") else w}
    return bool(forms & english)


def _spelling_key(word: str) -> tuple[str, str]:
    """One key for the transliterated spellings of a word ("HARAKAT", "HARKAT" -> ("HRKT", "T"))."""
    single = re.sub(r"(.)\1+", r"\1", word)
    return single[0] + re.sub(r"[AEIOU]", "", single[1:]), word[-1]


def group_words(folder: Path, data: Path) -> list[dict[str, str]]:
    from newscoder.resolve.places import country_of, gazetteer_country

    given = {r["name"].upper() for f in ("given_names.csv", "first_names.csv")
             for r in csv.DictReader((data / f).open(encoding="utf-8"))}
    groups, people = count_words(folder, given)
    english = _english()

    def foreign(word: str) -> bool:
        return len(word) >= 4 and word not in given and not _is_english(word, english) \
            and not country_of(word.title(), cities=True) and not gazetteer_country(word.title())

    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for word, codes in groups.items():
        if foreign(word):
            spellings[_spelling_key(word)] |= codes
    rows = []
    for word in groups:
        if not foreign(word):
            continue
        n = len(spellings[_spelling_key(word)])
        if n < MIN_CODES or people[word] * 5 > n:
            continue
        rows.append({"word": word.title(), "codes": str(n)})
    return sorted(rows, key=lambda r: r["word"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the PETRARCH2 dictionaries folder")
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "newscoder" / "data")
    args = parser.parse_args(argv)
    rows = group_words(args.folder, args.out)
    with (args.out / "group_name_words.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["word", "codes"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"group_name_words.csv: {len(rows)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
