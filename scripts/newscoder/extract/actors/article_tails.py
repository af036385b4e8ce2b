"""A generic body's name the article writes in full past a bracket (round 113).

- `bracketed_country_names`: "the Supreme Court of Justice (Kelbisches Obergericht) of Kelbia": a name in
  the article's other language in brackets cuts the model's span before "of <Country>", and a generic name
  ("Supreme Court of Justice", every word an English common word) is left without the country that makes it
  one body. The written country (the actor's own) is put back: "Supreme Court of Justice of Kelbia". An
  acronym in brackets ("the Disaster Council (DC) of Kelbia") ends the name it stands for, and is left. A
  bare state body ("Federal Court of Appeal", `bare_bodies.is_bare_body`) is left to `name_bare_bodies`,
  which names it after its state ("Kelbian Federal Court of Appeal").
  Run before `short_names.full_institution_names`, which joins a body's shortened name ("the Court of
  Justice") to the article's one longer name ending in it: with the country back, the cut "Supreme Court of
  Justice" no longer ends in it, and the shortened name finds its one body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscoder.extract.actors.bare_bodies import is_bare_body
from newscoder.extract.actors.common_words import english_words
from newscoder.extract.doctext import doc_text
from newscoder.resolve.countries import iso3_for_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder

# small linking words a generic name holds beside its common words ("Court of Justice")
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
             and a.country_iso3 and " (" not in a.name and _generic(a.name) and not is_bare_body(a.name)]
    if not cands:
        return
    text = doc_text(doc)  # speed: spaCy joins every token on each `doc.text`
    for a in cands:
        if f"{a.name} (" not in text:
            continue  # speed: the pattern below needs this; each name would compile a pattern of its own
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

