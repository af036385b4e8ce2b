"""A nationality given by a demonym noun that refers back to the person named just before.

News often names a person once, then calls them by their nationality as the subject of the next sentence:
"X won the prize on Sunday. The 20-year-old Norwegian is the youngest winner." A definite noun phrase
headed by a singular demonym noun ("the Swede", "the 28-year-old Briton") that is the subject of its
sentence refers to the person of the sentence before when that sentence names exactly one person, and the
subject's own sentence names no person before it. The person takes that nationality (`nationality`).
Plurals ("the Swedes") and demonyms inside a name ("the Swede Lina Berg": `affiliation`) are not read here.
Also: a two-word demonym the model split ("American" + "Samoans") is read whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder.extract.doctext import char_span, doc_ents, doc_tokens
from newscoder.resolve.countries import iso3_for_demonym

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder


def demonym_noun_country(tok: Token) -> str | None:
    """A demonym used as a noun for one person ("a Kenyan", "the Swede", "the 30-year-old Briton"): the
    adjective form or the singular of a listed plural ("Swedes" -> "Swede"). Country names and acronyms
    ("the US") are no people nouns."""
    text = tok.text
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS") or not text[:1].isupper() or text.isupper():
        return None
    return iso3_for_demonym(text) or iso3_for_demonym(text + "s")


def countries_from_demonym_subjects(b: ActorBuilder, doc: Doc) -> None:
    """"X won the prize. The sixteen-year-old Swede ...": the one person named in the sentence before a
    definite demonym subject takes its nationality. Read from the model's one-word NORP (or PERSON)
    entities only (no pass over every token)."""
    for ent in doc_ents(doc):
        if ent.label_ not in ("NORP", "PERSON") or len(ent) != 1:  # the model tags "Briton" PERSON too
            continue
        tok = ent[0]
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if tok.dep_ not in ("nsubj", "nsubjpass") or not definite:
            continue
        iso3 = demonym_noun_country(tok)
        sent = tok.sent
        if iso3 is None or sent.start == 0:
            continue
        before = doc[sent.start - 1].sent
        people_before, people_here = set(), False
        for m in b.mentions:
            actor = b.by_key(m.actor_key)
            if actor.actor_type != "person" or m.mention_kind not in ("name", "pronoun"):
                continue
            if before.start_char <= m.char_start < before.end_char and m.mention_kind == "name":
                people_before.add(actor.key)
            elif sent.start_char <= m.char_start < tok.idx:
                people_here = True
        if len(people_before) == 1 and not people_here:
            actor = b.by_key(people_before.pop())
            if actor.country_iso3 is None and actor.registry_id is None:
                actor.country_iso3, actor.country_basis = iso3, "nationality"


def countries_of_two_word_demonyms(b: ActorBuilder, doc: Doc) -> None:
    """"American Samoans", "North Koreans": the model may tag the first word apart, leaving a group named
    by the second ("Samoans" -> Samoa). When the word before a group's name makes with it a demonym of
    another country, that country (and that name) is the group's."""
    toks = doc_tokens(doc)
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        if actor.actor_type != "group" or m.mention_kind not in ("name", "descriptor") or " " in m.text:
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or span.start == 0 or not toks[span.start - 1].text[:1].isupper():
            continue
        whole = f"{toks[span.start - 1].text} {m.text}"
        iso3 = iso3_for_demonym(whole)
        if iso3 and iso3 != actor.country_iso3:
            actor.country_iso3, actor.country_basis = iso3, "nationality"
            if actor.name == m.text:
                actor.name = whole
