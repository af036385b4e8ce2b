"""Dyads: the source (agent, including passive by-phrases and possessors of nominal events) and the
target (the affected party) of a coded predicate, with the PLOVER type table's rules on which types need a
target, which may be one-sided and which are domestic measures.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.deps import PREMODIFIER_DEPS
from newscoder.extract.doctext import children_of, doc_text
from newscoder.extract.events.arguments import (
    GROUP_NOUNS,
    _actor_of,
    _argument_keys,
    _armed_subject,
    _clause_actor,
    _core_tokens,
    _demonym_target,
    _group_keys,
    _nested_list_keys,
    _own_possession,
    _reporter_keys,
    _same_country,
    _state_side,
    accused_party,
    indirect_reporter,
    locative_place,
    state_key,
)
from newscoder.extract.events.clauses import (
    _clause_head,
    _controller,
    _passive,
    _pobjs,
    _subject,
    reduced_passive_patient,
)
from newscoder.extract.events.crowd_phrases import campaign_aims, estimated_crowd
from newscoder.extract.events.modality import is_commissive
from newscoder.extract.events.people_nouns import _counted_people, party_head, placed_people
from newscoder.extract.events.told_acts import _act_antecedent, _requester, _told_act_target
from newscoder.extract.events.trigger_table import (
    RECEIVED,
    TriggerMatch,
    _entries,
    lemma_of,
)
from newscoder.extract.events.when_where import _place_country
from newscoder.extract.roles import is_title_word
from newscoder.records import ActorAnalysis
from newscoder.resolve.countries import resolve_country
from newscoder.resolve.office_holders import is_listed_organization
from newscoder.resolve.places import country_of, country_of_place

# prepositions whose object is the target of an event ("talks with X", "sanctions on X", "aid to X")
TARGET_PREPS = {"to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "from", "for", "of"}


NOMINAL_TARGET_PREPS = {"of", "against", "on", "to", "with"}


# a place an act is done in, into or across stands for its country when no other target is named
# ("lifted a curfew in X", "troops entered X"): CAMEO codes the state of the place as the target
TARGET_PLACE_PREPS = {"in", "into", "across", "throughout", "inside", "at"}


# verbs of what a protest is for: "went on strike to protest against X", "... to demand the resignation of X"
_PROTEST_AIMS = {"protest", "demand", "press", "denounce", "oppose", "condemn"}


# types whose "over"/"about" phrase names the party complained of, before any addressee
_GRIEVANCE_TYPES = {"DISAPPROVE", "PROTEST"}


# prepositions on a complement verb's object that name the party it is aimed at ("restrictions against X")
_OBJECT_TARGET_PREPS = {"against", "on", "upon", "to", "toward", "towards"}


# CAMEO roots of giving and promising (03 intent to cooperate or aid, 07 provide aid): what is given or
# promised is given for a beneficiary, and a "for"/"to" phrase on the thing given names it ("pledged 20
# million euros for the reconstruction of X's power grid", "sent aid to X's displaced families")
_GIVING_ROOTS = ("03", "07")


# types whose coordinated subjects act on each other ("Norway and Sweden signed a treaty")
RECIPROCAL = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "FIGHT"}


@functools.cache
def _one_sided_types() -> frozenset[str]:
    return frozenset(r["type"] for r in lexicons.rows("plover_types") if r["one_sided"] == "yes")


@functools.cache
def _needs_target_types() -> frozenset[str]:
    return frozenset(r["type"] for r in lexicons.rows("plover_types") if r["one_sided"] == "never")


@functools.cache
def _domestic_types() -> frozenset[str]:
    """Types of measures a state takes at home ("ended the curfew in the eastern district"): the place's
    state is the target even when it is the source's own."""
    return frozenset(r["type"] for r in lexicons.rows("plover_types") if r["domestic"] == "yes")


def _target_candidates(m: TriggerMatch, chain: list[Token]) -> list[Token]:
    """Target argument tokens of a verbal event, best first."""
    out: list[Token] = _grievances(m, chain)
    for verb in chain:
        _, patient = _passive(verb)
        if patient is not None and (m.obj is None or patient.i != m.obj.i):
            out.append(patient)
        out.extend(c for c in children_of(verb) if c.dep_ == "dobj" and (m.obj is None or c.i != m.obj.i))
        if verb is m.head and m.obj is not None:
            out.extend(_pobjs(m.obj, TARGET_PREPS - {"of", "for"}))
            # "reiterated its demand that Israel ease ...": the noun's content clause
            out.extend(c for c in children_of(m.obj) if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"))
        out.extend(_pobjs(verb, TARGET_PREPS - {"of"}))
        # "condemned as unlawful Norway's arrest of ...": a heavy object moved after an "as" phrase
        out.extend(a for o in _pobjs(verb, {"as"}) for a in children_of(o) if a.dep_ == "appos")
        if verb is m.head and m.entry.cameo_code[:2] in _GIVING_ROOTS:
            # "pledged funds for the rebuilding of X": the beneficiary hangs on what is given, not on the verb
            # (only an actor found there is taken: "pledged funds for new schools" stays without a target)
            gifts = [c for c in children_of(verb) if c.dep_ == "dobj"] + ([m.obj] if m.obj is not None else [])
            out.extend(p for g in gifts for p in _pobjs(g, {"for", "to"}))
        if verb is not m.head:
            # "threatened to place limits against Danish exports": the complement's object phrase
            out.extend(p for c in children_of(verb) if c.dep_ == "dobj" for p in _pobjs(c, _OBJECT_TARGET_PREPS))
    # "is willing to maintain a dialogue with X": the phrase hangs on the governing predicate
    cur = m.head
    while cur.dep_ in ("xcomp", "acomp") and cur.head.i != cur.i:
        cur = cur.head
        out.extend(_pobjs(cur, {"to", "with", "against", "toward", "towards"}))
    if m.entry.plover_type == "PROTEST":
        # what a protest is against: "went on strike to protest against X", "in protest of X"
        for verb in chain:
            owners = [verb] + ([m.obj] if verb is m.head and m.obj is not None else [])
            # (or to demand or press something of someone: "a strike to demand that X resign")
            aims = [c for o in owners for c in children_of(o)
                    if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and lemma_of(c) in _PROTEST_AIMS]
            aims += [g for o in owners for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "in"
                     for g in children_of(c) if g.dep_ == "pobj" and lemma_of(g) == "protest"]
            for aim in aims:
                out.extend(_pobjs(aim, {"against", "of", "over", "at"}))
                objs = [c for c in children_of(aim) if c.dep_ == "dobj"]
                out.extend(objs)
                out.extend(p for o in objs for p in _pobjs(o, {"from"}))  # "press demands for X from Y"
        # "marched in the third week of protests against X": the campaign the march belongs to
        out.extend(campaign_aims(m.head))
        # "protested outside the parliament", "rallied in front of the embassy": the body whose seat a
        # protest stands at is what it is addressed to
        out.extend(o for verb in chain for o in _pobjs(verb, {"outside"}) + _in_front_of(verb) + _outside_of(verb))
    # speech acts aimed at a claim ("rejected that X is a threat to Y"): actors of the clause
    for verb in chain:
        out.extend(c for c in children_of(verb) if c.dep_ == "ccomp")
    if m.entry.plover_type == "THREATEN":
        # "threatened to halt the talks if the US deploys missiles": a threat is aimed at the one whose act
        # sets it off
        out.extend(s for verb in chain for c in children_of(verb) if c.dep_ == "advcl"
                   and any(x.dep_ == "mark" and x.lower_ in ("if", "unless") for x in children_of(c))
                   and (s := _subject(c)) is not None)
    return out


def _in_front_of(verb: Token) -> list[Token]:
    """The object of "in front of" hung on the verb."""
    return [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in"
            for f in children_of(c) if f.dep_ == "pobj" and f.lower_ == "front"
            for o in _pobjs(f, {"of"}) for g in [o]]


def _outside_of(verb: Token) -> list[Token]:
    """The object of "outside of" hung on the verb (the parser reads "outside" as an adverb there)."""
    return [o for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ == "outside" for o in _pobjs(c, {"of"})]


_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _across_quote(trigger: Token, tok: Token) -> bool:
    """ "X defended his decision: \"if Y does anything ...\"": a party named inside a quotation the trigger is
    outside of is what the quotation talks about, not whom the act is aimed at. A quoted act's party may stand
    outside the quotation ('willing to "maintain a dialogue," with the US')."""
    text = doc_text(trigger.doc)
    para = text.rfind("\n", 0, min(trigger.idx, tok.idx)) + 1

    def quoted(i: int) -> bool:  # an odd number of quotation marks since the paragraph began
        return sum(text.count(q, para, i) for q in _QUOTE_MARKS) % 2 == 1

    return quoted(tok.idx) and not quoted(trigger.idx)


def _absolute_with(tok: Token) -> bool:
    """ "declared an emergency, with Y following suit": "with" and a noun with its own participle is a clause
    of its own (Y acts alongside), not the partner of the act."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    for c in children_of(tok):
        if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBN"):
            # (but "comply with the subpoena issued by the Senate committee": a participle with a named agent
            # is a reduced relative saying whose the thing is)
            return not (c.tag_ == "VBN" and any(a.dep_ == "agent" and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in children_of(a)) for a in children_of(c)))
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].tag_ in ("VBG", "VBN") and tok.doc[nxt].dep_ != "amod"


def _grievances(m: TriggerMatch, chain: list[Token]) -> list[Token]:
    """ "complained to the UN over Israeli air raids": what a complaint is about names its target; the
    addressee after "to" is only its audience."""
    if m.entry.plover_type not in _GRIEVANCE_TYPES or m.is_nominal:
        return []
    return [o for verb in chain for o in _pobjs(verb, {"over", "about"})]


def _shared_passive_subject(verb: Token) -> Token | None:
    """ "X founded a party but was arrested in 1963": a passive conjunct (its own "was", no subject of its own)
    shares its partner's subject as the one acted on, not as the agent."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb)):
        return None
    return _controller(verb)


def _multilateral_subject(m: TriggerMatch) -> bool:
    """ "Health ministers from more than 40 countries agreed": a counted group of countries acting together
    on a reciprocal act. No single actor is named, yet the act happened among them, so it is coded with both
    sides empty (only for reciprocal types: they act on each other)."""
    if m.is_nominal or m.entry.plover_type not in RECIPROCAL or (subj := _controller(m.head)) is None:
        return False
    states = {noun for noun, kind in GROUP_NOUNS.items() if kind == "state"}
    return subj.tag_ == "NNS" and any(
        lemma_of(g) in states and g.tag_ == "NNS" and any(x.dep_ == "nummod" for x in children_of(g))
        for c in children_of(subj) if c.dep_ == "prep" and c.lower_ in ("from", "of")
        for g in children_of(c) if g.dep_ == "pobj")


def _has_subject(m: TriggerMatch) -> bool:
    """The verb has a subject phrase (a noun, not a pronoun) even when it names no known actor."""
    subj = None if m.is_nominal else _controller(m.head)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN")


def _argument_tokens(m: TriggerMatch, chain: list[Token]) -> tuple[list[Token], list[Token]]:
    """The source and target argument tokens of the event, best first."""
    head = m.head
    if m.is_nominal:
        src_toks = [c for c in children_of(head) if c.dep_ in PREMODIFIER_DEPS]
        src_toks += _pobjs(head, {"by"})
        return src_toks, _pobjs(head, NOMINAL_TARGET_PREPS)
    tgt_toks: list[Token] = []
    agent, patient = _passive(head)
    if patient is None and (patient := reduced_passive_patient(head)) is not None:
        tgt_toks = [patient]  # "appeared in court, charged with murder": the one charged
    shared = _shared_passive_subject(head) if patient is None else None
    subj = agent if patient is not None or shared is not None else _controller(head)
    if subj is not None and patient is None and (crowd := estimated_crowd(subj, head)) is not None:
        subj = crowd  # "what organizers estimated at 20,000 students marched": the students marched
    src_toks = [subj] if subj is not None else []
    return src_toks, ([shared] if shared is not None else []) + tgt_toks + _target_candidates(m, chain)


def _dyads(m: TriggerMatch, chain: list[Token], actors: ActorAnalysis) -> list[tuple[str | None, str | None]]:
    """(source, target) keys for the event; several for coordinated actors."""
    if m.entry.modifier == RECEIVED:
        return received_dyad(m, actors)
    head = m.head
    src_toks, tgt_toks = _argument_tokens(m, chain)
    sources: list[str] = []
    if src_toks and not m.is_nominal and (key := indirect_reporter(src_toks[0], actors)
                                          or accused_party(src_toks[0], actors)) is not None:
        # "X said he had ordered ...": the reporter X; "the accusation against X is that he ...": X; whoever
        # the coreference chose
        src_toks = []
        sources = [key]
    for t in src_toks:
        sources = _argument_keys(t, actors, set())
        if sources:
            break
    if not sources and src_toks:
        sources = _group_keys(src_toks[0], actors) or _reporter_keys(src_toks[0], actors)
    if not sources and src_toks and not m.is_nominal and _armed_subject(m):
        # "British aircraft killed ...", "Israeli tanks shelled ...": unnamed armed forces of a named country
        # act for its state
        sources = [key] if (key := _demonym_target(src_toks[0], actors, set())) else []
    if not sources and m.is_nominal and m.entry.plover_type in _FORCE_TYPES:
        # "Israeli tank shelling", "a Russian air strike": a nationality on a use of force names the state
        # whose forces used it
        sources = [key] if (key := _demonym_target(head, actors, set())) else []
    if not sources and src_toks and not m.is_nominal and _state_body(src_toks[0]):
        # "a Tunisian court jailed ...", "Iraqi authorities detained ...": an unnamed body of a state's own
        # government, named by the state's nationality, acts for that state
        sources = [key] if (key := _demonym_target(src_toks[0], actors, set())) else []
    if src_toks and sources and _official_of_place(src_toks[0], sources[0], actors):
        sources = []  # "Chelyabinsk's governor promised ...": the governor acted, not the town
    if not m.is_nominal and src_toks and _placed_event_noun(src_toks[0]):
        sources = [k for k in sources if not _named_by_place_only(k, src_toks[0], actors)]
    exclude = set(sources)
    own_forces: set[str] = set()
    if m.entry.plover_type in _FORCE_TYPES:
        # "struck the rebels with the Saudi air force": the source's own armed forces are its instrument
        own_forces = {a.key for a in actors.actors if _own_forces(a.key, sources, actors)}
        exclude |= own_forces
    targets: list[str] = []
    grievances = {t.i for t in _grievances(m, chain)}
    body_owners: set[str] = set()
    if m.entry.plover_type not in RECIPROCAL:
        # (a reciprocal act governs its "with": "negotiate with X following the clashes" is with X)
        tgt_toks = [t for t in tgt_toks if not _absolute_with(t)]
    # (a claim's clause is judged by its subject: 'alleged X had "contributed to ..."' names X outside the quote)
    tgt_toks = [t for t in tgt_toks if not _across_quote(
        head, (_subject(t) or t) if t.dep_ in ("ccomp", "acl") else t)]
    for t in tgt_toks:
        if t.i in grievances:
            key = _actor_of(t, actors, exclude) or _demonym_target(t, actors, exclude)
            targets = [key] if key else []
        elif t.dep_ in ("ccomp", "acl"):
            skip = exclude | _same_country(_state_side(sources, actors), actors)
            # the clause's subject first ("requested US President X declare ...": X, not the country in
            # X's title), then any actor of the clause
            # a request or demand is addressed to whoever must act, a compatriot too ("the governor asked
            # the president to declare an emergency")
            subj = _subject(t)
            asked = exclude if m.entry.cameo_code[:2] in _APPEAL_ROOTS else skip
            key = (_actor_of(subj, actors, asked) if subj is not None else None) or _clause_actor(t, actors, skip)
            targets = [key] if key else []
        else:
            if _deployed_or_qualified(m, t, actors):
                continue
            doer = _act_doer(t) if m.entry.plover_type in _JUDGING_TYPES else None
            # "criticised the recognition of X by Y": a judgement of an act is aimed at whoever did it
            targets = (_argument_keys(doer, actors, exclude) if doer is not None else []) \
                or _argument_keys(t, actors, exclude)
            if targets and _own_possession(t, targets[0], sources, actors):
                targets = []  # "lent its ships to Peru": what the source gives, not whom
            if targets and _moved_own_state(t, targets[0], sources, actors):
                continue  # "withdrew the US from the deal with Iran": the party is in the "from" phrase
            if len(targets) == 1 and _possessing_state(t, targets[0], actors) \
                    and m.entry.plover_type not in _FORCE_TYPES | {"COERCE"}:
                # "added two members to X's election board": the body, not X's state (nor is X found
                # again by a later rule)
                body_owners.add(targets[0])
                targets = []
                continue
            if len(targets) == 1 and placed_people(t, targets[0], actors):
                targets = []  # "fired at the crowd in X": the crowd (target_text), not X's state
                break
            if len(targets) == 1:
                targets = _nested_list_keys(t, targets[0], actors, exclude)
        if targets:
            break
    if not targets:
        # last resort, a phrase's own clauses: "tariffs on countries that sell oil to Cuba"
        for t in tgt_toks:
            if any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in children_of(t)):
                continue  # "acceded to protesters' demands for an inquiry independent of X": the demand is theirs
            if t.dep_ == "pobj" and not _deployed_or_qualified(m, t, actors) \
                    and (key := _clause_actor(t, actors, exclude)):
                targets = [key]
                break
    if not targets and not m.is_nominal:
        # "The US announced a withdrawal. The Kurds opposed the withdrawal": a definite act noun names the
        # act told before; whoever did it is the target
        # (or the act an inquiry into it is sought for: "called for an investigation into the shooting")
        sought = [a for g in _pobjs(m.head, {"for"}) for a in _pobjs(g, {"into", "over"})]
        for t in [t for t in tgt_toks if t.dep_ in ("dobj", "nsubjpass")] + sought:
            acts = [t] + _pobjs(t, {"into", "over"})
            if any((key := _act_antecedent(a, actors, exclude)) for a in acts):
                targets = [_commanding_state(key, actors, exclude)]
                break
    if not targets and not m.is_nominal and m.entry.plover_type == "REJECT":
        # "X subpoenaed the documents. Y refused to hand over the documents": a refusal is aimed at whoever asked
        for t in tgt_toks:
            if t.dep_ == "dobj" and (key := _requester(t, actors, exclude)):
                targets = [key]
                break
    if not targets and (key := _answered_party(m, chain, actors, exclude)):
        # "resigned in protest at the prime minister's deal", "withdrew in response to a statement from the
        # king": whoever made what the act answers is the party it is aimed at
        targets = [key]
    if not targets and (key := _told_act_target(m, actors, exclude)):
        # "Drones struck an oil plant of X. The Y said it carried out the attack": whom the act told before hit
        targets = [key]
    if not targets:
        # "turned down a Chilean plan", "barred Peruvian opposition figures": a party named only by
        # its nationality stands for its country
        for t in tgt_toks:
            if own_forces and actors.actor_at(t.idx, t.idx + len(t)) in own_forces:
                continue  # "deploy 2,000 Norwegian soldiers": the source's own forces do not name its state
            if t.dep_ not in ("ccomp", "acl") and (key := _demonym_target(t, actors, exclude)):
                targets = [key]
                break
    if not targets and m.entry.plover_type not in _needs_target_types() | _VENUE_TYPES \
            and not _unnamed_patient(m, chain):
        # "Peru lifted a curfew in Bolivia": the place's state (not for meetings: a venue is no partner)
        key = _place_target(m, chain, actors, exclude, m.entry.plover_type in _domestic_types())
        targets = [key] if key else []
    if not targets and _domestic_measure(m, chain):
        # "ended the emergency rule across the northern province", "got ready to declare martial law": a measure
        # a state takes only at home has that state as its target, whatever place is named
        homes = {a.country_iso3 for k in sources if (a := actors.get(k)) and a.country_iso3}
        targets = [state_key(actors, homes.pop())] if len(homes) == 1 else []
    targets = [k for k in targets if k not in body_owners]
    if m.entry.plover_type in _domestic_types():
        for key in targets:
            _home_group(key, sources, actors)
    # (a protest's marchers are of the place they march in; attackers may come from anywhere)
    _locate_groups(m, chain, (sources if m.entry.plover_type == "PROTEST" else []) + targets, actors)
    if len(sources) > 1 and not targets and m.entry.plover_type in RECIPROCAL \
            and (named := _named_instrument(m, chain, actors, set(sources))) is not None:
        # "X and Y signed the African Free Trade Area agreement": co-signers of a named (multilateral)
        # instrument act side by side; the body the instrument is named after, if an actor, is the other party
        return [(a, named or None) for a in sources]
    if len(sources) > 1 and not targets and m.entry.plover_type in RECIPROCAL and not is_commissive(m.head):
        # (a pledge or offer is made to a third party, not among its makers: "X, Y and Z pledged funds")
        # "The US and Jordan agreed": a reciprocal event, coded both ways
        return [(a, b) for a in sources for b in sources if a != b]
    return [(s, t) for s in (sources or [None]) for t in (targets or [None])]


def _deployed_or_qualified(m: TriggerMatch, t: Token, actors: ActorAnalysis) -> bool:
    """ "deployed troops into rebel-held territory": the forces a deployment moves are the source's own, and a
    party that only qualifies the place they move to (a common noun naming no actor itself) is not what the
    deployment is aimed at; only a party named as the phrase's head is ("sent troops to Mali"), and not in a
    "for" phrase."""
    if m.entry.plover_type != "MOBILIZE":
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        return True  # "mobilized voters for the candidate": whom it serves, not whom it is aimed at
    return t.dep_ == "dobj" or t.pos_ == "NOUN" and actors.actor_at(t.idx, t.idx + len(t)) is None


def _official_of_place(subj: Token, key: str, actors: ActorAnalysis) -> bool:
    """ "Chelyabinsk's governor", "the mayor of Lyon": an official's title names the one who acts, and a place
    below a state (a city, a region) that only qualifies the title is not that actor. (A state is kept: "Peru's
    president" acts for Peru, and the country rules give the official's side.)"""
    if subj.pos_ != "NOUN" or not is_title_word(subj.text):
        return False
    actor = actors.get(key)
    if actor is None or actor.actor_type in ("state", "person"):
        return False  # ("the mayor of Paris, Anne Hidalgo,": the apposed name is the official)
    for t in subj.subtree:
        if t.i == subj.i or t.pos_ != "PROPN" or actors.actor_at(t.idx, t.idx + len(t)) != key:
            continue
        # (the parser often types a town ORG; the gazetteer knows it. A capital speaks for its state:
        # "Beijing's ambassador")
        if country_of(t.text) is None and (t.ent_type_ in ("GPE", "LOC") or country_of_place(t.text)):
            return True
    return False


def received_dyad(m: TriggerMatch, actors: ActorAnalysis) -> list[tuple[str | None, str | None]]:
    """"X received a loan from Y", "X faces criticism from Y": a target-only dictionary pattern codes Y's act on
    X; the doer is the object of "from" (or "by") on the pattern's object or on the verb, the target the subject.
    The doer must be the phrase's own head (not a place or a name inside it: "died from injuries at the
    hospital") and a known public party: a state (a country named as the giver is its state, though the actor
    table reads "from Chile" as a place), an actor with a country or a registry entry, or an organisation of
    PETRARCH2's actor dictionary ("the World Bank"); a prize from an
    unknown competition is no act of a party. With no such doer the clause is not coded."""
    subj = _controller(m.head)
    targets = _argument_keys(subj, actors, set()) if subj is not None else []
    givers = [g for h in ([m.obj] if m.obj is not None else []) + [m.head] for g in _pobjs(h, {"from", "by"})]
    for g in givers:
        key = actors.actor_at(g.idx, g.idx + len(g))
        if key is None and g.ent_type_ == "GPE" and (iso3 := resolve_country(g.text)) is not None:
            key = state_key(actors, iso3)
        key = key or _demonym_target(g, actors, set(targets))
        a = actors.get(key) if key is not None else None
        if a is not None and key not in targets \
                and (a.country_iso3 or a.registry_id or is_listed_organization(a.name)):
            return [(key, t) for t in (targets or [None])]
    return [(None, t) for t in (targets or [None])]


# types of acts a state does through its own armed forces: those forces are its instrument, never its target
_FORCE_TYPES = {"MOBILIZE", "FIGHT", "ASSAULT", "RETREAT"}
# words of an armed body's name or noun ("Royal Saudi Air Force", "troops", "the army")
_FORCE_WORDS = {"army", "navy", "military", "troops", "troop", "soldiers", "forces", "force", "marines", "guard",
                "airforce", "militia", "battalion", "brigade", "regiment", "division", "units"}


# nouns of a body of a state ("Norway's election board", "the city's police council"): what is done to or
# with one is done to the body, not to the state its possessor names
_BODY_NOUNS = {"council", "board", "commission", "committee", "agency", "panel", "office", "department",
               "ministry", "parliament", "legislature", "assembly", "court", "police", "authority", "bureau",
               "tribunal", "senate", "cabinet", "service", "regulator", "watchdog", "inquiry", "body"}


# nouns of a body only a state has (its government, courts, police, legislature): named by a nationality
# adjective alone ("a Tunisian court", "Iraqi prosecutors") it is that state's organ, unlike a bank, a board or a
# committee, which may be anyone's
_STATE_BODY_NOUNS = {"government", "administration", "regime", "cabinet", "ministry", "parliament", "legislature",
                     "senate", "court", "tribunal", "judiciary", "prosecutor", "police", "authority"}


def _state_body(tok: Token) -> bool:
    """The subject is a common noun of a state's own organ ("a Tunisian court", "Chinese authorities")."""
    return tok.pos_ == "NOUN" and lemma_of(tok) in _STATE_BODY_NOUNS


def _possessing_state(tok: Token, key: str, actors: ActorAnalysis) -> bool:
    """The target `key` is a state found only as the possessor of a common noun of a body that is no actor
    of its own ("to Norway's existing election board"): the state is not the party acted on."""
    actor = actors.get(key)
    if actor is None or actor.actor_type != "state" or tok.pos_ != "NOUN" or lemma_of(tok) not in _BODY_NOUNS:
        return False
    poss = [c for c in children_of(tok) if c.dep_ == "poss"]
    if not poss or actors.actor_at(poss[0].idx, poss[0].idx + len(poss[0])) != key:
        return False
    # (the body's own name is no actor: the words after the possessor name none)
    return all(actors.actor_at(t.idx, t.idx + len(t)) in (None, key) for t in tok.subtree if t.i > poss[0].i)


def _commanding_state(key: str, actors: ActorAnalysis, exclude: set[str]) -> str:
    """ "US troops would be leaving ... The Kurds opposed the withdrawal": the doer of a told act who is an
    unnamed group of a state's armed forces moved at that state's decision; a judgement of the act is aimed at
    the state (a named force, "the Syrian Democratic Forces", stays itself)."""
    a = actors.get(key)
    if a is None or a.actor_type != "group" or not a.country_iso3 \
            or not set(a.name.lower().split()) & _FORCE_WORDS:
        return key
    state = state_key(actors, a.country_iso3)
    return key if state in exclude else state


def _home_countries(sources: list[str], actors: ActorAnalysis) -> set[str]:
    """Countries the sources act for: of a state, its bodies and its officials."""
    return {a.country_iso3 for k in _state_side(sources, actors) if (a := actors.get(k)) and a.country_iso3}


def _own_forces(key: str, sources: list[str], actors: ActorAnalysis) -> bool:
    """The target is an armed body of the source's own state ("Saudi Arabia ... with the Royal Saudi Air Force",
    "the defence minister put troops on alert"): the source's instrument, not the party acted on."""
    a = actors.get(key)
    if a is None or a.actor_type == "state" or a.country_iso3 is None:
        return False
    words = {w.lower().strip(".,'") for w in a.name.split()}
    return bool(words & _FORCE_WORDS) and a.country_iso3 in _home_countries(sources, actors)


def _moved_own_state(tok: Token, key: str, sources: list[str], actors: ActorAnalysis) -> bool:
    """ "withdrew the US from the treaty with Iran", "pulled Britain out of the deal": the object is the source's
    own state, moved out of (or into) something; the party is whoever that something is with, not the state."""
    a = actors.get(key)
    if a is None or a.actor_type != "state" or tok.dep_ != "dobj" or a.country_iso3 not in \
            _home_countries(sources, actors):
        return False
    verb = tok.head
    return any(c.dep_ == "prep" and c.lower_ in ("from", "into", "out") or c.dep_ == "prt" and c.lower_ == "out"
               for c in children_of(verb))


# nouns of an answer to another's act: "in response to", "in protest at", "in retaliation for"
_ANSWER_NOUNS = {"response", "protest", "retaliation", "reaction", "reply", "answer", "opposition"}
_ANSWERED_PREPS = {"to", "at", "against", "for", "over", "of"}


def _answered_party(m: TriggerMatch, chain: list[Token], actors: ActorAnalysis, exclude: set[str]) -> str | None:
    """The party whose act the event answers, from an "in response to X's N" / "in protest at N from X" phrase
    on the predicate: the doer of the answered act (its possessor, "by" or "from" phrase) or a party named as
    the thing answered."""
    # (the parser may hang the phrase on a gerund of the predicate: "withdrew from using X as candidate in
    # response to ...")
    gerunds = [g for v in chain for p in children_of(v) if p.dep_ == "prep"
               for g in children_of(p) if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    answered_toks = [a for verb in [*chain, *gerunds] for noun in _pobjs(verb, {"in"})
                     if lemma_of(noun) in _ANSWER_NOUNS for a in _pobjs(noun, _ANSWERED_PREPS)]
    answered_toks += [a for p in _answering_participles(m, chain) for a in _pobjs(p, {"to"})]
    for answered in answered_toks:
        doer = _act_doer(answered) or next(iter(_pobjs(answered, {"from", "by"})), None) \
            or next((c for c in children_of(answered) if c.dep_ == "poss"), None)
        keys = _argument_keys(doer if doer is not None else answered, actors, exclude)
        if keys:
            return keys[0]
    return None


_ANSWER_VERBS = {"respond", "react", "reply", "retaliate"}


def _answering_participles(m: TriggerMatch, chain: list[Token]) -> list[Token]:
    """"X, responding to Y's announcement, attacked ...": a subjectless -ing participle of answering on the
    predicate (or on its subject, where the parser may hang it) says what the act answers."""
    if m.is_nominal:
        return []
    subj = _subject(chain[-1]) if chain else None
    hosts = [*chain, *([subj] if subj is not None else [])]
    return [p for h in hosts for p in children_of(h)
            if p.dep_ in ("advcl", "acl") and p.tag_ == "VBG" and p.lemma_.lower() in _ANSWER_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(p))]


# types that judge or answer another's act: their object's doer is whom they are aimed at
_JUDGING_TYPES = {"DISAPPROVE", "SUPPORT", "REJECT"}


def _act_doer(obj: Token) -> Token | None:
    """The doer of an act an object noun names: its own "by" phrase ("the closure of the mine by X") or the
    agent of a participle on it ("the offer made by X")."""
    if obj.pos_ != "NOUN":
        return None
    for c in children_of(obj):
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in children_of(c) if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = _passive(c)[0]
            if agent is not None:
                return agent
    verb = obj.head
    if obj.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in children_of(verb)) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(obj)):
        # "criticised the annexation of the island by X": the parser hangs the act's "by" on the active verb,
        # which has its own subject, so the "by" phrase can only be the act's doer (a name, not "by phone")
        # (or on the noun of the verb's "as" phrase: "the recognition of X as Y's territory by Z")
        preps = [c for c in children_of(verb) if c.dep_ == "prep" and c.i > obj.i]
        preps += [b for c in preps if c.lower_ == "as" for g in children_of(c) if g.dep_ == "pobj"
                  for b in children_of(g) if b.dep_ == "prep"]
        for c in preps:
            if c.lower_ == "by":
                g = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
                if g is not None and g.pos_ == "PROPN":
                    return g
    return None


def _named_instrument(m: TriggerMatch, chain: list[Token], actors: ActorAnalysis, sources: set[str]) -> str | None:
    """For an act on a named instrument ("signed the Pacific Free Trade Area agreement"): the key of the actor
    it is named after, "" when its name is no actor, None when the object bears no name (of its own)."""
    objs = [m.obj] if m.obj is not None else [c for c in children_of(m.head) if c.dep_ == "dobj"]
    for obj in objs:
        names = [t for t in obj.subtree if t.i < obj.i and t.dep_ in ("compound", "nmod", "amod")
                 and t.ent_type_ in ("LAW", "ORG", "EVENT", "WORK_OF_ART")]
        if not names or obj.pos_ == "PROPN":
            continue
        keys = {actors.actor_at(t.idx, t.idx + len(t)) for t in names}
        if keys & sources or any(a.actor_type == "state" for k in keys if (a := actors.get(k))):
            return None  # "signed the Norway-Sweden treaty": the parties name it
        named = next((k for k in keys if k is not None), None)
        return named or ""
    return None


_APPEAL_ROOTS = {"02", "10"}
# speech and legal acts done in a place ("sued in Austria", "criticised the plan in Paris"): the place is
# where they were said or filed, never whom they are aimed at
_VENUE_TYPES = frozenset({"DISAPPROVE", "REJECT", "DEMAND", "SUPPORT", "THREATEN"})


def _unnamed_patient(m: TriggerMatch, chain: list[Token]) -> bool:
    """The act names whom it affects, though not as a known actor ("nine men were jailed in Leeds",
    "arrested a driver in Ohio"): they are the target, and the state of the place is not."""
    for verb in chain:
        for c in children_of(verb):
            if c.dep_ not in ("dobj", "nsubjpass") or (m.obj is not None and c.i == m.obj.i):
                continue
            people = c.lower_ in GROUP_NOUNS or any(x.dep_ == "nummod" for x in children_of(c)) \
                or c.ent_type_ in ("PERSON", "NORP") or c.pos_ == "PRON" and c.lower_ not in ("it", "this", "that") \
                or _counted_people(c) or party_head(c, bodies=False) is not None
            if people:
                return True
        # "fired tear gas at the crowd in X": a party of people in the act's phrase is whom it hit
        if any(party_head(o, bodies=False) is not None for o in _pobjs(verb, {"at", "on", "upon", "against"})):
            return True
    return False


def _placed_event_noun(subj: Token) -> bool:
    """The subject is itself an event noun of the lexicon ("a car bombing killed five", "the attack
    wounded ten"): its modifiers say where it happened, not who did it."""
    return subj.pos_ == "NOUN" and bool(_entries(lemma_of(subj), "noun"))


def _named_by_place_only(key: str, subj: Token, actors: ActorAnalysis) -> bool:
    """ "a Kabul car bombing": the actor comes only from a town or region in the phrase. A country name or
    demonym modifying an attack names its agent ("US airstrikes", "Israeli shelling") and is kept."""
    toks = [t for t in _core_tokens(subj) if actors.actor_at(t.idx, t.idx + len(t)) == key]
    return bool(toks) and all(
        (t.ent_type_ in ("GPE", "LOC", "FAC") or country_of(t.text, cities=True))
        and not country_of(t.text, capitals=False) for t in toks)


@functools.cache
def _domestic_measure_nouns() -> tuple[str, ...]:
    return tuple(r["noun"].strip().lower() for r in lexicons.rows("domestic_measures"))


def _domestic_measure(m: TriggerMatch, chain: list[Token]) -> bool:
    """The act's object is a measure of internal order (data/domestic_measures.csv: "emergency rule",
    "martial law", "the curfew")."""
    objs = [m.obj] if m.obj is not None else []
    objs += [c for v in chain for c in children_of(v) if c.dep_ in ("dobj", "nsubjpass")]
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


def _place_tokens(m: TriggerMatch, chain: list[Token]) -> list[Token]:
    """Place arguments of the event's clauses: "in the border region", "into Chile", "entered Chile"."""
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


# groups that are often not of the country they are found in
_MOBILE_GROUPS = {"refugee", "migrant", "tourist", "visitor", "foreigner", "expatriate", "pilgrim", "immigrant",
                  "traveller", "traveler", "passenger", "delegate", "diplomat", "journalist", "reporter", "observer"}


def _locate_groups(m: TriggerMatch, chain: list[Token], keys: list[str], actors: ActorAnalysis) -> None:
    """ "Residents fled their homes in X", "Serb forces killed three villagers in southern Serbia": an unnamed
    group (no name, no registry entry, no country) acting or acted on in a place named in the act's own clause
    is of that place's country (basis "base"); groups that travel (refugees, tourists, diplomats) are not."""
    groups = [a for k in keys if (a := actors.get(k)) and a.actor_type == "group" and not a.country_iso3
              and not a.registry_id and not {w.lower().rstrip("s") for w in a.name.split()} & _MOBILE_GROUPS]
    if not groups:
        return
    country = _clause_place_country(m, chain, actors)
    for a in groups if country else ():
        a.country_iso3, a.country_basis = country, "base"


def _clause_place_country(m: TriggerMatch, chain: list[Token], actors: ActorAnalysis) -> str | None:
    """ISO3 of the first place argument of the act that names a country."""
    for tok in _place_tokens(m, chain):
        for t in reversed(_core_tokens(tok)):
            actor = actors.get(actors.actor_at(t.idx, t.idx + len(t)))
            if actor is not None and actor.actor_type == "state" and actor.country_iso3:
                return actor.country_iso3
            if t.ent_type_ in ("GPE", "LOC") and (code := _place_country(t)):
                return code
    return None


def _placed_on_act(tok: Token, m: TriggerMatch, chain: list[Token]) -> bool:
    """The place phrase says where the act happened: it hangs on a verb of the act, on the trigger's noun or
    the act's object ("lifted a curfew in X"), directly or through other place phrases ("at a hotel in X");
    not on another noun ("aid to refugees in X", "a post by a user in X")."""
    acts = {v.i for v in chain} | {m.head.i} | ({m.obj.i} if m.obj is not None else set())
    acts |= {c.i for v in chain for c in children_of(v) if c.dep_ in ("dobj", "nsubjpass")}
    cur = tok
    for _ in range(6):
        if cur.dep_ == "dobj":
            return cur.head.i in acts  # "troops entered X"
        if cur.dep_ != "pobj":
            return False
        owner = cur.head.head
        if owner.i in acts or owner.pos_ in ("VERB", "AUX") or not locative_place(cur.head):
            return True  # (a place or a force in X: "a peace-keeping force in X" serves in X)
        if owner.dep_ != "pobj" or owner.head.lower_ not in TARGET_PLACE_PREPS:
            return False
        cur = owner
    return False


def _place_target(m: TriggerMatch, chain: list[Token], actors: ActorAnalysis, exclude: set[str],
                  own: bool = False) -> str | None:
    """The state actor of the country of a place argument, when the article has one (`own`: even when
    that state is the source, for a domestic measure)."""
    for tok in _place_tokens(m, chain):
        if not _placed_on_act(tok, m, chain):
            continue  # "delivered food to refugees in X": where the refugees are, not whom the act is for
        words = _core_tokens(tok)
        country = None
        for t in reversed(words):  # the widest place named last: "a town in southern Peru"
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
