"""PETRARCH2's CAMEO verb dictionary as the project ships it (derived by `scripts/derive/cameo_lexicon.py`).

`data/cameo_verbs.csv` gives each verb its synonym block and own code, `data/cameo_verb_patterns.csv` each
block's verb + particle / object / preposition patterns ("release" + a person is a release, + a report is
not coded, + aid is aid), `data/cameo_synsets.csv` the word sets a pattern may name (`&hostage`).
A pattern's code "" is the dictionary's "do not code" mark.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of


@dataclass(frozen=True, slots=True)
class Pattern:
    particle: str
    object: str
    prep: str
    prep_object: str
    cameo_code: str
    plover_type: str
    verbs: frozenset[str] = frozenset()  # the forms the dictionary wrote the pattern for (its comment)
    converse_code: str = ""  # the target's act in return, the second code of a paired "[043:042]"

    @property
    def specificity(self) -> int:
        return sum(bool(x) for x in (self.particle, self.object, self.prep, self.prep_object))


def _rows(name: str) -> list[dict[str, str]]:
    return list(lexicons.rows(name.removesuffix(".csv")))


@functools.cache
def verbs() -> dict[str, tuple[dict[str, str], ...]]:
    """lemma -> its dictionary rows (particle, block, cameo_code, plover_type)."""
    out: dict[str, list[dict[str, str]]] = {}
    for r in _rows("cameo_verbs.csv"):
        out.setdefault(r["lemma"], []).append(r)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _patterns() -> dict[str, tuple[Pattern, ...]]:
    out: dict[str, list[Pattern]] = {}
    for r in _rows("cameo_verb_patterns.csv"):
        out.setdefault(r["block"], []).append(Pattern(r["particle"], r["object"], r["prep"], r["prep_object"],
                                                      r["cameo_code"], r["plover_type"],
                                                      frozenset((r.get("verbs") or "").split()),
                                                      (r.get("converse_code") or "").strip()))
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _own_patterns() -> dict[str, dict[str, tuple[int, ...]]]:
    """block -> verb form -> positions of the block's patterns written for that form (`Pattern.verbs`)."""
    out: dict[str, dict[str, tuple[int, ...]]] = {}
    for block, patterns in _patterns().items():
        forms: dict[str, list[int]] = {}
        for k, p in enumerate(patterns):
            for form in p.verbs:
                forms.setdefault(form, []).append(k)
        out[block] = {form: tuple(ks) for form, ks in forms.items()}
    return out


@functools.cache
def _synsets() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in _rows("cameo_synsets.csv"):
        out.setdefault(r["synset"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


def in_synset(name: str, tok: Token) -> bool:
    """The token is a member of PETRARCH2's synonym set `name` ("&aircraft")."""
    return bool({tok.lemma_.lower(), tok.lower_} & _synsets().get(name, frozenset()))


def _words_fit(want: str, words: set[str]) -> bool:
    """`want` (a word or a synonym set "&aircraft") is one of a token's `words` (its lemma and lower form)."""
    if want.startswith("&"):
        return bool(words & _synsets().get(want, frozenset()))
    return want in words


def _preps(verb: Token) -> list[tuple[Token, list[set[str]]]]:
    """The verb's prepositions (and datives, agents), each with the words of its objects."""
    return [(c, [{g.lemma_.lower(), g.lower_} for g in children_of(c) if g.dep_ == "pobj"])
            for c in children_of(verb) if c.dep_ in ("prep", "dative", "agent")]


def _prep_fits(p: Pattern, preps: list[tuple[Token, list[set[str]]]]) -> Token | None:
    """The preposition token the pattern's "(prep object)" names, else None."""
    for c, objects in preps:
        if c.lower_ == p.prep:
            if not p.prep_object:
                return c
            if any(_words_fit(p.prep_object, words) for words in objects):
                return c
    return None


@functools.cache
def _forms(lemma: str, word: str, particles: frozenset[str]) -> frozenset[str]:
    """The verb forms a pattern's `verbs` may name: the lemma and the word, bare and with each particle."""
    return frozenset({lemma, word} | {f"{w}_{p}" for w in (lemma, word) for p in particles})


@functools.cache
def _own_list(block: str, forms: frozenset[str]) -> tuple[Pattern, ...]:
    """The block's patterns written for one of the forms, in the block's order (memoised: verbs recur)."""
    patterns = _patterns().get(block, ())
    index = _own_patterns().get(block, {})
    return tuple(patterns[k] for k in sorted({k for f in forms for k in index.get(f, ())}))


@functools.cache
def _own_stems(lemma: str) -> frozenset[str]:
    """Every form (and every part of it before an "_") that a pattern of the lemma's blocks was written for."""
    out: set[str] = set()
    for row in verbs().get(lemma, ()):
        for form in _own_patterns().get(row["block"], {}):
            out.add(form)
            out.update(form[:k] for k, ch in enumerate(form) if ch == "_")
    return frozenset(out)


def may_have_own(lemma: str, word: str) -> bool:
    """False when no particle could give the verb a pattern of its own (a cheap test before `has_own`)."""
    stems = _own_stems(lemma)
    return lemma in stems or word in stems


@functools.cache
def has_own(lemma: str, word: str, particles: frozenset[str]) -> bool:
    """Some block of the verb has a pattern written for its form (else `match(..., own=True)` finds none)."""
    forms = _forms(lemma, word, particles)
    return any(_own_list(row["block"], forms) for row in verbs().get(lemma, ())
               if not row["particle"] or row["particle"] in particles)


def match(verb: Token, lemma: str, obj: Token | None, particles: set[str],
          own: bool = False) -> tuple[Pattern, Token | None] | None:
    """The most specific pattern of the verb's blocks that the clause fits (particle, object, preposition),
    with the object token it used (None when the pattern names no object). `own`: only patterns the
    dictionary wrote for this verb (its comment names the verb's form), not for another verb of its block."""
    best: tuple[int, Pattern, Token | None] | None = None
    forms = _forms(lemma, verb.lower_, frozenset(particles)) if own else frozenset()
    # speed: the object's words and the verb's prepositions are read once, not once per pattern
    obj_words = {obj.lemma_.lower(), obj.lower_} if obj is not None else set()
    preps: list[tuple[Token, list[set[str]]]] | None = None
    for row in verbs().get(lemma, ()):
        if row["particle"] and row["particle"] not in particles:
            continue
        if own:  # speed: only the block's patterns written for one of the forms are read, in their order
            patterns = _own_list(row["block"], forms)
        else:
            patterns = _patterns().get(row["block"], ())
        for p in patterns:
            if p.particle and (row["particle"] or p.particle not in particles):
                continue
            if p.object and (obj is None or not _words_fit(p.object, obj_words)):
                continue
            if p.prep:
                if preps is None:
                    preps = _preps(verb)
                if _prep_fits(p, preps) is None:
                    continue
            score = p.specificity + (1 if row["particle"] else 0)
            if best is None or score > best[0]:
                best = (score, p, obj if p.object else None)
    return (best[1], best[2]) if best else None


# CAMEO 016 "deny responsibility": the one public-statement code the project publishes, as a rejection (PLOVER
# REJECT covers denials: "denied the charges", "denied any involvement")
DENY_RESPONSIBILITY = "016"


def sense(verb: Token, lemma: str, obj: Token | None, particles: set[str]) -> str | None:
    """The word sense the dictionary's most specific pattern gives the clause: None when no pattern with a
    particle, object or preposition fits (the lexicon's own code stands), "" when the pattern says it is not an
    event of the kind we code (its "[---]" mark, or a public statement, CAMEO 01, which has no PLOVER type:
    "released a statement", "declined to comment", "offered condolences"), else the pattern's code when it is
    a denial of responsibility (016: "denied the accusations")."""
    found = match(verb, lemma, obj, particles)
    if found is None or found[0].specificity == 0:
        return None
    code = found[0].cameo_code
    if code == DENY_RESPONSIBILITY:
        return code
    if not code and found[0].converse_code:
        return None  # a target-only pattern ("received a loan"): another party's act, read by `received_code`
    return "" if not code or code.startswith("01") else None


# roots of acts done with a partner (intents, consultation, diplomatic and material cooperation): the dictionary
# also pairs force ("clashed with" [190:190]), but there a one-sided killing "in a gunbattle" would read as mutual
CONVERSE_ROOTS = frozenset({"03", "04", "05", "06"})


def converse(verb: Token, lemma: str, obj: Token | None, particles: set[str], code: str) -> str | None:
    """The code of the target's act in return when the dictionary's most specific pattern for the clause pairs
    two codes ("[043:042]": "received the ministers" is the host's 043 and the ministers' visit 042; "[046:046]":
    both sides of "held talks with" negotiate) and its first code is the one coded (`code`; for a mutual pair,
    the same root)."""
    if code[:2] not in CONVERSE_ROOTS:
        return None
    found = match(verb, lemma, obj, particles)
    if found is None or found[0].specificity == 0 or not found[0].converse_code:
        return None
    p = found[0]
    if p.converse_code == p.cameo_code and p.cameo_code[:2] == code[:2]:
        return code  # a mutual act ("[046:046]"): the other side does what was coded, in the coded detail
    return labelled_code(p.converse_code) if labelled_code(p.cameo_code) == code else None


def converse_codes() -> set[str]:
    """Every code `converse` can give other than the coded one (a mutual pair repeats the coded code)."""
    return {c for p in (p for ps in _patterns().values() for p in ps)
            if p.converse_code and p.converse_code != p.cameo_code and p.cameo_code[:2] in CONVERSE_ROOTS
            and labelled_code(p.cameo_code)
            and (c := labelled_code(p.converse_code)) and plover_type(c)}


@functools.cache
def denies_claims(lemma: str) -> bool:
    """The verb's dictionary block codes a denial of an accusation, a claim or a charge as 016 ("deny")."""
    return any(p.cameo_code == DENY_RESPONSIBILITY and p.object and not p.prep
               for row in verbs().get(lemma, ()) if not row["particle"]
               for p in _patterns().get(row["block"], ()))


def blocks(verb: Token, lemma: str, obj: Token | None, particles: set[str]) -> bool:
    """The dictionary's most specific pattern says the clause is not an event we code (see `sense`)."""
    return sense(verb, lemma, obj, particles) == ""


@functools.cache
def _labelled() -> frozenset[str]:
    return frozenset(r["code"] for r in _rows("cameo_codes.csv"))


def labelled_code(code: str) -> str | None:
    """The code as the project publishes it: itself or its nearest ancestor with a label in
    `data/cameo_codes.csv` ("0234" -> "023" -> "020"; the root's "not specified further" code); None when
    none has one. A less specific code is still right; an unlabelled one could not be explained to a reader."""
    for n in range(len(code), 2, -1):
        if code[:n] in _labelled():
            return code[:n]
    return code[:2] + "0" if code[:2] + "0" in _labelled() else None


def dictionary_codes() -> set[str]:
    """Every code a dictionary pattern can give a clause the lexicon does not code (see
    `trigger_table._dictionary_pattern`): patterns with an object or a preposition, written for a named verb,
    with a PLOVER type and not a statement (CAMEO 01)."""
    return {c for p in (p for ps in _patterns().values() for p in ps)
            if p.verbs and (p.object or p.prep) and p.cameo_code and not p.cameo_code.startswith("01")
            and p.plover_type and (c := labelled_code(p.cameo_code))}


def received_code(p: Pattern) -> str | None:
    """The published code of another party's act that a target-only pattern ("[:071]": "received a loan",
    "[:111]": "faced criticism") says the clause's subject undergoes; None for any other pattern, a statement
    (CAMEO 01) or a code with no label or PLOVER type."""
    if p.cameo_code or not p.converse_code or p.converse_code.startswith("01"):
        return None
    code = labelled_code(p.converse_code)
    return code if code is not None and plover_type(code) else None


def received_codes() -> set[str]:
    """Every code a target-only pattern written for a named verb can give (see `received_code`)."""
    return {c for p in (p for ps in _patterns().values() for p in ps)
            if p.verbs and (p.object or p.prep) and (c := received_code(p))}


@functools.cache
def _crosswalk() -> dict[str, str]:
    return {r["cameo_code"]: r["plover_type"] for r in _rows("cameo_plover.csv")}


def plover_type(cameo_code: str) -> str | None:
    """The PLOVER type of a CAMEO code by the crosswalk (the longest listed prefix wins)."""
    table = _crosswalk()
    for n in range(len(cameo_code), 1, -1):
        if table.get(cameo_code[:n]):
            return table[cameo_code[:n]]
    return None
