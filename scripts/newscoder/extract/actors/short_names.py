"""Institutions named by their head word alone ("the House", "the Senate", "the Times"): the full name.

The model often tags only the head word of an institution's name on a later mention. Such a one-word
organisation is merged into the article's one longer organisation that this word heads or ends
("House" -> "House of Representatives", "Senate" -> "United States Senate"); a newspaper the article
writes as "The Times" inside a sentence is named so. With no single longer name in the article, the
actor stays as it is (two courts: which one "the Court" is, is not decided by its word). A body's name of
several words ("Court of Justice", "National Police") joins the one longer name it ends ("European Court of
Justice"); a company's ("Steel Company") does not. A longer name is never composed.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from newscoder.extract.actors.word_lists import org_heads
from newscoder.extract.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder


# heads of a government, party, court, police or military body: their shortened names drop a country or
# a qualifier ("National Police", "Coast Guard", "Court of Justice")
_BODY_KINDS = frozenset({"armed", "body", "government", "political"})


# kinds of a last word that only says what a named body is ("Labour Party", "Green Movement")
_NAME_SUFFIX_KINDS = frozenset({"political"})


def _longer_names(b: ActorBuilder, word: str, key: str) -> list:
    """Organisations of the article whose name or an alias ends in the word or starts with "<word> of"."""
    out = []
    for a in b.actors.values():
        if a.key == key or a.actor_type != "organization":
            continue
        if any(_heads(name.split(), word) for name in (a.name, *a.aliases)):
            out.append(a)
    return out


def _heads(words: list[str], word: str) -> bool:
    """Does the word end the name ("United States Senate") or head it ("House of Representatives")?
    A name of several words must end the longer name ("Court of Justice" of "European Court of Justice")."""
    short = word.split()
    n = len(short)
    if len(words) <= n:
        return False
    if words[-n:] == short:
        return not words[-n - 1].endswith(("'s", "’s"))
    if n != 1:
        return False
    if words[0] == word:
        # "House of Representatives"; "Labour" of "Labour Party": the name and its kind of body after it
        return words[1] == "of" or len(words) == 2 and org_heads().get(words[1]) in _NAME_SUFFIX_KINDS
    # "Department" of "California Department of Corrections": a body's head word before its "of" phrase
    return any(w == word and words[i + 1] == "of" for i, w in enumerate(words[1:-1], 1)) \
        and org_heads().get(word) in _BODY_KINDS


def _body_head(words: list[str]) -> str:
    """The head word of a body's name: the last word, or the word before "of" ("Court of Justice")."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def full_institution_names(b: ActorBuilder, doc: Doc) -> None:
    heads = org_heads()
    text = doc_text(doc)
    gone: dict[str, str] = {}
    # longer short names first: "Supreme Court" joins "Supreme Court of the United States", then "Court" has one
    for a in sorted(b.actors.values(), key=lambda x: (-len(x.name.split()), int(x.key[1:]))):
        if a.actor_type != "organization" or a.registry_id is not None or a.key in gone:
            continue
        word = a.name
        if not word[:1].isupper() or word.isupper():
            continue  # acronyms and brand names are full names already
        if " " in word and (word.startswith("The ") or heads.get(_body_head(word.split())) not in _BODY_KINDS):
            continue  # several words: only a body's name ("National Police") shortens a longer one
        longer = [t for t in _longer_names(b, word, a.key) if t.key not in gone]
        if len(longer) == 1 and (word in heads or " " in word or any(
                n.startswith(f"{word} of ") or n.split()[:1] == [word] and len(n.split()) == 2
                for n in (longer[0].name, *longer[0].aliases))):
            target = longer[0]
            gone[a.key] = target.key
            if word not in target.aliases:
                target.aliases.append(word)
            if target.country_iso3 is None and a.country_iso3:
                target.country_iso3, target.country_basis = a.country_iso3, a.country_basis
        elif heads.get(word) == "media" and re.search(rf"[a-z,;:] The {re.escape(word)}\b", text):
            a.name = f"The {word}"  # a newspaper's name holds its article ("The Times", "The Guardian")
    _first_words_of_firms(b, gone)
    merge_into(b, gone)


def _first_words_of_firms(b: ActorBuilder, gone: dict[str, str]) -> None:
    """"Flights by Kestrel Air ... Kestrel said": a one-word "person" with no title that is the first word of
    the article's one organisation name of several capitalised words, and part of no other person's name,
    is that organisation named short (the model reads a lone brand word as a given name or surname)."""
    people = [a for a in b.actors.values() if a.actor_type == "person"]
    for a in people:
        word = a.name
        if " " in word or a.registry_id is not None or a.role or not word[:1].isupper() or a.key in gone:
            continue
        if any(p.key != a.key and word in p.name.split() for p in people):
            continue
        firms = [o for o in b.actors.values() if o.actor_type == "organization" and o.key not in gone
                 and len(words := o.name.split()) >= 2 and words[0] == word
                 and all(w[:1].isupper() for w in words[1:])]
        if len(firms) == 1:
            gone[a.key] = firms[0].key
            if word not in firms[0].aliases:
                firms[0].aliases.append(word)


def merge_into(b: ActorBuilder, gone: dict[str, str]) -> None:
    """Drop the actors keyed in `gone`; their mentions and child actors point at the actor they joined."""
    if not gone:
        return
    b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
    b.mentions = [dataclasses.replace(m, actor_key=gone.get(m.actor_key, m.actor_key)) for m in b.mentions]
    for a in b.actors.values():
        if a.parent_key in gone:
            a.parent_key = gone[a.parent_key]
