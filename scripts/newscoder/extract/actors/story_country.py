"""The last evidence for a country: the one country a story's own actors belong to.

A story about one country names many of its people and bodies with evidence of their own (a registry
entry, a name, a title, a nationality word, a stated base) and the states it is about. When those
mentions point overwhelmingly at one country (`_SHARE` of them, at least `_MIN_MENTIONS`) and the places
the article names lead with the same country, the people and domestic organisations still without a
country are taken to be of that country too (basis `article_context`): the locals a story quotes, its
campaign group, a company it is about. The audits judged an empty country "missing" for most such rows.

Never for: a news outlet (a newspaper's or broadcaster's name: it reports from abroad as often as from
within), a registered actor (its country is the registry's), an actor marked stateless, a body of no
one country (`affiliation.is_international`), a person whose role is at such a body (a UN official in a
story about one country is not that country's), a group (a bare "students" may come from anywhere),
a match report (foreign players are named as a matter of course), a body whose name holds a place of
another country ("Abu Dhabi TV" in a story about Yemen) or a region or faith of many states ("Organisation
of Islamic Cooperation", "University of the South Pacific"), a person whose role is at a body of another or
no known country ("producer for Sky News Arabia").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from newscoder.extract.actors.body_context import OWN_EVIDENCE
from newscoder.extract.actors.country_cues import names_region
from newscoder.extract.actors.word_lists import org_heads
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import ActorAnalysis, LocalActor

_SHARE = 0.75
_MIN_MENTIONS = 3
# words of a body's name that make it of many states, beside the continents' adjectives (`names_region`)
_MANY_STATES = frozenset({"Islamic", "Muslim", "Christian", "Catholic", "Pacific", "Atlantic", "Caribbean",
                          "Commonwealth", "Gulf", "Arabia", "Latin", "Mediterranean", "Baltic", "Balkan"})


def evidenced_mentions(b: ActorBuilder) -> Counter[str]:
    """Mentions per country of the states and of the actors whose country is their own evidence."""
    counts: Counter[str] = Counter()
    for m in b.mentions:
        a = b.by_key(m.actor_key)
        if a.country_iso3 and (a.actor_type == "state" or a.country_basis in OWN_EVIDENCE):
            counts[a.country_iso3] += 1
    return counts


def story_country(b: ActorBuilder) -> str | None:
    """The country most mentions of evidenced actors (and states) belong to, when it holds `_SHARE`."""
    counts = evidenced_mentions(b)
    if not counts:
        return None
    (iso3, top), *_ = counts.most_common()
    if top < _MIN_MENTIONS or top < _SHARE * sum(counts.values()):
        return None
    return iso3


def countries_from_story(b: ActorBuilder, lead: tuple[str, int, list[int]] | None,
                         international: Callable[[LocalActor], bool]) -> str | None:
    """Give the story's country (`story_country`) to its people and domestic bodies without one, when the
    places it names lead with that country too (`lead`: `affiliation.article_lead`, None for a match
    report or a story naming no place). Returns that country, or None when there is none."""
    if lead is None or b.sports:
        return None
    iso3 = story_country(b)
    if iso3 is None or lead[0] != iso3:
        return None
    given: list[LocalActor] = []
    for actor in b.actors.values():
        if actor.country_iso3 or actor.registry_id is not None or actor.key in b.stateless \
                or actor.actor_type != "organization" or international(actor) or is_outlet(actor.name) \
                or not of_one_state(actor, iso3):
            continue
        if actor.parent_key is not None and b.by_key(actor.parent_key).country_iso3 not in (None, iso3):
            continue
        given.append(actor)
    # a person's role at a body of another country, or of no known one ("producer for Sky News Arabia",
    # "the WHO's emergencies chief"), says nothing of where the person is from
    foreign = {a.key for a in b.actors.values() if a.actor_type == "organization" and a not in given
               and a.country_iso3 != iso3}
    near_foreign = near_actors(b, foreign)
    for actor in b.actors.values():
        if actor.actor_type != "person" or actor.country_iso3 or actor.registry_id is not None \
                or actor.key in b.stateless or actor.key in near_foreign or actor.key in b.visitors:
            continue
        given.append(actor)
    for actor in given:
        actor.country_iso3, actor.country_basis = iso3, "article_context"
    return iso3


def story_country_for_added(analysis: ActorAnalysis, actor: LocalActor,
                            international: Callable[[LocalActor], bool]) -> None:
    """A person or body the quote pass adds (a speaker the model left untagged: "said the university's
    chancellor, X", "Y reported") takes the story's country (`ActorAnalysis.story_iso3`) on the same terms
    as the actors `countries_from_story` gave it to: no news outlet, no body of many states or of another
    country's place, no person named beside a body of another or of no known country."""
    iso3 = analysis.story_iso3
    if iso3 is None or actor.country_iso3 or actor.registry_id is not None:
        return
    if actor.actor_type == "organization":
        if is_outlet(actor.name) or international(actor) or not of_one_state(actor, iso3):
            return
    elif actor.actor_type == "person":
        own = [m for m in analysis.mentions if m.actor_key == actor.key]
        for m in analysis.mentions:
            body = analysis.get(m.actor_key)
            if body is not None and body.actor_type == "organization" and body.country_iso3 != iso3 and any(
                    o.sentence_index == m.sentence_index and m.char_start - NEAR_CHARS <= o.char_end
                    and o.char_start <= m.char_end + NEAR_CHARS for o in own):
                return
    else:
        return
    actor.country_iso3, actor.country_basis = iso3, "article_context"


# broadcasters' words beside the newspapers' heads of `org_heads.csv` (kind media): a news outlet reports
# on a country as often from abroad as from within ("the Military Times reported" in a story about Iraq)
_BROADCAST = frozenset({"TV", "Television", "Radio", "Channel", "Network", "Broadcasting", "Broadcaster"})


def is_outlet(name: str) -> bool:
    heads = org_heads()
    return any(w in _BROADCAST or heads.get(w) == "media" for w in name.split())


# a body named this close to a person's name (in characters, same sentence) may be the person's employer
NEAR_CHARS = 40


def near_actors(b: ActorBuilder, bodies: set[str]) -> set[str]:
    """Keys of the actors named within `NEAR_CHARS` characters of a mention of one of `bodies` in one sentence
    ("Sky News Arabia producer X", "X, general manager of Abu Dhabi Media")."""
    spots = [(m.sentence_index, m.char_start, m.char_end) for m in b.mentions if m.actor_key in bodies]
    return {m.actor_key for m in b.mentions if m.mention_kind == "name" and any(
        s == m.sentence_index and start - NEAR_CHARS <= m.char_end and m.char_start <= end + NEAR_CHARS
        for s, start, end in spots)}


def of_many_states(name: str) -> bool:
    """A word of the body's name names a region or faith of many states ("Organisation of Islamic ...")."""
    words = name.split()
    return names_region(words) or any(w in _MANY_STATES for w in words)


def of_one_state(actor: LocalActor, iso3: str) -> bool:
    """No word of the body's name names a place of another country or a region or faith of many states."""
    words = actor.name.split()
    if of_many_states(actor.name):
        return False
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)}
    return all(country_of(p, cities=True) in (None, iso3) for p in spans if p[:1].isupper())
