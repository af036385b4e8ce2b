"""An aide takes the country of the person whose aide the role says it is.

"one of President Zelensky's aides", "Governor Kaur's spokeswoman", "an adviser to Prime Minister Lind":
a person's aide, adviser, spokesperson or chief of staff serves that person's state. When the role names
(by surname) another person of the article whose country rests on evidence of its own (registry, name,
title, nationality, base, office), the aide takes that country, basis `base` (a stated affiliation).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscoder.extract.actors.affiliation import set_country
from newscoder.extract.actors.body_context import OWN_EVIDENCE

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

_AIDE = r"(?:aides?|advis[eo]rs?|envoys?|emissar(?:y|ies)|" \
        r"spokes(?:man|men|woman|women|person|persons|people)|assistants?|chiefs? of staff" \
        r"|press secretar(?:y|ies))"
# "Zelensky's aides", "Kaur's former spokeswoman" / "aide to the President, Zelensky", "spokesman for Kaur"
_OWNER_BEFORE = re.compile(r"([A-Z][\w\-]+)['’]s?\s+(?:\w+\s+){0,2}" + _AIDE + r"\b")
_OWNER_AFTER = re.compile(r"\b" + _AIDE + r"\s+(?:to|of|for)\s+(.+)$")
_PLACED = OWN_EVIDENCE | {"office"}


def countries_of_aides(b: ActorBuilder) -> None:
    """Give a person still without a country the country of the person the role says he or she serves."""
    people: dict[str, list] = {}
    for a in b.actors.values():
        if a.actor_type == "person" and a.country_iso3 and a.country_basis in _PLACED:
            people.setdefault(a.name.split()[-1], []).append(a)
    if not people:
        return
    for actor in b.actors.values():
        if actor.actor_type != "person" or actor.country_iso3 or not actor.role or actor.key in b.stateless:
            continue
        words: list[str] = []
        if m := _OWNER_BEFORE.search(actor.role):
            words = [m.group(1)]
        elif m := _OWNER_AFTER.search(actor.role):
            words = [w.strip(",.") for w in m.group(1).split()]
        found = {p.country_iso3 for w in words for p in people.get(w, ()) if p.key != actor.key}
        if len(found) == 1:
            set_country(actor, found.pop(), "base")
