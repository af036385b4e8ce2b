"""Plain-text and Markdown articles: YAML front matter, or a first line `date YYYY-MM-DD`."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from newscoder.ingest.fields import InputError, build_article
from newscoder.records import Article

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n---[ \t]*\n", re.S)
# The seed's own header: " date 2026-02-02 " then the body, possibly on the same line.
DATE_HEADER = re.compile(r"\A\s*date\s+(?P<date>\d{4}-?\d{2}-?\d{2})\b[ \t]*\n?")


def read_text(raw: str, *, path: str, stem: str, fmt: str, sha: str, strict: bool = True) -> Iterator[Article]:
    raw = raw.replace("\r\n", "\n")
    meta: dict = {}
    body = raw
    m = FRONT_MATTER.match(raw)
    if m:
        try:
            loaded = yaml.safe_load(m.group("yaml")) or {}
        except (yaml.YAMLError, ValueError, OverflowError) as exc:  # ValueError: an impossible date (0000-00-00)
            raise InputError("bad-front-matter", f"YAML front matter does not parse: {exc}") from None
        if not isinstance(loaded, dict):
            raise InputError("bad-front-matter", "YAML front matter must be a mapping of fields")
        meta = loaded
        body = raw[m.end():]
    else:
        h = DATE_HEADER.match(raw)
        if h:
            meta = {"date": h.group("date")}
            body = raw[h.end():]
    yield build_article(
        text=body.strip(),
        date=meta.get("date"),
        external_id=str(meta.get("id") or stem),
        source_path=path,
        source_format=fmt,
        source_sha256=sha,
        strict=strict,
        title=meta.get("title"),
        url=meta.get("url"),
        publisher=meta.get("publisher"),
        byline=meta.get("byline") or meta.get("author"),
        language=meta.get("language"),
        license=meta.get("license"),
        attribution=meta.get("attribution"),
    )
