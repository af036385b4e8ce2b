"""One-word "people" that are places: the model tags a town's name PERSON ("a bus from Kelby to Varna",
"bombs struck the Kelby Cathedral"), and nothing in the article says it is a person.

A PERSON name is a place, not an actor, when the article gives it no sign of a person (its first word is
no given name, no longer name of the article holds it, no title stands before it, it never speaks) and
either every one of its occurrences is a place use, or the offline gazetteer knows it (one word) as a city
and at least one occurrence is a place use. A place use is the object of a locative preposition ("in",
"near", "between"; "of" after a place noun, one-word names only), an end of a route ("from X to Y"), the
second of "between X and Y", one of a pair with a place noun ("X and the region around it"), the modifier
of a building or place word ("X Cathedral", "X Airport", "X province"), or a place with its country after
a comma ("X, Cuba"). "to" and "from" alone are no place use: "went to X", "a letter from X" name people.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.entities import _is_first_name
from newscoder.extract.doctext import doc_text, doc_tokens
from newscoder.resolve.countries import iso3_for_demonym, iso3_for_name
from newscoder.resolve.places import country_of_place
from newscoder.resolve.subdivisions import is_subdivision_name, subdivision_country

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# where a place is: "in X", "from X to Y", "near X", "outside X"
# ("to" and "from" alone are not: "went to X", "a letter from X" name people too; see `_route`)
_PLACE_PREPS = frozenset({"in", "at", "near", "into", "between", "outside", "around", "across", "throughout",
                          "inside", "within", "towards", "toward", "of"})


def _route(prep: Token) -> bool:
    """"from X to Y" ("carrying locals from X to Y"): the two ends of a route are places. "from" comes
    first and the other end is a place the model tags ("went to X ... from Ethiopia" is no route)."""
    if prep.lower_ not in ("from", "to"):
        return False
    # the parser hangs "to Y" on the verb or noun, on "from", or on X itself; "from X" is the head of "to"
    near = [*prep.head.children, *prep.children, *(c for o in prep.children if o.dep_ == "pobj" for c in o.children)]
    if prep.lower_ == "to" and prep.head.dep_ == "pobj":
        near.append(prep.head.head)
    for other in near:
        if other.dep_ == "prep" and other is not prep and {prep.lower_, other.lower_} == {"from", "to"}:
            frm, to = (prep, other) if prep.lower_ == "from" else (other, prep)
            end = next((c for c in other.children if c.dep_ == "pobj"), None)
            if frm.i < to.i and end is not None and end.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "NORP"):
                return True
    return False


# the people or parts of a place: "residents of X", "the outskirts of X"
_DWELLERS = frozenset({"resident", "inhabitant", "outskirt", "suburb", "street", "mayor"})


@functools.cache
def _facility_nouns() -> frozenset[str]:
    return frozenset(r["word"] for r in lexicons.rows("non_actor_heads") if r["kind"] in ("building", "place"))


@functools.cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(lexicons.column("reporting_verbs", "lemma"))


def _place_use(toks: list[Token], i: int, end: int) -> bool:
    """Is the name at tokens [i, end) used as a place here?"""
    tok = toks[i + (end - i) - 1]  # the name's last word: the one the parser hangs the phrase on
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.lower_ == "the" and i > 1:
        prev = toks[i - 2]  # "from the X Cathedral"
    if prev is not None and prev.lower_ in _PLACE_PREPS:
        # "of" only as a place noun's "of" ("the town of X", "residents of X"), not "the leader of X", and
        # only before a one-word name ("the Mayor of Kelby Ana Ray": the model's span may swallow the title)
        if prev.lower_ != "of" or end - i == 1 and prev.head.lemma_.lower() in _place_nouns() | _DWELLERS:
            return True
    if prev is not None and _route(prev):
        return True
    if tok.dep_ == "conj" and tok.head.i < i:
        first = tok.head  # "between X and Y", "from X and Y"
        if first.i > 0 and (toks[first.i - 1].lower_ in _PLACE_PREPS - {"of"} or _route(toks[first.i - 1])):
            return True
    if _listed_after_place_preposition(toks, i, end):
        return True  # "started at the park, Kelby Bay and Varn Hill": one of a list of places
    first = tok
    while i <= first.head.i < end and first.head.i != first.i:
        first = first.head  # the name's own head word ("Tell Kelby": the parser may hang "Kelby" on "Tell")
    while first.dep_ == "conj" and first.head.i < first.i:
        first = _entity_head(toks, first.head)
    if first.dep_ == "dobj" and first.head.pos_ == "VERB" and first.head.lemma_.lower() in _ENTERING:
        return True  # "troops entered Kelby and Varna": where the troops went
    # "X and the region around it": one of a pair with a place noun
    if any(t.lemma_.lower() in _place_nouns() for t in (*tok.conjuncts, tok.head) if t.pos_ == "NOUN"
           and (t.dep_ == "conj" or t is tok.head and tok.dep_ == "conj")):
        return True
    if end - i == 1 and end + 2 < len(toks) and toks[end].lower_ == "in":
        # "X in the province of Y": a place set inside a wider one (by the words: the parser often hangs
        # the "in" on the noun before the name)
        after = toks[end + 2] if toks[end + 1].lower_ == "the" else toks[end + 1]
        if after.pos_ == "NOUN" and after.lemma_.lower() in _place_nouns():
            return True
    nxt = toks[end] if end < len(toks) else None
    if nxt is not None and (nxt.text in _facility_nouns() or nxt.lower_ in _place_nouns()
                            or nxt.lower_ in _PLACE_ADJECTIVES):
        return True  # "X Cathedral", "X Airport", "X province", "the X provincial council"
    if end + 1 < len(toks) and nxt.text == "," and toks[end + 1].ent_type_ == "GPE" \
            and (iso3_for_name(toks[end + 1].text) or iso3_for_demonym(toks[end + 1].text)):
        return True  # "X, Cuba": a place and its country
    return False


def _entity_head(toks: list[Token], tok: Token) -> Token:
    """The head word of the entity `tok` is in ("Tell" of "Tell Kelby" when the parser hangs "Kelby" on it)."""
    while tok.ent_type_ and tok.head.i != tok.i and tok.head.ent_type_ == tok.ent_type_ \
            and all(toks[k].ent_iob_ == "I" for k in range(min(tok.i, tok.head.i) + 1, max(tok.i, tok.head.i) + 1)):
        tok = tok.head
    return tok


# verbs whose object is the place gone into: "troops entered X", "invaded X"
_ENTERING = frozenset({"enter", "invade", "besiege", "evacuate"})
# words that separate the items of a list ("the park, X, and Y")
_LIST_MARKS = frozenset({",", "and", "or"})


def _listed_after_place_preposition(toks: list[Token], i: int, end: int) -> bool:
    """"at the park, Kelby Bay, and Varn Hill", "in Kelby, Varna and Dorr": reading left from the name
    over a list (commas, "and", capitalised names, "the" and place nouns, at most ten tokens), a place
    preposition opens the list, its first item is a place (a place noun, or a name the model tags a place),
    and an "and" or "or" joins it (before the name, or right after it): every item is a place. A common
    noun that is no place noun ("the meeting, Ana Ray and ...") or any other word ends the list with no
    verdict; so does a list that is a verb's subject ("at the port, Ana Ray and Bo Li said")."""
    joined = False
    for j in range(i - 1, max(-1, i - 11), -1):
        t = toks[j]
        if t.text in _LIST_MARKS:
            joined = joined or t.text != ","
        elif t.lower_ in _PLACE_PREPS - {"of"}:
            break
        elif not (t.lower_ == "the" or t.pos_ == "PROPN" and t.text[:1].isupper()
                  or t.pos_ == "NOUN" and t.lemma_.lower() in _LISTED_PLACES | _place_nouns()):
            return False
    else:
        return False
    if j == i - 1:
        return False  # right after the preposition: `_place_use` reads that
    first = toks[j + 2] if toks[j + 1].lower_ == "the" else toks[j + 1]
    if not (first.ent_type_ in ("GPE", "LOC", "FAC")
            or first.pos_ == "NOUN" and first.lemma_.lower() in _LISTED_PLACES | _place_nouns()):
        return False  # the list opens with a place ("at the park, ...", "in Varna, ..."), not a body or a person
    after = [t.lower_ for t in toks[end : end + 2]]
    if not (joined or after[:1] in (["and"], ["or"]) or after in ([",", "and"], [",", "or"])):
        return False
    k = end
    while k < len(toks) and (toks[k].text in _LIST_MARKS or toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper()):
        k += 1
    if k < len(toks) and toks[k].pos_ in ("VERB", "AUX"):
        return False  # "at the port, Ana Ray and Bo Li said": the list after the comma is the verb's subject
    head = _entity_head(toks, toks[end - 1])
    while head.dep_ == "conj" and head.head.i < head.i:
        head = _entity_head(toks, head.head)
    return head.dep_ not in ("nsubj", "nsubjpass")


# common nouns of places that open such lists ("at the park, X and Y")
_LISTED_PLACES = frozenset({"park", "square", "station", "camp", "site", "street", "road", "bridge", "beach",
                            "harbour", "harbor", "airport", "market", "stadium"})


# adjectives of a place's own bodies: "the X provincial council"
_PLACE_ADJECTIVES = frozenset({"provincial", "municipal", "regional"})


@functools.cache
def _place_nouns() -> frozenset[str]:
    return frozenset(lexicons.column("place_nouns", "noun"))


def _agent_use(tok: Token, toks: list[Token]) -> bool:
    """A sign of a person: a title before ("Mayor X"), speech ("X said"), a possessive pronoun's owner
    is not read (coreference runs later)."""
    if tok.i > 0 and roles.is_title_word(toks[tok.i - 1].text):
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _speech_verbs()


def place_used_person_names(doc: Doc, people: list[tuple[int, int]]) -> set[str]:
    """The PERSON names (token ranges of the article's kept PERSON spans) that are places."""
    toks = doc_tokens(doc)
    names = {tuple(t.text for t in toks[start:end]) for start, end in people}
    out: set[str] = set()
    text = doc_text(doc)
    starts: list[int] | None = None
    for words in names:
        if not all(w[:1].isupper() and w.isalpha() for w in words) \
                or any(len(other) > len(words) and _holds(other, words) for other in names):
            continue  # a part of a longer name of the article ("Ana Kelby" for "Kelby")
        # a name opening with a given name is a place only when every use is an item of a list of places
        given = _is_first_name(words[0])
        if starts is None:
            starts = [t.idx for t in toks]
        name = " ".join(words)
        uses = []
        for at in _whole_word_uses(text, name):
            j = bisect.bisect_left(starts, at)
            if j + len(words) <= len(toks) and starts[j] == at \
                    and tuple(t.text for t in toks[j : j + len(words)]) == words:
                uses.append(j)
        if not uses:
            continue
        if given:
            if len(words) > 1 and not any(_agent_use(toks[j], toks) for j in uses) \
                    and all(_listed_after_place_preposition(toks, j, j + len(words)) for j in uses):
                out.add(name)  # "at the park, Kelby Bay and Tin Varo": a place, although "Tin" is a name
            continue
        if len(words) == 1 and subdivision_country(name) is not None \
                and not any(j > 0 and roles.is_title_word(toks[j - 1].text) for j in uses):
            # a province or state the ISO list knows (no first name, no title before it): a place, never a
            # person; even "X declared an emergency" is its government, which we do not guess
            out.add(name)
            continue
        if any(_agent_use(toks[j], toks) for j in uses):
            continue
        placed = [_place_use(toks, j, j + len(words)) for j in uses]
        # (a name of several words written as a place in half its uses or more, three at least ("at X"): a
        # site the model took for a person; people are seldom "at" or "in" anyone)
        # (a one-word name placed once that is a town or a province of any country ("in Goa"): the place)
        if all(placed) or any(placed) and len(words) == 1 \
                and (country_of_place(name) is not None or is_subdivision_name(name)) \
                or len(words) > 1 and sum(placed) >= 3 and 2 * sum(placed) >= len(placed):
            out.add(name)
        elif len(words) == 1 and _thing_uses(toks, uses, placed):
            out.add(name)
    return out


_WORD_BEFORE = re.compile(r"[\w'’-]")
_WORD_AFTER = re.compile(r"[\w-]")


def _whole_word_uses(text: str, name: str) -> list[int]:
    """Where `name` stands in `text` as whole words, not inside a longer word, left to right and not
    overlapping. Speed: `str.find` and two one-character tests, not a pattern compiled for each name."""
    out, at, end = [], text.find(name), len(text)
    while at != -1:
        after = at + len(name)
        if not (at > 0 and _WORD_BEFORE.match(text[at - 1])) and not (after < end and _WORD_AFTER.match(text[after])):
            out.append(at)
            at = text.find(name, after)
        else:
            at = text.find(name, at + 1)
    return out


# prepositions of a topic, a medium or a stance: "about X", "on X", "via X", "against X"
_TOPIC_PREPS = frozenset({"about", "on", "via", "against", "over", "after", "before", "during", "for"})
_THING_DEPS = frozenset({"dobj", "oprd", "attr", "conj", "appos", "compound"})


def _thing_uses(toks: list[Token], uses: list[int], placed: list[bool]) -> bool:
    """"the X vote", "a X deal", "wrote on X", "argued about X": a one-word name the article uses at least
    twice, at least once as the modifier of a common noun, and otherwise only as a place, a topic or a
    medium (the object of "about", "on", "via", "against", ...) or a verb's object, never as a subject, an
    owner ("X's") or the speaker of a report, is a thing (a process, a platform), not a person."""
    if len(uses) < 2:
        return False
    modifier = False
    for j, where in zip(uses, placed, strict=True):
        tok = toks[j]
        if where:
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lower_ not in _person_nouns():
            modifier = True
        elif tok.dep_ == "pobj" and tok.head.lower_ in _TOPIC_PREPS:
            continue
        elif tok.dep_ == "nsubj" and tok.head.tag_ == "VBN" and tok.head.head.lemma_.lower() in ("get", "have"):
            continue  # "get X done": the object of a causative, what is to be done
        elif tok.dep_ not in _THING_DEPS or tok.dep_ == "compound":
            return False
    return modifier


@functools.cache
def _person_nouns() -> frozenset[str]:
    return frozenset(lexicons.column("person_nouns", "noun"))


def _holds(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(longer[k : k + n] == words for k in range(len(longer) - n + 1))
