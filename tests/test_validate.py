"""Tests of `newscoder validate`: a small valid package passes; each kind of corruption is reported with
its error type and row, and nothing raises."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newscoder.ingest import read_inputs
from newscoder.publish import publish
from newscoder.records import Article
# from newscoder.validate import ValidationReport, validate_package

BODY = (
    "US President Donald Trump said Sunday that Washington was negotiating with Havana's leadership "
    "to strike a deal.\n\n\"Cuba is a failing nation,\" Trump told reporters."
)
VERSION = "0.1.0"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _tables(article: Article) -> dict[str, pd.DataFrame]:
    """All six tables for one article, by hand: two actors, three mentions, one quote, one event."""
    text, aid = article.text, article.article_id
    sent0 = text[: text.index("\n\n")]
    sent1 = text[text.index("\n\n") + 2:]
    prov = {"extractor_version": VERSION}
    articles = pd.DataFrame([{
        "article_id": aid, "external_id": article.external_id, "title": None, "publisher": "AFP",
        "byline": None, "url": None, "published_date": "2026-02-02", "language": "en",
        "word_count": article.word_count, "text_sha256": article.text_sha256,
        "source_path": article.source_path, "source_format": "txt", "source_sha256": article.source_sha256,
    }])
    actors = pd.DataFrame([
        {"actor_id": "act_usa", "name": "United States", "actor_type": "state", "country_iso3": "USA",
         "role": None, "parent_actor_id": None, "wikidata_id": "Q30", "is_registered": True,
         "n_mentions": 1, "n_articles": 1, "first_seen_date": "2026-02-02", "last_seen_date": "2026-02-02"},
        {"actor_id": "act_donald_trump", "name": "Donald Trump", "actor_type": "person", "country_iso3": "USA",
         "role": "US President", "parent_actor_id": "act_usa", "wikidata_id": "Q22686", "is_registered": True,
         "n_mentions": 2, "n_articles": 1, "first_seen_date": "2026-02-02", "last_seen_date": "2026-02-02"},
    ])
    aliases = pd.DataFrame([
        {"actor_id": "act_donald_trump", "alias": "Trump"},
        {"actor_id": "act_donald_trump", "alias": "Donald Trump"},
        {"actor_id": "act_usa", "alias": "Washington"},
    ])
    mentions = pd.DataFrame([
        {"mention_id": f"men_{i}", "article_id": aid, "actor_id": actor, "text": words,
         "char_start": _span(text, words)[0], "char_end": _span(text, words)[1], "mention_kind": kind,
         "sentence_index": sent, "evidence": ev, "extractor": "newscoder.extract.mentions", **prov}
        for i, (actor, words, kind, sent, ev) in enumerate([
            ("act_donald_trump", "Donald Trump", "name", 0, sent0),
            ("act_usa", "Washington", "metonym", 0, sent0),
            ("act_donald_trump", "Trump told", "name", 1, sent1),
        ])
    ])
    mentions.loc[2, ["text", "char_end"]] = ["Trump", mentions.loc[2, "char_start"] + len("Trump")]
    q_start, q_end = _span(text, "Cuba is a failing nation,")
    s_start, s_end = _span(text, "Trump told")
    s_end = s_start + len("Trump")
    c_start, c_end = _span(text, "told")
    quotes = pd.DataFrame([{
        "quote_id": "quo_1", "article_id": aid, "speaker_actor_id": "act_donald_trump", "speaker_text": "Trump",
        "speaker_char_start": s_start, "speaker_char_end": s_end, "cue": "told", "cue_char_start": c_start,
        "cue_char_end": c_end, "quote_type": "direct", "quote_text": "Cuba is a failing nation,",
        "sentence_index": 1, "confidence": 0.9, "review_status": "unreviewed", "char_start": q_start,
        "char_end": q_end, "evidence": sent1, "extractor": "newscoder.extract.quotes", **prov,
    }])
    t_start, t_end = _span(text, "negotiating")
    e_start, e_end = _span(text, "Washington was negotiating with Havana's leadership")
    events = pd.DataFrame([{
        "event_id": "evt_1", "article_id": aid, "source_actor_id": "act_usa", "target_actor_id": None,
        "cameo_code": "046", "plover_type": "CONSULT", "trigger": "negotiating", "trigger_char_start": t_start,
        "trigger_char_end": t_end, "modality": "planned", "event_date": "2026-02-01", "date_precision": "day",
        "date_text": "Sunday", "date_basis": "relative", "location_text": None, "location_country_iso3": None,
        "sentence_index": 0, "confidence": 0.7, "review_status": "unreviewed", "char_start": e_start,
        "char_end": e_end, "evidence": sent0, "extractor": "newscoder.extract.events", **prov,
    }])
    return {"articles": articles, "actors": actors, "actor_aliases": aliases, "mentions": mentions,
            "quotes": quotes, "events": events}


def _write_package(root: Path, *, tables=None, raw_body: str = BODY) -> tuple[Path, Path]:
    """Publish the six tables into `root`; returns (datapackage.json, raw folder)."""
    raw = root / "data" / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "x.txt").write_text("date 2026-02-02\n" + raw_body + "\n", encoding="utf-8")
    article = next(item for item in read_inputs([raw]) if isinstance(item, Article))
    (root / "pyproject.toml").write_text(f'[project]\nname = "newscoder"\nversion = "{VERSION}"\n')
    (root / "CITATION.cff").write_text(f'cff-version: 1.2.0\ntitle: newscoder\nversion: "{VERSION}"\n')
    package = root / "datapackage.json"
    built = _tables(article)
    if tables:
        built = tables(built)
    publish(built, root / "data", package, sources=[{"path": "data/raw/x.txt"}], version=VERSION,
            created="2026-02-02T00:00:00Z")
    return package, raw
