"""Temporal expressions in an article body, resolved against its publication date.

Candidates come from two places: our own patterns (the small spaCy model misses many bare
weekdays and relative phrases) and spaCy DATE entities that the patterns did not cover. Each
candidate is resolved by `newscoder.resolve.dates` in text order, so that "the following day" can
count from the date mentioned just before it. Durations ("two weeks"), ages, decades and times of
day alone are not dates and are left out; so is anything inside a wire-copy crosshead.
"""

from __future__ import annotations

import bisect
import functools
import re

from spacy.tokens import Doc, Span

from newscoder.records import Article, Timex
from newscoder.resolve.dates import lexicon, resolve_expression

__all__ = ["extract_timex"]

EXTRACTOR = "newscoder.extract.dates"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _cap(words) -> str:
    """Capitalized forms only: "March" is a month, "march" is a verb."""
    return _alt(w.capitalize() for w in words)


@functools.cache
def _scanner() -> re.Pattern:
    """One alternation over the raw text; at each position the first (most specific) branch wins."""
    lx = lexicon()
    full_months = [m for m in lx["months"] if len(m) > 4 or m in ("may", "june", "july")]
    abbr_months = [m for m in lx["months"] if m not in full_months]
    month_full = rf"(?:{_cap(full_months)})"
    month_any = rf"(?:{_cap(full_months)}|(?:{_cap(abbr_months)})\.?)"
    wday = rf"(?i:{_alt(w for w in lx['weekdays'] if len(w) > 4)})"
    part = rf"(?:\s+(?i:{_alt(lx['day_parts'])}))?"
    day = r"\d{1,2}(?:st|nd|rd|th)?(?!\d|\s*%|,\d|:\d)"
    year = r"(?:1[89]\d\d|2[01]\d\d)(?![\d-]|s\b|'s\b)"
    num = rf"(?:\d+|{_alt(lx['numbers'])})"
    unit = r"(?:day|week|month|year)s?"
    season = rf"(?:{_alt(lx['seasons'])})"
    rel = r"(?:this\s+past|this\s+coming|last|this|next|coming|past|previous)"
    ana = rf"(?:{_alt(lx['anaphoric_words'])})"
    deictic = rf"(?:{_alt(lx['day_deictics'])})"
    # "the day after" counts from the previous date, "the day after the vote" from the vote: skip the latter
    no_np = r"(?!\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|[A-Z]\w*|\d))"
    wprefix = rf"(?:{wday},?\s+)?"
    branches = [
        r"\b\d{4}-\d{2}-\d{2}\b",
        rf"\b{wprefix}{month_any}\s+{day},?\s+{year}",
        rf"\b{wprefix}(?:the\s+)?{day}(?:\s+of)?\s+{month_any},?\s+{year}",
        rf"\b{wprefix}{month_any}\s+{day}",
        rf"\b{wprefix}(?:the\s+)?{day}(?:\s+of)?\s+{month_any}\b",
        rf"\b{month_any},?\s+(?:of\s+)?{year}",
        rf"(?i:\b{season}(?:\s+of)?\s+){year}",
        r"(?i:\bthe\s+same\s+(?:\w+\s+)?(?:a\s+year\s+(?:ago|earlier|before)|last\s+year"
        r"|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+year))\b",
        r"(?i:\bthe\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b",
        rf"(?i:\bthe\s+{ana}\s+{wday}{part})\b",
        rf"(?i:\bthe\s+{ana}\s+(?:day|morning|afternoon|evening|night|week|month|year))\b",
        rf"(?i:\bthe\s+(?:day|night|week|month|year)\s+(?:before|after|previous|earlier))\b{no_np}",
        r"(?i:\bthat\s+(?:day|week|month|year))\b(?!-)",
        rf"(?i:\b{num}\s+{unit}\s+(?:ago|later|earlier))\b",
        r"(?i:\b(?:(?:earlier|later)\s+)?(?:this\s+past|this\s+coming|last|this|next|coming|the\s+last)"
        r"\s+(?:week|month|year))\b(?!-)",
        r"(?i:\bthis\s+years)\b(?!\s+(?:ago|old))",
        rf"(?i:\b(?:the|{rel})\s+weekend)\b",
        rf"(?i:\b{rel}\s+{season})\b",
        rf"\b(?i:{rel})\s+{month_full}\b",
        rf"(?i:\b{deictic}(?:{part})?)\b",
        rf"(?i:\b(?:{rel}\s+)?{wday}{part})\b",
        rf"\b(?:(?i:early|late|mid)-?\s*)?{month_full}\b(?!\s+\d)",
        rf"(?<![\d$£€.,-]){year}",
    ]
    return re.compile("|".join(f"(?:{b})" for b in branches))


# a bare month name or year is only a date after one of these words (or inside a spaCy DATE entity)
_DATE_PREPS = re.compile(
    r"(?i:\b(?:in|since|until|till|by|of|from|during|before|after|through|to|and|or|between|early|late|mid"
    r"|around|fiscal|year|spring|summer|autumn|fall|winter|the end of|the start of|the beginning of)\s*-?\s*)$"
)
_MONTH_ONLY = re.compile(r"(?:(?:early|late|mid)-?\s*)?[A-Z][a-z]+")
_YEAR_ONLY = re.compile(r"\d{4}")
# "over the last year" is a duration, "last year" a date
_DURATION_BEFORE = re.compile(r"(?i:\b(?:over|within|during|throughout|in|for)\s*)$")
_DURATION_START = re.compile(r"(?i:the\s+(?:last|past|next)\s+)")
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_PAST_AUX = {"has", "have", "had", "'ve", "'d", "was", "were"}
_PLAN_VERBS = {"expect", "schedule", "set", "due", "plan", "go", "be", "intend", "hope"}


def extract_timex(doc: Doc, article: Article) -> list[Timex]:
    """Every temporal expression in the body with an ISO value, in text order."""
    text = article.text
    spans = _candidates(doc, text)
    sent_starts = [s.start_char for s in doc.sents]
    out: list[Timex] = []
    history: list[tuple[str, str]] = []
    for start, end in spans:
        if article.in_heading(start, end):
            continue
        phrase = text[start:end]
        if _is_duration(doc, text, start, phrase):
            continue
        res = resolve_expression(phrase, article.published_date, history=history, tense=_tense(doc, start, end))
        if res is None:
            continue
        start, end = _trim(text, start, end)
        out.append(
            Timex(
                char_start=start,
                char_end=end,
                text=text[start:end],
                value=res.value,
                precision=res.precision,
                basis=res.basis,
                sentence_index=max(0, bisect.bisect_right(sent_starts, start) - 1),
            )
        )
        history.append((res.value, res.precision))
    return out


def _candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) spans, non-overlapping, in text order."""
    date_ents = [e for e in doc.ents if e.label_ == "DATE"]
    named = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT")]
    found: list[tuple[int, int]] = []
    for m in _scanner().finditer(text):
        start, end = m.span()
        phrase = m.group()
        bare_month = _MONTH_ONLY.fullmatch(phrase) is not None
        bare_year = _YEAR_ONLY.fullmatch(phrase) is not None
        if bare_month or bare_year:
            # "April" may be a name, "2008" a number: keep them after a date word or inside a DATE entity
            in_ent = any(e.start_char <= start and end <= e.end_char for e in date_ents)
            after_prep = _DATE_PREPS.search(text[max(0, start - 20) : start]) is not None
            if not (in_ent or after_prep):
                continue
        if any(e.start_char <= start and end <= e.end_char for e in named) and not any(
            e.start_char <= start and end <= e.end_char for e in date_ents
        ):
            continue  # "June Carter", "Friday Night Lights"
        found.append((start, end))
    for e in date_ents:
        s, t = _trim(text, e.start_char, e.end_char)
        if s < t and not any(a < t and s < b for a, b in found):
            found.append((s, t))
    found.sort()
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and a trailing possessive or punctuation from a span."""
    m = re.match(r"(?i:(?:on|in|at|by|from|since|until|till|during|as of|of|for)\s+)", text[start:end])
    if m and m.end() < end - start:
        start += m.end()
    while end > start and text[end - 1] in " ,.;:()\"'\u2019":
        end -= 1
    if text[start:end].endswith(("'s", "\u2019s")):
        end -= 2
    return start, end


def _is_duration(doc: Doc, text: str, start: int, phrase: str) -> bool:
    """"in the last year" and "over the past week" measure time; they do not name a date."""
    if not _DURATION_START.match(phrase) or re.search(r"(?i)\b(day|morning|night)\b", phrase):
        return False
    before = text[max(0, start - 15) : start]
    if not _DURATION_BEFORE.search(before):
        return False
    if re.search(r"(?i)\bfor\s*$", before):
        # "has worked here for the last year" is a duration; "a profit for the last year" a period
        verb = _governing_verb(doc, start, start + len(phrase))
        return verb is not None and any(c.lower_ in ("has", "have", "had", "'ve") for c in verb.children)
    return True


def _governing_verb(doc: Doc, start: int, end: int):
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(6):  # climb to the clause's verb
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _tense(doc: Doc, start: int, end: int) -> str | None:
    """"future" if the expression sits in a clause about what will happen, "past" if about what
    happened, else None. Decides whether a bare "Friday" is the last or the next one."""
    if re.search(r"\b(until|till|'til)\s*$", doc.text[max(0, start - 12) : start].lower()):
        return "future"  # "closed until Friday"
    verb = _governing_verb(doc, start, end)
    if verb is None:
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_AUX:
        return "future"
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb and head.lemma_ in _PLAN_VERBS:
        # "is expected to land", "is going to sign", "is to begin": future when the frame is present
        head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head_aux & _FUTURE_AUX or head_aux & {"is", "are", "am", "'s", "'re"} or head.tag_ in ("VBZ", "VBP"):
            return "future"
        if head.tag_ == "VBD" or head_aux & {"was", "were"}:
            return "past"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & _PAST_AUX):
        return "past"
    return None
