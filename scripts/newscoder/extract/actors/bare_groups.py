"""Groups that stay a bare common noun, and the peoples of a continent: no actor row of their own.

After every naming pass has had its chance (a country's adjective, a body "of"/"at", a place after the
noun, the article's one qualified phrase of the same noun), a group whose whole name is still lower-case
common words ("students", "passengers", "investigators", "local authorities") names no specific group a
reader could count or look up (the audit rubric: a real, specific group under its usual name). Such a group
is kept only as the doer of an event ("authorities seized the site": the event row must say who acted);
otherwise it goes after the events are coded (`keep_bare_groups_as_doers_only`): a quote keeps its speaker
words, unlinked, and an event aimed at such people keeps their words in `target_text`.
Plural names of the people of a continent or world region ("Europeans", "Westerners": data/region_peoples.csv)
name no state's people and no group: they go at once (`drop_region_peoples`).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.records import ActorAnalysis, Event, Quote

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder


@functools.cache
def _region_peoples() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.words("region_peoples", "word"))


def is_region_people(name: str) -> bool:
    """"Europeans", "West Africans": the people of a continent or world region."""
    return name.removeprefix("the ").strip().lower() in _region_peoples()


def is_bare_group_name(name: str) -> bool:
    """A group name of lower-case words only ("students", "morning rush-hour passengers"); a name with a
    capital or a figure ("Conception passengers", "Polish doctors", "G7 leaders") is qualified by the text."""
    words = name.strip()
    return bool(words) and not any(c.isupper() or c.isdigit() for c in words)


def drop_region_peoples(b: ActorBuilder) -> int:
    """Drop the groups named as the people of a continent or region, and their mentions (pronouns
    included); returns how many went."""
    gone = {a.key for a in b.actors.values()
            if a.actor_type == "group" and a.registry_id is None and is_region_people(a.name)}
    gone -= {a.parent_key for a in b.actors.values() if a.parent_key}
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
    return len(gone)


def keep_bare_groups_as_doers_only(actors: ActorAnalysis, quotes: list[Quote], events: list[Event]
                                   ) -> tuple[ActorAnalysis, list[Quote], list[Event]]:
    """Drop the bare common-noun groups (`is_bare_group_name`) that do no event: their mentions go, quotes
    linked to them keep their speaker words unlinked, and an event aimed at them keeps the words of their
    mention inside the event's clause as `target_text` (with no such words it is handled as the coder handles
    an act with no target: dropped when its type needs one, else coded with lower confidence). A group that
    matched a registry entry or is the parent of another actor stays."""
    doers = {e.source_key for e in events if e.source_key}
    parents = {a.parent_key for a in actors.actors if a.parent_key}
    gone = {a.key for a in actors.actors
            if a.actor_type == "group" and a.registry_id is None and a.key not in parents | doers
            and is_bare_group_name(a.name)}
    if not gone:
        return actors, quotes, events
    from newscoder.extract.events.dyads import _needs_target_types, _one_sided_types  # (events import actors)

    out_events = []
    for e in events:
        if e.target_key in gone:
            words = next((m.text for m in actors.mentions if m.actor_key == e.target_key
                          and e.char_start <= m.char_start and m.char_end <= e.char_end
                          and m.mention_kind != "pronoun"), None)
            if words is None and e.plover_type in _needs_target_types():
                continue  # as the coder does: a meeting with no one named is no event
            confidence = e.confidence if words or e.plover_type in _one_sided_types() \
                else round(e.confidence - 0.1, 2)  # as the coder does for a two-sided act with no target
            e = dataclasses.replace(e, target_key=None, target_text=words, confidence=confidence)
        out_events.append(e)
    out_quotes = [q if q.speaker_key not in gone and q.via_key not in gone else dataclasses.replace(
        q, speaker_key=None if q.speaker_key in gone else q.speaker_key,
        via_key=None if q.via_key in gone else q.via_key) for q in quotes]
    kept = ActorAnalysis(actors=[a for a in actors.actors if a.key not in gone],
                         mentions=[m for m in actors.mentions if m.actor_key not in gone],
                         dropped_entities=actors.dropped_entities + len(gone))
    return kept, out_quotes, out_events
