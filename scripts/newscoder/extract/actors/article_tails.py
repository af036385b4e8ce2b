"""Names the article itself writes in full (round 113).

- `bracketed_country_names`: "the Supreme Court of Justice (Kelbisches Obergericht) of Kelbia": a name in
  the article's other language in brackets cuts the model's span before "of <Country>", and a generic name
  ("Supreme Court of Justice", every word an English common word) is left without the country that makes it
  one body. The written country (the actor's own) is put back: "Supreme Court of Justice of Kelbia". An
  acronym in brackets ("the Disaster Council (DC) of Kelbia") ends the name it stands for, and is left.
- `same_article_tails`: "the Asian Court of Arbitration ... the Court of Arbitration": an organisation named
  by the last words of exactly one other organisation's name in the same article (two words or more, not
  the object of a linking word of that name, not a registered body of its own, no other country) is that
  organisation: one row under the longer name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscoder.extract.actors.common_words import english_words
from newscoder.extract.actors.short_names import merge_into
from newscoder.extract.doctext import doc_text
from newscoder.resolve.countries import is_region, iso3_for_demonym, iso3_for_name
from newscoder.resolve.registry import normalize_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder

# words that link a name's head to what it is of or for: a tail after one is the name's object, not the body
_LINKS = frozenset({"of", "for", "and", "the", "in", "on", "to", "at", "against", "de", "du", "des", "la", "le",
                    "del", "della", "di", "da", "do", "dos", "das", "van", "von", "y", "et", "&"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]+")


def _common(word: str) -> bool:
    low, words = word.lower(), english_words("noun", "verb", "adj", "adv")
    return low in words or low.endswith("s") and (low[:-1] in words or low.endswith("es") and low[:-2] in words)


def _generic(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in _LINKS for w in words) \
        and all(_common(w) or w.lower() in _LINKS for w in words)


def bracketed_country_names(b: ActorBuilder, doc: Doc) -> None:
    """A generic organisation name the text writes as "<name> (<other name>) of <its country>": named with
    that country (see the module)."""
    cands = [a for a in b.actors.values() if a.actor_type == "organization" and a.registry_id is None
             and a.country_iso3 and " (" not in a.name and _generic(a.name)]
    if not cands:
        return
    text = doc_text(doc)  # speed: spaCy joins every token on each `doc.text`
    for a in cands:
        pattern = rf"\b{re.escape(a.name)} \(([^()]*)\) of ((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
        for m in re.finditer(pattern, text):
            before = text[: m.start()].rstrip().rsplit(None, 1)
            if before and before[-1][:1].isupper() and before[-1] != "The" and text[m.start() - 1 : m.start()] == " ":
                continue  # "Court of X (...)" inside "Supreme Court of X (...)": a longer body's name
            if _ACRONYM.fullmatch(m.group(1).strip()) \
                    or iso3_for_name(m.group(2).removeprefix("the ")) != a.country_iso3:
                continue
            # the cut name is no alias: it would read as the tail of a longer name ("Court of Justice")
            a.aliases = [x for x in a.aliases if x != a.name]
            a.name = f"{a.name} of {m.group(2)}"
            break


def same_article_tails(b: ActorBuilder) -> None:
    """An organisation named by the last words of exactly one other organisation's name of the article is that
    organisation (see the module)."""
    orgs = [a for a in b.actors.values() if a.actor_type == "organization"]
    if len(orgs) < 2:
        return
    tails: dict[str, set[str]] = {}  # tail -> keys of the organisations whose names end in it
    for a in orgs:
        for name in {normalize_name(n) for n in (a.name, *a.aliases)}:
            words = name.split()
            for k in range(2, len(words)):
                if words[-k] not in _LINKS and words[-k - 1] not in _LINKS:
                    tails.setdefault(" ".join(words[-k:]), set()).add(a.key)
    gone: dict[str, str] = {}
    for a in orgs:
        key = normalize_name(a.name)
        owners = tails.get(key, set()) - {a.key}
        if a.registry_id is not None or len(owners) != 1 or a.key in gone.values():
            continue
        owner = b.by_key(next(iter(owners)))
        if owner.key in gone or a.country_iso3 and owner.country_iso3 not in (None, a.country_iso3):
            continue
        if b.registry is not None and b.registry.lookup(a.name, "organization") is not None:
            continue  # registered as a body of its own
        if iso3_for_name(a.name) or iso3_for_demonym(a.name) or is_region(a.name):
            continue
        gone[a.key] = owner.key
        for name in (a.name, *a.aliases):
            if name != owner.name and name not in owner.aliases:
                owner.aliases.append(name)
        if owner.country_iso3 is None and a.country_iso3:
            owner.country_iso3, owner.country_basis = a.country_iso3, a.country_basis
    merge_into(b, gone)
