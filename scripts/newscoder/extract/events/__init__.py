"""Event coding over the dependency parse: who did what to whom, when and where.

For each predicate found in the event lexicon (a verb, a light verb + event noun, or a nominal
trigger) the source and target actors are read from its arguments, and the event is coded with a
CAMEO code and a PLOVER type side by side. Modality, date and place come from the event's clause.
Precision first: a predicate without the actors its type needs is not coded at all.

Modules: `trigger_table` (the event lexicon and matching), `triggers` (which matches are events), `clauses` and
`arguments` (syntax and the actors of arguments), `dyads` (source and target), `cameo` (every CAMEO coding
decision beyond the lexicon), `modality`, `event_dates` (date; with `lead_thread` for the lead's news peg and
`clause_time` for tense), `when_where` (place), `coder` (the entry point).
"""

from newscoder.extract.events.arguments import state_key
from newscoder.extract.events.coder import EXTRACTOR, EventCoding, code_events, extract_events

__all__ = ["EXTRACTOR", "EventCoding", "code_events", "extract_events", "state_key"]
