"""A text as speaker: "the report said", "according to the study", "the ruling says". The words are the
author's, so the quote is linked to the author when the article names it: in the speaker's own phrase ("a
report by X", "X's statement", "a statement released by X", "a study from X"), or, for a definite "the
report", where the same kind of text was introduced earlier in the paragraph, at most two sentences back
("X published a study", "X, in a statement, said", "a report from X ... The report said"), else anywhere
before it when the article names one author of that kind of text only. Otherwise the quote stays unlinked:
a text is no actor of its own.

The text nouns are the reporting nouns of data/reporting_verbs.csv (pos "noun")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.doctext import char_span, doc_tokens
from newscoder.records import ActorAnalysis
from newscoder.resolve.countries import resolve_country

# actor types that can write a text; a pronoun's own mention counts as its antecedent's
_AUTHOR_TYPES = ("person", "organization", "state", "group")
_DEFINITE = ("the", "this", "that")


def _text_nouns() -> frozenset[str]:
    return lexicons.words("reporting_verbs", "lemma", pos="noun")


def text_author(doc: Doc, actors: ActorAnalysis, start: int, end: int) -> str | None:
    """Key of the author of the text named by the speaker phrase [start, end), or None (not a text, or no
    author named nearby)."""
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = _whole_text(span.root)
    if head.pos_ != "NOUN":
        return None
    if head.lemma_.lower() in _DECISIONS:
        decider = _author_in_phrase(actors, head) or _decider(doc, actors, head)
        if decider is not None or head.lemma_.lower() not in _text_nouns():
            return decider
    if head.lemma_.lower() not in _text_nouns():
        # any document its phrase says who authored: "the decree signed by X", "the order issued by X"
        return _authored_by(actors, head)
    key = _author_in_phrase(actors, head)
    if key is not None:
        return key
    if not any(t.lower_ in _DEFINITE for t in head.children if t.dep_ == "det"):
        return None  # "a report said": some report, not one named before
    earlier = _earlier_mention(doc, head)
    if earlier is None:
        return _only_author(doc, actors, head)
    key = _author_in_phrase(actors, earlier) or _author_by_verb(actors, earlier)
    if key is not None and _other_source_between(doc, actors, earlier, head, key):
        return None  # "X's website ... Y's database had ...; the website noted": which one is not sure
    return key or _only_author(doc, actors, head)


def _only_author(doc: Doc, actors: ActorAnalysis, head: Token) -> str | None:
    """"X released a statement ... [paragraphs later] ... the statement read": the one actor the article
    names, before it, as the author of a text of the same kind; none when it names two (or none)."""
    lemma = head.lemma_.lower()
    keys = set()
    for tok in doc_tokens(doc)[: head.i]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
            key = _author_in_phrase(actors, tok) or _author_by_verb(actors, tok)
            if key is not None:
                keys.add(key)
    return keys.pop() if len(keys) == 1 else None


# a decision is its decider's text: "the judgment read" after "the court ruled"; noun -> the verbs of deciding
_DECISIONS = {"decision": {"decide", "rule"}, "judgment": {"rule", "judge", "decide"},
              "judgement": {"rule", "judge", "decide"}, "ruling": {"rule"}}
# a piece of a text: "the summary of the ruling read" is the ruling's
_TEXT_PARTS = frozenset({"summary", "part", "portion", "excerpt", "section", "passage", "extract", "text"})


def is_text_noun(tok: Token) -> bool:
    """A text or a decision ('the statement', 'the ruling', 'the judgment')."""
    lemma = tok.lemma_.lower()
    return lemma in _text_nouns() or lemma in _DECISIONS


def _whole_text(head: Token) -> Token:
    """"the summary of the judgment": the text the piece belongs to."""
    if head.lemma_.lower() not in _TEXT_PARTS:
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj
    return head


def _decider(doc: Doc, actors: ActorAnalysis, head: Token) -> str | None:
    """"The court ruled ... . The judgment read: ...": a definite decision noun is the text of the one
    actor of the article that, before it, decided or ruled (the subject of such a verb; a decision is
    told once, often paragraphs before it is quoted); none when two actors did."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for t in (head, head.head.head) for c in t.children):
        return None  # "a decision": some decision, not the one the article reported (or "the summary of a ...")
    verbs = _DECISIONS[head.lemma_.lower()]
    keys = set()
    for tok in doc[: head.i]:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            key = _actor_of(actors, subj) if subj is not None else None
            if key is not None:
                keys.add(key)
    return keys.pop() if len(keys) == 1 else None


def _other_source_between(doc: Doc, actors: ActorAnalysis, earlier: Token, head: Token, key: str) -> bool:
    """Whether the subject of a main clause between the two mentions (or its possessor) is another actor
    that could write (the subjects of reported clauses are content, not sources)."""
    for tok in doc[earlier.i + 1 : head.i]:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            continue
        for t in (tok, *(c for c in tok.children if c.dep_ == "poss")):
            other = _actor_of(actors, t)
            if other is not None and other != key:
                return True
    return False


def _actor_of(actors: ActorAnalysis, tok: Token) -> str | None:
    """The author actor a token names: its noun phrase's mention, of a type that can write; for an office
    or staff that has none ("released by the president's office", "by the mayor's spokesman"), the possessor it
    works for."""
    key = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    actor = actors.get(key)
    if actor is not None and actor.actor_type in _AUTHOR_TYPES:
        return key
    if actor is None and tok.lower_ in roles.title_words() and any(c.lower_ == "the" for c in tok.children):
        # "signed by the archbishop": the one person of the article whose name or role carries the title
        people = {a.key for a in actors.actors if a.actor_type == "person" and tok.lower_ in (
            a.name.lower().split() + (a.role or "").lower().split())}
        return people.pop() if len(people) == 1 else None
    if actor is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _OFFICE_NOUNS:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            key = actors.actor_at(owner.idx, owner.idx + len(owner.text))
            actor = actors.get(key)
            return key if actor is not None and actor.actor_type in _AUTHOR_TYPES else None
    return None


# what acts in the name of its possessor: "X's office", "X's spokesman", "X's lawyers"
_OFFICE_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "campaign"})
# verbs that make their agent a text's author: "the decree signed by X", "a letter sent by X"
_AUTHORING = frozenset({"sign", "issue", "release", "write", "publish", "draft", "author", "send", "post",
                        "adopt", "pass", "file", "submit"})


def _author_in_phrase(actors: ActorAnalysis, head: Token) -> str | None:
    """"X's report", "a report by/from/of X", "a statement released/issued by X"."""
    for child in head.children:
        if child.dep_ == "poss":
            return _actor_of(actors, child)
        if child.dep_ == "amod" and child.ent_type_ == "NORP":
            # "the Greek statement": a nationality stands for its state when the article has it as an actor
            iso = resolve_country(child.text)
            states = {a.key for a in actors.actors if a.actor_type == "state" and iso is not None
                      and (a.country_iso3 == iso or resolve_country(a.name) == iso)}
            if len(states) == 1:
                return states.pop()
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return _actor_of(actors, obj)
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "released by", "issued by"
            found = _participle_agent(actors, child)
            if found is not None:
                return found
    return None


def _authored_by(actors: ActorAnalysis, head: Token) -> str | None:
    """The agent of an authoring participle on the noun ("signed by X", "issued by X")."""
    for child in head.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _AUTHORING:
            found = _participle_agent(actors, child)
            if found is not None:
                return found
    return None


def _participle_agent(actors: ActorAnalysis, participle: Token) -> str | None:
    """The actor of the first "by X" agent phrase of a participle that has one."""
    for agent in participle.children:
        if agent.dep_ == "agent" or agent.dep_ == "prep" and agent.lower_ == "by":
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return _actor_of(actors, obj)
    return None


def _author_by_verb(actors: ActorAnalysis, noun: Token) -> str | None:
    """"X published a study", "X released a statement", "X, in a statement, said": the subject of the
    verb the text is the object of, or of the verb an "in <text>" phrase hangs on."""
    verb = None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _actor_of(actors, subj) if subj is not None else None


def _earlier_mention(doc: Doc, head: Token) -> Token | None:
    """The last earlier noun of the same lemma in this sentence or the `_BACK` before it, within the
    paragraph ("a report from X ... The report said")."""
    first = head.sent.start
    for _ in range(_BACK):
        if first == 0 or "\n" in doc[first - 1].whitespace_ or doc[first - 1].is_space:
            break  # a paragraph starts here
        first = doc[first - 1].sent.start
    lemma = head.lemma_.lower()
    for tok in reversed(doc[first : head.i]):
        if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
            return tok
    return None


_BACK = 2  # sentences
