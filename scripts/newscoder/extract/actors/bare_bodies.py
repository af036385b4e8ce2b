"""Bare state bodies ("the Senate", "Parliament", "National Police") given their state's name.

A chamber, court or national police force written without its country is ambiguous across articles:
every country's "Senate" would read the same in print. Once the article gives the body a country,
it is named as English writes it ("US Senate", "Iraqi Parliament", "Philippine National Police"),
and merged with the article's own fuller name of the same body when there is exactly one.
"""

from __future__ import annotations

import dataclasses

from newscoder.extract.actors.builder import ActorBuilder
from newscoder.extract.actors.groups import state_body_name
from newscoder.resolve.actors import is_bare_chamber

# bases that come from the article's text about a person or body, not from where the story is set
_GUESSED = frozenset({"article", "office"})
_POLICE_WORDS = frozenset({"national", "federal", "police", "agency"})


def is_bare_body(name: str) -> bool:
    """"Senate", "the Supreme Court", "National Police": a state body named by common words alone."""
    words = name.lower().removeprefix("the ").split()
    return is_bare_chamber(name) or len(words) >= 2 and "police" in words and set(words) <= _POLICE_WORDS


def evidenced_countries(b: ActorBuilder) -> set[str]:
    """Countries the article gives its people and bodies from their own words (a name, a nationality, a
    title, the registry), not from the place the story is set in. States are left out: a country named
    only as a place ("the border with Mexico") is no evidence of whose body a bare "Senate" is."""
    return {a.country_iso3 for a in b.actors.values()
            if a.country_iso3 and a.country_basis not in _GUESSED and a.actor_type != "state"}


def name_bare_bodies(b: ActorBuilder) -> None:
    """Name each bare body that has a country after its state; its mentions join the article's one
    fuller name of that body ("United States Senate") when it has one, or the body already so named."""
    renamed: dict[str, str] = {}
    for actor in sorted(b.actors.values(), key=lambda a: int(a.key[1:])):
        if actor.actor_type != "organization" or not actor.country_iso3 or actor.registry_id is not None \
                or not is_bare_body(actor.name):
            continue
        body = actor.name.removeprefix("the ").removeprefix("The ")
        fuller = [a for a in b.actors.values() if a.key != actor.key and a.country_iso3 == actor.country_iso3
                  and a.actor_type == "organization" and a.key not in renamed and not is_bare_body(a.name)
                  and (a.name.lower().endswith(" " + body.lower())
                       or a.name.lower() == state_body_name(body, actor.country_iso3).lower())]
        if len(fuller) == 1:
            renamed[actor.key] = fuller[0].key
            continue
        actor.name = state_body_name(body, actor.country_iso3)
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
