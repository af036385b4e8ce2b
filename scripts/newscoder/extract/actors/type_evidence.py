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
- A one-word name with no known given name that the article writes after an indefinite article and a
  hyphenated modifier, with at most three lowercase words between ("a no-deal X", "a long-delayed X."), and
  not before a noun it modifies ("a former X aide" is a person's aide), is the name of a thing or a
  process, not a person ("a blue X" may be a portrait of someone: no evidence).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from newscoder import lexicons
from newscoder.extract.actors.entities import _is_first_name
from newscoder.extract.doctext import char_span, doc_column, doc_ents, doc_text, doc_tokens, range_text, span_root


@functools.cache
def body_class_nouns(kind: str = "class") -> frozenset[str]:
    return frozenset(w.strip().lower() for w in lexicons.words("body_class_nouns", "noun", kind=kind))


@functools.cache
def astronomical_bodies() -> frozenset[str]:
    return frozenset(w.strip() for w in lexicons.column("astronomical_bodies", "word"))


def body_by_class_noun(doc: Doc, start: int, end: int) -> bool:
    """"the troupe X", "X, the space agency": an organisation noun bound to the name."""
    toks = doc_tokens(doc)
    root = span_root(doc, start, end)
    if _apposed_publication(toks, root, start, end) or _post_holder_of(root, start, end):
        return True
    if _is_first_name(toks[start].text):
        return False
    nouns = body_class_nouns()
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


@functools.cache
def _body_posts() -> frozenset[str]:
    """Posts only an organisation has: kind post and part of data/body_class_nouns.csv and the business titles
    of data/titles.csv, but no founder (a person founds a movement named after them, or a rival's)."""
    posts = body_class_nouns("post") | body_class_nouns("part") \
        | {w.lower() for w in lexicons.words("titles", "title", kind="business")}
    return frozenset(p for p in posts if "founder" not in p)


def post_holder_of(doc: Doc, start: int, end: int) -> bool:
    """The name `doc[start:end]` holds a post only an organisation has ("the general manager of X")."""
    return _post_holder_of(span_root(doc, start, end), start, end)


def _post_holder_of(root: Token, start: int, end: int) -> bool:
    """"the general manager of X", "X's chief executive", "the board of X": X has a post only a body has, so
    it is one, even when its first word is a given name. Kin and personal posts ("X's lawyer", "the
    spokesman of X") are not in the list: a person has those."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep":
        post = root.head.head
    elif root.dep_ == "poss" and root.head.i >= end:
        post = root.head
    else:
        return False
    if post.pos_ not in ("NOUN", "PROPN") or start <= post.i < end:
        return False
    if post.text[:1].isupper() and not post.text.isupper():
        return False  # "Chief Executive of Kelby Ana Ray": a capitalised title before a person's name
    words = [c.lower_ for c in post.lefts if c.dep_ in ("amod", "compound") and not start <= c.i < end] \
        + [post.lower_]
    posts = _body_posts()
    return any(" ".join(words[i:]) in posts for i in range(len(words)))


def _apposed_publication(toks: list, root: Token, start: int, end: int) -> bool:
    """"told Aurora, a Kelbian daily", "the weekly magazine, Aurora": a newspaper word (kind publication of
    data/body_class_nouns.csv) in apposition with the name, set off by a comma. No person is "a daily", so this
    holds for a name that is also a given name."""
    papers = body_class_nouns("publication")
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in papers and root.head.i < start \
            and start > 0 and toks[start - 1].text == ",":
        return True
    return end < len(toks) and toks[end].text == "," and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in papers and c.i > end for c in root.children)


def astronomical_name(doc: Doc, start: int, end: int) -> bool:
    """The name is exactly a celestial body's ("the Moon"), and no longer person's name ends with it."""
    text = range_text(doc, start, end).removeprefix("the ").removeprefix("The ")
    if text not in astronomical_bodies():
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == text for e in doc_ents(doc))


def _stop_words(lang: str) -> set[str]:
    """spaCy's `spacy.lang.<lang>.stop_words.STOP_WORDS`, read from that one file (speed: importing it runs the
    language package's `__init__`, and French's compiles its tokenizer exceptions, about 2 s per process)."""
    import importlib.util

    import spacy.lang

    path = Path(spacy.lang.__path__[0]) / lang / "stop_words.py"
    try:
        spec = importlib.util.spec_from_file_location(f"_newscoder_stop_words_{lang}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # the file defines STOP_WORDS and imports nothing
        return set(module.STOP_WORDS)
    except Exception:  # another spaCy layout: the package import, slower but the same words
        return set(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)


@functools.cache
def _foreign_stop_words() -> tuple[frozenset[str], frozenset[str]]:
    de, en, es, fr, it, pt = (_stop_words(lang) for lang in ("de", "en", "es", "fr", "it", "pt"))
    english = frozenset(en)
    return english, frozenset((es | fr | de | pt | it) - english)


def foreign_sentence(sent: Span) -> bool:
    """At least six words, at least two in five of them stop words of another language only, and under one
    in five English stop words: a sentence not in English."""
    english, foreign = _foreign_stop_words()
    # speed: the words' forms read from per-Doc lists, without a Token per word (asked for every one-word name)
    lowers, alpha = doc_column(sent.doc, "lower_"), doc_column(sent.doc, "is_alpha")
    words = [lowers[i] for i in range(sent.start, sent.end) if alpha[i]]
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


def _hyphen_shortly_before(text: str, word: str) -> bool:
    """Is a hyphen written within the three words before some " word" of the text? The pattern of
    `name_with_indefinite_article` accepts a match only when its words between the article and the name
    (at most three, each after one space) hold a hyphenated one."""
    needle = " " + word
    at = text.find(needle)
    while at != -1:
        start = at
        for _ in range(3):
            start = text.rfind(" ", 0, start)
            if start == -1:
                start = 0
                break
        if "-" in text[start:at]:
            return True
        at = text.find(needle, at + 1)
    return False


def name_with_indefinite_article(doc: Doc, start: int, end: int) -> bool:
    """"a no-deal X", "a long-delayed X by May": a one-word name (no known given name) that takes an
    indefinite article somewhere in the article names a thing or a process; a person's name takes none."""
    toks = doc_tokens(doc)
    if end - start != 1 or _is_first_name(toks[start].text):
        return False
    if not _hyphen_shortly_before(doc_text(doc), toks[start].text):
        return False  # speed: no match below could pass (and each name compiles a pattern of its own)
    english, _ = _foreign_stop_words()
    pattern = rf"\b[Aa]n?((?: [\"“”']?[a-z][\w-]*[\"“”']?){{0,3}}) {re.escape(toks[start].text)}(?![\w-])(\W+\w*)?"
    for m in re.finditer(pattern, doc_text(doc)):
        between = [w.strip("\"“”'") for w in m.group(1).split()]
        # "a meeting with X", "a talk by X": a function word between makes X no part of the noun phrase
        if any(w in english and w != "no" for w in between):
            continue
        # a compound modifier tells a kind of a process ("a no-deal X", "a long-delayed X"); a plain adjective
        # may describe a portrait ("a blue X" is a picture of someone), an age a person ("a 40-year-old X")
        if not any("-" in w and not any(c.isdigit() for c in w) for w in between):
            continue
        rest = m.group(2) or ""
        nxt = re.sub(r"^\W+", "", rest)
        # "a former X aide": the name modifies the noun after it; a stop word or punctuation ends the phrase
        if nxt and rest[:1] == " " and nxt.lower() not in english and nxt[:1].islower():
            continue
        # and the parse agrees: the article is the name's own determiner ("for a week X was" is not)
        span = char_span(doc, m.start(2) - len(toks[start].text) if m.group(2) else m.end() - len(toks[start].text),
                             m.start(2) if m.group(2) else m.end())
        if span is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children):
            return True
    return False
