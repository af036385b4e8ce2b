"""A name that is the last words of exactly one known organisation's name (round 102).

A map legend or a headline often drops the first word of a long name ("areas held by Tahrir al-Kelb" for the
registered "Hayat Tahrir al-Kelb"), and the model then calls the rest a person. The tails of two words or
more of every registered organisation (names and aliases, `data/registry/`) and of every PETRARCH2
organisation (`data/petrarch_organizations.csv`) are indexed once per registry; a name that is such a tail
stands for that organisation when:

- exactly one organisation's names end in it, and it is no full name known itself (the registry, PETRARCH2);
- it holds a word that is not an English common word (the WordNet lemma index of the spaCy model):
  "Liberation Front", "National Assembly", "General Assembly" are shared by many bodies and name none;
- it is not a generic state body (`data/generic_bodies.csv`), a place, a registered or PETRARCH2 person, and
  does not open with a given name (a person a body is named after: "Friends of Ana Ray" gives no tail, nor
  would "Ana Ray Brigade"'s "Ray Brigade" open with one, but "Ana Ray" alone is hers);
- in the full name it is not the object of a linking word ("of", "for", "de": "Bank of Kelbia" gives no
  tail "of Kelbia" nor "Kelbia").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newscoder import lexicons
from newscoder.extract.actors.bare_bodies import is_generic_body
from newscoder.extract.actors.common_words import english_words
from newscoder.extract.actors.entities import _is_first_name
from newscoder.resolve.countries import is_region, iso3_for_demonym, iso3_for_name
from newscoder.resolve.places import country_of
from newscoder.resolve.registry import Registry, RegistryActor, normalize_name

# words that link a name's head to what it is of or for; a tail opening with one, or right after one, is
# the name's object, not the body
_LINKS = frozenset({"of", "for", "and", "the", "in", "on", "to", "at", "against", "de", "du", "des", "la", "le",
                    "del", "della", "di", "da", "do", "dos", "das", "van", "von", "y", "et", "&"})
# a PETRARCH2 name written with a capitalised linking word ("Bank Of China") is not written as news writes it
_CASED_LINKS = frozenset(w.capitalize() for w in _LINKS if w.isalpha())


@dataclass(frozen=True, slots=True)
class TailOwner:
    """The one organisation a tail belongs to: its registry row, or a PETRARCH2 name and country."""

    registered: RegistryActor | None
    name: str | None
    country_iso3: str | None


def _tails(key: str) -> list[str]:
    words = key.split()
    return [" ".join(words[-k:]) for k in range(2, len(words))
            if words[-k] not in _LINKS and words[-k - 1] not in _LINKS]


_INDEX: dict[int, tuple[Registry, int, dict[str, TailOwner | None], frozenset[str]]] = {}


def _index(registry: Registry) -> tuple[dict[str, TailOwner | None], frozenset[str]]:
    """Tail -> its one owner (None when two organisations share it), and every full name known; built once
    per registry (speed: no scan of the lists per entity)."""
    cached = _INDEX.get(id(registry))
    if cached is not None and cached[0] is registry and cached[1] == len(registry.aliases):
        return cached[2], cached[3]
    owners: dict[str, set[str]] = {}
    info: dict[str, TailOwner] = {}
    full: set[str] = set(registry.aliases)
    for key, ids in registry.aliases.items():
        for actor_id in ids:
            actor = registry.actors[actor_id]
            if actor.actor_type == "organization":
                info.setdefault(actor_id, TailOwner(actor, None, None))
                for tail in _tails(key):
                    owners.setdefault(tail, set()).add(actor_id)
    for row in lexicons.rows("petrarch_organizations"):
        key = normalize_name(row["name"])
        full.add(key)
        ids = [i for i in registry.aliases.get(key, ()) if registry.actors[i].actor_type == "organization"]
        owner = ids[0] if len(ids) == 1 else f"petrarch:{key}"
        if owner not in info:
            words = row["name"].split()
            name = row["name"] if not any(w in _CASED_LINKS for w in words[1:]) else None
            info[owner] = TailOwner(None, name, row["country_iso3"] or None)
        for tail in _tails(key):
            owners.setdefault(tail, set()).add(owner)
    table = {tail: info[next(iter(ids))] if len(ids) == 1 else None for tail, ids in owners.items()}
    frozen = frozenset(full)
    _INDEX[id(registry)] = (registry, len(registry.aliases), table, frozen)
    return table, frozen


def _common(word: str) -> bool:
    low, words = word.lower(), english_words("noun", "verb", "adj", "adv")
    return low in words or low.endswith("s") and (low[:-1] in words or low.endswith("es") and low[:-2] in words)


@functools.cache
def _people() -> frozenset[str]:
    return frozenset(normalize_name(r["name"]) for r in lexicons.rows("office_holders")) \
        | frozenset(normalize_name(r["name"]) for r in lexicons.rows("petrarch_country_actors"))


def tail_owner(text: str, registry: Registry | None) -> TailOwner | None:
    """The one known organisation whose name `text` ends ("Tahrir al-Kelb" -> "Hayat Tahrir al-Kelb"), or
    None (see the module's conditions)."""
    if registry is None:
        return None
    words = text.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2:
        return None
    key = normalize_name(text)
    table, full = _index(registry)
    owner = table.get(key)
    if owner is None or key in full or key in _people():
        return None
    if all(_common(w) or w.lower() in _LINKS for w in words) or is_generic_body(text) or _is_first_name(words[0]):
        return None
    if iso3_for_name(text) or iso3_for_demonym(text) or is_region(text) or country_of(text, cities=True):
        return None
    return owner
