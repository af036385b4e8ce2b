"""Bare state bodies ("the Senate", "Parliament", "National Police") given their state's name.

A chamber, court or national police force written without its country is ambiguous across articles:
every country's "Senate" would read the same in print. Once the article gives the body a country,
it is named as English writes it ("US Senate", "Iraqi Parliament", "Philippine National Police"),
and merged with the article's own fuller name of the same body when there is exactly one. A chamber's
generic name that provinces share ("Legislative Council") is read so only for a place with no provinces
(Hong Kong: "Hong Kong Legislative Council"), and a bare "Legislative ..." chamber of an article that
names a province of its country is that province's ("Ontario Legislative Assembly", not "Canadian
Legislative Assembly"), or stays bare when the article names several. A name so
made that the registry knows as a longer body name ("US House": "United States House of Representatives")
is that registered body, one row with the article's own mentions of it ("US Senate" stays: the registry's
"United States Senate" writes only the country otherwise).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract.actors.body_names import name_country
from newscoder.extract.actors.builder import ActorBuilder
from newscoder.extract.actors.groups import state_body_name
from newscoder.extract.doctext import char_span, doc_ents, doc_text
from newscoder.resolve.actors import is_bare_chamber, is_bare_force
from newscoder.resolve.countries import iso3_for_name
from newscoder.resolve.subdivisions import has_subdivisions, subdivision_countries

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LINKS = frozenset({"of", "for", "and", "the"})

# bases guessed from where the story is set or an office acts, not from the body's own words
GUESSED_BASES = frozenset({"article", "office", "article_context"})
_POLICE_WORDS = frozenset({"national", "federal", "police", "agency"})


def is_bare_body(name: str) -> bool:
    """"Senate", "the Supreme Court", "National Police", "Navy", "Ministry of Defence": a state body named
    by common words alone."""
    words = name.lower().removeprefix("the ").split()
    return is_bare_chamber(name) or is_bare_force(name) or is_bare_ministry(name) \
        or len(words) >= 2 and "police" in words and set(words) <= _POLICE_WORDS or is_generic_body(name)


def is_generic_body(name: str) -> bool:
    """"Constitutional Court", "Intelligence Service": a name of two or more words written as a proper name
    (every word capitalised) that is one of the PETRARCH2 agent phrases for an institution every state has
    (data/generic_bodies.csv), so it says nothing of whose body it is. One word ("Police", "Cabinet") is
    as often a capitalised common noun opening a sentence: only the chamber and force rules read those."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or not all(w[:1].isupper() or w in _LINKS for w in words):
        return False
    return " ".join(words).lower().replace("-", " ") in lexicons.words("generic_bodies", "phrase")


@functools.cache
def _state_organ_words() -> frozenset[str]:
    """One-word institutions of a whole state: a one-word PETRARCH2 agent phrase of data/generic_bodies.csv
    that data/national_bodies.csv also lists as a national body ("cabinet", "legislature"; the chamber and
    force words among them are read by their own rules)."""
    one = {p for p in lexicons.words("generic_bodies", "phrase") if " " not in p}
    return frozenset(one & {n.strip().lower() for n in lexicons.column("national_bodies", "noun")})


def is_bare_organ(name: str) -> bool:
    """"Cabinet", "the Legislature": one capitalised word naming an organ every state has."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() in _state_organ_words() \
        and not is_bare_chamber(words[0]) and not is_bare_force(words[0])


# chambers named so by a province as often as by a country: read as bare only for a place with no
# provinces (ISO 3166-2 gives it no subdivisions: Hong Kong, Macao, Puerto Rico)
_TERRITORY_BODIES = frozenset({"legislative council", "legislative assembly", "executive council"})


def is_territory_body(name: str, iso3: str) -> bool:
    """"Legislative Council" of Hong Kong: a chamber's generic name, when its place has no subdivisions
    whose chambers share the name (a province's "Legislative Assembly" is no country's)."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    return all(w[:1].isupper() for w in words) and " ".join(words).lower() in _TERRITORY_BODIES \
        and not has_subdivisions(iso3)


def is_bare_ministry(name: str) -> bool:
    """"Ministry of Defence", "Foreign Ministry": a government ministry whose
    name holds no country, region or city (every state has one of that name)."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or not all(w[:1].isupper() or w in _LINKS for w in words):
        return False
    # ("Department of X" is also a university's: only "Ministry" is read)
    ministry = words[0] == "Ministry" and words[1] == "of" or words[-1] == "Ministry"
    return ministry and name_country(name) is None


def evidenced_countries(b: ActorBuilder) -> set[str]:
    """Countries the article gives its people and bodies from their own words (a name, a nationality, a
    title, the registry), not from the place the story is set in. States are left out: a country named
    only as a place ("the border with Mexico") is no evidence of whose body a bare "Senate" is."""
    return {a.country_iso3 for a in b.actors.values()
            if a.country_iso3 and a.country_basis not in GUESSED_BASES and a.actor_type != "state"}


def name_bare_bodies(b: ActorBuilder, doc: Doc | None = None) -> None:
    """Name each bare body that has a country after its state; its mentions join the article's one
    fuller name of that body ("United States Senate") when it has one, or the body already so named."""
    _country_of_the_legislature(b)
    renamed = _organs_of_their_state(b, doc)
    of_bodies: dict[str, str] = {}  # key -> the bare body named by its written "of" form
    provinces = _countries_of_named_provinces(b, doc)
    for actor in sorted(b.actors.values(), key=lambda a: int(a.key[1:])):
        if actor.actor_type == "organization" and not actor.country_iso3 and actor.registry_id is None \
                and (is_bare_force(actor.name) or is_bare_ministry(actor.name)):
            # "Hungary's Ministry of Defence ... the Ministry of Defence": the one body of the article
            # whose fuller name holds the bare one's words
            body = actor.name.removeprefix("the ").removeprefix("The ").lower()
            fuller = [a for a in b.actors.values() if a.key != actor.key and a.actor_type == "organization"
                      and a.key not in renamed and a.country_iso3 and _holds(a, body)]
            if len(fuller) == 1:
                renamed[actor.key] = fuller[0].key
            continue
        if actor.actor_type != "organization" or not actor.country_iso3 or actor.registry_id is not None \
                or not (is_bare_body(actor.name) or is_territory_body(actor.name, actor.country_iso3)):
            continue
        if actor.country_iso3 in provinces and "legislative" in actor.name.lower().split():
            # "Ontario ... the Legislative Assembly": the province's chamber, not Canada's; named after the
            # province when the article names one only
            if len(named := provinces[actor.country_iso3]) == 1:
                actor.name = f"{next(iter(named))} {actor.name.removeprefix('the ').removeprefix('The ')}"
            continue
        body = actor.name.removeprefix("the ").removeprefix("The ")
        fuller = [a for a in b.actors.values() if a.key != actor.key and a.country_iso3 == actor.country_iso3
                  and a.actor_type == "organization" and a.key not in renamed and not is_bare_body(a.name)
                  and (a.name.lower().endswith(" " + body.lower())
                       or of_bodies.get(a.key, "").endswith(" " + body.lower())  # "Court": "Supreme Court of X"
                       or not is_bare_chamber(body) and _holds(a, body.lower())
                       or a.name.lower() == state_body_name(body, actor.country_iso3).lower())]
        if len(fuller) == 1:
            renamed[actor.key] = fuller[0].key
            continue
        if written := _written_of_name(doc, body, actor.country_iso3):
            actor.name, of_bodies[actor.key] = written, body.lower()
        else:
            actor.name = state_body_name(body, actor.country_iso3)
        reg = b.registry.lookup(actor.name, "organization") \
            if b.registry is not None and is_bare_chamber(body) else None
        if reg is not None and reg.country_iso3 == actor.country_iso3 \
                and not reg.name.lower().endswith(" " + body.lower()):
            # "US House": the registered "United States House of Representatives" (the bare word is a short
            # form of the body's name; "US Senate" only writes the country otherwise, and stays), the
            # article's own row of it when it has one
            same = next((a for a in b.actors.values() if a.registry_id == reg.actor_id), None)
            if same is not None:
                renamed[actor.key] = same.key
                continue
            actor.name, actor.registry_id, actor.wikidata_id = reg.name, reg.actor_id, reg.wikidata_id
            actor.country_basis = "registry"
        # "Senate" and "the Senate" of one article: one body
        same = next((a for a in b.actors.values() if a.key != actor.key and a.key not in renamed
                     and a.actor_type == "organization" and a.country_iso3 == actor.country_iso3
                     and a.name.lower() == actor.name.lower()), None)
        if same is not None:
            renamed[actor.key] = same.key
    if not renamed:
        return
    b.actors = {ident: a for ident, a in b.actors.items() if a.key not in renamed}
    for a in b.actors.values():
        if a.parent_key in renamed:
            a.parent_key = renamed[a.parent_key]
    b.mentions = [dataclasses.replace(m, actor_key=renamed[m.actor_key]) if m.actor_key in renamed else m
                  for m in b.mentions]


def _written_of_name(doc: Doc | None, body: str, iso3: str) -> str | None:
    """"the Supreme Court of Kelbia ... the Court": the article writes the body's name with its country
    after "of"; that written form is its name, not one composed from the country's adjective."""
    if doc is None or not body[:1].isupper():
        return None
    text = doc_text(doc)
    if f"{body} of " not in text:
        return None  # speed: the pattern below needs this; each body would compile a pattern of its own
    for m in re.finditer(rf"\b{re.escape(body)} of ((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)", text):
        before = text[: m.start()].rstrip().rsplit(None, 1)
        if before and before[-1][:1].isupper() and before[-1] != "The" and text[m.start() - 1 : m.start()] == " ":
            continue  # "Court of Kelbia" inside "Supreme Court of Kelbia": a longer body's name
        if iso3_for_name(m.group(1).removeprefix("the ")) == iso3:
            return f"{body} of {m.group(1)}"
    return None


def _organs_of_their_state(b: ActorBuilder, doc: Doc | None) -> dict[str, str]:
    """"report to Cabinet", "the Legislature passed": one capitalised word naming a state organ
    (`is_bare_organ`) inside a sentence (not a word capitalised for opening one) is the organ of the
    article's state, named as the other bare bodies are ("US Cabinet", `state_body_name`), when that state
    is clear: the one country the article's people and bodies have by their own words
    (`evidenced_countries`), else, when none is so placed, the article's country (dateline, lead). A story
    placing people of two countries leaves it bare: its lead's country may be the visitor's. An article
    that also names a province of that state leaves it bare (provinces have cabinets and legislatures too).
    Returns the organs joined to another row (key -> key): the article's one fuller name of it, or a row
    already so named."""
    renamed: dict[str, str] = {}
    bare = [a for a in b.actors.values() if a.actor_type == "organization" and a.registry_id is None
            and is_bare_organ(a.name)]
    if not bare or doc is None:
        return renamed
    found = evidenced_countries(b)
    if len(found) == 1:
        iso3 = next(iter(found))
    elif not found and b.home is not None and (home := b.home()):
        iso3 = home
    else:
        return renamed
    if any(iso3 in subdivision_countries(e.text) for e in doc_ents(doc) if e.label_ == "GPE"):
        return renamed
    for actor in sorted(bare, key=lambda a: int(a.key[1:])):
        spans = [char_span(doc, m.char_start, m.char_end, alignment_mode="expand") for m in b.mentions
                 if m.actor_key == actor.key and m.mention_kind == "name"]
        if not spans or any(sp is None or sp[0].is_sent_start for sp in spans) \
                or actor.country_iso3 not in (None, iso3):
            continue
        body = actor.name.removeprefix("the ").removeprefix("The ")
        name = state_body_name(body, iso3)
        same = [a for a in b.actors.values() if a.key != actor.key and a.key not in renamed
                and a.actor_type == "organization" and a.country_iso3 == iso3
                and (a.name.lower() == name.lower() or _holds(a, body.lower()))]
        if len(same) == 1:
            renamed[actor.key] = same[0].key
            continue
        actor.name, actor.country_iso3, actor.country_basis = name, iso3, "name"
    return renamed


def _countries_of_named_provinces(b: ActorBuilder, doc: Doc | None) -> dict[str, set[str]]:
    """Country -> the subdivisions of it the article names (GPEs of the model; a name several countries
    have counts for each), read only when the article has a bare "Legislative ..." chamber: a province's
    chamber shares that name."""
    found: dict[str, set[str]] = {}
    if doc is None or not any("legislative" in a.name.lower().split() for a in b.actors.values()
                              if a.actor_type == "organization" and a.registry_id is None):
        return found
    for e in doc_ents(doc):
        if e.label_ == "GPE":
            for c in subdivision_countries(e.text):
                found.setdefault(c, set()).add(e.text.removeprefix("the "))
    return found


def _holds(actor, body: str) -> bool:
    """Is `body` ("ministry of defence") the whole of one of the actor's names less a country part
    ("Ministry of Defence of Hungary", "Hungarian Ministry of Defence")?"""
    for name in (actor.name, *actor.aliases):
        low = name.lower()
        if low != body and (low.startswith(body + " of ") or low.endswith(" " + body)):
            return True
    return False


def _country_of_the_legislature(b: ActorBuilder) -> None:
    """"the House", "the Senate" still without a country, in an article that names its chambers or courts
    with their state ("United States Congress", "US House of Representatives"): when every such named
    body is of one country, the bare ones are that country's (basis `name`: the state is in those names)."""
    bare = [a for a in b.actors.values() if a.actor_type == "organization" and not a.country_iso3
            and a.registry_id is None and is_bare_chamber(a.name) and set(a.name.lower().split()) <= _NATIONAL_WORDS]
    if not bare:
        return
    found = {a.country_iso3 for a in b.actors.values() if a.actor_type == "organization" and a.country_iso3
             and not is_bare_body(a.name) and _CHAMBER_HEADS & set(a.name.lower().split())
             and a.country_basis in ("registry", "name", "nationality")}
    if len(found) == 1:
        iso3 = found.pop()
        for a in bare:
            a.country_iso3, a.country_basis = iso3, "name"


_CHAMBER_HEADS = frozenset({"senate", "house", "parliament", "congress", "assembly"})
# the words of a national chamber's bare name; "Legislative Assembly", "Chamber" are often a province's
_NATIONAL_WORDS = frozenset({"the", "of", "senate", "house", "parliament", "congress", "representatives",
                             "commons", "lords"})

# a member's title word -> the last word of the chamber's name
_MEMBER_OF = {"senator": "senate", "senate": "senate", "congressman": "congress", "congresswoman": "congress",
              "congress": "congress", "parliament": "parliament", "parliamentarian": "parliament"}


def countries_of_chamber_members(b: ActorBuilder) -> None:
    """"Senator Dana Whitfield", "Senate Majority Leader X": a person still without a country whose title
    names a chamber is of that chamber's state when the article's chambers of that word ("US Senate",
    "United States Senate") all have one same country. Chambers of two countries leave the person as is.
    The committees named by a chamber's word are read the same way (`_committees_of_chambers`)."""
    chambers: dict[str, set[str]] = {}
    for a in b.actors.values():
        if a.actor_type == "organization" and a.country_iso3 and a.name.split():
            chambers.setdefault(a.name.split()[-1].lower(), set()).add(a.country_iso3)
    if not chambers:
        return
    for actor in b.actors.values():
        if actor.actor_type != "person" or actor.country_iso3 or not actor.role or actor.key in b.stateless:
            continue
        words = {_MEMBER_OF[w] for w in actor.role.lower().replace("-", " ").split() if w in _MEMBER_OF}
        found = {c for w in words for c in chambers.get(w, ())}
        if len(found) == 1:
            actor.country_iso3, actor.country_basis = found.pop(), "title"
    _committees_of_chambers(b, chambers)


# a committee's first word -> the last words of the chambers it may be a committee of ("House Judiciary
# Committee": the House of Representatives or of Commons)
_COMMITTEE_OF = {"senate": ("senate",), "house": ("representatives", "commons", "lords"),
                 "congressional": ("congress",), "parliamentary": ("parliament",)}
_COMMITTEE_ENDS = frozenset({"committee", "subcommittee"})


def _committees_of_chambers(b: ActorBuilder, chambers: dict[str, set[str]]) -> None:
    """"the Senate Kelby Committee", "the House Kelby Committee": a committee named by its chamber's word
    and without a country, or with one only guessed from the story, is of that chamber's state when the
    article's chambers of that word all have one same country (the article's "House" is then that
    state's; a story about a foreign state does not make the committee that state's)."""
    for actor in b.actors.values():
        words = actor.name.lower().split()
        if actor.actor_type != "organization" or actor.country_basis not in (None, *GUESSED_BASES) \
                or actor.key in b.stateless \
                or len(words) < 2 or words[-1] not in _COMMITTEE_ENDS or words[0] not in _COMMITTEE_OF:
            continue
        found = {c for w in _COMMITTEE_OF[words[0]] for c in chambers.get(w, ())}
        if len(found) == 1:
            actor.country_iso3, actor.country_basis = found.pop(), "base"


def countries_of_bare_parties(b: ActorBuilder) -> None:
    """"the Communist Party's takeover of Kelbia": a party named by its kind alone ("Communist Party",
    "Socialist Party": capitalised words ending in "Party", no place in them) and still without a country
    is the party of the one state its sentences name, when the registry knows that state's party of that
    name ("Chinese Communist Party"): it becomes that registered party. Sentences naming no state or
    several, or a composed name the registry does not know, leave it as it is."""
    if b.registry is None:
        return
    states: dict[int, set[str]] | None = None
    for actor in b.actors.values():
        words = actor.name.split()
        if actor.actor_type != "organization" or actor.country_iso3 or actor.registry_id is not None \
                or len(words) != 2 or words[-1] != "Party" or not words[0][:1].isupper() \
                or name_country(actor.name) is not None:
            continue
        if states is None:
            states = {}
            for m in b.mentions:
                if (a := b.by_key(m.actor_key)).actor_type == "state" and a.country_iso3:
                    states.setdefault(m.sentence_index, set()).add(a.country_iso3)
        own = {m.sentence_index for m in b.mentions if m.actor_key == actor.key}
        found = set().union(*(states.get(s, set()) for s in own))
        if len(found) != 1:
            continue
        iso3 = found.pop()
        reg = b.registry.lookup(state_body_name(actor.name, iso3), "organization")
        if reg is None or reg.country_iso3 != iso3 or "party" not in reg.name.lower().split():
            continue
        if any(a.registry_id == reg.actor_id for a in b.actors.values()):
            continue  # the article names the party in full too: left to the variant names
        actor.name, actor.registry_id, actor.wikidata_id = reg.name, reg.actor_id, reg.wikidata_id
        actor.country_iso3, actor.country_basis = iso3, "registry"
