"""Cross-article actor resolution: local actor keys -> global, stable `actor_id`s.

- A registered actor keeps its registry id (and the registry's name, type, country, parent).
- A state is one actor per ISO3: its registry id when registered, else an id from its code.
- Anything else gets `act_` + a short hash of (actor_type, normalized canonical name, country): never of
  the article, so adding articles never changes an existing id, and the same canonical name merges
  across articles. Two people sharing only a surname ("Hammer" in one story, "Mike Hammer" in another)
  are not merged: a bare surname is a different canonical name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from newscoder.records import ArticleRecords, LocalActor
from newscoder.resolve.countries import country_name
from newscoder.resolve.registry import Registry, normalize_name

COLUMNS = (
    "actor_id", "name", "actor_type", "country_iso3", "role", "parent_actor_id", "wikidata_id",
    "is_registered", "n_mentions", "n_articles", "first_seen_date", "last_seen_date",
)


def unregistered_id(actor_type: str, name: str, country_iso3: str | None) -> str:
    """Deterministic id of an actor that is not in the registry."""
    key = "|".join((actor_type, normalize_name(name), country_iso3 or ""))
    return "act_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def state_id(iso3: str, registry: Registry) -> str:
    reg = registry.state(iso3)
    return reg.actor_id if reg else unregistered_id("state", country_name(iso3), iso3)


@dataclass(slots=True)
class _Acc:
    names: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    parents: Counter = field(default_factory=Counter)
    wikidata: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    n_mentions: int = 0
    dates: list[dt.date] = field(default_factory=list)
    actor_type: str = "other"
    country_iso3: str | None = None


@dataclass(slots=True)
class CorpusActors:
    actors: list[dict]
    aliases: list[dict]
    mapping: dict[tuple[str, str], str]

    def actor_id(self, article_id: str, local_key: str) -> str | None:
        return self.mapping.get((article_id, local_key))


def global_id(actor: LocalActor, registry: Registry) -> str:
    if actor.registry_id and registry.get(actor.registry_id):
        return actor.registry_id
    if actor.actor_type == "state" and actor.country_iso3:
        return state_id(actor.country_iso3, registry)
    return unregistered_id(actor.actor_type, actor.name, actor.country_iso3)


def _most_common(counter: Counter) -> str | None:
    if not counter:
        return None
    # ties broken by the value itself so the result never depends on input order
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def resolve_corpus(records: list[ArticleRecords], registry: Registry) -> CorpusActors:
    """Merge the per-article actors of a corpus into one actor table with stable ids."""
    mapping: dict[tuple[str, str], str] = {}
    accs: dict[str, _Acc] = {}
    ordered = sorted(records, key=lambda r: r.article.article_id)
    for rec in ordered:
        art = rec.article
        local = {a.key: a for a in rec.actors}
        for a in rec.actors:
            mapping[(art.article_id, a.key)] = global_id(a, registry)
        counts = Counter(m.actor_key for m in rec.mentions)
        for a in rec.actors:
            gid = mapping[(art.article_id, a.key)]
            acc = accs.setdefault(gid, _Acc())
            acc.actor_type = a.actor_type
            acc.country_iso3 = acc.country_iso3 or a.country_iso3
            acc.names[a.name] += 1
            if a.role:
                acc.roles[a.role] += 1
            if a.wikidata_id:
                acc.wikidata[a.wikidata_id] += 1
            if a.parent_key and a.parent_key in local:
                acc.parents[mapping[(art.article_id, a.parent_key)]] += 1
            acc.aliases.update(x for x in a.aliases if x.strip())
            acc.aliases.add(a.name)
            acc.articles.add(art.article_id)
            acc.n_mentions += counts.get(a.key, 0)
            if art.published_date is not None:  # undated input (extract only) has no date to count
                acc.dates.append(art.published_date)

    rows, alias_rows = [], []
    for gid in sorted(accs):
        acc = accs[gid]
        reg = registry.get(gid)
        if reg is not None:
            name, atype, iso3 = reg.name, reg.actor_type, reg.country_iso3
            role = _most_common(acc.roles) or reg.role
            parent = reg.parent_actor_id or _most_common(acc.parents)
            wikidata = reg.wikidata_id or _most_common(acc.wikidata)
        else:
            name, atype, iso3 = _most_common(acc.names), acc.actor_type, acc.country_iso3
            if atype == "state" and iso3:
                name = country_name(iso3)
            role, parent, wikidata = _most_common(acc.roles), _most_common(acc.parents), _most_common(acc.wikidata)
        if parent == gid:
            parent = None
        rows.append({
            "actor_id": gid, "name": name, "actor_type": atype, "country_iso3": iso3, "role": role,
            "parent_actor_id": parent, "wikidata_id": wikidata, "is_registered": reg is not None,
            "n_mentions": acc.n_mentions, "n_articles": len(acc.articles),
            "first_seen_date": min(acc.dates, default=None), "last_seen_date": max(acc.dates, default=None),
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
                "country_iso3": preg.country_iso3, "role": preg.role, "parent_actor_id": preg.parent_actor_id,
                "wikidata_id": preg.wikidata_id, "is_registered": True, "n_mentions": 0, "n_articles": 0,
                "first_seen_date": None, "last_seen_date": None,
            })
            alias_rows.append({"actor_id": preg.actor_id, "alias": preg.name})
            known.add(preg.actor_id)
            r, pid = rows[-1], preg.parent_actor_id
    rows.sort(key=lambda r: r["actor_id"])
    alias_rows.sort(key=lambda r: (r["actor_id"], r["alias"]))
    return CorpusActors(actors=rows, aliases=alias_rows, mapping=mapping)
