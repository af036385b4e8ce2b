"""What the actor passes share about named entities: the labels that can make an actor, the word lists a
name is read against (job words, first and given names, name particles), a name's gender and the country of the
word before it, and whether an article is a sports report. The model's entities are cleaned in three modules:
entity_junk.py (spans that name no actor), entity_bounds.py (where a name starts and ends) and entity_labels.py
(which type the name is)."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.country_cues import WAR_NOUNS
from newscoder.extract.actors.word_lists import POSS, csv_column, gender_table
from newscoder.extract.doctext import doc_text, doc_tokens
from newscoder.resolve.countries import iso3_for_name

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


def _job_word_first(doc: Doc, start: int, end: int) -> bool:
    """"Lawyer Ann Ray said": a sentence that opens with a job word (PETRARCH2's agent nouns,
    data/agent_nouns.csv) capitalised only by its place, before a name of two words or more. Inside a
    sentence a capitalised agent word is a name ("Carrie Fisher", "Baker Mayfield")."""
    tok = doc[start]
    return (end - start > 2 and tok.is_sent_start and tok.text[1:].islower()
            and (tok.lower_ in _agent_nouns() or tok.lower_.endswith(_OCCUPATION_ENDINGS)
                 or tok.lower_ in _RANK_WORDS)
            and tok.text not in gender_table("first_names.csv", "name")
            and tok.text not in lexicons.words("given_names", "name"))


# endings of occupation nouns that no given name has ("Broadcaster", "Columnist", "Photographer"), so a
# sentence-opening word with one is a job word even when the agent list lacks it
_OCCUPATION_ENDINGS = ("caster", "ist", "grapher", "writer", "maker", "ologist")


# rank words that open a job phrase with the job left out ("Lead Ann Ray talked about the series", "Senior
# Ann Ray"): before a name of two words at a sentence's start they are no part of the name
_RANK_WORDS = frozenset({"lead", "senior", "chief", "principal", "deputy", "acting", "former", "junior"})


@functools.cache
def _agent_nouns() -> frozenset[str]:
    return lexicons.words("agent_nouns", "word")


def gender_of(doc: Doc, start: int, name: str) -> str | None:
    """"Mrs May", "King Abdullah", "Angela Merkel": gender shown by a title word or a common first name."""
    toks = doc_tokens(doc)
    words = gender_table("gendered_words.csv", "word")
    for i in range(start - 1, max(start - 4, -1), -1):
        g = words.get(toks[i].lower_)
        if g:
            return g
        if not (toks[i].text[:1].isupper() or toks[i].is_punct):
            break
    first = name.split()[0] if name.split() else ""
    return gender_table("first_names.csv", "name").get(first) if len(name.split()) > 1 else None


def _is_first_name(word: str) -> bool:
    return word in gender_table("first_names.csv", "name") or word in _given_names()


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(lexicons.column("given_names", "name"))


_NAME_PARTICLES = lexicons.words("name_particles", "word")


_SCORE = re.compile(r"(?<![\d,.])\d{1,2} ?[–—-] ?\d{1,2}(?![\d,.])")
_LOCATIVE = {"in", "at", "near", "across", "throughout", "inside", "from", "into", "within"}


def is_match_report(doc: Doc) -> bool:
    """A sports report: several scores ("1 – 0") and sports words (why: there, countries are teams)."""
    if len(_SCORE.findall(doc_text(doc))) < 2:  # the cheap test first: most articles have no scores
        return False
    words = csv_column("sports_words.csv", "word")
    return sum(1 for t in doc_tokens(doc) if t.lower_ in words) >= 4


def locative(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _LOCATIVE


def person_name(text: str) -> str:
    return " ".join(text.split())


def country_before(doc: Doc, start: int) -> str | None:
    """Country of a premodifier right before token `start`: "US", "Cuban", "Cuba's"."""
    toks = doc_tokens(doc)
    i = start - 1
    if i >= 0 and toks[i].text in POSS:
        i -= 1
    if i < 0 or toks[start].text in WAR_NOUNS and iso3_for_name(toks[i].text):
        return None  # "Iraq [Veterans Against the War]": a war fought there, not the body's country
    return roles.country_of_modifier(toks[i].text)
