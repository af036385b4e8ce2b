"""Common nouns that name people or a body of them ("the suspect", "residents", "dozens of protesters"): a
party an act may be aimed at though it is no actor."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of
from newscoder.extract.events.arguments import _quantity_nouns
from newscoder.extract.events.trigger_table import lemma_of
from newscoder.records import ActorAnalysis

# quantifiers of a plural noun that count people ("several people", "many residents")
_PEOPLE_QUANTIFIERS = {"several", "many", "some", "numerous", "dozens", "scores", "hundreds", "thousands"}


def _counted_people(tok: Token) -> bool:
    """ "stabbed several people", "detained scores of refugees": a counted plural of people (or a quantity noun
    with an "of" phrase) is a party the act affects."""
    if tok.lower_ in _quantity_nouns():
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))
    if tok.tag_ == "NNS" and lemma_of(tok) == "other" and tok.dep_ in ("dobj", "nsubjpass", "conj", "pobj"):
        # "killed one man and injured at least nineteen others": a counted "others" is people acted on
        return any(x.dep_ == "nummod" or x.lower_ in _PEOPLE_QUANTIFIERS for x in children_of(tok))
    return tok.tag_ == "NNS" and (lemma_of(tok) in ("people", "person") or any(
        x.lower_ in _PEOPLE_QUANTIFIERS and x.dep_ in ("amod", "det", "nummod") for x in children_of(tok)))


# people a report names by their part in a case, which the agent lexicon (PETRARCH's agents) lacks
_CASE_ROLES = {"suspect", "hostage", "prisoner", "captive", "official", "member", "gunman", "attacker",
               "assailant", "defendant", "accused", "protestor", "demonstrator", "rioter", "militant", "resident",
               "crowd", "family", "relative", "inmate", "driver", "pilot", "crew", "staff", "employee", "firm",
               "teenager", "teen", "boy", "youth", "adult", "couple", "father", "son", "daughter", "wife", "husband",
               "witness", "fan", "guard", "officer", "agent", "patient", "worker", "student", "owner", "leader",
               "fisherman", "sailor", "tourist", "child", "person", "survivor", "operator", "plaintiff"}


# words of the agent lexicon that name no party an act is aimed at: vehicles and weapons, buildings and
# places, movements and abstractions ("shelled the hospital", "seized a tanker" have no party of people)
_NOT_PARTIES = {
    "aerospace", "agrobusiness", "airliner", "airway", "artillery", "barracks", "battleship", "battlewagon",
    "blog", "carrier", "chancellery", "chancery", "college", "conservatory", "consulate", "containership",
    "corvette", "cruiser", "destroyer", "embassy", "freighter", "frigate", "gazette", "governance", "hebrew",
    "hmmwv", "hospital", "humvee", "industry", "infirmary", "insurgence", "insurgency", "intelligence", "islamic",
    "jetfighter", "jetliner", "jewish", "judicature", "jumbojet", "kfir", "kindergarden", "kindergarten",
    "kingdom", "magazine", "media", "mig", "monastery", "naturalized", "neighborhood", "neighbourhood", "oiler",
    "preschool", "prison", "publication", "rebellion", "religion", "retired", "revolt", "sanatarium",
    "sanatorium", "sanitarium", "school", "schoolhouse", "settlement", "state-owned", "supertanker", "tabloid",
    "tanker", "telecom", "television", "tv", "university", "uprising", "village", "warplane", "warship",
    "website", "newspaper",
}
# bodies rather than people: a party as text, yet a measure against one at home still has its state as target
# ("banned the newspaper in Moscow")
_BODY_SECTORS = {"BUS", "MED"}
_STATE_BODIES = {"administration", "army", "authority", "bureaucracy", "cabinet", "congress", "court",
                 "government", "judiciary", "junta", "legislature", "military", "navy", "parliament", "politburo",
                 "polity", "praesidium", "presidium", "regime", "senate", "tribunal", "ministry", "firm",
                 "archdiocese", "diocese", "cartel", "ngo", "procuratorate", "secretariate", "company"}


@functools.cache
def _people_nouns(bodies: bool) -> frozenset[str]:
    groups = {w.lower() for w in lexicons.words("group_nouns", "noun")}
    agents = {r["word"]: r["sector"] for r in lexicons.rows("agent_nouns")}
    words = (set(agents) | groups | _CASE_ROLES) - _NOT_PARTIES
    if not bodies:
        words -= {w for w, sector in agents.items() if sector in _BODY_SECTORS} | _STATE_BODIES
    return frozenset(words)


# argument slots a participle used as a noun stands in ("the accused" tagged as a verb)
_NOMINAL_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj"}


def names_people(tok: Token, bodies: bool = True) -> bool:
    """A common noun that names people or (`bodies`) a body of them ("the suspect", "residents", "three men",
    "the company")."""
    words = _people_nouns(bodies)
    if tok.pos_ in ("VERB", "ADJ") and tok.dep_ in _NOMINAL_DEPS and tok.lower_ in words \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
        return True  # "ordered the accused (to) remain": a participle used as a noun of people
    if tok.pos_ != "NOUN":
        return False
    return lemma_of(tok) in words or tok.lower_ in words or _counted_people(tok)


def party_head(tok: Token, bodies: bool = True) -> Token | None:
    """The people noun of an argument: the noun itself, or what a quantity noun counts ("dozens of
    protesters")."""
    if tok.lower_ in _quantity_nouns():
        of = [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
              if g.dep_ == "pobj"]
        if of:
            return tok if names_people(of[0], bodies) else None
    return tok if names_people(tok, bodies) else None


# prepositions of a place phrase that says where people are ("the crowd in X", "workers across X")
_PLACE_PREPS = {"in", "at", "across", "throughout", "near", "inside", "outside"}


def placed_people(tok: Token, key: str, actors: ActorAnalysis) -> bool:
    """ "fired at the crowd in X": the argument is a common noun of people with no actor of its own, and the
    state `key` was found only in a place phrase saying where they are. The people, not the state, are the
    party the act is aimed at."""
    actor = actors.get(key)
    if actor is None or actor.actor_type != "state" or party_head(tok) is None:
        return False
    if actors.actor_at(tok.left_edge.idx, tok.idx + len(tok)) is not None:
        return False  # "Peruvian miners": the phrase's own words name the party's country
    for t in tok.subtree:
        if t.i > tok.i and actors.actor_at(t.idx, t.idx + len(t)) == key:
            return t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS and t.head.head.i == tok.i
    return False
