"""Field normalisation shared by every reader: dates, ids, hashes, crossheads."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from newscoder.licenses import normalize_license
from newscoder.records import Article

# A wire-copy crosshead: a short line framed by dashes, e.g. "- 'No more oil' -".
CROSSHEAD = re.compile(r"^[ \t]*[-\u2013\u2014]+[ \t]*(?P<title>[^\n]{1,100}?)[ \t]*[-\u2013\u2014]+[ \t]*$", re.M)


class InputError(ValueError):
    """A bad input: `kind` is a stable, machine-readable reason (see docs/inputs.md, build report)."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def parse_date(value: object, *, required: bool = True) -> dt.date | None:
    """ISO 8601 (date or datetime) or YYYYMMDD -> date; InputError('bad-date') otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or str(value).strip() == "":
        if not required:
            return None
        raise InputError("no-date", "the article has no publication date")
    s = str(value).strip()
    if re.fullmatch(r"\d{8}", s):
        s = f"{s[:4]}-{s[4:6]}-{s[6:]}"
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:$|[T ])", s)
    if not m:
        raise InputError("bad-date", f"unreadable publication date {value!r} (expected ISO 8601 or YYYYMMDD)")
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        raise InputError("bad-date", f"impossible publication date {value!r}") from None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_article_id(external_id: str) -> str:
    """Deterministic and stable: depends only on the input's own id, never on other articles."""
    return "art_" + hashlib.sha256(external_id.encode("utf-8")).hexdigest()[:16]


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# A first (non-blank) line that is nothing but a date ("Friday, January 4, 2019", "4 January 2019", "2019-01-04"): the
# dateline of wiki and blog exports. Trailing spaces (often a no-break space) are not part of it.
DATE_LINE = re.compile(
    r"\A\s*(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t\u00a0]+)?"
    rf"(?:(?:{_MONTHS})\.?[ \t\u00a0]+\d{{1,2}},?[ \t\u00a0]+\d{{4}}"
    rf"|\d{{1,2}}[ \t\u00a0]+(?:{_MONTHS})\.?,?[ \t\u00a0]+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}))[ \t\u00a0]*$",
    re.M,
)


def find_headings(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of crosshead lines, and of a dateline that is the whole first line; extractors treat them as
    headings, not prose."""
    spans = []
    first = DATE_LINE.match(text)
    if first:
        spans.append((first.start("date"), first.end("date")))
    for m in CROSSHEAD.finditer(text):
        title = m.group("title")
        # a dash-framed line that is itself a sentence of prose is unlikely; require no final period
        if title and not title.rstrip("'\"\u2019\u201d").endswith("."):
            spans.append((m.start(), m.end()))
    return tuple(spans)


def build_article(
    *,
    text: object,
    date: object,
    external_id: str,
    source_path: str,
    source_format: str,
    source_sha256: str,
    title: object = None,
    url: object = None,
    publisher: object = None,
    byline: object = None,
    language: object = None,
    license: object = None,
    attribution: object = None,
    strict: bool = True,
) -> Article:
    """Check the fields every reader shares and make the Article (raises InputError)."""
    if text is None:
        raise InputError("missing-text", "the article has no 'text' field")
    if not isinstance(text, str):
        raise InputError("missing-text", f"'text' must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError("empty", "the article text is empty")
    try:
        published = parse_date(date)
    except InputError:
        if strict:
            raise
        published = None  # lenient mode (extract): keep the article, leave relative dates unresolved

    def opt(v: object) -> str | None:
        return None if v is None or str(v).strip() == "" else str(v).strip()

    return Article(
        article_id=make_article_id(external_id),
        text=text,
        published_date=published,
        external_id=external_id,
        title=opt(title),
        publisher=opt(publisher),
        byline=opt(byline),
        url=opt(url),
        language=opt(language) or "en",
        text_sha256=sha256_text(text),
        source_path=source_path,
        source_format=source_format,
        source_sha256=source_sha256,
        headings=find_headings(text),
        license=normalize_license(license),
        attribution=opt(attribution),
    )
