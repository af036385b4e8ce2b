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


def coded_events(nlp, registry, text: str, date: str = "2026-02-02") -> tuple[list, dict]:
    """The events of one article (actors, quotes and dates found first, as the pipeline does) and a map from
    actor key to actor name, for the event tests."""
    from newscoder.extract.events import extract_events
    from newscoder.extract.mentions import extract_actors
    from newscoder.extract.quotes import extract_quotes
    from newscoder.extract.timex import extract_timex

    article = make_article(text, date=date)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    events = extract_events(doc, article, actors, extract_timex(doc, article), quotes)
    return events, {a.key: a.name for a in actors.actors}


def event_parties(nlp, registry, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(trigger, CAMEO code, source name, target name) of each event of one article."""
    events, name = coded_events(nlp, registry, text)
    return [(e.trigger, e.cameo_code, name.get(e.source_key), name.get(e.target_key)) for e in events]


def dated_events(nlp, registry, text: str, date: str) -> list[dict]:
    """The events of one article with their date fields, for the event-date tests."""
    events, _names = coded_events(nlp, registry, text, date)
    return [{"trigger": e.trigger, "date": e.event_date, "basis": e.date_basis, "precision": e.date_precision,
             "date_text": e.date_text} for e in events]


def event_with(events: list[dict], trigger_word: str, nth: int = 0) -> dict:
    """The nth event whose trigger holds the word; fails with the events found when there is none."""
    found = [e for e in events if trigger_word in e["trigger"]]
    assert len(found) > nth, f"no event with trigger {trigger_word!r} in {events}"
    return found[nth]


def analyse_quotes(nlp, text: str):
    """The quotes and the actor analysis of one article (no registry), for the quote and speaker tests."""
    from newscoder.extract.mentions import extract_actors
    from newscoder.extract.quotes import extract_quotes

    article = make_article(text)
    doc = nlp(article.text)
    actors = extract_actors(doc, article)
    return extract_quotes(doc, article, actors), actors


def speaker_names(qs, actors) -> list[tuple]:
    """(speaker text, linked actor's name or None) of each quote."""
    return [(q.speaker_text, actors.get(q.speaker_key).name if q.speaker_key else None) for q in qs]


def analyse_actors(nlp, text: str, date: str = "2026-02-02"):
    """The actor analysis of one article, with the shipped registry, for the actor country tests."""
    from newscoder.extract.mentions import extract_actors
    from newscoder.resolve.registry import load_registry

    article = make_article(text, date=date)
    return extract_actors(nlp(article.text), article, load_registry())


def actor_country(an, name: str) -> tuple[str | None, str | None]:
    """(country_iso3, country_basis) of the actor named `name` in an analysis."""
    actor = next(a for a in an.actors if a.name == name)
    return actor.country_iso3, actor.country_basis


def actors_by_name(an) -> dict:
    """The actors of an analysis by name."""
    return {a.name: a for a in an.actors}


def mention_texts(an, name: str) -> list[str]:
    """The texts of the mentions of the actor named `name`, in order."""
    actor = next(a for a in an.actors if a.name == name)
    return [m.text for m in an.mentions if m.actor_key == actor.key]


def registry_with_rows(folder, actors: list[str], aliases: list[str] = ()):
    """The shipped registry copied into `folder` with invented `actors` rows (CSV lines of actors.csv) and
    `aliases` rows appended: tests of registry links use names no real body has."""
    import shutil

    from newscoder.resolve.registry import load_registry

    for path in load_registry().files:
        shutil.copy(path, folder / path.name)
    with (folder / "actors.csv").open("a", encoding="utf-8") as f:
        f.write("\n".join(actors) + "\n")
    if aliases:
        with (folder / "aliases.csv").open("a", encoding="utf-8") as f:
            f.write("\n".join(aliases) + "\n")
    return load_registry(folder)


def pronoun_antecedent(nlp, text: str, anaphor: str) -> tuple[str | None, set[str]]:
    """(name of the actor the first word of `anaphor` is linked to, or None; the names of all actors) for the
    pronoun and descriptor tests."""
    from newscoder.extract.mentions import extract_actors

    art = make_article(text)
    an = extract_actors(nlp(art.text), art)
    start = text.index(anaphor)
    actor = an.get(an.actor_at(start, start + len(anaphor.split()[0])))
    return (actor.name if actor else None), {a.name for a in an.actors}
