"""A bare body named after the article's country ("police" -> "Canadian police") that is the one specific
body of that kind the article names ("Toronto Police", "Parliament of New South Wales")."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from newscoder.extract.actors.groups import country_adjective
from newscoder.resolve.countries import is_region
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder


def join_specific_bodies(b: ActorBuilder) -> None:
    """"Kelby Police said ... the man was questioned by police": a body the pass named by the article's
    country alone (country_basis `article`, name "<state adjective> <body word>") joins the one
    organisation the article names in full as that body of a place ("Kelby Police", "Parliament of
    <region>": `_body_of_place`) of the same country or of none stated: the bare word refers back to it,
    not to a nation-wide body. Two such organisations leave it as it is, and so does a composed name of
    more than one body word ("UK Supreme Court"). A sub-national phrase ("county police", "local
    police") never stands for the national body: with no specific body to join, those mentions are
    dropped (and the actor if none is left)."""
    named = {m.actor_key for m in b.mentions if m.mention_kind == "name"}
    merged: dict[str, str] = {}
    for actor in list(b.actors.values()):
        if actor.actor_type != "organization" or actor.country_basis != "article" or actor.registry_id \
                or not actor.country_iso3:
            continue
        adjective = country_adjective(actor.country_iso3, state=True)
        if adjective is None or not actor.name.startswith(adjective + " "):
            continue
        rest = actor.name.removeprefix(adjective + " ")
        if " " in rest:
            continue  # "UK Supreme Court", "Philippine Coast Guard": a body's own name, not one bare word
        head = rest.lower()
        fuller = [a for a in b.actors.values() if a.key != actor.key and a.key in named
                  and a.actor_type == "organization" and a.key not in merged
                  and a.country_iso3 in (None, actor.country_iso3)
                  and not a.name.startswith(adjective + " ") and _body_of_place(a.name, head)]
        if len(fuller) == 1:
            merged[actor.key] = fuller[0].key
    b.mentions = [dataclasses.replace(m, actor_key=merged[m.actor_key]) if m.actor_key in merged else m
                  for m in b.mentions
                  if m.actor_key in merged or (m.actor_key, m.char_start) not in b.subnational_mentions]
    left = {m.actor_key for m in b.mentions}
    gone = set(merged) | {key for key, _ in b.subnational_mentions if key not in left}
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}


def _body_of_place(name: str, head: str) -> bool:
    """"Toronto Police", "Kelby Regional Police": a name ending in the body word; "Parliament of New South
    Wales": the body word, "of" and a place (a country, a region or a city of the gazetteer). Not "Navy
    Information Agency" (an agency of the navy) nor "Court of Session" (no place)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() == head:
        return True
    if len(words) > 2 and words[0].lower() == head and words[1] == "of":
        place = " ".join(words[2:]).removeprefix("the ")
        return country_of(place, cities=True) is not None or is_region(place)
    return False
