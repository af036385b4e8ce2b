"""People the text names only by a given name, as someone's relative ("his wife Henriette").

Such a name is no usable canonical name ("Henriette" alone pools every Henriette of the corpus), and the
family name cannot be completed safely: a wife or a child need not carry the relative's surname (married
names, children of an earlier marriage, adopted children). So the row is not published as an actor; a
quote keeps the speaker's words and loses only the link (as for people known only by a title phrase).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder.extract.doctext import char_span

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder
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


def kin_possessor(tok: Token) -> Token | None:
    """The possessor of the family noun a name stands beside ("Her" of "Her mother, Ana Ray", "Luis" of
    "Luis Ray's son Aldo Ray"), or None when the name is no relative's or the noun has no possessor."""
    if not kin_context(tok):
        return None
    while tok.head.i != tok.i and tok.head.lower_ not in KIN_NOUNS:  # (indices: a Token is new per access)
        tok = tok.head
    return next((c for c in tok.head.children if c.dep_ == "poss"), None)


def relatives_named_apart(doc: Doc, people: list[tuple[int, int, str]]) -> dict[str, set[str]]:
    """Full names that name two people: a name set beside a possessed family noun ("Her mother, Ana Berg
    Ray", "Luis Ray's son, Luis Aldo Ray") introduces a relative of someone the text has already named, so
    it is never a form of a name written before it, even when the two share first and last word (a middle
    name, a maiden name). `people` holds (start token, end token, name) of the person names in text order;
    the answer maps each such name to the names it must stay apart from, both ways."""
    apart: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for start, end, name in people:
        first_at.setdefault(name, start)
        if len(name.split()) < 2 or first_at[name] < start:
            continue  # only where the relative is introduced; a later mention adds nothing
        root = doc[start:end].root
        if kin_possessor(root) is None:
            continue
        for other, at in first_at.items():
            if other != name and at < start and len(other.split()) >= 2:
                apart.setdefault(name, set()).add(other)
                apart.setdefault(other, set()).add(name)
    return apart


# descendant nouns: "the son of X" says who X are to someone, as "born to X" does
_DESCENDANT_NOUNS = frozenset({"son", "daughter", "child", "children", "stepson", "stepdaughter", "grandson",
                               "granddaughter", "grandchild", "grandchildren", "sons", "daughters", "grandsons",
                               "granddaughters", "stepchildren", "descendant", "descendants"})
_BIRTH_WORDS = frozenset({"born", "bear"})


def parents_described(tok: Token) -> bool:
    """Is the plural noun `tok` the complement of a descendant noun or of "born to" ("the daughter of Kelbian
    farmers", "born to Kelbian refugees", "a son of teachers and nurses")? The people so named are someone's
    parents or forebears, a part of that person's description, not a group that acts in the story."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "of farmers and teachers": the list's first noun carries the link
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of":
        return prep.head.lower_ in _DESCENDANT_NOUNS
    return prep.lower_ == "to" and (prep.head.lower_ in _BIRTH_WORDS or prep.head.lemma_.lower() in _BIRTH_WORDS)
