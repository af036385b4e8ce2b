"""A study's co-authors are of the bodies its authors are introduced as coming from.

Science news introduces a study's authors as "scientists from <body> and <body>" and then quotes one
as "co-author X". When every body named in that phrase is of one country (each has a country of its own:
a university of the shipped list, a name holding a country), the co-authors named without a country are
of it too (basis `base`). Bodies of two countries, or a body of no known country among them, say nothing:
a co-author may come from any of them; so does a phrase naming no body the article knows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscoder.extract.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder

# the words that open a group of a study's authors, before "from", "at" or "of"
_AUTHOR_GROUPS = re.compile(r"^(?:scientists|researchers|astronomers|biologists|physicists|chemists)"
                            r" (?:from|at|of) ", re.IGNORECASE)
# "co-author X", "study co-author X", "lead author X": the words right before a co-author's name
_AUTHOR_BEFORE = re.compile(r"\b(?:co-?authors?|(?:lead|senior|first|study) authors?)\s*,?\s*$", re.IGNORECASE)
_BEFORE_CHARS = 30


def countries_of_coauthors(b: ActorBuilder, doc: Doc) -> None:
    """Give co-authors without a country the one country of the bodies the study's authors come from."""
    groups = [a.name for a in b.actors.values() if a.actor_type == "group" and _AUTHOR_GROUPS.match(a.name)]
    if not groups:
        return
    # the bodies and states the group's name holds (its mentions are often the bare noun "scientists")
    countries = {a.country_iso3 for a in b.actors.values() if a.actor_type in ("organization", "state")
                 and any(re.search(rf"\b{re.escape(a.name)}\b", g) for g in groups)}
    if len(countries) != 1 or None in countries:
        return
    iso3 = countries.pop()
    text = doc_text(doc)
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        if m.mention_kind == "name" and actor.actor_type == "person" and actor.country_iso3 is None \
                and actor.registry_id is None and actor.key not in b.stateless \
                and _AUTHOR_BEFORE.search(text[max(m.char_start - _BEFORE_CHARS, 0) : m.char_start]):
            actor.country_iso3, actor.country_basis = iso3, "base"
