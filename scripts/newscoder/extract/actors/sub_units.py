"""Countries of the parts of a body: a sub-unit is where its parent is.

"researchers of the Kelby Institute", "the Centre for Coastal Studies of Norvik University", "the agency's
Lunar Programme": a group named as the people of one body, or a unit whose parent body the text gives, is
based where that parent is (`base`). A body of no one country (the UN, the EU) passes nothing on: its parts
are not national."""

from __future__ import annotations

from newscoder.extract.actors.body_context import OWN_EVIDENCE
from newscoder.extract.actors.body_names import REGION_EDITIONS
from newscoder.extract.actors.builder import ActorBuilder
from newscoder.extract.actors.word_lists import org_heads

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


def countries_of_named_parts(b: ActorBuilder) -> None:
    """"Kelby Cloud Services" where the article's "Kelby" is a body with a country of its own evidence
    (registry, name, title, nationality, base: "the Ruritanian firm Kelby"): a body whose name opens with
    the whole name of another body of the article is a part of it and takes its country (`base`), as
    `body_names.parent_country` does for registered parents. A regional edition ("... Arabia",
    "... International") is based elsewhere, and a person's name opening a body ("X Foundation") is no
    parent."""
    parents: dict[tuple[str, ...], set[str]] = {}
    for a in b.actors.values():
        if a.actor_type == "organization" and a.country_iso3 and a.country_basis in OWN_EVIDENCE:
            parents.setdefault(tuple(a.name.split()), set()).add(a.country_iso3)
    if not parents:
        return
    for actor in b.actors.values():
        if actor.actor_type != "organization" or actor.country_iso3 is not None or actor.registry_id is not None:
            continue
        words = actor.name.split()
        for size in range(len(words) - 1, 0, -1):
            found = parents.get(tuple(words[:size]))
            if found is None:
                continue
            rest = words[size:]
            # "Kelby Limited", "Kelby Group": the body's own name with its legal form, not a part of it
            same = len(rest) == 1 and org_heads().get(rest[0]) == "company"
            if len(found) == 1 and not same and rest[0].strip(".,'’") not in REGION_EDITIONS:
                actor.country_iso3, actor.country_basis = next(iter(found)), "base"
            break
