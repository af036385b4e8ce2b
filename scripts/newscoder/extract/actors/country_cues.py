"""Small textual cues of an actor's country, read by `affiliation`: a continent's adjective in a body's name
(no one country's), a language-tagged demonym before an agent noun (a nationality), "<place>-based" before a
name (a stated base)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newscoder.resolve.countries import iso3_for_demonym, iso3_for_region
from newscoder.resolve.places import country_of

# nouns after a country's name that make it a war fought there ("Iraq Veterans", "Vietnam War Memorial"),
# not the country of the body or people named
WAR_NOUNS = frozenset({"Veterans", "Veteran", "War", "Wars"})

# adjectives of a continent or a region of several states: a body named with one ("European Space Agency",
# "African Development Bank", "Arab League") belongs to no one country, whatever country the story is set in
# ("South African", "United Arab" are one country's words: `names_region` checks the word before). Words a
# company or a state's body also uses ("Pacific", "Baltic Fleet", "Gulf Coast") are not listed.
_SUPRANATIONAL = frozenset({"European", "African", "Asian", "Arab", "Eurasian", "Nordic", "Scandinavian",
                            "Pan-American", "Inter-American", "Andean", "Asia-Pacific", "Pan-African"})


def names_region(words: list[str]) -> bool:
    """Does a body's name hold a continent's or a multi-state region's adjective (not part of a country's)?"""
    def of_one_country(k: int) -> bool:  # the word is part of a country's name or demonym around it
        spans = [" ".join(words[i:j]) for i in range(max(0, k - 2), k + 1) for j in range(k + 1, k + 4)
                 if j - i > 1 and j <= len(words)]
        return any(iso3_for_demonym(p) or country_of(p) for p in spans)
    return any(w in _SUPRANATIONAL and not of_one_country(k) for k, w in enumerate(words))


# nouns a language adjective modifies as a subject taught or worked in ("English teacher X"), not a nationality
_LANGUAGE_NOUNS = frozenset({"teacher", "professor", "lecturer", "tutor", "translator", "interpreter", "speaker",
                             "student", "instructor", "scholar", "editor", "edition", "service", "version"})


def nationality_not_language(doc: Doc, i: int, start: int) -> bool:
    """The model tags "English", "French" LANGUAGE even in "English bassist X": a nationality there, unless
    the noun after it is one a language qualifies ("English teacher X")."""
    return doc[i].ent_type_ == "LANGUAGE" and i + 1 < start and doc[i + 1].lower_ not in _LANGUAGE_NOUNS \
        and not doc[i + 1].ent_type_


# the participles that state a body's seat: "Lagos-based", "Lagos-headquartered", "based in Lagos"
_BASED = frozenset({"based", "headquartered"})


def based_before(doc: Doc, start: int) -> str | None:
    """The place of "<place>-based" (or "-headquartered") before a name, past up to two lower-case words
    ("the Lagos-based charity X", "New York-based lawyer X"): where the body or person works from, its
    stated base."""
    k = start - 1
    while k >= 0 and start - k <= 2 and doc[k].is_lower and doc[k].lower_ not in _BASED \
            and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    if k < 2 or doc[k].lower_ not in _BASED or doc[k - 1].text != "-":
        return None
    first = k - 2
    while first > 0 and k - 2 - first < 2 and doc[first - 1].text[:1].isupper() and not doc[first].is_sent_start:
        first -= 1
    for i in range(first, k - 1):  # the longest capitalised place ending at the hyphen
        place = doc[i : k - 1].text
        if doc[i].text[:1].isupper() and (iso3 := country_of(place, cities=True) or iso3_for_region(place)):
            return iso3
    return None


def based_in(root: Token) -> str | None:
    """The place of "based in <place>" or "headquartered in <place>" said of a name in a participle or a
    relative clause ("X, based in Lagos,", "X, which is headquartered in Lagos"), or of a common noun in
    apposition with it ("X, a firm based in Lagos"): the body's stated seat. A city of the gazetteer or a
    province or state of one country."""
    for clause in root.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lower_ not in _BASED:
            continue
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                first = min(t.i for t in obj.subtree if t.pos_ == "PROPN" or t.text == ",")
                text = root.doc[first : obj.i + 1].text
                if iso3 := country_of(text, cities=True) or iso3_for_region(text) or \
                        country_of(obj.text, cities=True) or iso3_for_region(obj.text):
                    return iso3
    return None
