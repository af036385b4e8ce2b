"""The words of an event's target when it is no actor: "police arrested two suspects", "the victims were
flown to hospital", "attacks on civilians". Such a party is rightly the target, yet it is no entity, so it
gets no actor row; the event keeps its words in `target_text`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newscoder.extract.doctext import children_of
from newscoder.extract.events.arguments import _quantity_nouns
from newscoder.extract.events.clauses import _passive, _subject
from newscoder.extract.events.dyads import (
    RECIPROCAL,
    _absolute_with,
    _across_quote,
    _argument_tokens,
    _one_sided_types,
)
from newscoder.extract.events.people_nouns import party_head, placed_people
from newscoder.extract.events.trigger_table import TriggerMatch
from newscoder.records import ActorAnalysis

# left modifiers kept in the party's words: "the two wounded men", "Kurdish fighters", "dozens of"
_PHRASE_DEPS = {"det", "nummod", "amod", "compound", "quantmod", "nmod", "predet"}

# a party given back its words only for types that act on someone (one-sided types have no target, except
# yielding acts: "released two hostages")
_ALSO_TARGETED = {"CONCEDE"}

# types whose content clause's subject is the party acted on ("ordered that the suspects be held")
_ORDER_TYPES = {"COERCE", "DEMAND"}


# nouns of what a party asks or proposes: an act that answers or judges one is aimed at its owner
_CLAIM_NOUNS = {"demand", "request", "call", "plea", "appeal", "plan", "proposal", "offer", "ultimatum",
                "grievance", "complaint", "claim"}


def _claim_owner(tok: Token) -> Token | None:
    """ "acceded to the protesters' demands", "rejected the miners' offer": the people noun owning the demand
    or plan the act answers (a named owner is the dyad's to find)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    owner = next((c for c in children_of(tok) if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    return owner if owner is not None and party_head(owner) is owner else None


def _quoted_argument(tok: Token) -> bool:
    """ 'called on "village elders and teachers" to ...': the argument's own words are quoted right after its
    preposition (a quotation opened there holds the party, not a claim about it)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.i + 1 >= len(tok.doc):
        return False
    mark = tok.doc[prep.i + 1]
    return mark.i < tok.left_edge.i + 1 and mark.text in ('"', "\u201c") and prep.head.i < prep.i


def _listed(tok: Token) -> list[Token]:
    """The noun and the nouns coordinated with it ("elders, teachers and mayors"), in text order."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in children_of(t) if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def _phrase_start(tok: Token) -> int:
    """The index of the first of the noun's left modifiers kept in its words."""
    kept, stack = [tok.i], [c for c in tok.lefts if c.dep_ in _PHRASE_DEPS]
    while stack:
        c = stack.pop()
        kept.append(c.i)
        stack.extend(x for x in c.lefts if x.dep_ in _PHRASE_DEPS)
    return min(kept)


def _phrase(tok: Token) -> str:
    """The party's own words: its left modifiers and the noun (and a counted "of" phrase), without relative
    clauses or other phrases."""
    # (the modifiers and their own modifiers, not adverbs: "reportedly several people")
    start = _phrase_start(tok)
    end = tok.i
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if tok.lower_ in _quantity_nouns() and of is not None and any(g.dep_ == "pobj" for g in children_of(of)):
        end = max(g.i for g in children_of(of) if g.dep_ == "pobj")
    words = tok.doc[start : end + 1]
    return words.text.strip()


def _recipient(t: Token, m: TriggerMatch) -> bool:
    """The indirect object of the act's own verb: "promised each victim ...", "offered ... to the families"."""
    if m.is_nominal:
        return False
    if t.dep_ == "dative" and t.head.i == m.head.i:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.dep_ in ("dative", "prep") \
        and t.head.head.i == m.head.i and m.entry.plover_type == "AGREE"


def unnamed_target_text(m: TriggerMatch, chain: list[Token], actors: ActorAnalysis) -> str | None:
    """The words of the party the event is aimed at, when that party is a common noun of people and no actor:
    the first target argument (the same arguments the dyad reads, best first) that names people. None when
    the first argument that names anyone is an actor (the coder decided on it), when the act has no target by
    its type, or when the party is the source's own ("deployed its troops")."""
    one_sided = m.entry.plover_type in _one_sided_types() and m.entry.plover_type not in _ALSO_TARGETED
    src_toks, tgt_toks = _argument_tokens(m, chain)
    own = {t.i for s in src_toks for t in s.subtree}
    for t in tgt_toks:
        # (a one-sided act has a party only when it answers someone's demand or plan: "rejected the miners'
        # offer")
        if (owner := _claim_owner(t)) is not None and owner.i not in own and not _across_quote(m.head, t):
            return _phrase(owner)  # "did not accede to the strikers' demands": the strikers
        if one_sided and not _recipient(t, m):
            continue  # (but "promised each victim a payment", "offered aid to the families": whom it is for)
        if t.dep_ == "ccomp" and m.entry.plover_type in _ORDER_TYPES \
                and (s := _subject(t) or _passive(t)[1]) is not None:
            t = s  # "ordered that the two suspects be held": whom the order is about
        if t.dep_ in ("ccomp", "acl") or t.pos_ in ("VERB", "AUX") and party_head(t) is None or t.i in own:
            continue
        if m.obj is not None and t.i == m.obj.i:
            continue
        keys = {k for x in t.subtree if (k := actors.actor_at(x.idx, x.idx + len(x)))}
        if keys and not (len(keys) == 1 and placed_people(t, keys.pop(), actors)):
            return None  # a named party (or the source itself): the dyad rules decide on it
        if t.pos_ == "PRON":
            return _antecedent_party(t)
        if t.ent_type_ in ("DATE", "TIME"):
            continue  # "called on Tuesday on the mayors": a day says when, it is no party
        if t.pos_ == "PROPN":
            return None  # a name that is no actor
        if m.entry.plover_type not in RECIPROCAL and _absolute_with(t) or _across_quote(m.head, t) \
                and not _quoted_argument(t):
            continue
        listed = _listed(t)
        head = party_head(t) or next((c for c in listed if party_head(c) is not None), None)
        if head is None:
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(head)):
            return None  # "deployed its troops", "ordered his staff": the source's own people
        if len(listed) > 1 and all(c.pos_ == "NOUN" for c in listed):
            # "appealed to village elders, teachers and mayors": the whole list is the party addressed
            return t.doc[_phrase_start(t) : listed[-1].i + 1].text.strip()
        return _phrase(t)
    return None


# object pronouns and the grammatical number of the noun they stand for
_PRONOUN_NUMBER = {"him": "NN", "her": "NN", "them": "NNS"}


def _antecedent_party(pron: Token) -> str | None:
    """ "Police opened a case against the driver and detained him": an object pronoun the coreference left
    without an actor stands for the nearest people noun before it in its sentence that agrees in number and is
    itself acted on (an object or a prepositional object, never a subject, which is usually the speaker or the
    doer)."""
    tag = _PRONOUN_NUMBER.get(pron.lower_)
    if tag is None:
        return None
    for tok in reversed(pron.doc[pron.sent.start : pron.i]):
        if tok.pos_ != "NOUN" or tok.tag_ != tag or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
            continue
        if party_head(tok) is not None and party_head(tok) is tok:
            return _phrase(tok)
    return None

