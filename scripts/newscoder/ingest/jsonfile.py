"""`.json` (one article) and `.jsonl` (one article per line) inputs. The text is kept unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator

from newscoder.ingest.fields import InputError, build_article
from newscoder.records import Article


def _article(obj: object, *, path: str, default_id: str, fmt: str, sha: str, strict: bool) -> Article:
    if not isinstance(obj, dict):
        raise InputError("malformed-json", "expected a JSON object with a 'text' field")
    return build_article(
        text=obj.get("text"),
        date=obj.get("date"),
        external_id=str(obj["id"]) if obj.get("id") not in (None, "") else default_id,
        source_path=path,
        source_format=fmt,
        source_sha256=sha,
        strict=strict,
        title=obj.get("title"),
        url=obj.get("url"),
        publisher=obj.get("publisher"),
        byline=obj.get("byline"),
        language=obj.get("language") or obj.get("lang"),
        license=obj.get("license"),
        attribution=obj.get("attribution"),
    )


def read_json(raw: str, *, path: str, stem: str, sha: str, strict: bool = True) -> Iterator[Article]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError("malformed-json", f"not valid JSON: {exc}") from None
    yield _article(obj, path=path, default_id=stem, fmt="json", sha=sha, strict=strict)


def read_jsonl(
    raw: str, *, path: str, stem: str, sha: str, strict: bool = True
) -> Iterator[tuple[int, Article | InputError]]:
    """Yields (line number, Article or the line's error): one bad line never hides the others."""
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            yield lineno, _article(
                obj, path=path, default_id=f"{stem}:{lineno}", fmt="jsonl", sha=sha, strict=strict
            )
        except json.JSONDecodeError as exc:
            yield lineno, InputError("malformed-json", f"line {lineno} is not valid JSON: {exc.msg}")
        except InputError as exc:
            yield lineno, exc
