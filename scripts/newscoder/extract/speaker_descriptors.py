"""A speaker described by a person noun with a name as its modifier: 'the Bergen professor', 'the Oslo
scientist', 'the Labour leader'.

The name in such a description is where the person works or what they lead, not who speaks: the actor
whose mention covers only that modifier is never the speaker. The description stands for a person the
article named: the one it introduced with that title (`speaker_links._title_holder`), else the one person
named in the sentence right before in the same paragraph when that sentence reports speech ('... said
co-author Ann Lee. The Bergen professor added, ...'); otherwise the speaker stays unlinked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.attribution import cue_entry
from newscoder.extract.doctext import char_span, children_of, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newscoder.extract.speaker_phrase import Speaker
    from newscoder.records import ActorAnalysis

# titles whose body is the right link ('a ministry spokesman' speaks for the ministry)
SPEAKS_FOR_BODY = {"spokesperson", "official"}
PERSON_SUFFIXES = ("er", "or", "ist", "ian")
NOT_PEOPLE = ("maker", "carrier", "paper", "liner", "cruiser", "destroyer", "freighter", "tanker", "chamber",
              "manufacturer", "producer", "publisher", "exporter", "jetfighter", "oiler")


def _person_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    kind = roles.titles().get(lemma) or roles.titles().get(tok.lower_)
    if kind in SPEAKS_FOR_BODY or kind == "honorific":
        return False
    if kind is not None:
        return True
    # an agent noun of a person (data/agent_nouns.csv also lists bodies, firms and ships: 'government',
    # 'website', 'automaker', 'tanker'): a person's agent suffix and no firm or vessel
    return (lemma in lexicons.words("agent_nouns", "word") and lemma.endswith(PERSON_SUFFIXES)
            and not lemma.endswith(NOT_PEOPLE))


def _described_head(doc: Doc, sp: Speaker) -> Token | None:
    """The person noun heading a described speaker ('professor' of 'the Bergen professor'), else None."""
    span = char_span(doc, sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    head = span.root
    if head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS") or not _person_noun(head):
        return None
    if any(t.pos_ == "PROPN" for t in span if t.i > head.i):
        return None  # 'the Harvard economist Jane Roe': the name after the title is the speaker
    return head


def place_described(doc: Doc | None, sp: Speaker) -> bool:
    """A speaker described by a person noun with a proper-name modifier that is no actor ('the Bergen
    professor' where the town Bergen is only a place): the description stands for a person named before."""
    head = _described_head(doc, sp) if doc is not None else None
    return head is not None and any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and c.i < head.i
                                    for c in children_of(head))


def modifier_only(doc: Doc | None, actors: ActorAnalysis, sp: Speaker, key: str) -> bool:
    """Is the actor `key` named only by a modifier of the speaker's head person noun ('the Bergen
    professor' and the actor Bergen)?"""
    if doc is None:
        return False  # no parse to read the phrase from
    # the whole phrase: its core may be the name alone ('Wooster' of 'The Wooster professor')
    start, end = sp.start, sp.end
    head = _described_head(doc, sp)
    if head is None:
        return False
    mentions = [m for m in actors.mentions if m.actor_key == key and m.char_start < end and m.char_end > start]
    return bool(mentions) and not any(m.char_start <= head.idx < m.char_end for m in mentions)


def previous_speaker_person(doc: Doc, actors: ActorAnalysis, sp: Speaker) -> str | None:
    """The one person named in the sentence before the speaker's (same paragraph) when that sentence is a
    speech report (its root is a cue): 'The professor added' continues that person's words."""
    span = char_span(doc, sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.sent.start == 0:
        return None
    sent = span.sent
    prev = doc[sent.start - 1].sent
    if "\n" in doc_text(doc)[prev.end_char : sent.start_char] or cue_entry(prev.root) is None:
        return None
    keys = {m.actor_key for m in actors.mentions
            if prev.start_char <= m.char_start and m.char_end <= prev.end_char and m.mention_kind == "name"
            and (a := actors.get(m.actor_key)) is not None and a.actor_type == "person"}
    return keys.pop() if len(keys) == 1 else None
