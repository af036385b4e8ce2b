"""People named as members of a body: "OIC head X", "UCL astronomer X", "X of the Rowan Institute",
"X, a researcher at Lund University".

Only the words between the two names count: a body right before a person's name with at most three
lower-case words between (its head, a job word; an acronym in brackets), or right after it with "of",
"at" or "from" (after a comma and an indefinite job phrase). A body merely named in the same sentence
("X described Day to the BBC", "NASA mourned X") says nothing of where the person works.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from newscoder.extract.doctext import doc_text

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

# body ... person: "OIC head ", "'s chief spokesman ", " (OIC) head ", "'s "
# ("NASA's X", "the WHO's X": a body's possessive before a person's name is the person's employer)
_BETWEEN_BEFORE = re.compile(r"^(?:['’]s\s+|\s*(?:\([A-Z][\w.\-]{0,11}\)\s*)?(?:[a-z][\w\-]*\s+){1,3}|['’]s\s+"
                             r"(?:[a-z][\w\-]*\s+){1,3})$")
# person ... body: " of the ", ", of ", ", a researcher at the ", ", director of the "
_BETWEEN_AFTER = re.compile(r"^,?\s+(?:(?:an?|the)\s+(?:[a-z][\w\-]*\s+){1,3})?(?:of|at|from)\s+(?:the\s+)?$")
_GAP = 45


def _job_words(between: str) -> bool:
    """The words between a body and a person's name are a job ("head", "chief spokesman"), not a clause
    or a phrase of another kind ("in the", "which has been"): no stop word among them."""
    return not any(w.strip("()'’") in STOP_WORDS for w in between.split() if w[:1].islower())


def members_of(b: ActorBuilder, doc: Doc, bodies: set[str]) -> set[str]:
    """Keys of the people named, in one sentence, as members of one of `bodies` (actor keys)."""
    if not bodies:
        return set()
    text = doc_text(doc)
    spots = [m for m in b.mentions if m.actor_key in bodies and m.mention_kind == "name"]
    found: set[str] = set()
    for m in b.mentions:
        if m.mention_kind != "name" or m.actor_key in bodies or b.by_key(m.actor_key).actor_type != "person":
            continue
        for s in spots:
            if s.sentence_index != m.sentence_index:
                continue
            if 0 <= m.char_start - s.char_end <= _GAP and _BETWEEN_BEFORE.match(text[s.char_end:m.char_start]) \
                    and _job_words(text[s.char_end:m.char_start]) \
                    or 0 <= s.char_start - m.char_end <= _GAP \
                    and _BETWEEN_AFTER.match(text[m.char_end:s.char_start]):
                found.add(m.actor_key)
                break
    return found


# "Secretary of Transportation", "Minister of Health", "Health Minister", "Transport Secretary": an office
# named by its portfolio (group 1 or 2), and the body that holds one ("Department of Transportation")
# (each form its own pattern: one match must not hide the other, "States Department of Transportation")
_OFFICE = (re.compile(r"\b(?:Secretary|Minister) (?:of|for) (?:the )?([A-Z][a-z]+)\b"),
           re.compile(r"\b([A-Z][a-z]+) (?:Secretary|Minister)\b"))
_DEPARTMENT = (re.compile(r"\b(?:Department|Ministry|Secretariat) (?:of|for) (?:the )?([A-Z][a-z]+)\b"),
               re.compile(r"\b([A-Z][a-z]+) (?:Department|Ministry)\b"))


def countries_of_office_departments(b: ActorBuilder) -> None:
    """"Elaine Chao, the Secretary of Transportation" in a story that names "the United States Department
    of Transportation": an office holder of no known country whose title names a portfolio takes the
    country of the department or ministry of that portfolio the article names, when every such body is of
    one and the same country (basis `base`). Two countries' ministries of the portfolio give nothing."""
    portfolios: dict[str, set[str | None]] = {}
    for a in b.actors.values():
        if a.actor_type == "organization":
            for m in (m for pattern in _DEPARTMENT for m in pattern.finditer(a.name)):
                portfolios.setdefault(m.group(1).lower(), set()).add(a.country_iso3)
    if not portfolios:
        return
    for a in b.actors.values():
        if a.actor_type != "person" or a.country_iso3 or a.registry_id is not None or not a.role \
                or a.key in b.stateless:
            continue
        found = {c for pattern in _OFFICE for m in pattern.finditer(a.role)
                 for c in portfolios.get(m.group(1).lower(), ())}
        if len(found) == 1 and (iso3 := found.pop()) is not None:
            a.country_iso3, a.country_basis = iso3, "base"
