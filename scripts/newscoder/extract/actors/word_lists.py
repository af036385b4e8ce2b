"""The word tables the actor passes read (data files of `newscoder.data`), loaded once."""

from __future__ import annotations

import functools
import re
import unicodedata

from newscoder import lexicons

POSS = ("'s", "’s", "'", "’")
_BODY_WORDS = lexicons.rows("government_body_words")
GOV_BODY = re.compile(r"^(?:" + "|".join(re.escape(r["word"]) for r in _BODY_WORDS) + r")\b|\b(?:"
                      + "|".join(re.escape(r["word"]) for r in _BODY_WORDS if r["position"] == "start or end") + ")$")
GOV_HEADS = lexicons.words("government_nouns", "word", kind="government")
PORTFOLIO_TITLES = lexicons.words("government_nouns", "word", kind="portfolio")


@functools.cache
def csv_column(name: str, column: str) -> frozenset[str]:
    """One column of a data file, lower-cased (`column` + "_upper": upper-cased, for codes)."""
    upper = column.endswith("_upper")
    col = column.removesuffix("_upper")
    rows = [v.strip() for v in lexicons.column(name.removesuffix(".csv"), col)]
    return frozenset(v.upper() if upper else v.lower() for v in rows)


# officials of a state who by their post serve in another one: the diplomats of a story set in one country are
# as often another country's (PETRARCH2 files "diplomat" under GOV, the state's own sector)
_POSTED_ABROAD = frozenset({"diplomat", "ambassador", "envoy", "consul", "attaché", "attache", "emissary"})


def posted_abroad(noun: str) -> bool:
    """A (singular or plural) noun for officials serving in another state than their own."""
    noun = noun.lower()
    return noun in _POSTED_ABROAD or noun.removesuffix("s") in _POSTED_ABROAD


@functools.cache
def descriptor_table() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        r["noun"]: (r["actor_type"], tuple(k for k in r["name_keywords"].split("|") if k))
        for r in lexicons.rows("descriptors")
    }



@functools.cache
def gender_table(name: str, column: str) -> dict[str, str]:
    return {r[column].strip(): r["gender"].strip() for r in lexicons.rows(name.removesuffix(".csv"))}



def name_gender(name: str) -> str | None:
    """The gender a person's given name shows: the name's first word in data/first_names.csv (curated), else,
    for a name of two words or more, in data/given_name_genders.csv (names >= 95 % one gender, derived from
    nomquamgender by scripts/derive/nqg_given_name_genders.py; accents folded: "José" as "Jose"). None when
    the first word is no name of one clear gender ("Andrea", "Kim"): such a person stays of unknown gender."""
    words = name.split()
    if not words:
        return None
    first = words[0]
    if (g := gender_table("first_names.csv", "name").get(first)) is not None or len(words) < 2:
        return g
    return gender_table("given_name_genders.csv", "name").get(_fold(first))


@functools.cache
def _fold(word: str) -> str:
    """"José" -> "Jose": the derived table holds names without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.cache
def org_heads() -> dict[str, str]:
    return {r["word"].strip(): r["kind"].strip() for r in lexicons.rows("org_heads")}


@functools.cache
def group_name_words() -> frozenset[str]:
    """Words many armed and political groups' names share and no person's name holds ("Harakat", "Jaish"):
    data/group_name_words.csv, derived from PETRARCH2 by scripts/derive/petrarch_group_words.py."""
    return frozenset(w.strip().lower() for w in lexicons.column("group_name_words", "word"))


@functools.cache
def agency_domains() -> frozenset[str]:
    return frozenset(w.strip() for w in lexicons.column("agency_domains", "word"))


@functools.cache
def plurals() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in lexicons.rows("demonyms"):
        if r["plural"]:
            out.setdefault(r["iso3"], r["plural"])
    return out



@functools.cache
def _national_bodies() -> tuple[tuple[str, ...], ...]:
    """Phrases of data/national_bodies.csv as word tuples, longest first."""
    phrases = [tuple(p.split()) for p in csv_column("national_bodies.csv", "noun")]
    return tuple(sorted(phrases, key=len, reverse=True))


@functools.cache
def _written_bodies() -> dict[str, str]:
    return {p.strip().lower(): p.strip() for p in lexicons.column("national_bodies", "noun")}


def national_body_nouns() -> frozenset[str]:
    """The one-word national bodies of data/national_bodies.csv, lower case ("police", "army")."""
    return frozenset(k for k in _written_bodies() if " " not in k)


def written_body(phrase: str) -> str:
    """A national body's words as usually written in its name ("Parliament", "police"):
    data/national_bodies.csv."""
    return _written_bodies().get(phrase, phrase)


@functools.cache
def bodies_by_last_word() -> dict[str, list[tuple[list[str], str]]]:
    """The national bodies as token lists (longest first), by their last token (speed: one lookup per noun
    phrase instead of a scan of the whole list)."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for phrase in _national_bodies():
        # "prosecutor's office": the tokenizer splits the possessive off
        flat = [w for p in phrase for w in (p.replace("'s", " 's").split())]
        out.setdefault(flat[-1], []).append((flat, " ".join(phrase)))
    return out



@functools.cache
def non_actor_heads() -> dict[str, str]:
    """Last words of names that are not actors -> what they name instead ("Cathedral" -> place, "Act" ->
    law): data/non_actor_heads.csv."""
    # "building" is a place word that is not also a surname ("Mall", "Airport"): a place to every caller here
    return {r["word"].strip(): "place" if r["kind"].strip() == "building" else r["kind"].strip()
            for r in lexicons.rows("non_actor_heads")}


@functools.cache
def building_heads() -> frozenset[str]:
    """Place words of data/non_actor_heads.csv that are no one's surname ("Mall", "Hotel", "Inn"): a name
    ending in one is a place even where the model calls it a person (unlike "Park", "Hall", "Temple")."""
    return frozenset(r["word"].strip() for r in lexicons.rows("non_actor_heads") if r["kind"].strip() == "building")


# labels of the model that never make an actor: a law, a product, a work, an event, a building, a place
NON_ACTOR_LABELS = frozenset({"LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LOC", "LANGUAGE"})


def is_acronym(text: str) -> bool:
    """"NCA", "PG&E", "U.N.": two or more letters, all upper case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
