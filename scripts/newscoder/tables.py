"""Rows of the published tables, made from per-article records and the corpus-wide actor ids.

Row ids are deterministic and stable: a hash of the article id and the row's own span, so the same
input gives the same ids on every machine and adding articles never changes existing ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from newscoder import __version__
from newscoder.licenses import allows_redistribution
from newscoder.records import Article, ArticleRecords

# Who extracted a row and with which release: the extractor column names the module.
EXTRACTOR_VERSION = __version__

# The review columns of a machine-made row (`newscoder.review.apply` sets them from the decisions).
UNREVIEWED = {"review_status": "unreviewed", "reviewed_date": None, "decision_ids": None}

ActorIdOf = Callable[[str, str | None], str | None]  # (article_id, local key) -> actor_id


def row_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}_{digest.hexdigest()[:16]}"


def article_row(article: Article) -> dict:
    return {
        "article_id": article.article_id,
        "external_id": article.external_id,
        "title": article.title,
        "publisher": article.publisher,
        "byline": article.byline,
        "url": article.url,
        "published_date": article.published_date,
        "language": article.language,
        "word_count": article.word_count,
        "text_sha256": article.text_sha256,
        "source_path": article.source_path,
        "source_format": article.source_format,
        "source_sha256": article.source_sha256,
        "license": article.license,
        "attribution": article.attribution,
    }


def article_text_rows(article: Article) -> list[dict]:
    """The article's `article_texts` row, when its licence allows publishing the text (else none)."""
    if not allows_redistribution(article.license):
        return []
    return [{"article_id": article.article_id, "text": article.text}]


def _unique(rows: list[dict], key: str) -> list[dict]:
    """Two rows of one article may share a span (e.g. two events coded from one trigger): keep ids unique
    by suffixing a counter in a deterministic order."""
    seen: dict[str, int] = {}
    for row in rows:
        base = row[key]
        n = seen.get(base, 0)
        seen[base] = n + 1
        if n:
            row[key] = f"{base}_{n}"
    return rows


def mention_rows(rec: ArticleRecords, actor_id: ActorIdOf) -> list[dict]:
    aid = rec.article.article_id
    rows = [
        {
            "mention_id": row_id("men", aid, m.char_start, m.char_end),
            "article_id": aid,
            "actor_id": actor_id(aid, m.actor_key),
            "text": m.text,
            "mention_kind": m.mention_kind,
            "sentence_index": m.sentence_index,
            "char_start": m.char_start,
            "char_end": m.char_end,
            "evidence": m.evidence,
            "extractor": m.extractor,
            "extractor_version": EXTRACTOR_VERSION,
            **UNREVIEWED,
        }
        for m in sorted(rec.mentions, key=lambda m: (m.char_start, m.char_end))
    ]
    return _unique(rows, "mention_id")


def quote_rows(rec: ArticleRecords, actor_id: ActorIdOf) -> list[dict]:
    aid = rec.article.article_id
    rows = [
        {
            "quote_id": row_id("quo", aid, q.char_start, q.char_end),
            "attribution_id": row_id("quo", aid, *(q.part_of or (q.char_start, q.char_end))),
            "article_id": aid,
            "speaker_actor_id": actor_id(aid, q.speaker_key),
            "speaker_text": q.speaker_text,
            "speaker_char_start": q.speaker_char_start,
            "speaker_char_end": q.speaker_char_end,
            "cue": q.cue,
            "cue_char_start": q.cue_char_start,
            "cue_char_end": q.cue_char_end,
            "via_actor_id": actor_id(aid, q.via_key),
            "via_text": q.via_text,
            "quote_type": q.quote_type,
            "quote_text": q.quote_text,
            "sentence_index": q.sentence_index,
            "confidence": round(q.confidence, 3),
            "review_status": "unreviewed",
            "reviewed_date": None,
            "decision_ids": None,
            "char_start": q.char_start,
            "char_end": q.char_end,
            "evidence": q.evidence,
            "extractor": q.extractor,
            "extractor_version": EXTRACTOR_VERSION,
        }
        for q in sorted(rec.quotes, key=lambda q: (q.char_start, q.char_end))
    ]
    return _unique(rows, "quote_id")


def attributions(rows: list[dict], text: str) -> list[dict]:
    """The extract contract's quotes: one object per attribution, as PARC and PolNeAR count them. The
    pieces of one attribution (quote rows sharing `attribution_id`) become one object spanning from the
    first piece to the last (the attribution between them included, so `quote_text` is that whole
    stretch of text), with `parts` listing each piece's exact span and quote_id; a one-piece quote is
    its row with `parts` holding its own span."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["attribution_id"], []).append(row)
    out = []
    for pieces in groups.values():
        obj = dict(pieces[0])
        start, end = min(p["char_start"] for p in pieces), max(p["char_end"] for p in pieces)
        obj["parts"] = [{"quote_id": p["quote_id"], "char_start": p["char_start"], "char_end": p["char_end"]}
                        for p in pieces]
        if len(pieces) > 1:
            obj.update(char_start=start, char_end=end, quote_text=text[start:end],
                       confidence=min(p["confidence"] for p in pieces))
            if len({p["quote_type"] for p in pieces}) > 1:
                obj["quote_type"] = "mixed"
        out.append(obj)
    return out


def event_rows(rec: ArticleRecords, actor_id: ActorIdOf) -> list[dict]:
    aid = rec.article.article_id
    rows = [
        {
            "event_id": row_id("evt", aid, e.trigger_char_start, e.char_start, e.char_end, e.cameo_code),
            "article_id": aid,
            "source_actor_id": actor_id(aid, e.source_key),
            "target_actor_id": actor_id(aid, e.target_key),
            "target_text": e.target_text,
            "cameo_code": e.cameo_code,
            "plover_type": e.plover_type,
            "trigger": e.trigger,
            "trigger_char_start": e.trigger_char_start,
            "trigger_char_end": e.trigger_char_end,
            "modality": e.modality,
            "event_date": e.event_date,
            "date_precision": e.date_precision,
            "date_text": e.date_text,
            "date_basis": e.date_basis,
            "location_text": e.location_text,
            "location_country_iso3": e.location_country_iso3,
            "sentence_index": e.sentence_index,
            "confidence": round(e.confidence, 3),
            "review_status": "unreviewed",
            "reviewed_date": None,
            "decision_ids": None,
            "char_start": e.char_start,
            "char_end": e.char_end,
            "evidence": e.evidence,
            "extractor": e.extractor,
            "extractor_version": EXTRACTOR_VERSION,
        }
        for e in sorted(rec.events, key=lambda e: (e.char_start, e.char_end, e.trigger_char_start or 0, e.cameo_code))
    ]
    return _unique(rows, "event_id")


def timex_rows(rec: ArticleRecords) -> list[dict]:
    return [
        {"char_start": t.char_start, "char_end": t.char_end, "text": t.text, "value": t.value,
         "precision": t.precision}
        for t in sorted(rec.timex, key=lambda t: (t.char_start, t.char_end))
    ]


def derived_rows(records: Iterable[ArticleRecords], actor_id: ActorIdOf) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"articles": [], "mentions": [], "quotes": [], "events": []}
    for rec in records:
        out["articles"].append(article_row(rec.article))
        out["mentions"].extend(mention_rows(rec, actor_id))
        out["quotes"].extend(quote_rows(rec, actor_id))
        out["events"].extend(event_rows(rec, actor_id))
    return out
