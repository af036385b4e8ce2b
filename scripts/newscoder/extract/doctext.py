"""The text and the tokens of a parsed Doc, computed once.

spaCy's `Doc.text` joins every token's text on each access; extractors that read it per token spent a
third of their time there. The text is kept in the Doc's own `user_data`, so it lives and dies with the Doc.

`doc[i]` and `for t in doc` build a new Token object on every access, and the extractors walk each Doc
many times over; `doc_tokens` builds them once. The list is not kept in `user_data`: Tokens refer to their
Doc, which would make a reference cycle. A one-entry cache holding the last Doc does instead (the
extractors of one article run one after another). `Doc.ents` likewise builds new Spans on every access:
`doc_ents` keeps them the same way.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "newscoder_text"


_last_text: tuple[Doc, str] | None = None


def doc_text(doc: Doc) -> str:
    # speed: asked for over a hundred thousand times per 500 articles; the last Doc's text is at hand
    global _last_text
    last = _last_text
    if last is not None and last[0] is doc:
        return last[1]
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    _last_text = (doc, text)
    return text


def adopt_text(doc: Doc, text: str) -> None:
    """Let `doc_text` return `text`, the string the Doc was parsed from, instead of joining the Doc's tokens
    (about a millisecond per article). spaCy's tokenizer keeps every character, so the two are equal; the
    cheap length test below guards against a caller passing some other Doc."""
    if _KEY in doc.user_data:
        return
    if len(doc) == 0:
        if text:
            return
    else:
        last = doc[-1]
        if last.idx + len(last.text_with_ws) != len(text):
            return
    doc.user_data[_KEY] = text


_last: tuple[Doc, list[Token]] | None = None


def doc_tokens(doc: Doc) -> list[Token]:
    """`list(doc)`, shared by every extractor reading this Doc (read-only: do not modify it)."""
    global _last
    last = _last
    if last is not None and last[0] is doc:  # (a parsed Doc's tokens never change: nothing retokenizes)
        return last[1]
    tokens = list(doc)
    _last = (doc, tokens)
    return tokens


_last_ents: tuple[Doc, tuple[Span, ...]] | None = None


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, shared by every extractor reading this Doc (the Doc's entities are never reset after parsing)."""
    global _last_ents
    last = _last_ents
    if last is not None and last[0] is doc:
        return last[1]
    ents = doc.ents
    _last_ents = (doc, ents)
    return ents


_last_sents: tuple[Doc, tuple[Span, ...]] | None = None


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """`tuple(doc.sents)`, shared by every extractor reading this Doc: spaCy walks the whole Doc to find the
    sentence starts on each `doc.sents`, and the boundaries are never changed after parsing."""
    global _last_sents
    last = _last_sents
    if last is not None and last[0] is doc:
        return last[1]
    sents = tuple(doc.sents)
    _last_sents = (doc, sents)
    return sents


def span_text(span: Span) -> str:
    """`span.text` read from the Doc's text: spaCy's joins a new Token per word on every access."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def range_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` without building the Span (and its Tokens)."""
    tokens = doc_tokens(doc)
    if not 0 <= start < end <= len(tokens):
        return doc[start:end].text  # empty, negative or clamped ranges: spaCy's own slicing rules
    last = tokens[end - 1]
    return doc_text(doc)[tokens[start].idx : last.idx + len(last.text)]


_last_pos: tuple[Doc, list[str]] | None = None


def doc_pos(doc: Doc) -> list[str]:
    """`[t.pos_ for t in doc]`, built once per Doc (speed: `tok.pos_` costs about 300 ns a read, a list
    lookup by `tok.i` about 70 ns; the loops over every word of the text read it)."""
    global _last_pos
    last = _last_pos
    if last is not None and last[0] is doc and len(last[1]) == len(doc):
        return last[1]
    from spacy.attrs import POS
    from spacy.parts_of_speech import NAMES

    tags = list(map(NAMES.__getitem__, doc.to_array([POS]).tolist())) if len(doc) else []
    _last_pos = (doc, tags)
    return tags


_last_children: tuple[Doc, dict[int, tuple[Token, ...]]] | None = None


def children_of(tok: Token) -> tuple[Token, ...]:
    """`tuple(tok.children)`, kept for the last Doc (speed: spaCy builds a new Token for every child on each
    `tok.children`, and the rules read the same verbs' children many times over)."""
    global _last_children
    try:
        doc, i = tok.doc, tok.i
    except AttributeError:  # not a Token: whatever its own `children` are
        return tuple(tok.children)
    last = _last_children
    if last is None or last[0] is not doc:
        last = _last_children = (doc, {})
    kids = last[1].get(i)
    if kids is None:
        kids = last[1][i] = tuple(tok.children)
    return kids


_last_columns: tuple[Doc, dict[str, list]] | None = None


def doc_column(doc: Doc, attr: str) -> list:
    """`[getattr(t, attr) for t in doc]` ("lower_", "dep_", "ent_type_", "idx", "text"...), built once per Doc
    and attribute (speed: each `tok.dep_` or `tok.lower_` read goes through spaCy's string store, about
    100-300 ns; the loops over every word of the text read the same attributes over and over; a list
    indexed by `tok.i` costs a fraction). Read-only: do not modify it."""
    global _last_columns
    last = _last_columns
    if last is None or last[0] is not doc:
        last = _last_columns = (doc, {})
    column = last[1].get(attr)
    if column is None:
        column = last[1][attr] = _column(doc, attr)
    return column


# the string attributes `doc_column` reads as one array of string ids: `tok.dep_` is the string store's entry
# for the token's `DEP` id, `tok.text` for its `ORTH` id and so on, so the strings are the same
_STRING_IDS = {"text": "ORTH", "lower_": "LOWER", "lemma_": "LEMMA", "dep_": "DEP", "tag_": "TAG",
               "ent_type_": "ENT_TYPE"}


def _column(doc: Doc, attr: str) -> list:
    name = _STRING_IDS.get(attr)
    if name is None or not len(doc):
        return list(map(attrgetter(attr), doc_tokens(doc)))
    from spacy import attrs

    ids = doc.to_array(getattr(attrs, name)).tolist()
    strings = doc.vocab.strings
    names = {h: strings[h] for h in set(ids)}  # speed: one look-up per distinct word or label
    return list(map(names.__getitem__, ids))


_last_roots: tuple[Doc, dict[tuple[int, int], Token]] | None = None


def span_root(doc: Doc, start: int, end: int) -> Token:
    """`doc[start:end].root`, kept for the last Doc (speed: the entity rules ask for the same names' roots
    many times over, and each `doc[start:end]` builds a Span)."""
    global _last_roots
    last = _last_roots
    if last is None or last[0] is not doc:
        last = _last_roots = (doc, {})
    root = last[1].get((start, end))
    if root is None:
        root = last[1][(start, end)] = doc[start:end].root
    return root


_last_char_spans: tuple[Doc, dict[tuple[int, int, str], Span | None]] | None = None


def char_span(doc: Doc, start: int, end: int, alignment_mode: str = "strict") -> Span | None:
    """`doc.char_span(start, end, alignment_mode=...)`, kept for the last Doc (speed: spaCy looks the tokens
    up and builds a new Span, and Tokens, on each call; the rules ask for the same mentions' spans many
    times over). The same Span is returned for the same arguments: read-only, never relabelled."""
    global _last_char_spans
    last = _last_char_spans
    if last is None or last[0] is not doc:
        last = _last_char_spans = (doc, {})
    key = (start, end, alignment_mode)
    try:
        return last[1][key]
    except KeyError:
        span = last[1][key] = doc.char_span(start, end, alignment_mode=alignment_mode)
        return span


def span_ents(span: Span) -> list[Span]:
    """`span.ents` read from `doc_ents` (spaCy's builds every entity Span of the whole Doc on each call, to
    keep those inside the span): the same loop as spaCy's own."""
    ents = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                ents.append(ent)
            else:
                break
    return ents
