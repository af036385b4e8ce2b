"""Protest events: who marched when a crowd is given as an estimate, and what a march that is part of a wider
campaign is aimed at."""

from __future__ import annotations

from spacy.tokens import Token

from newscoder.extract.doctext import children_of
from newscoder.extract.events.clauses import _pobjs
from newscoder.extract.events.trigger_table import lemma_of

# nouns naming a protest campaign a single march or rally belongs to ("in the third week of protests against X")
_CAMPAIGN_NOUNS = {"protest", "demonstration", "rally", "march", "campaign", "movement", "uprising", "strike",
                   "boycott", "revolt"}

# prepositional phrases followed from the verb to the campaign noun ("in the week of protests" is two)
_MAX_HOPS = 4


def estimated_crowd(subj: Token, verb: Token) -> Token | None:
    """ "what organizers estimated at 20,000 Chileans marched": the subject found for the verb belongs to a free
    relative ("what" X estimated/put at N) whose counted phrase is the crowd that acted. Returns the counted noun
    of its "at" phrase, or None when the subject is no such estimator."""
    if subj.head.i == verb.i or not any(c.dep_ == "det" and c.lower_ == "what" for c in children_of(subj)):
        return None
    counted = _pobjs(subj.head, {"at"})
    return counted[0] if counted else None


def campaign_aims(verb: Token) -> list[Token]:
    """ "marched in Lima in the third week of protests against X", "rallied as part of the protests against X":
    a march or rally hung on a protest campaign by its prepositional phrases is aimed at what the campaign is
    "against" (only "against": "protests over X" may name an issue, not a party)."""
    out: list[Token] = []
    frontier = [verb]
    for _ in range(_MAX_HOPS):
        objs = [g for t in frontier for p in children_of(t) if p.dep_ == "prep"
                for g in children_of(p) if g.dep_ == "pobj"]
        frontier = objs + [c for g in objs for c in g.conjuncts]  # "despite rain and disapproval in ..."
        for noun in frontier:
            if noun.pos_ == "NOUN" and lemma_of(noun) in _CAMPAIGN_NOUNS:
                # (a party qualified by its own phrase is skipped: in "against X's encroachment on Y's rights" the
                # party found could be Y, the wronged one)
                out.extend(o for o in _pobjs(noun, {"against"}) if not any(c.dep_ == "prep" for c in children_of(o)))
    return out
