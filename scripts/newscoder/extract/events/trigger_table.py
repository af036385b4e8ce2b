"""The event lexicon and the matching of predicates (verbs, light verbs, nominals) against it.

The lexicon (`data/event_lexicon.csv`) has one row per trigger:
- pos `verb`: a verb that is an event by itself ("reject", "negotiate"), optionally only with a particle
  ("crack down") or a preposition ("speak by phone", "talk with");
- pos `verb` with an `object`: a verb + object noun pair whose meaning differs from the noun's
  ("lift sanctions" is a concession, not a sanction);
- pos `light`: a support verb whose event is its object noun ("make a deal", "send aid");
- pos `noun`: a nominal event, coded standalone ("Chile's expulsion of the envoy") or as a light verb's object;
- pos `object`: a noun that is an event only as a light verb's object ("strike a deal");
- pos `military`: a noun naming armed forces; an attack or killing by them is coded as military force
  (FIGHT, CAMEO 190) rather than unconventional violence (ASSAULT);
- pos `measure`: a noun of quantity whose `of` complement is the real object ("tons of food aid").
A `prep` of `obj+to` restricts a verb row to the frame "verb X to do Y" ("asked Washington to station
troops" is a request; "asked whether" is a question).
A `modifier` restricts a noun or object row to nouns with that compound or adjective ("hunger strike",
"air strike"); such a row beats the plain row of the same noun.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of
from newscoder.extract.events import cameo_patterns


@dataclass(frozen=True, slots=True)
class LexEntry:
    lemma: str
    pos: str
    particle: str
    object: str
    prep: str
    cameo_code: str
    plover_type: str
    modifier: str = ""


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    entry: LexEntry
    head: Token  # the verb (or the noun for a standalone nominal)
    obj: Token | None = None  # the object noun of a light verb or verb+object row
    # the head is a noun: read by most event filters, so set once (speed: `pos_` costs about 300 ns a read)
    is_nominal: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_nominal", self.head.pos_ in ("NOUN", "PROPN"))


_MILITARY_TYPES = {"RETREAT", "MOBILIZE", "FIGHT"}
# the `pos` of an entry made from a PETRARCH2 dictionary pattern rather than a lexicon row
DICTIONARY_POS = "dictionary"
# the `modifier` of an entry made from a target-only dictionary pattern: the subject undergoes the coded act
RECEIVED = "received"
# the `prep` value of a row that needs "verb X to do Y" (an object and an infinitive complement)
OBJ_TO_INFINITIVE = "obj+to"


def _read_csv(name: str) -> list[dict[str, str]]:
    return list(lexicons.rows(name.removesuffix(".csv")))


@functools.cache
def lexicon() -> tuple[LexEntry, ...]:
    return tuple(
        LexEntry(
            lemma=r["lemma"].strip().lower(),
            pos=r["pos"].strip(),
            particle=r["particle"].strip().lower(),
            object=r["object"].strip().lower(),
            prep=r["prep"].strip().lower(),
            cameo_code=r["cameo_code"].strip(),
            plover_type=r["plover_type"].strip(),
            modifier=(r.get("modifier") or "").strip().lower(),
        )
        for r in _read_csv("event_lexicon.csv")
    )


@functools.cache
def _by_lemma() -> dict[tuple[str, str], tuple[LexEntry, ...]]:
    out: dict[tuple[str, str], list[LexEntry]] = {}
    for e in lexicon():
        out.setdefault((e.lemma, e.pos), []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def _entries(lemma: str, pos: str) -> tuple[LexEntry, ...]:
    return _by_lemma().get((lemma, pos), ())


def lemma_of(tok: Token) -> str:
    # lemmas of all-caps words come out unlemmatised ("THREATENED"); lower-case the text first
    return tok.lemma_.lower()


def _verb_lemma(tok: Token) -> str:
    """The verb's lemma, repaired when the tagger's lemma is unknown to us ("staged" -> "stag")."""
    return _repaired_lemma(lemma_of(tok), tok.lower_)


@functools.cache
def _repaired_lemma(lemma: str, word: str) -> str:
    # (a pure function of the two strings: memoised, verbs recur across sentences and articles)
    if _known(lemma):
        return lemma
    for cut, add in (("ied", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if word.endswith(cut) and _known(guess := word[: len(word) - len(cut)] + add):
            return guess
    return lemma


def _known(lemma: str) -> bool:
    return any(_entries(lemma, pos) for pos in ("verb", "light"))


def verb_object(verb: Token) -> Token | None:
    """The direct object of a verb, or the passive subject ("sanctions were imposed").

    A noun of quantity hands over to its `of` complement: "sent tons of food aid" -> aid.
    """
    for c in children_of(verb):
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
            return content_noun(c)
    return None


def content_noun(tok: Token) -> Token:
    for _ in range(3):
        if not _entries(lemma_of(tok), "measure"):
            return tok
        nxt = next((g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                    for g in children_of(c) if g.dep_ == "pobj"), None)
        if nxt is None:
            return tok
        tok = nxt
    return tok


def _modifiers(tok: Token) -> set[str]:
    return {lemma_of(c) for c in children_of(tok) if c.dep_ in ("compound", "amod", "nmod")}


def _fits(rows: tuple[LexEntry, ...] | list[LexEntry], tok: Token) -> list[LexEntry]:
    """Rows whose modifier the noun has, modifier rows first ("hunger strike" before "strike")."""
    mods = _modifiers(tok)
    return sorted((e for e in rows if not e.modifier or e.modifier in mods), key=lambda e: not e.modifier)


def _particles(tok: Token) -> set[str]:
    # the parser often reads a phrasal verb's particle as a preposition ("called on the authorities to"),
    # so a preposition right after the verb counts as its particle too
    # (and so does an adverb read for one: "shot back")
    return {c.lower_ for c in children_of(tok) if c.dep_ == "prt" or c.dep_ in ("prep", "advmod") and c.i == tok.i + 1}


def _asks_to_act(tok: Token) -> bool:
    """ "asked Washington to station troops": an object and an infinitive complement, the frame in which a
    verb of asking is a request (not "asked whether", "asked about", "asked for comment")."""
    has_obj = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in children_of(tok))
    return has_obj and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
                           for c in children_of(tok))


def _complement(verb: Token) -> Token | None:
    """The word a pattern may name when the verb has no object noun: an infinitive ("declined to comment")
    or an adjective ("pleaded guilty")."""
    for c in children_of(verb):
        if c.dep_ == "xcomp" and c.pos_ == "VERB" or c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ":
            return c
    return None


def _prep_ok(tok: Token, prep: str) -> bool:
    if not prep:
        return True
    if prep == OBJ_TO_INFINITIVE:
        return _asks_to_act(tok)
    word, _, noun = prep.partition(":")
    for c in children_of(tok):
        if c.dep_ in ("prep", "dative") and c.lower_ == word:
            if not noun or any(lemma_of(g) == noun for g in children_of(c) if g.dep_ == "pobj"):
                return True
    return False


def match_verb(tok: Token) -> TriggerMatch | None:
    """Match a verb token: verb+object rows first, then verb rows, then light verb + event noun."""
    lemma = _verb_lemma(tok)
    if not (_entries(lemma, "verb") or _entries(lemma, "light") or _entries(lemma, "idiom")):
        return _dictionary_pattern(tok, lemma)
    obj = verb_object(tok)
    parts = _particles(tok)
    if any(e.particle in parts for e in _entries(lemma, "idiom")):
        return None  # an idiom blocks the verb's literal reading ("shot back": retorted, no gunfire)
    verb_rows = [e for e in _entries(lemma, "verb") if not e.particle or e.particle in parts]
    if obj is not None:
        for e in _fits(verb_rows, obj):
            if e.object and e.object == lemma_of(obj):
                return TriggerMatch(e, tok, obj)
    plain = [e for e in verb_rows if not e.object and _prep_ok(tok, e.prep)]
    if obj is not None and obj.pos_ == "NOUN" and any(e.object for e in verb_rows) \
            and any(e.plover_type in _MILITARY_TYPES for e in plain[:1]):
        # a military reading goes by its object ("withdraw troops", "deploy soldiers"): with another object
        # ("withdrew its warnings", "withdrew its reporters") the verb is no military act
        return None
    # a particle row ("crack down") beats the plain row of the same verb
    plain.sort(key=lambda e: (not e.particle, not e.prep))
    if plain:
        if plain[0].prep and not _prep_ok(tok, plain[0].prep):
            return _dictionary_pattern(tok, lemma)
        # PETRARCH2's verb + object / preposition patterns carry the word sense: "released a report",
        # "released the identities" are not releases of people, "declined to comment" is no rejection (the
        # dictionary marks them not coded or a mere statement); "denied the charges" denies responsibility
        found = cameo_patterns.sense(tok, lemma, obj if obj is not None else _complement(tok), parts)
        if found == "":
            return None
        if found is None and plain[0].plover_type == "REJECT" and cameo_patterns.denies_claims(lemma) and obj is None \
                and any(c.dep_ == "ccomp" for c in children_of(tok)):
            # "denied that it had attacked": a rejection verb whose dictionary block codes denials of
            # accusations (016) denies a claim when its content is a that-clause; it rejects no request
            found = cameo_patterns.DENY_RESPONSIBILITY
        if found == cameo_patterns.DENY_RESPONSIBILITY:
            return TriggerMatch(replace(plain[0], cameo_code=found, plover_type="REJECT"), tok, None)
        return TriggerMatch(plain[0], tok, None)
    # rows that need a particle or preposition the token lacks do not fall through to other readings
    if _entries(lemma, "verb") and not any(e.object for e in _entries(lemma, "verb")):
        return _dictionary_pattern(tok, lemma)
    light = [e for e in _entries(lemma, "light") if not e.particle or e.particle in parts]
    if light and obj is not None:
        noun = lemma_of(obj)
        rows = _fits(_entries(noun, "noun") + _entries(noun, "object"), obj)
        if rows:
            return TriggerMatch(rows[0], tok, obj)
    # none of the lexicon's rows fits the clause: the dictionary's patterns may ("received the ministers")
    return _dictionary_pattern(tok, lemma)


def _dictionary_pattern(tok: Token, lemma: str) -> TriggerMatch | None:
    """A clause the project's lexicon does not code, coded by PETRARCH2's dictionary only where a verb + object /
    preposition pattern written for this very verb fits it ("received the ambassador"): the pattern carries
    the word sense. A verb's bare block code is not enough ("take", "go", "add" have codes for one of their
    many senses), nor is a pattern written for another verb of the block (the dictionary's "sign" patterns
    are not "fire"'s), and statements (CAMEO 01) and uncoded patterns are no events here."""
    if lemma not in cameo_patterns.verbs():
        return None  # speed: most verbs are not in the dictionary either
    word = tok.lower_
    if not cameo_patterns.may_have_own(lemma, word):
        return None  # speed: no pattern of the verb's blocks names the verb's form, with any particle
    parts = _particles(tok)
    if not cameo_patterns.has_own(lemma, word, frozenset(parts)):
        return None  # speed: no pattern of the verb's blocks was written for this verb's form
    found = cameo_patterns.match(tok, lemma, verb_object(tok), parts, own=True)
    if found is None:
        return None
    p, used = found
    if (p.object or p.prep) and (received := cameo_patterns.received_code(p)) is not None:
        # "received a loan from X", "faces pressure from X": X's act on the subject (see dyads.received_dyad)
        plover = cameo_patterns.plover_type(received) or ""
        return TriggerMatch(LexEntry(lemma, DICTIONARY_POS, p.particle, p.object, p.prep, received, plover,
                                     RECEIVED), tok, used)
    if not (p.object or p.prep) or not p.cameo_code or p.cameo_code.startswith("01") or not p.plover_type:
        return None
    code = cameo_patterns.labelled_code(p.cameo_code)
    if code is None:
        return None
    entry = LexEntry(lemma, DICTIONARY_POS, p.particle, p.object, p.prep, code, p.plover_type)
    return TriggerMatch(entry, tok, used)


def match_noun(tok: Token) -> TriggerMatch | None:
    rows = _entries(lemma_of(tok), "noun")
    if not rows:
        return None  # speed: the modifiers are read only for a noun with rows
    rows = _fits(rows, tok)
    return TriggerMatch(rows[0], tok, None) if rows else None


def is_military(tok: Token) -> bool:
    """The phrase headed by tok names armed forces ("Israeli tanks", "army bulldozers", "Serb forces")."""
    return any(_entries(lemma_of(t), "military") for t in (tok, *(c for c in children_of(tok) if c.dep_ == "compound")))
