"""Actors read from noun phrases: groups ("Cuban exiles"), national bodies ("the police", named
"Kenyan police"), followers ("supporters of <person>") and unnamed officials ("a senior official")."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.kin_names import parents_described
from newscoder.extract.actors.word_lists import bodies_by_last_word, csv_column, plurals, posted_abroad, written_body
from newscoder.extract.deps import PREMODIFIER_DEPS, SUBJECT_DEPS
from newscoder.extract.doctext import doc_text
from newscoder.records import LocalActor
from newscoder.resolve.countries import (
    country_name,
    iso3_for_name,
)
from newscoder.resolve.registry import normalize_name

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder


def add_group(b: ActorBuilder, doc: Doc, np: list[Token], tok: Token, si: int, sent: Span,
               group_nouns: frozenset[str]) -> None:
    low = tok.lower_
    speaking = False
    if any(t.lower_ in _CLASS_QUANTIFIERS and t.head.i == tok.i and t.dep_ in ("amod", "det", "predet")
           for t in np):
        return  # "more troops", "all permanent residents": an amount or a class of people, not a group
    mods = [t for t in np[:-1] if t.lower_ not in ("the", "a", "an", "some", "many", "ordinary", "several", "other")
            and t.dep_ != "poss"]
    if parents_described(tok):
        return  # "the son of Kelbian exiles": whose child someone is, no group of the story
    if any(t.pos_ == "CCONJ" for t in mods):
        return  # "police and county officials", "US and British authorities": two groups, not one name
    iso3 = _country_of_mods(mods)
    several = False
    if iso3 is None:
        # "rebels in Syria", "troops from Chad"; "officials from Kelbia and Ruritania": named by two states,
        # the group is neither's alone
        after = _countries_after(tok)
        iso3, several = (after[0] if len(after) == 1 else None), len(after) > 1
    if _vehicle_noun(tok) and not _acts(tok):
        return  # "an attack on Kelbian cargo ships": the craft are things; their state or operator is the actor
    is_body = low in csv_column("body_nouns.csv", "noun")
    if iso3 is None and not several and (is_body or low in csv_column("national_group_nouns.csv", "noun")):
        return  # "the army", "the two leaders": which ones is not said here
    if low == "people" or low == "persons":
        if iso3 is None:
            return
        name = next((p for p in [_plural_demonym(iso3)] if p), None) or f"people of {country_name(iso3)}"
    elif low in group_nouns or (speaking := speaking_people(tok)):
        # the words that say which people ("Cuban exiles"), not how many ("more than 100 protesters")
        words = [t for t in mods if (roles.country_of_modifier(t.text) or t.pos_ in ("ADJ", "NOUN", "PROPN"))
                 and t.lower_ not in _CLASS_QUANTIFIERS and t.lower_ not in ("than", "least", "about")
                 and not _evaluative(t)]
        glued = [t for t in _glued_prefix(tok) if t not in words]
        name = _as_written([*words, *glued, tok])
        if glued and glued[0].is_sent_start and glued[0].text[1:].islower() and name.startswith(glued[0].text):
            name = name[0].lower() + name[1:]  # "Counter-protesters" opening a sentence: a common noun
    else:
        return
    body = _body_of(b, tok) if speaking else None
    where = None
    if body is None and low != "people" and not any(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in mods) \
            and (where := _named_place_after(tok)) is not None:
        first, _, rest = name.partition(" ")
        if first[1:].islower() and first.lower() in _common_words():
            first = first.lower()  # "Officials in Baytown" opening a sentence: a common noun
        name = " ".join([first, *([rest] if rest else []), where])  # "residents of Magnitogorsk": as written
    if body is not None:
        # "researchers from the Ocean Institute said": those of that body, a group of its own
        name = f"{tok.lower_} of {body.name}"
        iso3 = iso3 or body.country_iso3
    if not any(t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr") for t in [tok]):
        return
    # "the Israeli army" is a body, "Serb forces" too; "police of Kelbia and Ruritania" are two states' bodies
    atype = "organization" if is_body and not several else "group"
    actor = b.actor((atype, normalize_name(name), iso3),
                    lambda: LocalActor(key="", name=name, actor_type=atype, country_iso3=iso3,
                                       country_basis="nationality" if iso3 else None,
                                       parent_key=body.key if body is not None else None))
    if several and iso3 is None:
        b.stateless.add(actor.key)  # no later pass gives it one state's country (the story's, an office's)
    cs = np[0].idx if np[0].lower_ not in ("the", "a", "an") else np[1].idx if len(np) > 1 else np[0].idx
    cs = min([cs, *(t.idx for t in _glued_prefix(tok))])
    if iso3 is None and body is None and where is None \
            and not any(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in mods):
        b.generic_groups.add(actor.key)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and not speaking:
        # a speaking group of no stated country or body ("researchers said") is kept only when the
        # article gives it a country: "researchers" alone would merge across unrelated stories
        b.acting_groups.add(actor.key)  # a side of an event: kept for the event tables
    b.add(actor, doc, cs, tok.idx + len(tok.text), "descriptor", si, sent, root=tok)


def _glued_prefix(tok: Token) -> list[Token]:
    """The word and hyphen written onto a group noun ("counter-protesters", "ex-soldiers", "non-residents")
    when the parser split them off the noun: part of the word, so part of the group's name (without it,
    "counter-protesters" reads as the protesters they opposed)."""
    doc = tok.doc
    if tok.i < 2:
        return []
    hyphen, word = doc[tok.i - 1], doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not word.is_alpha \
            or (word.i > 0 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_):
        return []
    return [word, hyphen]


@functools.cache
def _vehicle_lemmas() -> frozenset[str]:
    """The vehicle and craft class words of data/non_actor_classifiers.csv (label PRODUCT: "ship", "plane")."""
    return frozenset(r["word"].strip().lower() for r in lexicons.rows("non_actor_classifiers")
                     if r["label"].strip() == "PRODUCT")


def _vehicle_noun(tok: Token) -> bool:
    """A plural of a vehicle or craft ("ships", "aircraft", "warplanes": a compound ending in a class word)."""
    lemma = tok.lemma_.lower()
    words = _vehicle_lemmas()
    # the word itself, or a class word after at least three letters ("warplanes"): each such ending of the
    # lemma looked up in the set (speed: not each class word tested against the lemma)
    return lemma in words or any(lemma[k:] in words for k in range(3, len(lemma) + 1))


def _acts(tok: Token) -> bool:
    """The noun (or the first of a list it ends) is the subject of a verb or the agent of a passive ("Kelbian
    warplanes struck the town", "bombed by Kelbian jets"): craft doing something stand for the force that
    flies them, a side of an event."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


# endings of adjectives that say what kind of people (relational: "federal", "public", "elementary",
# "Buddhist", "affected"), not how the writer judges them ("vigilant", "angry", "brave")
_KIND_ENDINGS = ("al", "ic", "ary", "ory", "an", "ese", "ish", "ist", "ed", "ing", "ern", "ian", "i")


def _evaluative(t: Token) -> bool:
    """A plain adjective of quality before a group noun ("vigilant locals", "angry farmers"): the sentence's
    judgement of the people, not words that say which people they are; left out of the group's name."""
    if t.tag_ != "JJ" or t.dep_ != "amod" or t.ent_type_ or "-" in t.text or not t.is_lower:
        return False
    doc = t.doc
    if (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_) \
            or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_):
        return False  # a part of a hyphenated word ("pro-democracy")
    low = t.lower_
    return low not in _PLAIN_ADJECTIVES and not low.endswith(_KIND_ENDINGS)


def _as_written(words: list[Token]) -> str:
    """Words of a name joined as the text joins them: "anti-Brexit protesters", not "anti - Brexit"; a
    sentence-opening "Anti-"/"Pro-" is written in lower case like the common noun it qualifies."""
    out = ""
    for prev, t in zip([None, *words], words, strict=False):
        out += t.text if prev is None or (t.i == prev.i + 1 and not prev.whitespace_) else f" {t.text}"
    if out[:5].lower() == "anti-" or out[:4].lower() == "pro-":
        out = out[0].lower() + out[1:]
    return out


_BRACKETS = re.compile(r" ?\([^()]*\)")
_QUALIFYING_PREPS = frozenset({"of", "in", "from", "at", "near"})
_NAMED_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})


def _named_place_after(tok: Token) -> str | None:
    """The post-modifying phrase that says which people a common noun means: "of/in/from/at" + a proper
    noun that the model labels a place or organisation ("residents of Magnitogorsk", "students at Leeds
    University"), written as the text writes it. None when the object is no name ("residents of the area")."""
    named_conjs = [c for c in tok.children if c.dep_ == "conj" and _is_name(c)]
    if tok.dep_ == "conj" or any(c.dep_ == "conj" and c not in named_conjs for c in tok.children):
        return None  # "activists and people in the Parliament": whose phrase it is, the parse does not settle
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _QUALIFYING_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and _is_kind_phrase(obj):
            return tok.doc[prep.i:obj.i + 1].text  # "lawmakers from the pro-democracy camp"
        if obj is None or not _is_name(obj):
            continue
        # "from the University of Leeds and Kelby College": coordinated names are one team, kept whole,
        # whether the parse joins the second name to the first or to the group noun
        heads = [obj, *(c for c in obj.conjuncts if c.pos_ == "PROPN" and c.ent_type_),  # "Chad, Niger and Mali"
                 *(c for c in named_conjs if c.i > obj.i),
                 *(c for c in tok.children if c.dep_ == "appos" and c.i > obj.i and _is_name(c)
                   and any(t.dep_ == "cc" and t.head.i == obj.i for t in tok.doc[obj.i:c.i])),
                 *(c for c in prep.children if c.dep_ in ("pobj", "conj") and c.i > obj.i and _is_name(c)
                   and any(t.dep_ == "cc" for t in tok.doc[obj.i:c.i]))]
        end = max(_name_end(h) for h in heads)
        # "from the Kelby Institute (KI) and ...": a short form the text gives in brackets is no part of the
        # group's name
        return _BRACKETS.sub("", tok.doc[prep.i:end + 1].text)
    return None


def _is_kind_phrase(obj: Token) -> bool:
    """"the pro-democracy camp", "the anti-war movement": a common noun the text itself qualifies by a
    hyphenated word of stance or kind, which says which people as a name would."""
    kids = [c for c in obj.lefts]
    return (obj.pos_ == "NOUN" and obj.tag_ == "NN" and bool(kids) and kids[0].lower_ == "the"
            and all(c.dep_ in ("det", "amod", "compound", "punct") for c in kids)
            and any("-" in c.text and c.text.isascii() and c.dep_ in ("amod", "compound") for c in kids))


def _is_name(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.ent_type_ in _NAMED_PLACE_LABELS


def _name_end(obj: Token) -> int:
    """Index of the last token of the name a proper noun heads: "Institute of Technology", not the
    clause or parenthesis after it."""
    end = obj.i
    for child in obj.rights:
        if child.dep_ in ("relcl", "acl", "appos", "conj", "cc") or child.is_punct:
            continue
        end = max(end, max(t.i for t in child.subtree if t.i <= end or t.ent_iob_ == "I" or t.i == child.i))
    return end


def speaking_people(tok: Token) -> bool:
    """"investigators said", "according to the researchers": a plural agent noun (a PETRARCH2 agent,
    data/agent_nouns.csv, or a word made with an agent suffix: -er, -or, -ist, -ian) that is the subject of
    a verb of saying or writing (data/reporting_verbs.csv, not one of thinking) or the object of "according
    to" names people who speak, a group the quote can be linked to. Other plural subjects of "said"
    ("reports", "figures") are texts, and an amount ("numbers of residents") is not the people."""
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "nsubj":
        if head.lemma_.lower() not in _speech_verbs():
            return False
    elif not (tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in lexicons.words("quantity_nouns", "noun") or tok.lower_ in lexicons.words("quantity_nouns", "noun"):
        return False  # "numbers of residents said": an amount, the people are its object
    return lemma in lexicons.words("agent_nouns", "word") or (len(lemma) > 5 and lemma.endswith(_AGENT_SUFFIXES))


_AGENT_SUFFIXES = ("er", "or", "ist", "ian")


def _body_of(b: ActorBuilder, tok: Token) -> LocalActor | None:
    """The one organisation a group noun belongs to: "researchers from/at/of the Ocean Institute"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "at", "of", "with"):
            objs = [o for o in child.children if o.dep_ == "pobj"]
            if len(objs) != 1 or any(c.dep_ in ("conj", "cc") for c in [*objs[0].children, *tok.children]):
                return None  # "from the university and the institute": no one body
            for m in b.mentions:
                if m.char_start <= objs[0].idx < m.char_end and m.mention_kind == "name":
                    if any(t.dep_ == "conj" and t.idx >= m.char_end for t in objs[0].subtree):
                        return None  # "from the University of Leeds and Kelby College": a team of two bodies
                    actor = b.by_key(m.actor_key)
                    return actor if actor.actor_type == "organization" else None
    return None


def _speech_verbs() -> frozenset[str]:
    # verbs of saying and writing; not of thinking ("numbers of residents fear ...")
    return (lexicons.words("reporting_verbs", "lemma", pos="verb", kind="speech")
            | lexicons.words("reporting_verbs", "lemma", pos="verb", kind="writing"))


# quantifiers that make a plural noun an amount or a whole class rather than a group that acts
_CLASS_QUANTIFIERS = frozenset({"more", "fewer", "less", "additional", "extra", "all", "any", "every", "no",
                                "most"})


def _country_of_mods(mods: list[Token]) -> str | None:
    """Country of a group's premodifiers: "Cuban", "Ivory Coast", "US"; not "ethnic Albanian" (an
    ethnicity, not a state)."""
    for k, t in enumerate(mods):
        if k and mods[k - 1].lower_ == "ethnic":
            return None
        iso3 = roles.country_of_modifier(t.text)
        if iso3 is None and k + 1 < len(mods):
            iso3 = iso3_for_name(f"{t.text} {mods[k + 1].text}")  # "Ivory Coast", "South Sudan"
        if iso3:
            return iso3
    return None


def _countries_after(tok: Token) -> list[str]:
    """The distinct countries named in the prepositional phrases after a group noun ("rebels in Syria"),
    their coordinated objects included: "authorities in Kelbia and Ruritania" names two, so the group is of
    neither alone."""
    found: list[str] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "of", "across", "throughout"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                # the whole name before its head word: "American Samoa" is not "Samoa"
                whole = iso3_for_name(" ".join(t.text for t in obj.subtree))
                places = [whole] if whole else [_country_of_place_word(t) for t in [obj, *obj.conjuncts]]
                found += [iso3 for iso3 in places if iso3 and iso3 not in found]
    return found


def _country_of_place_word(tok: Token) -> str | None:
    """Country of a place name's head word with its compound words before it ("South Sudan", "the UK")."""
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod") or t.i == tok.i]
    return iso3_for_name(" ".join(t.text for t in words)) or iso3_for_name(tok.text)


def _plural_demonym(iso3: str) -> str | None:
    return plurals().get(iso3)


def _body_phrase(np: list[Token]) -> tuple[int, str] | None:
    """(index in np where the body's words start, the phrase) when the noun phrase ends in a national body."""
    words = [t.lower_ for t in np]
    for flat, phrase in bodies_by_last_word().get(words[-1], ()):
        if len(flat) <= len(words) and words[-len(flat):] == flat:
            return len(words) - len(flat), phrase
    return None


def national_body(b: ActorBuilder, doc: Doc, np: list[Token], tok: Token, si: int, sent: Span) -> bool:
    """"police", "the electoral authority", "the Russian defence ministry": a body of one state.

    The country is the one in the phrase ("Russian", "police in Kenya"), else the article's country.
    Every body is named "<country adjective> <body>" ("Kenyan police", `state_body_name`) whatever the
    wording, so that "police in Kenya" and a bare "police" in a Nairobi story are one actor, with the same
    name in every article."""
    found = _body_phrase(np) if tok.dep_ in _ARG_DEPS else None
    if found is None:
        return False
    at, phrase = found
    if any(t.dep_ == "nummod" or t.tag_ == "CD" or t.lower_ in _INDIVIDUAL_QUANTIFIERS for t in np[:at]):
        return False  # "several police lost their lives", "two soldiers": members counted, not the body
    mods = [t for t in np[:at] if t.lower_ not in ("the", "a", "an") and t.dep_ != "poss"]
    if any(t.pos_ == "PROPN" and not roles.country_of_modifier(t.text) for t in mods):
        return False  # "the Kenya National Police Service" is a name, "the Hamas police" not a state's
    if any(t.dep_ == "poss" for t in np):
        return False  # "its police", "Ukraine's army": the owner is the possessor, left to the events
    iso3, basis = _country_of_mods(mods), "nationality"
    if iso3 is None:
        after = _countries_after(tok)
        if len(after) > 1:
            return False  # "police of Kelbia and Ruritania": two states' bodies, no one national body
        iso3, basis = (after[0] if after else None), "base"
    if iso3 is None:
        iso3, basis = (b.home() if b.home else None), "article"
    if iso3 is None:
        return False  # which country's police is not said: no actor (precision first)
    name = state_body_name(written_body(phrase), iso3)
    actor = b.actor(("org", normalize_name(name)), lambda: LocalActor(
        key="", name=name, actor_type="organization", country_iso3=iso3, country_basis=basis))
    if actor.parent_key is None:
        actor.parent_key = b.state(iso3).key
    start = next((t.idx for t in np if t.lower_ not in ("the", "a", "an")), np[0].idx)
    b.add(actor, doc, start, tok.idx + len(tok.text), "descriptor", si, sent, root=tok)
    if any(t.lower_ in SUBNATIONAL_WORDS for t in mods):
        b.subnational_mentions.add((actor.key, start))  # "county police": not the nation's (specific_bodies)
    return True


# words that count a body's members ("several police", "many soldiers"): people, not the body
_INDIVIDUAL_QUANTIFIERS = frozenset({"several", "many", "some", "few", "numerous", "dozens", "hundreds",
                                     "thousands", "countless"})


# premodifiers that make a body one of a city, county or region, never the national one
SUBNATIONAL_WORDS = frozenset({"local", "county", "city", "municipal", "provincial", "regional", "metropolitan",
                               "metro", "district", "town", "village", "campus", "tribal"})
_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"}


# ---------------------------------------------------------------- "the local LGBT community"
@functools.cache
def identity_words() -> frozenset[str]:
    """Identity acronyms ("LGBT", "BAME": data/identity_words.csv) the model tags as organisations."""
    return lexicons.words("identity_words", "word")


def identity_community(b: ActorBuilder, doc: Doc, np: list[Token], tok: Token, si: int, sent: Span) -> bool:
    """"the local LGBT community said": "community" after an identity acronym names a group of people,
    "LGBT community" (never an organisation; the acronym alone makes no actor: named.add_entity). "local"
    places it in the story's country."""
    if tok.lower_ not in ("community", "communities") or tok.dep_ not in _ARG_DEPS:
        return False
    word = next((t for t in np[:-1] if t.text in identity_words() and t.head.i == tok.i), None)
    if word is None:
        return False
    name = f"{word.text} {tok.lower_}"
    iso3 = b.home() if b.home is not None and any(t.lower_ == "local" for t in np[:-1]) else None
    actor = b.actor(("group", normalize_name(name)), lambda: LocalActor(
        key="", name=name, actor_type="group", country_iso3=iso3, country_basis="article" if iso3 else None))
    start = next(t.idx for t in np if t.lower_ not in ("the", "a", "an"))
    b.add(actor, doc, start, tok.idx + len(tok.text), "descriptor", si, sent, root=tok)
    return True


# ---------------------------------------------------------------- "Okafor supporters", unnamed officials
def followers(b: ActorBuilder, doc: Doc, tok: Token, si: int, sent: Span) -> bool:
    """"Okafor supporters", "supporters of Okafor": a group of its own, named "supporters of <person>"."""
    if tok.lower_ not in csv_column("follower_nouns.csv", "noun") or tok.dep_ not in _ARG_DEPS:
        return False
    leader = None
    start = tok.idx
    for child in tok.children:
        if child.dep_ in ("compound", "nmod", "amod") and child.i < tok.i:
            key = _person_at(b, child)
            if key:
                leader, start = key, child.left_edge.idx
        elif child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (key := _person_at(b, obj)):
                    leader = key
    if leader is None:
        return False
    name = f"{tok.lower_} of {b.by_key(leader).name}"
    actor = b.actor(("group", normalize_name(name)), lambda: LocalActor(key="", name=name, actor_type="group"))
    b.add(actor, doc, start, tok.idx + len(tok.text), "descriptor", si, sent, root=tok)
    return True


def _person_at(b: ActorBuilder, tok: Token) -> str | None:
    for m in b.mentions:
        if m.char_start <= tok.idx < m.char_end and b.by_key(m.actor_key).actor_type == "person":
            return m.actor_key
    return None


def unnamed_official(b: ActorBuilder, doc: Doc, np: list[Token], tok: Token, si: int, sent: Span) -> bool:
    """"the league's trade envoy said", "a senior US official said": a person with no name, so that
    a later "she" or "he" has someone to point to. Named by the title phrase, mention kind "title"."""
    if tok.dep_ not in SUBJECT_DEPS or any(t.pos_ == "PROPN" and not roles.country_of_modifier(t.text)
                                           for t in np if t.dep_ != "poss"):
        return False
    if not any(t.dep_ in PREMODIFIER_DEPS for t in np):
        return False  # "the president said" alone: too often someone named elsewhere
    first = 1 if np[0].lower_ in ("the", "a", "an") else 0
    text = doc_text(doc)[np[first].idx : tok.idx + len(tok.text)]
    iso3 = next((c for t in np if (c := roles.country_of_modifier(t.text))), None)
    actor = b.actor(("person", normalize_name(text)), lambda: LocalActor(
        key="", name=text, actor_type="person", country_iso3=iso3, role=text,
        country_basis="title" if iso3 else None))
    if not any(t.dep_ == "poss" for t in np):
        b.unnamed_officials.add(actor.key)  # "the league's trade envoy": its owner says whose; kept
    b.add(actor, doc, np[first].idx, tok.idx + len(tok.text), "title", si, sent, root=tok)
    return True


# ---------------------------------------------------------------- names of groups of common words
def qualify_generic_group(actor: LocalActor) -> None:
    """"Officials", "Local residents" opening a sentence: a group named by common nouns alone (no proper noun
    or nationality among its words: add_group) is written in lower case, so that the name reads as the
    common noun it is. Its name is not given the article's country (that is an inference, shown in
    country_iso3/country_basis, not words of the text); its id stays the article's own
    (resolve/actors.py), so such groups of different stories are never pooled."""
    if actor.actor_type != "group" or not actor.name.split():
        return
    words = actor.name.split()
    if any(roles.country_of_modifier(w) for w in words):
        return  # "Polish doctors": qualified by the text already
    if words[0][1:].islower() and words[0].lower() in _common_words():
        words[0] = words[0].lower()  # not "Gdańsk residents"
    actor.name = " ".join(words)


def name_by_demonym(b: ActorBuilder) -> None:
    """"activists", "government authorities" whose country the pass found: a name of common nouns alone
    reads as any such people anywhere, so it is written with the country's adjective ("Indian activists"),
    the first adjectival demonym of data/demonyms.csv. A name with any capitalised word ("Kelby residents",
    "supporters of Ana Ray") is qualified already. Where the country is only the article's (country_basis
    "article"), the name says so only for people who belong to the place by what they are: officials and
    bodies of the state, lawmakers, police, soldiers, activists and protesters (PETRARCH2 sectors of
    data/agent_nouns.csv, title words) and its inhabitants; passengers, researchers or students of a story
    set in a country may come from anywhere, and keep their bare name. Names of more than two words are
    left as written (their word order is too often the parser's, not the text's)."""
    for actor in b.actors.values():
        words = actor.name.split()
        if actor.actor_type != "group" or actor.country_iso3 is None or not 0 < len(words) <= 2 \
                or any(c.isupper() for c in actor.name) or not words[0][:1].isalpha():
            continue
        if actor.country_basis in ("article", "article_context") and not _belongs_to_place(words[-1]):
            continue
        if (adjective := country_adjective(actor.country_iso3)) is not None:
            # an adjective of kind or state goes before the nationality ("local Russian officials",
            # "affected Filipino residents"); a noun modifier after it ("Indonesian government authorities")
            at = 1 if len(words) == 2 and (words[0] in _KIND_ADJECTIVES or words[0].endswith("ed")) else 0
            actor.name = " ".join([*words[:at], adjective, *words[at:]])


# sectors of PETRARCH2's agents whose members are of the country they act in
_DOMESTIC_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "OPP"})
# plural nouns that say the people live in the place
_INHABITANT_NOUNS = frozenset({"residents", "inhabitants", "locals", "citizens", "villagers", "voters"})


def is_local_group_noun(noun: str) -> bool:
    """A plural noun for people of the place a story is set in: its officials, police, soldiers, activists,
    protesters and inhabitants (`_belongs_to_place`), and its rebels, farmers and workers (PETRARCH2 sectors
    REB, AGR, LAB); not migrants, tourists, students, journalists or experts, who may come from anywhere.
    A word written onto the noun with a hyphen keeps the noun's reading ("counter-protesters", "co-workers")."""
    noun = noun.rsplit("-", 1)[-1]
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return _belongs_to_place(noun) or _agent_sectors().get(singular) in _LOCAL_SECTORS


# sectors of PETRARCH2's agents, besides the state's, whose members are mostly of the place they act in
_LOCAL_SECTORS = frozenset({"REB", "AGR", "LAB"})


def _belongs_to_place(noun: str) -> bool:
    noun = noun.rsplit("-", 1)[-1]  # "counter-protesters" are protesters
    if noun in _INHABITANT_NOUNS:
        return True
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    if posted_abroad(singular):
        return False
    return _agent_sectors().get(singular) in _DOMESTIC_SECTORS or roles.is_title_word(singular)


@functools.cache
def _agent_sectors() -> dict[str, str]:
    return {r["word"]: r["sector"] for r in lexicons.rows("agent_nouns")}


@functools.cache
def _demonym_adjectives() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in lexicons.rows("demonyms"):
        word = r["demonym"]
        # "Indian", not "US" (an abbreviation reads as the country) nor "Hongkonger" (a noun for a person)
        if word and not word.isupper() and not word.endswith("er"):
            out.setdefault(r["iso3"], word)
    return out


@functools.cache
def _state_adjectives() -> dict[str, str]:
    """The word a state's own bodies are named with: its abbreviation where data/demonyms.csv lists one
    ("US military", "UK Parliament"), else an adjective that names no people (no plural: "Philippine
    police", not "Filipino police"), else the people's adjective."""
    out: dict[str, str] = {}
    for r in lexicons.rows("demonyms"):
        word = r["demonym"]
        if word.isupper() and word.isalpha():
            out.setdefault(r["iso3"], word)
    for r in lexicons.rows("demonyms"):
        word = r["demonym"]
        if word and not word.isupper() and not r["plural"] and not word.endswith("er"):
            out.setdefault(r["iso3"], word)
    return out


def country_adjective(iso3: str, state: bool = False) -> str | None:
    """The country's adjective (`state`: the one for the state's bodies, "US" for the United States); without
    one, its short name as a noun modifier ("Hong Kong protesters"), unless that name is a phrase
    ("Republic of ...", "Congo, ...") that cannot stand before a noun."""
    if state and (word := _state_adjectives().get(iso3)) is not None:
        return word
    if (word := _demonym_adjectives().get(iso3)) is not None:
        return word
    name = country_name(iso3)
    return name if name and not any(w in name.split() for w in ("of", "the", "and")) and "," not in name else None


def state_body_name(body: str, iso3: str) -> str:
    """A body of one state named as English usually writes it: the country's adjective before the body's
    words ("Iranian army", "US Navy", "Saudi Interior Ministry"); a country with no adjective keeps the
    "<Body> of <country>" form."""
    if (adjective := country_adjective(iso3, state=True)) is not None:
        return f"{adjective} {body}"
    return f"{body[:1].upper()}{body[1:]} of {country_name(iso3)}"


def drop_bare_titles(b: ActorBuilder) -> int:
    """"a fire officer said", "the new governor": a person known only by a generic title phrase, never
    named, is not a specific actor a reader could count. Such people serve the pass as antecedents (a
    later "he" is theirs, not a named person's) and are dropped at its end with their mentions; quotes
    keep the speaker's words and lose only the link. A phrase with a name, a nationality or an owner in it
    ("a senior US official", "the Kelby fire chief", "the bloc's envoy") says whose official it is and
    stays. Returns how many went."""
    gone = {key for key in b.unnamed_officials
            if (a := b.by_key(key)).registry_id is None and not any(c.isupper() for c in a.name)}
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
    return len(gone)


@functools.cache
def _common_words() -> frozenset[str]:
    """Words a group's name may open with in lower case: group and agent nouns, and adjectives of place
    or kind that are no names ("local", "federal")."""
    return (frozenset(w.lower() for w in csv_column("group_nouns.csv", "noun"))
            | lexicons.words("agent_nouns", "word") | _PLAIN_ADJECTIVES)


_PLAIN_ADJECTIVES = frozenset({"local", "federal", "state", "government", "foreign", "senior", "police",
                               "church", "emergency", "young", "elderly", "affected", "other", "some"})
# of these, the adjectives (not noun modifiers): a nationality comes after them
_KIND_ADJECTIVES = frozenset({"local", "federal", "foreign", "senior", "young", "elderly", "affected", "other"})
