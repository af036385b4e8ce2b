"""Countries from the body an actor belongs to, named elsewhere in the article, for actors the names,
titles and phrases left without one (read last, once variant names of one actor are joined, so that a body's
own country, however found, can pass on):

- a judge or a member of a lower chamber is of the state whose courts or chamber the article names with
  that state in the name ("Judge X" in a story naming the "U.S. Federal Court"; "Representatives X, Y and
  Z" in one naming the "United States House of Representatives"), when all such bodies of the article are
  of one state (basis `title`: the office is that state's). A bare title in a story naming the courts of
  two states gives nothing;
- a US member of Congress is written with a party and state tag ("X (R-SC)", "Y (D-N.Y.)"): the tag is
  the US House's and Senate's own convention (basis `title`);
- a body "owned by", "operated by", "run by", "controlled by" or "belonging to" another body or a state
  with a country is of that country ("X, owned by the state oil firm", "X belonging to the Air Force";
  basis `base`). International bodies pass nothing on;
- a part of a national service whose name opens with the service's word, or which the service's bare
  word owns ("Navy Information Agency", "the army's Western Command"), in an article whose one such
  service with a country is "<Demonym> <service>" ("Indonesian Navy"): that country (basis `base`); the
  body named in the possessive before such a part ("the 2nd Fleet Command's Navy Information Agency") is a
  unit of the same service and takes that country too;
- a person or body in apposition with a common noun a place modifies ("X, a New York lawyer", "X, a
  California comics publisher"): the place's country, when the gazetteer's city and region readings of
  it agree ("Georgia" is a state and a country: nothing; basis `base`);
- a person still without a country who works for a body that found its country only from the article
  or its other bodies ("Navy information head X", "X, a spokesman of the ministry"): the body's country
  (basis `base`), read as `affiliation` reads a body named with its country: the body right before the
  job words leading to the name, or the body the name or its apposition is "of", "at", "with" or "for".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder.extract.actors.affiliation import is_international, set_country
from newscoder.extract.actors.country_links import actor_at
from newscoder.extract.actors.groups import state_body_name
from newscoder.extract.actors.word_lists import bodies_by_last_word, org_heads
from newscoder.extract.doctext import char_span, doc_text, doc_tokens
from newscoder.extract.roles import is_title_word
from newscoder.resolve.countries import iso3_for_region
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor

# a member's title word -> a word of the name of the body the title is held in. "Congress" and
# "House" are left out: "Indian National Congress" is a party, the "White House" no chamber.
_MEMBER_OF = {"representative": "representatives", "representatives": "representatives",
              "congressman": "representatives", "congresswoman": "representatives",
              "judge": "court", "judges": "court"}
_BODY_WORDS = frozenset(_MEMBER_OF.values())
# a court's members called "Justice" ("Chief Justice X"); "Justice" alone also names a ministry
_JUSTICE_ROLES = frozenset({"justice", "chief justice", "associate justice"})
# the body's country must be in its own name or a listing, not the story's country
_NAMED_BASES = frozenset({"registry", "name", "nationality", "title"})
# "X (R-SC)", "X (D-N.Y.)", "X (I-Vermont)": party initial and state of a member of the US Congress
_PARTY_STATE_TAG = re.compile(r"\s*\((?:R|D|I)[-\u2013]\s?[A-Z][A-Za-z.]{1,12}\)")
# verbs that say a body is another's, with the preposition that names the owner
_OWNED = {("own", "by"), ("operate", "by"), ("run", "by"), ("control", "by"), ("belong", "to")}
# words between a body's name and its owner phrase ("X, which is wholly owned by", "X as belonging to")
_OWNED_FILLERS = frozenset({",", "as", "is", "was", "which", "that", "wholly", "fully", "now", "also", "jointly",
                            "partly", "majority", "-", "been", "has"})
_WINDOW = 6
# kinds of a name's last word (org_heads.csv) that a part of a national service may have; None: not listed
_PART_KINDS = frozenset({None, "government", "body", "armed", "education"})


def countries_from_member_bodies(b: ActorBuilder, doc: Doc) -> None:
    """Fill the countries of people titled as members of one state's court or chamber, of US members of
    Congress tagged with party and state, and of bodies owned by a body or state with a country."""
    _countries_of_party_tags(b, doc)
    _countries_of_titled_members(b, doc)
    _countries_of_service_parts(b, doc)
    _countries_of_owned_bodies(b, doc)
    _countries_of_placed_appositions(b, doc)
    countries_of_staff(b, doc)


def _countries_of_party_tags(b: ActorBuilder, doc: Doc) -> None:
    text = doc_text(doc)  # (Doc.text joins every token again at each call)
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        if actor.actor_type == "person" and not actor.country_iso3 and m.mention_kind == "name" \
                and _PARTY_STATE_TAG.match(text, m.char_end):
            set_country(actor, "USA", "title")


def _member_words(b: ActorBuilder, doc: Doc, actor: LocalActor) -> set[str]:
    """The body words of the actor's role, else of a plural title opening a list of names the actor is in
    ("Representatives X, Y, and Z")."""
    role = (actor.role or "").lower()
    words = {_MEMBER_OF[w] for w in role.replace("-", " ").split() if w in _MEMBER_OF}
    if role in _JUSTICE_ROLES:
        words.add("court")
    if words or actor.role:
        return words
    toks = doc_tokens(doc)
    for m in b.mentions:
        if m.actor_key != actor.key or m.mention_kind != "name":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        i = span.start - 1
        while i >= 0 and span.start - i <= 15 and (toks[i].text in (",", "and") or toks[i].ent_type_ == "PERSON"):
            i -= 1
        if i >= 0 and i < span.start - 1 and toks[i].text.istitle() and is_title_word(toks[i].text.rstrip("s")) \
                and (found := _MEMBER_OF.get(toks[i].lower_)):
            words.add(found)
        elif i == span.start - 1 and i >= 0 and toks[i].text.istitle() and (found := _MEMBER_OF.get(toks[i].lower_)):
            words.add(found)
    return words


def _countries_of_titled_members(b: ActorBuilder, doc: Doc) -> None:
    bodies: dict[str, set[str]] = {}
    for a in b.actors.values():
        if a.actor_type == "organization" and a.country_iso3 and a.country_basis in _NAMED_BASES:
            # "Supreme Court of Canada": the body word anywhere in the name
            for word in _BODY_WORDS.intersection(a.name.lower().split()):
                bodies.setdefault(word, set()).add(a.country_iso3)
    if not bodies:
        return
    for actor in list(b.actors.values()):
        if actor.actor_type != "person" or actor.country_iso3 or actor.key in b.stateless:
            continue
        found = {c for w in _member_words(b, doc, actor) for c in bodies.get(w, ())}
        if len(found) == 1:
            set_country(actor, found.pop(), "title")


def _owner_after(b: ActorBuilder, doc: Doc, m) -> LocalActor | None:
    """The body or state named in an owner phrase right after a name ("X, owned by Y", "X belonging to Y")."""
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return None
    toks = doc_tokens(doc)
    i = span.end
    limit = min(len(toks), i + _WINDOW)
    while i < limit and toks[i].lower_ in _OWNED_FILLERS:
        i += 1
    if i + 1 >= len(toks) or toks[i].tag_ not in ("VBN", "VBG") or (toks[i].lemma_, toks[i + 1].lower_) not in _OWNED:
        return None
    j = i + 2
    if j < len(toks) and toks[j].lower_ == "the":
        j += 1
    if j >= len(toks):
        return None
    start = toks[j].idx
    for m in b.mentions:
        if m.char_start == start and m.mention_kind in ("name", "metonym"):
            owner = b.by_key(m.actor_key)
            if owner.actor_type in ("organization", "state") and owner.country_iso3 and not is_international(owner):
                return owner
    return None


def _countries_of_owned_bodies(b: ActorBuilder, doc: Doc) -> None:
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        if actor.actor_type != "organization" or actor.country_iso3 or actor.registry_id is not None \
                or m.mention_kind != "name":
            continue
        owner = _owner_after(b, doc, m)
        if owner is not None and owner.key != actor.key:
            set_country(actor, owner.country_iso3, "base")


# prepositions tying a person or a post to a body ("director of", "researcher at", "spokesman for")
_STAFF_PREPS = frozenset({"of", "at", "with", "for"})


def _body_country(b: ActorBuilder, tok: Token) -> str | None:
    other = actor_at(b, tok)
    if other is None or other.actor_type != "organization" or not other.country_iso3 or is_international(other):
        return None
    return other.country_iso3


def _staff_body_country(b: ActorBuilder, doc: Doc, m) -> str | None:
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return None
    toks = doc_tokens(doc)
    i = span.start - 1
    while i >= 0 and span.start - i <= 5 and (toks[i].pos_ in ("NOUN", "ADJ") and toks[i].text.islower()
                                               or is_title_word(toks[i].text)):
        i -= 1
    if 0 <= i < span.start - 1 and (found := _body_country(b, toks[i])):
        return found  # "Acme Navy information head X": the job words lead from the body to the name
    root = span.root
    heads = [root, *(c for c in root.children if c.dep_ == "appos" and c.i > root.i)]
    if root.dep_ == "appos" and root.head.i < root.i and _is_post(root.head):
        heads.append(root.head)  # "the general manager of Y, X": the post set before the name
    body = root.head
    owner = actor_at(b, body) if root.dep_ == "appos" else None
    while owner is not None and body.dep_ == "pobj" and actor_at(b, body.head.head) is owner:
        body = body.head.head  # "the Institute of Soil Research": climb to the name's own head
    if root.dep_ == "appos" and body.i < root.i and body.dep_ == "pobj" and body.head.lower_ in ("of", "at") \
            and _is_post(body.head.head) and (found := _body_country(b, body)):
        return found  # the same, with the name hung by the parser on the body
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _STAFF_PREPS):
            if prep.lower_ == "for" and head.i == root.i:
                continue  # "voted for X", "X for the first time": the name's own "for" ties nothing
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if found := _body_country(b, obj):
                    return found
    return None


# posts at a body that are not titles of `titles.csv` ("the general manager of Y, X")
_POST_NOUNS = frozenset({"manager", "head", "editor", "founder", "member", "owner"})


def _is_post(tok: Token) -> bool:
    return is_title_word(tok.text) or tok.lower_ in _POST_NOUNS


def countries_of_staff(b: ActorBuilder, doc: Doc) -> None:
    """People still without a country who work for a body with one: the body before the job words leading
    to the name, or the body the name, its apposition or the post set before it is "of", "at", "with" or
    "for" (basis `base`). Read again last, once bodies named after a capital have their country."""
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        if actor.actor_type == "person" and not actor.country_iso3 and m.mention_kind == "name" \
                and actor.key not in b.stateless:
            set_country(actor, _staff_body_country(b, doc, m), "base")


def _service_country(b: ActorBuilder, words: list[str]) -> str | None:
    """The one country of the article's "<Demonym> <service>" bodies for a national service's words
    ("navy", "air force"), or None when the words name no such service or the article names it for none
    or for two countries."""
    if not words or words not in [w for w, _ in bodies_by_last_word().get(words[-1], [])]:
        return None
    body = " ".join(words)
    found = {a.country_iso3 for a in b.actors.values()
             if a.actor_type == "organization" and a.country_iso3
             and a.name.lower() == state_body_name(body, a.country_iso3).lower()}
    return found.pop() if len(found) == 1 else None


def _countries_of_service_parts(b: ActorBuilder, doc: Doc) -> None:
    toks = doc_tokens(doc)
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        if actor.actor_type != "organization" or actor.country_iso3 or actor.registry_id is not None \
                or m.mention_kind != "name":
            continue
        words = [w.lower() for w in actor.name.split()]
        # "Navy Information Agency": the service's words open a longer name, of a public body or one of no
        # listed kind ("Command"); a paper or a firm named after a service ("Military Times") is no part
        if org_heads().get(actor.name.split()[-1]) in _PART_KINDS \
                and any(len(words) > n and set_country(actor, _service_country(b, words[:n]), "base") for n in (2, 1)):
            _owner_of_part(b, doc, m, actor.country_iso3)
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or span.start < 3 or toks[span.start - 1].tag_ != "POS":
            continue
        # "the army's Western Command", "the Air Force's Flight School": the bare service owns it
        for n in (2, 1):
            first = span.start - 1 - n
            if first >= 1 and toks[first - 1].lower_ == "the" \
                    and set_country(actor, _service_country(b, [t.lower_ for t in toks[first:span.start - 1]]), "base"):
                break


def _owner_of_part(b: ActorBuilder, doc: Doc, m, iso3: str | None) -> None:
    """"the 2nd Fleet's Navy Information Agency": a body that owns a part of one state's national service
    is a unit of that service too, so an organisation named in the possessive before the part, with no
    country of its own, takes the part's (basis `base`). Only a part placed by its service's words: a
    company's unit ("Kelby's Varna Motors") says nothing of its owner's country."""
    toks = doc_tokens(doc)
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if iso3 is None or span is None or span.start < 2 or toks[span.start - 1].tag_ != "POS":
        return
    owner = actor_at(b, toks[span.start - 2])
    if owner is not None and owner.actor_type == "organization" and owner.registry_id is None \
            and not is_international(owner):
        set_country(owner, iso3, "base")


def _place_modifier_country(noun: Token) -> str | None:
    """The country of a place the model tags GPE modifying a common noun right before it, past adjectives
    and nouns ("a New York lawyer", "a California comics publisher"); not a place glued to another word
    ("a Paris-born artist") nor one word of a longer name ("a New York Times reporter": ORG)."""
    toks = doc_tokens(noun.doc)
    i = noun.i - 1
    while i >= 0 and toks[i].pos_ in ("NOUN", "ADJ") and toks[i].text.islower():
        i -= 1
    if i < 0 or toks[i].ent_type_ != "GPE":
        return None
    last = i
    first = i
    while first > 0 and toks[first].ent_iob_ == "I":
        first -= 1
    if first > 0 and toks[first - 1].text in ("-", "'s"):
        return None
    text = noun.doc[first : last + 1].text
    found = {c for c in (country_of(text, cities=True), iso3_for_region(text)) if c}
    return found.pop() if len(found) == 1 else None


def _countries_of_placed_appositions(b: ActorBuilder, doc: Doc) -> None:
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        if actor.actor_type not in ("person", "organization") or actor.country_iso3 or m.mention_kind != "name" \
                or actor.key in b.stateless or actor.actor_type == "organization" and is_international(actor):
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
            nouns.append(root.head)
        for noun in nouns:
            if set_country(actor, _place_modifier_country(noun), "base"):
                break
