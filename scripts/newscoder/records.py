"""Small named records passed between pipeline stages.

Every extractor yields these; the per-article stage returns one `ArticleRecords`.
Offsets are Unicode code point offsets into `Article.text`, end exclusive.
Actor references inside one article are *local keys* (strings such as "a3"); the
cross-article resolver (`newscoder.resolve`) turns them into global `actor_id`s.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    text: str  # the body every offset indexes
    published_date: dt.date | None  # None only for undated input read by `extract` (never published)
    external_id: str | None = None
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    url: str | None = None
    language: str = "en"
    text_sha256: str = ""
    source_path: str = ""
    source_format: str = ""
    source_sha256: str = ""  # hash of the raw file the article came from
    license: str | None = None  # SPDX-style id of the article text's licence ("CC-BY-2.5"); None: unknown
    attribution: str | None = None  # the credit line a re-user must print
    # (start, end) spans of wire-copy crossheads such as "- 'No more oil' -": headings, not prose
    headings: tuple[tuple[int, int], ...] = ()

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def in_heading(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.headings)


@dataclass(slots=True)
class LocalActor:
    """One real-world entity as seen inside one article."""

    key: str  # local key, unique within the article
    name: str  # canonical display name ("Donald Trump", "Cuba")
    actor_type: str  # person | organization | state | group | other
    country_iso3: str | None = None
    role: str | None = None
    parent_key: str | None = None  # local key of the parent actor
    # where country_iso3 came from (schema/actors.json lists the values): registry, name, title, nationality,
    # base, office, article, article_context
    country_basis: str | None = None
    wikidata_id: str | None = None
    registry_id: str | None = None  # actor_id in data/registry when the actor is registered
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Mention:
    actor_key: str
    text: str
    char_start: int
    char_end: int
    mention_kind: str  # name | title | descriptor | pronoun | metonym
    sentence_index: int
    evidence: str
    extractor: str = "newscoder.extract.mentions"


@dataclass(frozen=True, slots=True)
class Quote:
    quote_type: str  # direct | indirect | mixed
    quote_text: str
    char_start: int
    char_end: int
    sentence_index: int
    evidence: str
    speaker_key: str | None = None
    speaker_text: str | None = None
    speaker_char_start: int | None = None
    speaker_char_end: int | None = None
    cue: str | None = None
    cue_char_start: int | None = None
    cue_char_end: int | None = None
    confidence: float = 0.5
    extractor: str = "newscoder.extract.quotes"
    # a second-hand source: who reported the speaker's words ("according to the Post, officials said")
    via_text: str | None = None
    via_key: str | None = None
    # the span of the attribution's first piece when this row continues it ('"...," she said. "..."')
    part_of: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    char_start: int
    char_end: int
    text: str
    value: str  # ISO: 2026-01-29, 2026-01, 2026, 2026-W05, or 2026-01-31/2026-02-01
    precision: str  # day | week | month | year | unknown
    basis: str = "explicit"  # explicit | relative
    sentence_index: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    char_start: int  # span of the event's clause (the text the event was coded from)
    char_end: int
    sentence_index: int
    evidence: str
    trigger: str
    cameo_code: str
    plover_type: str
    modality: str  # asserted | claimed | planned | negated | hypothetical
    source_key: str | None = None
    target_key: str | None = None
    target_text: str | None = None  # the target's words when it is no actor ("two suspects")
    trigger_char_start: int | None = None
    trigger_char_end: int | None = None
    event_date: dt.date | None = None
    date_precision: str = "unknown"  # day | week | month | year | unknown
    date_text: str | None = None
    date_basis: str = "publication"  # explicit | relative | lead | publication | none (undated article)
    location_text: str | None = None
    location_country_iso3: str | None = None
    confidence: float = 0.5
    extractor: str = "newscoder.extract.events"


@dataclass(slots=True)
class ArticleRecords:
    """Everything the per-article stage read from one article."""

    article: Article
    actors: list[LocalActor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    timex: list[Timex] = field(default_factory=list)
    dropped_entities: int = 0  # junk entity spans discarded (counted in the build report)
    # extractors that raised on this article: (extractor, "ErrorType: message"), reported, never silent
    failures: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class ActorAnalysis:
    """The actors of one article and every mention that points to them."""

    actors: list[LocalActor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dropped_entities: int = 0
    # the one country the story's own actors belong to (`story_country`), for actors the quote pass adds
    story_iso3: str | None = None
    _index: tuple | None = field(default=None, repr=False, compare=False)  # actor_at's lookup, rebuilt on change

    def get(self, key: str | None) -> LocalActor | None:
        if key is None:
            return None
        for actor in self.actors:
            if actor.key == key:
                return actor
        return None

    def actor_at(self, start: int, end: int) -> str | None:
        """Key of the actor whose mention overlaps [start, end) the most (ties: the longest mention, then
        the earliest added)."""
        index = self._index
        if index is None or index[0] != len(self.mentions):
            # speed: asked for thousands of times per article; only mentions that can overlap are scored
            order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].char_start)
            starts = [self.mentions[i].char_start for i in order]
            longest = max((m.char_end - m.char_start for m in self.mentions), default=0)
            index = self._index = (len(self.mentions), order, starts, longest, {})
        _, order, starts, longest, answers = index
        if (start, end) in answers:  # speed: the same spans are asked for again and again
            return answers[start, end]
        lo, hi = bisect.bisect_left(starts, start - longest), bisect.bisect_left(starts, end)
        best, best_score = None, (0, 0)
        for i in sorted(order[lo:hi]):  # in the order added, so that ties go to the earliest
            m = self.mentions[i]
            inter = min(end, m.char_end) - max(start, m.char_start)
            if inter > 0 and (inter, m.char_end - m.char_start) > best_score:
                best, best_score = m.actor_key, (inter, m.char_end - m.char_start)
        answers[start, end] = best
        return best
