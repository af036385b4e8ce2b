"""Date arithmetic: turn one temporal expression into an ISO value against an anchor date.

Pure functions, no spaCy. The extractor (`newscoder.extract.timex`) finds the expressions and says
which tense they sit in; this module decides what they mean:

- deictic expressions ("yesterday", "Thursday", "last week") count from the *anchor*, the
  publication date;
- anaphoric expressions ("the following day", "the previous year", "two days later") count from
  an earlier date in the same text, passed in as `history` (most recent last); without one they
  fall back to the anchor.

Values are ISO 8601: `2026-01-29` (day), `2026-W05` (week), `2026-01` (month), `2026` (year), or an
interval `2026-01-31/2026-02-01` (a weekend, precision week; a season, precision month).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newscoder import lexicons

__all__ = ["Resolution", "lexicon", "resolve_expression", "resolve_relative", "normalize"]

# ------------------------------------------------------------------ word lists


@functools.cache
def lexicon() -> dict:
    """The word lists in `newscoder/data/timex_lexicon.json` (loaded once)."""
    return lexicons.document("timex_lexicon")


def _alt(words) -> str:
    """Regex alternation, longest first so "sept" wins over "sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _res() -> dict[str, re.Pattern]:
    """Full-match patterns over a normalized (lower-case, single-spaced) expression."""
    lx = lexicon()
    month = rf"(?P<month>{_alt(lx['months'])})\.?"
    wday = rf"(?P<wday>{_alt(lx['weekdays'])})\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<year>1[89]\d\d|2[01]\d\d)"
    num = rf"(?P<num>\d+|{_alt(lx['numbers'])})"
    unit = r"(?P<unit>day|week|month|year)s?"
    part = rf"(?:\s+(?:{_alt(lx['day_parts'])}))?"
    rel = rf"(?P<rel>{_alt(lx['relative_words'])})"
    ana = rf"(?P<ana>{_alt(lx['anaphoric_words'])})"
    season = rf"(?P<season>{_alt(lx['seasons'])})"
    wprefix = rf"(?:{wday},?\s+)?"
    p = {
        "iso_day": r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})",
        "iso_month": r"(?P<year>\d{4})-(?P<m>\d{2})",
        "mdy": rf"{wprefix}{month}\s+{day},?\s+{year}",
        "dmy": rf"{wprefix}(?:the\s+)?{day}(?:\s+of)?\s+{month},?\s+{year}",
        "md": rf"{wprefix}{month}\s+{day}",
        "dm": rf"{wprefix}(?:the\s+)?{day}(?:\s+of)?\s+{month}",
        "month_year": rf"{month},?\s+(?:of\s+)?{year}",
        "month_relyear": rf"{month},?\s+(?:of\s+)?{rel}\s+year",
        "season_year": rf"{season}(?:\s+of)?\s+{year}",
        "year": year,
        "month": rf"(?:{rel}\s+)?{month}",
        "season": rf"(?:{rel}\s+)?{season}",
        "deictic": rf"(?P<deictic>{_alt(lx['day_deictics'])}){part}",
        "wday_ana": rf"the\s+{ana}\s+{wday}{part}",
        "wday": rf"(?:{rel}\s+)?(?:(?:early|late)\s+)?{wday}{part}",
        "weekend": rf"(?:the|{rel})\s+weekend",
        "ago": rf"{num}\s+{unit}\s+(?:ago|back)",
        "later": rf"{num}\s+{unit}\s+(?P<dir>later|earlier|afterwards?)",
        "ana_day": rf"the\s+(?:{ana}\s+(?P<u1>day|morning|afternoon|evening|night)"
        rf"|(?P<u2>day|night)\s+(?P<dir>before|after|earlier|previous))",
        "same_last_year": r"the\s+same\s+(?:(?P<unit>\w+)\s+)?(?:a\s+year\s+(?:ago|earlier|before)|last\s+year"
        r"|the\s+(?:previous|prior|preceding)\s+year|of\s+the\s+(?:previous|prior|preceding)\s+year)",
        "ana_unit": rf"(?:the\s+{ana}|that)\s+{unit}",
        "unit_dir": rf"the\s+{unit}\s+(?P<dir>before|after|previous|earlier)",
        "rel_unit": rf"(?:(?P<when>earlier|later)\s+)?(?:{rel}|the\s+(?P<thelast>last))\s+{unit}",
    }
    return {k: re.compile(v) for k, v in p.items()}


# ------------------------------------------------------------------ value helpers


@dataclass(frozen=True, slots=True)
class Resolution:
    value: str  # ISO date, week, month, year, or an a/b interval
    precision: str  # day | week | month | year
    basis: str  # explicit | relative


def _day(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _first_day(value: str) -> dt.date | None:
    """First day of an ISO value (used to count from an earlier expression)."""
    v = value.split("/", 1)[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            return dt.date.fromisoformat(v)
        if re.fullmatch(r"\d{4}-W\d{2}", v):
            return dt.date.fromisocalendar(int(v[:4]), int(v[6:]), 1)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return dt.date(int(v[:4]), int(v[5:]), 1)
        if re.fullmatch(r"\d{4}", v):
            return dt.date(int(v), 1, 1)
    except ValueError:
        return None
    return None


def _shift_years(value: str, n: int) -> str | None:
    """The same period n years earlier (negative n) or later."""
    if "/" in value:
        parts = [_shift_years(v, n) for v in value.split("/", 1)]
        return None if None in parts else "/".join(parts)  # type: ignore[arg-type]
    d = _first_day(value)
    if d is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return _day(d.replace(year=d.year + n))
        except ValueError:  # 29 February
            return _day(d.replace(year=d.year + n, day=28))
    if "W" in value:
        return f"{int(value[:4]) + n:04d}{value[4:]}"
    return f"{int(value[:4]) + n:04d}{value[4:]}"


def _same_period_last_year(unit: str | None, history: Sequence[tuple[str, str]], anchor: dt.date) -> Resolution | None:
    """ "The same quarter/month/week/day a year ago": the named period around the latest date at least
    that fine (else the publication date), one year earlier. Any other word ("period") keeps the
    reference's own granularity."""
    if unit in ("day", "date"):
        unit = "day"
    if unit in ("day", "week", "month", "quarter"):
        value, _ = _ref(history, anchor, "month" if unit == "quarter" else unit)
        d = _first_day(value) or anchor
        y = d.year - 1
        if unit == "day":
            return Resolution(_shift_years(_day(d), -1) or _day(d), "day", "relative")
        if unit == "week":
            return Resolution(_shift_years(_week(d), -1) or _week(d), "week", "relative")
        if unit == "month":
            return Resolution(_month(y, d.month), "month", "relative")
        first = 3 * ((d.month - 1) // 3) + 1  # a quarter is a three-month interval
        return Resolution(f"{_month(y, first)}/{_month(y, first + 2)}", "month", "relative")
    value, precision = _ref(history, anchor, "year")
    shifted = _shift_years(value, -1)
    return Resolution(shifted, precision, "relative") if shifted else None


def _weekday_from(anchor: dt.date, wday: int, direction: int, inclusive: bool) -> dt.date:
    """The nearest `wday` before (direction -1) or after (+1) the anchor; `inclusive` lets it be the anchor."""
    if direction < 0:
        back = (anchor.weekday() - wday) % 7
        if back == 0 and not inclusive:
            back = 7
        return anchor - dt.timedelta(days=back)
    ahead = (wday - anchor.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def _weekend(anchor: dt.date, direction: int, skip_current: bool) -> str:
    """Saturday/Sunday interval: the current weekend when the anchor is in one, else the last or next."""
    wd = anchor.weekday()
    if wd >= 5 and not skip_current:
        sat = anchor - dt.timedelta(days=wd - 5)
    elif direction < 0:
        sat = _weekday_from(anchor, 5, -1, inclusive=False)
        if wd >= 5:  # "last weekend" said during a weekend: the one before
            sat = anchor - dt.timedelta(days=wd - 5 + 7)
    else:
        sat = _weekday_from(anchor, 5, 1, inclusive=False)
    return f"{_day(sat)}/{_day(sat + dt.timedelta(days=1))}"


def _nearest_year(anchor: dt.date, month: int, day: int, tense: str | None) -> dt.date | None:
    """A month-day without a year: the candidate year nearest the anchor. Dates on the side the tense
    does not point to count double (past tense and no tense prefer the past), so "January 3" in a
    February story is this January, "December 15" is last December."""
    best, best_cost = None, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        delta = (d - anchor).days
        disfavoured = delta < 0 if tense == "future" else delta > 0
        cost = abs(delta) * (2 if disfavoured else 1)
        if best_cost is None or cost < best_cost:
            best, best_cost = d, cost
    return best


_FINER = {
    "day": ("day",),
    "week": ("day", "week"),
    "month": ("day", "week", "month"),
    "year": ("day", "week", "month", "year"),
}


def _ref(history: Sequence[tuple[str, str]], anchor: dt.date, unit: str) -> tuple[str, str]:
    """The earlier expression an anaphoric one counts from: the latest one at least as fine as the
    unit ("the following day" needs a day, "the previous year" takes any date), else the anchor."""
    for value, precision in reversed(history):
        if precision in _FINER[unit] and _first_day(value) is not None:
            return value, precision
    return _day(anchor), "day"


# ------------------------------------------------------------------ parsing


_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})


def normalize(text: str) -> str:
    """Lower case, single spaces, no possessive "'s", no leading preposition."""
    t = " ".join(text.translate(_APOS).lower().split()).strip(" ,.;:()\"'")
    t = re.sub(r"'s$", "", t)
    prefixes = sorted(lexicon()["strip_prefixes"] + ["over"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for p in prefixes:
            if t.startswith(p + " "):
                t, changed = t[len(p) + 1 :], True
    # qualifiers name a part of the period; the value is the period itself
    t = re.sub(
        r"^(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|first half|second half|rest|remainder"
        r"|course)\s+of\s+(?:the\s+)?(?=\w)",
        "",
        t,
    )
    t = re.sub(r"^(?:early|late|mid)-?\s*(?=(?:\d|last|this|next|the|[a-z]+ \d|[a-z]+$))", "", t)
    if t == "this years":  # a common typo for "this year's"
        t = "this year"
    return t


def _num(word: str) -> int:
    return int(word) if word.isdigit() else lexicon()["numbers"][word]


def resolve_expression(
    text: str,
    anchor: dt.date,
    *,
    history: Sequence[tuple[str, str]] = (),
    tense: str | None = None,
) -> Resolution | None:
    """Resolve one expression ("last Tuesday", "January 3", "the following day") or return None.

    `anchor` is the publication date; `history` the (value, precision) of the expressions met
    earlier in the text, oldest first; `tense` "past", "future", "present" or None (bare weekdays
    then mean the most recent such day, the publication day included; "present" points a weekday
    forward, as in a schedule, and leaves months and days of the month alone)."""
    t = normalize(text)
    if tense == "present" and not _res()["wday"].fullmatch(t):
        tense = None
    if not t:
        return None
    lx = lexicon()
    res = _res()
    months, wdays = lx["months"], lx["weekdays"]

    def full(name: str) -> re.Match | None:
        return res[name].fullmatch(t)

    try:
        if m := full("iso_day"):
            return Resolution(_day(dt.date(int(m["year"]), int(m["m"]), int(m["day"]))), "day", "explicit")
        if m := full("iso_month"):
            if 1 <= int(m["m"]) <= 12:
                return Resolution(_month(int(m["year"]), int(m["m"])), "month", "explicit")
            return None
        if (m := full("mdy")) or (m := full("dmy")):
            d = dt.date(int(m["year"]), months[m["month"]], int(m["day"]))
            return Resolution(_day(d), "day", "explicit")
    except ValueError:  # "February 30"
        return None
    if (m := full("md")) or (m := full("dm")):
        return _month_day(m, anchor, tense)
    if m := full("month_year"):
        return Resolution(_month(int(m["year"]), months[m["month"]]), "month", "explicit")
    if m := full("month_relyear"):
        y = anchor.year + lx["relative_words"][m["rel"]]
        return Resolution(_month(y, months[m["month"]]), "month", "relative")
    if m := full("season_year"):
        return _season(m["season"], anchor, 0, tense, year=int(m["year"]))
    if m := full("year"):
        return Resolution(m["year"], "year", "explicit")
    if m := full("deictic"):
        return Resolution(_day(anchor + dt.timedelta(days=lx["day_deictics"][m["deictic"]])), "day", "relative")
    if m := full("wday_ana"):
        ref = _first_day(_ref(history, anchor, "day")[0]) or anchor
        direction = 1 if lx["anaphoric_words"][m["ana"]] >= 0 else -1
        d = _weekday_from(ref, wdays[m["wday"]], direction, inclusive=False)
        return Resolution(_day(d), "day", "relative")
    if m := full("wday"):
        return _weekday(m, anchor, tense)
    if m := full("weekend"):
        rel = lx["relative_words"].get(m["rel"] or "", 0)
        if rel == 0:
            value = _weekend(anchor, 1 if tense == "future" else -1, skip_current=False)
        else:
            value = _weekend(anchor, rel, skip_current=True)
        return Resolution(value, "week", "relative")
    if m := full("month"):
        return _month_only(months[m["month"]], lx["relative_words"].get(m["rel"] or "", None), anchor, tense)
    if m := full("season"):
        if m["rel"] is None and tense is None:
            return None  # a bare "fall" or "spring" is too often not a date
        return _season(m["season"], anchor, lx["relative_words"][m["rel"]] if m["rel"] else None, tense)
    if m := full("ago"):
        return _count(m["unit"], -_num(m["num"]), _first_day(_day(anchor)) or anchor, "relative")
    if m := full("later"):
        n = _num(m["num"]) * (-1 if m["dir"] == "earlier" else 1)
        ref = _ref(history, anchor, m["unit"])
        return _count(m["unit"], n, _first_day(ref[0]) or anchor, "relative")
    if m := full("ana_day"):
        ref = _first_day(_ref(history, anchor, "day")[0]) or anchor
        if m["u1"]:
            n = lx["anaphoric_words"][m["ana"]]
        else:
            n = 1 if m["dir"] == "after" else -1
        return Resolution(_day(ref + dt.timedelta(days=n)), "day", "relative")
    if m := full("same_last_year"):
        return _same_period_last_year(m["unit"], history, anchor)
    if (m := full("ana_unit")) or (m := full("unit_dir")):
        groups = m.groupdict()
        if groups.get("ana"):
            n = lx["anaphoric_words"][groups["ana"]]
        elif groups.get("dir"):
            n = 1 if groups["dir"] == "after" else -1
        else:
            n = 0  # "that day", "that week"
        ref_value, _ = _ref(history, anchor, m["unit"])
        return _count(m["unit"], n, _first_day(ref_value) or anchor, "relative")
    if m := full("rel_unit"):
        if m["unit"] == "day":
            return None
        n = -1 if m["thelast"] else lx["relative_words"][m["rel"]]
        return _count(m["unit"], n, anchor, "relative")
    return None


def resolve_relative(
    text: str,
    anchor: dt.date,
    *,
    history: Sequence[tuple[str, str]] = (),
    tense: str | None = None,
) -> tuple[str, str] | None:
    """(value, precision) of an expression against an anchor date, or None if it is not a date.

    >>> resolve_relative("Thursday", dt.date(2026, 2, 2))
    ('2026-01-29', 'day')
    """
    r = resolve_expression(text, anchor, history=history, tense=tense)
    return (r.value, r.precision) if r else None


# ------------------------------------------------------------------ the cases


def _count(unit: str, n: int, ref: dt.date, basis: str) -> Resolution:
    """n days/weeks/months/years from ref, at the precision of the unit."""
    if unit == "day":
        return Resolution(_day(ref + dt.timedelta(days=n)), "day", basis)
    if unit == "week":
        return Resolution(_week(ref + dt.timedelta(weeks=n)), "week", basis)
    if unit == "month":
        return Resolution(_month(*_add_months(ref.year, ref.month, n)), "month", basis)
    return Resolution(f"{ref.year + n:04d}", "year", basis)


def _month_day(m: re.Match, anchor: dt.date, tense: str | None) -> Resolution | None:
    month, day = lexicon()["months"][m["month"]], int(m["day"])
    d = _nearest_year(anchor, month, day, tense)
    if d is None:
        return None
    if m["wday"]:  # "Tuesday, June 19": trust the year whose calendar agrees with the weekday
        wd = lexicon()["weekdays"][m["wday"]]
        for y in (d.year, anchor.year, anchor.year - 1, anchor.year + 1):
            try:
                cand = dt.date(y, month, day)
            except ValueError:
                continue
            if cand.weekday() == wd:
                d = cand
                break
    return Resolution(_day(d), "day", "relative")


def _month_only(month: int, rel: int | None, anchor: dt.date, tense: str | None) -> Resolution:
    """ "last September" is the latest September before this month; "this September" is this year's;
    a bare month name takes the tense (no tense: the nearer one, the past on a tie)."""
    y = anchor.year
    if rel == 0:
        return Resolution(_month(y, month), "month", "relative")
    before = y if month < anchor.month else y - 1
    after = y if month > anchor.month else y + 1
    if rel == -1:
        y = before
    elif rel == 1:
        y = after
    elif month == anchor.month:
        y = anchor.year
    elif tense == "future":
        y = after
    elif tense == "past":
        y = before
    else:
        back = (anchor.month - month) % 12
        y = before if back <= 12 - back else after
    return Resolution(_month(y, month), "month", "relative")


def _season(name: str, anchor: dt.date, rel: int | None, tense: str | None, year: int | None = None) -> Resolution:
    """A season as a month interval (northern hemisphere; winter starts in December)."""
    first, last = lexicon()["seasons"][name]
    length = (last - first) % 12 + 1

    def span(y: int) -> tuple[dt.date, dt.date]:
        end = dt.date(*_add_months(y, first, length), 1) - dt.timedelta(days=1)
        return dt.date(y, first, 1), end

    if year is not None:
        start_year, basis = year, "explicit"
    else:
        basis = "relative"
        years = range(anchor.year - 2, anchor.year + 2)
        current = [y for y in years if span(y)[0] <= anchor <= span(y)[1]]
        past = max(y for y in years if span(y)[1] < anchor)
        coming = min(y for y in years if span(y)[0] > anchor)
        if rel is not None and rel < 0:
            start_year = past
        elif rel is not None and rel > 0:
            start_year = coming
        elif current:
            start_year = current[0]
        elif rel == 0:
            start_year = anchor.year  # "this summer": the one of this calendar year
        else:
            start_year = coming if tense == "future" else past
    a, b = span(start_year)
    return Resolution(f"{_day(a)}/{_day(b)}", "month", basis)


def _weekday(m: re.Match, anchor: dt.date, tense: str | None) -> Resolution:
    """News convention: a bare weekday is the latest such day, the publication day included
    ("Monday" in a Monday story is that day); in a future-tense clause it is the next one."""
    wd = lexicon()["weekdays"][m["wday"]]
    rel = lexicon()["relative_words"].get(m["rel"] or "", None)
    if rel == -1:
        d = _weekday_from(anchor, wd, -1, inclusive=False)
    elif rel == 1:
        d = _weekday_from(anchor, wd, 1, inclusive=False)
    else:
        d = _weekday_from(anchor, wd, 1 if tense in ("future", "present") else -1, inclusive=True)
    return Resolution(_day(d), "day", "relative")
