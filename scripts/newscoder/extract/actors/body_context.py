"""The country of an article's own public bodies, read from the bodies it names with a country.

Many stories name their country's places seldom (a story about a US court writes "the Supreme Court",
"the Justice Department", "the House", rarely "the United States"), so the count of places that gives
the `article` basis (`affiliation.countries_from_article`) is too thin to decide. The public bodies and
officials that the text itself ties to one country (by the registry, their name, a title, a nationality
or a stated base) say what country the story is about as well: when at least two of them are of one
country, three times as many as of all others, and that country's places are named more often than any
other country's, its other public bodies named without a country ("the Second Circuit Court of
Appeals", "the Ministry of Defence", "the Census Bureau") and its titled officials are that country's
(basis `article_context`). A person who is only named never gets it, nor a company, a news outlet or an
international body.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newscoder.extract.actors.groups import is_local_group_noun
from newscoder.extract.actors.word_lists import org_heads
from newscoder.resolve.actors import CHAMBER_HEADS

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor

# kinds of `org_heads.csv` that make a body a public one of the country it acts in
PUBLIC_HEADS = frozenset({"government", "body", "armed", "political"})
# bases that come from the body's own words, not from where the story is set
OWN_EVIDENCE = frozenset({"registry", "name", "title", "nationality", "base"})
# people of the state named by their office alone ("federal authorities", "officials")
_PUBLIC_GROUPS = frozenset({"authorities", "officials"})
# the story's country must outnumber every other among those bodies this many times
_BODY_DOMINANCE = 3


def public_head(name: str) -> str | None:
    """The `org_heads` kind of a body's head word: its last word, or the word before its first "of"
    ("Ministry of Defence", "Court of Appeals")."""
    words = name.split()
    heads = org_heads()
    kind = heads.get(words[-1][:1].upper() + words[-1][1:])
    if kind is None and "of" in words[1:]:
        before = words[words.index("of", 1) - 1]
        # only a ministry, office or court: an "Organisation of ..." or "Union of ..." is often of many states
        if (head := heads.get(before[:1].upper() + before[1:])) == "government" or before.lower() == "court":
            kind = head
    return kind


def _is_public(actor: LocalActor) -> bool:
    return actor.actor_type == "organization" and public_head(actor.name) in PUBLIC_HEADS


def _is_public_evidence(actor: LocalActor) -> bool:
    """A public body, or a chamber or court however its name ends ("United States House of
    Representatives"), or a titled official: a side of the country's own public life."""
    if actor.actor_type == "person":
        return actor.country_basis == "title"
    return _is_public(actor) or actor.actor_type == "organization" \
        and any(w in CHAMBER_HEADS for w in actor.name.lower().split())


def countries_from_body_context(b: ActorBuilder, found: Counter[str], official_kinds: set[str],
                                international: object) -> None:
    """`found`: the article's places and states per country. `official_kinds`: title kinds of domestic
    officials. `international(actor)` tells a body or person of an international body."""
    own = Counter(a.country_iso3 for a in b.actors.values() if a.country_iso3
                  and a.country_basis in OWN_EVIDENCE
                  and _is_public_evidence(a))
    if not own or not found:
        return
    (iso3, top), *others = own.most_common()
    rest = sum(n for _, n in others)
    if top < 2 or top < _BODY_DOMINANCE * rest \
            or any(n >= found.get(iso3, 0) for other, n in found.items() if other != iso3):
        return  # and its places outnumber each other country's (a story of two countries is neither's)
    for actor in b.actors.values():
        if actor.country_iso3 or actor.registry_id is not None or actor.key in b.stateless:
            continue
        if _is_public(actor) and not international(actor) \
                or actor.actor_type == "group" and actor.name.split()[-1].lower() in _PUBLIC_GROUPS \
                or actor.actor_type == "person" and b.title_kinds.get(actor.key) in official_kinds:
            actor.country_iso3, actor.country_basis = iso3, "article_context"


# a bare group takes the country named most when it is named at least this many times as often as the next
_GROUP_LEAD = 2


def countries_of_bare_groups(b: ActorBuilder, lead: tuple[str, int, list[int]]) -> None:
    """"protesters", "residents", "rebels": a group named by common nouns alone, of people of the place a
    story is set in (`groups.is_local_group_noun`: not "migrants", "students" or "analysts", who may come
    from anywhere), that stays an actor (a side of a reported act: not a generic group dropped later), is
    of the country the article names most, when that one is named at least twice and `_GROUP_LEAD` times
    as often as the next (basis `article_context`). The people a story calls by a bare common noun are
    the ones where it is set; a foreign visitor or diplomat is named, and a named person never takes
    this. Not when the story names such people of another country too ("British authorities" beside a
    bare "authorities"). `lead`: `affiliation.article_lead`."""
    iso3, top, others = lead
    if top < 2 or top < _GROUP_LEAD * max(others, default=0):
        return
    # "US authorities" and "British authorities" in one story: the bare "authorities" may be either; so
    # too beside "authorities in the United Kingdom and the United States" (any common word of a group
    # named with a proper noun and not of that country alone)
    foreign_heads = {w for a in b.actors.values()
                     if a.actor_type == "group" and a.country_iso3 != iso3
                     and any(w[:1].isupper() for w in a.name.split())
                     for w in a.name.split() if w.islower()}
    for actor in b.actors.values():
        if actor.actor_type != "group" or actor.country_iso3 or actor.registry_id is not None \
                or actor.key in b.stateless or not is_local_group_noun(actor.name.split()[-1].lower()):
            continue
        if actor.name.split()[-1].lower() in foreign_heads:
            continue
        # named by common words alone (sentence-initial "Protesters" too), and kept as an actor
        generic = actor.key in b.generic_groups
        if generic and actor.key not in b.acting_groups \
                or not generic and any(not w.islower() for w in actor.name.split()):
            continue
        actor.country_iso3, actor.country_basis = iso3, "article_context"
