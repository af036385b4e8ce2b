"""Triggers: the lexicon matches of a sentence that are events of their own (not the content of another
event, not an entitlement), demands made in speech ("X must stop") and verdicts reported as criticism.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from newscoder import lexicons
from newscoder.extract.doctext import children_of, doc_column, doc_pos, doc_tokens
from newscoder.extract.events.arguments import _actor_of
from newscoder.extract.events.clauses import _is_complement, _is_infinitive, _negated, _passive, _subject
from newscoder.extract.events.modality import (
    is_commissive,
    is_reporting_verb,
)
from newscoder.extract.events.trigger_table import (
    DICTIONARY_POS,
    LexEntry,
    TriggerMatch,
    lemma_of,
    match_noun,
    match_verb,
)
from newscoder.records import ActorAnalysis, Quote

DEMAND_AUX = {"must"}


# "X must stop ..." in someone's speech: a demand by the speaker
_DEMAND = LexEntry("must", "verb", "", "", "", "100", "DEMAND")

# "X claimed that Y had attacked Z": the claim is X's accusation of Y (CAMEO 112, PLOVER DISAPPROVE; PETRARCH2's
# dictionary files CLAIM under ALLEGE), and the hostile act it asserts is its content, not an act the text
# reports. Only for acts of force, coercion or sanction: "claimed that talks had made progress" is no accusation.
# verbs of helping: with a verb complement they only help with another act ("helped organise the talks")
_HELP_VERBS = frozenset({"help"})
_CLAIM_VERBS = {"claim"}
_CLAIM = LexEntry("claim", "verb", "", "", "", "112", "DISAPPROVE")
_HOSTILE_TYPES = {"ASSAULT", "FIGHT", "COERCE", "SANCTION"}
# "X claimed that they had attacked Z": a pronoun doer of the claimed act stands for the claimant, and a claim of
# one's own act is a claim of responsibility (CAMEO 015, a statement with no PLOVER type), no accusation
_CLAIMANT_PRONOUNS = {"i", "we", "they", "it", "he", "she"}


def _own_act_claimed(clause: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in _CLAIMANT_PRONOUNS for c in children_of(clause))


# verbs of command: CAMEO codes an order by the act ordered (PETRARCH2 files "order" + an arrest as 173, + troops
# as 154, + aid as 070, "order ... to remain" as 173), with the one who orders as its doer
_COMMAND_VERBS = {"order", "instruct", "command"}
_PARTY_ENTS = {"PERSON", "NORP", "GPE", "ORG"}
# an ordered act named by a noun is the orderer's own when it is force or coercion ("ordered the killing of X",
# "ordered the arrest of Y": done by the orderer's agents)
_FORCE_TYPES = {"ASSAULT", "FIGHT", "COERCE", "MOBILIZE"}


def _ordered_party(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ == "dobj"), None)


def _ordered_act(m: TriggerMatch, verbs: dict[int, TriggerMatch],
                 nouns: dict[int, TriggerMatch]) -> tuple[TriggerMatch | None, Token | None]:
    """(the order coded as the act it orders, the ordered act's own head) for a command whose content is a
    codable act ("ordered his staff to delay aid" -> the delay, "ordered the killing of X" -> the killing);
    (None, None) when the order commands a thing with no act ("ordered flags lowered to half staff": no one is
    asked to act and no act of ours is ordered); (m, None) when the order stays a demand ("ordered Peru to
    withdraw": a named party is commanded, the act is theirs)."""
    if m.is_nominal or m.entry.plover_type != "DEMAND" or lemma_of(m.head) not in _COMMAND_VERBS:
        return m, None
    party = _ordered_party(m.head)
    if party is not None and party.ent_type_ in _PARTY_ENTS:
        return m, None
    for c in children_of(m.head):
        act = verbs.get(c.i) if c.dep_ in ("xcomp", "ccomp") else nouns.get(c.i) if c.dep_ == "dobj" else None
        if act is None or act.entry.plover_type in ("DEMAND", "") \
                or act.is_nominal and act.entry.plover_type not in _FORCE_TYPES:
            continue  # (an ordered inquiry or talks is a demand on others: CAMEO 10x)
        # (a noun's parties are read from the order's own object phrase: "the killing of X")
        return TriggerMatch(act.entry, m.head, act.obj), act.head
    if party is not None and party.ent_type_ == "" and party.pos_ == "NOUN" \
            and any(g.dep_ in ("acl", "oprd") and g.pos_ == "VERB" and g.i not in verbs for g in children_of(party)):
        return None, None
    return m, None


def _same_clause_kind(conj: Token, first: Token) -> bool:
    """A conjunct is a clause of the same kind as the one it is joined to: marked as such ("and that ...",
    "and to ...") or of the same verb form. "urged X to reconsider and spoke with Y", where the parser may
    join the finite "spoke" to the infinitive, is not."""
    marked = any(c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ == "to" for c in children_of(conj))
    return marked or conj.tag_ == first.tag_


def _is_content(m: TriggerMatch, by_head: dict[int, TriggerMatch], yielded: set[int]) -> bool:
    """The act is the content of another coded event, not an event of its own.

    "threatening to impose tariffs" (a speech act's complement), "demanded that Y withdraw" and "an
    ultimatum to Y to halt attacks" (what is demanded), "staged rallies to demand reforms" (a protest's aim),
    "alleged that Y had attacked" (what is alleged), "denied that it had attacked" (what is denied).
    """
    head = m.head
    while head.dep_ == "conj" and head.head.i != head.i and _same_clause_kind(head, head.head):
        # "alleged that X knew of it and that Y took part": a conjunct clause is content as its first one is
        head = head.head
    gov = by_head.get(head.head.i) if head.head.i != head.i else None
    if gov is None or gov.head.i in yielded:
        return False  # (a conjunct of the governing act itself is an act of its own: "accused Y and attacked Z")
    if head.dep_ == "xcomp":
        return True
    if gov.entry.plover_type in ("DEMAND", "THREATEN") and head.dep_ in ("ccomp", "acl", "advcl"):
        return True
    if gov.entry.plover_type == "DISAPPROVE" and not gov.is_nominal and head.dep_ in ("ccomp", "pcomp"):
        # "alleged that X had supplied arms", "accused X of attacking": the accusation is the event, what it
        # alleges is its content (coded as the accusation's target), not an occurrence the text asserts
        return True
    if gov.entry.plover_type == "REJECT" and not gov.is_nominal and head.dep_ == "ccomp":
        # "denied that he made a deal", "rejected that troops had fired": the clause is what the denial says
        # did not happen
        return True
    if gov.entry.plover_type == "PROTEST" and m.entry.plover_type in ("DEMAND", "PROTEST"):
        # "a hunger strike to protest against X" may parse as an infinitival relative clause
        return head.dep_ in ("advcl", "acl", "xcomp") or head.dep_ == "relcl" and _is_infinitive(head)
    return False


@functools.cache
def _entitlement_nouns() -> frozenset[str]:
    return frozenset(r["noun"].strip().lower() for r in lexicons.rows("entitlement_nouns"))


def _is_entitlement(tok: Token) -> bool:
    """"the right to protest", "freedom to assemble": an act someone may do, not one that happened."""
    return tok.dep_ == "acl" and _is_infinitive(tok) and lemma_of(tok.head) in _entitlement_nouns()


def _matches(sent: Span) -> list[tuple[TriggerMatch, list[Token]]]:
    """Lexicon matches in a sentence, each with its chain of complement verbs (threaten -> impose)."""
    verbs: dict[int, TriggerMatch] = {}
    # speed: the words' tags and labels read from the per-Doc lists, a Token taken only for those that pass
    doc = sent.doc
    all_tokens, pos, deps = doc_tokens(doc), doc_pos(doc), doc_column(doc, "dep_")
    span = range(sent.start, sent.end)
    claims = []
    for i in span:
        if pos[i] == "VERB" and deps[i] != "amod":
            tok = all_tokens[i]
            m = match_verb(tok)
            if m is not None and m.entry.lemma in _HELP_VERBS \
                    and any(c.dep_ in ("xcomp", "ccomp") for c in children_of(tok)):
                m = None  # "helped facilitate a meeting", "help protect the forest": the act helped with is the news
            if m is not None:
                verbs[tok.i] = m
            elif lemma_of(tok) in _CLAIM_VERBS:
                claims.append(tok)
    for tok in claims:
        # (not an act only a dictionary pattern codes: such a clause is not coded without both parties either)
        if any(c.dep_ == "ccomp" and c.i in verbs and verbs[c.i].entry.plover_type in _HOSTILE_TYPES
               and verbs[c.i].entry.pos != DICTIONARY_POS and not _own_act_claimed(c) for c in children_of(tok)):
            verbs[tok.i] = TriggerMatch(_CLAIM, tok)
    ordered: set[int] = set()
    nouns: dict[int, TriggerMatch] = {}
    for i in span:
        if pos[i] == "NOUN" and deps[i] == "dobj" and all_tokens[i].head.i in verbs:
            m = match_noun(all_tokens[i])
            if m is not None:
                nouns[i] = m
    for i, m in list(verbs.items()):
        coded, act = _ordered_act(m, verbs, nouns)
        if coded is None:
            del verbs[i]
        elif act is not None:
            verbs[i] = coded
            ordered.add(act.i)
    used_nouns = {m.obj.i for m in verbs.values() if m.obj is not None} | ordered
    # "vowed to retaliate", "offered to mediate": a verb of commitment yields to the act committed to
    # (not when the commitment has an object of its own: "offered its troops to help X" offers the troops, the
    # help is what they are for)
    yielded = {m.head.head.i for m in verbs.values() if _is_complement(m.head) and m.head.head.i in verbs
               and is_commissive(m.head.head) and not any(c.dep_ == "dobj" for c in children_of(m.head.head))}
    # "sent a letter demanding that Y withdraw": a dictionary-coded act whose object carries a coded act is
    # its vehicle; the carried act is the event
    yielded |= {i for i, m in verbs.items() if m.entry.pos == DICTIONARY_POS and m.obj is not None
                and any(o.head.head.i == m.obj.i for o in verbs.values())}
    nouns = {i: m for i, m in nouns.items() if i not in used_nouns}
    for i in span:
        if pos[i] == "NOUN" and i not in used_nouns and i not in nouns:
            m = match_noun(all_tokens[i])
            if m is not None:
                nouns[i] = m
    # a light verb's event is governed through its object noun too ("an ultimatum to Y to halt")
    by_head = {**nouns, **verbs, **{m.obj.i: m for m in verbs.values() if m.obj is not None}}
    out: list[tuple[TriggerMatch, list[Token]]] = []
    for m in [*verbs.values(), *nouns.values()]:
        if m.head.i in yielded or m.head.i in ordered or _is_content(m, by_head, yielded) or _is_entitlement(m.head):
            continue
        chain = [m.head]
        cur = m.head
        while not m.is_nominal:
            nxt = next((c for c in children_of(cur) if c.dep_ == "xcomp"), None)
            if nxt is None or any(nxt.i == c.i for c in chain):
                break
            chain.append(nxt)
            cur = nxt
        out.append((m, chain))
    return sorted(out, key=lambda x: x[0].head.i)


_FIRST_PERSON = {"i", "we"}  # (letters only: a quote's "[W]e" is "we")


# "it must be", "this must mean": a thing cannot be asked to act; "think/believe X must ...": a conclusion
_THING_PRONOUNS = {"it", "this", "that", "there"}
_BELIEF_VERBS = {"think", "believe", "suspect", "guess", "assume", "reckon", "suppose"}


def _demand_in_speech(sent: Span, quotes: list[Quote], actors: ActorAnalysis, aux_heads: set[int]):
    """ "X must stop ..." said by S: S demands X act (CAMEO 10, PLOVER DEMAND). `aux_heads`: the tokens
    with a demand auxiliary among their children (speed: only those are read further)."""
    toks = doc_tokens(sent.doc)
    for i in sorted(h for h in aux_heads if sent.start <= h < sent.end):
        tok = toks[i]
        must = next((c for c in children_of(tok) if c.dep_ == "aux" and c.lower_ in DEMAND_AUX), None)
        if must is None:
            continue
        subj = _subject(tok) or _passive(tok)[1]
        if subj is None or "".join(ch for ch in subj.text.lower() if ch.isalpha()) in _FIRST_PERSON:
            continue  # "we must get it done": the speaker's own resolve, no demand on another party
        if subj.lower_ in _THING_PRONOUNS or tok.dep_ == "ccomp" and lemma_of(tok.head) in _BELIEF_VERBS:
            continue  # "we think it must be related to ...": a conclusion (epistemic "must"), no demand
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
    return {(r["lemma"], r["pos"]): LexEntry(r["lemma"], r["pos"], r["adverb"], "", "neg" if r["negated"] == "yes"
                                             else "", r["cameo_code"], r["plover_type"])
            for r in lexicons.rows("event_judgements")}


def _verdict(clause: Token) -> tuple[LexEntry, list[Token]] | None:
    """The judgement a reported clause passes ("the offer did not go far enough", "the move was unacceptable",
    "the withdrawal was a mistake"): (entry, the words that carry it), else None."""
    table = _judgements()
    entry = table.get((lemma_of(clause), "verb"))
    if entry is not None and _negated(clause) == (entry.prep == "neg"):
        adverbs = [c for c in children_of(clause) if c.dep_ == "advmod"]
        words = [t for a in adverbs for t in (a, *children_of(a))]
        if any(t.lower_ == entry.particle for t in words):
            return entry, [clause, *words, *(c for c in children_of(clause) if c.dep_ == "neg")]
    if _negated(clause):
        return None  # "said the move was not unacceptable"
    for c in children_of(clause):
        pos = "adj" if c.dep_ == "acomp" and c.pos_ == "ADJ" else "noun" if c.dep_ == "attr" else None
        entry = table.get((lemma_of(c), pos)) if pos else None
        if entry is not None and not _negated(c):
            return entry, [c]
    return None


def _judgements_in_speech(sent: Span, actors: ActorAnalysis):
    """ "X said the offer did not go far enough": a reported verdict of disapproval is X's criticism (CAMEO
    111) of whoever the clause's subject names (often no actor: "the text"). Yields (reporting verb,
    verdict words, entry, source key, target key)."""
    toks, pos = doc_tokens(sent.doc), doc_pos(sent.doc)
    for i in range(sent.start, sent.end):
        if pos[i] != "VERB":
            continue  # (speed: the per-Doc tag list, not each token's `pos_`)
        tok = toks[i]
        if not is_reporting_verb(tok) or _negated(tok):
            continue
        subj = _subject(tok)
        src = _actor_of(subj, actors, set()) if subj is not None else None
        if src is None:
            continue
        for clause in (c for c in children_of(tok) if c.dep_ == "ccomp"):
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
