"""The collector every actor pass writes to: local actors, mentions, antecedent candidates."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newscoder.extract import coref
from newscoder.extract.doctext import doc_text
from newscoder.records import LocalActor, Mention
from newscoder.resolve.countries import (
    country_name,
)
from newscoder.resolve.registry import Registry, RegistryActor

EXTRACTOR = "newscoder.extract.mentions"


@dataclass(slots=True)
class ActorBuilder:
    """Collects actors and mentions for one article."""

    registry: Registry | None
    actors: dict[tuple, LocalActor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[coref.Candidate] = field(default_factory=list)
    taken: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, actor_type)
    headings: tuple[tuple[int, int], ...] = ()
    role_from_text: set[str] = field(default_factory=set)  # actor keys whose role this article states
    sports: bool = False  # a match report: countries that play are national teams
    title_kinds: dict[str, str] = field(default_factory=dict)  # person key -> kind of the title in the text
    genders: dict[str, str] = field(default_factory=dict)  # person key -> "male"/"female", when the text shows it
    # person key -> the gender its given name shows (data/given_name_genders.csv): it only keeps a pronoun of the
    # other gender off that person; it is no evidence of a person and gives no preference among candidates
    name_genders: dict[str, str] = field(default_factory=dict)
    # the country the article is about (dateline, else lead), for bare bodies: computed on first need
    home: Callable[[], str | None] | None = None
    date: dt.date | None = None  # the article's publication date: office-holders match inside their term
    # keys of groups named by common words only ("workers", "local residents"): an actor only if a country
    # is found for them by the end of the pass
    generic_groups: set[str] = field(default_factory=set)
    acting_groups: set[str] = field(default_factory=set)  # groups that are a verb's subject or object
    # people the text ties to an international body ("X of the World Health Organization"): of no country
    # by their office, so never given the country the story is set in
    stateless: set[str] = field(default_factory=set)
    # people introduced as visitors to the story's place (a convention's performer, the publication's
    # reporter): never given the country of the places the story names (visitors.py)
    visitors: set[str] = field(default_factory=set)
    # names the model called people that a bound class noun showed to be bodies ("the dance troupe X"): a
    # local troupe, band or charity of a story about one country is of that country (affiliation)
    class_bodies: set[str] = field(default_factory=set)
    # a company's name in another language, given in brackets after its name ("XKT Limited"), -> its key
    firm_aliases: dict[str, str] = field(default_factory=dict)
    # people known only by a title phrase ("a fire officer said"): kept through the pass as antecedents
    # of "he"/"she", dropped at its end unless the phrase qualifies them (groups.drop_bare_titles)
    unnamed_officials: set[str] = field(default_factory=set)
    # (actor key, start) of mentions of a national body written as a local one ("county police"): they
    # stand for a specific body of the article or for none (specific_bodies.join_specific_bodies)
    subnational_mentions: set[tuple[str, int]] = field(default_factory=set)
    # speed: the characters covered by `taken`, brought up to date on each overlaps() (1 = covered)
    _cover: bytearray = field(default_factory=bytearray)
    _covered_upto: int = 0  # how many entries of `taken` are in _cover
    _cover_exact: bool = True  # False once an empty or reversed span is taken: _cover cannot tell then
    _index: dict[str, LocalActor] = field(default_factory=dict)  # by_key's index of `_index_of`
    _index_of: dict | None = None
    _indexed: int = 0  # how many entries of `_index_of` are in _index

    def actor(self, ident: tuple, make) -> LocalActor:
        if ident not in self.actors:
            actor = make()
            actor.key = f"a{len(self.actors) + 1}"
            self.actors[ident] = actor
        return self.actors[ident]

    def by_key(self, key: str) -> LocalActor:
        # speed: an index of `actors` by key (the first actor of each key, as a scan in order finds), rebuilt
        # when `actors` is replaced and brought up to date when it grows (actors are only ever added to it)
        actors = self.actors
        if self._index_of is actors and self._indexed == len(actors):
            found = self._index.get(key)  # the usual case: the index is up to date
            if found is not None:
                return found
        else:
            if self._index_of is not actors:
                self._index, self._index_of, self._indexed = {}, actors, 0
            for actor in itertools.islice(actors.values(), self._indexed, None):
                self._index.setdefault(actor.key, actor)
            self._indexed = len(actors)
        found = self._index.get(key)
        return found if found is not None else next(a for a in actors.values() if a.key == key)

    def state(self, iso3: str) -> LocalActor:
        def make() -> LocalActor:
            reg = self.registry.state(iso3) if self.registry else None
            return LocalActor(
                key="",
                name=reg.name if reg else country_name(iso3),
                actor_type="state",
                country_iso3=iso3,
                country_basis="name",
                wikidata_id=reg.wikidata_id if reg else None,
                registry_id=reg.actor_id if reg else None,
            )

        return self.actor(("state", iso3), make)

    def registered(self, reg: RegistryActor) -> LocalActor:
        if reg.actor_type == "state" and reg.country_iso3:
            return self.state(reg.country_iso3)

        def make() -> LocalActor:
            return LocalActor(
                key="",
                name=reg.name,
                actor_type=reg.actor_type,
                country_iso3=reg.country_iso3,
                country_basis="registry" if reg.country_iso3 else None,
                role=reg.role,
                wikidata_id=reg.wikidata_id,
                registry_id=reg.actor_id,
            )

        actor = self.actor(("reg", reg.actor_id), make)
        if reg.parent_actor_id and actor.parent_key is None and self.registry:
            parent = self.registry.get(reg.parent_actor_id)
            if parent is not None:
                actor.parent_key = self.registered(parent).key
        return actor

    def overlaps(self, start: int, end: int, allow_inner_states: bool = False) -> bool:
        """Is [start, end) already part of a mention? ("the US president" may hold the state "US")."""
        if start < end and 0 <= start:
            cover = self._cover
            if self._covered_upto != len(self.taken) and self._cover_exact:
                for s, e, _ in self.taken[self._covered_upto :]:
                    if not 0 <= s < e:
                        self._cover_exact = False
                        break
                    if e > len(cover):
                        cover.extend(bytes(e - len(cover)))
                    cover[s:e] = b"\x01" * (e - s)
                self._covered_upto = len(self.taken)
            if self._cover_exact:
                hit = cover.find(1, start, end) != -1
                # speed: with inner states allowed, the scan below is needed only when something is there
                if not hit or not allow_inner_states:
                    return hit
        for s, e, atype in self.taken:
            if s < end and start < e:
                if allow_inner_states and atype == "state" and start <= s and e <= end:
                    continue
                return True
        return False

    def add(self, actor: LocalActor, doc: Doc, start: int, end: int, kind: str, sent_index: int,
            sent: Span, root: Token | None = None, block: bool = True, alias: str | None = None) -> Mention:
        text = doc_text(doc)[start:end]
        m = Mention(actor.key, text, start, end, kind, sent_index, _evidence(sent, self.headings, start), EXTRACTOR)
        self.mentions.append(m)
        alias = alias or text
        if alias not in actor.aliases and kind in ("name", "metonym"):
            actor.aliases.append(alias)
        if block:
            self.taken.append((start, end, actor.actor_type))
        if root is not None:
            is_subj, is_main = coref.subject_flags(root)
        else:
            is_subj = is_main = False
        self.candidates.append(
            coref.Candidate(actor.key, actor.actor_type, start, sent_index, is_subj, is_main)
        )
        return m


def _evidence(sent: Span, headings: tuple[tuple[int, int], ...], at: int) -> str:
    """The sentence verbatim, cut at a crosshead the parser glued to it."""
    start, end = sent.start_char, sent.end_char
    for hs, he in headings:
        if start < he and hs < end:
            if he <= at:
                start = max(start, he)
            else:
                end = min(end, hs)
    return doc_text(sent.doc)[start:end].strip()

