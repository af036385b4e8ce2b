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
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract.coref import known_gender
from newscoder.extract.doctext import doc_column, doc_tokens
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


_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NOUN_TAGS = ("NN", "NNP")


def _descriptor_country(tok: Token) -> tuple[str, str] | None:
    """(country, gender) of a definite subject "the [..] <Demonym> <person noun>" or "the [..] <Demonym>"."""
    if tok.dep_ not in _SUBJECT_DEPS or tok.tag_ not in _NOUN_TAGS or tok.ent_type_ == "PERSON":
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
    if not sents:
        return
    doc = sents[0].doc
    # speed: only a noun subject can be a descriptor (the first test of `_descriptor_country`); the per-Doc
    # columns rule out the other words without building a Token for each word of the article
    toks, deps, tags = doc_tokens(doc), doc_column(doc, "dep_"), doc_column(doc, "tag_")
    for si, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            if deps[i] not in _SUBJECT_DEPS or tags[i] not in _NOUN_TAGS:
                continue
            tok = toks[i]
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
