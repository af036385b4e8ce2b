"""People the text names only by a given name, as someone's relative ("his wife Henriette").

Such a name is no usable canonical name ("Henriette" alone pools every Henriette of the corpus), and the
family name cannot be completed safely: a wife or a child need not carry the relative's surname (married
names, children of an earlier marriage, adopted children). So the row is not published as an actor; a
quote keeps the speaker's words and loses only the link (as for people known only by a title phrase).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newscoder.extract.actors.builder import ActorBuilder
from newscoder.extract.doctext import char_span
from newscoder.records import Mention

# nouns of family relation: a given name in apposition to one (or listed after it) names a relative
KIN_NOUNS = frozenset({
    "wife", "husband", "widow", "widower", "spouse", "partner", "fiancé", "fiancée", "fiance", "fiancee",
    "son", "daughter", "child", "children", "stepson", "stepdaughter", "grandson", "granddaughter",
    "grandchild", "grandchildren", "mother", "father", "parent", "stepmother", "stepfather", "sister",
    "brother", "sibling", "half-brother", "half-sister", "niece", "nephew", "cousin", "aunt", "uncle",
    "grandmother", "grandfather", "sons", "daughters", "sisters", "brothers", "siblings", "parents",
    "grandsons", "granddaughters", "nieces", "nephews", "cousins", "stepchildren",
})


def kin_context(tok: Token) -> bool:
    """Is `tok` a name set beside a noun of family relation: "his wife Henriette", "two sons, Aldo and
    Brecht", "his children Aldo and Ines", "sons with Vandermolen, Aldo and Brecht"?"""
    for _ in range(6):  # up a list or apposition chain ("daughters, Ines, Marthe and Lore")
        head = tok.head
        if head is tok:
            return False
        if head.lower_ in KIN_NOUNS and tok.dep_ in ("appos", "conj", "compound", "npadvmod"):
            return True
        if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in KIN_NOUNS:
            return True  # "two sons with Vandermolen, Aldo and Brecht": the parser hangs the list on the parent
        if tok.dep_ not in ("appos", "conj"):
            return False
        tok = head
    return False


def drop_kin_given_names(b: ActorBuilder, doc: Doc) -> int:
    """Drop people named by one word only, never more fully in the article, of whom the text says only
    whose relative they are; returns how many went."""
    by_actor: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_actor.setdefault(m.actor_key, []).append(m)
    gone = set()
    for a in b.actors.values():
        if a.actor_type != "person" or a.registry_id or a.role or " " in a.name.strip():
            continue
        names = [m for m in by_actor.get(a.key, ()) if m.mention_kind == "name"]
        if not names or any(" " in m.text.strip() for m in names):
            continue
        for m in names:
            span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
            if span is not None and len(span) == 1 and kin_context(span[0]):
                gone.add(a.key)
                break
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
    return len(gone)
