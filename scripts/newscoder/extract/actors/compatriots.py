"""People named as another's compatriot: "Kosgei's countryman X", "Countryman X won the men's race".

The word says the two share a nationality, so the person takes the country of the one it refers to: the
owner before "'s" when there is one, else the person the text named last before (news writes
"A won the women's race. Countryman B won the men's" of B after A). Only a person whose country the
text gives (not one guessed from the story) passes it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscoder.extract.doctext import doc_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor

COMPATRIOT_WORDS = frozenset({"countryman", "countrymen", "countrywoman", "countrywomen", "compatriot",
                              "compatriots"})
# the bases of a country the text itself gives a person
_GIVEN = frozenset({"registry", "title", "nationality", "base", "name"})
# how many words before the name the compatriot word may stand ("Kosgei's fellow countryman X")
_SPAN = 3


def compatriot_country(b: ActorBuilder, doc: Doc, start: int, actor: LocalActor) -> str | None:
    """The country of the person `actor` (named from token `start`) is called a compatriot of."""
    toks = doc_tokens(doc)
    k = next((i for i in range(start - 1, max(start - _SPAN, 0) - 1, -1) if toks[i].lower_ in COMPATRIOT_WORDS),
             None)
    if k is None or any(toks[i].is_punct for i in range(k + 1, start)):
        return None
    if k >= 2 and toks[k - 1].tag_ == "POS" or k >= 3 and toks[k - 2].tag_ == "POS":
        owner_tok = toks[k - 2] if toks[k - 1].tag_ == "POS" else toks[k - 3]
        owner = next((b.by_key(m.actor_key) for m in b.mentions
                      if m.char_start <= owner_tok.idx < m.char_end), None)
        return _given(owner, actor)
    before = toks[start].idx
    last = max((m for m in b.mentions if m.char_end <= before and m.actor_key != actor.key
                and b.by_key(m.actor_key).actor_type == "person"), key=lambda m: m.char_end, default=None)
    return _given(b.by_key(last.actor_key) if last is not None else None, actor)


def _given(other: LocalActor | None, actor: LocalActor) -> str | None:
    if other is None or other.key == actor.key or other.actor_type != "person" or other.country_basis not in _GIVEN:
        return None
    return other.country_iso3
