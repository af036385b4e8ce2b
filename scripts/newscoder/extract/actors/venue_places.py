"""Buildings, sites and towns named only as locations ("died at X Hospital", "a 36-year-old X man").

The audit rubric counts "a place used only as a location" as no entity. An organisation or person row whose
name is a venue's (its last word a venue word of data/venue_heads.csv or of org_heads.csv kind venue:
"... Hospital", "... Theatre", "... Range") or a town of our gazetteers (`resolve.places`) is dropped when
every mention of it is a location: the object of a place preposition ("at", "in", "near", "outside"), of
"to"/"from" after a verb of going ("was taken to X"), a town after "from" ("a man from X"), at an end of a
route ("from Y to X"), after "the city of" or an office ("the mayor of X"), the place after another ("X,
California"), or a modifier of a common noun ("a X man", "the X runway"); an example of a class ("hospitals
including X") takes the class's role. A row stays when any
mention acts (a subject, an owner "X's", an agent "by X", "the X spokesman"), is a pronoun or descriptor, has a
registry entry or a role, or is another actor's parent. States are `place_only.py`'s.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.agency import _actor_noun
from newscoder.extract.actors.place_only import _incident_nouns, site_nouns
from newscoder.extract.actors.word_lists import gender_table, org_heads
from newscoder.extract.doctext import char_span, doc_tokens
from newscoder.resolve.countries import resolve_country
from newscoder.resolve.places import country_of_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor, Mention


@functools.cache
def _venue_words() -> frozenset[str]:
    words = set(lexicons.column("venue_heads", "word"))
    return frozenset(words | {w for w, kind in org_heads().items() if kind == "venue"})


_AT = frozenset({"at", "in", "near", "outside", "inside", "into", "within", "across", "through", "throughout",
                 "around", "beside", "behind", "opposite", "onto"})
# "was taken to X", "flown from X": where someone or something goes or comes from
_GOING = frozenset({"take", "bring", "rush", "admit", "transfer", "transport", "airlift", "fly", "move", "go",
                    "come", "arrive", "return", "travel", "flee", "drive", "walk", "head", "release", "discharge",
                    "evacuate", "carry", "send", "escape", "leave", "depart", "relocate", "run", "march",
                    "miss"})  # "was missing from X": absent from a place


def _is_town(name: str) -> bool:
    return country_of_place(name) is not None and resolve_country(name) is None


# the last words of a legislature's chamber ("House of Lords", "the Senate"): a building as much as a body
_CHAMBER_ENDS = frozenset({"Lords", "Commons", "Senate", "Parliament", "Congress", "Assembly", "Capitol"})
# where someone physically goes: a chamber only there is a building ("walked into the House"); not "outside"
# or "to" (a protest outside or a march to a parliament is addressed to the body)
_INTO = frozenset({"into", "inside", "onto", "through"})


def _is_chamber(a: LocalActor) -> bool:
    words = a.name.split()
    return a.actor_type == "organization" and len(words) > 1 and words[-1] in _CHAMBER_ENDS


def _is_venue(a: LocalActor) -> bool:
    words = a.name.split()
    if a.actor_type == "person" and words and words[0] in gender_table("first_names.csv", "name"):
        return False  # "Ana Hall", "Jo Park": a person whose surname is a venue word
    return len(words) > 1 and words[-1] in _venue_words() or _is_town(a.name)


@functools.cache
def _place_nouns() -> frozenset[str]:
    return frozenset(lexicons.column("place_nouns", "noun"))


def _on_a_route(prep: Token) -> bool:
    """"from X to Y" in one clause: both ends of a route are places."""
    return any(t.lower_ == "from" and t.i < prep.i and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")
                                                            for c in t.children) for t in prep.sent)


def _location(tok: Token, town: bool, site: bool = False) -> bool:
    """Is this mention's head word a location in its sentence (and nothing more)? `site`: the article calls
    the name a site ("an airbase"), so people "at" it are there, not its staff."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "at X and Y": the list shares its first item's role
    dep, head = tok.dep_, tok.head
    if dep == "pobj" and head.lower_ in ("including", "like", "as") and head.head.pos_ == "NOUN":
        tok = head.head  # "taken to hospitals including X": X shares the role of its class
        dep, head = tok.dep_, tok.head
    if dep == "pobj":
        low = head.lower_
        if town and low == "of":
            # "the city of X", "the mayor of X": the office is the actor, the town where it sits
            return head.head.lower_ in _place_nouns() or roles.is_title_word(head.head.text)
        if low in _AT:
            # "a surgeon at X Hospital": the body someone works for (a town stays a place: "a man in X")
            return town or site or not (head.head.ent_type_ == "PERSON" or _actor_noun(head.head))
        if low in ("to", "from"):
            if head.head.pos_ == "VERB" and head.head.lemma_.lower() in _GOING or town and _on_a_route(head):
                return True
            return town and low == "from" and (head.head.pos_ in ("NOUN", "PRON", "NUM") or head.head.lemma_ == "be")
        if low == "on":
            return _incident_noun(head.head)  # "the drone attack on X": where it struck
        return False
    if dep in ("compound", "nmod", "amod") and head.pos_ == "NOUN":
        return town or not _actor_noun(head)  # "a X man" (a town); "the X runway", not "the X spokesman"
    # "Hollywood, California", "X, a city in ...": the address of a place, or a place described
    return dep in ("appos", "npadvmod") and head.ent_type_ in ("GPE", "LOC", "FAC")


def _incident_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _incident_nouns() or tok.lower_ in _incident_nouns())


def _only_location(doc: Doc, m: Mention, town: bool, chamber: bool = False, site: bool = False) -> bool:
    if m.mention_kind != "name":
        return False
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    toks = doc_tokens(doc)
    if span.end < len(doc) and toks[span.end].tag_ == "POS":
        # "X's director": an owner; but a town owning only an office ("X's governor") qualifies the title
        return town and _owns_office(span.root)
    if chamber:
        return _into_building(span.root)
    if site and _site_noun_of(span.root) == "subject":
        return True  # "X is an airbase": the sentence only says what the place is
    return _location(span.root, town, site) or town and (_before_title(toks, span.end) or _in_address(toks, span.start))


def _is_site(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in site_nouns() or tok.lower_ in site_nouns())


def _site_noun_of(tok: Token) -> str | None:
    """How the article calls this name a site, if it does: a site noun set beside it ("X, an airbase";
    "the theme park, X") -> "apposition"; said of it ("X is a refinery", "X will be called a museum",
    "X, which is a base") -> "subject" when the name is that sentence's subject, else "relative"."""
    if any(c.dep_ == "appos" and _is_site(c) for c in tok.children) \
            or tok.dep_ == "appos" and _is_site(tok.head):
        return "apposition"
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in ("be", "call", "remain", "become") \
            and any(c.dep_ in ("attr", "oprd") and _is_site(c) for c in tok.head.children):
        return "subject"
    for rel in tok.children:
        if rel.dep_ == "relcl" and rel.lemma_ == "be" and any(c.dep_ == "attr" and _is_site(c) for c in rel.children):
            return "relative"
    return None


def _called_a_site(doc: Doc, ms: list[Mention]) -> bool:
    """An organisation row whose name the article calls a site (`data/site_nouns.csv`) in one of its name
    mentions: the model's ORG label on a base, a plant or a resort whose name has no venue word."""
    for m in ms:
        if m.mention_kind != "name":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is not None and len(span) and _site_noun_of(span.root):
            return True
    return False


def _owns_office(tok: Token) -> bool:
    """"X's governor", "X's deputy mayor": a town whose only possession is an office held there."""
    return tok.dep_ == "poss" and _public_office(tok.head.text)


# kinds of titles (data/titles.csv) of offices a town has: not a firm's or a club's ("X's chairman")
_PUBLIC_KINDS = frozenset({"head_of_state", "head_of_government", "executive", "legislator", "minister",
                           "official", "judicial"})


def _public_office(word: str) -> bool:
    return roles.titles().get(word.lower()) in _PUBLIC_KINDS


def _before_title(toks: list[Token], end: int) -> bool:
    """"X regional Deputy Governor Y", "X Mayor Y": a town right before a title (past adjectives and other
    title words) names where the office sits; the title's holder is the actor."""
    for tok in toks[end:end + 4]:
        if _public_office(tok.text):
            return True
        if tok.pos_ != "ADJ" and not roles.is_title_word(tok.text):
            return False  # past "regional", "Deputy", "Vice" only
    return False


def _in_address(toks: list[Token], start: int) -> bool:
    """"the mayor of Y, X", "a school in Y, X": a town after a comma that follows a place which is the
    object of a preposition is the second line of an address."""
    while start > 0 and toks[start - 1].pos_ == "PROPN" and toks[start - 1].dep_ == "compound":
        start -= 1  # a mention cut after a word taken for a title ("Sultan" of "Sultan X")
    if start < 2 or toks[start - 1].text != ",":
        return False
    prev = toks[start - 2]
    return prev.ent_type_ in ("GPE", "LOC") and prev.dep_ == "pobj"


def _into_building(tok: Token) -> bool:
    """A chamber walked into or through: "walked into X", "inside X"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _INTO


# verbs of a ceremony held in a building: "was sworn in at the Supreme Court", "were married in Parliament"
_CEREMONY_VERBS = frozenset({"swear", "inaugurate", "marry", "wed", "crown", "bury", "baptise", "baptize"})
_BODY_BUILDING_WORDS = _CHAMBER_ENDS | {"Court", "Tribunal"}


def _ceremony_place(doc: Doc, m: Mention) -> bool:
    """A court's or chamber's name after "at"/"in" of a ceremony verb: the building the ceremony is held
    in, not the body (a case "in the Supreme Court", a vote "in the Senate" stay the body's)."""
    if m.mention_kind != "name":
        return False
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "in"):
        return False
    verb = tok.head.head
    for _ in range(3):  # "sworn in at 5 p.m. in the Court": past a time or place the phrase hangs on
        if verb.pos_ == "VERB" or verb.dep_ not in ("pobj", "npadvmod", "prep"):
            break
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _CEREMONY_VERBS


def drop_body_buildings(b: ActorBuilder, doc: Doc) -> int:
    """Drop the mentions of a court or chamber that name its building as where a ceremony is held; a row
    left with no mention goes. Returns how many mentions went."""
    bodies = {a.key for a in b.actors.values() if a.actor_type == "organization"
              and _BODY_BUILDING_WORDS & set(a.name.split())}
    if not bodies:
        return 0
    kept = [m for m in b.mentions if m.actor_key not in bodies or not _ceremony_place(doc, m)]
    gone = len(b.mentions) - len(kept)
    if gone:
        b.mentions = kept
        left = {m.actor_key for m in kept}
        parents = {a.parent_key for a in b.actors.values() if a.parent_key}
        b.actors = {ident: a for ident, a in b.actors.items()
                    if a.key not in bodies or a.key in left or a.key in parents}
    return gone


def drop_venues_used_as_places(b: ActorBuilder, doc: Doc) -> int:
    """Drop venue and town rows every mention of which is a location; returns how many went."""
    parents = {a.parent_key for a in b.actors.values() if a.parent_key}
    by_actor: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_actor.setdefault(m.actor_key, []).append(m)
    gone = set()
    for a in b.actors.values():
        ms = by_actor.get(a.key)
        # a role read off the name's own first word ("Sultan" of a town "Sultan X") is no office held
        own_role = bool(a.role) and a.name.split()[0] == a.role and _is_town(a.name)
        if not ms or a.actor_type not in ("organization", "person") or a.registry_id or a.role and not own_role \
                or a.key in parents:
            continue
        chamber = _is_chamber(a)
        site = not chamber and a.actor_type == "organization" and _called_a_site(doc, ms)
        if not (chamber or site or _is_venue(a)):
            continue
        town = _is_town(a.name)
        if all(_only_location(doc, m, town, chamber, site) for m in ms):
            gone.add(a.key)
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
    return len(gone)


# people who belong to or work in a body: "Cabinet officers", "Senate staffers", "Parliament members". A body
# named only to say where such people belong does not act ("spokesman", "official" speak for it: not here)
_MEMBER_NOUNS = frozenset({"member", "officer", "staffer", "aide", "employee", "colleague", "veteran"})


def _member_modifier(doc: Doc, m: Mention) -> bool:
    """A one-word mention that is a compound modifier of a noun of the body's members or staff."""
    if m.mention_kind != "name":
        return False
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    return tok.dep_ == "compound" and head.pos_ == "NOUN" and head.i > tok.i \
        and head.lemma_.lower() in _MEMBER_NOUNS


def drop_bodies_named_in_job_titles(b: ActorBuilder, doc: Doc) -> int:
    """Drop organisation rows every mention of which is a one-word body name inside a noun of its members
    ("two Cabinet officers"): the people act, the body is only their employer's word. Returns how many went."""
    parents = {a.parent_key for a in b.actors.values() if a.parent_key}
    by_actor: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_actor.setdefault(m.actor_key, []).append(m)
    gone = {a.key for a in b.actors.values()
            if a.actor_type == "organization" and not a.role and a.key not in parents
            and (ms := by_actor.get(a.key)) and all(_member_modifier(doc, m) for m in ms)}
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
    return len(gone)
