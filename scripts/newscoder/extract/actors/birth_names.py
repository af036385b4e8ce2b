"""A person's other names in one article: the name the person was born with, and a generational suffix.

- "Ana Ray was born Anna Maria Reyes", "Ana Ray (born Anna Reyes)", "Ana Ray, née Reyes", "Ray's real name was
  Anna Reyes", "Ray, whose real name was Anna Reyes", "When Ray was born ... she was Anna Reyes": the birth
  name (a person mention the model tagged) names the person the sentence says was born so; it is an alias of
  that person, never a row of its own. The person is read from the syntax: the subject of "born", the name
  right before "(born" / ", née", the possessor of "real name" / "birth name" (the noun a "whose" clause is
  on), the subject of "was <name>" beside "at birth" or a clause with "born". The usual name (the one the
  article writes more often) stays the name.
- "Ana Ray, Jr.": the suffix is part of the name (without it the name is her mother's); the comma goes.
  A suffix alone ("Jr." cut from a longer phrase) names no one.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newscoder.extract.actors.entity_bounds import NAME_SUFFIXES
from newscoder.extract.actors.short_names import merge_into
from newscoder.extract.doctext import doc_text, doc_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import Mention

_BIRTH_WORDS = frozenset({"born", "née", "nee", "né"})
# "real name", "birth name": the adjective before "name" that makes it the name one was given, not a nickname
_NAME_KINDS = frozenset({"real", "birth", "original", "legal", "full", "given"})
_CUES = ("born", "née", "nee", " name", "birth")


def join_birth_names(b: ActorBuilder, doc: Doc) -> None:
    text = doc_text(doc)
    if not any(cue in text for cue in _CUES):
        return  # speed: no word that can give a birth name
    people = {a.key: a for a in b.actors.values() if a.actor_type == "person"}
    if len(people) < 2:
        return
    toks = doc_tokens(doc)
    starts = [t.idx for t in toks]
    covering = sorted((m for m in b.mentions if m.actor_key in people), key=lambda m: m.char_start)
    cstarts = [m.char_start for m in covering]

    def owner(tok: Token) -> str | None:
        k = bisect.bisect_right(cstarts, tok.idx) - 1
        for m in covering[max(k - 2, 0) : k + 1][::-1]:  # the mentions starting at or just before the token
            if m.char_start <= tok.idx < m.char_end:
                return m.actor_key
        return None

    names: dict[str, int] = {}
    for m in covering:
        if m.mention_kind == "name":
            names[m.actor_key] = names.get(m.actor_key, 0) + 1
    gone: dict[str, str] = {}
    for m in covering:
        if m.mention_kind != "name" or m.actor_key in gone or people[m.actor_key].registry_id is not None:
            continue
        i = bisect.bisect_left(starts, m.char_start)
        if i >= len(toks) or toks[i].idx != m.char_start:
            continue
        j = bisect.bisect_left(starts, m.char_end) - 1
        bearer = _born_as(toks, i, j)
        key = owner(bearer) if bearer is not None else None
        if key is None or key == m.actor_key or key in gone:
            continue
        gone[m.actor_key] = key
    if not gone:
        return
    for birth_key, key in gone.items():
        born, usual = people[birth_key], people[key]
        if names.get(birth_key, 0) > names.get(key, 0) and usual.registry_id is None:
            # the article writes the birth name more often: that is its usual name for the person
            usual.aliases.append(usual.name)
            usual.name = born.name
        for alias in (born.name, *born.aliases):
            if alias != usual.name and alias not in usual.aliases:
                usual.aliases.append(alias)
        if usual.country_iso3 is None and born.country_iso3:
            usual.country_iso3, usual.country_basis = born.country_iso3, born.country_basis
    merge_into(b, gone)


def _born_as(toks: list[Token], i: int, j: int) -> Token | None:
    """The token naming the person whose birth name is the name written at tokens i..j, or None."""
    k = i - 1
    if k >= 0 and toks[k].lower_ == "as":
        k -= 1  # "born as"
    if k >= 0 and toks[k].lower_ in _BIRTH_WORDS:
        cue = toks[k]
        if cue.lower_ == "born":
            # (the parser may make the birth name itself the subject of "(born X)": not the bearer)
            subject = next((c for c in cue.children if c.dep_ in ("nsubjpass", "nsubj") and not i <= c.i <= j), None)
            if subject is not None:
                return subject
        if k >= 2 and toks[k - 1].text in ("(", ","):
            return toks[k - 2]  # "Ana Ray (born Anna Reyes)", "Ana Ray, née Reyes": the name before
        return None
    if i >= 3 and toks[i - 1].lemma_ == "be" and toks[i - 2].lower_ == "name" and toks[i - 3].lower_ in _NAME_KINDS:
        # "Ray's real name was Anna Reyes", "her birth name is ...": the possessor of the name; "Ray, whose real
        # name was ...": the noun the relative clause is on
        owner = next((c for c in toks[i - 2].children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose":
            clause = next((t for t in owner.ancestors if t.dep_ == "relcl"), None)
            owner = clause.head if clause is not None else None
        return owner
    root = toks[j]
    while root.head.i != root.i and i <= root.head.i <= j:
        root = root.head
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        verb = root.head
        at_birth = j + 2 < len(toks) and toks[j + 1].lower_ == "at" and toks[j + 2].lower_ == "birth"
        if at_birth or any(c.dep_ == "advcl" and c.lower_ == "born" for c in verb.children):
            # "she was Anna Reyes at birth", "When Ray was born ..., she was Anna Reyes"
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def written_suffixes(b: ActorBuilder) -> None:
    """"Ana Ray, Jr." -> "Ana Ray Jr." (the written form an alias); a mention or alias that is a suffix
    alone goes."""
    lone: set[str] = set()
    for a in b.actors.values():
        if a.actor_type != "person":
            continue
        if a.name in NAME_SUFFIXES:
            lone.add(a.key)
            continue
        words = a.name.split()
        if len(words) > 2 and words[-1] in NAME_SUFFIXES and words[-2].endswith(","):
            if a.name not in a.aliases:
                a.aliases.append(a.name)
            a.name = " ".join([*words[:-2], words[-2].removesuffix(","), words[-1]])
        a.aliases[:] = [x for x in a.aliases if x not in NAME_SUFFIXES]
    people = {a.key for a in b.actors.values() if a.actor_type == "person"}
    b.mentions = [m for m in b.mentions if not _suffix_only(m) or m.actor_key not in people]
    if lone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in lone}
        b.mentions = [m for m in b.mentions if m.actor_key not in lone]


def _suffix_only(m: Mention) -> bool:
    return m.mention_kind == "name" and m.text in NAME_SUFFIXES
