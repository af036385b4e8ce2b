"""Eventness: does a coded predicate report a real, specific occurrence?

A trigger word is not an event by itself. These tests drop the readings that real news is full of:
- the publication's own news-gathering ("Wikinews spoke with her", "told the Post"): no political act;
- generic or standing states in the simple present outside quotations ("the group supports X", "the
  foundation provides support", "the monarch is allowed to suspend parliament"): descriptions, not acts
  (a progressive or a perfect, "is attacking", "has rejected", is an occurrence; so is a first-person
  performative inside a quotation, "we condemn");
- background told in a relative clause's perfect ("the militia that has taken over the province", "X, who
  had been jailed twice"): the referent's history, not the news;
- statistics ("the population declined 40%", "reached 3 percent support in the polls"): a figure, not an act;
- aims and purposes ("fled the country to oppose the regime", "so he could fund a wall"): an act someone
  meant to do is not one that happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from newscoder.extract.events.lexicon import TriggerMatch
from newscoder.records import ActorAnalysis, Article, Quote

_PRESENT = {"VBZ", "VBP"}
_FIRST_PERSON = {"i", "we"}
# subordinators of a purpose or result clause ("so he could", "in order that")
_PURPOSE_MARKS = {"so", "lest"}


def _in_quote(tok: Token, quotes: list[Quote]) -> bool:
    return any(q.char_start <= tok.idx < q.char_end for q in quotes)


def _simple_present(verb: Token) -> bool:
    """A simple present ("supports", "is allowed"): no auxiliary of tense, aspect or modality besides a
    present "be" of the passive."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in _PRESENT:
        return not auxes
    if verb.tag_ == "VBN":
        return bool(auxes) and all(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in auxes)
    return False


def is_generic(m: TriggerMatch, quotes: list[Quote]) -> bool:
    """A standing state or habit told in the simple present, outside a first-person quotation."""
    if m.is_nominal or not _simple_present(m.head):
        return False
    if _in_quote(m.head, quotes):
        subj = next((c for c in m.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return not (subj is not None and subj.lower_ in _FIRST_PERSON)
    return True


def is_purpose(m: TriggerMatch) -> bool:
    """The trigger heads a clause of purpose: "to oppose ...", "so he could fund ...", not a complement
    of the clause's own verb ("agreed to withdraw" is an xcomp, kept)."""
    if m.is_nominal:
        return False
    head = m.head
    if head.dep_ != "advcl":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) or any(
        c.dep_ == "mark" and c.lower_ in _PURPOSE_MARKS for c in head.children)


def is_news_gathering(src: str | None, tgt: str | None, article: Article, actors: ActorAnalysis) -> bool:
    """The publication itself is a party: an interview or enquiry made for the story."""
    if not article.publisher:
        return False
    own = _bare(article.publisher)
    return any((a := actors.get(k)) is not None and _bare(a.name) == own for k in (src, tgt))


def _bare(name: str) -> str:
    """ "The Daily Ledger" and "Daily Ledger" are one name."""
    words = name.strip().lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def is_background(m: TriggerMatch) -> bool:
    """A perfect inside a relative clause: what the noun's referent has done before."""
    if m.is_nominal or m.head.dep_ != "relcl":
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in m.head.children)


_HARM = {"ASSAULT", "FIGHT", "AID"}  # AID: "he was evacuated to a hospital" names no one who helps


def is_agentless_harm(m: TriggerMatch, src: str | None, armed: bool) -> bool:
    """Deaths, injuries (and rescues) with nobody named as doing them ("nine people died or were hurt as a ferry sank",
    "the fire injured 50"): an accident or an unattributed toll, not an interaction. Unnamed armed forces
    (`armed`: "tanks shelled the town") still act."""
    return m.entry.plover_type in _HARM and src is None and not armed


def is_personal_clash(m: TriggerMatch, src: str | None, tgt: str | None, actors: ActorAnalysis) -> bool:
    """Military force (FIGHT) between two people with no armed forces named ("the senator clashed with his
    rival"): a dispute or a crime, not conventional combat."""
    if m.entry.plover_type != "FIGHT":
        return False
    kinds = [(a.actor_type if (a := actors.get(k)) is not None else None) for k in (src, tgt)]
    return kinds == ["person", "person"]


_ARGUMENT_DEPS = {"dobj", "npadvmod", "attr", "prep", "advmod", "dative"}


def is_statistic(m: TriggerMatch) -> bool:
    """The verb's arguments state a percentage: a figure that changed or was reached, not an interaction."""
    if m.is_nominal:
        return False
    return any(t.ent_type_ == "PERCENT" for c in m.head.children if c.dep_ in _ARGUMENT_DEPS for t in c.subtree)
