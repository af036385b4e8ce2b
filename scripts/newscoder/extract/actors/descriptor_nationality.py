"""A person named and then called by a definite descriptor with a nationality ("Ana Roe was hurt. The Kelbian
cyclist was taken to hospital", "The 30-year-old Kelbian was charged") is of that country (basis
`nationality`).

The descriptor is read only where the reading is the only one: a singular "the" noun phrase, the subject of
its clause and naming no one itself, of a word for one person (`data/person_nouns.csv`, the person words of
`data/speaker_words.csv`, the agent-ending words of the people's sectors of `data/agent_nouns.csv`, a word
ending in -ist or -ian; no title word: "the Kelbian ambassador" is an office someone unnamed may hold; no
body or craft: "the Kelbian carrier") or of the nationality noun alone; and exactly one person named in that
sentence before it or in the sentence before, no other person of the article known to be of that country
(the descriptor may mean that one). The descriptor is no mention of its own (coref links no
person descriptors), so a person with a country of their own evidence keeps it, and a gender the noun
carries must agree.

The other order (`countries_from_introduced_descriptors`): "a Kelbian tourist was attacked ... The tourist,
Ana Roe, 39, said", "Ana Roe, the tourist, said": a person noun introduced once with a nationality by an
indefinite article, and later "the <same noun>" in apposition with a name, names that person. Read only where
the chain is exact: the article introduces that noun once (one "a/an ... <noun>", with its nationality),
after that only one person is set in apposition with "the <noun>", and that person has no country yet.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract.coref import known_gender
from newscoder.extract.roles import is_title_word
from newscoder.resolve.countries import iso3_for_demonym, iso3_for_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newscoder.extract.actors.builder import ActorBuilder


# agent endings that name people only ("cyclist", "physician"); "-er" and "-or" also make carriers,
# broadcasters and manufacturers, bodies, so only the listed words of those endings count
_ONE_PERSON_SUFFIXES = ("ist", "ian")
# the sectors of data/agent_nouns.csv whose agent-ending words are people (civilians, criminals, health,
# education, media); the others hold bodies and craft too ("carrier", "producer", "army")
_PEOPLE_SECTORS = frozenset({"CVL", "CRM", "HLH", "EDU", "MED"})
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ar")
# agent-ending words of those sectors that are things or firms
_NOT_PEOPLE = frozenset({"airliner", "jetliner", "publisher", "newspaper"})


@cache
def _one_person_nouns() -> dict[str, str]:
    """Words for one person -> their gender ("" when none): the person nouns of coref and of speakers, and the
    agent nouns of the people's sectors with an agent ending."""
    found = {r["word"]: "" for r in lexicons.rows("agent_nouns")
             if r["sector"] in _PEOPLE_SECTORS and r["word"].endswith(_AGENT_ENDINGS) and r["word"] not in _NOT_PEOPLE}
    found.update({w: "" for w in lexicons.words("speaker_words", "word", kind="person")})
    found.update({r["noun"]: r["gender"] or "" for r in lexicons.rows("person_nouns")})
    return found


def _descriptor_country(tok: Token) -> tuple[str, str] | None:
    """(country, gender) of a definite subject "the [..] <Demonym> <person noun>" or "the [..] <Demonym>"."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NN", "NNP") or tok.ent_type_ == "PERSON":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("appos", "poss") or c.ent_type_ == "PERSON" for c in tok.children):
        return None  # "the Kelbian cyclist Ana Roe" names someone itself; "the team's Kelbian driver"
    if tok.text[:1].isupper() and (iso3 := iso3_for_demonym(tok.text)):
        # the nationality noun alone: "The 30-year-old Kelbian"; no other noun of the phrase, and not a
        # country's own name that is also its adjective ("the US had")
        if any(c.dep_ == "compound" for c in tok.children) or tok.ent_type_ not in ("", "NORP") \
                or iso3_for_name(tok.text):
            return None
        return iso3, ""
    gender = _one_person_nouns().get(tok.lower_)
    if gender is None and len(tok.lower_) > 5 and tok.lower_.endswith(_ONE_PERSON_SUFFIXES):
        gender = ""
    if gender is None or is_title_word(tok.text) or not tok.text.islower():
        return None
    homes = {iso3 for c in tok.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
             and (iso3 := iso3_for_demonym(c.text))}
    if len(homes) != 1 or any(c.dep_ == "compound" and c.pos_ == "PROPN" and not iso3_for_demonym(c.text)
                              for c in tok.children):
        return None
    return next(iter(homes)), gender


def countries_from_national_descriptors(b: ActorBuilder, sents: list[Span]) -> None:
    """Give the one person named just before a national descriptor subject its nationality."""
    # sentence index -> (char offset, person key) of the name mentions of people
    named: dict[int, list[tuple[int, str]]] = {}
    for m in b.mentions:
        if m.mention_kind == "name" and b.by_key(m.actor_key).actor_type == "person":
            named.setdefault(m.sentence_index, []).append((m.char_start, m.actor_key))
    for si, sent in enumerate(sents):
        for tok in sent:
            found = _descriptor_country(tok)
            if found is None:
                continue
            iso3, gender = found
            np_start = min(t.idx for t in tok.subtree)
            people = {k for _, k in named.get(si - 1, [])} | {k for at, k in named.get(si, []) if at < np_start}
            if len(people) != 1:
                continue
            actor = b.by_key(next(iter(people)))
            if actor.country_iso3 or gender and known_gender(b, actor.key) not in (None, gender):
                continue
            if any(a.actor_type == "person" and a.country_iso3 == iso3 for a in b.actors.values()):
                continue  # "X, a Kelbian, won. Coach Y praised her. The Kelbian athlete ...": X is meant
            actor.country_iso3, actor.country_basis = iso3, "nationality"


def _introduced_country(tok: Token) -> tuple[str, str] | None:
    """(country, gender) of an indefinite "a [..] <Demonym> <person noun>" ("a Kelbian tourist")."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    gender = _person_noun_gender(tok)
    if gender is None:
        return None
    homes = {iso3 for c in tok.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
             and (iso3 := iso3_for_demonym(c.text))}
    return (next(iter(homes)), gender) if len(homes) == 1 else None


def _person_noun_gender(tok: Token) -> str | None:
    """The gender ("" when none) of a common noun for one person that is no title, or None."""
    if tok.tag_ != "NN" or not tok.text.islower() or is_title_word(tok.text):
        return None
    gender = _one_person_nouns().get(tok.lower_)
    if gender is None and len(tok.lower_) > 5 and tok.lower_.endswith(_ONE_PERSON_SUFFIXES):
        gender = ""
    return gender


def _bare_definite(tok: Token) -> bool:
    """"the tourist": the noun with "the" and nothing else before it (not "the other tourist")."""
    before = [c for c in tok.children if c.i < tok.i]
    return len(before) == 1 and before[0].dep_ == "det" and before[0].lower_ == "the"


def countries_from_introduced_descriptors(b: ActorBuilder, sents: list[Span]) -> None:
    """"a Kelbian tourist ... The tourist, Ana Roe, said": give the one person later set in apposition with
    "the <noun>" the nationality of the article's one indefinite introduction of that noun (`nationality`)."""
    # (start, end) of each name mention of a person -> the person's key
    name_at = {(m.char_start, m.char_end): m.actor_key for m in b.mentions
               if m.mention_kind == "name" and b.by_key(m.actor_key).actor_type == "person"}
    introduced: dict[str, list[tuple[int, tuple[str, str] | None]]] = {}
    named: dict[str, list[tuple[int, str]]] = {}
    for sent in sents:
        for tok in sent:
            if tok.pos_ != "NOUN":
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                introduced.setdefault(tok.lower_, []).append((tok.idx, _introduced_country(tok)))
            elif _bare_definite(tok) and _person_noun_gender(tok) is not None:
                linked = [tok.head] if tok.dep_ == "appos" else []
                linked += [c for c in tok.children if c.dep_ == "appos"]
                keys = {k for t in linked for (start, end), k in name_at.items() if start <= t.idx < end}
                if len(keys) == 1:
                    named.setdefault(tok.lower_, []).append((tok.idx, next(iter(keys))))
    for noun, found in named.items():
        intro = introduced.get(noun, [])
        if len(intro) != 1 or intro[0][1] is None:
            continue  # never introduced, introduced twice ("a Kelbian tourist and a second tourist"), no nationality
        at, (iso3, gender) = intro[0]
        keys = {k for idx, k in found if idx > at}
        if len(keys) != 1:
            continue
        actor = b.by_key(next(iter(keys)))
        if actor.country_iso3 or actor.registry_id is not None or actor.key in b.stateless \
                or gender and known_gender(b, actor.key) not in (None, gender):
            continue
        actor.country_iso3, actor.country_basis = iso3, "nationality"
