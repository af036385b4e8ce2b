"""Pure extractors: a parsed spaCy `Doc` (and the article it came from) -> records.

No I/O and no pandas here. Each module exposes one entry point:

- `mentions.extract_actors(doc, article) -> ActorAnalysis` (actor mentions and local actors; the passes
  live in `actors/`, pronoun, descriptor and title links in `coref.py`)
- `quotes.extract_quotes(doc, article, actors) -> list[Quote]`
- `timex.extract_timex(doc, article) -> list[Timex]`
- `events.code_events(doc, article, actors, timex, quotes) -> EventCoding` (the events and the actors they refer
  to; `events.extract_events` is the same for callers that hold one actor analysis)

Sentences that overlap `article.headings` (crossheads) are not prose and are skipped.
"""
