"""Evidence against the model's PERSON label (round 31).

- A class noun of organisations (data/body_class_nouns.csv, kind class) bound to the name: written right
  before it and governing it ("the dance troupe X", "the party X's time in office") or in apposition with
  it, set off by a comma ("X, the space agency, said"); or a noun of something only a body has (kind part)
  right after the name it modifies, anywhere in the article ("X founder Ana Ray", "X shareholders"): the
  name is an organisation's. Never when the name opens with a known given name ("Ana Ray, a party
  member"): a person described by their body.
- The name of the Moon, the Sun or a planet (data/astronomical_bodies.csv) is no actor, unless a longer
  person's name of the article ends with it (a surname "Mars").
- A one-word name the model calls a person in a sentence of another language (a quoted tweet in Spanish) is
  usually a capitalised word of that language ("Nuestras"): the sentence is foreign when its words are
  mostly stop words of Spanish, French, German, Portuguese or Italian (spaCy's own lists, no model) and
  hardly any of English.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from newscoder import lexicons
from newscoder.extract.actors.entities import _is_first_name
from newscoder.extract.doctext import doc_ents, doc_text, doc_tokens


@functools.cache
def body_class_nouns(kind: str = "class") -> frozenset[str]:
    return frozenset(w.strip().lower() for w in lexicons.words("body_class_nouns", "noun", kind=kind))


@functools.cache
def astronomical_bodies() -> frozenset[str]:
    return frozenset(w.strip() for w in lexicons.column("astronomical_bodies", "word"))


def body_by_class_noun(doc: Doc, start: int, end: int) -> bool:
    """"the troupe X", "X, the space agency": an organisation noun bound to the name."""
    toks = doc_tokens(doc)
    if _is_first_name(toks[start].text):
        return False
    nouns = body_class_nouns()
    root = doc[start:end].root
    head = root.head
    # "X founder Ana Ray", "X shareholders": the name modifies something only a body has
    if root.dep_ == "compound" and head.i == end and head.pos_ == "NOUN" \
            and head.lower_ in body_class_nouns("part"):
        return True
    # apposition set off by a comma next to the name ("the agency, X", "X, the space agency")
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() in nouns and head.i < start \
            and toks[start - 1].text == ",":
        return True
    if end < len(toks) and toks[end].text == "," and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns and c.i > end for c in root.children):
        return True
    if _part_written_after(doc, doc[start:end].text):
        return True
    if start == 0:
        return False
    prev = toks[start - 1]
    bound = start <= prev.head.i < end or root.head.i == prev.i
    return prev.pos_ == "NOUN" and prev.lower_ in nouns and bound


def astronomical_name(doc: Doc, start: int, end: int) -> bool:
    """The name is exactly a celestial body's ("the Moon"), and no longer person's name ends with it."""
    text = doc[start:end].text.removeprefix("the ").removeprefix("The ")
    if text not in astronomical_bodies():
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == text for e in doc_ents(doc))


@functools.cache
def _foreign_stop_words() -> tuple[frozenset[str], frozenset[str]]:
    from spacy.lang.de.stop_words import STOP_WORDS as de
    from spacy.lang.en.stop_words import STOP_WORDS as en
    from spacy.lang.es.stop_words import STOP_WORDS as es
    from spacy.lang.fr.stop_words import STOP_WORDS as fr
    from spacy.lang.it.stop_words import STOP_WORDS as it
    from spacy.lang.pt.stop_words import STOP_WORDS as pt
    english = frozenset(en)
    return english, frozenset((es | fr | de | pt | it) - english)


def foreign_sentence(sent: Span) -> bool:
    """At least six words, at least two in five of them stop words of another language only, and under one
    in five English stop words: a sentence not in English."""
    english, foreign = _foreign_stop_words()
    words = [t.lower_ for t in sent if t.is_alpha]
    if len(words) < 6:
        return False
    n_foreign = sum(w in foreign for w in words)
    n_english = sum(w in english for w in words)
    return n_foreign * 5 >= 2 * len(words) and n_english * 5 < len(words)


def foreign_word(doc: Doc, ent: Span, start: int, end: int) -> bool:
    """A one-word PERSON name (no known given name) in a sentence of another language."""
    return end - start == 1 and not _is_first_name(doc_tokens(doc)[start].text) and foreign_sentence(ent.sent)


def _part_written_after(doc: Doc, name: str) -> bool:
    """Anywhere in the article, the name right before a noun only a body has ("X founder", "X's CEO"):
    the model often tags that occurrence nothing, and the others a person."""
    # speed: the name is found with `str.find` and the noun matched after it by one compiled pattern (a
    # pattern holding the name was compiled on every call)
    text = doc_text(doc)
    after = _part_after()
    at = text.find(name)
    while at != -1:
        if not (at > 0 and _WORD_OR_HYPHEN.match(text[at - 1])) and after.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


@functools.cache
def _part_after() -> re.Pattern:
    parts = "|".join(sorted(re.escape(w) for w in body_class_nouns("part")))
    return re.compile(rf"(?:'s|’s)? (?i:{parts})\b")
