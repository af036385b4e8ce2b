"""Temporal expressions in an article body, resolved against its publication date.

Candidates come from two places: our own patterns (the small spaCy model misses many bare
weekdays and relative phrases) and spaCy DATE entities that the patterns did not cover. Each
candidate is resolved by `newscoder.resolve.dates` in text order, so that "the following day" can
count from the date mentioned just before it. Durations ("two weeks"), ages, decades and times of
day alone are not dates and are left out; so is anything inside a wire-copy crosshead.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span

from newscoder.extract.doctext import char_span, doc_ents, doc_sents, doc_text
from newscoder.records import Article, Timex
from newscoder.resolve.dates import Resolution, lexicon, resolve_expression

__all__ = ["extract_timex"]

EXTRACTOR = "newscoder.extract.timex"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _cap(words) -> str:
    """Capitalized forms only: "March" is a month, "march" is a verb."""
    return _alt(w.capitalize() for w in words)


@functools.cache
def _scanner() -> re.Pattern:
    """One alternation over the raw text; at each position the first (most specific) branch wins."""
    return re.compile("|".join(f"(?:{b})" for b in _branches()))


@functools.cache
def _branches() -> tuple[str, ...]:
    """The scanner's branches, most specific first."""
    lx = lexicon()
    full_months = [m for m in lx["months"] if len(m) > 4 or m in ("may", "june", "july")]
    abbr_months = [m for m in lx["months"] if m not in full_months]
    month_full = rf"(?:{_cap(full_months)})"
    month_any = rf"(?:{_cap(full_months)}|(?:{_cap(abbr_months)})\.?)"
    wday = rf"(?i:{_alt(w for w in lx['weekdays'] if len(w) > 4)})"
    part = rf"(?:[^\S\n]+(?i:{_alt(lx['day_parts'])}))?"
    day = r"\d{1,2}(?:st|nd|rd|th)?(?!\d|[^\S\n]*%|,\d|:\d)"
    year = r"(?:1[89]\d\d|2[01]\d\d)(?![\d-]|[.,]\d|s\b|'s\b)"
    num = rf"(?:\d+|{_alt(lx['numbers'])})"
    unit = r"(?:day|week|month|year)s?"
    season = rf"(?:{_alt(lx['seasons'])})"
    rel = r"(?:this[^\S\n]+past|this[^\S\n]+coming|last|this|next|coming|past|previous)"
    ana = rf"(?:{_alt(lx['anaphoric_words'])})"
    deictic = rf"(?:{_alt(lx['day_deictics'])})"
    # "the day after" counts from the previous date, "the day after the vote" from the vote: keep only the
    # former, recognisable by the punctuation that follows it
    no_np = r"(?=[^\S\n]*(?:[,.;:!?)\"'\u201d\n]|$))"
    wprefix = rf"(?:{wday},?[^\S\n]+)?"
    branches = [
        r"\b\d{4}-\d{2}-\d{2}\b",
        rf"\b{wprefix}{month_any}[^\S\n]+{day},?[^\S\n]+{year}",
        rf"\b{wprefix}(?:the[^\S\n]+)?{day}(?:[^\S\n]+of)?[^\S\n]+{month_any},?[^\S\n]+{year}",
        rf"\b{wprefix}{month_any}[^\S\n]+{day}",
        rf"\b{wprefix}(?:the[^\S\n]+)?{day}(?:[^\S\n]+of)?[^\S\n]+{month_any}\b",
        rf"\b{month_any},?[^\S\n]+(?:of[^\S\n]+)?{year}",
        rf"\b{month_full},?[^\S\n]+(?:of[^\S\n]+)?(?i:{rel}[^\S\n]+year)\b",
        rf"(?i:\b{season}(?:[^\S\n]+of)?[^\S\n]+){year}",
        r"(?i:\bthe[^\S\n]+same[^\S\n]+(?:\w+[^\S\n]+)?(?:a[^\S\n]+year[^\S\n]+(?:ago|earlier|before)|last[^\S\n]+year"
        r"|(?:of[^\S\n]+)?the[^\S\n]+(?:previous|prior|preceding)[^\S\n]+year))\b",
        r"(?i:\bthe[^\S\n]+day[^\S\n]+(?:before[^\S\n]+yesterday|after[^\S\n]+tomorrow))\b",
        rf"(?i:\bthe[^\S\n]+{ana}[^\S\n]+{wday}{part})\b",
        rf"(?i:\bthe[^\S\n]+{ana}[^\S\n]+(?:day|morning|afternoon|evening|night|week|month|year))\b",
        rf"(?i:\bthe[^\S\n]+(?:day|night|week|month|year)[^\S\n]+(?:before|after|previous|earlier))\b{no_np}",
        r"(?i:\bthat[^\S\n]+(?:same[^\S\n]+)?(?:day|week|month|year))\b(?!-)",
        rf"(?i:\b{num}[^\S\n]+{unit}[^\S\n]+(?:ago|later|earlier))\b",
        r"(?i:\b(?:(?:earlier|later)[^\S\n]+)?(?:this[^\S\n]+past|this[^\S\n]+coming|last|this|next|coming|the[^\S\n]+last)"
        r"[^\S\n]+(?:week|month|year))\b(?!-)",
        r"(?i:\bthis[^\S\n]+years)\b(?![^\S\n]+(?:ago|old))",
        rf"(?i:\b(?:the|{rel})[^\S\n]+weekend)\b",
        rf"(?i:\b{rel}[^\S\n]+{season})\b",
        rf"\b(?i:{rel})[^\S\n]+{month_full}\b",
        rf"(?i:\b{deictic}(?:{part})?)\b",
        rf"(?i:\b(?:{rel}[^\S\n]+)?{wday}{part})\b",
        rf"\b(?:(?i:early|late|mid)-?[^\S\n]*)?{month_full}\b(?![^\S\n]+\d)",
        rf"(?<![\d$£€.,-]){year}",
    ]
    return tuple(branches)


# Every branch of the scanner starts at a word start, except a year, which may follow letters ("FY2025").
_STARTS = r"\b(?=\w)|(?<=[^\W\d])(?=[12])"


@functools.cache
def _starts() -> re.Pattern:
    """`_STARTS`, narrowed to the characters a match of the scanner can begin with (speed: most words
    cannot begin a date; a failed attempt of the whole alternation is far dearer than this test)."""
    first = _first_char(_scanner())
    return re.compile(_STARTS if first is None else rf"(?:{_STARTS})(?={first})")


@functools.cache
def _matchers() -> dict[str, Callable[[str, int], re.Match | None] | None]:
    """ASCII character -> `match` of the scanner cut down to the branches that can begin with it, in
    their order (None: no branch can). A branch that cannot begin with a position's character cannot
    match there, so the first branch that matches is the same as the whole scanner's (speed: most
    failed attempts went through all the branches)."""
    branches = _branches()
    firsts = [_first_char(re.compile(b)) for b in branches]
    tests = [None if f is None else re.compile(f) for f in firsts]
    by_branches: dict[tuple[int, ...], Callable[[str, int], re.Match | None] | None] = {}
    out = {}
    for code in range(128):
        c = chr(code)
        picked = tuple(k for k, test in enumerate(tests) if test is None or test.match(c))
        if picked not in by_branches:
            by_branches[picked] = re.compile("|".join(f"(?:{branches[k]})" for k in picked)).match if picked else None
        out[c] = by_branches[picked]
    return out


def _first_char(pattern: re.Pattern) -> str | None:
    """A regex matching one character: every character a match of `pattern` can begin with (read from
    the pattern's parse tree, with its own case rules); None when that cannot be told."""
    try:
        from re import _parser as sre  # the parser behind `re` (Python 3.11+)
    except ImportError:  # pragma: no cover - older Pythons
        return None
    exact: set[str] = set()  # class items read as written
    folded: set[str] = set()  # class items under IGNORECASE

    def first(seq, icase: bool) -> bool:
        """Add the first characters of `seq`; True when `seq` can match the empty string."""
        into = folded if icase else exact
        for op, av in seq:
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue  # consumes nothing: the next item starts the match
            if op is sre.LITERAL:
                into.add(re.escape(chr(av)))
                return False
            if op is sre.IN:
                for kind, value in av:
                    if kind is sre.LITERAL:
                        into.add(re.escape(chr(value)))
                    elif kind is sre.RANGE:
                        into.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                    elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                        into.add(r"\d")
                    else:
                        raise ValueError(kind)
                return False
            if op is sre.SUBPATTERN:
                _group, add, remove, sub = av
                if not first(sub, bool(add & re.IGNORECASE) or icase and not remove & re.IGNORECASE):
                    return False
            elif op is sre.BRANCH:
                if not any([first(alt, icase) for alt in av[1]]):  # a list: every alternative is read
                    return False
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                if not first(av[2], icase) and av[0] > 0:
                    return False
            else:
                raise ValueError(op)
        return True

    try:
        nullable = first(sre.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unknown construct: no narrowing, nothing else changes
        return None
    if nullable or not (exact or folded):
        return None
    parts = [f"[{''.join(sorted(exact))}]"] if exact else []
    if folded:
        parts.append(f"(?i:[{''.join(sorted(folded))}])")
    return f"(?:{'|'.join(parts)})"


def _scan(text: str) -> Iterator[re.Match]:
    """`_scanner().finditer(text)`, trying only the positions where a branch can start (speed: a match
    attempt of the whole alternation at every character was a tenth of the extractors' time)."""
    full = _scanner().match
    matchers = _matchers()
    resume = 0
    for pos in _starts().finditer(text):
        at = pos.start()
        if at < resume:
            continue
        match = matchers.get(text[at], full)  # beyond ASCII: the whole scanner
        if match is None:
            continue
        m = match(text, at)
        if m is not None and m.end() > at:
            resume = m.end()
            yield m


# a bare month name or year is only a date after one of these words (or inside a spaCy DATE entity)
_DATE_PREPS = re.compile(
    r"(?i:\b(?:in|since|until|till|by|of|from|during|before|after|through|to|and|or|between|early|late|mid"
    r"|around|fiscal|year|spring|summer|autumn|fall|winter|the end of|the start of|the beginning of)\s*-?\s*)$"
)
_MONTH_ONLY = re.compile(r"(?:(?:early|late|mid)-?\s*)?(?P<name>[A-Z][a-z]+)")
_YEAR_ONLY = re.compile(r"\d{4}")
_CLOCK_AFTER = re.compile(r"\s*(?:UTC|GMT|Z\b|hrs\b|hours\b|h\b|local\s+time)")
# "over the last year" is a duration, "last year" a date
_DURATION_START = re.compile(r"(?i:the\s+(?:last|past|next)\s+)")
_PRESENT_BE = {"is", "are", "am", "'s", "'re"}
_THAT_SAME = re.compile(r"(?i)^that\s+same\s+")
_THAT_BEFORE = re.compile(r"(?i)\bthat\s+$")


def _that_month(phrase: str, history: list[tuple[str, str]]) -> Resolution | None:
    """ "That September", after "August 20, 2018": the first such month from the date told last, not the last
    one before publication."""
    word = _MONTH_ONLY.fullmatch(phrase)
    month = lexicon()["months"].get(word["name"].lower()) if word else None
    ref = next((v for v, _ in reversed(history) if re.match(r"\d{4}", v)), None)
    if month is None or ref is None:
        return None
    year = int(ref[:4])
    if re.match(r"\d{4}-\d{2}", ref) and month < int(ref[5:7]):
        year += 1
    return Resolution(f"{year:04d}-{month:02d}", "month", "relative")


def _paragraph_year(text: str, start: int, found: list[Timex], article: Article) -> Timex | None:
    """The date told last before `start` in its paragraph, when it is told with its year (explicit) and
    that year is earlier than publication: the year a later bare month of the paragraph belongs to."""
    pub = article.published_date
    para_start = text.rfind("\n", 0, start) + 1
    last = next((t for t in reversed(found) if t.char_start >= para_start), None)
    if pub is None or last is None or last.basis != "explicit" or not re.match(r"\d{4}", last.value):
        return None
    return last if int(last.value[:4]) < pub.year else None


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(lexicon()[key])


@functools.cache
def _duration_before() -> re.Pattern:
    return re.compile(rf"(?i:\b(?:{_alt(lexicon()['duration_cues'])})\s*)$")


def extract_timex(doc: Doc, article: Article) -> list[Timex]:
    """Every temporal expression in the body with an ISO value, in text order."""
    text = article.text
    spans = _candidates(doc, text)
    sent_starts = [s.start_char for s in doc_sents(doc)]
    out: list[Timex] = []
    history: list[tuple[str, str]] = []
    for start, end in spans:
        if article.in_heading(start, end):
            continue
        phrase = text[start:end]
        if _is_duration(text, start, phrase):
            continue
        # "that same day" is "the same day": the date told just before
        said = _THAT_SAME.sub("the same ", phrase)
        tense = _tense(doc, start, end)
        told = history
        if tense == "past" and article.published_date is not None:
            # "the rules take effect on December 10 ... the letter was sent later the same day": a clause told
            # in the past counts "the same day" from the latest date that is not after publication (a later one
            # is what was announced, not when the story happened)
            told = [h for h in history if not _after(h[0], article.published_date)]
        res = resolve_expression(said, article.published_date, history=told, tense=tense)
        if res is None:
            continue
        if res.precision == "month" and history and _THAT_BEFORE.search(text[max(0, start - 6) : start]):
            res = _that_month(phrase, history) or res
        elif res.precision == "month" and res.basis == "relative" and _MONTH_ONLY.fullmatch(phrase) \
                and (ref := _paragraph_year(text, start, out, article)) is not None:
            # "In 1944 the navy lost a ship ... a bomber attacked it in late February": a month named without
            # its year, after an older year told in the same paragraph, is that year's (not the publication's)
            older = _that_month(phrase, [(ref.value, ref.precision)])
            res = older if older is not None and int(older.value[:4]) < article.published_date.year else res
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
    return _months_of_their_year(out, text, article)


def _after(value: str, pub: dt.date) -> bool:
    """The ISO value ("2019-12-10", "2019-12", "2019-W50") begins after the publication date."""
    head = re.match(r"\d{4}(?:-\d\d(?:-\d\d)?)?", value)
    if head is None:
        return False  # (a week or season: never the referent of "the same day")
    return head.group(0) > pub.isoformat()[: len(head.group(0))]


def _months_of_their_year(found: list[Timex], text: str, article: Article) -> list[Timex]:
    """A bare month ("in late February") is the publication's nearest one unless the article names that same
    month with an older year elsewhere ("on February 26, 1944"), and with no other year (explicit or not): then
    it is that month told again. Not when its paragraph also tells a date of the publication's year (the story
    of now)."""
    pub = article.published_date
    if pub is None:
        return found
    told: dict[int, set[int]] = {}  # month -> the years it is named with
    other: dict[int, set[int]] = {}  # month -> the years other mentions resolve to
    for t in found:
        # every other mention of the month counts ("December 27" resolved to last December, too): two years,
        # and which one a bare month means cannot be told
        if t.precision in ("day", "month") and re.match(r"\d{4}-\d{2}", t.value) \
                and (t.basis == "explicit" or not _MONTH_ONLY.fullmatch(t.text)):
            (told if t.basis == "explicit" else other).setdefault(int(t.value[5:7]), set()).add(int(t.value[:4]))
    out = []
    for t in found:
        month = int(t.value[5:7]) if re.fullmatch(r"\d{4}-\d{2}", t.value) else 0
        named = told.get(month, set())
        if t.basis == "relative" and t.precision == "month" and _MONTH_ONLY.fullmatch(t.text) and len(named) == 1 \
                and other.get(month, set()) <= named \
                and (year := next(iter(named))) < pub.year and not _paragraph_of_now(t, found, text, pub):
            t = dataclasses.replace(t, value=f"{year:04d}-{t.value[5:7]}")
        out.append(t)
    return out


def _paragraph_of_now(t: Timex, found: list[Timex], text: str, pub: dt.date) -> bool:
    start = text.rfind("\n", 0, t.char_start) + 1
    end = text.find("\n", t.char_end)
    end = len(text) if end < 0 else end
    return any(x is not t and start <= x.char_start < end and re.match(r"\d{4}", x.value)
               and int(x.value[:4]) >= pub.year for x in found)


def _candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) spans, non-overlapping, in text order."""
    date_ents = [e for e in doc_ents(doc) if e.label_ == "DATE"]
    named = [e for e in doc_ents(doc) if e.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT")]
    surnames = {e[-1].text.lower() for e in named if e.label_ == "PERSON" and len(e) > 1}
    found: list[tuple[int, int]] = []
    for m in _scan(text):
        start, end = m.span()
        phrase = m.group()
        word = _MONTH_ONLY.fullmatch(phrase)
        bare_month = word is not None and word["name"].lower() in lexicon()["months"]
        bare_year = _YEAR_ONLY.fullmatch(phrase) is not None
        if bare_year and _CLOCK_AFTER.match(text, end):
            continue  # "0900 GMT", "1400 hours": a time of day, not a year
        if bare_month or bare_year:
            # "April" may be a name, "2008" a number: keep them after a date word or inside a DATE entity
            in_ent = any(e.start_char <= start and end <= e.end_char for e in date_ents)
            after_prep = _DATE_PREPS.search(text[max(0, start - 20) : start]) is not None
            if not (in_ent or after_prep):
                continue
            if bare_month and word["name"].lower() in surnames and text[end:end + 2] in ("'s", "\u2019s"):
                continue  # "May's deal" after "Theresa May": the person's, not the month's
        if any(e.start_char <= start and end <= e.end_char for e in named) and not any(
            e.start_char <= start and end <= e.end_char for e in date_ents
        ):
            continue  # "June Carter", "Friday Night Lights"
        found.append((start, end))
    for e in date_ents:
        if "\n" in e.text:
            continue  # a heading line run into the dateline
        s, t = _trim(text, e.start_char, e.end_char)
        if text[s:t].lower() in surnames and text[t:t + 2] in ("'s", "\u2019s"):
            continue  # the model's DATE on "May's deal" after "Theresa May"
        if _YEAR_ONLY.fullmatch(text[s:t]) and _CLOCK_AFTER.match(text, t):
            continue  # the model's DATE on "0900 GMT"
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


def _is_duration(text: str, start: int, phrase: str) -> bool:
    """ "in the last year", "for the next year" and "over the past week" measure time; they name no date."""
    if not _DURATION_START.match(phrase) or re.search(r"(?i)\b(day|morning|night)\b", phrase):
        return False
    return _duration_before().search(text[max(0, start - 15) : start]) is not None


def _governing_verb(doc: Doc, start: int, end: int):
    span: Span | None = char_span(doc, start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(6):  # climb to the clause's verb
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in range(span.start, span.end):
            return None  # "August unemployment data could...": the noun, not the verb, owns the date
    return None


def _tense(doc: Doc, start: int, end: int) -> str | None:
    """ "future" if the expression sits in a clause about what will happen, "past" if about what
    happened, "present" for a simple present outside the headline (a schedule: "markets reopen Tuesday"),
    else None. Decides whether a bare "Friday" or "March" is the last or the next one."""
    before = doc_text(doc)[max(0, start - 12) : start].lower()
    if re.search(r"\b(until|till|'til)\s*$", before):
        return "future"  # "closed until Friday"
    if re.search(r"\b(since|as of)\s*$", before):
        return "past"
    verb = _governing_verb(doc, start, end)
    if verb is None:
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _words("future_aux"):
        return "future"
    if auxes & _words("modal_aux"):  # "might be ratified on October 3"; but "could have left Monday"
        return "past" if auxes & {"have", "'ve"} else "future"
    if verb.lemma_ in _words("plan_verbs") and auxes & _PRESENT_BE:
        return "future"  # "is scheduled for June"
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb and head.lemma_ in _words("plan_verbs"):
        # "is expected to land", "is going to sign", "is to begin": future when the frame is present
        head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head_aux & (_words("future_aux") | _PRESENT_BE) or head.tag_ in ("VBZ", "VBP"):
            return "future"
        if head.tag_ == "VBD" or head_aux & {"was", "were"}:
            return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in _words("reporting_verbs") and "\n" in doc_text(doc)[:start]:
        return "present"  # "markets reopen Tuesday"; headlines use the present for the past, so not there
    if verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and (auxes & {"has", "have", "had", "'ve", "'d", "was", "were"} or not auxes)
    ):
        return "past"  # "announced in January", "plans announced in January", "has left"
    return None
