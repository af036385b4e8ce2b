"""Countries of the parts of a body: a sub-unit is where its parent is.

"researchers of the Kelby Institute", "the Centre for Coastal Studies of Norvik University", "the agency's
Lunar Programme": a group named as the people of one body, or a unit whose parent body the text gives, is
based where that parent is (`base`). A body of no one country (the UN, the EU) passes nothing on: its parts
are not national."""

from __future__ import annotations

from newscoder.extract.actors.builder import ActorBuilder

_PARENT_TYPES = ("organization", "state")


def countries_of_sub_units(b: ActorBuilder) -> None:
    """Give a group or organisation with a parent and no country the parent's country (basis `base`)."""
    for actor in b.actors.values():
        if actor.country_iso3 is not None or actor.parent_key is None:
            continue
        if actor.actor_type not in ("group", "organization"):
            continue
        parent = next((a for a in b.actors.values() if a.key == actor.parent_key), None)
        if parent is None or parent.key == actor.key or parent.actor_type not in _PARENT_TYPES:
            continue
        if parent.country_iso3:  # a body without a country (international) has nothing to pass on
            actor.country_iso3, actor.country_basis = parent.country_iso3, "base"
