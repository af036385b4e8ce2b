"""The story's news peg and its thread, for dating events: the days the lead tells its main act on, the
actors of the lead's dated clauses, and whether a later undated act goes on with the lead's day (near the lead,
by one of the lead's actors, or in response to what happened).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newscoder.extract.doctext import char_span, children_of, doc_sents, doc_text
from newscoder.extract.events.clause_time import (
    _adverbial,
    _first_day,
    _future_clause,
    _in_background_clause,
    _in_quotation_marks,
    _in_relative,
    _indefinite_past,
    _main_clause,
    _text_end,
)
from newscoder.extract.events.clauses import _clause_head
from newscoder.extract.events.trigger_table import TriggerMatch
from newscoder.records import ActorAnalysis, Article, Timex

_LEAD_KEY = "newscoder_lead_dates"


def _lead_dates(doc: Doc, timex: list[Timex]) -> tuple[Timex, ...]:
    """The day-precise dates of the lead's main clauses ("On Thursday, the court ruled ..."): the lead is the
    first paragraph with a sentence built on a verb (a dateline "Friday, January 4, 2019" is not one).
    Cached on the doc: every sentence asks for the same lead."""
    if _LEAD_KEY in doc.user_data:
        return doc.user_data[_LEAD_KEY]
    text = doc_text(doc)
    found: tuple[Timex, ...] = ()
    for sent in doc_sents(doc):
        if sent.root.pos_ not in ("VERB", "AUX") or not any(
                t.dep_ in ("nsubj", "nsubjpass") for t in children_of(sent.root)):
            continue
        start = text.rfind("\n", 0, sent.start_char) + 1
        # (a sentence's span takes in the blank lines after it: the paragraph ends at its last character)
        end = text.find("\n", _text_end(text, sent))
        end = len(text) if end < 0 else end
        dated = []
        for t in timex:
            if not start <= t.char_start < end or t.precision != "day" or _in_quotation_marks(text, t.char_start):
                continue
            span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
            if span is not None and _adverbial(span.root) and _main_clause(span.root) \
                    and not _in_relative(span.root) and not _future_clause(span.root):
                dated.append(t)
        found = tuple(dated)
        break
    doc.user_data[_LEAD_KEY] = found
    return found


def lead_parties(doc: Doc, timex: list[Timex], actors: ActorAnalysis) -> frozenset[str]:
    """The actors who act or are acted on in the clauses the lead dates (the story's news peg): its subject,
    object or a prepositional argument of its verb ("On Friday, police arrested X in Y after a raid by Z"),
    not a name inside a noun phrase ("misconduct by President X", "a base within the Air Force's range").
    Cached on the doc."""
    key = "newscoder_lead_parties"
    if key not in doc.user_data:
        verbs, spans = set(), []
        for t in _lead_dates(doc, timex):
            span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
            if span is not None:
                head = _clause_head(span.root)
                verbs.add(head.i)
                # "On Friday, X resigned and Y was sworn in": the date tells the coordinated clause too
                verbs.update(c.i for c in children_of(head) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
                spans.append((span.sent.start_char, span.sent.end_char))
        found = set()
        for mn in actors.mentions:
            if any(s <= mn.char_start < e for s, e in spans):
                span = char_span(doc, mn.char_start, mn.char_end, alignment_mode="expand")
                if span is not None and _argument_of(span.root, verbs):
                    found.add(mn.actor_key)
        doc.user_data[key] = frozenset(found)
    return doc.user_data[key]


_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "attr", "agent"}


def _argument_of(tok: Token, verbs: set[int]) -> bool:
    """The token heads an argument of one of the verbs: its subject or object (through a name's compound,
    apposition or coordination), or the object of a preposition of the verb."""
    for _ in range(4):
        if tok.dep_ in ("compound", "appos", "conj", "flat") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    if tok.dep_ in _ARGUMENT_DEPS and tok.head.i in verbs:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.head.i in verbs


# how long before publication a lead's day may be and still be the story's news peg (Wikinews publishes a day or
# more after the act; a lead dated weeks back tells an older story)
PEG_DAYS = 14
# how far after the lead's date (in characters: about the lead and the two paragraphs after it) an act still
# goes on with the news peg; further down a story tells background and reactions of other days (on the 2019
# Wikinews articles, 10 of 11 judgeable acts within this distance took the right day, 5 of 10 beyond it)
PEG_CHARS = 1000


# verbs of a response to what happened ("welcomed the ruling", "thanked supporters", "reacted")
_RESPONSE_VERBS = {"respond", "react", "reply", "welcome", "thank", "answer", "retaliate"}
# "in response to", "in reaction to", "in retaliation for"
_RESPONSE_NOUNS = {"response", "reaction", "retaliation", "reply", "answer"}
_AFTER_PREPS = {"following", "after"}


def _to_told(noun: Token) -> bool:
    """ "response to the ruling", "reaction to Monday's vote": the occasion answered is named by a definite
    noun (one the story told)."""
    for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("to", "for")):
        for obj in (g for g in children_of(prep) if g.dep_ == "pobj"):
            return any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those")
                       for d in children_of(obj))
    return False


def _response(tok: Token) -> bool:
    """The act answers an occasion the story told: a verb of response, or a clause "in response to ...",
    "following the announcement", "after the vote" (an occasion named by a definite noun). It goes on with
    the lead's thread whoever does it."""
    verb = _clause_head(tok)
    for _ in range(3):
        if verb.lemma_.lower() in _RESPONSE_VERBS:
            return True
        for c in children_of(verb):
            if c.dep_ != "prep":
                continue
            objs = [g for g in children_of(c) if g.dep_ == "pobj"]
            # (to an occasion already told: "in response to the ruling", not "in response to a lawsuit by X",
            # which tells a new occasion the act itself answers)
            if c.lower_ == "in" and any(g.lemma_.lower() in _RESPONSE_NOUNS and _to_told(g) for g in objs):
                return True
            if c.lower_ in _AFTER_PREPS and any(g.pos_ == "NOUN" and any(
                    d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in children_of(g))
                    for g in objs):
                return True
        # ("wrote a letter to thank", "went on to welcome"): the purpose or complement tells the act
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            break
        verb = _clause_head(verb.head)
    return False


# CAMEO codes of a reaction to what happened: a comment (01), disapproval (11), praise (051); not a rejection
# (12), which is as often a vote cast in the lead's own act ("two members opposed", "ruled it violated ...")
_REACTION_CODES = ("01", "11", "051")


def _reaction(m: TriggerMatch) -> bool:
    """The act reacts to an occasion: a verb of response ("responded", "welcomed the ruling", "in response
    to ...") or a comment, criticism or praise. Told by a party other than the lead's, it came
    when that party reacted, which the lead's day does not tell ("On Sunday X announced a withdrawal. Y
    opposed the withdrawal"): it is not given the news peg."""
    if m.head.tag_ == "VBG" and m.head.dep_ in ("advcl", "acl", "conj", "pcomp"):
        return False  # "the law passed, with the X party supporting it": a detail of the act it hangs on
    return _response(m.head) or m.entry.cameo_code.startswith(_REACTION_CODES)


def _stem(tok: Token) -> str:
    # (a noun and the verb it names share their first letters: "ruling"/"ruled", "announcement"/"announced")
    return tok.lemma_.lower()[:4]


def _after_another_occasion(m: TriggerMatch, lead: Iterable[Timex]) -> bool:
    """The act is placed after an occasion the lead's dated sentence does not tell ("After the dictator's fall,
    X warned Y" in a story whose lead dates X's remarks): "after"/"following" + a definite noun none of whose
    words (the noun, its possessor, its modifiers) the lead's sentence has. The act happened after that
    occasion, on a day the text does not give, not on the lead's day. "Following the court's decision" after
    "On Thursday, the court ruled ..." is the lead's own occasion and goes on with it."""
    doc = m.head.doc
    stems: set[str] = set()
    for t in lead:
        span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
        if span is not None:
            stems.update(_stem(w) for w in span.sent if w.pos_ in ("NOUN", "PROPN", "VERB"))
    if not stems:
        return False
    verb = _clause_head(m.head)
    for _ in range(3):
        for c in children_of(verb):
            if c.dep_ != "prep" or c.lower_ not in _AFTER_PREPS or c.i > m.head.i:
                continue
            for g in (g for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                if not any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in ("the", "this", "that")
                           for d in children_of(g)):
                    continue
                words = [g] + [d for d in g.subtree if d.pos_ in ("NOUN", "PROPN") and d.i != g.i]
                if not any(_stem(w) in stems for w in words):
                    return True
        if verb.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or verb.head.i == verb.i:
            break
        verb = _clause_head(verb.head)
    return False


def _news_peg(lead: Iterable[Timex], m: TriggerMatch, article: Article, thread: bool = False) -> Timex | None:
    """The lead's day when it falls within PEG_DAYS before publication and the act comes after it in the text:
    an undated past act in a paragraph with no date of its own goes on with the main story ("On Thursday, the
    court ruled ... The ruling allowed ..."). Near the lead (PEG_CHARS) any such act does; further down only
    an act of the lead's thread, whose source or target the lead's dated sentence names (`thread`)."""
    pub = article.published_date
    if pub is None or _in_background_clause(m.head) or _indefinite_past(m.head) \
            or _after_another_occasion(m, lead):
        return None
    for t in lead:
        day = _first_day(t.value)
        if day is not None and 0 <= (pub - day).days <= PEG_DAYS and t.char_end <= m.head.idx \
                and (thread or m.head.idx <= t.char_start + PEG_CHARS):
            return t
    return None
