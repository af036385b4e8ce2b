"""When an event happened: its date fields (event_date, date_precision, date_text, date_basis).

The date expression of the event's clause first; else, for an act told in the past tense, the one date of its
sentence's other clauses or the paragraph's narrative date, the older time a passage is set in, the day an
earlier sentence told the same act on, or the lead's day (the news peg, `lead_thread`); a round-up's month;
else the publication date. `_timex_roots` gathers each sentence's dates for `_date_fields`; the grammar of
tense and clauses it reads is in `clause_time`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from newscoder import lexicons
from newscoder.extract.doctext import char_span, children_of, doc_text
from newscoder.extract.events.clause_time import (
    _adverbial,
    _attempted,
    _backshifted,
    _contrasted_sequel,
    _distanced,
    _first_day,
    _future_clause,
    _in_background_clause,
    _in_past_period,
    _in_quotation_marks,
    _in_relative,
    _is_past,
    _main_clause,
    _not_after_publication,
    _onset_date,
    _period_onset,
    _planned_date,
    _pluperfect,
    _pronoun_subject,
    _subject_words,
    _text_end,
    _time_clause,
    _told_in_past,
)
from newscoder.extract.events.clauses import _clause_head
from newscoder.extract.events.lead_thread import PEG_DAYS, _lead_dates, _news_peg, _reaction
from newscoder.extract.events.trigger_table import TriggerMatch, _entries
from newscoder.records import Article, Quote, Timex


class SentenceDates(list):
    """The (timex, root token) pairs of one sentence, and `earlier`: the latest dated expression of the same
    paragraph before the sentence, when it is not about the future (a narrative date carries over within its
    paragraph)."""

    earlier: tuple[Timex, ...] = ()
    # every date of the sentence's paragraph (and of the paragraph before, when the sentence opens its own),
    # wherever it stands: what tells a past act told without a date of its own in an older story
    context: tuple[Timex, ...] = ()
    # the day- and month-precise dates of the article before the sentence: an act told again later ("Protesters
    # marched from the park to parliament" after "thousands marched in the city on Saturday", "ordered the
    # killing" after "was murdered last October") is dated by its first telling
    before: tuple[Timex, ...] = ()
    # the day-precise dates the article's lead tells its main act on: the story's news peg
    lead: tuple[Timex, ...] = ()
    # the actors named in the lead's dated sentences: an act of one of them goes on with the story's thread
    lead_parties: frozenset[str] = frozenset()


def _timex_roots(doc: Doc, sent: Span, timex: Iterable[Timex]) -> SentenceDates:
    out = SentenceDates()
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, sent.start_char) + 1
    if not text[para_start : sent.start_char].strip() and _pronoun_subject(sent):
        # "It added that ...", opening a paragraph, goes on with the paragraph before (wire copy gives each
        # sentence a paragraph of its own)
        para_start = text.rfind("\n", 0, len(text[:para_start].rstrip())) + 1
    earlier = []
    para_end = text.find("\n", _text_end(text, sent))
    para_end = len(text) if para_end < 0 else para_end
    # a sentence opening its paragraph may go on with the one before ("In that event, X killed ...")
    context_start = para_start if text[para_start : sent.start_char].strip() else \
        text.rfind("\n", 0, len(text[:para_start].rstrip())) + 1
    context, before = [], []
    for t in timex:
        if _first_day(t.value) is None:
            continue
        if t.char_start < sent.start_char and t.precision in ("day", "month"):
            before.append(t)
        if context_start <= t.char_start < para_end:
            context.append(t)
        if sent.start_char <= t.char_start < sent.end_char:
            span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
            if span is not None:
                out.append((t, span.root))
        elif para_start <= t.char_start < sent.start_char:
            earlier.append(t)
    out.context = tuple(context)
    out.before = tuple(before)
    out.lead = _lead_dates(doc, timex)
    if len(earlier) > 1:
        # the date a clause of the sentence before was told on ("X appeared in court yesterday, charged over a
        # shooting on Friday"), not one modifying a noun in it: the narrative day is the clause's
        told = [t for t in earlier if (span := char_span(doc, t.char_start, t.char_end, alignment_mode="expand"))
                is not None and _adverbial(span.root) and _main_clause(span.root)]
        if told and told[-1] is not earlier[-1]:
            last_sent = char_span(doc, earlier[-1].char_start, earlier[-1].char_end, alignment_mode="expand")
            if last_sent is not None and last_sent.sent.start_char <= told[-1].char_start:
                earlier = [told[-1]]  # (only within the sentence the latest date comes from)
    if earlier:
        # a date told of what will happen ("X will meet Y on Friday") does not carry over to what happened
        span = char_span(doc, earlier[-1].char_start, earlier[-1].char_end, alignment_mode="expand")
        if span is None or _future_clause(span.root):
            earlier = []  # the paragraph has moved to what will happen: nothing carries over
        elif _period_onset(span.root):
            # "X began serving as mayor on 3 May 2021": the day a standing role began; the acts told
            # after it happened during that role, not on its first day
            earlier = []
        elif _in_relative(span.root, ("relcl",)):
            # "X, who took office on 2 January, ...": a relative clause's date is its own ("a statement released
            # on Sunday" still dates the statement the next sentences report from)
            earlier = []
    out.earlier = tuple(earlier[-1:])
    return out


def _event_timex(m: TriggerMatch, roots: list[tuple[Timex, Token]]) -> Timex | None:
    """The date expression of the event's clause, else of the nearest clause governing it."""
    if m.is_nominal:
        inside = [t for t, r in roots if m.head.left_edge.i <= r.i <= m.head.right_edge.i]
        if inside:
            return inside[0]
    clause = _clause_head(m.head)
    for _ in range(6):
        # the clause's own dates, and those of its participles ("a statement released on Sunday")
        here = [(abs(r.i - m.head.i), t) for t, r in roots if _clause_head(r).i == clause.i
                or (_clause_head(r).dep_ == "acl" and _clause_head(_clause_head(r).head).i == clause.i)]
        if here:
            return min(here, key=lambda x: x[0])[1]
        if clause.head.i == clause.i:
            return None
        clause = _clause_head(clause.head)
    return None


# prepositions placing an act in or at an occasion a noun names ("voted in Sunday's election", "spoke at
# Monday's summit"): the occasion's date is the act's
_OCCASION_PREPS = {"in", "at", "during", "on"}


def _dates_other_noun(t: Timex, m: TriggerMatch) -> bool:
    """The date is a modifier inside a noun phrase ("the March 9 coup", "Monday's raid") whose noun is not the
    act itself: neither the trigger, its object, nor the occasion the act took place at ("won Sunday's
    election", "spoke at Monday's summit"). A prepositional date ("a farce on Monday") may hang on a noun only
    by the parser's attachment: it still dates the clause."""
    span = char_span(m.head.doc, t.char_start, t.char_end, alignment_mode="expand")
    if span is None or _adverbial(span.root):
        return False
    noun = span.root
    if noun.dep_ not in ("poss", "compound", "amod", "nummod", "nmod"):
        return False
    noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in range(span.start, span.end):
        return False
    if noun.i == m.head.i or (m.obj is not None and noun.i == m.obj.i):
        return False
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.i == m.head.i:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PREPS and noun.head.head.i == m.head.i)


_UNTIL = re.compile(r"(?i)\b(?:until|till)\s+$")


def _period_end(m: TriggerMatch, roots: list[tuple[Timex, Token]], article: Article) -> Timex | None:
    """An -ing clause right after a period's end ("led the party until 2022, stepping down after a defeat"): the
    act ended the period, at its end date (the parser may hang the -ing clause on another verb)."""
    if m.is_nominal or m.head.tag_ != "VBG" or m.head.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    text = doc_text(m.head.doc)
    for t, _ in roots:
        if t.char_end <= m.head.idx and not text[t.char_end : m.head.idx].strip(" ,") \
                and _UNTIL.search(text[max(0, t.char_start - 8) : t.char_start]) \
                and _not_after_publication(t, article):
            return t
    return None


# bare units of a vague distance in time ("years ago", "decades earlier"): no timex, and no day either
_VAGUE_UNITS = lexicons.words("vague_past_words", "word", kind="unit")
_PAST_ADVERBS = lexicons.words("vague_past_words", "word", kind="adverb")
# "some years ago", "many decades earlier": a count that does not say how long ago
_VAGUE_QUANTIFIERS = {"some", "several", "many", "few", "a"}


def _clause_tokens(m: TriggerMatch) -> list[Token]:
    clause = _clause_head(m.head)
    return [t for t in clause.subtree if _clause_head(t).i == clause.i]


def _vague_when(m: TriggerMatch, article: Article) -> dict | None:
    """A clause that places its act in an unstated past ("years ago", "in the past", "previously") has no
    date the text gives, and is not the publication day; "earlier this month" is the publication's month."""
    if m.is_nominal:
        return None
    toks = _clause_tokens(m)
    for t in toks:
        words = None
        # "earlier this month", "earlier in the month" (tested first: "earlier" also ends "years earlier")
        if t.lower_ in ("earlier", "later") and t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "month" \
                and t.doc[t.i + 1].lower_ in ("this", "in") or t.lower_ in ("earlier", "later") \
                and t.i + 3 < len(t.doc) and t.doc[t.i + 1].lower_ == "in" and t.doc[t.i + 2].lower_ == "the" \
                and t.doc[t.i + 3].lower_ == "month":
            end = t.i + (3 if t.doc[t.i + 2].lower_ == "month" else 4)
            pub = article.published_date
            return {"event_date": pub.replace(day=1) if pub else None, "date_precision": "month",
                    "date_text": t.doc[t.i : end].text, "date_basis": "relative"}
        if t.lower_ in ("ago", "earlier", "before") and t.i > 0:
            prev = t.doc[t.i - 1]
            if prev.lower_ in _VAGUE_UNITS and not any(c.dep_ in ("nummod", "det", "amod")
                                                         and c.lower_ not in _VAGUE_QUANTIFIERS
                                                         for c in children_of(prev)):
                if t.i < 2 or t.doc[t.i - 2].like_num is False:
                    words = t.doc[t.i - 1 : t.i + 1]
        elif t.lower_ == "past" and t.i > 1 and t.doc[t.i - 1].lower_ == "the" and t.doc[t.i - 2].lower_ == "in" \
                and (t.i + 1 >= len(t.doc) or not t.doc[t.i + 1].like_num and t.doc[t.i + 1].lower_ not in _VAGUE_UNITS
                     and t.doc[t.i + 1].lower_ not in ("week", "month", "year", "day", "decade", "few")):
            words = t.doc[t.i - 2 : t.i + 1]
        elif t.lower_ in _PAST_ADVERBS and t.dep_ == "advmod" and t.head.i == m.head.i:
            words = t.doc[t.i : t.i + 1]
        if words is not None:
            return {"event_date": None, "date_precision": "unknown", "date_text": words.text,
                    "date_basis": "relative"}
    return None


def _date_fields(m: TriggerMatch, roots: list[tuple[Timex, Token]], article: Article,
                 quotes: Iterable[Quote] = (), parties: Iterable[str | None] = ()) -> dict:
    # a date inside a quotation dates what the quotation says, not an act reported around it
    # ("X said: 'we must leave by October 31'" happened when X said it)
    spans = [(q.char_start, q.char_end) for q in quotes]
    earlier = getattr(roots, "earlier", ())
    earlier_ctx = getattr(roots, "context", ())
    told_before = getattr(roots, "before", ())
    lead = getattr(roots, "lead", ())
    # the act's source or target is an actor of the lead's dated sentence: the same story thread
    parties = tuple(parties)
    in_lead = getattr(roots, "lead_parties", frozenset())
    thread = bool(set(parties) & in_lead)
    # a reaction told by a party other than the lead's (or by no named party) happened when it reacted,
    # after the lead's act: the lead's day is not its day
    reacts = _reaction(m) and (not parties or parties[0] is None or parties[0] not in in_lead)
    text = doc_text(m.head.doc)
    # a relative day inside quotation marks ("the statement tonight", "we struck yesterday") counts from when
    # the words were said, which is not the publication day the timex was resolved against: it dates nothing
    roots = [(t, r) for t, r in roots
             if all(not (s <= t.char_start < e) or s <= m.head.idx < e for s, e in spans)
             and not (t.basis == "relative" and _in_quotation_marks(text, t.char_start))]
    period = covered_month(article)
    if not m.is_nominal and _distanced(m.head) \
            and not any(_clause_head(r).i == _clause_head(m.head).i for _, r in roots):
        # "said on Sunday ..., days after he threatened Y": no date of the sentence or the story is the act's
        return {"event_date": article.published_date, "date_precision": "unknown", "date_text": None,
                "date_basis": "publication"}
    t = _event_timex(m, roots)
    if t is not None and not m.is_nominal and _attempted(m.head) and not _not_after_publication(t, article):
        # "tried to pressure X ... in the 2028 election": an attempt whose time the text does not give (it is
        # background to the story more often than its news: no day of another clause is lent to it)
        return {"event_date": article.published_date, "date_precision": "unknown", "date_text": None,
                "date_basis": "publication"}
    if t is not None and not m.is_nominal and _is_past(m.head) and not _not_after_publication(t, article):
        # an act told in the past tense did not happen after publication: the later date is what it announced
        # ("announced his resignation effective next Wednesday") or a year naming something ("tried to sway
        # the 2028 election"); the act is dated as if its clause gave no date
        if t.precision in ("day", "week"):
            # a day it announced: the sentence is told around that day, and no day of another sentence (the
            # lead's "on Wednesday night", told of someone else's act) is the act's by the text's words
            return {"event_date": article.published_date, "date_precision": "unknown", "date_text": None,
                    "date_basis": "publication"}
        t = None
    if t is not None and not m.is_nominal and _dates_other_noun(t, m):
        # "stepped up attacks since the March 9 coup against X": the date is the ouster's, another event
        t = None
    if t is None and (t := _period_end(m, roots, article)) is not None:
        return _timex_fields(t, period)
    if t is not None:
        return _timex_fields(t, period)
    vague = _vague_when(m, article)
    if vague is not None:
        return vague
    if not m.is_nominal and (period_words := _in_past_period(m.head)) is not None:
        # "during her tenure as mayor, she sued ...", "while he was minister, he vetoed ...": the act
        # belongs to a past period the clause names without a date; no day of the story is lent to it, nor
        # the publication date (it happened before, at a time the text gives only as that period)
        return {"event_date": None, "date_precision": "unknown", "date_text": period_words,
                "date_basis": "relative"}
    # the sentence's own date on another clause ("That September the movement launched; she promised ..."),
    # else the paragraph's latest date before it ("On Friday a man stabbed two people. Police shot him."):
    # only for an act told in the past tense in a main clause (a relative clause is background), never a
    # date after publication or inside a quotation
    past = (_told_in_past(m.head.sent.root) if m.is_nominal else _told_in_past(m.head)) \
        and not _in_background_clause(m.head)
    if past and not m.is_nominal and _contrasted_sequel(m.head):
        # "X sued Y, but the judge dismissed the suit [on Monday]": a date told around the act may be its
        # sequel's; none is lent (the publication date, day unknown)
        return {"event_date": article.published_date, "date_precision": "unknown", "date_text": None,
                "date_basis": "publication"}
    # a pluperfect act ("Trump had ordered ...") happened before the time the passage tells of: no date of
    # another clause carries over to it
    carry = past and not _pluperfect(m.head)
    if past and _back_reference(m.head) and (t := _latest_before(m, earlier_ctx, spans, article)) is not None:
        # "At that march, police arrested ..." after "the May 2021 march": the occasion pointed back to is the
        # latest one the passage dates
        return _timex_fields(t, period)
    t = _sentence_timex(roots, article) if carry else None
    if t is None and carry:
        t = next((x for x in earlier if all(not (s <= x.char_start < e) for s, e in spans)), None)
        if t is not None and not _narrative_anchor(t, article):
            t = None  # the latest date is a background year ("founded in 1987"), not the story's day
    if t is not None:
        return _timex_fields(t, period)
    if past and (older := _historical_context(m, earlier_ctx, spans, article, lead)) is not None:
        return older
    if past and (t := _first_telling(m, told_before, article)) is not None:
        return _timex_fields(t, period)
    # the main story's day for an act told with no date near it: its paragraph (and the one before, when it
    # opens its own) names no other date on or before publication (a later one, "the 2028 election", tells no
    # past time), and it is not the past before the past
    # (a reported pluperfect, "a spokesman said X had ...", only of the lead's own parties: reported speech
    # also tells the older past)
    if past and period is None and not reacts and (not _pluperfect(m.head) or thread and _backshifted(m.head)) \
            and (peg := _news_peg(lead, m, article, thread)) is not None \
            and all(t.value == peg.value or not _not_after_publication(t, article) or _onset_date(t, m.head.doc)
                    or _planned_date(t, m.head.doc) or _quoted_relative(t, m) for t in earlier_ctx):
        return {**_timex_fields(peg, None), "date_basis": "lead"}
    if not m.is_nominal and _perfect(m.head) and not _in_background_clause(m.head) \
            and (t := next((x for x in earlier if all(not (s <= x.char_start < e) for s, e in spans)), None)) \
            is not None and t.precision == "week" and _not_after_publication(t, article):
        # "For three days last week the court heard the case. X has accused Y of ...": a present perfect
        # right after a week the paragraph tells happened within it (a day would be too fine: the
        # perfect does not say which)
        return _timex_fields(t, period)
    if period is not None:
        # a round-up of a past month ("Election diary, May 2024", published in November): its
        # undated events happened in that month
        return {"event_date": period, "date_precision": "month", "date_text": None, "date_basis": "explicit"}
    # undated: the story's date; an undated past event happened on or before it, day unknown
    # (so did one told in the present perfect, "X has accused Y": it happened by the time of the story)
    precision = "unknown" if past or _is_past(m.head) or _perfect(m.head) else "day"
    return {"event_date": article.published_date, "date_precision": precision, "date_text": None,
            "date_basis": "publication"}


def _quoted_relative(t: Timex, m: TriggerMatch) -> bool:
    """ "tonight", "yesterday" inside quotation marks of another sentence: counted from when the words were
    said, not from publication, it names no other date of the passage (it dates nothing, see `_date_fields`).
    In the act's own sentence it tells that the act came on the day of the words, which the text does not
    give, unless the act is a time clause set before what the words date ("the statement tonight after X
    spoke with Y": the day is the statement's)."""
    if t.basis != "relative" or not _in_quotation_marks(doc_text(m.head.doc), t.char_start):
        return False
    sent = m.head.sent
    return not sent.start_char <= t.char_start < sent.end_char or _time_clause(_clause_head(m.head))


# nouns of "in that case", "in that way": a demonstrative that points to no occasion
_NOT_OCCASIONS = {"case", "regard", "respect", "way", "sense", "context", "light", "spirit", "vein"}


def _perfect(tok: Token) -> bool:
    """ "has accused", "have been arrested": a present perfect, an act done before the time of telling."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_head(tok)
    # (a present "has"/"have": "had ordered" is the past before the past)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in children_of(verb))


def _back_reference(tok: Token) -> bool:
    """The clause is set at an occasion told before: "in that event", "at that time", "on that day",
    "during the same rally", "that day"."""
    verb = _clause_head(tok)
    # (a coordinated verb shares the first one's adjuncts: "In that event, X killed one and injured nine")
    heads = [verb, _clause_head(verb.head)] if verb.dep_ == "conj" else [verb]
    for c in (c for v in heads for c in children_of(v) if c.i < tok.i):
        noun = None
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "during"):
            noun = next((g for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        elif c.dep_ == "npadvmod" and c.pos_ == "NOUN":
            noun = c  # "that day, police arrested ..."
        if noun is None or noun.lemma_.lower() in _NOT_OCCASIONS:
            continue
        dets = [d.lower_ for d in children_of(noun) if d.dep_ in ("det", "amod")]
        if "that" in dets or "same" in dets:
            return True
    return False


def _latest_before(m: TriggerMatch, context: Iterable[Timex], spans: list[tuple[int, int]],
                   article: Article) -> Timex | None:
    """The passage's latest date before the act's sentence, outside quotations and not after publication."""
    text = doc_text(m.head.doc)
    start = m.head.sent.start_char
    found = [t for t in context if t.char_start < start and _not_after_publication(t, article)
             and all(not (s <= t.char_start < e) for s, e in spans) and not _in_quotation_marks(text, t.char_start)]
    return found[-1] if found else None


_COARSER = {"day": "month", "week": "month", "month": "month", "year": "year"}


def _historical_context(m: TriggerMatch, context: Iterable[Timex], spans: list[tuple[int, int]],
                        article: Article, lead: Iterable[Timex] = ()) -> dict | None:
    """An undated past act in a passage that names only earlier years ("the 2016 post ... She sued and won";
    "At that march, police arrested ..." after "the May 2021 march") happened then, not in the publication's
    year: it takes the passage's nearest date, no finer than its month. Any date of the publication's year
    (or a relative day) in the passage leaves the act undated."""
    pub = article.published_date
    context = [t for t in context if all(not (s <= t.char_start < e) for s, e in spans)]
    if pub is None or not context:
        return None
    days = [(t, _first_day(t.value)) for t in context]
    # an older time: a year before the publication's, or a month of it already past ("In February, X
    # announced ..." in an April story); a relative date or one of the publication's month tells today's story
    lead_at = {t.char_start for t in lead}
    if any(d is None or not _older(t, d, pub, t.char_start in lead_at) for t, d in days):
        return None
    sent = m.head.sent
    # a bare year of another sentence is background more often than the act's time ("X was elected in 2015.
    # She criticised ..."); one of the act's own sentence ("the 2016 post"), a month or day, or a year that
    # opens its sentence and sets the time of what follows ("At the next elections in 2008, X won ...") is not
    context = [t for t in context if (sent.start_char <= t.char_start < sent.end_char
               or t.precision in ("day", "month") and t.basis == "explicit" or _fronted(t, m.head.doc)
               and not _anothers_year(t, m))
               and _story_date(t, m.head.doc)]
    if not context:
        return None
    t = min(context, key=lambda x: abs(x.char_start - m.head.idx))
    day = _first_day(t.value)
    precision = _COARSER.get(t.precision, "year")
    if day is not None and precision == "month":
        day = day.replace(day=1)
    elif day is not None:
        day = dt.date(day.year, 1, 1)
    return {"event_date": day, "date_precision": precision, "date_text": t.text,
            "date_basis": "relative" if t.basis == "relative" else "explicit"}


def _anothers_year(t: Timex, m: TriggerMatch) -> bool:
    """A bare year opening another sentence, when the act's subject is named nowhere from that year to the act
    ("In 1998, X was impeached ... A third president, Y, resigned ..."): the year sets the time of another
    party's story, not of Y's act ("In 2016, a user shared a post about Y ... Y sued" is Y's story)."""
    words = _subject_words(m.head)
    if t.precision != "year" or words is None or t.char_start >= m.head.sent.start_char:
        return False
    told = doc_text(m.head.doc)[t.char_start : m.head.sent.start_char].lower()
    return not any(re.search(r"\b" + re.escape(w) + r"\b", told) for w in words)


def _older(t: Timex, day: dt.date, pub: dt.date, in_lead: bool = False) -> bool:
    """A date of a time before the story's: a year before the publication's, or a month or day of an earlier
    month told below the lead (a flashback, "In February, X announced ..."), further back than the news peg
    can be (PEG_DAYS). The lead's own day tells the story, whose reactions may come any day up to publication."""
    if t.basis == "relative" and t.precision != "month":
        return False  # "on Friday", "two years ago": counted from today, part of today's story
    if t.precision not in ("day", "month") or day.year < pub.year:
        return day.year < pub.year
    if in_lead:
        return False
    # ("In February", "last month": a month name or period resolved against publication, counted the same)
    return (pub - day).days > PEG_DAYS and (day.year, day.month) < (pub.year, pub.month)


def _fronted(t: Timex, doc: Doc) -> bool:
    """A date in the opening phrase of a main clause, before its verb and subject ("In 2008, the party won ...",
    "At the elections in 2008, ..."): the time the sentence's narrative is set in."""
    span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.sent.root
    subjects = [c.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.pos_ in ("VERB", "AUX") and span.start - span.sent.start <= 6 \
        and span.end <= min([verb.i, *subjects])


def _first_telling(m: TriggerMatch, before: Iterable[Timex], article: Article) -> Timex | None:
    """The day an earlier sentence dated the same act on: the latest earlier date whose clause has the trigger's
    verb ("marched ... on Saturday" for a later "marched") or which dates a noun of the act ("the attack
    yesterday", "Saturday's march"), outside quotation marks and not after publication."""
    doc = m.head.doc
    # (with an object the act is the noun: "carried out the attack" is the attack, not any "carried out")
    act = m.obj if m.obj is not None else m.head
    lemmas = {act.lemma_.lower()}
    # (an act on a violent act, "ordered the killing", is dated by it: the order came on or before it)
    violent = _violent_codes(act).union(*(_violent_codes(c) for c in children_of(m.head) if c.dep_ == "dobj"))
    text = doc_text(doc)
    definite = act.pos_ == "NOUN" and _definite(act)
    occasions = _occasions(m.head) if not m.is_nominal else set()
    doers = _doer_words(m.head) if occasions else set()
    for t in reversed(list(before)):
        # (reported speech may tell it first, "organisers said a million marched on Saturday"; words in
        # quotation marks may not)
        if _in_quotation_marks(text, t.char_start) or not _not_after_publication(t, article):
            continue
        span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        told = _clause_head(root)
        dated = root.head if root.dep_ in ("npadvmod", "poss", "compound", "nmod") else \
            root.head.head if root.dep_ == "pobj" else root
        # (the clause's verb, or its object naming the act: "launched a drone attack yesterday")
        acts = {told.lemma_.lower()} | {c.lemma_.lower() for c in children_of(told) if c.dep_ == "dobj"}
        # (a violent act is also the same told with a word of the same CAMEO code: "ordered the killing" after
        # "was murdered last October"; an article's killing is one occurrence, its meetings often several)
        # a month only for a violent act: a word told in a month is as often another act of the same word ("a
        # phone call in late July" ... "the subpoena also called for records")
        clause = told.pos_ in ("VERB", "AUX") and not _in_relative(root)
        if violent and (clause and violent & _violent_codes(told) or dated.pos_ == "NOUN"
                        and violent & _violent_codes(dated)):
            return t
        # "carried out the attack" after "Yesterday, oil depots were hit by drone strikes": a definite noun of
        # violence points back to the violent act an earlier clause told, whatever word told it
        if violent and clause and definite and any(_violent_codes(w) for w in _clause_words(told)):
            return t
        if t.precision == "day" and (clause and acts & lemmas
                                     or dated.pos_ == "NOUN" and dated.lemma_.lower() in lemmas):
            return t
        # "On live television X also attacked Y" after "On Wednesday on live television, X said ...": the same
        # doer at the same occasion is the same appearance, whatever was said or done at it
        if t.precision == "day" and clause and doers and occasions & _occasions(told) \
                and doers & _doer_words(told):
            return t
    return None


# prepositions of the occasion an act was done at or through ("on television", "at the rally", "during the
# debate"); "in" is left out: it names a place ("in the city") as often as an occasion
_OCCASION_PREPS = {"on", "at", "during", "via"}


def _occasions(verb: Token) -> set[str]:
    """The common nouns of the occasions the clause's verb was done at ("on live television": television),
    also when the parser hangs the phrase on the clause's date ("on Wednesday on live television")."""
    verb = _clause_head(verb)
    preps = [c for c in children_of(verb) if c.dep_ == "prep"]
    # ("on Wednesday on live television": the second phrase hangs on the first or on its date)
    preps += [g for c in preps for h in (c, *children_of(c)) if h.i == c.i or h.ent_type_ == "DATE"
              for g in children_of(h) if g.dep_ == "prep"]
    found = set()
    for c in (c for c in preps if c.lower_ in _OCCASION_PREPS):
        objs = [g for g in children_of(c) if g.dep_ == "pobj"]
        if not objs:
            # "On live television Erdogan ..." with no comma: the parser makes the noun part of the subject's
            # name; the prepositional object is the last common noun of the words right after the preposition
            words = []
            for w in c.doc[c.i + 1 : c.i + 5]:
                if w.pos_ not in ("DET", "ADJ", "NOUN"):
                    break
                words.append(w)
            objs = [w for w in words if w.pos_ == "NOUN"][-1:]
        found.update(g.lemma_.lower() for g in objs if g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME"))
    return found


def _doer_words(verb: Token) -> set[str]:
    """The names heading the clause's subject ("President X": x), lowercased; none for a pronoun."""
    verb = _clause_head(verb)
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    if subj is None:
        return set()
    return {w.lower_ for w in subj.subtree if w.pos_ == "PROPN"}


def _definite(noun: Token) -> bool:
    """ "the attack", "this letter", "Saturday's march": a noun pointing back to one already told."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "any", "no", "some")
               for c in children_of(noun))


def _clause_words(verb: Token) -> list[Token]:
    """The verb and the nouns heading its arguments ("were hit by drone strikes": hit, strikes)."""
    words = [verb]
    for c in children_of(verb):
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            words.append(c)
        elif c.dep_ in ("agent", "prep"):
            words.extend(g for g in children_of(c) if g.dep_ == "pobj")
    return [w for w in words if w.pos_ in ("VERB", "NOUN")]


# CAMEO roots of violent acts (assault, fight, mass violence)
_VIOLENT_ROOTS = ("18", "19", "20")


def _violent_codes(tok: Token) -> frozenset[str]:
    """The CAMEO codes of violence the event lexicon gives the word as a verb or noun ("kill", "murder",
    "killing": 180)."""
    pos = "verb" if tok.pos_ in ("VERB", "AUX") else "noun"
    lemma = tok.lemma_.lower()
    if pos == "noun" and lemma.endswith("ing") and not _entries(lemma, pos):
        lemma, pos = lemma[:-3], "verb"  # "the shooting" is told by "shot"
    return frozenset(e.cameo_code for e in _entries(lemma, pos) if e.cameo_code.startswith(_VIOLENT_ROOTS))


def _story_date(t: Timex, doc: Doc) -> bool:
    """A date of a main clause, or one naming an occasion ("the August 2017 rally"): not the date of a
    participle or relative clause, which is that clause's own ("Born on June 23, 1941, she met ...")."""
    span = char_span(doc, t.char_start, t.char_end, alignment_mode="expand")
    if span is None:
        return False
    return not _adverbial(span.root) or _main_clause(span.root) and not _in_relative(span.root)


def _timex_fields(t: Timex, period: dt.date | None) -> dict:
    day = _first_day(t.value)
    if period is not None and t.basis == "relative" and day is not None and not _in_month(day, period):
        # a round-up of a past month counts "on Friday" from its publication, after the month it covers:
        # the event is dated to the month, not to a day outside it
        return {"event_date": period, "date_precision": "month", "date_text": t.text, "date_basis": "relative"}
    basis = t.basis if t.basis in ("explicit", "relative") else "explicit"
    return {"event_date": day, "date_precision": t.precision or "unknown", "date_text": t.text, "date_basis": basis}


def _in_month(day: dt.date, month: dt.date) -> bool:
    return (day.year, day.month) == (month.year, month.month)


def _narrative_anchor(t: Timex, article: Article) -> bool:
    """A date that can carry over to the next sentences: a day or a week ("on Friday", "last week"), or a
    month named with its year ("in June 1968"), on or before publication; a bare year or month is a
    background date more often than the story's."""
    if not _not_after_publication(t, article):
        return False
    return t.precision in ("day", "week") or t.precision == "month" and t.basis == "explicit"


def _sentence_timex(roots: list[tuple[Timex, Token]], article: Article) -> Timex | None:
    """The date of a clause of the same sentence that does not govern the event, when the sentence has
    only one date told adverbially in a main clause (two different dates: which one is the event's cannot
    be told)."""
    cands = [t for t, r in roots if _adverbial(r) and _main_clause(r) and _not_after_publication(t, article)]
    return cands[0] if len({t.value for t in cands}) == 1 else None


# each month's full name: the longest of its names in the timex lexicon ("september", not "sept")
_MONTHS = tuple(max((w for w, n in lexicons.document("timex_lexicon")["months"].items() if n == month), key=len)
                for month in range(1, 13))
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def covered_month(article: Article) -> dt.date | None:
    """The 1st of the month a round-up's title names ("..., October 2020") when the article was
    published after that month (within a year): the period its events belong to."""
    if not article.title or article.published_date is None:
        return None
    found = _MONTH_YEAR.search(article.title)
    if found is None:
        return None
    month = dt.date(int(found.group(2)), _MONTHS.index(found.group(1).lower()) + 1, 1)
    pub = article.published_date
    months_before = (pub.year - month.year) * 12 + pub.month - month.month
    return month if 0 < months_before <= 12 else None
