"""Within-article antecedents for pronouns, descriptors ("the agency") and titles ("the US president").

The rule, as in salience-based resolvers: look back from the pronoun, sentence by sentence (at most
`WINDOW` sentences), and take the compatible actor that is the subject of the main clause; then any
compatible subject; then the most recent compatible mention. "The nearest noun" is not enough:
in "The agency did not deny ... that the port is closed. It added ...", "It" is the agency.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.groups import (
    add_group,
    followers,
    identity_community,
    national_body,
    unnamed_official,
)
from newscoder.extract.actors.word_lists import GOV_HEADS, csv_column, descriptor_table
from newscoder.extract.deps import ANY_SUBJECT_DEPS, SUBJECT_DEPS
from newscoder.extract.doctext import char_span, children_of, doc_column, doc_ents, doc_pos, doc_text, doc_tokens
from newscoder.records import LocalActor
from newscoder.resolve.countries import resolve_country
from newscoder.resolve.office_holders import outside_terms
from newscoder.resolve.registry import Registry

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

WINDOW = 3


@dataclass(frozen=True, slots=True)
class Candidate:
    """An earlier mention that a pronoun or descriptor may point back to."""

    actor_key: str
    actor_type: str
    char_start: int
    sentence_index: int
    is_subject: bool
    is_main_subject: bool


def subject_flags(root: Token) -> tuple[bool, bool]:
    """(is a subject, is the subject of the main clause) for the head token of a mention."""
    tok = root
    # climb out of a compound/possessive/apposition to the noun phrase head
    while tok.dep_ in ("compound", "flat", "appos", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ANY_SUBJECT_DEPS:
        return False, False
    verb = tok.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT") or _before_semicolon(verb)
    return True, main


def _before_semicolon(verb: Token) -> bool:
    """"X was recalled for fraud; the vote to remove him failed": the parser may hang the clause before a
    semicolon on the next one as its complement, yet a semicolon joins two main clauses."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i <= verb.i:
        return False
    return any(t.text == ";" and t.head.i == head.i for t in verb.doc[verb.i + 1 : head.i])


@functools.cache
def pronoun_table() -> dict[str, tuple[str, str, str]]:
    return {r["pronoun"]: (r["number"], r["gender"], r["animacy"]) for r in lexicons.rows("pronouns")}


def pronoun_types(word: str) -> frozenset[str] | None:
    """Actor types a third-person pronoun can stand for (None: not a pronoun we resolve)."""
    return _pronoun_types().get(word.lower())  # speed: read for every word of the text


@functools.cache
def _pronoun_types() -> dict[str, frozenset[str]]:
    person, plural, other = frozenset({"person"}), frozenset({"group", "organization"}), \
        frozenset({"organization", "state"})
    return {word: person if animacy == "person" else plural if number == "plural" else other
            for word, (number, _gender, animacy) in pronoun_table().items()}


def is_pleonastic(tok: Token) -> bool:
    """Non-referring "it": "it is clear that", "it seems", "it was raining"."""
    if tok.lower_ != "it":
        return False
    head = tok.head
    if head.lemma_ in lexicons.words("pleonastic_verbs", "lemma"):
        return True
    # "it is expected that", "it was reported that": a passive verb with its clause moved after it
    if tok.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" and c.i > head.i for c in children_of(head)):
        return True
    # "it is obvious that ...", "it was unclear whether ...": be + adjective + an extraposed clause
    if head.lemma_ == "be" and any(c.dep_ == "acomp" for c in children_of(head)) \
            and any(c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > head.i for c in children_of(head)):
        return True
    # "it is clear that", "it was important to": extraposition adjectives only ("it is willing to" refers)
    nxt = tok.doc[tok.i + 1 : tok.i + 4]
    return (len(nxt) == 3 and nxt[0].lemma_ == "be" and nxt[1].lower_ in pleonastic_adjectives()
            and nxt[2].lower_ in ("to", "that", "whether", "if"))


@functools.cache
def pleonastic_adjectives() -> frozenset[str]:
    return frozenset(a.strip().lower() for a in lexicons.column("pleonastic_adjectives", "adjective"))


def pick_antecedent(
    candidates: list[Candidate],
    position: int,
    sentence_index: int,
    compatible: Callable[[Candidate], bool],
    window: int = WINDOW,
) -> str | None:
    """The actor key an anaphor at char `position` in sentence `sentence_index` most likely refers to."""
    # (speed: the window is tested before the compatibility test, a chain of calls)
    first = sentence_index - window
    before = [c for c in candidates
              if c.char_start < position and first <= c.sentence_index <= sentence_index and compatible(c)]
    for s in range(sentence_index, sentence_index - window - 1, -1):
        in_sent = [c for c in before if c.sentence_index == s]
        if not in_sent:
            continue
        for test in (lambda c: c.is_main_subject, lambda c: c.is_subject, lambda c: True):
            hits = [c for c in in_sent if test(c)]
            if hits:
                # main-clause subject: the first one of the sentence; otherwise the most recent
                return hits[0].actor_key if test(hits[0]) and hits[0].is_main_subject else hits[-1].actor_key
    return None


# ---------------------------------------------------------------- anaphora, descriptors, titles, groups
def _compatible_types(types: frozenset[str]):
    return lambda c: c.actor_type in types


def link_anaphora(b: ActorBuilder, doc: Doc, sents: list[Span], skip: set[int], registry: Registry | None) -> None:
    descriptors = descriptor_table()
    group_nouns = csv_column("group_nouns.csv", "noun")
    tokens = doc_tokens(doc)
    # for each sentence, how far back the last sentence with words is (a blank line or a stray closing
    # quote mark can be a "sentence" of its own)
    back, last_words = [], None
    is_alpha = doc_column(doc, "is_alpha")
    for si, sent in enumerate(sents):
        back.append(si - last_words if last_words is not None else 1)
        if any(is_alpha[sent.start : sent.end]):
            last_words = si
    pos = doc_pos(doc)
    # speed: every word of the text is tested; its attributes are read from per-Doc lists, and a Token is
    # taken only for the pronouns and nouns that pass
    lowers, deps = doc_column(doc, "lower_"), doc_column(doc, "dep_")
    types_of = _pronoun_types()  # speed: `pronoun_types` without a call per word (`lower_` is lower case)
    for si, sent in enumerate(sents):
        # speed: only pronouns and nouns are read below, so the overlap test is made for them alone (and the
        # words are sifted in one comprehension per sentence)
        for i in [i for i in range(sent.start, sent.end)
                  if pos[i] in ("NOUN", "PROPN") and deps[i] != "compound" or lowers[i] in types_of
                  and (pos[i] == "PRON" or lowers[i] in ("his", "her", "its", "their"))]:
            low = lowers[i]
            types = types_of.get(low)
            pronoun = types is not None and (pos[i] == "PRON" or low in ("his", "her", "its", "their"))
            tok = tokens[i]
            if i in skip or b.overlaps(tok.idx, tok.idx + len(tok.text)):
                continue
            # pronouns
            if pronoun:
                if low == "her" and tok.dep_ == "poss" or low in ("his", "its", "their"):
                    if _possessive_government(b, doc, tok, si, sent, types):
                        continue
                if is_pleonastic(tok) or low == "it" and not _it_may_be_actor(tok):
                    continue
                # inside a quotation a pronoun points to whom the speaker has in mind, which the story's
                # salience does not tell
                text = doc_text(doc)
                if _inside_quotation(text, _paragraph_start(text, sent.start_char), tok.idx):
                    continue
                if low == "its" and _thing_subject(b, tok):
                    continue  # "the storm made its landfall": the clause's own subject, not an actor
                if low == "their" and _thing_subject(b, tok, plural=True):
                    continue  # "rescuers ended their work": the clause's own plural subject, no actor here
                if low in _REFLEXIVES:
                    # "the van could not stop itself": a reflexive is bound by its clause's subject, and
                    # links only when that subject is an actor's mention of an agreeing type
                    # "a meeting with Trump himself": an emphatic reflexive right after a name is that name's
                    prev = tok.nbor(-1) if tok.i > 0 else None
                    named = {m.actor_key for m in b.mentions if prev is not None
                             and m.char_end == prev.idx + len(prev.text) and b.by_key(m.actor_key).actor_type in types}
                    key = named.pop() if len(named) == 1 else _binding_subject(b, tok, types)
                    if key is not None:
                        b.add(b.by_key(key), doc, tok.idx, tok.idx + len(tok.text), "pronoun", si, sent, root=tok)
                    continue
                key = None
                wide = None
                if "group" in types:
                    wide = types
                    types = frozenset({"group"})  # "they" for a body is rare in news copy; people come first
                    if _coordinated_subject(tok):
                        continue  # "Lee and Okafor ... their plan": a set we do not model
                gender = pronoun_table().get(low, ("", "", ""))[1]
                # "Sirhan shot him": an object pronoun never stands for the subject of its own clause (that
                # would be "himself"); the subject's actor is left out of its candidates
                own = _clause_subject_key(b, tok)
                if tok.dep_ == "poss":
                    key = _clause_subject(b, tok, types)
                    # "The agency sought a waiver. The court ruled against its request": another body the story
                    # is about competes with the clause's own subject
                    if key is not None and low in ("its", "their") and _conjunct_rival(b, tok, key, wide or types):
                        continue
                if key is not None and gender in ("male", "female") and known_gender(b, key) not in (None, gender):
                    key = None
                # "it"/"its" refer to things as often as to bodies: only an actor of this or the last sentence
                window = back[si] if low in ("it", "its") else WINDOW
                if key is None and gender in ("male", "female") \
                        and (key := _report_speaker(b, tok, types, gender)) is not None:
                    pass  # "X wrote he had ordered checks": the speaker of the report
                elif key is None and gender in ("male", "female"):
                    # a person the text shows to be of the pronoun's gender beats one whose gender is unknown
                    # in the same sentence; a person of unknown gender named in a later sentence is the more
                    # salient ("Miller said ... Smith told us ... He stated": Smith)
                    key = pick_antecedent(b.candidates, tok.idx, si, _besides(_agrees(b, types, gender), own),
                                          window)
                    # (not from the pronoun's own sentence: "Another son, X, predeceased her" is not X, and
                    # "Prompted by Lee's visit, she ..." does not hide the person of the sentence before)
                    nearer = pick_antecedent(b.candidates, sent.start_char, si,
                                             _besides(_compatible(b, types, gender), own), window)
                    if key is not None and nearer is not None \
                            and _last_sentence(b, key, tok.idx) < _last_sentence(b, nearer, tok.idx) < si:
                        key = nearer
                    # ... but the main subject of the pronoun's own sentence, of unknown gender, outranks an
                    # agreeing person not named in it ("Chapman told us, a choice leaving her helpless")
                    # (not for the object of a clause with a subject of its own: "Another son, X, predeceased
                    # her", "police believe him to be 25")
                    if key is not None and own is None and _last_sentence(b, key, tok.idx) < si \
                            and not _object_of_subject_clause(tok):
                        key = _own_main_subject(b, tok, si, _compatible(b, types, gender)) or key
                    # "Volker's post put him at the centre": an object pronoun whose clause subject is owned by
                    # a person stands for that owner
                    if own is None and (owner := _subject_owner(b, tok, _compatible(b, types, gender))):
                        key = owner
                key = key or pick_antecedent(b.candidates, tok.idx, si, _besides(_compatible(b, types, gender), own),
                                             window)
                if wide is not None and key is not None and low == "they":
                    # ... but the nearest plural antecedent wins: a body of this or the sentence before, named
                    # after the group ("Christians ... The commission criticized the move. They released ...");
                    # only for a subject "they" (an object "them" is as often a thing)
                    body = pick_antecedent(b.candidates, tok.idx, si, _compatible(b, wide, gender), window)
                    if body is not None and body != key and _last_sentence(b, body, tok.idx) >= si - 1 \
                            and _last_sentence(b, body, tok.idx) > _last_sentence(b, key, tok.idx):
                        key = body
                if key is not None and low in ("it", "its") and _thing_outranks(b, sents, tok, key):
                    key = None
                if key is not None and low in ("it", "its") and not _subject_antecedent(b, doc, tok, key):
                    key = None
                if key is not None and low in _THING_PRONOUNS \
                        and _nearer_rival(b, tok, key, plural=low not in ("it", "its")):
                    key = None
                if key is not None and wide is not None and _coordinated_people(b, tok, key):
                    key = None
                if key is not None and low in ("they", "them") and _reported_patient(b, tok, key):
                    key = None
                if key is not None and gender in ("male", "female") \
                        and (reported := _reported_person(b, tok, key, gender)) is not None:
                    key = reported
                if key is not None and gender in ("male", "female") and _unnamed_person_outranks(b, tok, key, gender):
                    key = None
                if key is not None and tok.dep_ == "poss" and _rival_in_clause(b, tok, key, types, gender):
                    key = None
                if key is not None and tok.dep_ == "poss" and gender in ("male", "female") \
                        and _unnamed_clause_subject(b, tok, gender):
                    key = None
                if key is not None and gender in ("male", "female") and low in ("his", "him", "her") \
                        and _reported_rival(b, tok, key, gender, si - back[si]):
                    key = None
                if key is not None and low in ("he", "she") and _subordinate_rival(b, tok, key, gender):
                    key = None
                if key is not None:
                    if gender in ("male", "female") and b.by_key(key).actor_type == "person":
                        b.genders.setdefault(key, gender)  # "he" said: later "she" is someone else
                    b.add(b.by_key(key), doc, tok.idx, tok.idx + len(tok.text), "pronoun", si, sent, root=tok)
                continue
            if followers(b, doc, tok, si, sent):
                continue
            np = _noun_phrase(tok)
            if b.overlaps(np[0].idx, np[-1].idx + len(np[-1].text), allow_inner_states=True):
                continue
            det = np[0].lower_
            cs, ce = np[0].idx, np[-1].idx + len(np[-1].text)
            # titles: "the US president", "the foreign minister"
            title = roles.titles().get(low)
            if det == "the" and title and title not in ("honorific", "modifier") and tok.tag_ == "NN":
                if tok.dep_ == "attr":
                    continue  # "who may have been the captain": a predicate says what someone is, names no one
                key = None if _of_another(tok) else _title_antecedent(b, np, low, _office_of(tok))
                if key is not None and (_someone_else(b, tok, key) or _dated_outside_term(b, tok, key)):
                    key = None
                if key is not None:
                    b.add(b.by_key(key), doc, cs, ce, "title", si, sent, root=tok)
                    continue
            if title and title not in ("honorific", "modifier") and tok.tag_ == "NN" and det in ("the", "a", "an"):
                if unnamed_official(b, doc, np, tok, si, sent):
                    continue
            # descriptors: "the agency", "the island", "the Peruvian government"
            if low in descriptors and tok.tag_ == "NN" and det in ("the", "this", "that"):
                atype, keywords = descriptors[low]
                if any(t.lower_ == "island" for t in np[:-1]) or any("island" in t.lower_ for t in np[:-1]):
                    keywords = descriptors["island"][1]  # "the small island nation"
                iso3 = next((roles.country_of_modifier(t.text) for t in np[1:-1]
                             if roles.country_of_modifier(t.text)), None)
                if atype == "state" and iso3 and _region_modifier(np):
                    continue  # "the South American nation": a region's, not the United States
                if atype == "state" and iso3 is None:
                    owner = _state_of_complement(b, tok)
                    if owner is not None:
                        # "the government of Ukraine": the state the complement names, not the nearest one;
                        # a complement of no known state ("the government of the day") links to none
                        if owner:
                            b.add(b.state(owner), doc, cs, ce, "descriptor", si, sent, root=tok)
                        continue
                    if any(t.tag_ in ("JJS", "RBS") for t in np) \
                            or any(t.text[:1].isupper() and t.pos_ != "PROPN" and not roles.country_of_modifier(t.text)
                                   for t in np[1:-1]):
                        continue  # "the most censor-prone country": any; "the Middle Eastern nation": a region's
                if atype == "state" and iso3:
                    b.add(b.state(iso3), doc, cs, ce, "descriptor", si, sent, root=tok)
                    continue
                if any(t.pos_ == "PROPN" and not roles.country_of_modifier(t.text) for t in np):
                    continue
                # "the district court": a modifier that says which kind must be borne by the actor's name
                # (not a state's: "the central government", "the island nation" name no kind of state)
                mods = [] if tok.dep_ in ("attr", "appos") or atype == "state" else _kind_modifiers(np)
                def fit(c: Candidate, at: str = atype, kw: tuple = keywords, md: list = mods) -> bool:
                    return _fits(b.by_key(c.actor_key), at, kw) and _bears(b.by_key(c.actor_key), md, not kw) \
                        and not (at == "state" and _premodifier(b, doc, c))
                key = pick_antecedent(b.candidates, tok.idx, si, fit)
                if key is not None and tok.dep_ not in ("attr", "appos") \
                        and _rival_subjects(b, tok, key, si, fit):
                    continue  # "The High Court ruled. The Supreme Court ruled. The court ...": either may be meant
                if key is not None:
                    b.add(b.by_key(key), doc, cs, ce, "descriptor", si, sent, root=tok)
                else:
                    national_body(b, doc, np, tok, si, sent)
                continue
            if national_body(b, doc, np, tok, si, sent):
                continue
            if identity_community(b, doc, np, tok, si, sent):
                continue
            # groups: "residents", "Cuban exiles", "the Cuban people"
            if tok.tag_ == "NNS" or low == "people" or low in group_nouns and tok.tag_ == "NN":
                add_group(b, doc, np, tok, si, sent, group_nouns | csv_column("national_group_nouns.csv", "noun"))
            elif low in csv_column("body_nouns.csv", "noun") and tok.tag_ in ("NN", "NNP"):
                add_group(b, doc, np, tok, si, sent, csv_column("body_nouns.csv", "noun"))


# object pronouns a clause's subject cannot bind (a reflexive would be used)
_OBJECT_PRONOUNS = {"him", "her", "them"}


def _clause_subject_key(b: ActorBuilder, tok: Token) -> str | None:
    """The actor of the subject of an object pronoun's own clause ("Sirhan shot him": Sirhan), or None."""
    if tok.lower_ not in _OBJECT_PRONOUNS:
        return None
    # (only a direct object: after a preposition the subject may be meant, "he brought his daughter with him")
    if tok.dep_ not in ("dobj", "dative"):
        return None
    verb = tok.head
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None:
        return None
    owners = _keys_over(b, subj)
    return owners.pop() if len(owners) == 1 else None


def _besides(test: Callable, key: str | None) -> Callable:
    return test if key is None else (lambda c: test(c) and c.actor_key != key)


def known_gender(b: ActorBuilder, key: str) -> str | None:
    """The gender a person is known to be of: shown by the text (a title, a curated first name, an earlier
    pronoun), else by a given name of one clear gender (data/given_name_genders.csv). A pronoun of the other
    gender never links to that person; a name's gender alone gives no preference among the candidates."""
    return b.genders.get(key) or b.name_genders.get(key)


def _agrees(b: ActorBuilder, types: frozenset[str], gender: str):
    """Type-compatible and known (from a title, a first name or an earlier pronoun) to be of this gender."""
    return lambda c: c.actor_type in types and b.genders.get(c.actor_key) == gender


def _compatible(b: ActorBuilder, types: frozenset[str], gender: str):
    """Type-compatible, and for he/she not a person known to be of the other gender."""
    def ok(c: Candidate) -> bool:
        if c.actor_type not in types:
            return False
        return gender not in ("male", "female") or known_gender(b, c.actor_key) in (None, gender)
    return ok


def _fits(actor: LocalActor, actor_type: str, keywords: tuple[str, ...]) -> bool:
    """Can a descriptor ("the agency", "the island") stand for this actor?"""
    if actor.actor_type != actor_type:
        return False
    if not keywords:
        return True
    if keywords == ("@island_states",):
        return actor.country_iso3 in csv_column("island_states.csv", "iso3_upper")
    return any(k in actor.name for k in keywords)


def _premodifier(b: ActorBuilder, doc: Doc, c: Candidate) -> bool:
    """Is this candidate a state's name used as a premodifier of another noun ("U.S. troops", "US workers")?
    Such a name says whose the thing is; unless the state is the story's topic (its home country, or the
    state it has named most so far), "the country" a few words on is rarely it ("some 200 U.S. marines
    remain in the country" of a story about Liberia)."""
    if b.home is not None and b.by_key(c.actor_key).country_iso3 == b.home():
        return False  # the story's own country stays the topic ("Hong Kong people ... the government")
    counts: dict[str, int] = {}
    for o in b.candidates:
        if o.actor_type == "state" and o.char_start < c.char_start:
            counts[o.actor_key] = counts.get(o.actor_key, 0) + 1
    if counts and counts.get(c.actor_key, 0) == max(counts.values()):
        return False  # ... and so does the state the article has named most so far
    m = next((m for m in b.mentions if m.char_start == c.char_start and m.actor_key == c.actor_key), None)
    if m is None or m.mention_kind not in ("name", "metonym"):
        return False
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and not span.start <= root.head.i < span.end \
        and root.head.pos_ == "NOUN" and roles.titles().get(root.head.lower_) is None  # ("US President": his)


def _kind_modifiers(np: list[Token]) -> list[Token]:
    """The premodifiers of a descriptor that say which one of its kind is meant ("district" and "appeals" in
    "the district court", "the appeals court"; "Scottish" in "the Scottish court"). Not a superlative or a
    comparative ("the largest party"), nor a hyphenated description ("the three-judge court", "the
    Luxembourg-based court"), nor a word of order or identity (`_NO_KIND`): these tell about the body
    without naming a kind."""
    toks = doc_tokens(np[0].doc)
    out = []
    for t in np[1:-1]:
        if t.dep_ not in ("compound", "amod", "nmod") or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
            continue
        if t.tag_ in ("JJS", "JJR", "RBS") or t.lower_ in _NO_KIND \
                or any(toks[j].text == "-" for j in (t.i - 1, t.i + 1) if 0 <= j < len(toks)):
            continue
        out.append(t)
    return out


# adjectives that pick one out by order or identity, not by kind ("the only court with higher authority",
# "the same party", "the first court"): the predicate or the order tells which, not the name
_NO_KIND = frozenset({"only", "same", "other", "first", "last", "next", "previous", "latter", "former"})


def _bears(actor: LocalActor, mods: list[Token], generic: bool = False) -> bool:
    """Does the actor's name (an alias, its role) carry every kind modifier? A nationality word is borne by
    the country's own name or main demonym ("the Chinese company" for a Chinese firm, or a firm of no known
    country), not by a part of it ("the Scottish court" is no English court). For a descriptor of no kind
    of its own (`generic`: "company", "firm", "group") a noun before it tells the trade ("the car company",
    "the auto firm"), which a name seldom repeats: only adjectives and nationality words are read there."""
    if not mods:
        return True
    words = " ".join([actor.name, *actor.aliases, actor.role or ""]).lower()
    for t in mods:
        stem = t.lower_.removesuffix("s") if len(t.lower_) > 4 else t.lower_
        if re.search(rf"\b{re.escape(stem)}", words):
            continue
        iso3 = roles.country_of_modifier(t.text)
        if iso3:
            if actor.country_iso3 in (iso3, None) and t.lower_ in _national_forms():
                continue
            return False
        if generic and (t.pos_ in ("NOUN", "PROPN") or t.ent_type_ == "NORP"):
            continue  # (a people of no country we know, "the Korean company": no evidence either way)
        return False
    return True


@functools.cache
def _national_forms() -> frozenset[str]:
    """Each country's first-listed demonym and its short name ("chinese", "american", "us", "uk")."""
    first: dict[str, str] = {}
    for r in lexicons.rows("demonyms"):
        first.setdefault(r["iso3"], r["demonym"].lower())
    return frozenset(first.values()) | {"us", "u.s.", "uk", "u.k."}


def _clause_subject(b: ActorBuilder, tok: Token, types: frozenset[str]) -> str | None:
    """The compatible subject of the possessive's own clause: "the regime must stop its acts"."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for child in children_of(verb):
        if child.dep_ in SUBJECT_DEPS and child.i < tok.i:
            # (a subject that is a common noun with a name in apposition, "rival host Ana Ray, with whom Lee
            # feuded, posted on her page": the name is the subject's, not a name of the relative clause)
            for head in (child, *(c for c in children_of(child) if c.dep_ == "appos" and c.i < tok.i)):
                for m in b.mentions:
                    if m.char_start <= head.idx < m.char_end and b.by_key(m.actor_key).actor_type in types:
                        return m.actor_key
    return None


def _thing_subject(b: ActorBuilder, tok: Token, plural: bool = False) -> bool:
    """Does the possessive's own clause have a subject before it that is no actor of this article (for
    "their": a plural noun, "rescuers ended their work")?"""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.i < tok.i]
    if plural and not all(s.tag_ in ("NNS", "NNPS") for s in subjects):
        return False
    return bool(subjects) and not any(m.char_start <= s.idx < m.char_end for s in subjects for m in b.mentions) \
        and all(s.pos_ in ("NOUN", "PROPN") for s in subjects)


def _own_main_subject(b: ActorBuilder, tok: Token, si: int, compatible: Callable) -> str | None:
    """The person that is the main subject of the pronoun's own sentence, named before it, if it fits."""
    hits = [c for c in b.candidates if c.sentence_index == si and c.char_start < tok.idx and c.is_main_subject
            and c.actor_type == "person" and compatible(c)]
    if len({c.actor_key for c in hits}) != 1:
        return None
    # "X questioned the president's power to do as he proposed": an unnamed person between them is a rival
    toks = doc_tokens(tok.doc)
    between = [t for t in toks[tok.sent.start : tok.i] if t.idx > hits[0].char_start]
    if any(t.tag_ in ("NN", "NNP") and roles.titles().get(t.lower_) not in (None, "honorific", "modifier")
           and t.i > 0 and toks[t.i - 1].lower_ == "the" for t in between):
        return None
    return hits[0].actor_key


def _object_of_subject_clause(tok: Token) -> bool:
    """An object pronoun, or the subject of an infinitive ("believe him to be"), in a clause with a subject."""
    if tok.lower_ not in _OBJECT_PRONOUNS:
        return False
    if tok.dep_ == "poss":
        return False
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("ccomp", "xcomp"):
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in children_of(verb))


def _subject_owner(b: ActorBuilder, tok: Token, compatible: Callable) -> str | None:
    """"Lee's lawyer defended him": the person owning the subject of an object pronoun's clause, or None."""
    if tok.lower_ not in _OBJECT_PRONOUNS or tok.dep_ not in ("dobj", "dative"):
        return None
    subj = next((c for c in children_of(tok.head) if c.dep_ == "nsubj" and c.i < tok.i), None)
    poss = next((c for c in children_of(subj) if c.dep_ == "poss"), None) if subj is not None else None
    if poss is None:
        return None
    keys = {c.actor_key for c in b.candidates if c.char_start <= poss.idx < c.char_start + max(1, len(poss.text))
            and c.actor_type == "person" and compatible(c)}
    if not keys:
        keys = {m.actor_key for m in b.mentions if m.char_start <= poss.idx < m.char_end
                and b.by_key(m.actor_key).actor_type == "person"}
        keys = {k for k in keys if known_gender(b, k) in (None, pronoun_table().get(tok.lower_, ("", "", ""))[1])}
    return keys.pop() if len(keys) == 1 else None


# a verb's children that name another party of its action than the subject: its objects, its passive agent
_PARTY_DEPS = frozenset({"dobj", "dative", "agent"})


def _rival_in_clause(b: ActorBuilder, tok: Token, key: str, types: frozenset[str], gender: str) -> bool:
    """Does the possessive's clause name another actor it may as well stand for? Syntax does not decide
    between a verb's subject and its object or passive agent when the possessive sits in a phrase of the
    verb outside that object ("the judge sentenced Ray for driving his car", "the mayor thanked Lee for
    his help", "Ana was named by Ray as his aide"), nor between the owner and the first of "Ray and his
    son". Either reading is common, so such a possessive links to no one unless the other party does not
    agree with it (a body for "his", a woman for "his")."""
    def rival(t: Token) -> bool:
        if t.i > tok.i:
            return False  # "For his work, Ray was thanked by Lee": an antecedent comes first
        for part in (t, *(c for c in children_of(t) if c.dep_ == "compound")):
            for m in b.mentions:
                if m.char_start <= part.idx < m.char_end and m.actor_key != key:
                    other = b.by_key(m.actor_key)
                    if other.actor_type in types and (gender not in ("male", "female")
                                                      or known_gender(b, m.actor_key) in (None, gender)):
                        return True
        return False

    np_head = tok.head
    if np_head.dep_ == "conj" and np_head.head.i < tok.i and rival(np_head.head):
        return True  # "Ray and his son"
    path = {tok.i, np_head.i}
    verb = np_head
    predicative = False
    while True:
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            predicative = predicative or verb.lower_ == "as" and verb.dep_ == "prep"
            verb = verb.head
            path.add(verb.i)
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        # "Ray named Lee as his deputy": an "as" phrase says what the object is to the doer (the subject, or
        # the passive's agent), so there the object is no rival
        for c in children_of(verb):
            if c.dep_ in (("agent",) if predicative else _PARTY_DEPS) and c.i not in path:
                party = next((g for g in children_of(c) if g.dep_ == "pobj"), None) if c.dep_ == "agent" else c
                if party is not None and rival(party):
                    return True
        # a verb without a subject of its own ("for driving his car", "to be his deputy") is in the
        # phrase of the verb above it, whose parties are as near
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("csubj", "expl") for c in children_of(verb)) \
                or verb.dep_ not in ("xcomp", "pcomp", "advcl", "acl") or verb.head.i == verb.i:
            return False
        verb = verb.head
        path.add(verb.i)


def _unnamed_clause_subject(b: ActorBuilder, tok: Token, gender: str) -> bool:
    """Is the subject of the possessive's clause (or of the clause above a gerund, an infinitive or an
    adverbial phrase without a subject of its own) an unnamed person ("the judge ordered the accused remain
    in custody until his next hearing", "one of the victims chose to allow her name to be published";
    data/person_nouns.csv, of the pronoun's gender or of none), no actor's mention? Then "his"/"her" is
    that person's, and links to no actor."""
    nouns = _person_nouns()
    verb, path, lower = tok.head, {tok.i, tok.head.i}, None
    for _ in range(12):
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
            path.add(verb.i)
        # a possessive in its clause's own subject ("her name was made public") looks further up
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.i not in path), None)
        if lower is not None:
            # "ordered the accused remain ...": the object of the verb above is the subject of the clause below
            subject = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i < lower.i), subject)
        if subject is not None:
            if subject.i > tok.i:
                return False
            if subject.lower_ == "one":  # "one of the victims"
                of = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ == "of"), None)
                subject = next((c for c in children_of(of) if c.dep_ == "pobj"), subject) if of else subject
            # ("the accused" is tagged a verb: a word with an article is a noun here)
            word = subject.lemma_.lower() if subject.pos_ == "NOUN" else subject.lower_ \
                if any(c.dep_ == "det" for c in children_of(subject)) else None
            return word is not None and nouns.get(word) in (gender, "") \
                and not b.overlaps(subject.idx, subject.idx + len(subject.text))
        # (not out of a participle on a noun: "X, a convict nearing the end of his term" is X's)
        if verb.dep_ not in ("xcomp", "pcomp", "advcl", "ccomp") or verb.head.i == verb.i:
            return False
        lower = verb if verb.dep_ in ("xcomp", "ccomp") else None
        verb = verb.head
        path.add(verb.i)
    return False


def _last_sentence(b: ActorBuilder, key: str, before: int) -> int:
    """The sentence of the actor's last candidate mention before char `before`."""
    return max((c.sentence_index for c in b.candidates if c.actor_key == key and c.char_start < before), default=-1)


def _thing_outranks(b: ActorBuilder, sents: list[Span], tok: Token, key: str) -> bool:
    """"The storm was west of X. Forecasters said it would ...": the chosen antecedent is no subject, and a
    thing (a singular common noun no actor's mention covers) is the main subject of a sentence between it
    and the pronoun: salience goes to the thing, so "it" does not link."""
    last = max((c for c in b.candidates if c.actor_key == key and c.char_start < tok.idx),
               key=lambda c: c.char_start, default=None)
    if last is None or last.is_subject:
        return False
    for sent in sents[last.sentence_index : last.sentence_index + 3]:
        if sent.start_char > tok.idx:
            break
        subj = next((c for c in children_of(sent.root) if c.dep_ in SUBJECT_DEPS), None)
        if subj is None or subj.tag_ != "NN" or subj.idx >= tok.idx:
            continue
        if not any(m.char_start <= subj.idx < m.char_end for m in b.mentions):
            return True
    return False


# pronouns that may stand for a thing or a set as well as for a body or group
_THING_PRONOUNS = {"it", "its", "they", "their", "them"}
# entity labels of amounts and times, which no pronoun of these stands for
_AMOUNT_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
_RIVAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"}


def _nearer_rival(b: ActorBuilder, tok: Token, key: str, plural: bool) -> bool:
    """"The team found the wreck, placing its location": between the chosen actor's last mention and the
    pronoun stands another noun phrase of the pronoun's number (a singular noun of no person for "it", a
    plural noun or "X and Y" for "they") that is not that actor. Either could be meant, and the nearer one
    usually is: the pronoun is left unlinked (precision first)."""
    earlier = [c for c in b.candidates if c.actor_key == key and c.char_start < tok.idx]
    if not earlier:
        return False
    last = max(earlier, key=lambda c: c.char_start)
    doc = tok.doc
    first = char_span(doc, last.char_start, last.char_start + 1, alignment_mode="expand")
    if first is None:
        return False
    begin = first[0].i + 1
    people = _person_nouns()
    own = [(m.char_start, m.char_end) for m in b.mentions if m.actor_key == key]
    if tok.dep_ in SUBJECT_DEPS and first[0].i < tok.sent.start \
            and any(c.is_main_subject and c.sentence_index == last.sentence_index for c in earlier):
        # "The ministry rejected the claim that ... It said ...": the subject of an earlier sentence carried on
        # as the subject; only a rival in the pronoun's own sentence competes with it ...
        if not plural and tok.head.lemma_.lower() not in _speech_verbs() \
                and _reported_thing(doc_tokens(doc)[begin : tok.sent.start], own, people):
            # ... unless what it reported has a thing of its own as subject, and the pronoun does not speak:
            # "The centre said the depression had winds of 30 mph. If it strengthened, ...": the depression
            return True
        begin = tok.sent.start
    if _own_report(tok, own):
        return False
    for t in doc_tokens(doc)[begin : tok.i]:  # speed: the words between, a sentence or two
        if t.dep_ not in _RIVAL_DEPS and not (plural and t.dep_ == "dative") \
                or t.ent_type_ in _AMOUNT_LABELS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(s <= t.idx < e for s, e in own):
            continue
        if plural:
            rival = t.tag_ in ("NNS", "NNPS") or (t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN")
                                                  and t.head.dep_ in SUBJECT_DEPS) \
                or t.lower_ in _PLURAL_NOUNS or _plural_subject(t)
        else:
            rival = t.tag_ in ("NN", "NNP") and t.ent_type_ not in ("PERSON", "NORP") \
                and t.lower_ not in people and t.dep_ != "conj"
        if rival and not _inside_quotation(doc_text(doc), _paragraph_start(doc_text(doc), t.idx), t.idx):
            return True  # (a noun inside a quotation is the speaker's word, not the story's: "'...', it added")
    return False


def _reported_patient(b: ActorBuilder, tok: Token, key: str) -> bool:
    """"Jars were found, and scholars say they were buried as offerings": a plural pronoun, the passive
    subject of a clause its reporter's subject would link it to, with a plural noun of no actor before that
    reporter in the sentence. Those who report are seldom what their report says was done to: the pronoun
    is left unlinked ("Protesters said they were beaten", with no other plural, still links)."""
    if tok.dep_ != "nsubjpass" or tok.head.dep_ != "ccomp":
        return False
    said = tok.head.head
    own = [(m.char_start, m.char_end) for m in b.mentions if m.actor_key == key]
    reporter = next((c for c in children_of(said) if c.dep_ in SUBJECT_DEPS
                     and any(s <= c.idx < e for s, e in own)), None)
    if reporter is None:
        return False
    people = _person_nouns()
    covered = [(m.char_start, m.char_end) for m in b.mentions]
    for t in doc_tokens(tok.doc)[tok.sent.start : reporter.left_edge.i]:
        if t.tag_ in ("NNS", "NNPS") and t.dep_ in _RIVAL_DEPS and t.ent_type_ not in _AMOUNT_LABELS \
                and t.lower_ not in people and not any(s <= t.idx < e for s, e in covered):
            return True
    return False


# nouns that take a plural verb though written without -s ("the police were", "the people are")
_PLURAL_NOUNS = frozenset({"police", "people", "cattle", "clergy", "personnel", "livestock"})


def _plural_subject(t: Token) -> bool:
    """A singular-looking noun that is the subject of a plural verb ("the buffalo were released")."""
    if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN":
        return False
    verb = t.head
    return verb.tag_ == "VBP" or verb.lower_ in ("were", "are") \
        or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are") for c in children_of(verb))


def _reported_thing(between: list[Token], own: list[tuple[int, int]], people: dict[str, str]) -> bool:
    """Is a singular common noun of no person, no actor's mention, the subject of a reported clause among
    these words ("the centre reported [the depression] had winds")?"""
    for t in between:
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and t.ent_type_ == "" and t.lower_ not in people \
                and t.head.dep_ in ("ccomp", "conj") and not any(s <= t.idx < e for s, e in own) \
                and not _inside_quotation(doc_text(t.doc), _paragraph_start(doc_text(t.doc), t.idx), t.idx):
            return True
    return False


def _own_report(tok: Token, own: list[tuple[int, int]]) -> bool:
    """"The ministry added that it is willing ...": the pronoun is the subject of a clause reported by a
    speech verb whose subject (or the subject of the verb it is joined to) is the chosen actor: the
    speaker speaks of itself."""
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _speech_verbs():
        return False
    speech = verb.head
    heads = [speech, speech.head] if speech.dep_ == "conj" else [speech]
    return any(c.dep_ in SUBJECT_DEPS and any(s <= c.idx < e for s, e in own) for h in heads for c in children_of(h))


@functools.cache
def _person_nouns() -> dict[str, str]:
    return {r["noun"]: r["gender"] for r in lexicons.rows("person_nouns")}


@functools.cache
def _speech_verbs() -> frozenset[str]:
    return lexicons.words("reporting_verbs", "lemma", pos="verb")


def _unnamed_person_outranks(b: ActorBuilder, tok: Token, key: str, gender: str) -> bool:
    """"Prosecutor Ann Lee said the suspect's wife was held. Officials said the man was 45. He lived in ...":
    after the chosen person's last mention, a definite singular person noun of no actor ("the man", "the
    suspect"; data/person_nouns.csv, of the pronoun's gender or of none) is the subject of a clause before
    the pronoun: "he" is that unnamed person, and links to no one. A pronoun that says or tells something
    ("He said ...") still goes to the named speaker."""
    if tok.head.lemma_.lower() in _speech_verbs():
        return False
    last = max((c.char_start for c in b.candidates if c.actor_key == key and c.char_start < tok.idx), default=None)
    if last is None:
        return False
    nouns = _person_nouns()
    doc = tok.doc
    first = char_span(doc, last, last + 1, alignment_mode="expand")
    if first is None:
        return False
    # (for an object pronoun, an object too: "returned the boy to her husband when she could not support
    # him": the unnamed boy, not a man named sentences before)
    deps = SUBJECT_DEPS | {"dobj"} if tok.lower_ in _OBJECT_PRONOUNS and tok.dep_ == "dobj" else SUBJECT_DEPS
    for t in doc_tokens(doc)[first[0].i + 1 : tok.i]:  # speed: the words between, a sentence or two
        if t.dep_ in deps and t.tag_ == "NN" and nouns.get(t.lower_) in (gender, "") \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(t)) \
                and t.head.i != tok.head.i and not b.overlaps(t.idx, t.idx + len(t.text)):
            return True  # (not in the pronoun's own clause: "The daughter of a teacher, she ...")
    return False


def _subject_verb(tok: Token) -> Token | None:
    """The verb a mention's head word is the subject of (out of a compound or flat name first)."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ in SUBJECT_DEPS else None


def _report_speaker(b: ActorBuilder, tok: Token, types: frozenset[str], gender: str) -> str | None:
    """"X said he would resign", "X wrote he had ordered checks": the subject of a report's clause is, in
    news copy, the person reporting, when that person (the reporting verb's own subject, named before) is
    not known to be of the other gender; a person of the pronoun's gender named elsewhere does not outrank."""
    # (a nominative pronoun only: "police believe him to be 25" is about someone else)
    if tok.lower_ not in ("he", "she") or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ccomp" \
            or tok.head.i < tok.i:
        return None
    said = tok.head.head
    if said.lemma_.lower() not in _speech_verbs():
        return None
    subject = next((c for c in said.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    key = _owner_of(b, subject, types)
    if key is None or b.by_key(key).actor_type != "person" or known_gender(b, key) not in (None, gender):
        return None
    return key


def _reported_rival(b: ActorBuilder, tok: Token, key: str, gender: str, prev: int) -> bool:
    """"Ana Ray was found dead. Her manager, Lea Lim, said her roommates last saw her on Sunday": a possessive
    or object pronoun inside a clause reported by the chosen person (the speech verb's subject) is as often
    the person the report is about as the speaker. When another person the pronoun may stand for is the
    subject of that reported clause, named before a possessive ("Lim told us Ray had ... his father"), or the
    main subject of the sentence before, the pronoun is left unlinked (precision first). A subject pronoun
    ("Lim said she ...") is the speaker, and is not read here."""
    # up to the report whose speaker is the chosen person, through reports inside it ("said his roommates
    # said they saw him")
    verb, said = tok.head, None
    for _ in range(12):
        if verb.head.i == verb.i:
            break
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _speech_verbs():
            subject = next((c for c in children_of(verb.head) if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
            if subject is None and verb.head.dep_ == "conj":  # "X objected, and suggested ...": the shared subject
                subject = next((c for c in children_of(verb.head.head) if c.dep_ in SUBJECT_DEPS), None)
            # (the name may hang on a title as its apposition or conjunct: "terrorism specialist Ana Ray told")
            names = [subject, *(c for c in children_of(subject) if c.dep_ in ("appos", "conj"))] if subject else []
            if any(_owner_of(b, t, frozenset({"person"})) == key for t in names):
                said = verb.head
                break
        verb = verb.head
    if said is None:
        return False

    def rival(k: str | None) -> bool:
        return k is not None and k != key and b.by_key(k).actor_type == "person" \
            and known_gender(b, k) in (None, gender)

    # (an object pronoun is never its own clause's subject: "she said he was rude to her"; it may be the
    # subject's of a clause joined to it: "said Lee had left and his team missed him")
    own = tok.head
    while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
        own = own.head
    reported = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.i < tok.i] \
        if tok.dep_ == "poss" or own.i != verb.i else []
    if any(rival(_owner_of(b, c, frozenset({"person"}))) for c in reported):
        return True
    if any(c.sentence_index == prev and c.is_main_subject and rival(c.actor_key)
           and c.char_start < said.sent.start_char for c in b.candidates):
        return True
    # "The panel delayed Ray's nomination. Lee said there were not enough votes for his confirmation": a person
    # who owns a thing in the sentence before, or in the speaker's own sentence before the report, is as
    # likely the one the report is about
    # (not an owner inside the speaker's own phrase: "Ana Ray, Lea Ray's mother, said ... her daughter")
    speaker = {t.i for t in subject.subtree} if subject is not None else set()
    toks = doc_tokens(tok.doc)
    for c in b.candidates:
        if (prev <= c.sentence_index and c.char_start < said.idx and rival(c.actor_key)
                and (head := _name_head(toks, c.char_start)) is not None and head.i not in speaker
                and (head.dep_ == "poss" or head.dep_ == "pobj" and head.head.lower_ == "of"
                     and head.head.head.pos_ == "NOUN")):
            return True  # (the swearing-in of X": X owns it as well)
    return False


def _subordinate_rival(b: ActorBuilder, tok: Token, key: str, gender: str) -> bool:
    """"Ray told us Lee had led the group since he was a boy": the subject "he"/"she" of an adverbial clause
    ("since", "when", "because", ...) is, in news copy, nearly always the subject of the clause it hangs on
    when that subject comes first. When that subject is another person the pronoun may stand for (a name,
    a surname alone, "the younger Lee", or its possessor: "Lee's son"), or an unnamed person noun of the
    pronoun's gender or of none ("the boy"), a pronoun the salience order gave to someone else (the
    sentence's main subject, the speaker) is left unlinked (precision first)."""
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl":
        return False
    while verb.dep_ == "advcl" and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
    if subject is None:
        return False
    owners = _keys_over(b, subject)
    if key in owners:
        return False
    for t in (subject, *(c for c in children_of(subject) if c.dep_ == "poss")):
        others = _keys_over(b, t) - {key}
        if any(b.by_key(k).actor_type == "person" and known_gender(b, k) in (None, gender) for k in others):
            return True
        # a surname of another person of the article heads it, though the name's actor is not yet that
        # person's (a run-on name with the outlet told before it, "told the Post Ana Ray", split later) or
        # is a family's ("the younger Ray")
        if t.pos_ == "PROPN" and any(
                a.key != key and a.actor_type == "person" and a.name.split()[-1] == t.text
                and known_gender(b, a.key) in (None, gender) for a in b.actors.values()):
            return True
    word = subject.lemma_.lower() if subject.pos_ == "NOUN" else None
    return word is not None and _person_nouns().get(word) in (gender, "") and not owners


def _name_head(toks: list[Token], char_start: int) -> Token | None:
    """The head word of the name that starts at `char_start` (out of a compound or flat name)."""
    span = char_span(toks[0].doc, char_start, char_start + 1, alignment_mode="expand") if toks else None
    if span is None or not len(span):
        return None
    t = toks[span[0].i]
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    return t


def _reported_person(b: ActorBuilder, tok: Token, key: str, gender: str) -> str | None:
    """"Ray said Lee needed surgery; a broadcaster reported he was stable": the chosen person is the
    speaker of a report ("Ray said ...") and the one person of the pronoun's gender who is the subject of
    that report's clause ("Lee needed ...") comes after. A pronoun that does not say anything itself and
    stands outside the speaker's own report is the person reported about, as in salience accounts
    where the content of reported speech sets the topic. None: keep the speaker."""
    speech = _speech_verbs()
    if tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_.lower() in speech:
        return None
    doc = tok.doc
    last = max((c.char_start for c in b.candidates if c.actor_key == key and c.char_start < tok.idx), default=None)
    if last is None or (span := char_span(doc, last, last + 1, alignment_mode="expand")) is None:
        return None
    said = _subject_verb(span[0])
    if said is None or said.lemma_.lower() not in speech:
        return None
    verb = tok.head  # the pronoun inside the speaker's own report ("Ray said he ...") is the speaker
    for _ in range(8):
        if verb.lemma_.lower() in speech:
            break
        verb = verb.head
    if verb.i == said.i:
        return None
    found = set()
    for c in b.candidates:
        if not (last < c.char_start < tok.idx) or c.actor_key == key or c.actor_type != "person" \
                or known_gender(b, c.actor_key) not in (None, gender):
            continue
        if (cs := char_span(doc, c.char_start, c.char_start + 1, alignment_mode="expand")) is None:
            continue
        v = _subject_verb(cs[0])
        if v is not None and (v.dep_ == "ccomp" and v.head.i == said.i
                              or v.dep_ == "conj" and v.head.dep_ == "ccomp" and v.head.head.i == said.i):
            found.add(c.actor_key)
    return found.pop() if len(found) == 1 else None


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _binding_subject(b: ActorBuilder, tok: Token, types: frozenset[str]) -> str | None:
    """The actor whose mention is the subject of the nearest clause above a reflexive (up the verb chain:
    "the car was unable to stop itself" binds to "the car"); None when that subject is no actor's mention
    or is of a type the reflexive cannot stand for. An emphatic reflexive ("met Mark Velden himself") belongs
    to the noun it follows, never to another antecedent."""
    if tok.dep_ in ("appos", "npadvmod", "nmod") and tok.head.pos_ in ("PROPN", "NOUN") and tok.head.i < tok.i:
        return _owner_of(b, tok.head, types)
    if (named := _relative_antecedent(b, tok, types)) is not None:
        return named
    verb = tok.head
    for _ in range(6):
        subjects = [c for c in children_of(verb) if c.dep_ in ANY_SUBJECT_DEPS and c.i < tok.i]
        if subjects:
            return _owner_of(b, subjects[0], types)
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _relative_antecedent(b: ActorBuilder, tok: Token, types: frozenset[str]) -> str | None:
    """"the brother of Ana Ray, who had herself been ...": a reflexive right after "who" and its auxiliaries
    stands for the name "who" follows (the parser may hang the relative clause on another noun)."""
    doc = tok.doc
    i = tok.i - 1
    while i > tok.sent.start and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    if i == tok.i - 1 or doc[i].lower_ != "who" or i < 1:
        return None
    before = doc[i - 1] if doc[i - 1].text != "," else doc[i - 2]
    return _owner_of(b, before, types) if before.pos_ == "PROPN" else None


def _keys_over(b: ActorBuilder, tok: Token) -> set[str]:
    """Keys of the actors with a mention covering `tok`."""
    return {m.actor_key for m in b.mentions if m.char_start <= tok.idx < m.char_end}


def _owner_of(b: ActorBuilder, tok: Token, types: frozenset[str]) -> str | None:
    """The one actor with a mention over `tok`, if its type agrees with the pronoun's."""
    owners = _keys_over(b, tok)
    key = owners.pop() if len(owners) == 1 else None
    return key if key is not None and b.by_key(key).actor_type in types else None


def _conjunct_rival(b: ActorBuilder, tok: Token, key: str, types: frozenset[str]) -> bool:
    """"The ministry appealed, but the court ruled against its bid": the possessive's clause is joined to an
    earlier clause whose subject is another actor of the possessive's types; either subject may own it."""
    verb = _clause_verb(tok.head)
    if verb.dep_ != "conj" or verb.head.i > tok.i:
        return False
    subjects = [c for c in children_of(verb.head) if c.dep_ in SUBJECT_DEPS]
    return any((other := _owner_of(b, c, types)) is not None and other != key for c in subjects)


def _coordinated_people(b: ActorBuilder, tok: Token, key: str) -> bool:
    """"Ames and Pruitt met the exiles. ... their wish": two people joined as a subject, from the sentence of
    the chosen antecedent's last mention up to the plural pronoun, may be the set the pronoun stands for."""
    last = max((c.char_start for c in b.candidates if c.actor_key == key and c.char_start < tok.idx), default=None)
    if last is None:
        return False
    start = char_span(tok.doc, last, last + 1, alignment_mode="expand")
    if start is None:
        return False

    def person(t: Token) -> bool:
        return any(m.char_start <= t.idx < m.char_end and b.by_key(m.actor_key).actor_type == "person"
                   for m in b.mentions)

    for t in doc_tokens(tok.doc)[start[0].sent.start : tok.i]:
        if t.dep_ == "conj" and t.head.dep_ in ANY_SUBJECT_DEPS and person(t.head) \
                and (person(t) or t.pos_ == "PRON" and t.lower_ in ("i", "he", "she")):
            return True
    return False


def _rival_subjects(b: ActorBuilder, tok: Token, key: str, sentence_index: int, fit: Callable) -> bool:
    """"The High Court ruled. The Supreme Court ruled. ... the court heard": two different actors whose names
    hold the descriptor's head word are subjects in its window, and the chosen one is not named in the
    descriptor's own sentence; salience does not tell which of the two is meant."""
    word = re.compile(rf"\b{re.escape(tok.lower_)}\b")
    keys = {c.actor_key for c in b.candidates if c.char_start < tok.idx and c.is_subject
            and sentence_index - WINDOW <= c.sentence_index <= sentence_index and fit(c)
            and word.search(b.by_key(c.actor_key).name.lower())}
    if len(keys) < 2 or key not in keys:
        return False
    return not any(c.actor_key == key and c.sentence_index == sentence_index and c.char_start < tok.idx
                   for c in b.candidates)


def _coordinated_subject(tok: Token) -> bool:
    """Is the pronoun's clause, or for a subject pronoun the clause that reports it ("Lee and Okafor said
    they believe"), headed by coordinated subjects? The pronoun then stands for the set."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    verbs = [verb]
    if tok.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp":
        verbs.append(verb.head)
    return any(c.dep_ in SUBJECT_DEPS and any(g.dep_ == "conj" for g in children_of(c))
               for v in verbs for c in children_of(v))


def _noun_phrase(tok: Token) -> list[Token]:
    """The head noun with its left modifiers (determiner, adjectives, compounds, possessive)."""
    # speed: a left child's `left_edge` is the first word of its subtree (walking the subtree was a tenth
    # of the anaphora linking, read for every noun of the text)
    start = tok.i
    deps = doc_column(tok.doc, "dep_")
    for lt in tok.lefts:
        if deps[lt.i] in _NP_LEFT_DEPS and (edge := lt.left_edge.i) < start:
            start = edge
    return doc_tokens(tok.doc)[start : tok.i + 1]


_NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "case"})


def _office_of(tok: Token) -> str | None:
    """The body a title is held in when the "of" complement names an organisation ("the president of the
    Harbour Rowing League" -> "league"): that body's office holder, not whoever holds the title elsewhere.
    None for no complement or a place ("the governor of Ohio": the article's governor)."""
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "ORG":
                return obj.lower_
    return None


_ROLE_LINKS = frozenset({"for", "to", "of"})


def _dated_outside_term(b: ActorBuilder, tok: Token, key: str) -> bool:
    """"an honour conferred by the president in 2009" while the holder's listed terms (data/office_holders.csv)
    all begin later: the title names whoever held the office that year, not the holder linked (a year, a
    DATE entity of four digits, under the same verb as the title). No listed term: left linked."""
    verb = _clause_verb(tok).i
    for ent in tok.sent.ents:
        if ent.label_ == "DATE" and (year := ent.text.strip()).isdigit() and len(year) == 4 \
                and _clause_verb(ent.root).i == verb and outside_terms(b.by_key(key).name, int(year)):
            return True
    return False


def _clause_verb(tok: Token) -> Token:
    # the root is its own head; spaCy makes a new Token object per access, so indices are compared, not objects
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _held_title(role: str) -> list[str]:
    """The words of the title a person holds, before its complement: "spokesperson for the provincial
    governor" holds no governor's title, "one of President Ana Ray's aides" no president's."""
    words = role.lower().split()
    cut = next((i for i, w in enumerate(words) if w in _ROLE_LINKS), len(words))
    return words[:cut]


def _title_antecedent(b: ActorBuilder, np: list[Token], title_word: str, office: str | None = None) -> str | None:
    iso3 = next((roles.country_of_modifier(t.text) for t in np[1:-1] if roles.country_of_modifier(t.text)), None)
    people = [a for a in b.actors.values() if a.actor_type == "person" and a.role]
    # a role qualified by a modifier the phrase lacks ("Deputy Governor" for "the governor") is someone else
    said = {t.lower_ for t in np}
    # a noun that says which kind of office ("the police chief") must be part of the person's own title
    # when that title says the kind: a chief of an intelligence agency is not the police chief (a bare
    # "minister" may be the security minister)
    kinds = {t.lower_ for t in np[:-1] if t.dep_ == "compound" and t.pos_ == "NOUN"}
    said_rank = np[-2].lower_ if len(np) >= 2 and _rank_word(np[-2].lower_, title_word) else None
    hits = [a for a in people if title_word in _held_title(a.role)
            and (kinds <= (words := set(a.role.lower().replace("-", " ").split())) or words == {title_word})
            and (iso3 is None or a.country_iso3 == iso3)
            and not any(roles.titles().get(w) == "modifier" and w not in said for w in a.role.lower().split())
            and (office is None or office in a.role.lower().split())
            and _same_rank(said_rank, _held_title(a.role), title_word)]
    if len({a.key for a in hits}) == 1:
        return hits[0].key
    if len(hits) > 1:  # several presidents: the most recently mentioned one
        keys = {a.key for a in hits}
        for m in reversed(b.mentions):
            if m.actor_key in keys and m.char_start < np[0].idx:
                return m.actor_key
    return None


def _rank_word(word: str, title_word: str) -> bool:
    """A word that makes a different post of the title: a listed two-word title ("prime minister", "vice
    president") or an ordinal ("first minister")."""
    return word in roles.ORDINALS or f"{word} {title_word}" in roles.titles()


def _same_rank(said_rank: str | None, held: list[str], title_word: str) -> bool:
    """"the prime minister" is not the First Minister, nor "the first minister" the Prime Minister: the word
    right before the title, when it makes another post, must be the same in the phrase and the held title."""
    k = held.index(title_word) if title_word in held else -1
    held_rank = held[k - 1] if k >= 1 and _rank_word(held[k - 1], title_word) else None
    if said_rank is None:
        return True  # a bare "the minister": left to the other checks
    return held_rank == said_rank


# words that point the phrase after a title to something else than the story at hand ("in that case",
# "of another team"): whose title it is, salience cannot tell
_OTHER_WORDS = frozenset({"that", "those", "another", "other", "previous", "earlier", "separate", "different"})


def _of_another(tok: Token) -> bool:
    """"the judge in that case", "the coach of another team": the title of the one in charge of something
    else, which the parser may hang on the verb: the words right after the title are read."""
    toks = doc_tokens(tok.doc)
    nxt = tok.i + 1
    if nxt >= len(toks) or toks[nxt].pos_ != "ADP":
        return False
    for t in toks[nxt + 1 : nxt + 4]:
        if t.lower_ in _OTHER_WORDS:
            return True
        if t.pos_ in ("NOUN", "PROPN", "PUNCT", "VERB"):
            return False
    return False


def _subject_antecedent(b: ActorBuilder, doc: Doc, tok: Token, key: str) -> bool:
    """Is the body's last mention before this "it" a subject in its own right? "it" stands for a thing as
    often as for a body, and a body named in passing ("flights to Italy", "the centre belongs to the
    agency", "according to the institute") or as a modifier of a thing ("the new Boeing 737") is rarely
    what "it" means: only a subject is taken."""
    mentions = {m.char_start: m for m in b.mentions if m.actor_key == key}
    own = [(m.char_start, m.char_end) for m in mentions.values()]
    verb = tok.head
    if tok.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _speech_verbs() \
            and any(c.dep_ in SUBJECT_DEPS and any(s <= t.idx < e for t in c.subtree for s, e in own)
                    for c in children_of(verb.head)):
        return True  # "the group's spokesperson said it had ...": the body speaks of itself
    # (its own "its" is no new evidence: "NASA interrupted its coverage. It also ...": NASA's subject)
    last = max((c for c in b.candidates if c.actor_key == key and c.char_start < tok.idx
                and (c.char_start not in mentions or mentions[c.char_start].text.lower() != "its")),
               key=lambda c: c.char_start, default=None)
    if last is None or not last.is_subject:
        return False
    mention = mentions.get(last.char_start)
    if mention is None:
        return True
    span = char_span(doc, mention.char_start, mention.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    root = span.root
    # "the new Boeing 737 Max": the name modifies a thing outside the mention
    return not (root.dep_ == "compound" and not span.start <= root.head.i < span.end)


def _region_modifier(np: list[Token]) -> bool:
    """Is a nationality word of the phrase the tail of a region's name ("South American", "Central
    African"), which is no country's ("South Korean" is)?"""
    for prev, t in zip(np[1:-1], np[2:-1], strict=False):
        if prev.text[:1].isupper() and roles.country_of_modifier(t.text) \
                and not roles.country_of_modifier(f"{prev.text} {t.text}") and not roles.country_of_modifier(prev.text):
            return True
    return False


def _state_of_complement(b: ActorBuilder, tok: Token) -> str | None:
    """The state an "of" complement of a state descriptor names: a country ("the government of mainland
    China"), or the country of a person of the article ("the government of President X"); "" for a
    name of no known state; None for no complement or a common noun ("accused the government of weakness")."""
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN" and not obj.ent_type_:
        return None  # "accused the government of weakness": no owner named
    doc = tok.doc
    ent = next((e for e in doc_ents(doc) if e.start <= obj.i < e.end), None)
    iso3 = resolve_country(ent.text if ent is not None else obj.text) or resolve_country(obj.text)
    if iso3:
        return iso3
    for m in b.mentions:
        if m.char_start <= obj.idx < m.char_end:
            actor = b.by_key(m.actor_key)
            if actor.actor_type == "person" and actor.country_iso3:
                return actor.country_iso3
    return ""


def _someone_else(b: ActorBuilder, tok: Token, key: str) -> bool:
    """Does the sentence itself say the title is another's? A name set beside it ("the country's first
    president, George Washington"; "Sara Lim, the mayor of X") that is no mention of the chosen actor; or
    "as the speaker" where neither the subject nor the object of the verb is that actor ("he served as the
    speaker": the title is his, whoever else holds it)."""
    head = tok
    while head.dep_ in ("compound", "nmod") and head.head.i != head.i:
        head = head.head  # "the speaker pro tem": the phrase's own head
    own = [(m.char_start, m.char_end) for m in b.mentions if m.actor_key == key]

    def mine(t: Token) -> bool:
        return any(s <= t.idx < e for s, e in own)

    if head.dep_ == "appos" and mine(head.head):
        return False  # "Ana Lim, the mayor of X, ...": hers, whatever the parser hangs on the title
    beside = [c for c in children_of(head) if c.dep_ == "appos"]
    if head.dep_ == "appos":
        beside.append(head.head)
    toks = doc_tokens(tok.doc)
    if head.i + 2 < len(toks) and toks[head.i + 1].text == "," and toks[head.i + 2].ent_iob_ == "B":
        beside.append(toks[head.i + 2])  # "..., the first president, Tomas Herrera, ...": misparsed apposition
    if any(t.ent_type_ == "PERSON" and not mine(t) for t in beside):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.head
        args = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if verb.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in args):
            args += [c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")]  # "..., serving as"
        return not any(mine(t) for a in args for t in a.subtree)
    return False


def _possessive_government(b: ActorBuilder, doc: Doc, tok: Token, si: int, sent: Span,
                           types: frozenset[str]) -> bool:
    """"her administration", "his government": the state the person (or body) governs."""
    head = tok.head
    if head.lower_ not in GOV_HEADS or head.i < tok.i:
        return False
    key = pick_antecedent(b.candidates, tok.idx, si, _compatible_types(types | {"state"}))
    if key is None:
        return False
    owner = b.by_key(key)
    iso3 = owner.country_iso3
    if iso3 is None:
        return False
    end = head.idx + len(head.text)
    b.add(b.state(iso3), doc, tok.idx, end, "descriptor", si, sent, root=head)
    return True


def _it_may_be_actor(tok: Token) -> bool:
    """Can this "it" stand for an organisation or a state? Not as the subject of "be" with a noun or a
    preposition after it ("It was about the budget", "It is a proud day": a description of a thing; "it
    is willing to" may refer), and not inside a quotation, where the speaker's "it" points to what the
    speaker has in mind rather than to the story's actors."""
    head = tok.head
    if tok.dep_ in ("dobj", "pobj", "dative", "attr", "oprd"):
        return False  # "did not say he ordered it", "because of it": an object "it" is nearly always a thing
    deps = {c.dep_ for c in children_of(head)} if tok.dep_ == "nsubj" and head.lemma_ == "be" else set()
    if "attr" in deps or "prep" in deps and "acomp" not in deps:
        return False
    text = doc_text(tok.doc)
    # from the paragraph's start: a quotation may run over several sentences
    return not _inside_quotation(text, _paragraph_start(text, tok.sent.start_char), tok.idx)


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


_QUOTE_MARK = re.compile("[“”\"]")


def _inside_quotation(text: str, start: int, at: int) -> bool:
    """Is position `at` inside a quotation opened after `start`? A straight quote mark opens when it
    starts a word (space or nothing before it, a letter after it) and closes otherwise."""
    inside = False
    for found in _QUOTE_MARK.finditer(text, start, at):  # speed: only the quote marks, not every character
        k, ch = found.start(), found.group()
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch == '"':
            before = text[k - 1] if k > 0 else " "
            after = text[k + 1] if k + 1 < len(text) else " "
            inside = before.isspace() and not after.isspace() or before in "([—–-" and after.isalnum()
    return inside
