"""Pure extractors: a parsed spaCy `Doc` (and the article it came from) -> records.

No I/O and no pandas here. Each module exposes one entry point:

- `mentions.extract_actors(doc, article) -> ActorAnalysis` (actor mentions and local actors)
- `quotes.extract_quotes(doc, article, actors) -> list[Quote]`
- `timex.extract_timex(doc, article) -> list[Timex]`
- `events.extract_events(doc, article, actors, timex, quotes) -> list[Event]`

Sentences that overlap `article.headings` (crossheads) are not prose and are skipped.
"""
