"""A state body written by its generic name alone, given its state in the usual English form (round 125).

"The Investigative Committee said", "the Census Bureau", "the U.S. military": the name has no proper word
of its own, so the same words would name another state's body in another story (Kelbia has an Investigative
Committee too) and the row is not the entity's usual full name. The word class is data
(`data/state_body_usual_names.csv`): a generic body's written words, its usual English words ("military" ->
"Armed Forces") and the form English adds the state in: after the body ("Investigative Committee of
Kelbia") or the country's adjective before it ("Kelbian Armed Forces"). A state whose registered bodies are
named with the country's name first ("United States Census Bureau", the registry's own convention) takes
that form for either. The written name stays an alias.

Only a clear state: the row's country from its own words (a name, nationality, title, registry), or, when
it was only guessed from the story (basis article/article_context), the one country the article gives its
people and bodies by their own words, or, with none, the article's own country (as round 121 reads
"Cabinet"). A name the pass composed from the story's country ("Kelbian military" for "the military",
basis article) is such a guess too.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract.actors.bare_bodies import GUESSED_BASES, evidenced_countries
from newscoder.extract.actors.groups import country_adjective
from newscoder.extract.actors.short_names import merge_into
from newscoder.extract.actors.story_country import is_outlet
from newscoder.resolve.countries import country_name
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.resolve.registry import Registry

@functools.cache
def _usual_names() -> dict[str, tuple[str, str]]:
    """written words (lower case) -> (usual words, form)."""
    return {r["written"]: (r["usual"], r["form"]) for r in lexicons.rows("state_body_usual_names")}


def generic_body_words(name: str, iso3: str) -> str | None:
    """The generic body words of a name, less a leading word or two naming the state `iso3` ("US military"
    -> "military"; "Census Bureau" -> "census bureau"), when they are one of the data's generic bodies.
    A name of capitalised words keeps every word capitalised ("Investigative Committee", not "the
    investigative committee" of a sentence); the state's word may stand before a lower-case "military"."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    for k in (0, 1, 2):
        if k and (len(words) <= k or country_of(" ".join(words[:k]), capitals=False) != iso3):
            continue
        body = words[k:]
        if not body:
            continue
        low = " ".join(body).lower()
        if low in _usual_names() and (all(w[:1].isupper() or w in ("of", "for") for w in body) or k > 0):
            return low
    return None


# speed: the registry's forms are counted once per registry (keyed by identity and size)
_FORMS: dict[tuple[int, int], dict[str, tuple[int, int, int]]] = {}


def _registry_forms(registry: Registry) -> dict[str, tuple[int, int, int]]:
    """ISO3 -> how many registered organisations of that state are named "<country> ...", "... of
    <country>" and "... of the <country>" (the registry's own convention for that state)."""
    key = (id(registry), len(registry.actors))
    if key not in _FORMS:
        out: dict[str, list[int]] = {}
        for a in registry.actors.values():
            if a.actor_type != "organization" or not a.country_iso3 or not (state := country_name(a.country_iso3)):
                continue
            n = out.setdefault(a.country_iso3, [0, 0, 0])
            if a.name.startswith(state + " "):
                n[0] += 1
            elif a.name.endswith(f" of the {state}"):
                n[2] += 1
            elif a.name.endswith(f" of {state}"):
                n[1] += 1
        _FORMS.clear()
        _FORMS[key] = {c: (n[0], n[1], n[2]) for c, n in out.items()}
    return _FORMS[key]


def usual_body_name(written: str, iso3: str, registry: Registry | None) -> str | None:
    """The usual English name of the generic body `written` (data words) of state `iso3`: the country's
    name first when the registry names that state's bodies so more often than after "of" ("United States
    Census Bureau"); else the data's form, "of" written with "the" as the registry writes it for that
    state ("... of the Philippines")."""
    usual, form = _usual_names()[written]
    state = country_name(iso3)
    if not state or state == iso3:
        return None
    first, of, of_the = _registry_forms(registry).get(iso3, (0, 0, 0)) if registry is not None else (0, 0, 0)
    if first > of + of_the:
        return f"{state} {usual}"
    if form == "adjective":
        # the state's own adjective for its bodies ("Philippine"), spelled out for an abbreviation ("UK":
        # "British Armed Forces")
        adjective = country_adjective(iso3, state=True)
        if adjective is None or adjective.isupper():
            adjective = country_adjective(iso3)
        if adjective is not None:
            return f"{adjective} {usual}"
    return f"{usual} of the {state}" if of_the > of else f"{usual} of {state}"


def qualify_generic_bodies(b: ActorBuilder) -> None:
    """Name each generic state body of the data after its clear state (see the module); it joins the
    article's row already so named when there is one."""
    cands = [a for a in b.actors.values() if a.actor_type == "organization" and a.registry_id is None
             and a.country_iso3 and generic_body_words(a.name, a.country_iso3)]
    if not cands:
        return
    clear: str | None = None
    found = evidenced_countries(b)
    if len(found) == 1:
        clear = next(iter(found))
    elif not found and b.home is not None:
        clear = b.home()
    gone: dict[str, str] = {}
    for actor in sorted(cands, key=lambda a: int(a.key[1:])):
        written = generic_body_words(actor.name, actor.country_iso3)
        if actor.country_basis in GUESSED_BASES and actor.country_iso3 != clear:
            continue  # the country is the story's guess, and the story is not clearly of that state
        name = usual_body_name(written, actor.country_iso3, b.registry)
        if name is None:
            continue
        same = [a for a in b.actors.values() if a.key != actor.key and a.key not in gone
                and a.actor_type == "organization" and a.name.lower() == name.lower()]
        if len(same) == 1:
            gone[actor.key] = same[0].key
            continue
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name = name
    merge_into(b, gone)


def registered_names_missing_plural(b: ActorBuilder) -> None:
    """"the US Marine Corp": an organisation name of several words, unregistered, that is a registered
    body's name or alias but for the plural "s" its last word lacks ("Corps") is that body, misspelt: it
    takes the registered name (the written one stays an alias), or joins the article's row of the body. A
    body of another country than the row's own, or an outlet, is not it. Several words only: one word
    ("Houthi") is the model's singular of a movement, read by the variant names when the article also
    names it in full."""
    if b.registry is None:
        return
    gone: dict[str, str] = {}
    for actor in list(b.actors.values()):
        words = actor.name.split()
        if actor.actor_type != "organization" or actor.registry_id is not None or len(words) < 2 \
                or words[-1].endswith("s") or not words[-1][:1].isupper():
            continue
        reg = b.registry.lookup(actor.name + "s", "organization")
        if reg is None or actor.country_iso3 not in (None, reg.country_iso3) or is_outlet(reg.name):
            continue
        same = next((a for a in b.actors.values() if a.registry_id == reg.actor_id), None)
        if same is not None:
            gone[actor.key] = same.key
            if actor.name not in same.aliases:
                same.aliases.append(actor.name)
            continue
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name, actor.registry_id, actor.wikidata_id = reg.name, reg.actor_id, reg.wikidata_id
        if reg.country_iso3:
            actor.country_iso3, actor.country_basis = reg.country_iso3, "registry"
    merge_into(b, gone)
