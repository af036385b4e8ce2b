"""Actors of event arguments: the actor a noun phrase names (its head, apposition, possessor, a counted
group, a list and its dropped tail), the reporter behind a pronoun, and the state of a country named only
by a nationality. `state_key` returns the article's state actor for a country.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.actors.word_lists import gender_table
from newscoder.extract.doctext import char_span, children_of, doc_text
from newscoder.extract.events.clauses import _clause_head, _controller, _passive, _subject, reduced_passive_patient
from newscoder.extract.events.modality import (
    claim_subject,
    is_reporting_verb,
)
from newscoder.extract.events.trigger_table import (
    TriggerMatch,
    is_military,
    lemma_of,
)
from newscoder.extract.party_country import fill_party_country
from newscoder.extract.roles import is_title_word
from newscoder.records import ActorAnalysis, LocalActor
from newscoder.resolve.countries import country_name, iso3_for_demonym, resolve_country

# argument subtrees are searched for an actor without descending into these (other clauses, lists)
NOT_ARGUMENT = {"relcl", "acl", "advcl", "ccomp", "conj", "cc", "appos", "punct"}


# prepositions of where something is: a place in such a phrase on a noun ("a user in X", "refugees at the
# X border") says where that noun is, never whom an act is aimed at
LOCATIVE_PREPS = {"in", "at", "inside", "near", "outside", "across", "throughout", "within", "around"}

_PLACE_ENTS = ("GPE", "LOC", "FAC")


# nouns of a place or an area: a place inside one ("the province in central X") is the wider place itself
_AREA_NOUNS = {"province", "region", "town", "city", "village", "district", "area", "state", "county", "capital",
               "border", "territory", "zone", "camp", "country", "island", "port", "base"}
# bodies stationed in a country to act there ("a peace-keeping force in X", "the UN mission in X")
_STATIONED_NOUNS = {"force", "mission", "contingent", "garrison", "operation"}


def locative_place(prep: Token) -> bool:
    """A locative phrase on a noun whose object is a place: "[in Ireland]" in "a post by a user in Ireland". Not
    on a place ("a province in X") or on armed forces ("a peace-keeping force in X"), which are in X's service
    or territory."""
    noun = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if noun.ent_type_ in _PLACE_ENTS or lemma_of(noun) in _AREA_NOUNS | _STATIONED_NOUNS or is_military(noun):
        return False
    return any(g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTS for g in children_of(prep))


# how far after a list's last item its dropped tail may be found (tokens)
_LIST_TAIL_WINDOW = 10


RELATIVE = {"who", "whom", "that", "which"}


# pronouns that may stand for the actor who reports: person, non-person or either
PRONOUN_TYPES = {"he": "person", "she": "person", "it": "thing", "they": "any", "we": "any"}


# plural nouns that refer back to two actors of one kind ("the two leaders")
GROUP_NOUNS = {r["noun"]: r["actor_type"] for r in lexicons.rows("pair_nouns")}


def _argument_keys(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> list[str]:
    """Actor keys for an argument token and the tokens coordinated with it ("the US and Israel")."""
    keys: list[str] = []
    for t in [tok, *tok.conjuncts, *_listed_appositions(tok)]:
        key = _actor_of(t, actors, exclude)
        if key is not None and key not in keys:
            keys.append(key)
    if len(keys) > 1:
        keys += [k for k in _list_tail(max([tok, *tok.conjuncts], key=lambda t: t.i), keys, actors, exclude)
                 if k not in keys]
    return keys


def _listed_appositions(tok: Token) -> list[Token]:
    """ "Brazil, Peru, and Chile signed": the parser often reads a list's second item as an apposition
    whose own conjuncts hold the rest. An apposition that starts a coordination of names of the same
    entity kind is a list item, not another name for the head."""
    out: list[Token] = []
    conj = [c.i for c in children_of(tok) if c.dep_ == "conj"]
    for c in children_of(tok):
        if c.dep_ != "appos" or not c.ent_type_ or c.ent_type_ != tok.ent_type_:
            continue
        if any(x.dep_ == "cc" for x in children_of(c)) and c.conjuncts:
            out += [c, *c.conjuncts]  # "Brazil, [Peru, and Chile]"
        elif conj and c.i < min(conj):
            out.append(c)  # "The US, [Peru], and Chile": the list's middle item
    return out


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
        stack.extend(c for c in children_of(t) if c.dep_ not in NOT_ARGUMENT and not _aside(c))
    return sorted(out, key=lambda t: t.i)


def _aside(tok: Token) -> bool:
    """An adverbial noun hung on a phrase ("with conditions set, Peru"), not a part of it; "US" in
    "US-led" is one too, but it names who leads."""
    return tok.dep_ == "npadvmod" and not (tok.i + 1 < len(tok.doc) and tok.nbor(1).text in ("-", "–"))


def _actor_of(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    key, arg = _find_actor(tok, actors, exclude)
    if key is not None:
        # "Peruvian miners", "students throughout Chile"; "hundreds of teachers across Bolivia"
        for t in (arg, tok):
            fill_party_country(key, t, actors)
    return key


def _find_actor(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> tuple[str | None, Token]:
    """(actor key, the noun phrase head that names it) for an argument token."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "residents who shouted": the antecedent
    if tok.lower_ in _quantity_nouns():
        # "Hundreds of Vega supporters": the counted group, not a name modifying it
        for prep in (c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                key = actors.actor_at(obj.idx, obj.idx + len(obj))
                if key is None and obj.lower_ not in _quantity_nouns():
                    # "Hundreds of UN troops": the counted group's own phrase names its body
                    return _find_actor(obj, actors, exclude)
                return (key if key not in exclude else None), obj
    own = actors.actor_at(tok.idx, tok.idx + len(tok)) if tok.pos_ == "PROPN" else None
    if own is None and tok.pos_ == "PROPN":
        own = _named_person_before(tok, actors)
    last_conj = max((c.i for c in children_of(tok) if c.dep_ == "conj"), default=-1)
    for c in children_of(tok):
        if c.dep_ == "appos" and c.i > last_conj > tok.i:
            continue  # "Politicians and the Archbishop of X, Jan Nowak,": the name renames the last item
        # "His opponent, former trade minister Ana Costa,": the apposed name, not the possessor;
        # a named head keeps its own actor ("Pakistan, a key US ally,": Pakistan)
        if c.dep_ == "appos" and own is None and (key := actors.actor_at(c.left_edge.idx, c.idx + len(c))) \
                and key not in exclude:
            return key, c
        if c.dep_ == "appos" and own is not None and own not in exclude:
            return own, c  # "X, Algeria's leading activist,": the apposition may give X's country
    if own is None and (named := _named_as(tok, actors, exclude)) is not None:
        return named
    # first the head noun with its left modifiers ("Lima's leadership"), then the whole phrase
    # (a state named by an adjective gives way to the company or body of the name: "Iranian airline X Air")
    specific = _short_named(tok, actors, exclude)
    key = _bracketed_name(actors.actor_at(tok.left_edge.idx, tok.idx + len(tok)), tok, actors)
    if key is not None and own is not None and key != own and own not in exclude and _title_fragment(key, tok, actors):
        return own, tok  # "the county's Police and Crime Commissioner Jan Nowak": Nowak, not "Police and Crime"
    if key is not None and key not in exclude:
        return (specific if specific and _is_state(key, actors) else key), tok
    for t in _nearest_tokens(tok):
        key = _bracketed_name(actors.actor_at(t.idx, t.idx + len(t)), t, actors)
        if key is not None and key not in exclude:
            return (specific, tok) if specific and _is_state(key, actors) else (key, t)
    return specific, tok


def _named_person_before(tok: Token, actors: ActorAnalysis) -> str | None:
    """ "Ana María Costa Ruiz, Ohio's governor,": a person's name whose mention stops short of the phrase head (a
    second surname the name finder left out) still names the person; the apposition then gives a title, not the
    doer. Only a person's mention on the word right before the head counts."""
    if tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.dep_ != "compound" or prev.head.i != tok.i or prev.pos_ != "PROPN":
        return None
    key = actors.actor_at(prev.idx, prev.idx + len(prev))
    actor = actors.get(key) if key is not None else None
    return key if actor is not None and actor.actor_type == "person" else None


def _title_fragment(key: str, tok: Token, actors: ActorAnalysis) -> bool:
    """An unregistered organisation every mention of which runs straight into a title word ("Police and Crime" of
    "Police and Crime Commissioner", "Fire and Rescue" of "... Commissioner") is the cut-off start of an office's
    title, not a body of its own. A body named on its own elsewhere in the article is kept ("Acme said ... Acme
    CEO Jan Nowak urged"); one named only before titles gives way to the named person, who did act."""
    actor = actors.get(key)
    if actor is None or actor.actor_type != "organization" or actor.registry_id:
        return False
    text = doc_text(tok.doc)
    mentions = [m for m in actors.mentions if m.actor_key == key]
    return bool(mentions) and all(
        (after := text[m.char_end:m.char_end + 40].split()) and is_title_word(after[0]) for m in mentions)


def _is_state(key: str, actors: ActorAnalysis) -> bool:
    actor = actors.get(key)
    return actor is not None and actor.actor_type == "state"


def _short_named(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    """ "banned Iranian airline Nordic Air", the company called "Nordic" in the rest of the article: a proper
    name with no mention of its own whose leading words are the name of a known (non-state) actor is that
    actor, the most specific party of the phrase (rather than the state its nationality adjective names)."""
    if tok.pos_ != "PROPN":
        return None
    words = [c for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i] + [tok]
    if [t.i for t in words] != list(range(words[0].i, tok.i + 1)):
        return None  # not one flat name
    name = " ".join(t.text for t in words)
    for a in actors.actors:
        if a.actor_type == "state" or a.key in exclude or len(a.name) < 3:
            continue
        if name == a.name or name.startswith(a.name + " "):
            return a.key
    return None


_NAMING_VERBS = {"name", "call", "identify"}


def _named_as(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> tuple[str, Token] | None:
    """ "a woman named X", "a man identified as X": the name a common noun is given is the actor."""
    for c in children_of(tok):
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in _NAMING_VERBS:
            continue
        names = [g for g in children_of(c) if g.dep_ in ("oprd", "attr", "dobj")]
        names += [g for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "as"
                  for g in children_of(p) if g.dep_ == "pobj"]
        for n in names:
            key = actors.actor_at(n.left_edge.idx, n.idx + len(n)) or actors.actor_at(n.idx, n.idx + len(n))
            if key is not None and key not in exclude:
                return key, n
    return None


# how many prepositions deep an argument's actor may sit: "the conduct of X" names X, "a summary of a call
# to X" names the summary's subject, not X
_MAX_PREP_HOPS = 1


def _nearest_tokens(tok: Token) -> list[Token]:
    """The argument's own phrase (`_core_tokens`), nearest to its head first: "an inquiry into the conduct of
    US President Trump" is about Trump, not the country that qualifies his title. Tokens more than
    `_MAX_PREP_HOPS` prepositions below the head are left out."""
    out, level = [], [(tok, 0)]
    while level:
        level.sort(key=lambda x: x[0].i)
        out.extend(t for t, _ in level)
        nxt = []
        for t, hops in level:
            for c in children_of(t):
                if c.dep_ in NOT_ARGUMENT or _aside(c) or locative_place(c):
                    continue
                h = hops + (c.dep_ == "prep")
                if h <= _MAX_PREP_HOPS:
                    nxt.append((c, h))
        level = nxt
    return out


def _bracketed_name(key: str | None, tok: Token, actors: ActorAnalysis) -> str | None:
    """"the National Unity Movement (NUM)": an unknown acronym in brackets right after a name is that name."""
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
    return frozenset(r["noun"].strip().lower() for r in lexicons.rows("quantity_nouns"))


def _armed_subject(m: TriggerMatch) -> bool:
    """The verb's agent names armed forces ("Chilean jets and artillery", "rebel forces")."""
    if m.is_nominal:
        return False
    agent, patient = _passive(m.head)
    patient = patient or reduced_passive_patient(m.head)
    subj = agent if patient is not None else _controller(m.head)
    return subj is not None and any(is_military(t) for t in [subj, *subj.conjuncts])


def _clause_actor(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    """Any actor of the phrase or clause, except a place that only says where one of its nouns is."""
    placed = {x.i for t in tok.subtree if locative_place(t) for x in t.subtree}
    for t in tok.subtree:
        if t.i in placed:
            continue
        key = actors.actor_at(t.idx, t.idx + len(t))
        if key is not None and key not in exclude:
            return key
    return None


def _own_possession(tok: Token, key: str, sources: list[str], actors: ActorAnalysis) -> bool:
    """The argument is the source's own ("its troops", "their borders"): the phrase's own actor, possessed
    by a word that stands for the source."""
    owned = any(c.dep_ == "poss" and any(x.actor_key in sources and x.char_start == c.idx
                                         and x.char_end == c.idx + len(c) for x in actors.mentions)
                for c in children_of(tok))
    return owned and actors.actor_at(tok.idx, tok.idx + len(tok)) == key


def _state_side(sources: list[str], actors: ActorAnalysis) -> list[str]:
    """Sources that speak for a state (the state, its bodies and officials): "Cuba rejected claims that the
    island is a threat" is about Cuba itself. A rebel group or party demanding that its own government act
    ("the rebels demanded that the Peruvian government ...") does act on its country."""
    out = []
    for k in sources:
        a = actors.get(k)
        if a is not None and (a.actor_type in ("state", "person") or a.parent_key is not None):
            out.append(k)
    return out


def _demonym_target(tok: Token, actors: ActorAnalysis, exclude: set[str]) -> str | None:
    """The state of a country named by an adjective or possessor in the argument's own phrase."""
    for t in _core_tokens(tok):
        # the tagger may miss a nationality adjective ("Ugandan" tagged as a person's name)
        national = t.ent_type_ in ("NORP", "GPE") or iso3_for_demonym(t.text) is not None
        # the nationality may qualify a classifier of the head: "Iranian airline Mahan Air"
        on_head = t.head.i == tok.i or t.head.dep_ == "compound" and t.head.head.i == tok.i and t.head.pos_ == "NOUN" \
            or t.dep_ == "amod" and _counted_or_party(t.head, tok)
        if t.dep_ in ("amod", "compound", "poss") and on_head and national \
                and not (t.i > 0 and t.nbor(-1).text == "-"):  # "an anti-Syria journalist" is no Syrian
            iso3 = resolve_country(t.text)
            if iso3 is not None and (key := state_key(actors, iso3)) not in exclude:
                return key
        # "rejected an offer from India", "sanctions against Iran": a country named as the party a
        # phrase comes from or is aimed at (not where it happens: "protesters in Peru")
        if t.dep_ == "pobj" and t.head.lower_ in _PARTY_PREPS and t.head.head.i == tok.i and t.ent_type_ == "GPE" \
                and (iso3 := resolve_country(t.text)) is not None and (key := state_key(actors, iso3)) not in exclude:
            return key
    return None


_PARTY_PREPS = {"from", "by", "with", "against", "to", "toward", "towards"}


def _counted_or_party(noun: Token, tok: Token) -> bool:
    """ "scores of Liberian refugees", "crimes by Croatian extremists": a noun whose nationality stands for the
    argument `tok`, as the counted group of a quantity noun or the party of a phrase."""
    if noun.dep_ != "pobj" or noun.head.head.i != tok.i:
        return False
    prep = noun.head.lower_
    return prep in _PARTY_PREPS or prep == "of" and tok.lower_ in _quantity_nouns()


def state_key(actors: ActorAnalysis, iso3: str) -> str:
    """Key of the article's state actor for `iso3`, added (without a mention) when the article has none.

    A place names its country without naming the state ("a curfew in Cusco"); the event still needs
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
    counted = any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in children_of(tok))
    both = any(c.lower_ == "both" for c in children_of(tok))
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


# the indirect speech pronouns that stand for the reporter ("X said he would ..."), with their gender
_REPORTER_PRONOUNS = {"he": "male", "she": "female"}
_QUOTE_MARKS = {'"', "\u201c", "\u201d", "'"}


def indirect_reporter(tok: Token, actors: ActorAnalysis) -> str | None:
    """ "Interior Minister X wrote he had ordered checks", "One senator, X, said he intended to sue": the "he"
    or "she" subject of reported indirect speech is the reporter, a named person, even when the coreference
    linked it to another person named before (the usual reading of "X said he ..." in news). Not inside a
    quotation ("'He lied,' X said" is someone else) and not when the reporter's first name or title shows the
    other gender."""
    gender = _REPORTER_PRONOUNS.get(tok.lower_)
    if gender is None or tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i > tok.i or not is_reporting_verb(verb):
        return None
    if any(t.text in _QUOTE_MARKS for t in tok.doc[verb.i + 1 : tok.i]):
        return None
    subj = _subject(verb)
    key = _actor_of(subj, actors, set()) if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None
    actor = actors.get(key)
    if actor is None or actor.actor_type != "person":
        return None
    shown = _shown_gender(subj, actor.name) or _pronoun_gender(key, actors)
    if shown is not None:
        return key if shown == gender else None
    # gender unknown: the coreference's choice stands when that person is acted on in the same sentence
    # ("Video shows him ..., but Shelby said he refused": "he" is the one shown)
    chosen = actors.actor_at(tok.idx, tok.idx + len(tok))
    doc = tok.doc
    for x in actors.mentions:
        if x.actor_key != chosen or chosen == key or not tok.sent.start_char <= x.char_start < tok.idx:
            continue
        span = char_span(doc, x.char_start, x.char_end, alignment_mode="expand")
        if span is not None and span.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
    return key


def accused_party(tok: Token, actors: ActorAnalysis) -> str | None:
    """ "The accusation against X is that he pressured Y": the pronoun subject of a claim's content clause is
    the party the claim is against (or whose claim it is not: "X's accusation" is X's own)."""
    if tok.pos_ != "PRON" or tok.lower_ not in PRONOUN_TYPES or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("ccomp", "attr") or (noun := claim_subject(clause.head)) is None:
        return None
    for obj in (g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "against"
                for g in children_of(c) if g.dep_ == "pobj"):
        key = _actor_of(obj, actors, set())
        actor = actors.get(key)
        want = PRONOUN_TYPES[tok.lower_]
        if actor is not None and (want == "any" or (actor.actor_type == "person") == (want == "person")):
            return key
    return None


_GENDER_PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
                    "hers": "female"}


def _pronoun_gender(key: str, actors: ActorAnalysis) -> str | None:
    """The gender of the pronouns the coreference gave a person elsewhere in the article, when they agree."""
    found = {g for x in actors.mentions if x.actor_key == key and x.mention_kind == "pronoun"
             and (g := _GENDER_PRONOUNS.get(x.text.lower()))}
    return found.pop() if len(found) == 1 else None


def _shown_gender(subj: Token, name: str) -> str | None:
    """The gender a title word ("Mrs") or a common first name in the reporter's phrase shows, if any."""
    words = gender_table("gendered_words.csv", "word")
    for t in subj.subtree:
        if (g := words.get(t.lower_)) is not None:
            return g
    return gender_table("first_names.csv", "name").get(name.split()[0]) if len(name.split()) > 1 else None


def _same_country(keys: list[str], actors: ActorAnalysis) -> set[str]:
    """Keys of actors of the same country as `keys` (an actor rarely rejects a claim about itself)."""
    countries = {a.country_iso3 for k in keys if (a := actors.get(k)) and a.country_iso3}
    return {a.key for a in actors.actors if a.country_iso3 in countries}
