"""A company's short name taken for its division ("KBX" in "a KBX drama pilot" pooled into "KBX News").

A registry alias or a name variant may join a short name to a longer name of one part of the company: the
news, sports, film or music division ("KBX" -> "KBX News"). The short name names the whole company (the
network, the studio); it stands for the division only where it is used as that division is: a news
division when the use is news reporting ("according to KBX", "KBX reported", "told KBX"). Elsewhere ("a KBX
drama pilot", "talking to KBX about a reboot") the mention is the company, so it leaves the division's row:
a row left with no mention of its own becomes the company (its name the short name, no registry link, its
country kept: a division is of its company's country); else the company gets a row of its own.
A longer name that only adds a legal or generic suffix ("Kelco Inc.") is not read here.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract.doctext import char_span
from newscoder.records import LocalActor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import Mention

# the last word of a division's name: one part of a company, not the company itself
_DIVISION_WORDS = frozenset({"news", "sports", "pictures", "records", "music", "foundation", "studios", "films"})
# nouns of a news item: "a KBX report", "a KBX poll", "KBX's correspondent"
_NEWS_NOUNS = frozenset({"report", "reports", "reporting", "reporter", "reporters", "interview", "interviews",
                         "correspondent", "correspondents", "anchor", "poll", "polls", "journalist", "journalists",
                         "broadcast", "investigation", "analysis", "news", "story", "coverage", "footage"})
# verbs whose "to" object is the one who hears a statement: "said to KBX", "told to KBX"
_TOLD_VERBS = frozenset({"tell", "say", "confirm", "explain", "describe", "reveal", "admit"})


@functools.cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in lexicons.rows("reporting_verbs") if r["pos"] == "verb")


def _news_use(root: Token) -> bool:
    """A news use of the name: the source of a report ("according to KBX", "KBX reported", "reported by
    KBX", "KBX's report", "a KBX poll") or the one told ("told KBX", "said to KBX", "an interview with KBX")."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "according to Reuters and KBX": the list's first item carries the role
    head = root.head
    if root.dep_ == "pobj":
        prep = head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        if prep.lower_ == "to" and prep.head.lemma_.lower() in _TOLD_VERBS:
            return True
        if prep.lower_ == "by" and prep.dep_ == "agent" and prep.head.lemma_.lower() in _reporting_verbs():
            return True
        return prep.lower_ in ("with", "to") and prep.head.lower_ in ("interview", "interviews")
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in _reporting_verbs()
    if root.dep_ == "dobj" and head.lemma_.lower() == "tell":
        return True
    if root.dep_ in ("compound", "poss", "nmod") and head.i > root.i:
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head.lower_ in _NEWS_NOUNS
    return False


def _short_name(actor: LocalActor) -> str | None:
    words = actor.name.split()
    if actor.actor_type != "organization" or len(words) < 2 or words[-1].lower() not in _DIVISION_WORDS:
        return None
    return " ".join(words[:-1])


def split_company_names(b: ActorBuilder, doc: Doc) -> None:
    """Move a division row's short-name mentions that are not used as the division to the company."""
    moves: dict[str, list[Mention]] = {}
    by_actor: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_actor.setdefault(m.actor_key, []).append(m)
    for actor in list(b.actors.values()):
        short = _short_name(actor)
        if short is None:
            continue
        for m in by_actor.get(actor.key, ()):
            if m.mention_kind != "name" or m.text.casefold() != short.casefold():
                continue
            span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
            if span is not None and not _news_use(span.root):
                moves.setdefault(actor.key, []).append(m)
    if not moves:
        return
    retarget: dict[int, str] = {}
    for key, ms in moves.items():
        actor = b.by_key(key)
        if len(ms) == len(by_actor[key]):
            # every mention names the company: the row is the company's
            actor.name, actor.registry_id, actor.wikidata_id = ms[0].text, None, None
            if actor.country_basis == "registry":
                # the division's registered home is the company's base, not a registry entry of its own
                actor.country_basis = "base"
            actor.aliases = [ms[0].text]
            continue
        company = b.actor(("company", ms[0].text.casefold()), lambda a=actor, t=ms[0].text: LocalActor(
            key="", name=t, actor_type="organization", country_iso3=a.country_iso3,
            country_basis="base" if a.country_basis == "registry" else a.country_basis, aliases=[t]))
        retarget.update((id(m), company.key) for m in ms)
    if retarget:
        b.mentions = [dataclasses.replace(m, actor_key=retarget[id(m)]) if id(m) in retarget else m
                      for m in b.mentions]
