"""Event coding over the dependency parse: who did what to whom, when and where.

For each predicate found in the event lexicon (a verb, a light verb + event noun, or a nominal
trigger) the source and target actors are read from its arguments, and the event is coded with a
CAMEO code and a PLOVER type side by side. Modality, date and place come from the event's clause.
Precision first: a predicate without the actors its type needs is not coded at all.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable
from importlib import resources

import pycountry
from spacy.tokens import Doc, Span, Token

from newscoder.extract.dateline import in_dateline
from newscoder.extract.doctext import doc_text, doc_tokens
from newscoder.extract.event_patterns import (
    LexEntry,
    TriggerMatch,
    intent,
    is_military,
    lemma_of,
    match_noun,
    match_verb,
)
from newscoder.extract.modality import (
    is_commissive,
    is_refusal,
    is_reporting_verb,
    modality_cues,
    strongest,
)
from newscoder.extract.party_country import fill_party_country
from newscoder.records import ActorAnalysis, Article, Event, LocalActor, Quote, Timex
from newscoder.resolve.countries import country_name, iso3_for_demonym, resolve_country
from newscoder.resolve.places import country_of_place

EXTRACTOR = "newscoder.extract.events"

# prepositions whose object is the target of an event ("talks with X", "sanctions on X", "aid to X")
TARGET_PREPS = {"to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "from", "for", "of"}
NOMINAL_TARGET_PREPS = {"of", "against", "on", "to", "with"}
PLACE_PREPS = {"in", "at", "near", "inside", "outside"}
# a place an act is done in, into or across stands for its country when no other target is named
# ("lifted a curfew in X", "troops entered X"): CAMEO codes the state of the place as the target
TARGET_PLACE_PREPS = {"in", "into", "across", "throughout", "inside", "at"}
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp", "conj", "ROOT"}
# argument subtrees are searched for an actor without descending into these (other clauses, lists)
NOT_ARGUMENT = {"relcl", "acl", "advcl", "ccomp", "conj", "cc", "appos", "punct"}
# types whose "over"/"about" phrase names the party complained of, before any addressee
_GRIEVANCE_TYPES = {"DISAPPROVE", "PROTEST"}
# prepositions on a complement verb's object that name the party it is aimed at ("restrictions against X")
_OBJECT_TARGET_PREPS = {"against", "on", "upon", "to", "toward", "towards"}
# how far after a list's last item its dropped tail may be found (tokens)
_LIST_TAIL_WINDOW = 10
RELATIVE = {"who", "whom", "that", "which"}
DEMAND_AUX = {"must"}
# tags of a tensed verb or of its auxiliary: such a verb heads a clause with a subject of its own
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# types whose coordinated subjects act on each other ("Norway and Sweden signed a treaty")
RECIPROCAL = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "FIGHT"}
# pronouns that may stand for the actor who reports: person, non-person or either
PRONOUN_TYPES = {"he": "person", "she": "person", "it": "thing", "they": "any", "we": "any"}
# plural nouns that refer back to two actors of one kind ("the two leaders")
GROUP_NOUNS = {"leader": "person", "president": "person", "minister": "person", "country": "state",
               "nation": "state", "government": "state", "side": "state"}
# "X must stop ..." in someone's speech: a demand by the speaker
_DEMAND = LexEntry("must", "verb", "", "", "", "100", "DEMAND")
# a negated acceptance or permission is a rejection ("will not accept", "refused to allow" is already one)
_NEGATED_IS_REJECT = {"AGREE", "CONCEDE"}
_NEGATED_IS_REJECT_CODES = {"086"}  # "will not allow ...": decline to allow involvement


@functools.cache
def _one_sided_types() -> frozenset[str]:
    with resources.files("newscoder.data").joinpath("plover_types.csv").open(encoding="utf-8") as f:
        return frozenset(r["type"] for r in csv.DictReader(f) if r["one_sided"] == "yes")


@functools.cache
def _needs_target_types() -> frozenset[str]:
    with resources.files("newscoder.data").joinpath("plover_types.csv").open(encoding="utf-8") as f:
        return frozenset(r["type"] for r in csv.DictReader(f) if r["one_sided"] == "never")


@functools.cache
def _domestic_types() -> frozenset[str]:
    """Types of measures a state takes at home ("ended the curfew in the Tillaberi region"): the place's
    state is the target even when it is the source's own."""
    with resources.files("newscoder.data").joinpath("plover_types.csv").open(encoding="utf-8") as f:
        return frozenset(r["type"] for r in csv.DictReader(f) if r["domestic"] == "yes")


# ---------------------------------------------------------------- actors of arguments
def _argument_keys(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> list[str]:
    """Actor keys for an argument token and the tokens coordinated with it ("the US and Israel")."""
    keys: list[str] = []
    for t in [tok, *tok.conjuncts]:
        key = _actor_of(t, actors, exclude)
        if key is not None and key not in keys:
            keys.append(key)
    if len(keys) > 1:
        keys += [k for k in _list_tail(max([tok, *tok.conjuncts], key=lambda t: t.i), keys, actors, exclude)
                 if k not in keys]
    return keys


def _list_tail(last: Token, keys: list[str], actors: ActorAnalysis, exclude: set[str]) -> list[str]:
    """ "for Peru, Chile, Bolivia, and with conditions attached, Ecuador": the parser drops a list's last item when
    an aside stands before it. An actor of the list's kind that ends the clause after "and"/"or" joins it."""
    kinds = {a.actor_type for k in keys if (a := actors.get(k))}
    doc, i, seen_cc = last.doc, last.i + 1, False
    while i < min(len(doc), last.i + _LIST_TAIL_WINDOW) and doc[i].sent.start == last.sent.start:
        tok = doc[i]
        if tok.lower_ in ("and", "or") and tok.dep_ == "cc":
            seen_cc = True
        elif tok.text in (";", ":", ".") or (tok.pos_ in ("VERB", "AUX") and _subject(tok) is not None):
            return []
        elif seen_cc and tok.pos_ == "PROPN" and (key := actors.actor_at(tok.idx, tok.idx + len(tok))):
            actor = actors.get(key)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            at_end = nxt is None or nxt.is_punct and nxt.text in (".", ";", ",") or nxt.is_space
            if actor is not None and actor.actor_type in kinds and key not in exclude and at_end \
                    and tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                return [key]
        i += 1
    return []


def _nested_list_keys(tok: Token, key: str, actors: ActorAnalysis, exclude: set[str]) -> list[str]:
    """ "lifted sanctions on Iran, Libya and Syria": when the actor found is a noun nested in the argument
    phrase, the nouns coordinated with it are targets too (one event per conjunct)."""
    for t in _core_tokens(tok):
        if t.i == tok.i or not t.conjuncts or actors.actor_at(t.idx, t.idx + len(t)) != key:
            continue
        keys = [key]
        for c in t.conjuncts:
            other = actors.actor_at(c.left_edge.idx, c.idx + len(c)) or actors.actor_at(c.idx, c.idx + len(c))
            if other is not None and other not in exclude and other not in keys:
                keys.append(other)
        tail = _list_tail(max([t, *t.conjuncts], key=lambda x: x.i), keys, actors, exclude)
        return keys + [k for k in tail if k not in keys]
    return [key]


def _core_tokens(tok: Token) -> list[Token]:
    """The argument's own phrase: the head and its modifiers, not nested clauses or conjuncts."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in NOT_ARGUMENT and not _aside(c))
    return sorted(out, key=lambda t: t.i)


def _aside(tok: Token) -> bool:
    """An adverbial noun hung on a phrase ("with strings attached, Cuba"), not a part of it; "US" in
    "US-led" is one too, but it names who leads."""
    return tok.dep_ == "npadvmod" and not (tok.i + 1 < len(tok.doc) and tok.nbor(1).text in ("-", "–"))


def _actor_of(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    key, arg = _find_actor(tok, actors, exclude)
    if key is not None:
        # "Iraqi Kurds", "students throughout Indonesia"; "thousands of nurses throughout Kenya"
        for t in (arg, tok):
            fill_party_country(key, t, actors)
    return key


def _find_actor(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> tuple[str | None, Token]:
    """(actor key, the noun phrase head that names it) for an argument token."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "residents who shouted": the antecedent
    if tok.lower_ in _quantity_nouns():
        # "Thousands of Rivera supporters": the counted group, not a name modifying it
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                key = actors.actor_at(obj.idx, obj.idx + len(obj))
                return (key if key not in exclude else None), obj
    own = actors.actor_at(tok.idx, tok.idx + len(tok)) if tok.pos_ == "PROPN" else None
    for c in tok.children:
        # "Her rival, former defence minister Carlos Rivera,": the apposed name, not the possessor;
        # a named head keeps its own actor ("Pakistan, a key US ally,": Pakistan)
        if c.dep_ == "appos" and own is None and (key := actors.actor_at(c.left_edge.idx, c.idx + len(c))) \
                and key not in exclude:
            return key, c
        if c.dep_ == "appos" and own is not None and own not in exclude:
            return own, c  # "X, Algeria's leading activist,": the apposition may give X's country
    # first the head noun with its left modifiers ("Havana's leadership"), then the whole phrase
    key = _bracketed_name(actors.actor_at(tok.left_edge.idx, tok.idx + len(tok)), tok, actors)
    if key is not None and key not in exclude:
        return key, tok
    for t in _core_tokens(tok):
        key = _bracketed_name(actors.actor_at(t.idx, t.idx + len(t)), t, actors)
        if key is not None and key not in exclude:
            return key, t
    return None, tok


def _bracketed_name(key: str | None, tok: Token, actors: ActorAnalysis) -> str | None:
    """"the Islamic Salvation Front (FIS)": an unknown acronym in brackets right after a name is that name."""
    actor = actors.get(key)
    if actor is None or actor.registry_id or actor.country_iso3 or not tok.text.isupper() or tok.i < 2:
        return key
    if tok.nbor(-1).text != "(" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).text != ")":
        return key
    before = tok.nbor(-2)
    named = actors.actor_at(before.idx, before.idx + len(before))
    return named if named is not None and named != key else key


@functools.cache
def _quantity_nouns() -> frozenset[str]:
    path = resources.files("newscoder.data") / "quantity_nouns.csv"
    with path.open(encoding="utf-8") as f:
        return frozenset(r["noun"].strip().lower() for r in csv.DictReader(f))


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj") and not in_dateline(c):
            return c
    return None


def _passive(verb: Token) -> tuple[Token | None, Token | None]:
    """(agent, patient) of a passive verb: "X was attacked by Y" -> (Y, X)."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = None
    for c in verb.children:
        if c.dep_ == "agent":
            agent = next((g for g in c.children if g.dep_ == "pobj"), None)
    return agent, patient


def _controller(verb: Token) -> Token | None:
    """The subject of a subjectless clause, found by climbing to the clause that governs it."""
    cur = verb
    for _ in range(5):
        subj = _subject(cur)
        if subj is not None:
            return subj
        if cur.dep_ == "relcl":
            return cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return None  # "people ordered out of the country": a reduced passive, its agent unknown
        if cur.dep_ == "acl" and cur.head.dep_ in ("dobj", "pobj", "attr") and cur.head.head.i != cur.head.i:
            # "signed an order threatening ...", "took the opportunity to reject ...": the issuer acts
            cur = cur.head.head
            if cur.dep_ == "prep":
                cur = cur.head
            continue
        if cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = _conjunct_head(cur)  # a conjoined verb shares the subject of its partner
            continue
        if cur.dep_ in ("xcomp", "advcl", "acomp") and cur.head.i != cur.i:
            via_xcomp = cur.dep_ == "xcomp"
            cur = cur.head
            # "X is scheduled to meet Y", "X was asked to leave": the passive's subject does the act
            patient = _passive(cur)[1] if via_xcomp else None
            if patient is not None and not in_dateline(patient):
                return patient
            continue
        return None
    return None


def _is_finite(verb: Token) -> bool:
    """A tensed verb ("urged", "has urged", "will urge"), not an infinitive or participle."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                           for c in verb.children)


def _conjunct_head(verb: Token) -> Token:
    """The verb whose subject a subjectless conjoined verb shares (normally its parse head).

    Two attachments the parser gets wrong are put right: a reporting verb set off between the two
    verbs is the partner ("Police arrested X, the commission said, and demanded Y": the commission
    demands), and a tensed verb hung on an -ing or infinitive complement is coordinated with the
    tensed verb above it ("accused X of targeting Y and urged Z": the accuser urges).
    """
    head = verb.head
    reporters = [c for c in head.children if c.dep_ == "parataxis"]
    if head.dep_ == "ccomp":
        reporters.append(head.head)
    for r in reporters:
        if head.i < r.i < verb.i and is_reporting_verb(r) and _subject(r) is not None:
            return r
    if _is_finite(verb) and not _is_finite(head):
        cur = head
        while cur.head.i != cur.i and not (cur.pos_ in ("VERB", "AUX") and _is_finite(cur)):
            cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and _is_finite(cur):
            return cur
    return head


def _pobjs(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


def _target_candidates(m: TriggerMatch, chain: list[Token]) -> list[Token]:
    """Target argument tokens of a verbal event, best first."""
    out: list[Token] = _grievances(m, chain)
    for verb in chain:
        _, patient = _passive(verb)
        if patient is not None and (m.obj is None or patient.i != m.obj.i):
            out.append(patient)
        out.extend(c for c in verb.children if c.dep_ == "dobj" and (m.obj is None or c.i != m.obj.i))
        if verb is m.head and m.obj is not None:
            out.extend(_pobjs(m.obj, TARGET_PREPS - {"of", "for"}))
            # "reiterated its demand that Israel ease ...": the noun's content clause
            out.extend(c for c in m.obj.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"))
        out.extend(_pobjs(verb, TARGET_PREPS - {"of"}))
        # "denounced as a crime Serbia's suppression of ...": a heavy object moved after an "as" phrase
        out.extend(a for o in _pobjs(verb, {"as"}) for a in o.children if a.dep_ == "appos")
        if verb is not m.head:
            # "threatened to impose restrictions against German goods": the complement's object phrase
            out.extend(p for c in verb.children if c.dep_ == "dobj" for p in _pobjs(c, _OBJECT_TARGET_PREPS))
    # "is willing to maintain a dialogue with X": the phrase hangs on the governing predicate
    cur = m.head
    while cur.dep_ in ("xcomp", "acomp") and cur.head.i != cur.i:
        cur = cur.head
        out.extend(_pobjs(cur, {"to", "with", "against", "toward", "towards"}))
    if m.entry.plover_type == "PROTEST":
        # what a protest is against: "began a hunger strike to protest against X", "in protest of X"
        for verb in chain:
            owners = [verb] + ([m.obj] if verb is m.head and m.obj is not None else [])
            aims = [c for o in owners for c in o.children
                    if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and lemma_of(c) == "protest"]
            aims += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj" and lemma_of(g) == "protest"]
            for aim in aims:
                out.extend(_pobjs(aim, {"against", "of", "over", "at"}))
                out.extend(c for c in aim.children if c.dep_ == "dobj")
    # speech acts aimed at a claim ("rejected that X is a threat to Y"): actors of the clause
    for verb in chain:
        out.extend(c for c in verb.children if c.dep_ == "ccomp")
    return out


def _grievances(m: TriggerMatch, chain: list[Token]) -> list[Token]:
    """ "complained to the UN over Israeli air raids": what a complaint is about names its target; the
    addressee after "to" is only its audience."""
    if m.entry.plover_type not in _GRIEVANCE_TYPES or m.is_nominal:
        return []
    return [o for verb in chain for o in _pobjs(verb, {"over", "about"})]


def _armed_subject(m: TriggerMatch) -> bool:
    """The verb's agent names armed forces ("Israeli helicopters and tanks", "Serb forces")."""
    if m.is_nominal:
        return False
    agent, patient = _passive(m.head)
    subj = agent if patient is not None else _controller(m.head)
    return subj is not None and any(is_military(t) for t in [subj, *subj.conjuncts])


def _by_armed_forces(m: TriggerMatch) -> TriggerMatch:
    """An attack or killing by armed forces ("army helicopters shelled", "troops killed") is FIGHT."""
    if m.entry.cameo_code != "180" or not _armed_subject(m):
        return m
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code="190", plover_type="FIGHT"), m.head, m.obj)


def _multilateral_subject(m: TriggerMatch) -> bool:
    """ "Health ministers from more than 40 countries agreed": a counted group of countries acting together
    on a reciprocal act. No single actor is named, yet the act happened among them, so it is coded with both
    sides empty (only for reciprocal types: they act on each other)."""
    if m.is_nominal or m.entry.plover_type not in RECIPROCAL or (subj := _controller(m.head)) is None:
        return False
    states = {noun for noun, kind in GROUP_NOUNS.items() if kind == "state"}
    return subj.tag_ == "NNS" and any(
        lemma_of(g) in states and g.tag_ == "NNS" and any(x.dep_ == "nummod" for x in g.children)
        for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
        for g in c.children if g.dep_ == "pobj")


def _has_subject(m: TriggerMatch) -> bool:
    """The verb has a subject phrase (a noun, not a pronoun) even when it names no known actor."""
    subj = None if m.is_nominal else _controller(m.head)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN")


def _clause_actor(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    for t in tok.subtree:
        key = actors.actor_at(t.idx, t.idx + len(t))
        if key is not None and key not in exclude:
            return key
    return None


def _dyads(m: TriggerMatch, chain: list[Token], actors: ActorAnalysis) -> list[tuple[str | None, str | None]]:
    """(source, target) keys for the event; several for coordinated actors."""
    head = m.head
    if m.is_nominal:
        src_toks = [c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        src_toks += _pobjs(head, {"by"})
        tgt_toks = _pobjs(head, NOMINAL_TARGET_PREPS)
    else:
        agent, patient = _passive(head)
        subj = agent if patient is not None else _controller(head)
        src_toks = [subj] if subj is not None else []
        tgt_toks = _target_candidates(m, chain)
    sources: list[str] = []
    for t in src_toks:
        sources = _argument_keys(t, actors, set())
        if sources:
            break
    if not sources and src_toks:
        sources = _group_keys(src_toks[0], actors) or _reporter_keys(src_toks[0], actors)
    exclude = set(sources)
    targets: list[str] = []
    grievances = {t.i for t in _grievances(m, chain)}
    for t in tgt_toks:
        if t.i in grievances:
            key = _actor_of(t, actors, exclude) or _demonym_target(t, actors, exclude)
            targets = [key] if key else []
        elif t.dep_ in ("ccomp", "acl"):
            key = _clause_actor(t, actors, exclude | _same_country(_state_side(sources, actors), actors))
            targets = [key] if key else []
        else:
            targets = _argument_keys(t, actors, exclude)
            if targets and _own_possession(t, targets[0], sources, actors):
                targets = []  # "offered its troops to Lebanon": what the source gives, not whom
            if len(targets) == 1:
                targets = _nested_list_keys(t, targets[0], actors, exclude)
        if targets:
            break
    if not targets:
        # last resort, a phrase's own clauses: "tariffs on countries that sell oil to Cuba"
        for t in tgt_toks:
            if t.dep_ == "pobj" and (key := _clause_actor(t, actors, exclude)):
                targets = [key]
                break
    if not targets:
        # "rejected an Indian proposal", "banned Ugandan opposition candidates": a party named only by
        # its nationality stands for its country
        for t in tgt_toks:
            if t.dep_ not in ("ccomp", "acl") and (key := _demonym_target(t, actors, exclude)):
                targets = [key]
                break
    if not targets and m.entry.plover_type not in _needs_target_types():
        # "Serbia lifted a curfew in Montenegro": the place's state (not for meetings: a venue is no partner)
        key = _place_target(m, chain, actors, exclude, m.entry.plover_type in _domestic_types())
        targets = [key] if key else []
    if not targets and _domestic_measure(m, chain):
        # "lifted a state of emergency across the Tillaberi Region", "prepared to impose martial law": a measure
        # a state takes only at home has that state as its target, whatever place is named
        homes = {a.country_iso3 for k in sources if (a := actors.get(k)) and a.country_iso3}
        targets = [state_key(actors, homes.pop())] if len(homes) == 1 else []
    if m.entry.plover_type in _domestic_types():
        for key in targets:
            _home_group(key, sources, actors)
    if len(sources) > 1 and not targets and m.entry.plover_type in RECIPROCAL:
        # "The US and Jordan agreed": a reciprocal event, coded both ways
        return [(a, b) for a in sources for b in sources if a != b]
    return [(s, t) for s in (sources or [None]) for t in (targets or [None])]


def _own_possession(tok: Token, key: str, sources: list[str], actors: ActorAnalysis) -> bool:
    """The argument is the source's own ("its troops", "their borders"): the phrase's own actor, possessed
    by a word that stands for the source."""
    owned = any(c.dep_ == "poss" and any(x.actor_key in sources and x.char_start == c.idx
                                         and x.char_end == c.idx + len(c) for x in actors.mentions)
                for c in tok.children)
    return owned and actors.actor_at(tok.idx, tok.idx + len(tok)) == key


def _state_side(sources: list[str], actors: ActorAnalysis) -> list[str]:
    """Sources that speak for a state (the state, its bodies and officials): "Cuba rejected claims that the
    island is a threat" is about Cuba itself. A rebel group or party demanding that its own government act
    ("the PKK demanded that the Turkish government ...") does act on its country."""
    out = []
    for k in sources:
        a = actors.get(k)
        if a is not None and (a.actor_type in ("state", "person") or a.parent_key is not None):
            out.append(k)
    return out


@functools.cache
def _domestic_measure_nouns() -> tuple[str, ...]:
    path = resources.files("newscoder.data") / "domestic_measures.csv"
    with path.open(encoding="utf-8") as f:
        return tuple(r["noun"].strip().lower() for r in csv.DictReader(f))


def _domestic_measure(m: TriggerMatch, chain: list[Token]) -> bool:
    """The act's object is a measure of internal order (data/domestic_measures.csv: "a state of emergency",
    "martial law", "the curfew")."""
    objs = [m.obj] if m.obj is not None else []
    objs += [c for v in chain for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    for o in objs:
        words = " ".join(t.lower_ for t in o.subtree if t.dep_ not in ("relcl", "acl", "det"))
        if any(f" {n} " in f" {words} " for n in _domestic_measure_nouns()):
            return True
    return False


def _home_group(key: str, sources: list[str], actors: ActorAnalysis) -> None:
    """ "Turkish police prevented a demonstration by students", "the government accepted demands from
    rebels": a state (or one of its bodies) taking a domestic measure acts on a group at home, so a group
    named with no country of its own is of the source's country."""
    target = actors.get(key)
    if target is None or target.actor_type != "group" or target.country_iso3 or target.registry_id:
        return
    homes = {a.country_iso3 for k in sources if (a := actors.get(k)) and a.actor_type in ("state", "organization")}
    if len(homes) == 1 and None not in homes:
        target.country_iso3 = homes.pop()


def _demonym_target(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    """The state of a country named by an adjective or possessor in the argument's own phrase."""
    for t in _core_tokens(tok):
        # the tagger may miss a nationality adjective ("Ugandan" tagged as a person's name)
        national = t.ent_type_ in ("NORP", "GPE") or iso3_for_demonym(t.text) is not None
        if t.dep_ in ("amod", "compound", "poss") and t.head.i == tok.i and national \
                and not (t.i > 0 and t.nbor(-1).text == "-"):  # "an anti-Syria journalist" is no Syrian
            iso3 = resolve_country(t.text)
            if iso3 is not None and (key := state_key(actors, iso3)) not in exclude:
                return key
    return None


def _place_tokens(m: TriggerMatch, chain: list[Token]) -> list[Token]:
    """Place arguments of the event's clauses: "in the Gaza Strip", "into Lebanon", "entered Lebanon"."""
    out: list[Token] = []
    verbs = {v.i for v in chain}
    heads = [m.head] if m.is_nominal else [_clause_head(v) for v in chain]
    for clause in heads:
        for tok in clause.subtree:
            placed = tok.dep_ == "pobj" and tok.head.lower_ in TARGET_PLACE_PREPS
            entered = tok.dep_ == "dobj" and tok.head.i in verbs
            if not (placed or entered) or not any(t.ent_type_ in ("GPE", "LOC") for t in _core_tokens(tok)):
                continue
            if (m.is_nominal or _clause_head(tok).i == clause.i) and tok not in out:
                out.append(tok)
    return out


def _place_target(m: TriggerMatch, chain: list[Token], actors: ActorAnalysis, exclude: set[str],
                  own: bool = False) -> str | None:
    """The state actor of the country of a place argument, when the article has one (`own`: even when
    that state is the source, for a domestic measure)."""
    for tok in _place_tokens(m, chain):
        words = _core_tokens(tok)
        country = None
        for t in reversed(words):  # the widest place named last: "a village in western Cambodia"
            key = actors.actor_at(t.idx, t.idx + len(t))
            actor = actors.get(key)
            if actor is not None and actor.actor_type == "state" and actor.country_iso3:
                if key not in exclude or own:
                    return key
                country = actor.country_iso3
                break
            if t.ent_type_ in ("GPE", "LOC") and (code := _place_country(t)):
                country = code
                break
        if country is None:
            continue
        state = state_key(actors, country)
        if state not in exclude or own:
            return state
    return None


def state_key(actors: ActorAnalysis, iso3: str) -> str:
    """Key of the article's state actor for `iso3`, added (without a mention) when the article has none.

    A place names its country without naming the state ("a curfew in Abidjan"); the event still needs
    the state as its target. The resolver gives a state one global id per ISO3, registered or not.
    """
    for a in actors.actors:
        if a.actor_type == "state" and a.country_iso3 == iso3:
            return a.key
    used = {a.key for a in actors.actors}
    n = len(actors.actors) + 1
    while f"a{n}" in used:
        n += 1
    actors.actors.append(LocalActor(key=f"a{n}", name=country_name(iso3), actor_type="state", country_iso3=iso3))
    return f"a{n}"


def _group_keys(tok: Token, actors: ActorAnalysis) -> list[str]:
    """ "the two leaders", "both countries": the two actors of that kind mentioned last before tok."""
    counted = any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in tok.children)
    both = any(c.lower_ == "both" for c in tok.children)
    kind = GROUP_NOUNS.get(lemma_of(tok))
    if not (counted or both) or kind is None:
        return []
    found: list[str] = []
    for mention in sorted(actors.mentions, key=lambda x: -x.char_start):
        actor = actors.get(mention.actor_key)
        if mention.char_end > tok.idx or actor is None or actor.actor_type != kind:
            continue
        if actor.key not in found:
            found.append(actor.key)
        if len(found) == 2:
            return found
    return []


def _reporter_keys(tok: Token, actors: ActorAnalysis) -> list[str]:
    """ "X said it would ...": an unresolved pronoun subject of a reported clause is the reporter."""
    want = PRONOUN_TYPES.get(tok.lower_)
    if tok.pos_ != "PRON" or want is None:
        return []
    clause = _clause_head(tok)
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or not is_reporting_verb(clause.head):
        return []
    subj = _controller(clause.head)
    key = _actor_of(subj, actors, set()) if subj is not None else None
    actor = actors.get(key)
    if actor is None or (actor.actor_type == "person") != (want == "person") and want != "any":
        return []
    return [actor.key]


def _same_country(keys: list[str], actors: ActorAnalysis) -> set[str]:
    """Keys of actors of the same country as `keys` (an actor rarely rejects a claim about itself)."""
    countries = {a.country_iso3 for k in keys if (a := actors.get(k)) and a.country_iso3}
    return {a.key for a in actors.actors if a.country_iso3 in countries}


# ---------------------------------------------------------------- clauses, dates, places
def _clause_head(tok: Token) -> Token:
    cur = tok
    while cur.head.i != cur.i and not (cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS):
        cur = cur.head
    return cur


def _first_day(value: str) -> dt.date | None:
    v = value.split("/", 1)[0].strip()
    try:
        if len(v) == 10:
            return dt.date.fromisoformat(v)
        if len(v) == 8 and v[4:6] == "-W":
            return dt.date.fromisocalendar(int(v[:4]), int(v[6:]), 1)
        if len(v) == 7:
            return dt.date(int(v[:4]), int(v[5:7]), 1)
        if len(v) == 4:
            return dt.date(int(v), 1, 1)
    except ValueError:
        return None
    return None


def _timex_roots(doc: Doc, sent: Span, timex: Iterable[Timex]) -> list[tuple[Timex, Token]]:
    out = []
    for t in timex:
        if sent.start_char <= t.char_start < sent.end_char and _first_day(t.value) is not None:
            span = doc.char_span(t.char_start, t.char_end, alignment_mode="expand")
            if span is not None:
                out.append((t, span.root))
    return out


def _event_timex(m: TriggerMatch, roots: list[tuple[Timex, Token]]) -> Timex | None:
    """The date expression of the event's clause, else of the nearest clause governing it."""
    if m.is_nominal:
        inside = [t for t, r in roots if m.head.left_edge.i <= r.i <= m.head.right_edge.i]
        if inside:
            return inside[0]
    clause = _clause_head(m.head)
    for _ in range(6):
        # the clause's own dates, and those of its participles ("a statement released on Sunday")
        here = [(abs(r.i - m.head.i), t) for t, r in roots if _clause_head(r).i == clause.i
                or (_clause_head(r).dep_ == "acl" and _clause_head(_clause_head(r).head).i == clause.i)]
        if here:
            return min(here, key=lambda x: x[0])[1]
        if clause.head.i == clause.i:
            return None
        clause = _clause_head(clause.head)
    return None


def _is_past(tok: Token) -> bool:
    return tok.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in tok.children)


def _date_fields(m: TriggerMatch, roots: list[tuple[Timex, Token]], article: Article) -> dict:
    t = _event_timex(m, roots)
    if t is not None:
        basis = t.basis if t.basis in ("explicit", "relative") else "explicit"
        return {
            "event_date": _first_day(t.value),
            "date_precision": t.precision or "unknown",
            "date_text": t.text,
            "date_basis": basis,
        }
    # undated: the story's date; an undated past event happened on or before it, day unknown
    precision = "unknown" if _is_past(m.head) else "day"
    return {"event_date": article.published_date, "date_precision": precision, "date_text": None,
            "date_basis": "publication"}


@functools.cache
def _country_code(name: str) -> str | None:
    """ISO3 of a country named (or its capital), from the shared alias tables, else pycountry."""
    code = resolve_country(name)
    if code is not None:
        return code
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


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
    return _country_code(tok.text) or country_of_place(_entity_text(tok))


def _place(m: TriggerMatch, actors: ActorAnalysis) -> tuple[str | None, str | None, Token | None]:
    """(location_text, country ISO3, place token) from "in Havana", or the place visited (CAMEO 042)."""
    clause = m.head if m.is_nominal else _clause_head(m.head)
    cands = []
    if m.entry.cameo_code == "042":
        cands += [c for c in m.head.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC")]
        cands += [c for c in m.head.children if c.dep_ == "dobj" and any(
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


# ---------------------------------------------------------------- triggers
def _is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _is_complement(tok: Token) -> bool:
    """An infinitive complement or purpose clause: "threatened to impose", "swore to fight"."""
    return tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _is_content(m: TriggerMatch, by_head: dict[int, TriggerMatch], yielded: set[int]) -> bool:
    """The act is the content of another coded event, not an event of its own.

    "threatening to impose tariffs" (a speech act's complement), "demanded that Y withdraw" and "an
    ultimatum to Y to halt attacks" (what is demanded), "staged rallies to demand reforms" (a protest's aim).
    """
    head = m.head
    gov = by_head.get(head.head.i) if head.head.i != head.i else None
    if gov is None or gov.head.i in yielded:
        return False
    if head.dep_ == "xcomp":
        return True
    if gov.entry.plover_type in ("DEMAND", "THREATEN") and head.dep_ in ("ccomp", "acl", "advcl"):
        return True
    if gov.entry.plover_type == "PROTEST" and m.entry.plover_type in ("DEMAND", "PROTEST"):
        # "a hunger strike to protest against X" may parse as an infinitival relative clause
        return head.dep_ in ("advcl", "acl", "xcomp") or head.dep_ == "relcl" and _is_infinitive(head)
    return False


@functools.cache
def _entitlement_nouns() -> frozenset[str]:
    path = resources.files("newscoder.data") / "entitlement_nouns.csv"
    with path.open(encoding="utf-8") as f:
        return frozenset(r["noun"].strip().lower() for r in csv.DictReader(f))


def _is_entitlement(tok: Token) -> bool:
    """"the right to protest", "freedom to assemble": an act someone may do, not one that happened."""
    return tok.dep_ == "acl" and _is_infinitive(tok) and lemma_of(tok.head) in _entitlement_nouns()


def _matches(sent: Span) -> list[tuple[TriggerMatch, list[Token]]]:
    """Lexicon matches in a sentence, each with its chain of complement verbs (threaten -> impose)."""
    verbs: dict[int, TriggerMatch] = {}
    tokens = doc_tokens(sent.doc)[sent.start : sent.end]
    for tok in tokens:
        if tok.pos_ == "VERB" and tok.dep_ != "amod":
            m = match_verb(tok)
            if m is not None:
                verbs[tok.i] = m
    used_nouns = {m.obj.i for m in verbs.values() if m.obj is not None}
    # "vowed to retaliate", "offered to mediate": a verb of commitment yields to the act committed to
    yielded = {m.head.head.i for m in verbs.values() if _is_complement(m.head) and m.head.head.i in verbs
               and is_commissive(m.head.head)}
    nouns: dict[int, TriggerMatch] = {}
    for tok in tokens:
        if tok.pos_ == "NOUN" and tok.i not in used_nouns:
            m = match_noun(tok)
            if m is not None:
                nouns[tok.i] = m
    # a light verb's event is governed through its object noun too ("an ultimatum to Y to halt")
    by_head = {**nouns, **verbs, **{m.obj.i: m for m in verbs.values() if m.obj is not None}}
    out: list[tuple[TriggerMatch, list[Token]]] = []
    for m in [*verbs.values(), *nouns.values()]:
        if m.head.i in yielded or _is_content(m, by_head, yielded) or _is_entitlement(m.head):
            continue
        chain = [m.head]
        cur = m.head
        while not m.is_nominal:
            nxt = next((c for c in cur.children if c.dep_ == "xcomp"), None)
            if nxt is None or any(nxt.i == c.i for c in chain):
                break
            chain.append(nxt)
            cur = nxt
        out.append((m, chain))
    return sorted(out, key=lambda x: x[0].head.i)


def _demand_in_speech(sent: Span, quotes: list[Quote], actors: ActorAnalysis, aux_heads: set[int]):
    """ "X must stop ..." said by S: S demands X act (CAMEO 10, PLOVER DEMAND). `aux_heads`: the tokens
    with a demand auxiliary among their children (speed: only those are read further)."""
    for tok in doc_tokens(sent.doc)[sent.start : sent.end]:
        if tok.i not in aux_heads:
            continue
        must = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in DEMAND_AUX), None)
        if must is None:
            continue
        subj = _subject(tok) or _passive(tok)[1]
        if subj is None:
            continue
        speaker = None
        if tok.dep_ == "ccomp" and is_reporting_verb(tok.head) and _subject(tok.head) is not None:
            speaker = _actor_of(_subject(tok.head), actors, set())
        if speaker is None:
            speaker = next((q.speaker_key for q in quotes if q.char_start <= must.idx < q.char_end), None)
        target = _actor_of(subj, actors, {speaker} if speaker else set())
        if speaker is not None and target is not None:
            yield tok, must, speaker, target, subj


@functools.cache
def _judgements() -> dict[tuple[str, str], LexEntry]:
    """(lemma, pos) -> entry for the verdicts of data/event_judgements.csv; the entry's `particle` holds the
    adverb a verb row needs ("go ... enough") and its `prep` "neg" when the row needs a negation."""
    with resources.files("newscoder.data").joinpath("event_judgements.csv").open(encoding="utf-8") as f:
        return {(r["lemma"], r["pos"]): LexEntry(r["lemma"], r["pos"], r["adverb"], "", "neg" if r["negated"] == "yes"
                                                 else "", r["cameo_code"], r["plover_type"])
                for r in csv.DictReader(f)}


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _verdict(clause: Token) -> tuple[LexEntry, list[Token]] | None:
    """The judgement a reported clause passes ("the text did not go far enough", "the move was unacceptable",
    "the withdrawal was a mistake"): (entry, the words that carry it), else None."""
    table = _judgements()
    entry = table.get((lemma_of(clause), "verb"))
    if entry is not None and _negated(clause) == (entry.prep == "neg"):
        adverbs = [c for c in clause.children if c.dep_ == "advmod"]
        words = [t for a in adverbs for t in (a, *a.children)]
        if any(t.lower_ == entry.particle for t in words):
            return entry, [clause, *words, *(c for c in clause.children if c.dep_ == "neg")]
    if _negated(clause):
        return None  # "said the move was not unacceptable"
    for c in clause.children:
        pos = "adj" if c.dep_ == "acomp" and c.pos_ == "ADJ" else "noun" if c.dep_ == "attr" else None
        entry = table.get((lemma_of(c), pos)) if pos else None
        if entry is not None and not _negated(c):
            return entry, [c]
    return None


def _judgements_in_speech(sent: Span, actors: ActorAnalysis):
    """ "X said the plan did not go far enough": a reported verdict of disapproval is X's criticism (CAMEO
    111) of whoever the clause's subject names (often no actor: "the text"). Yields (reporting verb,
    verdict words, entry, source key, target key)."""
    for tok in doc_tokens(sent.doc)[sent.start : sent.end]:
        if tok.pos_ != "VERB" or not is_reporting_verb(tok) or _negated(tok):
            continue
        subj = _subject(tok)
        src = _actor_of(subj, actors, set()) if subj is not None else None
        if src is None:
            continue
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            found = _verdict(clause)
            if found is None:
                continue
            entry, words = found
            yield tok, words, entry, src, _judged_actor(_subject(clause), actors, src)


def _judged_actor(subj: Token | None, actors: ActorAnalysis, src: str) -> str | None:
    """Whom a verdict is about: the subject itself or its possessor ("the US was reckless", "Iran's plan was
    a mistake"), never an actor further inside the phrase ("sanctions on Iran were counterproductive" is no
    criticism of Iran)."""
    if subj is None:
        return None
    for t in doc_tokens(subj.doc)[subj.left_edge.i : subj.i + 1]:
        key = actors.actor_at(t.idx, t.idx + len(t))
        if key is not None and key != src and (t.i == subj.i or t.dep_ in ("poss", "compound") or t.head.i != subj.i
                                                and t.head.dep_ in ("poss", "compound")):
            return key
    return None


def _span(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = list(tokens)
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _evidence(doc: Doc, sent: Span) -> str:
    return doc_text(doc)[sent.start_char : sent.end_char].rstrip()


def extract_events(
    doc: Doc, article: Article, actors: ActorAnalysis, timex: list[Timex], quotes: list[Quote]
) -> list[Event]:
    """Code the events of one article (doc is the spaCy parse of `article.text`)."""
    events: list[Event] = []
    one_sided, needs_target = _one_sided_types(), _needs_target_types()
    text = doc_text(doc)
    aux_heads = {t.head.i for t in doc_tokens(doc) if t.dep_ == "aux" and t.lower_ in DEMAND_AUX}
    for si, sent in enumerate(doc.sents):
        if not text[sent.start_char : sent.end_char].strip() or article.in_heading(sent.start_char, sent.end_char):
            continue
        roots = _timex_roots(doc, sent, timex)
        evidence = _evidence(doc, sent)
        demand_heads = set()
        for verb, must, src, tgt, subj in _demand_in_speech(sent, quotes, actors, aux_heads):
            demand_heads.add(verb.i)
            start, end = _span([must, verb, subj])
            m = TriggerMatch(_DEMAND, verb)
            events.append(Event(
                char_start=start, char_end=end, sentence_index=si, evidence=evidence, trigger=must.text,
                cameo_code=_DEMAND.cameo_code, plover_type=_DEMAND.plover_type, modality="asserted",
                source_key=src, target_key=tgt,
                trigger_char_start=must.idx, trigger_char_end=must.idx + len(must),
                confidence=0.6, extractor=EXTRACTOR, **_date_fields(m, roots, article),
            ))
        for said, words, entry, src, tgt in _judgements_in_speech(sent, actors):
            # "X said the text did not go far enough": X's criticism, asserted and dated when said
            start, end = _span([said, *words, *([_subject(said)] if _subject(said) is not None else [])])
            tstart, tend = _span(words)
            events.append(Event(
                char_start=start, char_end=end, sentence_index=si, evidence=evidence, trigger=text[tstart:tend],
                cameo_code=entry.cameo_code, plover_type=entry.plover_type, modality="asserted",
                source_key=src, target_key=tgt, trigger_char_start=tstart, trigger_char_end=tend,
                confidence=0.6 if tgt else 0.5, extractor=EXTRACTOR,
                **_date_fields(TriggerMatch(entry, said), roots, article),
            ))
        for m, chain in _matches(sent):
            if m.head.i in demand_heads or demand_heads and any(a.i in demand_heads for a in m.head.ancestors):
                continue  # the demanded act is the demand's content, not an event
            m = _by_armed_forces(m)
            passive = _passive(m.head)[1] is not None and not m.is_nominal
            for src, tgt in _dyads(m, chain, actors):
                if src is None and tgt is None and not _armed_subject(m) and not _multilateral_subject(m):
                    # armed forces act even when unnamed ("Israeli tanks shelled ..."), and so do counted groups
                    # of countries ("ministers from 40 countries agreed"); others must be known
                    continue
                if m.is_nominal and (src is None or tgt is None):
                    continue  # a bare noun is an event only when both parties are named
                # a side may stay empty when its phrase names no known actor ("Rebels shelled positions
                # near the town"); a two-sided type without a target is coded with lower confidence
                if src is None and not passive and not _has_subject(m):
                    continue
                if tgt is None and m.entry.plover_type in needs_target:
                    continue  # "the cabinet met": a meeting needs someone to meet
                ev = _event(m, chain, src, tgt, si, evidence, article, actors, roots, quotes)
                if tgt is None and ev.plover_type not in one_sided:
                    ev = dataclasses.replace(ev, confidence=round(ev.confidence - 0.1, 2))
                events.append(ev)
    return events


@functools.cache
def _refusal_codes() -> dict[str, tuple[str, bool]]:
    """CAMEO code prefix -> (12x refusal code, needs a named recipient), from data/cameo_refusal.csv."""
    with resources.files("newscoder.data").joinpath("cameo_refusal.csv").open(encoding="utf-8") as f:
        return {r["cameo_root"]: (r["refusal_code"], r["needs_target"] == "yes") for r in csv.DictReader(f)}


def _refusal(code: str, tgt: str | None) -> str | None:
    """The 12x code of refusing to do `code` (the longest prefix wins), None when the act is no giving or
    cooperating ("will not attack" is an assurance, not a refusal)."""
    table = _refusal_codes()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            refusal, needs_target = table[code[:n]]
            return refusal if tgt is not None or not needs_target else None
    return None


def _statement_date(m: TriggerMatch, roots: list[tuple[Timex, Token]]) -> TriggerMatch:
    """A refusal is made when it is stated: "X will not send troops this year, Y said Wednesday" is dated by
    the reporting clause when that has a date of its own (else by the act's clause)."""
    clause = _clause_head(m.head)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and is_reporting_verb(clause.head):
        said = TriggerMatch(m.entry, clause.head)
        if any(_clause_head(r).i == _clause_head(said.head).i for _, r in roots):
            return said
    return m


def _event(m, chain, src, tgt, si, evidence, article, actors, roots, quotes) -> Event:
    found = modality_cues(m.head, quotes)
    mood = strongest(found)
    code, plover = m.entry.cameo_code, m.entry.plover_type
    stated = mood == "planned" and strongest(modality_cues(m.head, quotes, purpose=False)) == "planned"
    dated = m
    if stated and (found_intent := intent(code)) is not None:
        # CAMEO codes a stated intention to cooperate as 03x (PLOVER AGREE: a promise or offer) and one
        # to sanction, coerce or use force as 13x (PLOVER THREATEN)
        code, plover = found_intent
    elif mood == "negated" and (plover in _NEGATED_IS_REJECT or code in _NEGATED_IS_REJECT_CODES):
        # "did not accept", "will not allow": the refusal happened; the negation is its wording
        code, plover = "120", "REJECT"
        mood = strongest(found - {"negated", "planned"})
    elif not m.is_nominal and is_refusal(modality_cues(m.head, quotes, purpose=False)) \
            and (refusal := _refusal(code, tgt)) is not None:
        # "will not send troops to X", "said it would not sign": a stated intention not to give or
        # cooperate is a refusal (CAMEO 12x), asserted (or claimed when reported) and dated when stated
        code, plover = refusal, "REJECT"
        mood = strongest(found - {"negated", "planned"})
        dated = _statement_date(m, roots)
    trigger_toks = [m.head] + ([m.obj] if m.obj is not None else [])
    tstart, tend = _span(trigger_toks)
    arg_toks = list(trigger_toks)
    sent_keys = None
    for key in (src, tgt):
        if key is None:
            continue
        # the mention of the argument nearest to the trigger
        if sent_keys is None:  # speed: each token's actor, looked up once for both arguments
            sent = m.head.sent
            sent_keys = [(t, actors.actor_at(t.idx, t.idx + len(t)))
                         for t in doc_tokens(sent.doc)[sent.start : sent.end]]
        near = [t for t, k in sent_keys if k == key]
        if near:
            arg_toks.append(min(near, key=lambda t: abs(t.i - m.head.i)))
    start, end = _span(arg_toks)
    loc_text, loc_country, _ = _place(m, actors)
    confidence = 0.5 + (0.2 if src and tgt else 0.0) + (0.1 if not m.is_nominal else 0.0)
    if mood in ("claimed", "hypothetical"):
        confidence -= 0.1
    return Event(
        char_start=start, char_end=end, sentence_index=si, evidence=evidence,
        trigger=doc_text(m.head.doc)[tstart:tend], cameo_code=code, plover_type=plover,
        modality=mood, source_key=src, target_key=tgt, trigger_char_start=tstart, trigger_char_end=tend,
        location_text=loc_text, location_country_iso3=loc_country, confidence=round(confidence, 2),
        extractor=EXTRACTOR, **_date_fields(dated, roots, article),
    )
