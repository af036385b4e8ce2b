"""Cross-article actor resolution: local actor keys -> global, stable `actor_id`s.

- A registered actor keeps its registry id (and the registry's name, type, country, parent).
- A state is one actor per ISO3: its registry id when registered, else an id from its code.
- Anything else gets `act_` + a short hash of (actor_type, normalized canonical name, country): never of
  the article, so adding articles never changes an existing id, and the same canonical name merges
  across articles. Two people sharing only a surname ("Hammer" in one story, "Mike Hammer" in another)
  are not merged: a bare surname is a different canonical name.
- A bare chamber or court with no country ("the Senate", "the Supreme Court", "House of Representatives")
  names a different body in each country: without a country its id also carries the article, so it is
  never merged with another country's chamber of the same name. So is a group named by common nouns
  alone with no country ("passengers", "investigators"): each story's are other people.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from newscoder import lexicons
from newscoder.records import ArticleRecords, LocalActor
from newscoder.resolve.countries import country_name, resolve_country
from newscoder.resolve.registry import Registry, normalize_name

COLUMNS = (
    "actor_id", "name", "actor_type", "country_iso3", "country_basis", "role", "parent_actor_id", "wikidata_id",
    "is_registered", "n_mentions", "n_articles", "first_seen_date", "last_seen_date",
)


# where a country came from, strongest evidence first (the column's allowed values, schema/actors.json)
COUNTRY_BASES = ("registry", "name", "title", "nationality", "base", "office", "article", "article_context")


def _stronger_basis(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    rank = {v: i for i, v in enumerate(COUNTRY_BASES)}
    return min(a, b, key=lambda v: (rank.get(v, len(rank)), v))


@functools.lru_cache(maxsize=1 << 16)  # speed: the same few thousand names come back in every article
def unregistered_id(actor_type: str, name: str, country_iso3: str | None) -> str:
    """Deterministic id of an actor that is not in the registry."""
    key = "|".join((actor_type, normalize_name(name), country_iso3 or ""))
    return "act_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def state_id(iso3: str, registry: Registry) -> str:
    reg = registry.state(iso3)
    return reg.actor_id if reg else unregistered_id("state", country_name(iso3), iso3)


@dataclass(slots=True)
class _Acc:
    """What the corpus says about one actor: bounded by the distinct names, roles and aliases it has, not by
    the number of articles (so that a streaming build keeps one of these per actor and nothing per article)."""

    names: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    parents: Counter = field(default_factory=Counter)
    wikidata: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    n_articles: int = 0
    n_mentions: int = 0
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    actor_type: str | None = None
    country_iso3: str | None = None
    bases: dict[str, str] = field(default_factory=dict)  # country -> strongest basis seen for it


@dataclass(slots=True)
class CorpusActors:
    actors: list[dict]
    aliases: list[dict]
    mapping: dict[tuple[str, str], str]

    def actor_id(self, article_id: str, local_key: str) -> str | None:
        return self.mapping.get((article_id, local_key))


CHAMBER_HEADS = frozenset({"senate", "house", "parliament", "congress", "court", "assembly", "chamber"})
_CHAMBER_WORDS = CHAMBER_HEADS | {
    "the", "of", "supreme", "high", "upper", "lower", "national", "federal", "constitutional", "representatives",
    "commons", "lords", "deputies", "appeal", "appeals", "district", "state", "legislative",
}


def is_bare_chamber(name: str) -> bool:
    """A chamber or court named without its country ("Senate", "the Supreme Court", "House of Lords")."""
    words = name.lower().split()
    return any(w in CHAMBER_HEADS for w in words) and all(w in _CHAMBER_WORDS for w in words)


# a state's armed service named by common words alone ("Navy", "the Marines", "Air Force", "Coast Guard")
_FORCE_HEADS = frozenset({"navy", "army", "force", "forces", "marines", "corps", "guard", "military"})
_FORCE_WORDS = _FORCE_HEADS | {"the", "air", "armed", "coast", "marine", "national", "ground", "naval",
                               "defence", "defense", "self-defence", "self-defense", "special"}


def is_bare_force(name: str) -> bool:
    """An armed service named without its country ("Navy", "the Armed Forces", "Coast Guard")."""
    words = name.lower().split()
    return any(w in _FORCE_HEADS for w in words) and all(w in _FORCE_WORDS for w in words)


@functools.cache
def _common_group_words() -> frozenset[str]:
    """Common nouns for groups of people (data/group_nouns.csv)."""
    return frozenset(v.strip().lower() for v in lexicons.column("group_nouns", "noun"))


def is_generic_group(name: str) -> bool:
    """A group named by common nouns alone ("passengers", "Authorities" opening a sentence, "crash
    investigators"): every word lower-case or a listed group noun. A people's name ("Muslims") is not."""
    words = name.split()
    return bool(words) and all(w.islower() or w.lower() in _common_group_words() for w in words)


def is_national_generic_group(name: str) -> bool:
    """A group named by a nationality and common nouns ("Philippine officials", "local Russian police"): the
    officials of one story, not those of every story about that country. A people ("Cubans") is not."""
    words = name.split()
    for k, w in enumerate(words):
        if w.islower() and k < len(words) - 1:
            continue  # "local", "senior": a common word before the nationality
        for n in (2, 1):  # "Hong Kong", "South Korean" before "Russian"
            rest = " ".join(words[k + n:])
            if rest and resolve_country(" ".join(words[k:k + n])) and is_generic_group(rest):
                return True
        return False
    return False


def global_id(actor: LocalActor, registry: Registry, article_id: str | None = None) -> str:
    if actor.registry_id and registry.get(actor.registry_id):
        return actor.registry_id
    if actor.actor_type == "state" and actor.country_iso3:
        return state_id(actor.country_iso3, registry)
    if article_id and actor.country_iso3 is None and actor.actor_type == "organization" \
            and (is_bare_chamber(actor.name) or is_bare_force(actor.name)):
        # no country: this article's chamber, not every country's "Senate" pooled into one row
        return unregistered_id(actor.actor_type, f"{actor.name} | {article_id}", None)
    if article_id and actor.actor_type == "group" and (actor.country_iso3 is None and is_generic_group(actor.name)
                                                        or actor.country_basis == "article"
                                                        or is_national_generic_group(actor.name)):
        # "Russian officials" whose country is only the article's: this story's officials, not another's
        # "investigators" of one story are not those of another: without a country, one row per article
        return unregistered_id(actor.actor_type, f"{actor.name} | {article_id}", None)
    if article_id and actor.actor_type == "person" and len(actor.name.split()) == 1:
        # "Elizabeth", "Jackson": a given name or a surname alone names different people in different
        # stories; without a registry entry it is this article's person only
        return unregistered_id(actor.actor_type, f"{actor.name} | {article_id}", None)
    return unregistered_id(actor.actor_type, actor.name, actor.country_iso3)


def local_ids(rec: ArticleRecords, registry: Registry) -> dict[str, str]:
    """Local actor key -> global actor_id for one article: a function of the article alone."""
    return {a.key: global_id(a, registry, rec.article.article_id) for a in rec.actors}


def _most_common(counter: Counter) -> str | None:
    if not counter:
        return None
    # ties broken by the value itself so the result never depends on input order
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _least(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


class ActorAccumulator:
    """The actors and actor_aliases tables, accumulated one article at a time in any order.

    Every statistic is order-independent (counts, min/max dates, most common value with ties broken by the
    value), so articles can be added as they come out of the cache or the workers, and the result is the
    same as for the corpus in article order."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._accs: dict[str, _Acc] = {}

    def add(self, rec: ArticleRecords, ids: dict[str, str] | None = None) -> dict[str, str]:
        """Count one article's actors; returns its local key -> actor_id map (`local_ids`)."""
        ids = ids if ids is not None else local_ids(rec, self.registry)
        art = rec.article
        counts = Counter(m.actor_key for m in rec.mentions)
        seen_here: set[str] = set()
        for a in rec.actors:
            gid = ids[a.key]
            acc = self._accs.get(gid)
            if acc is None:
                acc = self._accs[gid] = _Acc()
            acc.actor_type = _least(acc.actor_type, a.actor_type)
            acc.country_iso3 = _least(acc.country_iso3, a.country_iso3)
            if a.country_iso3:
                acc.bases[a.country_iso3] = _stronger_basis(acc.bases.get(a.country_iso3), a.country_basis) or ""
            acc.names[a.name] += 1
            if a.role:
                acc.roles[a.role] += 1
            if a.wikidata_id:
                acc.wikidata[a.wikidata_id] += 1
            if a.parent_key and a.parent_key in ids:
                acc.parents[ids[a.parent_key]] += 1
            acc.aliases.update(x for x in a.aliases if x.strip())
            acc.aliases.add(a.name)
            acc.n_mentions += counts.get(a.key, 0)
            if gid not in seen_here:
                seen_here.add(gid)
                acc.n_articles += 1
                d = art.published_date
                if d is not None:  # undated input (extract only) has no date to count
                    acc.first_seen = d if acc.first_seen is None else min(acc.first_seen, d)
                    acc.last_seen = d if acc.last_seen is None else max(acc.last_seen, d)
        return ids

    def tables(self) -> tuple[list[dict], list[dict]]:
        """(actors rows, actor_aliases rows), each sorted by primary key."""
        return _actor_rows(self._accs, self.registry)


def resolve_corpus(records: list[ArticleRecords], registry: Registry) -> CorpusActors:
    """Merge the per-article actors of a corpus into one actor table with stable ids."""
    mapping: dict[tuple[str, str], str] = {}
    acc = ActorAccumulator(registry)
    for rec in records:
        for key, gid in acc.add(rec).items():
            mapping[(rec.article.article_id, key)] = gid
    actors, aliases = acc.tables()
    return CorpusActors(actors=actors, aliases=aliases, mapping=mapping)


def _actor_rows(accs: dict[str, _Acc], registry: Registry) -> tuple[list[dict], list[dict]]:
    rows, alias_rows = [], []
    for gid in sorted(accs):
        acc = accs[gid]
        reg = registry.get(gid)
        if reg is not None:
            name, atype, iso3 = reg.name, reg.actor_type, reg.country_iso3
            basis = ("name" if atype == "state" else "registry") if iso3 else None
            role = _most_common(acc.roles) or reg.role
            parent = reg.parent_actor_id or _most_common(acc.parents)
            wikidata = reg.wikidata_id or _most_common(acc.wikidata)
        else:
            name, atype, iso3 = _most_common(acc.names), acc.actor_type, acc.country_iso3
            basis = ("name" if atype == "state" else acc.bases.get(iso3) or None) if iso3 else None
            if atype == "state" and iso3:
                name = country_name(iso3)
            role, parent, wikidata = _most_common(acc.roles), _most_common(acc.parents), _most_common(acc.wikidata)
        if parent == gid:
            parent = None
        rows.append({
            "actor_id": gid, "name": name, "actor_type": atype, "country_iso3": iso3, "country_basis": basis,
            "role": role,
            "parent_actor_id": parent, "wikidata_id": wikidata, "is_registered": reg is not None,
            "n_mentions": acc.n_mentions, "n_articles": acc.n_articles,
            "first_seen_date": acc.first_seen, "last_seen_date": acc.last_seen,
        })
        for alias in sorted(acc.aliases):
            alias_rows.append({"actor_id": gid, "alias": alias})
    # a parent that no article mentions still needs a row (foreign key): add registered parents
    known = {r["actor_id"] for r in rows}
    for r in list(rows):
        pid = r["parent_actor_id"]
        while pid and pid not in known:
            preg = registry.get(pid)
            if preg is None:
                r["parent_actor_id"] = None
                break
            rows.append({
                "actor_id": preg.actor_id, "name": preg.name, "actor_type": preg.actor_type,
                "country_iso3": preg.country_iso3,
                "country_basis": ("name" if preg.actor_type == "state" else "registry") if preg.country_iso3 else None,
                "role": preg.role, "parent_actor_id": preg.parent_actor_id,
                "wikidata_id": preg.wikidata_id, "is_registered": True, "n_mentions": 0, "n_articles": 0,
                "first_seen_date": None, "last_seen_date": None,
            })
            alias_rows.append({"actor_id": preg.actor_id, "alias": preg.name})
            known.add(preg.actor_id)
            r, pid = rows[-1], preg.parent_actor_id
    rows.sort(key=lambda r: r["actor_id"])
    alias_rows.sort(key=lambda r: (r["actor_id"], r["alias"]))
    return rows, alias_rows
