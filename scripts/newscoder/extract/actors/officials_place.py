"""A public servant named only by a bare office acts in the place the story happens.

"stated Minister of Information X", "officers X and Y", "former federal prosecutor X": the title names an
office of a state or a public service but not which state. Such a person, still without a country once
every other evidence was read, takes the country of the place the story happens in (basis `office`):
the one country of the places the lead says something happened in or at ("killed X in the port town of
Mokha, Yemen", "After a trial in Paris, ..."), not the places it names in passing ("Abu Dhabi TV", "a
Canadian tourist"); else the country of a wire dateline's place. Never the one country named anywhere
in the article (a story may name only a foreign state, "the Kremlin and Ukraine protested"). A story
with foreign actors fails the share test of `story_country`, yet the official named by a bare office is
still the place's own. Never for a registered or stateless person,
nor one named beside a body of another or of no known country (`story_country.NEAR_CHARS` characters).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from newscoder.extract.actors.affiliation import is_international, set_country
from newscoder.extract.actors.story_country import NEAR_CHARS, of_one_state
from newscoder.extract.dateline import dateline_end
from newscoder.extract.doctext import doc_text, doc_tokens, span_ents
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import Mention

# offices of a state and public services; a company's "manager" or a party's "leader" is not one
_OFFICES = frozenset({"minister", "officer", "prosecutor", "judge", "magistrate", "firefighter", "policeman",
                      "policewoman", "detective", "sheriff", "constable", "coroner", "ombudsman", "inspector",
                      "superintendent", "sergeant"})
# the last words of the name of a local police or fire service: it acts where the story happens
_FORCE_ENDS = (("Police",), ("Constabulary",), ("Police", "Department"), ("Police", "Service"),
               ("Fire", "Department"), ("Fire", "Service"), ("Fire", "Brigade"), ("Rescue", "Service"),
               ("Sheriff's", "Office"), ("Sheriff’s", "Office"))
# how many words before a name the bare title may take ("former federal prosecutor X")
_SPAN = 5
_AT = frozenset({"in", "at"})
# the sentences of the lead read for the story's place: the first, and the second when the first names none
# ("Police said they arrested a man. The statue was stolen from a museum in Leeds, England.")
_LEAD_SENTENCES = 2


def _office_before(toks: list[Token], first: Token) -> bool:
    """An office word among the words right before the name's first token, past no punctuation."""
    for t in reversed(toks[max(first.i - _SPAN, first.sent.start):first.i]):
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "ADP", "CCONJ") and t.lower_ != "of":
            return False
        if t.lemma_.lower() in _OFFICES:
            return True  # (the model may tag a capitalised rank as a body: "Detective Inspector X")
        if t.ent_type_ in ("GPE", "NORP", "ORG"):
            return False
    return False


def _titled(toks: list[Token], first: Token) -> bool:
    """The name, or the name it is listed after ("officers X and Y"), follows a bare office."""
    if _office_before(toks, first):
        return True
    root = first
    while root.dep_ == "compound" and root.head.i > root.i:
        root = root.head
    if root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < root.i:
        head_first = min((t for t in root.head.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"
                          and t.i <= root.head.i),
                         key=lambda t: t.i, default=root.head)
        return _office_before(toks, head_first)
    return False


def dateline_country(doc: Doc) -> str | None:
    """The country of a wire dateline's place ("KYIV (AFP) -" -> UKR)."""
    end = dateline_end(doc_text(doc), 0)
    if end is None:
        return None
    return country_of(re.split(r"[,(]", doc_text(doc)[:end])[0].strip(" -\u2013\u2014"), cities=True)


def lead_place(sents: list[Span], skip: set[int]) -> str | None:
    """The one country of the places the lead says something happened in or at ("in Paris", "in the port
    town of Mokha, Yemen"): places named as the object of "in"/"at", or listed beside one."""
    prose = (s for s in sents if not all(t.i in skip or t.is_space or t.ent_type_ == "DATE" or t.is_punct
                                         for t in s))
    for lead in itertools.islice(prose, _LEAD_SENTENCES):
        found = _places_in(lead)
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _places_in(lead: Span) -> set[str]:
    """The countries of the places a sentence says something happened in or at."""
    found: set[str] = set()
    for ent in span_ents(lead):
        if ent.label_ not in ("GPE", "LOC"):
            continue
        root = ent.root
        while root.dep_ in ("appos", "conj") and root.head.i < root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            root = root.head.head  # "the port town of Mokha": the town is what the story is in
            while root.dep_ in ("appos", "conj") and root.head.i < root.i:
                root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in _AT and (iso3 := country_of(ent.text, cities=True)):
            found.add(iso3)
    return found


def officials_in_story_place(b: ActorBuilder, doc: Doc, sents: list[Span], skip: set[int]) -> None:
    """Give the story's place's country to the people named right after a bare public office, and to the
    local police and fire services named without a country (basis `office`)."""
    if b.sports:
        return
    candidates = {a.key for a in b.actors.values() if a.actor_type == "person" and not a.country_iso3
                  and a.registry_id is None and a.key not in b.stateless}
    forces = [a for a in b.actors.values() if a.actor_type == "organization" and not a.country_iso3
              and a.registry_id is None and a.key not in b.stateless and _is_local_force(a.name)]
    if not candidates and not forces:
        return
    titled: list = []
    if candidates:
        toks = doc_tokens(doc)
        starts = {t.idx: t for t in toks}
        titled = [m for m in b.mentions if m.actor_key in candidates and m.mention_kind == "name"
                  and m.char_start in starts and _titled(toks, starts[m.char_start])]
    if not titled and not forces:
        return
    iso3 = lead_place(sents, skip) or dateline_country(doc)
    if iso3 is None:
        return
    for force in forces:
        if not is_international(force) and of_one_state(force, iso3):
            set_country(force, iso3, "office")
    # the office is that of a body named beside it when one is ("Sky News Arabia's bureau chief, X"); not
    # the rank itself tagged as a body right before the name ("Detective Inspector X")
    foreign = [m for m in b.mentions if m.actor_key not in candidates
               and b.by_key(m.actor_key).actor_type == "organization" and b.by_key(m.actor_key).country_iso3 != iso3]
    for m in titled:
        if not any(f.sentence_index == m.sentence_index and f.char_start - NEAR_CHARS <= m.char_end
                   and m.char_start <= f.char_end + NEAR_CHARS and not _rank_before(b, f, m) for f in foreign):
            set_country(b.by_key(m.actor_key), iso3, "office")


def _is_local_force(name: str) -> bool:
    """A police or fire service named with a qualifier ("Thames Valley Police"; a bare "Police" is not one)."""
    words = tuple(name.split())
    return any(len(words) > len(end) and words[-len(end):] == end for end in _FORCE_ENDS)


def _rank_before(b: ActorBuilder, body: Mention, person: Mention) -> bool:
    """The body's mention is a rank right before the person's name ("Detective Inspector" + "X")."""
    words = b.by_key(body.actor_key).name.split()
    return 0 <= person.char_start - body.char_end <= 1 and words[-1].lower() in _OFFICES
