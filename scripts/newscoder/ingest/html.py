"""HTML pages: main text and metadata extracted with trafilatura (no network access)."""

from __future__ import annotations

from collections.abc import Iterator

from newscoder.ingest.fields import InputError, build_article
from newscoder.records import Article


def read_html(raw: str, *, path: str, stem: str, sha: str, strict: bool = True) -> Iterator[Article]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise InputError("empty", "no main text found in the HTML page")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    yield build_article(
        text=(data.get("text") or "").strip(),
        date=data.get("date"),
        external_id=stem,
        source_path=path,
        source_format="html",
        source_sha256=sha,
        strict=strict,
        title=data.get("title"),
        url=data.get("url"),
        publisher=data.get("sitename"),
        byline=data.get("author"),
        language=data.get("language"),
    )
