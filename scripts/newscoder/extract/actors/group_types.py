"""Names of several people typed as one organisation: "Ruritanians", "Labour Senators", "Protesters"."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.word_lists import csv_column
from newscoder.resolve.actors import is_national_generic_group

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

# words of a body's own name: "Friends of the Earth", "Doctors for Peace", "the Rolling Stones"
_NAME_LINKS = frozenset({"of", "for", "without", "against", "the", "The", "and", "&"})


def people_plurals_as_groups(b: ActorBuilder) -> None:
    """An unregistered "organisation" whose name ends in a plural noun for people, with no linking word
    that makes it a body's own name ("Doctors Without Borders"), is a set of people, a group: a plural
    demonym ("Ruritanians", data/demonyms.csv), the plural of a title ("Republican Senators") or a group
    noun ("Protesters", data/group_nouns.csv). A lower-case word marks a body's own name too ("Committee
    to Protect Journalists").

    A nationality and the lower-case plural of a title ("Kelbian prosecutors", "US judges") are that
    state's office holders of one story, a group (one row per article: `is_national_generic_group`), not
    a body: a body's own name is capitalised ("Crown Prosecution Service")."""
    for actor in b.actors.values():
        words = actor.name.split()
        if actor.actor_type != "organization" or actor.registry_id is not None or not words:
            continue
        if _national_title_plural(actor.name):
            actor.actor_type = "group"
            continue
        if any(w in _NAME_LINKS or w[:1].islower() for w in words):
            continue
        if is_people_plural(words[-1]) and (len(words) > 1 or words[-1].lower() in _plural_demonyms()
                                             or words[-1].lower() in csv_column("group_nouns.csv", "noun")):
            # (a lone title plural, "Representatives", is a cut name or a word, not people: left as it is)
            actor.actor_type = "group"


def _national_title_plural(name: str) -> bool:
    """"Kelbian prosecutors": a nationality, then common words ending in a lower-case title's plural."""
    last = name.split()[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss") \
        and roles.is_title_word(last[:-1]) and is_national_generic_group(name)


def is_people_plural(word: str) -> bool:
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    if low in _plural_demonyms() or low in csv_column("group_nouns.csv", "noun"):
        return True
    return roles.is_title_word(low[:-1]) and low[:-1] not in _BODY_TITLES


# title words that are also the names of bodies' members taken as a body ("Chiefs", "Heads")
_BODY_TITLES = frozenset({"chief", "head", "general", "judge"})


@functools.cache
def _plural_demonyms() -> frozenset[str]:
    return frozenset(r["plural"].lower() for r in lexicons.rows("demonyms") if r["plural"])
