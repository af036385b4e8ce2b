"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from newscoder.records import Article


@pytest.fixture(scope="session")
def nlp():
    from newscoder.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def registry():
    """The shipped actor registry, loaded once (read only)."""
    from newscoder.resolve.registry import load_registry

    return load_registry()


def make_article(text: str, date: str = "2026-02-02", article_id: str = "test-article", **kw) -> Article:
    """An in-memory article for extractor tests (no ingest involved)."""
    return Article(
        article_id=article_id,
        text=text,
        published_date=dt.date.fromisoformat(date),
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        **kw,
    )


@pytest.fixture(scope="session")
def article_factory():
    return make_article


SEED_PATH = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_df562d561251218f.txt"


@pytest.fixture(scope="session")
def seed_article() -> Article:
    """The seed article as the ingest step reads it from data/raw (tests never retype its text)."""
    from newscoder.ingest import read_inputs

    (article,) = list(read_inputs([SEED_PATH], strict=False))
    return article


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_article):
    return nlp(seed_article.text)
