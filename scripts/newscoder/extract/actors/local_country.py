"""A country from the actor's own sentences, when the story as a whole gives none.

`story_country` gives its country only to the actors of a story about one country. A story about two
countries (a crime in one reported with the other's figures, a diplomat's crash, a rescue by another
country's ship) names each side's bodies in sentences of their own: "The Kelby Rescue Trust, which has
logged every flood in Kelbia since 1990, counted 40 in Arno". An actor still without
a country once every other evidence was read takes the one country that all the evidence in the sentences
naming it points at, when there are at least `_MIN_EVIDENCE` pieces and the story names that country
(basis `article_context`). Evidence, read outside quotations only (a speaker talks of others): a state, a
body with a country of its own evidence (registry, name, title, nationality, base), a place of one known
country named for itself (not as a modifier: "US dollars" places nothing; not a body's address: "Greenpeace
in London"). A body
of no one country (international, of many states) in those sentences, or a place or actor of a second
country, leaves the actor bare.

A person needs more: a place in a person's sentence is often only where something befell them ("found
dead in Queens"), so a state or a body of that country must be among the evidence; and a person whose name
is followed by "of"/"at"/"from"/"with"/"for" and a proper noun ("X of Acme Tours") belongs to that body,
whose country is not known. Same exclusions as `story_country`: no news outlet, registered or stateless
actor, body of many states or of another country's place, international body, visitor, person named beside
a body of another or of no known country; no match report.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from newscoder.extract.actors.body_context import OWN_EVIDENCE
from newscoder.extract.actors.story_country import (
    evidenced_mentions,
    is_outlet,
    near_actors,
    of_many_states,
    of_one_state,
)
from newscoder.extract.doctext import doc_ents, doc_text, span_text
from newscoder.extract.quote_marks import find_quote_segments
from newscoder.resolve.countries import iso3_for_region
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.extract.actors.context import PlaceCounts
    from newscoder.records import LocalActor

# one piece of evidence is too often a place something merely happened in (measured: round 123)
_MIN_EVIDENCE = 2
# a place in these relations names a kind of thing ("US dollars"), not where an actor is
_MODIFIER = frozenset({"compound", "amod", "nmod", "poss"})
# a person's affiliation written right after the name ("X of Acme Tours", "X at Kelby Labs")
_AFFILIATION = frozenset({"of", "at", "from", "with", "for"})


def _affiliated(doc: Doc, start: int, end: int) -> bool:
    """The name at characters start..end is followed by an affiliation word and a proper noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end + 2 >= len(doc):
        return False
    prep, nxt = doc[span.end], doc[span.end + 1]
    if nxt.lower_ == "the":
        nxt = doc[span.end + 2]
    return prep.lower_ in _AFFILIATION and nxt.pos_ == "PROPN"


def _address(ent: Span, bodies: set[int]) -> bool:
    """The place is where a body named just before it sits ("Greenpeace in London, England"): an office's
    address, not the body's country (round 42)."""
    root = ent.root
    while root.dep_ in ("appos", "conj") and root.head.i < root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.idx in bodies


def _evidence(b: ActorBuilder, doc: Doc, skip: set[int], named: PlaceCounts,
              international: Callable[[LocalActor], bool]) -> list[tuple[int, str | None, bool]]:
    """(character offset, country, is an actor) of each piece of evidence outside quotations (module
    docstring); country None for a body of no one country."""
    segs = find_quote_segments(doc_text(doc), b.headings or ())
    starts = [q.start for q in segs]

    def quoted(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and at < segs[k].end

    out: list[tuple[int, str | None, bool]] = []
    covered: set[int] = set()
    bodies: set[int] = set()  # characters of organisations' names
    for m in b.mentions:
        if m.mention_kind == "pronoun" or quoted(m.char_start):
            continue
        a = b.by_key(m.actor_key)
        if a.actor_type == "organization" and m.mention_kind == "name":
            bodies.update(range(m.char_start, m.char_end))
        if a.actor_type == "state" and a.country_iso3 or a.actor_type == "organization" \
                and a.country_basis in OWN_EVIDENCE and a.country_iso3:
            out.append((m.char_start, a.country_iso3, True))
            covered.update(range(m.char_start, m.char_end))
        elif a.actor_type == "organization" and (international(a) or of_many_states(a.name)):
            out.append((m.char_start, None, True))
            covered.update(range(m.char_start, m.char_end))
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "LOC") or any(i in skip for i in range(ent.start, ent.end)) \
                or ent.start_char in covered or quoted(ent.start_char) or ent.root.dep_ in _MODIFIER:
            continue
        if _address(ent, bodies):
            continue
        text = span_text(ent)
        if iso3 := named.located.get(text) or country_of(text) or country_of(text, cities=True) \
                or iso3_for_region(text):
            out.append((ent.start_char, iso3, False))
    return out


def countries_from_own_sentences(b: ActorBuilder, doc: Doc, sents: list[Span], skip: set[int],
                                 named: PlaceCounts, international: Callable[[LocalActor], bool]) -> None:
    """Give people and domestic bodies still without a country the one country of their own sentences
    (module docstring). `named`: the article's places per country (`context.countries_named`)."""
    if b.sports:
        return  # a match report names foreign players and teams beside the places of the match
    cands = [a for a in b.actors.values() if not a.country_iso3 and a.registry_id is None
             and a.key not in b.stateless and a.actor_type in ("person", "organization")
             and not (a.actor_type == "organization" and (international(a) or is_outlet(a.name)))
             and a.key not in b.visitors  # (a visitor the model typed an organisation too)
             and not (a.parent_key is not None and is_outlet(b.by_key(a.parent_key).name))]
    if not cands:
        return
    story: Counter[str] = Counter(named) + evidenced_mentions(b)
    if not story:
        return
    sent_starts = [s.start_char for s in sents]
    by_sent: dict[int, list[tuple[str | None, bool]]] = defaultdict(list)
    for at, iso3, is_actor in _evidence(b, doc, skip, named, international):
        by_sent[bisect.bisect_right(sent_starts, at) - 1].append((iso3, is_actor))
    keys = {a.key for a in cands}
    own: dict[str, set[int]] = defaultdict(set)
    tied: set[str] = set()
    for m in b.mentions:
        if m.mention_kind == "name" and m.actor_key in keys:
            own[m.actor_key].add(bisect.bisect_right(sent_starts, m.char_start) - 1)
            if b.by_key(m.actor_key).actor_type == "person" and _affiliated(doc, m.char_start, m.char_end):
                tied.add(m.actor_key)
    given: dict[str, str] = {}
    for actor in cands:
        pieces = [p for s in own.get(actor.key, ()) for p in by_sent.get(s, ())]
        found = {iso3 for iso3, _ in pieces}
        if len(pieces) < _MIN_EVIDENCE or len(found) != 1 or None in found:
            continue
        iso3 = found.pop()
        if not story[iso3] or actor.actor_type == "organization" and not of_one_state(actor, iso3):
            continue
        if actor.actor_type == "person" and (actor.key in tied or not any(is_actor for _, is_actor in pieces)):
            continue
        given[actor.key] = iso3
    people = [k for k in given if b.by_key(k).actor_type == "person"]
    if people:  # a person's role at a body of another or of no known country says nothing of the person
        for iso3 in {given[k] for k in people}:
            foreign = {a.key for a in b.actors.values() if a.actor_type == "organization"
                       and (a.country_iso3 or given.get(a.key)) != iso3}
            near = near_actors(b, foreign)
            for k in people:
                if given[k] == iso3 and k in near:
                    del given[k]
    for key, iso3 in given.items():
        actor = b.by_key(key)
        actor.country_iso3, actor.country_basis = iso3, "article_context"
