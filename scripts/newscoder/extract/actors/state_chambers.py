"""Chambers of a state, province or territory written with the bare national word ("the Senate").

"Kelbia's state Senate", "the Senate of the state", "the commonwealth's House of Representatives": a bare
chamber word the text ties to a place below the country (a possessor or an "of" phrase naming a
subdivision, or "state", "commonwealth", "territory", "province" standing for the one subdivision the
article names) is that place's own chamber, not the nation's chamber of the same word (the registry's
"United States Senate"). The mention is moved to "<place> <chamber>" ("Kelbia Senate"), of the place's
country: the territory's own code when the place has one and no provinces of its own (Puerto Rico: PRI),
else the country the place is a subdivision of. Once the article so names one of the place's chambers,
its other chamber words written bare ("the Senate", "the Legislative Assembly") are that place's too: the
article is about that legislature. A chamber word the article writes with its nation ("U.S. Senate") is
never moved.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from newscoder.extract.doctext import char_span, doc_ents
from newscoder.records import LocalActor
from newscoder.resolve.actors import is_bare_chamber
from newscoder.resolve.places import country_of
from newscoder.resolve.subdivisions import has_subdivisions, subdivision_owner

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from newscoder.extract.actors.builder import ActorBuilder

# words that stand for the article's one subdivision ("the state's Senate", "the Senate of the commonwealth")
_PLACE_WORDS = frozenset({"state", "commonwealth", "territory", "province"})
# an adjective before the chamber word saying it is a subdivision's ("state Senate", "provincial assembly")
_LOCAL_ADJECTIVES = frozenset({"state", "provincial", "territorial"})
# the words of a legislature's chambers; courts are left out of the bare-word reading: "the Supreme Court"
# of a story about a state's law is as often the nation's
_LEGISLATIVE = frozenset({"senate", "house", "assembly", "parliament", "congress", "chamber"})


def _subdivision_of(text: str) -> str | None:
    """The country a place's name is a subdivision of when it is one of exactly one country."""
    return subdivision_owner(text)


def _only_subdivision(text: str) -> bool:
    """A place named with its chamber must be a subdivision and nothing else: "Taiwan's Constitutional
    Court" or "Georgia's Senate" may be a country's own."""
    return _subdivision_of(text) is not None and country_of(text) is None


def _country(place: str, sovereign: str) -> str:
    """A territory with its own code and no provinces (Puerto Rico) is its own country; a state is its
    sovereign's (Georgia of the US, not the country Georgia)."""
    own = country_of(place)
    return own if own and own != sovereign and not has_subdivisions(own) else sovereign


def _named_subdivisions(doc: Doc) -> dict[str, str]:
    """Subdivisions the article names (GPEs of the model that are a subdivision of one country) -> country."""
    out: dict[str, str] = {}
    for e in doc_ents(doc):
        if e.label_ == "GPE" and (c := _subdivision_of(e.text)):
            out.setdefault(e.text.removeprefix("the "), c)
    return out


def _qualifier(doc: Doc, span: Span) -> tuple[str | None, bool]:
    """(place named, True) for "Kelbia's Senate" / "Senate of Kelbia"; (None, True) for "the state's
    Senate", "state Senate", "Senate of the state"; (None, False) with no such qualifier."""
    i = span.start
    if i > 0 and doc[i - 1].lower_ in _LOCAL_ADJECTIVES and doc[i - 1].is_lower:
        i -= 1
        generic = True
    else:
        generic = False
    if i > 1 and doc[i - 1].tag_ == "POS":
        owner = doc[i - 2]
        if owner.lower_ in _PLACE_WORDS and owner.is_lower:
            return None, True
        # the model's entity may hold the "'s" ("North Kelbia's")
        ent = next((e for e in doc_ents(doc) if e.start <= owner.i < e.end and e.end in (i - 1, i)), None)
        text = doc[ent.start:i - 1].text if ent is not None else ""
        if ent is not None and ent.label_ == "GPE" and _only_subdivision(text):
            return text.removeprefix("the "), True
        return None, False  # another possessor ("the party's"): no reading
    j = span.end
    if j < len(doc) and doc[j].lower_ == "of":
        if j + 2 < len(doc) and doc[j + 1].lower_ == "the" and doc[j + 2].lower_ in _PLACE_WORDS:
            return None, True
        ent = next((e for e in doc_ents(doc) if e.start == j + 1), None)
        if ent is not None and ent.label_ == "GPE" and _only_subdivision(ent.text):
            return ent.text.removeprefix("the "), True
    return None, generic


def _chamber_word(text: str) -> str:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def _composed(place: str, chamber: str) -> str:
    """"Kelbia Senate", "Legislative Assembly of Kelbia" (a "Legislative ..." chamber is written with "of")."""
    return f"{chamber} of {place}" if chamber.split()[0].lower() == "legislative" else f"{place} {chamber}"


def sub_national_chambers(b: ActorBuilder, doc: Doc) -> None:
    """Move bare chamber mentions the text ties to a subdivision to that subdivision's chamber."""
    candidates = [m for m in b.mentions if m.mention_kind == "name" and is_bare_chamber(_chamber_word(m.text))
                  and m.text[:1].isupper() and b.by_key(m.actor_key).actor_type == "organization"]
    if not candidates:
        return
    named = _named_subdivisions(doc)
    moves: dict[int, str] = {}  # index of the mention in b.mentions -> place
    places: set[str] = set()
    index = {id(m): k for k, m in enumerate(b.mentions)}
    for m in candidates:
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        place, qualified = _qualifier(doc, span)
        if not qualified:
            continue
        if place is None:
            if len(named) != 1:
                continue  # "the state's Senate" of an article naming several states (or none)
            place = next(iter(named))
        moves[index[id(m)]] = place
        places.add(place)
    if len(places) != 1:
        return
    place = places.pop()
    sovereign = _subdivision_of(place)
    if sovereign is None:
        return
    iso3 = _country(place, sovereign)
    moved_keys = {b.mentions[k].actor_key for k in moves}
    # the place's other chambers written bare: actors of bare chamber words only, not the registry's
    for a in b.actors.values():
        if a.actor_type == "organization" and a.registry_id is None and a.key not in moved_keys \
                and is_bare_chamber(a.name) and _LEGISLATIVE & set(a.name.lower().split()) \
                and a.country_iso3 in (None, iso3, sovereign):
            for k, m in enumerate(b.mentions):
                if m.actor_key == a.key and m.mention_kind == "name" and is_bare_chamber(_chamber_word(m.text)):
                    moves.setdefault(k, place)
    targets: dict[str, LocalActor] = {}
    old: dict[str, str] = {}  # actor key a mention left -> the chamber it joined
    for k in sorted(moves):
        m = b.mentions[k]
        name = _composed(place, _chamber_word(m.text))
        target = targets.get(name.lower())
        if target is None:
            target = next((a for a in b.actors.values() if a.name.lower() == name.lower()
                           and a.actor_type == "organization"), None)
        if target is None:
            target = b.actor(("chamber", name), lambda name=name: LocalActor(
                key="", name=name, actor_type="organization", country_iso3=iso3, country_basis="name"))
        targets[name.lower()] = target
        if (word := _chamber_word(m.text)) not in target.aliases:
            target.aliases.append(word)  # later variants ("Senates") find it by its short name
        old.setdefault(m.actor_key, target.key)
        b.mentions[k] = dataclasses.replace(m, actor_key=target.key)
    # an actor whose every name mention moved goes, its pronouns with it, to the one chamber they joined
    kept = {m.actor_key for m in b.mentions if m.mention_kind == "name"}
    gone = {key: new for key, new in old.items() if key not in kept}
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [dataclasses.replace(m, actor_key=gone[m.actor_key]) if m.actor_key in gone else m
                      for m in b.mentions]
        for a in b.actors.values():
            if a.parent_key in gone:
                a.parent_key = gone[a.parent_key]
