"""Actors that are not entities though the model tagged a name: common words, product models, people's names
inside a building's name, ship prefixes and regional labels.

- A one-word person or organisation whose word is an English common noun (the WordNet noun index the spaCy
  model's lemmatizer carries) is capitalised only because it opens a sentence ("Lava doesn't contain ...",
  "Findings also suggested ...") when every mention of it opens a sentence (or a quotation): no name is shown.
- A one-word "person" whose word is such a noun, not a given name nor a title, and never shown as a person
  (a form of address before it, a person's name beside it, "he"/"she" for it, a speech verb of which it is the
  subject) is a thing, a place or a work the model mislabelled ("on Twitter", "to the Moon", "the Azores").
- "Airbus A300s", "Flight 610": a maker or carrier and a model or flight number name a product or a flight.
- "Donovan" cut from "Richard J. Donovan Correctional Facility" and then used as the place ("at Donovan"):
  no person acts when every mention sits in a building's name or is a place.
- "MV Alan Kurdi": a ship prefix makes the name a vessel; the prefix alone ("MV") is no organisation.
- "Eastern Europeans": a compass word and the people of a region that is no state name no group actor.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.doctext import char_span, doc_column, doc_tokens
from newscoder.resolve.countries import iso3_for_demonym, iso3_for_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor, Mention


@functools.cache
def english_words(*parts: str) -> frozenset[str]:
    """Lower-case English words of the given parts of speech ("noun", "verb", "adj", "adv"): the WordNet
    lemma index in the spaCy model's lemmatizer tables (empty when the model carries none, and then the rules
    that need it find nothing)."""
    try:
        from newscoder.nlp import load_nlp

        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(w for pos in parts for w in table[pos])
    except (KeyError, ValueError, RuntimeError):
        return frozenset()


def common_nouns() -> frozenset[str]:
    """Lower-case English nouns (`english_words`)."""
    return english_words("noun")


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(lexicons.column("given_names", "name")) | frozenset(lexicons.column("first_names", "name"))


def noun_word(name: str) -> bool:
    """A capitalised one-word name that is a common English noun (or its plural), not an acronym and not a
    given name ("Elizabeth", "Mary" are WordNet nouns too)."""
    if " " in name or not name[:1].isupper() or name.isupper() or name in _given_names():
        return False
    low, nouns = name.lower(), common_nouns()
    return low in nouns or low.endswith("s") and (low[:-1] in nouns or low.endswith("es") and low[:-2] in nouns)


_OPENERS = frozenset({'"', "“", "‘", "'", "(", ":", "-", "—", "–", "["})


def _opens_sentence(doc: Doc, m: Mention) -> bool:
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    return span is not None and opens_sentence(doc, span.start)


def opens_sentence(doc: Doc, i: int) -> bool:
    """Does token `i` open a sentence or a quotation ('He said "Guardrails ...')? Its capital shows no name."""
    toks = doc_tokens(doc)
    while i > 0 and not toks[i].is_sent_start and (toks[i - 1].text in _OPENERS or toks[i - 1].is_space):
        if toks[i - 1].text in ('"', "“"):
            return True
        i -= 1
    return toks[i].is_sent_start or i == 0


def common_word_opening(doc: Doc, tok: Token) -> bool:
    """"Findings also suggested ...": one capitalised common noun opening a sentence (no given name)."""
    return noun_word(tok.text) and opens_sentence(doc, tok.i)


_SPEECH = frozenset({"say", "tell", "write", "add", "state", "announce", "explain", "ask", "reply", "claim",
                     "argue", "insist", "note", "post", "tweet"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _person_shown(doc: Doc, tok: Token) -> bool:
    """Does the text show the one-word name `tok` as a person's?"""
    toks = doc_tokens(doc)
    prev = toks[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (roles.is_honorific(prev.text.rstrip(".")) or prev.ent_type_ == "PERSON"):
        return True  # "Mr Wren", a name the model cut ("Ana" + "Wren")
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH:
        return True
    # "his sons Ari and Wren": the name of people a noun of people (a kin word, PETRARCH's agent nouns) names
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "appos" and first.head.pos_ == "NOUN" and (
            (lemma := first.head.lemma_.lower()) in _KIN or lemma in lexicons.words("agent_nouns", "word")):
        return True
    # "Wren and Ana Ray": listed with a person's name
    near = [t for t in (tok.head, *tok.children) if t.dep_ in ("conj", "appos") or t is tok.head and tok.dep_ in
            ("conj", "appos")]
    return any(t.ent_type_ == "PERSON" or t.text in _given_names() for t in near if t.i != tok.i)


_KIN = frozenset({"son", "daughter", "child", "wife", "husband", "brother", "sister", "mother", "father",
                  "parent", "grandson", "granddaughter", "nephew", "niece", "cousin", "partner", "boy", "girl",
                  "man", "woman", "friend"})
_CODE = re.compile(r"^(?:[A-Z]{1,3}-?)?\d{2,4}(?:-?\d{1,3})?[A-Z]{0,3}s?$")
_FLIGHT_WORDS = frozenset({"flight"})
_FACILITY_WORDS = frozenset({
    "facility", "prison", "penitentiary", "jail", "gaol", "hospital", "clinic", "school", "academy", "college",
    "airport", "airfield", "center", "centre", "stadium", "arena", "hall", "library", "museum", "cathedral",
    "church", "mosque", "temple", "bridge", "station", "park", "building", "tower", "dam", "base", "institute"})
_SHIP_PREFIXES = frozenset({"MV", "M/V", "HMS", "USS", "U.S.S.", "SS", "RV", "HMAS", "HMCS", "INS", "RMS", "USNS",
                            "FV"})
_COMPASS = frozenset({"eastern", "western", "northern", "southern", "central", "east", "west", "north", "south"})
_PLACE_PREPS = frozenset({"at", "in", "inside", "to", "from", "into"})


def _product_name(name: str) -> bool:
    """"Airbus A300s", "Boeing 707s", "Lion Air Flight 610": a maker or carrier and a model code or a flight
    number (one-digit numbers are channels and stations: "Channel 4")."""
    words = name.split()
    return len(words) >= 2 and bool(_CODE.match(words[-1])) and not any(c.isdigit() for w in words[:-1] for c in w) \
        and (words[-1].endswith("s") or any(c.isalpha() for c in words[-1]) or words[-2].lower() in _FLIGHT_WORDS)


def _in_facility_name(doc: Doc, m: Mention) -> bool:
    """The mention is the person part of a building's name ("Ana Wren Memorial Hospital"), or of a
    foundation named for a couple ("Ana and Bo Wren Foundation")."""
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return False
    toks = doc_tokens(doc)
    j, limit = span.end, span.end + 3
    if j + 1 < len(doc) and toks[j].lower_ in ("and", "&") and toks[j + 1].text[:1].isupper():
        j, limit = j + 1, j + 4  # "Bill and Melinda Gates Foundation": a couple's names before the head
    while j < len(doc) and j < limit and toks[j].text[:1].isupper():
        if toks[j].lower_ in _FACILITY_WORDS or limit > span.end + 3 and toks[j].lower_ == "foundation":
            return True
        j += 1
    return False


def _as_bare_place(doc: Doc, m: Mention) -> bool:
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc_tokens(doc)[span.start - 1]
    return prev.lower_ in _PLACE_PREPS and prev.dep_ == "prep"


def _ship_named(doc: Doc, m: Mention) -> bool:
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc_tokens(doc)[span.start - 1].text in _SHIP_PREFIXES


def _before_a_name(doc: Doc, m: Mention) -> bool:
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc_tokens(doc)[span.end].text[:1].isupper()


_MESSAGE_VERBS = _SPEECH | {"speak", "indicate", "respond", "comment", "share", "publish", "criticize",
                            "criticise", "attack", "thank", "confirm", "react", "appeal", "apologize", "apologise",
                            "reveal", "report", "call", "urge", "praise", "condemn", "mourn", "celebrate"}


_MESSAGE_NOUNS = frozenset({"post", "account", "feed", "page", "video", "message", "tweet", "livestream", "thread",
                            "story", "handle"})


def _medium_use(doc: Doc, m: Mention) -> bool:
    """"wrote on Twitter", "criticized the decision via Twitter": the name is the channel a message went by
    (a name mention that is the object of "on"/"via" on a verb of saying)."""
    if m.mention_kind != "name":
        return False
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in _MESSAGE_NOUNS:
        return True  # "a Twitter post by the mayor"
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("on", "via") and prep.i == span.start - 1 \
        and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in _MESSAGE_VERBS


def _ethnic(doc: Doc, m: Mention) -> bool:
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    return span is not None and any(t.lower_ == "ethnic" for t in doc_tokens(doc)[max(0, span.start - 2):span.start])


def _regional_label(name: str) -> bool:
    """"Eastern Europeans", "South Asians": a compass word and a region's people, no state's."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in _COMPASS and words[1].endswith("s") and words[1][:1].isupper() \
        and not iso3_for_demonym(name) and not iso3_for_name(name) and not iso3_for_name(words[1])


def _not_an_entity(a: LocalActor, ms: list[Mention], doc: Doc) -> bool:
    if a.registry_id is not None:
        return False
    names = [m for m in ms if m.mention_kind == "name"]
    if not names:
        return a.actor_type == "group" and _regional_label(a.name)
    if a.actor_type == "organization" and _product_name(a.name):
        return True
    if a.actor_type == "organization" and a.name in _SHIP_PREFIXES and names \
            and all(_before_a_name(doc, m) for m in names):
        return True  # "MV" of "MV Alan Kurdi" (not "the SS", a body of its own)
    if a.actor_type == "group" and _regional_label(a.name):
        return True
    if a.name.lower() in _place_class_words():
        return True  # "State" cut from "New York State law": a class word of places names no one
    if a.actor_type == "organization" and all(_medium_use(doc, m) for m in ms):
        return True  # "wrote on Twitter", "said via Twitter": the medium of a message, not a party
    if (a.actor_type == "person" or a.actor_type == "organization" and " " not in a.name) \
            and any(_in_facility_name(doc, m) for m in names) \
            and all(_in_facility_name(doc, m) or _as_bare_place(doc, m) for m in names):
        return True
    if a.actor_type == "person" and _radio_word(doc, a, ms, names):
        return True  # "Roger, are they locked in?": a word of radio talk, no one's name
    if a.actor_type not in ("person", "organization") or not noun_word(a.name):
        return False
    if a.actor_type == "person" and any(_ethnic(doc, m) for m in names):
        a.actor_type = "group"  # "ethnic Ndebele were killed": a people, not one person
        return False
    lower = _written_lower(doc, a.name)
    if lower and all(_opens_sentence(doc, m) for m in names):
        return True  # "Lava doesn't ... the lava": a common word, capitalised where a sentence opens
    if a.actor_type != "person" or roles.is_title_word(a.name) or any(
            m.mention_kind == "pronoun" and m.text.lower() in _PERSON_PRONOUNS for m in ms):
        return False
    for m in names:
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or _person_shown(doc, span.root) or not (lower or _thing_use(doc, span.start)):
            return False
    return True


def _radio_word(doc: Doc, a: LocalActor, ms: list[Mention], names: list[Mention]) -> bool:
    """A one-word "person" that is a radio procedure word or interjection (data/radio_words.csv: "Roger",
    "Over", "Copy") and is used as one at every name mention: it opens a sentence (or follows an elision
    mark, "[...]") and a comma or a full stop follows it ("Roger, can you ..."), with no he/she for it. A
    given name that is such a word and names a person comes with a surname or acts in its sentence ("Roger
    said", "Roger Ray"), and is left alone."""
    if " " in a.name or a.name.lower() not in lexicons.words("radio_words", "word") or any(
            m.mention_kind == "pronoun" and m.text.lower() in _PERSON_PRONOUNS for m in ms):
        return False
    toks = doc_tokens(doc)
    for m in names:
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or len(span) != 1 or not (opens_sentence(doc, span.start) or _after_a_break(toks, span.start)):
            return False
        if span.end < len(doc) and toks[span.end].text not in (",", ".", "!", "...", "…"):
            return False
    return True


_BREAKS = frozenset({"]", "...", "…", "?", "!", ".", ":", ";"})


def _after_a_break(toks: list, i: int) -> bool:
    """Right after a mark that ends a stretch of speech ("right now [...] Roger, and"), which the parser does
    not always read as a sentence's end."""
    while i > 0 and toks[i - 1].is_space:
        i -= 1
    return i > 0 and toks[i - 1].text in _BREAKS


@functools.cache
def _place_class_words() -> frozenset[str]:
    """The place nouns (data/place_nouns.csv) and "state": one of them alone, capitalised, is a piece of a
    longer place or law name ("New York State", "Kelby City Council" cut), never an actor's name."""
    return frozenset(lexicons.column("place_nouns", "noun")) | {"state"}


def _written_lower(doc: Doc, name: str) -> bool:
    """Does the article also write the word (or its singular or plural) in lower case?"""
    low = name.lower()
    forms = {low, low + "s", low + "es", low[:-1] if low.endswith("s") else low}
    return any(t in forms for t in doc_column(doc, "text"))


_DETERMINERS = frozenset({"the", "a", "an", "any", "every", "each", "this", "that"})
_MEDIUM_PREPS = frozenset({"on", "via", "in", "at", "to", "from", "into", "onto", "over", "near"})


def _thing_use(doc: Doc, i: int) -> bool:
    """The word is used as no person's name is: after a determiner ("the Azores", "any Londoner"), a
    number ("the 737 Max"), in quotation marks (a name cited), or as the object of a preposition of place or
    medium ("on Twitter", "to the Moon")."""
    toks = doc_tokens(doc)
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if prev is None:
        return False
    if tok.dep_ == "compound":
        # "a Twitter post": the channel of a message; "the Smith administration": the determiner is the head's
        return tok.head.lemma_.lower() in _MESSAGE_NOUNS
    if prev.lower_ in _DETERMINERS or prev.like_num or prev.text in ('"', "“") and i + 1 < len(doc) \
            and toks[i + 1].text in ('"', "”"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _MEDIUM_PREPS


def drop_common_word_actors(b: ActorBuilder, doc: Doc) -> int:
    """Drop the actors above (and their mentions), and mentions of a person that name a ship after them;
    returns how many actors went."""
    by_actor: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_actor.setdefault(m.actor_key, []).append(m)
    ships = {id(m) for m in b.mentions if m.mention_kind == "name" and _ship_named(doc, m)}
    parents = {a.parent_key for a in b.actors.values() if a.parent_key}
    gone = set()
    for a in b.actors.values():
        ms = by_actor.get(a.key, [])
        if a.key in parents:
            continue
        if ms and all(id(m) in ships or m.mention_kind != "name" for m in ms) and any(id(m) in ships for m in ms) \
                or _not_an_entity(a, [m for m in ms if id(m) not in ships], doc):
            gone.add(a.key)
    if gone or ships:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone and id(m) not in ships]
    return len(gone)
