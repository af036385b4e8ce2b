"""Event targets told in another sentence: a definite act noun with no owner of its own ("the withdrawal",
"the move", "the operation", "the attack") refers back to the act told a few sentences before, and what a
refusal was asked for ("the documents") to the request told before. See docs/methodology-events.md
(Source and target)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of
from newscoder.extract.events.arguments import _actor_of, _argument_keys, _demonym_target
from newscoder.extract.events.clauses import _controller, _passive, _pobjs
from newscoder.extract.events.trigger_table import TriggerMatch, _entries, lemma_of
from newscoder.records import ActorAnalysis

# nouns of an act and the verbs that tell it where the noun's form does not give the verb ("decision" ~
# decide); regular nouns ("withdrawal", "shooting", "deployment", "ban") are matched by `_act_verbs` below
_ACT_NOUNS = {
    "decision": {"decide"}, "move": {"move", "decide"}, "request": {"request", "ask"},
    "ruling": {"rule"}, "proposal": {"propose"}, "plan": {"plan", "propose"}, "argument": {"argue"},
    "invasion": {"invade"}, "offensive": set(), "incursion": set(), "step": set(), "verdict": {"rule", "find"},
    "operation": set(), "subpoena": {"subpoena"}, "investigation": {"investigate"}, "attack": {"attack"},
    "strike": {"strike"},
    # regular ones, listed so that they count as act nouns even where the event lexicon has no noun entry
    "withdrawal": set(), "announcement": set(), "order": set(), "ban": set(), "offer": set(), "demand": set(),
    "deployment": set(), "sentence": set(), "nomination": set(), "appointment": set(), "shooting": set(),
    "closure": set(), "seizure": set(), "arrest": set(), "expulsion": {"expel"}, "suspension": {"suspend"},
    # what an accuser said: "denied the allegations" answers whoever alleged or accused
    "allegation": {"allege", "accuse"}, "accusation": {"accuse", "allege"},
}
# verbs that make an act public or decide it: "X announced the withdrawal. Y criticised the decision" (the
# generic noun names the act announced, whatever its noun)
_DECIDING_VERBS = {"announce", "order", "approve", "decide", "propose", "unveil", "sign"}
# a withdrawal is also told as leaving or pulling out ("announced US troops would be leaving Syria")
_WITHDRAW_VERBS = {"leave", "pull", "exit"}
# nouns of a decided act with no verb of their own: "criticised the move" refers to any act an actor was
# told to do or announce just before ("X said it would close the border")
_GENERIC_ACTS = {"move", "step", "decision", "plan", "action"}
# light verbs that tell an act only through their object ("launched an offensive", "issued subpoenas",
# "took the step"): they count only when that object is the act noun (or, for "the operation", one of the
# military acts it names back)
_LIGHT_VERBS = {"begin", "start", "launch", "issue", "open", "conduct", "take", "make", "announce", "carry"}
_OPERATION_NOUNS = {"offensive", "invasion", "incursion", "operation", "campaign"}
# how many sentences back the act a definite noun refers to may be told (measured on the Wikinews extract:
# 5 reaches "opposed the withdrawal" told five sentences after the announcement; 3 missed two right targets
# and 6 adds none)
_ACT_WINDOW = 5
_REPORTING_VERBS = lexicons.words("reporting_verbs", "lemma", pos="verb")
# a generic act noun ("the move") has no verb to match: only the last two sentences
_GENERIC_WINDOW = 1
# regular endings of act nouns derived from verbs (WordNet's derivational morphology for English, in short)
_NOUN_ENDINGS = (("ment", ""), ("al", ""), ("ing", ""), ("ing", "e"), ("ion", ""), ("ion", "e"), ("ation", ""),
                 ("ation", "e"), ("ure", "e"), ("ure", ""))


@functools.cache
def _act_verbs(noun: str) -> frozenset[str]:
    """The verbs that tell the act a noun names: the listed ones, else the noun's stem by its regular
    ending ("withdrawal" ~ withdraw, "shooting" ~ shoot, "seizure" ~ seize), else the noun itself used as a
    verb ("the ban" ~ banned). The verb must still occur in the window, so a wrong stem finds nothing."""
    verbs = set(_ACT_NOUNS.get(noun, ()))
    for end, add in _NOUN_ENDINGS:
        if noun.endswith(end) and len(noun) - len(end) >= 3:
            stem = noun[: -len(end)]
            verbs.add(stem + add)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                verbs.add(stem[:-1])  # "shipping" ~ ship
    if noun == "withdrawal":
        verbs |= _WITHDRAW_VERBS
    verbs.add(noun)
    return frozenset(verbs)


def _act_noun(obj: Token) -> bool:
    """A definite noun of an act with no owner in its own phrase ("the withdrawal", "this decision")."""
    if obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(obj)):
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "acl", "relcl", "nummod")
           or c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in children_of(obj)):
        return False  # the phrase says whose or which act it is
    if any(g.ent_type_ not in ("DATE", "TIME") for g in _pobjs(obj, {"on", "against"})):
        return False  # "the attack on X" says whom it hit ("the ban on Monday" is only its day)
    noun = obj.lemma_.lower()
    return noun in _ACT_NOUNS or noun in _GENERIC_ACTS or bool(_entries(noun, "noun"))


def _act_antecedent(obj: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    """The doer of the act a definite act noun ("the withdrawal", "this decision", "the shooting") refers back
    to: the nearest earlier verb of that act (or a verb beginning it: "began an offensive") with an actor
    subject, or the same noun with a possessor ("Washington's withdrawal") or as the object of an actor's verb
    ("X announced a plan"); for a generic "the move", any act with an actor subject in the last sentences."""
    if not _act_noun(obj):
        return None
    noun = obj.lemma_.lower()
    verbs = _act_verbs(noun)
    generic = noun in _GENERIC_ACTS
    doc, sent = obj.doc, obj.sent
    first, generic_start = sent, sent.start
    for back in range(_ACT_WINDOW):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
        if back < _GENERIC_WINDOW:
            generic_start = first.start
    for tok in reversed(doc[first.start : obj.i]):
        lemma = tok.lemma_.lower()
        begun = lemma in _LIGHT_VERBS and any(
            c.dep_ == "dobj" and (c.lemma_.lower() == noun
                                  or noun in _OPERATION_NOUNS and c.lemma_.lower() in _OPERATION_NOUNS)
            for c in children_of(tok))
        if tok.sent == sent and tok.i >= obj.head.i:
            continue  # the noun's own clause
        told = tok.pos_ == "VERB" and (lemma in verbs or begun)
        # "X said it would close the border. Y criticised the move": a decided act told just before
        # (only an act told as intended, "X said it would close the border": a plain earlier clause is as
        # often another's reaction to the same move, "Z declined to comment on it")
        told = told or generic and tok.i >= generic_start and tok.pos_ == "VERB" \
            and tok.dep_ in ("ROOT", "ccomp", "conj") and lemma not in _REPORTING_VERBS \
            and any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "would", "shall") for c in children_of(tok))
        if told:
            agent, patient = _passive(tok)
            subj = agent if patient is not None else _controller(tok)
        elif tok.pos_ == "NOUN" and tok.i != obj.i and (lemma == noun or generic and (
                lemma in _GENERIC_ACTS or _announced_act(tok) and tok.i >= generic_start)):
            # ("X announced a plan to ... Y criticised the move": a generic act noun names any other)
            subj = next((c for c in children_of(tok) if c.dep_ in ("poss", "compound") or c.dep_ == "amod"
                         and c.ent_type_ in ("NORP", "GPE")), None)
            if subj is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
                subj = _controller(tok.head)  # "X announced a plan", "Y issued subpoenas"
        else:
            continue
        if subj is not None:
            key = _actor_of(subj, actors, exclude) or _demonym_target(subj, actors, exclude)
            if key is None and subj.ent_type_ in ("NORP", "GPE"):
                key = _demonym_target(tok, actors, exclude)
            if key is not None:
                return key
            if generic:
                return None  # the nearest act's subject is no actor: no guess further back
    return None


def _announced_act(tok: Token) -> bool:
    """ "announced the withdrawal", "approved a ban": a noun of an act that is the object of a verb that makes it
    public or decides it."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in _DECIDING_VERBS:
        return False
    lemma = tok.lemma_.lower()
    return lemma in _ACT_NOUNS or bool(_entries(lemma, "noun"))


# nouns of a request: what one asks "for" is its object ("subpoenas for the documents", "a request for funds")
_REQUEST_NOUNS = {"subpoena", "request", "demand", "call", "order", "warrant", "application", "appeal"}


def _requester(obj: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    """Who asked for a definite thing with no owner of its own ("the documents"), told in the last
    `_ACT_WINDOW` sentences as what a request was "for": the request's possessor or the subject of the verb
    that made it ("the committee issued subpoenas for documents")."""
    if obj.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in children_of(obj)) \
            or any(c.dep_ in ("poss", "compound", "amod", "acl", "relcl", "prep") for c in children_of(obj)):
        return None
    doc, first = obj.doc, obj.sent
    for _ in range(_ACT_WINDOW):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    noun = lemma_of(obj)
    for tok in reversed(doc[first.start : obj.sent.start]):
        prep = tok.head
        if tok.pos_ != "NOUN" or lemma_of(tok) != noun or prep.dep_ != "prep" or prep.lower_ != "for" \
                or lemma_of(prep.head) not in _REQUEST_NOUNS:
            continue
        asked = prep.head
        doer = next((c for c in children_of(asked) if c.dep_ == "poss"), None)
        if doer is None and asked.dep_ == "dobj":
            doer = _controller(asked.head)
        key = _actor_of(doer, actors, exclude) if doer is not None else None
        return key  # the nearest request for it decides, named or not
    return None


# nouns of a violent act and the verbs that tell it: "carried out the attack" refers to "X attacked Y" or "an
# attack on Y" told just before
_TOLD_ATTACKS = {"attack", "strike", "airstrike", "bombing", "raid", "assault", "shelling"}
_ATTACK_VERBS = {"attack", "strike", "bomb", "raid", "assault", "shell", "hit", "target"}


def _told_act_target(m: TriggerMatch, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    """The party hit by the act a definite attack noun with no party of its own ("carried out the attack",
    "claimed the bombing") refers back to: the object of the nearest earlier verb of attack in the last
    `_ACT_WINDOW` sentences, or the "on"/"against" phrase of an earlier attack noun."""
    obj = m.obj
    if obj is None or m.is_nominal or lemma_of(obj) not in _TOLD_ATTACKS \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(obj)):
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "acl", "relcl", "prep") for c in children_of(obj)):
        return None  # "the attack on X", "the Saturday attack": the phrase says which attack it is
    doc, first = obj.doc, obj.sent
    for _ in range(_ACT_WINDOW):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    for tok in reversed(doc[first.start : obj.i]):
        if tok.i == obj.i or tok.i == m.head.i:
            continue
        if tok.pos_ == "VERB" and lemma_of(tok) in _ATTACK_VERBS:
            patient = _passive(tok)[1]
            hit = [patient] if patient is not None else [c for c in children_of(tok) if c.dep_ == "dobj"]
        elif tok.pos_ == "NOUN" and lemma_of(tok) in _TOLD_ATTACKS:
            hit = _pobjs(tok, {"on", "against", "upon"})
        else:
            continue
        for h in hit:
            key = next(iter(_argument_keys(h, actors, exclude)), None) or _demonym_target(h, actors, exclude)
            if key is not None:
                return key
    return None


# types whose act, told again with no party ("She protested alone on the first day"), goes on with the same
# addressee as the same source's act of that type told just before
_CONTINUED_TYPES = {"PROTEST"}
# how many sentences back the earlier telling may stand
_CONTINUED_WINDOW = 2


def continued_target(plover_type: str, source: str | None, sentence_index: int, earlier: list) -> str | None:
    """The target of the same source's act of the same type told in the last `_CONTINUED_WINDOW` sentences
    ("X protested outside parliament. She protested alone on the first day": parliament), for a protest told
    again without its addressee. `earlier` holds the article's events so far, in text order."""
    if plover_type not in _CONTINUED_TYPES or source is None:
        return None
    for ev in reversed(earlier):
        if ev.sentence_index < sentence_index - _CONTINUED_WINDOW:
            return None
        if ev.source_key == source and ev.plover_type == plover_type and ev.target_key:
            return ev.target_key
    return None
