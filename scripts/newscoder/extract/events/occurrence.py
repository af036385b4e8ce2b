"""More eventness tests: readings of a trigger that tell who someone is or what something says, not an act.

- life stage: "met the guitarist as a teenager", "in his youth": a biography, not a news event;
- a clause used as a subject: "denying them citizenship violated the constitution" names a policy that is
  judged, not an act done (the judge did not deny anyone);
- a generic object: "he supported education and healthcare", "to allow public access", "supporting runners":
  support, cooperation or permission given to a bare common noun (no determiner, no actor) describes a
  policy or a set-up, not an interaction with a party;
- a nominal event inside what a speech act says: "condemned the repression of the Cuban people" is the
  condemnation (coded), not a repression the text reports;
- a demand on the speaker's own state: "the prime minister said Britain must leave" is a stated position,
  not a demand made of another party (only for demands read from speech: CAMEO and PLOVER do code a
  government's acts on its own country, "the president banned opposition candidates");
- an administrative restriction (172) with nobody named as restricted: administration, not coercion;
- what someone did not say: "did not say he had ordered it" reports no act and no speech act;
- a person's own movement: "retreated to her ranch" by one person with no armed forces is no military retreat.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of
from newscoder.extract.events.modality import is_reporting_verb
from newscoder.extract.events.trigger_table import TriggerMatch, lemma_of
from newscoder.records import ActorAnalysis, Quote


@functools.cache
def _life_stage_nouns() -> frozenset[str]:
    return frozenset(r["noun"].strip().lower() for r in lexicons.rows("life_stage_nouns"))


# prepositions that place an act in a stage of someone's life ("as a teenager", "in his youth", "during her
# childhood", "since boyhood")
_STAGE_PREPS = {"as", "in", "during", "since"}


def is_life_stage(m: TriggerMatch) -> bool:
    """The act is placed in someone's childhood or youth ("met him as a teenager", "met her when both were in
    their teens"): biography, not news. The phrase must hang on the trigger or on a clause of time attached
    to it, not on its object ("attacked a school for children" stays)."""
    if m.is_nominal:
        return False
    stages = _life_stage_nouns()
    clauses = {m.head.i, *(c.i for c in children_of(m.head) if c.dep_ == "advcl")}
    for c in children_of(m.head):
        if c.dep_ == "advcl":
            clauses |= {g.i for g in children_of(c) if g.dep_ in ("advcl", "conj")}
    for t in m.head.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in _STAGE_PREPS and t.head.head.i in clauses \
                and (lemma_of(t) in stages or t.lower_ in stages):
            return True
    return False


def is_clausal_subject(m: TriggerMatch) -> bool:
    """The trigger heads a clause that is another predicate's subject ("denying X citizenship violated the
    law", "attacking civilians is a crime"): the act is what is judged, not an act reported. A clause with a
    subject of its own is a misread main clause ("Protesters, carrying placards asking ...": kept)."""
    return not m.is_nominal and m.head.dep_ in ("csubj", "csubjpass") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(m.head))


# types whose verbs, with a thing as object, describe a policy or a set-up ("supported education",
# "allow public access", "cooperate on research"); the project's 086 "allow international involvement" too
_GENERIC_OBJECT_TYPES = {"SUPPORT", "COOPERATE", "CONCEDE", "AID"}
_GENERIC_OBJECT_CODES = ("086",)
_DETERMINING_DEPS = {"det", "poss", "nummod", "predet"}


def _bare(tok: Token) -> bool:
    """A common noun with no determiner, possessor or number: "education", "public access", "runners"."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not any(c.dep_ in _DETERMINING_DEPS for c in children_of(tok))


def is_generic_object(m: TriggerMatch, tgt: str | None, names_people) -> bool:
    """Support, cooperation or permission given to a bare common noun that names no actor and no target was
    found: a described policy ("he supported education, healthcare and farming") or a set-up ("pacemakers
    supporting runners", "configured to allow public access"), not an interaction with a party.
    `names_people(tok)` says whether the noun names people or a group the actor tables know."""
    if m.is_nominal or tgt is not None or m.obj is not None:
        return False
    if m.entry.plover_type not in _GENERIC_OBJECT_TYPES and not m.entry.cameo_code.startswith(_GENERIC_OBJECT_CODES):
        return False
    obj = next((c for c in children_of(m.head) if c.dep_ == "dobj"), None)
    if obj is None or not _bare(obj):
        return False
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in children_of(m.head)):
        return False  # a recipient is named ("donated blood to the hospital"), even if no actor of ours
    # "supporting runners": a plural of people with no article is a generic set, still no party
    return not names_people(obj) or obj.tag_ == "NNS"


def is_effect_permission(m: TriggerMatch) -> bool:
    """A permission told as a participle set off by a comma after another act ("held a referendum, allowing
    voters to decide", "issued a ruling, allowing a lower court to act"): the effect of that act, not an act
    of admitting outside parties (086) by the main clause's subject."""
    head = m.head
    if m.is_nominal or not m.entry.cameo_code.startswith(_GENERIC_OBJECT_CODES) or head.tag_ != "VBG" \
            or head.dep_ not in ("advcl", "acl") or head.left_edge.i == 0:
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(head))
    return not own_subject and head.doc[head.left_edge.i - 1].text == ","


# speech acts whose object states what they are about: "condemned the repression of X", "protested the
# killing of Y", "demanded an end to the bombing"
_SPEECH_TYPES = {"DISAPPROVE", "DEMAND", "REJECT", "PROTEST", "SUPPORT", "THREATEN"}


def is_speech_content(m: TriggerMatch, gov: TriggerMatch | None) -> bool:
    """A nominal event that is the object of a coded speech act ("condemned the ongoing repression of the
    people", "praised the release of the hostages") is what the speaker says happened: the speech act is the
    event; the noun is its characterisation."""
    if not m.is_nominal or gov is None or gov.is_nominal or gov.entry.plover_type not in _SPEECH_TYPES:
        return False
    return True


# prepositions that anchor an act in time: their object is no speech act's content
_TIME_PREPOSITIONS = frozenset({"since", "after", "before", "during", "until", "following", "amid"})


def speech_governor(tok: Token) -> Token | None:
    """The verb whose object (direct, or through one preposition: "protested against the arrests", "called for
    an end to the bombing") the noun is."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "dobj":
            return cur.head
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            if cur.head.lower_ in _TIME_PREPOSITIONS:
                return None  # "pressed X since the ouster of Y": a time anchor, not what is said
            if cur.head.head.pos_ == "VERB":
                return cur.head.head
            cur = cur.head.head  # "an end to the bombing": the noun the preposition hangs on
            continue
        if cur.dep_ in ("conj", "appos") and cur.head.i != cur.i:
            cur = cur.head
            continue
        return None
    return None


def in_direct_quote(tok: Token, quotes: list[Quote]) -> bool:
    return any(q.quote_type == "direct" and q.char_start <= tok.idx < q.char_end for q in quotes)


def is_own_state_target(src: str | None, tgt: str | None, actors: ActorAnalysis, titled: set[str]) -> bool:
    """The source is an office holder (a role, or named after a title) and the target is the state of their
    own country ("the prime minister said Britain must leave" -> the United Kingdom). Used for demands read
    from speech: a leader saying what their own country must do states a position, no demand on another
    party. (A dissident saying what their state must do holds no office and is kept.)"""
    a, b = actors.get(src), actors.get(tgt)
    if a is None or b is None or a.actor_type != "person" or b.actor_type != "state":
        return False
    if not (a.role or a.key in titled):
        return False
    return a.country_iso3 is not None and a.country_iso3 == b.country_iso3


def is_untargeted_restriction(cameo_code: str, tgt: str | None) -> bool:
    """An administrative restriction (CAMEO 172: a state of emergency, a ban, a curfew) with nobody named as
    restricted is administration ("declared a state of emergency ahead of the storm"), not coercion of an
    actor. (The coder names the state of a place as the target where the text gives one: "a curfew in X".)"""
    return tgt is None and cameo_code.startswith("172")


# adverbs of habit: "rarely allowed them outside", "often visited the town", "routinely detained critics"
_HABITUAL_ADVERBS = {"rarely", "seldom", "often", "frequently", "usually", "routinely", "regularly", "habitually",
                     "repeatedly", "occasionally", "sometimes"}


def is_habitual(m: TriggerMatch, dated: bool) -> bool:
    """A habit with no date of its own ("had rarely allowed them outside", "often met opposition leaders"):
    no specific occurrence. ("Police repeatedly fired tear gas on Monday" has a date and is kept.)"""
    return not m.is_nominal and not dated and any(
        c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS for c in children_of(m.head))


_PERFECT_AUX = {"has", "have", "had", "'s", "'ve", "'d"}
# the span words of a perfect that sums up a stretch of time up to the story ("has tightened pressure since
# the coup", "has been shelling the town for weeks")
# ("over the past month" is left out: "have defaced 3,000 sites over the past month" tallies acts that happened)
_SPAN_PREPS = {"since", "for"}
_SPAN_UNITS = {"day", "week", "month", "year", "decade"}
_SPAN_MODIFIERS = {"past", "last", "recent", "several", "many", "few", "preceding"}


def _span_phrase(prep: Token) -> bool:
    """ "since <anything>", or "for" + an open stretch of time ("for the past months", "for weeks")."""
    if prep.lower_ == "since":
        return any(g.dep_ in ("pobj", "pcomp") for g in children_of(prep))
    for g in children_of(prep):
        if g.dep_ != "pobj" or g.lemma_.lower() not in _SPAN_UNITS:
            continue
        # "for the past two years", "over recent weeks", "for months"; not a measure ("jailed for ten years",
        # "banned for a year" are the sentence's length)
        if any(c.lower_ in _SPAN_MODIFIERS for c in children_of(g)) or g.tag_ == "NNS" and not any(
                c.dep_ in ("nummod", "det") for c in children_of(g)):
            return True
    return False


def is_span_summary(m: TriggerMatch) -> bool:
    """A perfect summing up a stretch of time ("has tightened pressure since the coup", "have been
    shelling the town for weeks", "had clashed since the election"): a policy or campaign told as
    background over weeks, not one occurrence with a date. (The dated act of that campaign, "on Monday
    imposed tariffs", is a simple past and is kept.)"""
    if m.is_nominal:
        return False
    head = m.head
    if not any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in children_of(head)):
        return False
    for c in children_of(head):
        if c.dep_ == "prep" and c.lower_ in _SPAN_PREPS and _span_phrase(c):
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since" for g in children_of(c)) \
                and c.tag_ in ("VBD", "VBN"):
            return True  # "has kept up pressure since the ruler fell"
    return False


_WH_WORDS = {"whom", "who", "which", "what", "whether", "if", "how", "when", "where", "why"}


def is_indirect_question(m: TriggerMatch) -> bool:
    """The trigger heads an indirect question ("did not say whom they would support", "asked whether Peru
    would sign", "decide if it will attack"): an open question, not an act."""
    if m.is_nominal or m.head.dep_ not in ("ccomp", "xcomp", "pcomp", "csubj"):
        return False  # (an adverbial clause, "when Chile attacked", is a time, not a question)
    for c in children_of(m.head):
        if c.lower_ in _WH_WORDS and (c.dep_ in ("mark", "dobj", "nsubj", "advmod", "nsubjpass")
                                      and c.i < m.head.i and c.tag_ in ("WP", "WDT", "WRB", "IN")):
            return True
    return False


_REDUCED_DEPS = {"acl", "oprd", "ccomp", "advcl", "xcomp", "pcomp"}
_HARM_TYPES = {"ASSAULT", "FIGHT"}


def is_reduced_passive_harm(m: TriggerMatch) -> bool:
    """A killing or attack told in a bare past participle with no "by" phrase ("reported 150 soldiers killed",
    "saw thousands killed", "with officials reporting 150 soldiers killed"): the text names no doer, so any
    source a wider clause offers is someone else (the one reporting, the one who saw)."""
    head = m.head
    if m.is_nominal or m.entry.plover_type not in _HARM_TYPES or head.dep_ not in _REDUCED_DEPS:
        return False
    # a verb after "with" is a small clause, whatever its tag ("with hundreds killed" is often tagged VBD)
    small = head.dep_ == "pcomp" and head.head.lower_ in ("with", "without")
    if head.tag_ != "VBN" and not small:
        return False
    # in a small clause, or after a verb of perception or result ("saw thousands killed", "left 20 dead",
    # "reported 150 soldiers killed"), a subject the parser gives the participle is its patient, not a doer
    subject_ok = small or head.dep_ == "oprd" or lemma_of(head.head) in _SMALL_CLAUSE_VERBS
    return not any(c.dep_ in ("agent", "auxpass", "aux") or c.dep_ == "nsubj" and not subject_ok
                   for c in children_of(head))


# (not "have" or "get": "had the journalist killed" names the one who had it done)
_SMALL_CLAUSE_VERBS = {"see", "leave", "report", "find", "witness"}


_COMPLEMENT_DEPS = {"ccomp", "xcomp", "advcl", "pcomp", "acl"}


def is_agentless_passive_complement(m: TriggerMatch, src: str | None) -> bool:
    """A passive with no "by" phrase inside another clause ("wept upon hearing her son had been convicted",
    "said the envoy was expelled"): the clause names no doer, so a source found for it is the governing
    clause's subject (the one who heard or said), not the one who acted."""
    head = m.head
    if m.is_nominal or src is None or head.dep_ not in _COMPLEMENT_DEPS:
        return False
    kids = list(children_of(head))
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def is_unsaid(m: TriggerMatch) -> bool:
    """The act is what someone did NOT say ("did not say he had ordered it", "never claimed they attacked"): a
    negated report asserts neither the act nor a speech act about it."""
    tok = m.head
    for _ in range(3):  # up through the clauses conjoined with the complement ("said X and Y")
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "ccomp" or tok.head.i == tok.i:
        return False
    gov = tok.head
    return is_reporting_verb(gov) and (any(c.dep_ == "neg" for c in children_of(gov))
                                       or any(c.lower_ in ("never", "no") for c in children_of(gov)))


# verbs of a contested assertion and nouns of a claim: what they report is one party's version, not an act the
# text tells ("the defence argued the witness had lied", "allegations that he tried to pressure X")
_DISPUTING_VERBS = {"claim", "allege", "contend", "argue", "insist", "maintain"}
_CLAIM_NOUNS = {"allegation", "claim", "accusation", "charge", "rumour", "rumor", "suspicion", "contention",
                "argument", "assertion"}


def is_disputed_content(m: TriggerMatch) -> bool:
    """The act is the content of a contested claim: a clause under a claim noun ("allegations Trump tried to
    pressure Kyiv", "the claim that police beat him"), or under a verb of contested assertion whose subject is
    not the act's doer ("the defence argued the guard had hit him"). The claim is the news; its content is one
    side's version. A party's claim of its own act ("Iran claimed it shot down the drone", "the group claimed
    that its fighters attacked") is kept: a claimed act."""
    if m.is_nominal:
        return False
    tok = m.head
    for _ in range(3):  # up through conjoined clauses and "tried to", "began to"
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            break
        tok = tok.head
    gov = tok.head
    if tok.dep_ in ("acl", "ccomp", "relcl") and gov.pos_ == "NOUN" and lemma_of(gov) in _CLAIM_NOUNS:
        return tok.dep_ != "relcl" or any(c.lower_ == "that" and c.dep_ == "mark" for c in children_of(tok))
    edge = tok.left_edge.i
    before = tok.doc[edge - 1] if edge > 0 else None
    if before is not None and before.lower_ == "that" and edge > 1:
        before = tok.doc[edge - 2]
    if tok.dep_ == "ccomp" and before is not None and before.pos_ == "NOUN" and lemma_of(before) in _CLAIM_NOUNS:
        return True  # "stems from allegations Costa tried to ...": the parser hangs the clause on the verb
    if tok.dep_ != "ccomp" or gov.pos_ != "VERB" or lemma_of(gov) not in _DISPUTING_VERBS:
        return False
    lo, hi = sorted((tok.i, gov.i))
    if any(t.lower_ == ";" for t in tok.doc[lo:hi]):
        return False  # a clause across a semicolon is no claim's content (a parse that runs two clauses together)
    doer = next((c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
    claimer = next((c for c in children_of(gov) if c.dep_ == "nsubj"), None)
    if doer is None or claimer is None or doer.pos_ == "PRON" or claimer.pos_ == "PRON":
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(doer)):
        return False  # "its fighters", "their forces": the claimer's own side
    names = {t.lower_ for t in doer.subtree if t.pos_ in ("PROPN", "NOUN")}
    return not any(t.lower_ in names for t in claimer.subtree)


def is_pending(m: TriggerMatch) -> bool:
    """ "have not yet agreed", "has yet to accept": the act has not happened, and saying so is no refusal."""
    if m.is_nominal:
        return False
    head = m.head
    if any(c.dep_ == "neg" for c in children_of(head)) and any(c.lower_ == "yet" for c in children_of(head)):
        return True
    return head.dep_ == "xcomp" and lemma_of(head.head) == "have" and any(
        c.lower_ == "yet" for c in (*children_of(head.head), *children_of(head)))


# adverbs of rate: "is declining rapidly", "fell sharply" tell a trend in a quantity, not a refusal or an act
_RATE_ADVERBS = {"rapidly", "sharply", "steadily", "significantly", "slightly", "dramatically", "gradually",
                 "steeply", "slowly", "quickly", "markedly", "precipitously"}


# verbs that also name a change in a quantity ("declining" is a refusal or a trend, "cut" an act or a figure)
_CHANGE_VERBS = {"decline", "fall", "drop", "rise", "grow", "increase", "decrease", "shrink", "plunge", "slump",
                 "recover", "improve", "worsen", "reduce", "cut"}


def is_trend(m: TriggerMatch) -> bool:
    """A verb of change used intransitively with an adverb of rate and nothing acted on ("the herd is
    declining steadily"). ("Was sharply criticized by X" is no verb of change and is kept.)"""
    if m.is_nominal or lemma_of(m.head) not in _CHANGE_VERBS:
        return False
    head = m.head
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "auxpass", "agent")
                   for c in children_of(head)) and any(
        c.dep_ == "advmod" and c.lower_ in _RATE_ADVERBS for c in children_of(head))


_DEFENDING_VERBS = {"defend", "justify"}
_OWN_DETERMINERS = {"his", "her", "its", "their", "my", "our", "own"}


def is_own_defence(m: TriggerMatch) -> bool:
    """ "defended his decision", "justified their own policy": a party speaking for its own act is a statement
    about it, not verbal support of another party (CAMEO 052 is defending someone else's policy)."""
    if m.is_nominal or lemma_of(m.head) not in _DEFENDING_VERBS:
        return False
    obj = next((c for c in children_of(m.head) if c.dep_ == "dobj"), None)
    return obj is not None and any(c.dep_ in ("poss", "amod") and c.lower_ in _OWN_DETERMINERS
                                   for c in children_of(obj))


# a military retreat (CAMEO 0874) read off a verb of moving back: said of one person with no armed forces named,
# it is the person's own movement ("retreated to her ranch", "withdrew to his home"), not a military act
_MOVING_BACK = {"retreat", "withdraw", "pull"}


def is_personal_movement(m: TriggerMatch, src: str | None, armed: bool, actors: ActorAnalysis) -> bool:
    if armed or m.is_nominal or not m.entry.cameo_code.startswith("0874") or lemma_of(m.head) not in _MOVING_BACK:
        return False
    a = actors.get(src) if src is not None else None
    return a is not None and a.actor_type == "person"
