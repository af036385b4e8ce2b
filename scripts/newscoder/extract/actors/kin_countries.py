"""A person named as a relative of someone whose nationality the text gives ("his father, Ana Roe" after
"Leo Roe, a Kelbian boy"; "Ana Roe, the mother of a Kelbian child") shares that nationality: a child's
family is of the child's country unless the text says otherwise (a country of their own is read first and
kept)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscoder.extract.actors.kin_names import KIN_NOUNS
from newscoder.extract.doctext import char_span
from newscoder.resolve.countries import iso3_for_demonym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor


def _kin_noun(root: Token) -> Token | None:
    """The family noun set in apposition with a name: "his father, Ana Roe" / "Ana Roe, his father"."""
    if root.dep_ == "appos" and root.head.lower_ in KIN_NOUNS:
        return root.head
    return next((c for c in root.children if c.dep_ == "appos" and c.lower_ in KIN_NOUNS), None)


def _relative_tokens(kin: Token) -> list[Token]:
    """Whose relative: the possessor ("his", "the boy's") or the "of" object ("the father of Leo Roe")."""
    found = [c for c in kin.children if c.dep_ == "poss"]
    for prep in kin.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def countries_of_kin(b: ActorBuilder, doc: Doc) -> None:
    covers = [(m.char_start, m.char_end, m.actor_key) for m in b.mentions]
    for m in list(b.mentions):
        actor = b.by_key(m.actor_key)
        if actor.actor_type != "person" or actor.country_iso3 or m.mention_kind != "name":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        kin = _kin_noun(span.root) if span is not None else None
        if kin is None:
            continue
        homes: set[tuple[str, str]] = set()
        for tok in _relative_tokens(kin):
            for c in tok.children:  # "the father of a Bolivian boy": the nationality written on the relative
                if c.dep_ in ("amod", "compound") and (iso3 := iso3_for_demonym(c.text)) and c.text[:1].isupper():
                    homes.add((iso3, "nationality"))
            for start, end, key in covers:
                if start <= tok.idx < end and key != actor.key:
                    other: LocalActor = b.by_key(key)
                    # only a nationality the text writes for the relative ("a Bolivian child"): a country known
                    # from the registry or an office is the relative's own standing, not a family's
                    if other.actor_type == "person" and other.country_iso3 and other.country_basis == "nationality":
                        homes.add((other.country_iso3, other.country_basis))
        if len({iso3 for iso3, _ in homes}) == 1:
            actor.country_iso3, actor.country_basis = next(iter(homes))[0], "nationality"
