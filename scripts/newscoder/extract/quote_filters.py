"""Quoted passages that are no speech: scare quotes, titles of works, headlines, terms and named texts.

A passage of a word or two, a Capitalised Title, a short phrase without a verb and without a cue, or a
quotation right after a noun that names a text ('the slogan "Roads First"') is quoted, but nobody says it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from newscoder.extract.attribution import reporting_lexicon
from newscoder.extract.doctext import doc_tokens

if TYPE_CHECKING:
    from newscoder.extract.quote_context import QuoteContext
    from newscoder.extract.quote_marks import QuoteSegment

MIN_WORDS = 3  # fewer quoted words with no cue are scare quotes or titles, not speech
MAX_TITLE_LENGTH = 8  # words: a longer title-cased passage is more likely a shouted statement


def too_short(inner: str) -> bool:
    """Scare quotes and titles: a word or two, or a Capitalised Title, not a sentence of speech."""
    words = inner.split()
    if not words:
        return True
    if inner.rstrip(" ,").endswith((".", "!", "?")) and len(words) > 1:
        return False
    if len(words) < MIN_WORDS:
        return True
    return title_case(inner)


def is_term(ctx: QuoteContext, seg: QuoteSegment, inner: str) -> bool:
    """A quoted phrase without a verb that is not a sentence of its own, and no cue near it: a scare-quoted
    term, a slogan, a label ('the "liquidating trust"', 'the cause of death was "blunt trauma."')."""
    if inner[:1].isupper() and inner.rstrip("'\"\u2019\u201d ").endswith((".", "!", "?")):
        return False  # a sentence of its own: '"Justice for the miners."'
    tokens = doc_tokens(ctx.doc)[ctx.token_at(seg.start) : ctx.token_at(seg.end)]
    return not any(t.pos_ in ("VERB", "AUX") for t in tokens)


def is_named_thing(ctx: QuoteContext, seg: QuoteSegment) -> bool:
    """A quotation right after a noun that names a text ('the question, "Do you own a boat?"', 'the
    slogan "Roads First"', rows with pos "label" in the cue lexicon): it is quoted, nobody says it here."""
    tokens = doc_tokens(ctx.doc)
    k = ctx.token_at(seg.outer_start) - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].text == ","):
        k -= 1
    if k < 0 or tokens[k].tag_ != "NN" or (tokens[k].lemma_.lower(), "label") not in reporting_lexicon():
        return False
    # one named text: "the question", "a slogan" (not "50 questions, "must be ..."")
    return any(c.dep_ == "det" for c in tokens[k].children)


def is_work_title(inner: str) -> bool:
    """A short title-cased passage (a show, a book, a headline), even with a full stop inside the marks."""
    words = inner.split()
    content = [w for w in words if len(w) > 3 and w.lower().strip(",:;.!?") not in STOP_WORDS]
    return len(words) <= MAX_TITLE_LENGTH and len(content) >= 2 and title_case(inner.rstrip(".,!? "))


def title_case(inner: str) -> bool:
    """A headline or work title: every word that is not a function word ("from", "with", "part") is
    capitalised."""
    words = re.sub("[\"'\u201c\u201d\u2018\u2019]", "", inner).split()
    content = [w for w in words if len(w) > 3 and w.lower().strip(",:;") not in STOP_WORDS]
    return bool(content) and all(w[:1].isupper() for w in content) and not inner.isupper()


NAMING_PARTICIPLES = {"called", "named", "titled", "entitled", "dubbed"}
# prepositions that leave a capitalised quotation standing as a noun: 'a member of "Keep Going"'
NAME_PREPOSITIONS = {"of", "for", "from", "with", "at", "by", "to", "in", "on", "behind"}


def is_quoted_name(ctx: QuoteContext, seg: QuoteSegment, inner: str) -> bool:
    """A short capitalised quotation standing where a noun stands: the name of a charity, a campaign or a
    work ('Ann Lee of "Keep Going", a support group, said', 'a charity called "Bring them home"', 'runs
    "Feed every child", a meals campaign'). Nobody says it; the sentence only names it."""
    words = inner.split()
    if not words or not inner[:1].isupper() or len(words) > MAX_TITLE_LENGTH:
        return False
    if inner.rstrip("'\"\u2019\u201d ").endswith((".", "!", "?", ",", ":", ";")):
        return False  # punctuated as speech: '"Stop the war!" they chanted'
    tokens = doc_tokens(ctx.doc)
    first = ctx.token_at(seg.outer_start)
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.sent == tokens[first].sent:
        if before.lower_ in NAME_PREPOSITIONS and before.pos_ == "ADP":
            return True
        if before.lower_ in NAMING_PARTICIPLES and before.tag_ == "VBN":
            return True
    # an apposition right after it says what the name is: '"Feed every child", a school meals campaign,'
    last = ctx.token_at(seg.outer_end)
    after = tokens[last : last + 8]
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("a", "an"):
        head = after[1].head
        return head.dep_ == "appos" and head.pos_ == "NOUN"
    return False
