"""The cue of a direct quote: the reporting verb next to the quoted passage in its sentence.

A trailing cue after the closing mark ('"...," Trump told reporters') is looked for first, then a leading
one before the opening mark ('He said: "...'), "According to X, "..."', a colon frame, and a paragraph
ending in a colon before a quotation that opens its own paragraph.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newscoder.extract.attribution import cue_entry, relative_object
from newscoder.extract.doctext import children_of, doc_tokens
from newscoder.extract.quote_content import background_cue
from newscoder.extract.quote_context import Attr
from newscoder.extract.speaker_layout import colon_frame
from newscoder.extract.speaker_phrase import Speaker
from newscoder.extract.speakers import cue_speaker, own_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newscoder.extract.quote_context import QuoteContext
    from newscoder.extract.quote_marks import QuoteSegment

MAX_SUBJECT_GAP = 10  # tokens allowed between a closing mark and a trailing cue ('," the US agency said')
MAX_LEAD_GAP = 12  # tokens allowed between a leading cue and the opening mark ('said in a statement on X: "')
TERMINATORS = {".", "!", "?"}


def window_cue(ctx: QuoteContext, seg: QuoteSegment, reported: set[int]) -> Attr | None:
    """A reporting verb next to the passage in the same sentence: after it first, then before it."""
    doc, text = ctx.doc, ctx.text
    para = ctx.para_of(seg.outer_start)
    p_start, p_end = para if para else (0, len(text))
    inner = re.sub(r"\[([,.!?])\]$", r"\1", text[seg.start : seg.end].rstrip())  # an editor's "[,]"
    if seg.close_at is not None:
        # after: '"...," Trump told reporters' / '"...!" insists Burton'; a quote closing a sentence
        # with a full stop is followed by a new sentence, not by its cue
        nxt = text[seg.outer_end :].lstrip()[:1]
        # newswire punctuation of a trailing attribution: '"...," he said', '"...!" insists X', '"...", said X'
        trailing = inner.endswith((",", "!", "?", "\u2014", "-", "\u2026")) or nxt == ","
        trailing = trailing or (inner.endswith(".") and nxt.islower())
        if not trailing:  # '"..." tweeted the mayor': an inverted cue right after the closing mark
            k = ctx.token_at(seg.outer_end)
            tokens = doc_tokens(doc)
            while k < len(tokens) and tokens[k].is_space:
                k += 1
            trailing = k + 1 < len(tokens) and cue_entry(tokens[k]) is not None and tokens[k + 1].pos_ in (
                "PROPN", "DET", "NOUN")
        if trailing:
            gap = 0
            for t in doc_tokens(doc)[ctx.token_at(seg.outer_end) :]:
                if t.idx >= p_end or ctx.in_quote(t.idx) or t.text in TERMINATORS:
                    break
                if cue_entry(t) is not None and t.i not in reported and not background_cue(t):
                    return Attr(t, cue_speaker(ctx, t))
                gap += not (t.is_punct or t.is_space)
                if gap > MAX_SUBJECT_GAP:
                    break
    # before: 'He said, "...' / 'said in a statement on X: "...'
    before = text[p_start : seg.outer_start].rstrip()
    if seg.open_at is not None and before:
        gap = 0
        lead = doc_tokens(doc)[: ctx.token_at(seg.outer_start)]
        aside = _aside_before(lead, p_start)
        for t in reversed(lead):
            if t.idx < p_start or ctx.in_quote(t.idx) or t.text in TERMINATORS:
                break
            if t.lower_ == "according" and before.endswith(","):  # 'According to Dana Lee, "...'
                src = [g for c in children_of(t) if c.lower_ == "to" for g in children_of(c) if g.dep_ == "pobj"]
                sp = own_speaker(ctx, src[0]) if src else None
                if sp is not None:
                    return Attr(t, sp)
            if cue_entry(t) is not None and t.i not in reported and not background_cue(t) \
                    and not (t.i in aside and relative_object(t)):
                adjacent = t.idx + len(t.text) == len(before) + p_start
                # 'told the BBC after the verdict "...': only a phrase, no other clause, before the mark
                between = _without_aside(doc_tokens(doc)[t.i + 1 : ctx.token_at(seg.outer_start)])
                bare = all(b.pos_ not in ("VERB", "AUX") and b.lower_ not in ("that", "whether") for b in between)
                if before.endswith((":", ",")) or adjacent or bare:
                    return _according_first(ctx, t) or Attr(t, cue_speaker(ctx, t))
                break
            gap += not (t.is_punct or t.is_space or t.i in aside)
            if gap > MAX_LEAD_GAP:
                break
        if before.endswith((":", ",")):
            return colon_frame(ctx, ctx.token_at(seg.outer_start) - 1)
    if seg.open_at is not None and not before:
        return _lead_paragraph(ctx, p_start)
    return None


DASHES = ("\u2014", "\u2013", "--")


def _without_aside(toks: list) -> list:
    """'commented on it — which the paper called rare — "...': an aside set off by two dashes before the
    opening mark is the narrator's, not a clause that stands between the cue and its quote."""
    marks = [k for k, t in enumerate(toks) if t.text in DASHES]
    if len(marks) == 2 and marks[1] == len(toks) - 1:
        return toks[: marks[0]]
    return toks


def _aside_before(lead: list, p_start: int) -> set[int]:
    """Token indices of a dash-set aside right before the opening mark, which the lead gap does not count."""
    k = len(lead) - 1
    while k >= 0 and lead[k].is_space:
        k -= 1
    if k < 0 or lead[k].text not in DASHES:
        return set()
    for j in range(k - 1, max(-1, k - 30), -1):
        if lead[j].idx < p_start or lead[j].text in TERMINATORS:
            return set()
        if lead[j].text in DASHES:
            return set(range(j, k + 1))
    return set()


def _according_first(ctx: QuoteContext, cue: Token) -> Attr | None:
    """'According to the prosecutor, the letter if drafted by the accused shows a plan: "..."': a sentence
    opened by "according to X" is X's, not that of a cue inside a subordinate clause without a subject of
    its own ("drafted by the accused")."""
    if cue.dep_ in ("ROOT", "conj") or cue.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                for c in children_of(cue)):
        return None  # only a participle without a subject ("if drafted by ..."), not "intends to appeal"
    sent = cue.sent
    for t in sent:
        if t.i >= cue.i:
            break
        if t.lower_ == "according" and not ctx.in_quote(t.idx):
            src = [g for c in children_of(t) if c.lower_ == "to" for g in children_of(c) if g.dep_ == "pobj"]
            sp = according_source(ctx, src[0]) if src else None
            return Attr(t, sp) if sp is not None else None
    return None


def according_source(ctx: QuoteContext, src: Token) -> Speaker | None:
    """The source of "according to X": X's noun phrase up to the comma that closes the phrase ('According
    to Dana Lee, the note ...': not 'Dana Lee, the note', which the parser may read as an apposition)."""
    sp = own_speaker(ctx, src)
    if sp is None or sp.core == (sp.start, sp.end):
        return sp
    k = bisect.bisect_right(ctx.sent_starts, sp.start) - 1
    opens = k >= 0 and ctx.text[ctx.sents[k].start_char : sp.start].lower().lstrip().startswith("according")
    if opens and "," in ctx.text[sp.core[1] : sp.end]:
        return Speaker(sp.name, *sp.core, sp.kind)
    return sp


def _lead_paragraph(ctx: QuoteContext, p_start: int) -> Attr | None:
    """A quotation opening its paragraph after one that ends in a colon ('The senator continued:' /
    'She gave this answer:'): the cue or the colon frame of that paragraph."""
    prev = [p for p in ctx.paras if p[1] <= p_start]
    if not prev:
        return None
    ps, pe = prev[-1]
    if not ctx.text[ps:pe].endswith(":") or ctx.in_quote(pe - 1):
        return None
    first, colon = ctx.token_at(ps), ctx.token_at(pe - 1)
    for t in reversed(doc_tokens(ctx.doc)[first:colon]):
        if t.text in TERMINATORS:
            break
        if cue_entry(t) is not None and not ctx.in_quote(t.idx):
            return Attr(t, cue_speaker(ctx, t), layout=True)
    return colon_frame(ctx, colon)


# the prepositions that take the addressees of an appeal (a cue of PLOVER kind REQUEST): 'called on "...",
# 'appealed to "..."'
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


def addressee_cue(ctx: QuoteContext, seg: QuoteSegment) -> Attr | None:
    """A quoted passage that is the addressee of a speech verb's preposition ('the mayor called on "shop
    owners and church leaders" to stay shut'): the words are the verb's subject's, even when the verb's
    content was already read as an indirect quote (the window search skips such verbs)."""
    if seg.open_at is None:
        return None
    tokens = doc_tokens(ctx.doc)
    k = ctx.token_at(seg.outer_start) - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].is_quote):
        k -= 1
    if k < 0:
        return None
    prep = tokens[k]
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in _ADDRESSEE_PREPS or verb.pos_ != "VERB" or verb.i >= prep.i:
        return None
    first = tokens[min(ctx.token_at(seg.start), len(tokens) - 1)]
    entry = cue_entry(verb)
    if not any(a.i == prep.i for a in first.ancestors) or entry is None or background_cue(verb):
        return None  # the quote must hang on the preposition itself, in the verb's own clause
    if entry.plover_hint != "REQUEST":
        return None  # 'commented on "the rumours"': a topic, perhaps in another's words, is no addressee
    sp = cue_speaker(ctx, verb)
    return Attr(verb, sp) if sp is not None else None


_QUOTE_NOUNS = frozenset({"quote", "quotation"})


def quoted_author(ctx: QuoteContext, start: int) -> Speaker | None:
    """The named author of a cited quotation right before a quoted passage ('citing the Ann Lee quote that
    "..."', 'repeated Ann Lee's quote, "..."'): the words are that person's; None when no such phrase."""
    tokens = doc_tokens(ctx.doc)
    k = ctx.token_at(start) - 1
    while k >= 0 and (tokens[k].is_quote or tokens[k].is_space):
        k -= 1  # the passage's own opening mark
    seen = 0
    while k >= 0 and seen < 4 and not ctx.in_quote(tokens[k].idx):
        t = tokens[k]
        if t.lower_ in _QUOTE_NOUNS and t.pos_ != "VERB":
            # the name right before the noun ("the Ann Lee quote", "Ann Lee's quote"): read from the
            # tokens, as the parser often takes the name for the verb's object and "quote" for a verb
            j = k - 1 - (k > 0 and tokens[k - 1].lower_ in ("'s", "’s"))
            first = j
            while first >= 0 and tokens[first].pos_ == "PROPN" and tokens[first].ent_type_ in ("PERSON", ""):
                first -= 1
            name = tokens[first + 1 : j + 1]
            # a person's name: tagged so, or an untagged name of two or more words ("Pablo Picasso")
            if not name or not (any(w.ent_type_ == "PERSON" for w in name) or len(name) >= 2):
                return None
            end = name[-1].idx + len(name[-1].text)
            return Speaker(ctx.text[name[0].idx : end], name[0].idx, end, "name")
        if t.text in (".", "!", "?", ";"):
            return None
        seen += not (t.is_punct or t.is_space)
        k -= 1
    return None
