"""Admission by evidence of agency for low-evidence organisation rows.

A name the model tagged ORG (or that the untagged-name pass found) with nothing else saying it is an
organisation (no registry entry, no organisation head word such as "... Council" or "... Times", no parent,
no country) is often a journal, a programme, a law, a film or a brand ("published in X", "under X",
"enrolled in X"). Such a row is kept only when at least one of its mentions acts like an actor in the parse
already computed: the subject of an active verb, the agent of a passive ("by X"), the source of
"according to X", a possessor ("X's spokesman", "X's decision"), a party after "with"/"against"
("talks with X"), the one a thing is given to, or a name in apposition or compound with an actor noun
("the publisher X", "X, a charity", "the X spokesman"). Names that are only ever objects of place-like
prepositions or modifiers of another noun are not actors; the row and its mentions are dropped.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.entity_labels import medium_of_speech, non_actor_classifiers
from newscoder.extract.actors.word_lists import GOV_BODY, gender_table, org_heads
from newscoder.extract.doctext import char_span, doc_ents, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor, Mention

# subject, possessor, the one acted on or given to: a party to the clause
_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "nsubjpass", "dobj", "poss", "dative"})
# "talks with X", "a suit against X", "donations to X", "a letter from X"
_PARTY_PREPS = frozenset({"with", "against", "between", "from", "to"})
# a participle that gives someone's name ("a man named X") and nouns for a person's name
_NAMING_HEADS = frozenset({"name", "call", "nickname", "dub"})
_NAME_NOUNS = frozenset({"pseudonym", "alias", "nickname", "pen-name"})
# verbs whose object is the tool of the act ("used Instagram to ...", "deployed the app")
_INSTRUMENT_VERBS = frozenset({"use", "utilize", "utilise", "employ", "download", "install"})
_AFFILIATION_PREPS = frozenset({"of", "at", "for", "with"})
# head words of organisation names beyond the org head table (the descriptors' name words: "... Agency")
# and of chambers and company forms ("House of Commons", "Cipriani S.A.")
_MORE_HEADS = frozenset({"Organization", "Organisation", "House", "S.A.", "SA", "AG", "GmbH", "N.V.", "S.p.A."})


@functools.cache
def _actor_nouns() -> frozenset[str]:
    """Common nouns that name a kind of actor: agents ("spokesman", "publisher"), titles, company words,
    groups and followers ("allies", "supporters"), the descriptors of organisations ("the ministry") and
    the organisation heads in lower case."""
    words = set(lexicons.words("agent_nouns", "word"))
    words |= roles.title_words() - {"of", "in", "for", "to", "on", "at", "and", "-", "the"}
    words |= set(lexicons.column("company_words", "noun"))
    words |= {r["noun"] for r in lexicons.rows("descriptors")}
    words |= set(lexicons.column("group_nouns", "noun")) | set(lexicons.column("follower_nouns", "noun"))
    words |= {w.lower().rstrip(".") for w in org_heads()}
    return frozenset(w.lower() for w in words)


def _actor_noun(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON":
        # a role written before a person's name ("editor Ana Ray"), not a class word that makes the name a
        # thing ("the species X", "the vessel X": data/non_actor_classifiers.csv)
        return tok.lower_ not in non_actor_classifiers()
    lemma = tok.lemma_.lower()
    # "-ist" nouns name people by what they do ("analyst", "strategist", "economist")
    return lemma in _actor_nouns() or tok.lower_ in _actor_nouns() or tok.pos_ == "NOUN" and lemma.endswith("ist")


_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "into", "onto", "across", "through",
                          "throughout", "within", "around", "towards", "toward", "on"})


def _not_a_place(tok: Token) -> bool:
    """A doubtful person's mention is read as a person unless it is where something is ("at X", "near X",
    "on X Road"): people are listed, thanked, mourned and named in titles in every syntax."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _INSTRUMENT_VERBS:
        return False  # "used X to thank fans": a tool the model took for a person
    # no walk up a list: the parser joins people to the places before them ("in X, New York and Ana Ray")
    return tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS


def acts(tok: Token) -> bool:
    """Does this mention (its syntactic head word) act like an actor in its sentence?"""
    if tok.dep_ == "punct" or tok.is_punct:
        return True  # a name glued to a full stop ("AT&T."): the parse says nothing about it
    if tok.dep_ in ("oprd", "appos", "attr", "dobj") and (
            tok.head.lemma_.lower() in _NAMING_HEADS and tok.head.head.pos_ == "NOUN" and _actor_noun(tok.head.head)
            or tok.head.lower_ in _NAME_NOUNS):
        return True  # "a student named X", "a protester using the pseudonym X": someone's name
    if any(c.dep_ in ("appos", "compound") and _actor_noun(c) for c in tok.children):
        return True  # "the publisher X", "X, a publisher"
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "X and Y said": the list shares its head's role
        if _actor_noun(tok):
            return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("as", "like", "including") \
            and tok.head.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head.head  # "sites such as X have said", "firms including X": X shares the role of its class
        if _actor_noun(tok):
            return True
    dep = tok.dep_
    if dep == "dobj" and tok.head.lemma_.lower() in _INSTRUMENT_VERBS:
        return False  # "she used X to thank supporters": the instrument, not a party
    if dep in _SUBJECT_DEPS:
        return True
    if dep == "compound" or dep == "amod" and tok.pos_ == "PROPN":  # "the X spokesman", not "the X programme"
        return _actor_noun(tok.head) or tok.head.ent_type_ == "PERSON"
    if dep == "attr":  # "the biggest seller was X", not "the film was X"
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return subj is not None and _actor_noun(subj)
    if dep == "pobj":
        prep = tok.head
        if prep.dep_ == "agent" or prep.lower_ == "by" and prep.head.pos_ == "NOUN":
            return True  # "was approved by X", "a lawsuit by X"
        if medium_of_speech(tok):
            return True  # "wrote on X": the channel of a statement speaks for its owner
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True  # "according to X": the source of a report
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ in _SUBJECT_DEPS:
            return True  # "the shops of X were full", "closed the plants of X": the owner of a party
        if prep.lower_ in _AFFILIATION_PREPS and (prep.head.ent_type_ == "PERSON" or _actor_noun(prep.head)
                                                   or prep.head.lemma_ == "work"):
            return True  # "Ana Ray of X", "an analyst at X", "worked for X": the body someone works for
        return prep.lower_ in _PARTY_PREPS and prep.head.pos_ in ("VERB", "NOUN")
    return False


def _low_evidence(a: LocalActor, parents: set[str]) -> bool:
    heads = org_heads()
    words = a.name.replace(",", " ").split()
    # a venue's country read off its name or the article's ("... Convention Center" of a city in Texas) says
    # where the building stands, not that it is a body: such a row must still act like an actor
    venue_country = a.country_basis in ("name", "article") and bool(words) and heads.get(words[-1]) == "venue"
    # the article's country is where the story is, no evidence that a name is a body's ("Pokemon" at a
    # convention in Canada)
    weak_country = venue_country or a.country_basis == "article"
    if a.actor_type != "organization" or a.registry_id or a.country_iso3 and not weak_country \
            or a.parent_key or a.key in parents:
        return False
    if len(words) > 1 and words[0] in gender_table("first_names.csv", "name"):
        return False  # "Ana Ray" typed as an organisation: a person's name, a typing question, not junk
    # a venue word ("... Centre", "... Center") says a place as often as a body: no evidence alone
    return not any(w in heads and heads[w] != "venue" or w in _MORE_HEADS for w in words) \
        and not GOV_BODY.search(a.name)


def _doubtful_person(b: ActorBuilder, a: LocalActor, ms: list[Mention]) -> bool:
    """A PERSON-labelled row with no evidence of a person: no registry entry, no title or role, no first
    name, no he/she link, no gender shown, no country of its own (the article's country is no evidence)."""
    if a.actor_type != "person" or a.registry_id or a.role or a.key in b.title_kinds or a.key in b.genders:
        return False
    if a.country_basis not in (None, "article") or any(m.mention_kind != "name" for m in ms):
        return False
    return a.name.split()[0] not in gender_table("first_names.csv", "name")


@functools.cache
def _merchandise_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.column("merchandise_nouns", "noun"))


def _design_of(doc: Doc, m: Mention) -> bool:
    """A name written before a replica or merchandise noun ("a Kira Vale helmet", data/merchandise_nouns.csv),
    or owning one that is itself what something is "of" ("a replica of Kira Vale's helmet"): the design of a
    product, not a party to anything."""
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if m.mention_kind != "name" or span is None or not len(span):
        return False
    root = span.root
    if root.head.i == root.i or root.head.lemma_.lower() not in _merchandise_nouns():
        return False
    if root.dep_ in ("compound", "nmod"):
        return True
    return root.dep_ == "poss" and root.head.dep_ == "pobj" and root.head.head.lower_ == "of"


@functools.cache
def _product_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.column("product_nouns", "noun"))


_DRIVING_VERBS = frozenset({"drive", "ride", "pilot"})  # verbs whose object is a vehicle, not a party


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _model_word(word: str) -> bool:
    """A model designation ("X90", "308", "9000"): letters and figures with a figure, not a year."""
    return word.isalnum() and any(c.isdigit() for c in word) and not _YEAR.match(word)


def _model_word_after(text: str, needle: str) -> bool:
    """Is some `needle` of the text followed by a model designation (its run of non-space characters)? Every
    match of the article + name pattern of `_product_of` is such a place."""
    at = text.find(needle)
    while at != -1:
        if (run := _NON_SPACE.match(text, at + len(needle))) and _model_word(run.group()):
            return True
        at = text.find(needle, at + 1)
    return False


_NON_SPACE = re.compile(r"\S+")


def _product_of(doc: Doc, m: Mention) -> bool:
    """A company's name standing for a thing it made: written before a device or vehicle noun ("a Kelbatel
    phone", data/product_nouns.csv), the object of a driving verb ("driving the Vendra"), or the head of a
    clause whose driving verb has it as its missing object ("the Vendra she was driving")."""
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if m.mention_kind != "name" or span is None or not len(span):
        return False
    root = span.root
    if root.dep_ in ("compound", "nmod") and root.head.i != root.i and root.head.lemma_.lower() in _product_nouns():
        return True
    if root.dep_ == "dobj" and root.head.lemma_ in _DRIVING_VERBS:
        return True
    # "struck by a Vendra X90 ... the Vendra had come from": after a lower-case article, a name the article
    # writes before a model designation (a word with a figure, or a product's name it begins) is that product
    if span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an") and doc[span.start - 1].text.islower():
        if span.end < len(doc) and _model_word(doc[span.end].text):
            return True
        if any(e.label_ == "PRODUCT" and len(e) > len(span) and e.text.startswith(span.text + " ")
               for e in doc_ents(doc)):
            return True
        text = doc_text(doc)
        if not _model_word_after(text, f" {span.text} "):
            return False  # speed: no match below could pass (and each name compiles a pattern of its own)
        return any(_model_word(mt.group(1))
                   for mt in re.finditer(rf"\b(?:a|an|the) {re.escape(span.text)} (\S+)", text))
    return any(c.dep_ == "relcl" and c.lemma_ in _DRIVING_VERBS and not any(g.dep_ == "dobj" for g in c.children)
               for c in root.children)


def _modifies_thing(tok: Token) -> bool:
    """A name written before a common noun that names no kind of actor ("X penguins", "the X species")."""
    head = tok.head
    # the noun right after the name ("X penguins"; not "an 'X for PM' sign", where the name is the text)
    # ("X penguin chicks": nouns of the same compound in between, none naming an actor, count as the noun's)
    between = tok.doc[tok.i + 1 : head.i] if tok.i < head.i <= tok.i + 3 else None
    return tok.dep_ in ("compound", "amod", "nmod") and between is not None and head.pos_ == "NOUN" \
        and all(t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == head.i and not _actor_noun(t)
                for t in between) \
        and not _actor_noun(head) and head.ent_type_ != "PERSON"


def drop_non_agents(b: ActorBuilder, doc: Doc) -> int:
    """Drop low-evidence organisation and person rows none of whose mentions acts; returns how many went."""
    parents = {a.parent_key for a in b.actors.values() if a.parent_key}
    by_actor: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_actor.setdefault(m.actor_key, []).append(m)
    gone = set()
    for a in b.actors.values():
        ms = by_actor.get(a.key)
        if not ms:
            continue
        if a.actor_type == "person" and not a.registry_id and not a.role and all(_design_of(doc, m) for m in ms):
            gone.add(a.key)  # "a Kira Vale helmet": the character is the product's design
            continue
        if a.actor_type == "organization" and not a.role and all(_product_of(doc, m) for m in ms):
            gone.add(a.key)  # "driving the Vendra", "a Kelbatel phone": the maker's product, not the maker
            continue
        person = _doubtful_person(b, a, ms)
        if not person and not _low_evidence(a, parents):
            continue
        spans = [char_span(doc, m.char_start, m.char_end, alignment_mode="expand") for m in ms]
        # (the last word of the name before the noun; "Female X penguins" has the noun as its root's head too)
        if person and all(s is not None and len(s) and _modifies_thing(s[-1])
                          and (s.root.i == s[-1].i or s.root.head.i == s[-1].head.i) for s in spans):
            gone.add(a.key)  # "Kelbian penguins", "Female Kelbian penguins": a word of a thing's name
            continue
        # a lone capitalised word with no sign of a person ("Measles", "Wings") must act like an actor too
        test = acts if not person or " " not in a.name else _not_a_place
        if not any(s is not None and len(s) and test(s.root) for s in spans):
            gone.add(a.key)
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
    return len(gone)
