"""Links from an actor to the place or body that gives its country, read by `affiliation`: the body a
person's rank follows ("Police Senior Superintendent X"), a country past a bracketed gloss ("the Supreme
Court (X) of Austria"), the university a school is part of, the place a party governs, and titles only one
state's office holder bears."""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder import lexicons
from newscoder.extract.actors.body_names import region
from newscoder.extract.actors.groups import state_body_name
from newscoder.extract.actors.word_lists import bodies_by_last_word, org_heads, written_body
from newscoder.extract.doctext import doc_tokens
from newscoder.extract.roles import head_title, is_title_word
from newscoder.records import LocalActor
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

# ranks of police and armed forces written before a name with their body ("Ruritania Police Senior
# Superintendent X"), which the title list leaves out as too common on their own
RANK_WORDS = frozenset({"Senior", "Superintendent", "Inspector", "Constable", "Detective", "Sergeant", "Assistant"})
# head words of a body that is part of a university, college or hospital ("School of X at Y University")
_PART_HEADS = frozenset({"School", "Faculty", "Department", "Institute", "College", "Laboratory", "Center", "Centre",
                         "Division", "Unit", "Program", "Programme"})


def actor_at(b: ActorBuilder, tok: Token) -> LocalActor | None:
    for m in b.mentions:
        if m.char_start <= tok.idx < m.char_end:
            return b.by_key(m.actor_key)
    return None


def bare_body_before(b: ActorBuilder, doc: Doc, start: int) -> str | None:
    """"Police Senior Superintendent X", "Army Colonel X": a national body's common noun opening the titles
    before a name is that body of the story: one named "<country adjective> police" already, else the article's
    own country (its dateline's, or the one its lead names), as for "the police" named bare."""
    toks = doc_tokens(doc)
    i = start - 1
    while i >= 0 and start - i <= 4 and (is_title_word(toks[i].text) or toks[i].text in RANK_WORDS):
        i -= 1
    if i == start - 1 or i < 0 or toks[i].pos_ not in ("NOUN", "PROPN") or not toks[i].text.istitle():
        return None
    if i > 0 and toks[i - 1].text[:1].isupper() and not toks[i - 1].is_sent_start:
        return None  # "Ruritania Police ...": a longer name, read by `_body_before`
    body = written_body(toks[i].lower_)
    found = {a.country_iso3 for a in b.actors.values()
             if a.actor_type == "organization" and a.country_iso3
             and a.name.lower() == state_body_name(body, a.country_iso3).lower()}
    if found:
        return found.pop() if len(found) == 1 else None
    if [toks[i].lower_] in ([w for w in words] for words, _ in bodies_by_last_word().get(toks[i].lower_, [])):
        return b.home()  # the story's police: the dateline's or the lead's one country, as for "the police"
    return None


def of_country_past_parenthesis(doc: Doc, span) -> str | None:
    """"the Supreme Court (Oberster Gerichtshof) of Austria": a body's name, or the gloss in brackets after
    it, followed past the brackets by "of" and a country. The country ends the name the gloss interrupts."""
    toks = doc_tokens(doc)
    j = span.end
    while j < len(doc) and toks[j].is_space:
        j += 1
    if j < len(doc) and toks[j].text == ")" and span.start > 0 and toks[span.start - 1].text == "(":
        j += 1  # the gloss itself
    elif j < len(doc) and toks[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 10, len(doc))) if toks[k].text == ")"), None)
        if close is None:
            return None
        j = close + 1
    else:
        return None
    if j + 1 >= len(doc) or toks[j].lower_ != "of":
        return None
    obj = toks[j + 2] if toks[j + 1].lower_ == "the" and j + 2 < len(doc) else toks[j + 1]
    if obj.ent_type_ != "GPE" or obj.ent_iob_ != "B":
        return None
    last = obj.i
    while last + 1 < len(doc) and toks[last + 1].ent_iob_ == "I":
        last += 1
    return country_of(doc[obj.i : last + 1].text, capitals=False)


def whole_after(b: ActorBuilder, doc: Doc, actor: LocalActor, end: int) -> str | None:
    """"the Marine School at the University of Miami", "the Department of X of Boston University": a
    school, institute or department "at" or "of" a university, college or hospital is where that one is.
    The words between may be the rest of a cut name ("... of Marine and Atmospheric Science at ...")."""
    if not _PART_HEADS.intersection(actor.name.split()):
        return None
    toks = doc_tokens(doc)
    for j in range(end, min(end + 7, len(doc) - 1)):
        tok = toks[j]
        if tok.lower_ in ("at", "of"):
            obj = toks[j + 2] if toks[j + 1].lower_ == "the" and j + 2 < len(doc) else toks[j + 1]
            whole = actor_at(b, obj)
            if whole is not None and whole.key != actor.key and whole.actor_type == "organization" \
                    and whole.country_iso3 and kind_of(whole.name) in ("education", "venue"):
                return whole.country_iso3
        elif not (tok.text[:1].isupper() or tok.lower_ in ("and", "&")):
            return None
    return None


def governed_place(root: Token, named: Counter[str] | None) -> str | None:
    """"the X Party, which governs Delhi", "the Y Front, which rules Lagos State": a body governing a place
    in a relative clause is a party or government of that place's country."""
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ in ("govern", "rule")):
        for obj in (c for c in clause.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "ORG", "LOC")):
            words = [t for t in obj.subtree if t.dep_ in ("compound", "flat") or t.i == obj.i]
            text = obj.doc[words[0].i : obj.i + 1].text
            for piece in (text, text.rsplit(" ", 1)[0]):  # "Lagos State" -> "Lagos"
                if iso3 := country_of(piece, cities=True) or region(piece, named):
                    return iso3
    return None


def kind_of(name: str) -> str | None:
    kinds = [k for w in name.split() if (k := org_heads().get(w[:1].upper() + w[1:]))]
    return kinds[-1] if kinds else None


@functools.cache
def _state_titles() -> dict[str, str]:
    """Titles only one state's office holder bears ("pope" -> VAT), from data/state_titles.csv."""
    return {r["title"].strip().lower(): r["iso3"].strip() for r in lexicons.rows("state_titles")}


def countries_from_state_titles(b: ActorBuilder) -> None:
    """"Pope Francis": a person whose title exists in one state only takes that state (`title`)."""
    for actor in b.actors.values():
        if actor.actor_type == "person" and not actor.country_iso3 and actor.role:
            found = head_title(actor.role.split())
            if found is not None:
                iso3 = _state_titles().get(found[0])
                if iso3:
                    actor.country_iso3, actor.country_basis = iso3, "title"
