"""The per-article stage: one parsed article -> its records. Pure: no I/O, no global state.

This is the only place that knows the order of the extractors and what each needs:
actors first (everyone maps spans to actors), then dates, quotes, and events (which read all three).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from newscoder.extract.actors.bare_groups import keep_bare_groups_as_doers_only
from newscoder.extract.actors.place_only import drop_place_only_towns
from newscoder.extract.doctext import adopt_text
from newscoder.extract.events import EventCoding, code_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex
from newscoder.records import ActorAnalysis, Article, ArticleRecords

if TYPE_CHECKING:  # spaCy is imported by the extractors when they run, not to name a type
    from spacy.tokens import Doc


def process_article(doc: Doc, article: Article, registry=None) -> ArticleRecords:
    """Run every extractor over one parsed article.

    An extractor that fails on an unusual article must not cost the other articles or the other
    extractors: its rows are left out for this article and the failure is recorded (the build report
    lists it), so nothing is dropped silently."""
    failures: list[tuple[str, str]] = []
    adopt_text(doc, article.text)  # the extractors read the article's string, not a join of the Doc's tokens

    def guarded(name: str, fallback, fn, *args):
        try:
            return fn(*args)
        except Exception as exc:  # noqa: BLE001 - reported in the build report, see docstring
            failures.append((name, f"{type(exc).__name__}: {exc}"))
            return fallback

    actors = guarded("actors", ActorAnalysis(), extract_actors, doc, article, registry)
    quotes = guarded("quotes", [], extract_quotes, doc, article, actors, registry)
    timex = [] if article.published_date is None else guarded("dates", [], extract_timex, doc, article)
    coding = guarded("events", EventCoding([], actors), code_events, doc, article, actors, timex, quotes)
    # the event coder returns the actors its events refer to (it may add the state of a place named as a
    # target, "a curfew in Abidjan")
    actors, events = coding.actors, coding.events
    # a group named by bare common nouns ("students") is published only as the doer of an event
    actors, quotes, events = keep_bare_groups_as_doers_only(actors, quotes, events)
    # a county or city's name used only as a place: no row, unless an event or a quote rests on it
    actors = drop_place_only_towns(doc, actors, quotes, events)
    if article.published_date is None:
        # Undated input (accepted by `extract` only): no anchor for relative dates, so no timex and
        # no event dates rather than guessed ones.
        events = [_undate(e) for e in events]
    return ArticleRecords(
        article=article,
        actors=actors.actors,
        mentions=actors.mentions,
        quotes=quotes,
        events=events,
        timex=timex,
        dropped_entities=actors.dropped_entities,
        failures=failures,
    )


def _undate(event):
    # with no publication date nothing stands in for a date: the basis says so
    return dataclasses.replace(event, event_date=None, date_precision="unknown", date_text=None,
                               date_basis="none")
