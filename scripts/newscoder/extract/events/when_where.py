"""Where an event happened: the place its clause names ("in Lima", or the place visited) and that place's
country. When it happened is worked out in `event_dates` (with `lead_thread` and `clause_time`); the dating
names this module held before are re-exported for code that imports them from here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newscoder.extract.doctext import children_of, doc_text
from newscoder.extract.events.clause_time import _first_day as _first_day
from newscoder.extract.events.clauses import _clause_head
from newscoder.extract.events.event_dates import _date_fields as _date_fields
from newscoder.extract.events.event_dates import _timex_roots as _timex_roots
from newscoder.extract.events.event_dates import covered_month as covered_month
from newscoder.extract.events.lead_thread import lead_parties as lead_parties
from newscoder.extract.events.trigger_table import TriggerMatch
from newscoder.records import ActorAnalysis
from newscoder.resolve.places import country_of

PLACE_PREPS = {"in", "at", "near", "inside", "outside"}


def _country_code(name: str) -> str | None:
    """ISO3 of a country named (or its capital): the package's one place-to-country lookup."""
    return country_of(name, official_names=True)


def _entity_text(tok: Token) -> str:
    """The whole named entity a token is part of ("York" -> "New York")."""
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end].text


def _place_country(tok: Token) -> str | None:
    """ISO3 of a place token: a country or capital first, else the city its entity names ("in Mariupol")."""
    return _country_code(tok.text) or country_of(_entity_text(tok), cities=True)


def _place(m: TriggerMatch, actors: ActorAnalysis) -> tuple[str | None, str | None, Token | None]:
    """(location_text, country ISO3, place token) from "in Lima", or the place visited (CAMEO 042)."""
    clause = m.head if m.is_nominal else _clause_head(m.head)
    cands = []
    if m.entry.cameo_code == "042":
        cands += [c for c in children_of(m.head) if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC")]
        cands += [c for c in children_of(m.head) if c.dep_ == "dobj" and any(
            t.ent_type_ in ("GPE", "LOC", "FAC") for t in c.subtree)]
    for tok in (clause.subtree if not m.is_nominal else m.head.subtree):
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            if _clause_head(tok).i == clause.i or m.is_nominal:
                cands.append(tok)
    for tok in cands:
        span = [t for t in tok.subtree if t.dep_ not in ("relcl",)]
        text = doc_text(tok.doc)[span[0].idx : span[-1].idx + len(span[-1])]
        country = None
        for t in reversed(span):  # the widest place named last: "a province in central Cuba"
            key = actors.actor_at(t.idx, t.idx + len(t))
            actor = actors.get(key)
            if actor is not None and actor.actor_type == "state" and actor.country_iso3:
                country = actor.country_iso3
                break
            if t.ent_type_ == "GPE" and (code := _place_country(t)):
                country = code
                break
        return text, country, tok
    return None, None, None
