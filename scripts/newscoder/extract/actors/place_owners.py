"""Places that own a person's office, read where the name alone says nothing.

"the county's Police and Crime Commissioner X", "the city's deputy mayor X": a sub-national unit
referred back to by a common noun ("the county", "the city") owns the office before the name. The unit is
the sub-national place the article named last: the places (cities, counties, provinces, states of the
gazetteer) named in this sentence before the phrase and in the `_BACK` sentences before it. They must all
lie in one country; country names are left out (they are not "the county"), and two countries' places
say nothing. "the country's" and "the nation's" are not read here: a country is a state actor of its
own, linked by the coreference pass.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newscoder.extract.doctext import doc_ents, doc_sents, doc_tokens
from newscoder.extract.roles import is_title_word
from newscoder.resolve.countries import iso3_for_region
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# common nouns that refer back to a sub-national place
UNIT_NOUNS = frozenset({"county", "city", "state", "province", "region", "town", "district", "borough",
                        "municipality", "prefecture", "canton", "village", "township", "parish", "island"})
# how many words before a name the owner may stand ("the county's Police and Crime Commissioner X")
_SPAN = 7
# sentences looked back for the place the unit noun refers to
_BACK = 2


def unit_owner_country(doc: Doc, start: int) -> str | None:
    """The country of the sub-national place "the <unit>'s <title> <name>" refers back to (`start`: the
    name's first token), or None. Only words of an office between the possessive and the name: a title
    word among them, no verb, pronoun or punctuation ("the city's mayor X", not "the city's, X")."""
    toks = doc_tokens(doc)
    i, titled = start - 1, False
    while i >= 2 and start - i <= _SPAN and not toks[i + 1].is_sent_start:
        tok = toks[i]
        if tok.tag_ == "POS":
            unit = toks[i - 1]
            if titled and unit.lower_ in UNIT_NOUNS and toks[i - 2].lower_ == "the":
                return _last_place_country(doc, i - 2)
            return None
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "NUM") \
                or tok.pos_ == "ADP" and tok.lower_ != "of":
            return None
        titled = titled or is_title_word(tok.text)
        i -= 1
    return None


def _last_place_country(doc: Doc, before: int) -> str | None:
    """The one country of the sub-national places named before token `before`, in its sentence and the
    `_BACK` sentences before."""
    sents = doc_sents(doc)
    k = bisect.bisect_right([s.start for s in sents], before) - 1
    first = sents[max(k - _BACK, 0)].start
    found: set[str] = set()
    for ent in doc_ents(doc):
        if ent.start < first or ent.label_ not in ("GPE", "LOC"):
            continue
        if ent.start >= before:
            break
        text = ent.text.removeprefix("the ")
        if country_of(text, capitals=False):
            continue  # a country is not "the county": its name neither helps nor hinders
        if iso3 := country_of(text, cities=True) or iso3_for_region(text):
            found.add(iso3)
    return found.pop() if len(found) == 1 else None


# the last words of a local government's name used as a body ("Palm Beach County issued an order"): it is
# seated in the place named after "in" ("Palm Beach County in Florida"), as a court or a council is
LOCAL_UNITS = frozenset({"County", "Municipality", "Township", "Borough", "Prefecture", "Parish"})
_NEAR = frozenset({"in", "near", "outside"})
# the last words of the names of places of business and institutions that stay where they are built: a
# lodge "near Pretoria, South Africa" is there; a company or a campaign group "in London" may only act there
SEAT_WORDS = frozenset({"Lodge", "Hotel", "Inn", "Farm", "Ranch", "Zoo", "Sanctuary", "Resort", "Restaurant",
                        "Cafe", "Pub", "School", "Academy", "Church", "Mosque", "Temple", "Cathedral", "Hospital",
                        "Clinic", "Prison", "Mine", "Factory", "Airport", "Theatre", "Theater", "Stadium",
                        "Winery", "Brewery", "Reserve", "Park"})


def address_country(doc: Doc, end: int) -> str | None:
    """"X near Pretoria, South Africa", "X in Tyler, Texas, United States": a body's name followed by a
    place and, after commas, a country's name (an address). The country named is the answer when the
    places before it are of that country or unknown to the gazetteer; nothing without a country's name
    ("Amnesty International in London" says where it acted, not whose it is). The caller reads it for
    places of business and institutions only (`SEAT_WORDS`)."""
    toks = doc_tokens(doc)
    if end + 1 >= len(toks) or toks[end].lower_ not in _NEAR:
        return None
    i, found, country = end + 1, set(), None
    for _ in range(3):
        if i < len(toks) and toks[i].lower_ == "the":
            i += 1
        if i >= len(toks) or toks[i].ent_type_ not in ("GPE", "LOC") or toks[i].ent_iob_ != "B":
            return None
        last = i
        while last + 1 < len(toks) and toks[last + 1].ent_iob_ == "I":
            last += 1
        text = doc[i : last + 1].text
        if (country := country_of(text, capitals=False)) is not None:
            break
        if iso3 := country_of(text, cities=True) or iso3_for_region(text):
            found.add(iso3)
        i = last + 1
        if i + 1 >= len(toks) or toks[i].text != ",":
            return None
        i += 1
    if country is None or found - {country}:
        return None
    return country
