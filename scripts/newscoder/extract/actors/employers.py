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
from newscoder.extract.roles import is_title_word

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

# body ... person: "OIC head ", " (OIC) head " (the body's possessive: `_POSSESSIVE`)
_BETWEEN_BEFORE = re.compile(r"^\s*(?:\([A-Z][\w.\-]{0,11}\)\s*)?(?:[a-z][\w\-]*\s+){1,3}$")
# the body's possessive alone, or before up to three job words ("'s ", "' ", "'s chief spokesman "), the last
# word perhaps a title set off by a comma ("the Acme Foundation's director, X")
_POSSESSIVE = re.compile(r"^['’]s?\s+(?:(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*)(,?)\s+)?$")
# person ... body: " of the ", ", of ", ", a researcher at the ", ", director of the "
_BETWEEN_AFTER = re.compile(r"^,?\s+(?:(?:an?|the)\s+(?:[a-z][\w\-]*\s+){1,3})?(?:of|at|from)\s+(?:the\s+)?$")
_GAP = 45


def _job_words(between: str) -> bool:
    """The words between a body and a person's name are a job ("head", "chief spokesman"), not a clause
    or a phrase of another kind ("in the", "which has been"): no stop word among them."""
    return not any(w.strip("()'’") in STOP_WORDS for w in between.split() if w[:1].islower())


def _possessive_before(text: str, body_end: int, between: str) -> bool:
    """`between` (the text from a body's name to a person's) is the body's possessive, with job words or
    a title after it: "'s " ("NASA's X"), "' " after a name ending in "s" ("Acme News' X"), "'s chief
    spokesman ", "'s director, " (a comma only after a title word)."""
    found = _POSSESSIVE.match(between)
    if found is None or not _job_words(between):
        return False
    if between[1:2] != "s" and text[body_end - 1 : body_end] != "s":
        return False  # a bare apostrophe after another letter closes a quotation
    return not found.group(2) or is_title_word(found.group(1))


def _modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """The name is a modifier of a noun after it ("NASA's James Webb space telescope"): the possessive is
    the thing's, not the person's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    last = span[-1]
    return last.dep_ == "compound" and last.head.i >= span.end


def possessive_members(b: ActorBuilder, doc: Doc, bodies: set[str]) -> dict[str, str]:
    """People named right after the possessive of one of `bodies` (actor keys), in one sentence ("the
    Acme Institute's X", "Acme News' reporter X"): person key -> body key, the nearest body first."""
    if not bodies:
        return {}
    text = doc_text(doc)
    spots = [m for m in b.mentions if m.actor_key in bodies and m.mention_kind == "name"]
    found: dict[str, str] = {}
    for m in b.mentions:
        if m.mention_kind != "name" or m.actor_key in bodies or m.actor_key in found \
                or b.by_key(m.actor_key).actor_type != "person":
            continue
        for s in spots:
            if s.sentence_index == m.sentence_index and 0 <= m.char_start - s.char_end <= _GAP \
                    and _possessive_before(text, s.char_end, text[s.char_end:m.char_start]) \
                    and not _modifies_noun(doc, m.char_start, m.char_end):
                found[m.actor_key] = s.actor_key
                break
    return found


def members_of(b: ActorBuilder, doc: Doc, bodies: set[str], owned: set[str] | None = None) -> set[str]:
    """Keys of the people named, in one sentence, as members of one of `bodies` (actor keys). Of the bodies
    in `owned` only the body's possessive ("Acme Foundation's director X") or "of"/"at" after the name
    count: bare words between a body and a name may be a verb ("Acme News reported X")."""
    owned = (owned or set()) - bodies
    bodies = bodies | owned
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
            between = text[s.char_end:m.char_start]
            if 0 <= m.char_start - s.char_end <= _GAP \
                    and (_possessive_before(text, s.char_end, between) or s.actor_key not in owned
                         and _BETWEEN_BEFORE.match(between) and _job_words(between) and between[:1] not in "'’") \
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
