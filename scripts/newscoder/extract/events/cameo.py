"""Every CAMEO coding decision beyond the lexicon's own code, in one place:

- armed forces: an attack by them is military force (190, FIGHT), not unconventional violence (180);
- intent: a stated plan to cooperate is 03x (AGREE), to coerce or use force 13x (THREATEN);
- negation: a negated acceptance or permission is a rejection (120, REJECT);
- refusal: a stated intention not to give or cooperate is the matching 12x code (REJECT).
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of
from newscoder.extract.events.arguments import _armed_subject
from newscoder.extract.events.cameo_patterns import in_synset
from newscoder.extract.events.clauses import _clause_head
from newscoder.extract.events.modality import (
    is_refusal,
    is_reporting_verb,
    modality_cues,
    strongest,
)
from newscoder.extract.events.trigger_table import (
    TriggerMatch,
    _entries,
    _read_csv,
    lemma_of,
)
from newscoder.extract.text_authors import is_text_noun
from newscoder.records import Quote, Timex

# a negated acceptance or permission is a rejection ("will not accept", "refused to allow" is already one)
_NEGATED_IS_REJECT = {"AGREE", "CONCEDE"}


_NEGATED_IS_REJECT_CODES = {"086"}  # "will not allow ...": decline to allow involvement


# the words' sense when "attacked" is said of a text, a decision or an inquiry: criticised (CAMEO 111)
_VERBAL_ATTACK = ("111", "DISAPPROVE")
_PARTY_ENTS = {"PERSON", "NORP", "GPE", "ORG", "FAC", "LOC"}
# what a party proposes or holds (no place or body can be stormed by these names): "attacked the plan"
_STANCE_NOUNS = frozenset({"policy", "plan", "proposal", "comment", "remark", "claim", "stance", "handling",
                           "approach", "strategy", "position", "rhetoric"})


def verbal_attack(m: TriggerMatch) -> TriggerMatch:
    """ "attacked the inquiry as a witch hunt", "attacked the ruling": an assault whose object is an act or a
    text (an event noun of the lexicon, or one described with "as") is criticism, not violence."""
    if m.is_nominal or m.entry.plover_type not in ("ASSAULT", "FIGHT") or _armed_subject(m) \
            or m.entry.pos == "noun":  # "ordered the killing of X": an order coded by the act it orders
        return m
    obj = next((c for c in children_of(m.head) if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ in _PARTY_ENTS or obj.pos_ in ("PRON", "PROPN") \
            or (m.obj is not None and obj.i == m.obj.i):  # "launched an offensive": the light verb's own noun
        return m
    described = any(c.dep_ == "prep" and c.lower_ == "as" for c in (*children_of(m.head), *children_of(obj)))
    # (a text or a decision, "attacked the governor's decision", "attacked the ruling", is one too)
    if not (described or _entries(lemma_of(obj), "noun") or is_text_noun(obj) or lemma_of(obj) in _STANCE_NOUNS):
        return m
    code, plover = _VERBAL_ATTACK
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, m.obj)


def _by_armed_forces(m: TriggerMatch) -> TriggerMatch:
    """An attack or killing by armed forces ("army helicopters shelled", "troops killed") is FIGHT."""
    if m.entry.cameo_code != "180" or not _armed_subject(m):
        return m
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code="190", plover_type="FIGHT"), m.head, m.obj)


@functools.cache
def _refusal_codes() -> dict[str, tuple[str, bool]]:
    """CAMEO code prefix -> (12x refusal code, needs a named recipient), from data/cameo_refusal.csv."""
    return {r["cameo_root"]: (r["refusal_code"], r["needs_target"] == "yes") for r in lexicons.rows("cameo_refusal")}


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


@functools.cache
def intent_codes() -> dict[str, tuple[str, str]]:
    """CAMEO code prefix -> (intent code, PLOVER type) used for planned events.

    Cooperative acts become 03x "express intent" (PLOVER AGREE), hostile ones 13x threats (THREATEN).
    """
    return {r["cameo_root"]: (r["intent_code"], r["plover_type"]) for r in _read_csv("cameo_intent.csv")}



def intent(cameo_code: str) -> tuple[str, str] | None:
    """(CAMEO code, PLOVER type) of a stated intention to do `cameo_code`; the longest prefix wins."""
    table = intent_codes()
    for n in range(len(cameo_code), 1, -1):
        if cameo_code[:n] in table:
            return table[cameo_code[:n]]
    return None


_PARTY_NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP"}


def _others_plan(m: TriggerMatch) -> bool:
    """The planned act is told by someone else: "the statement said Turkey would move into Syria", "Trump said
    Iran would attack". A threat is made by the one who would act; someone else's report of a plan is the
    plan (the lexicon's code, planned), not a threat. Kept a threat: a pronoun ("said it would attack"), the
    same name, or a speaker of the actor's side named by a demonym ("Turkish officials said Turkey would")."""
    clause = _clause_head(m.head)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or not is_reporting_verb(clause.head):
        return False
    act = next((c for h in (m.head, clause) for c in children_of(h) if c.dep_ in ("nsubj", "nsubjpass")), None)
    said = next((c for c in children_of(clause.head) if c.dep_ == "nsubj"), None)
    if act is None or said is None or act.pos_ == "PRON" or said.pos_ == "PRON" \
            or not any(t.pos_ == "PROPN" or t.ent_type_ in _PARTY_NAME_ENTS for t in act.subtree):
        return False
    names = {t.lower_ for t in act.subtree if t.pos_ == "PROPN"}
    return not any(t.lower_ in names or t.ent_type_ == "NORP" for t in said.subtree)


def code_event(m: TriggerMatch, tgt: str | None, roots: list[tuple[Timex, Token]],
               quotes: list[Quote]) -> tuple[str, str, str, TriggerMatch]:
    """(CAMEO code, PLOVER type, modality, the match that dates it) of a coded predicate: the lexicon's
    code, changed when the clause states an intention (03x/13x) or a refusal (12x)."""
    found = modality_cues(m.head, quotes)
    mood = strongest(found)
    code, plover = m.entry.cameo_code, m.entry.plover_type
    stated = mood == "planned" and strongest(modality_cues(m.head, quotes, purpose=False)) == "planned"
    dated = m
    if stated and (found_intent := intent(code)) is not None \
            and not (found_intent[1] == "THREATEN" and _others_plan(m)):
        # CAMEO codes a stated intention to cooperate as 03x (PLOVER AGREE: a promise or offer) and one
        # to sanction, coerce or use force as 13x (PLOVER THREATEN)
        code, plover = found_intent
    elif mood == "negated" and (plover in _NEGATED_IS_REJECT or code in _NEGATED_IS_REJECT_CODES):
        # "did not accept", "will not allow": the refusal happened; the negation is its wording
        code, plover = "120", "REJECT"
        mood = strongest(found - {"negated", "planned"})
    elif not m.is_nominal and is_refusal(modality_cues(m.head, quotes, purpose=False)) \
            and (refusal := _refusal(code, tgt)) is not None:
        # "will not send troops to X", "stated it would not sign": a stated intention not to give or
        # cooperate is a refusal (CAMEO 12x), asserted (or claimed when reported) and dated when stated
        code, plover = refusal, "REJECT"
        mood = strongest(found - {"negated", "planned"})
        dated = _statement_date(m, roots)
    if mood in ("asserted", "claimed") and _announced_move(m, code):
        mood = "planned"
    return code, plover, mood, dated


# verbs that make a coming act public ("announced a withdrawal", "unveiled a visit"); the light verb of the
# trigger, its object the act
_ANNOUNCING = {"announce", "unveil", "propose", "schedule"}
# CAMEO codes of acts that take place after their announcement, moving people: a withdrawal or pull-back of
# forces (087), a visit made or hosted (042, 043). A resignation, sanction or restriction announced is done by
# announcing it (the announcement is the act), and stays asserted
_MOVES = ("087", "042", "043")


def _announced_move(m: TriggerMatch, code: str) -> bool:
    """ "The US announced a complete withdrawal from the region": the withdrawal is announced, still to be carried
    out (planned), not reported as done."""
    return m.obj is not None and not m.is_nominal and m.head.lemma_.lower() in _ANNOUNCING \
        and code.startswith(_MOVES)


# PETRARCH2's aircraft set names the aerial weapons of CAMEO 195 ("drone attack", "attacked using drones",
# "helicopter gunships fired"); a few of its members name other things too often to read as aircraft
_NOT_AIRCRAFT = {"system", "vehicle", "typhoon", "falcon", "hornet", "predator", "raptor", "dragonfly", "orion",
                 "osprey", "glider", "4c"}
_AERIAL = ("195", "FIGHT")
_INSTRUMENT_PREPS = {"with", "by", "using"}


def _aircraft(tok: Token) -> bool:
    return tok.lower_ not in _NOT_AIRCRAFT and lemma_of(tok) not in _NOT_AIRCRAFT and in_synset("&aircraft", tok)


def _instruments(m: TriggerMatch) -> list[Token]:
    """The words that may name the weapon of an attack: modifiers of the attack noun ("drone attack"), the
    objects of "with"/"using"/"by" on the verb ("carried out the attack using ten drones") and its subject
    ("drones struck the depot")."""
    heads = [m.head] + ([m.obj] if m.obj is not None else [])
    out: list[Token] = []
    for h in heads:
        for c in children_of(h):
            if c.dep_ in ("compound", "amod", "nmod", "nsubj"):
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ in _INSTRUMENT_PREPS:
                out.extend(g for g in children_of(c) if g.dep_ == "pobj")
            elif c.dep_ in ("advcl", "xcomp") and c.lower_ == "using":
                out.extend(g for g in children_of(c) if g.dep_ == "dobj")
    return out


def aerial_attack(m: TriggerMatch) -> TriggerMatch:
    """An attack, strike or bombing carried out with aircraft is CAMEO 195 "employ aerial weapons" (a drone
    attack is not unconventional violence, 180, nor plain military force, 190)."""
    code = m.entry.cameo_code
    if not (code in ("180", "183", "190") or code.startswith("194")):
        return m
    if not any(_aircraft(t) for t in _instruments(m)):
        return m
    code, plover = _AERIAL
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, m.obj)


def force_by_person(m: TriggerMatch, src: str | None, actors) -> TriggerMatch:
    """Plain military force (190) whose named doer is one person with no armed forces named ("the gunman shot him")
    is an assault (CAMEO 180, PLOVER ASSAULT), not conventional combat."""
    if m.entry.plover_type != "FIGHT" or m.entry.cameo_code != "190" or _armed_subject(m):
        return m
    a = actors.get(src)
    if a is None or a.actor_type != "person":
        return m
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code="180", plover_type="ASSAULT"), m.head, m.obj)


# an order whose content is custody ("ordered the accused remain in custody", "ordered him held in detention")
# is the detention itself (CAMEO 173, arrest or detain), not a demand
# (PETRARCH2's &DETENTION set without "camp", which is a place as often as a detention)
_CUSTODY_WORDS = {"custody", "jail", "prison", "detention", "detainment", "confinement", "penitentiary"}
_DETAIN = ("173", "COERCE")


def ordered_detention(m: TriggerMatch) -> TriggerMatch:
    """ "The judge ordered the accused held in custody": CAMEO 173 by the one who orders."""
    if m.is_nominal or m.entry.plover_type != "DEMAND" or lemma_of(m.head) != "order":
        return m
    for c in children_of(m.head):
        if c.dep_ not in ("ccomp", "xcomp", "oprd", "dobj"):
            continue
        for t in c.subtree:
            if t.dep_ == "pobj" and (t.lower_ in _CUSTODY_WORDS or lemma_of(t) in _CUSTODY_WORDS):
                code, plover = _DETAIN
                return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, m.obj)
    return m


# a legislature suspended ("suspended parliament for five weeks") is a restriction of a political institution
# (CAMEO 172, impose administrative sanctions), not reduced relations with it (160)
_LEGISLATURES = {"parliament", "legislature", "assembly", "congress", "senate", "diet", "duma", "knesset"}
_RESTRICT = ("172", "COERCE")


def suspended_institution(m: TriggerMatch) -> TriggerMatch:
    """ "The queen suspended parliament": CAMEO 172 on the body (the parliament stays the target)."""
    if m.is_nominal or m.entry.cameo_code != "160" or m.obj is not None:
        return m
    obj = next((c for c in children_of(m.head) if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or lemma_of(obj) not in _LEGISLATURES:
        return m
    code, plover = _RESTRICT
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, None)


# "charged X" with a person as the one charged is the legal act (CAMEO 173, "arrest, detain, or charge with legal
# action"; PETRARCH2's dictionary codes "charge" + a suspect as 173), "charged that ..." an accusation (112)
_CHARGE = ("173", "COERCE")


def formal_charge(m: TriggerMatch) -> TriggerMatch:
    """ "Prosecutors charged Juan Mamani", "Mamani was charged": CAMEO 173 by the one who charges."""
    if m.is_nominal or m.entry.cameo_code != "112" or lemma_of(m.head) != "charge" \
            or any(c.dep_ == "ccomp" for c in children_of(m.head)):
        return m
    charged = next((c for c in children_of(m.head) if c.dep_ in ("dobj", "nsubjpass")), None)
    if charged is None or not (charged.ent_type_ == "PERSON" or in_synset("&suspect", charged)):
        return m
    code, plover = _CHARGE
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, m.obj)


# support given by military means ("military support", "supported it militarily", "supported the government by
# providing airstrikes") is material military aid (CAMEO 072, PLOVER AID), not verbal support (051)
_MILITARY_AID = ("072", "AID")
_MILITARY_WORDS = {"military", "militarily", "armed"}
_GIVING_VERBS = {"provide", "send", "supply", "give", "deploy", "lend", "offer"}


def _military_means(tok: Token) -> bool:
    """The word names armed forces, aircraft or an act of force."""
    return lemma_of(tok) in _MILITARY_WORDS or tok.lower_ in _MILITARY_WORDS or in_synset("&military", tok) \
        or _aircraft(tok) or any(e.plover_type in ("FIGHT", "ASSAULT") for e in _entries(lemma_of(tok), "noun"))


def military_support(m: TriggerMatch) -> TriggerMatch:
    """ "Provided military support to X", "supported X by providing airstrikes": CAMEO 072."""
    if not m.entry.cameo_code.startswith("05") or m.entry.plover_type != "SUPPORT":
        return m
    words = [c for h in (m.head, *([m.obj] if m.obj is not None else [])) for c in children_of(h)
             if c.dep_ in ("amod", "advmod", "compound")]
    for prep in (c for c in children_of(m.head) if c.dep_ == "prep" and c.lower_ in ("by", "with", "through")):
        for g in children_of(prep):
            words.append(g)  # "with troops", "through arms sales"
            words.extend(d for d in children_of(g) if d.dep_ in ("dobj", "compound", "amod"))  # "by providing X"
    # ("began supporting X, providing ...": the participle may hang on the verb that governs the support)
    for c in (*children_of(m.head), *(children_of(m.head.head) if m.head.dep_ == "xcomp" else ())):
        # "began backing the rebels, sending bombers": the participle says how support was given
        if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and lemma_of(c) in _GIVING_VERBS:
            for d in children_of(c):
                if d.dep_ == "dobj":
                    words.extend([d, *(e for e in children_of(d) if e.dep_ in ("compound", "amod"))])
    if not any(_military_means(w) for w in words):
        return m
    code, plover = _MILITARY_AID
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, m.obj)


# "opposed" is disapproval (110) unless it is a vote or a formal rejection: opposing a motion, bill or treaty
# (PETRARCH2 codes oppose + a proposal as 120) or opposing in a vote ("two Democrats opposed" the resolution)
_TEXTS_VOTED_ON = {"bill", "resolution", "article", "amendment", "measure", "legislation", "law", "budget"}
_REJECT = ("120", "REJECT")


def formal_opposition(m: TriggerMatch) -> TriggerMatch:
    """ "Opposed both articles of impeachment", "194 Republicans opposing it" in a vote: CAMEO 120."""
    if m.is_nominal or m.entry.cameo_code != "110" or lemma_of(m.head) != "oppose":
        return m
    obj = next((c for c in children_of(m.head) if c.dep_ == "dobj"), None)
    formal = obj is not None and (lemma_of(obj) in _TEXTS_VOTED_ON or in_synset("&proposal", obj)
                                  or in_synset("&treaty", obj))
    # (with no noun object, "194 Republicans opposing it", "two Democrats opposed", the sentence's text voted on
    # is what is opposed)
    bare = obj is None or obj.pos_ == "PRON"
    if not formal and not any(t.lemma_ == "vote" or t.lower_ in ("voted", "votes")
                              or bare and t.pos_ == "NOUN" and lemma_of(t) in _TEXTS_VOTED_ON for t in m.head.sent):
        return m
    code, plover = _REJECT
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, m.obj)


# an appeal made by a binding legal instrument ("the subpoena calls for ...", "the warrant asks for ...") or for
# records and documents ("called for the call transcripts") is a demand backed by compulsion (CAMEO 100), not an
# appeal (02x), which the addressee is free to ignore
_COMPULSORY_SOURCES = {"subpoena", "warrant", "summons", "writ", "injunction", "court", "judge", "tribunal"}
_RECORD_NOUNS = {"record", "document", "file", "transcript", "testimony", "paperwork", "email", "e-mail",
                 "correspondence", "minute", "filing"}
_DEMAND = ("100", "DEMAND")


def compulsory_demand(m: TriggerMatch) -> TriggerMatch:
    """ "The subpoena called for ...", "It also called for records of the meeting": CAMEO 100."""
    if m.is_nominal or not m.entry.cameo_code.startswith("02"):
        return m
    subj = next((c for c in children_of(m.head) if c.dep_ == "nsubj"), None)
    compulsory = subj is not None and lemma_of(subj) in _COMPULSORY_SOURCES
    asked = [g for c in children_of(m.head) if c.dep_ == "prep" and c.lower_ == "for"
             for g in children_of(c) if g.dep_ == "pobj"]
    if not (compulsory or any(lemma_of(g) in _RECORD_NOUNS for g in asked)):
        return m
    code, plover = _DEMAND
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, m.obj)


# withdrawing from a course of action ("pulled out of hosting the summit", "withdrew from backing the
# talks") gives up what one was doing: a concession (CAMEO 080), not a military de-escalation (087)
_GIVE_UP = ("080", "CONCEDE")


def abandoned_course(m: TriggerMatch) -> TriggerMatch:
    """ "The party pulled out of hosting the summit": CAMEO 080."""
    if m.is_nominal or not m.entry.cameo_code.startswith("087") or _armed_subject(m):
        return m
    # ("pulled out of hosting": the parser may hang "of" on the particle)
    holders = [m.head, *(c for c in children_of(m.head) if c.dep_ == "prt")]
    preps = [c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    if not any(g.dep_ == "pcomp" and g.tag_ == "VBG" for p in preps for g in children_of(p)):
        return m
    code, plover = _GIVE_UP
    return TriggerMatch(dataclasses.replace(m.entry, cameo_code=code, plover_type=plover), m.head, m.obj)
