"""Names that the syntax shows to be things or kinds, not actors: a name with an indefinite article ("a
bio-based PET", "a Beechcraft Sierra", "a Labour Member of Parliament"), a vehicle the model calls a
product ("the Kestrel was launched"); and the model's own organisation label given to a name it elsewhere
calls a person ("the Oberster Gerichtshof ... Oberster Gerichtshof said")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newscoder.extract.actors.entities import _is_first_name, non_actor_classifiers
from newscoder.extract.doctext import doc_ents, doc_text, doc_tokens

# the name is then the determiner's noun itself, not a modifier of another noun ("a CIA officer")
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "npadvmod"})


def indefinite_use(doc: Doc, start: int, end: int) -> bool:
    """Is the name the head of a noun phrase with "a"/"an" ("switched to a bio-based PET", "the plane, a
    Beechcraft Sierra", "always elected a Labour Member of Parliament")? A proper name of one body or
    person takes no indefinite article: such a phrase names a kind, a model, a substance or a title."""
    root = doc[start:end].root
    if root.dep_ in _MODIFIER_DEPS:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < start for c in root.children)


# verbs of which a vehicle is the subject, or the object (or the passive subject), as a vehicle
_VEHICLE_SUBJECT_VERBS = frozenset({"dock", "crash", "land", "fly", "sink", "capsize", "orbit", "splash",
                                    "undock", "touch"})
_VEHICLE_OBJECT_VERBS = frozenset({"launch", "fly", "pilot", "board", "ground", "dock", "land", "sink", "tow",
                                   "crash", "park", "refuel"})


def vehicle_use(doc: Doc, start: int, end: int) -> bool:
    """A name used as a vehicle: the passive subject or object of a verb of launching, flying, boarding
    ("the Kestrel was launched", "crews boarded the Osprey"), the subject of a verb of docking, landing,
    crashing, or a modifier of a vehicle noun ("the Kestrel capsule"; the PRODUCT nouns of
    data/non_actor_classifiers.csv). Asked only of names the model itself calls products: a company flies
    planes and launches rockets too."""
    root = doc[start:end].root
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ in ("nsubjpass", "dobj") and head.pos_ == "VERB" and lemma in _VEHICLE_OBJECT_VERBS:
        return True
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and lemma in _VEHICLE_SUBJECT_VERBS:
        return True
    return root.dep_ in ("compound", "nmod") and head.i >= end and head.pos_ == "NOUN" \
        and non_actor_classifiers().get(lemma) == "PRODUCT"


def _strip_the(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ")


def organisation_names(doc: Doc) -> set[str]:
    """Names the model tags as an organisation with a definite article, as the head of their phrase ("the
    Harbour Survey Institute ruled"; a person's name takes no "the"), and the one-word forms bracketed
    inside or right after an organisation ("the Harbour Survey Institute (Hasurvin)")."""
    toks = doc_tokens(doc)
    out: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "ORG":
            continue
        the = toks[ent.start].lower_ == "the" or ent.start > 0 and toks[ent.start - 1].lower_ == "the"
        if the and ent.root.dep_ not in _MODIFIER_DEPS:
            out.add(_strip_the(ent.text))
        for k in range(ent.start, min(ent.end + 1, len(doc) - 2)):
            word = toks[k + 1]
            if toks[k].text == "(" and word.is_alpha and word.text[:1].isupper() \
                    and (k + 2 == ent.end or toks[k + 2].text == ")"):
                out.add(word.text)
    return out


def person_tagged_organisation(text: str, org_names: set[str]) -> bool:
    """A name the model tags as a person here and as an organisation elsewhere (or as the acronym of one),
    that opens with no known first name: the organisation label wins ("the Oberster Gerichtshof ruled ...
    Oberster Gerichtshof said")."""
    return text in org_names and not _is_first_name(text.split()[0])


def plural_group_name(doc: Doc, start: int, end: int) -> bool:
    """"the Kestrels", "fighting the Xoronis": a one-word name in the plural (tagged NNPS, or ending in "s"
    after "the") whose singular the article also uses as a modifier ("a Xoroni commander", "anti-Xoroni"):
    a movement or a people, not one person."""
    if end - start != 1:
        return False
    tok = doc_tokens(doc)[start]
    text = tok.text
    if not (text.endswith("s") and len(text) > 3 and text[:1].isupper()):
        return False
    if not (tok.tag_ == "NNPS" or start > 0 and doc_tokens(doc)[start - 1].lower_ == "the"):
        return False
    # speed: one search of the text, no pass over the tokens
    return re.search(rf"(?<![\w'’]){re.escape(text[:-1])}(?![\w'’])", doc_text(doc)) is not None
