"""A person's name used as the modifier of a collective noun is not a mention of that person.

"the Ferreira family", "the Ray administration", "the Lopez campaign": the words name a family, a
government or an organisation that bears the person's name, not the person acting. Such a mention is
taken off the person ("administration", "campaign": only when another actor, such as the state, already
has the phrase); a person left with no name or title mention at all (named only that way) is no actor of
the article, and pronouns that were linked to them go with them. "Ferreira's family" (a
possessive) stays: there the person is named as someone's relative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newscoder.extract.doctext import doc_tokens

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

# kin nouns a surname modifies without naming the person as actor
KIN_NOUNS = frozenset({"family", "families", "dynasty", "clan", "household"})
# bodies a person leads: "the Ray administration" is that person's government or organisation, but with
# no other actor for the phrase the person stays its one actor (the side of an event it acts in)
LED_NOUNS = frozenset({"administration", "campaign"})


def drop_modifier_mentions(b: ActorBuilder, doc: Doc) -> None:
    """Remove person name mentions directly followed by a collective noun ("the Ray family")."""
    toks = doc_tokens(doc)
    gone = []
    for m in b.mentions:
        if m.mention_kind != "name" or b.by_key(m.actor_key).actor_type != "person":
            continue
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is None or span.end >= len(toks):
            continue
        nxt = toks[span.end]
        if not toks[span.end - 1].whitespace_:
            continue
        if nxt.lower_ in KIN_NOUNS or nxt.lower_ in LED_NOUNS and _covered(b, m, nxt.idx + len(nxt.text)):
            gone.append(m)
    if not gone:
        return
    gone_ids = {id(m) for m in gone}
    b.mentions = [m for m in b.mentions if id(m) not in gone_ids]
    named = {m.actor_key for m in b.mentions if m.mention_kind in ("name", "title", "metonym")}
    lost = {m.actor_key for m in gone} - named
    lost -= {a.parent_key for a in b.actors.values() if a.parent_key}
    if lost:
        b.mentions = [m for m in b.mentions if m.actor_key not in lost]
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in lost}


def _covered(b: ActorBuilder, m, end: int) -> bool:
    """Does another actor's mention span the name and the noun after it ("the Ray administration" as a
    descriptor of the state)?"""
    return any(o.actor_key != m.actor_key and o.char_start <= m.char_start and o.char_end >= end
               for o in b.mentions)
