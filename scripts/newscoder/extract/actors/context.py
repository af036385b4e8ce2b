"""The country an article is about: the context for bodies and officials named without one."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from newscoder.extract.dateline import dateline_end
from newscoder.extract.doctext import doc_ents, doc_text, span_text
from newscoder.resolve.countries import iso3_for_region, region_countries
from newscoder.resolve.places import country_of


def article_country(doc: Doc, sents: list[Span], skip: set[int]) -> str | None:
    """The country an article is about, for "police" or "the electoral authority" named bare.

    Wire convention: the dateline's place ("KYIV (AFP) -" -> UKR); without one, the single country the
    lead sentence names (a country, demonym, capital or city: "protested in Nairobi" -> KEN); else the
    single country the whole article names; else None."""
    end = dateline_end(doc_text(doc), 0)
    if end is not None:
        head = re.split(r"[,(]", doc_text(doc)[:end])[0].strip(" -\u2013\u2014")
        iso3 = country_of(head, cities=True)
        if iso3:
            return iso3

    def countries(ents) -> set[str]:
        return _countries_named(ents, skip)

    # the lead: the first sentence with words of its own, past a date line ("Wednesday, October 2, 2019")
    lead = next((s for s in sents if not all(t.i in skip or t.is_space or t.ent_type_ == "DATE" or t.is_punct
                                             for t in s)), None)
    if lead is not None and len(found := countries(lead.ents)) == 1:
        return next(iter(found))
    found = countries(doc_ents(doc))
    return next(iter(found)) if len(found) == 1 else None


def _countries_named(ents, skip: set[int]) -> set[str]:
    out = set()
    for ent in ents:
        if ent.label_ in ("GPE", "NORP", "LOC") and not any(t.i in skip for t in ent):
            iso3 = country_of(ent.text, cities=True)
            if iso3:
                out.add(iso3)
    return out


class PlaceCounts(Counter):
    """ISO3 -> how often the article names places of that country; `places` counts each place's name."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.places: Counter[str] = Counter()


def countries_named(doc: Doc, skip: set[int]) -> PlaceCounts:
    """How often the article names places of each country: countries, demonyms, capitals, cities and
    provinces ("Ohio", "Cleveland", "American"), the dateline's place included."""
    found = PlaceCounts()
    shared: list[tuple[str, frozenset[str]]] = []
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "NORP", "LOC") and not any(i in skip for i in range(ent.start, ent.end)):
            text = span_text(ent)
            # "US" first: the place lookup skips all-caps words, which in copy are country abbreviations
            if iso3 := country_of(text) or country_of(text, cities=True) or iso3_for_region(text):
                found[iso3] += 1
                found.places[text] += 1
            elif len(both := region_countries(text)) > 1:
                shared.append((text, both))
    # a province name two countries share ("Florida": a US state and a department of Uruguay) is the one
    # of the country the article otherwise names, when it names just one of them
    for text, both in shared:
        if len(named := both & found.keys()) == 1:
            iso3 = next(iter(named))
            found[iso3] += 1
            found.places[text] += 1
    end = dateline_end(doc_text(doc), 0)
    if end is not None:
        head = re.split(r"[,(]", doc_text(doc)[:end])[0].strip(" -\u2013\u2014")
        if iso3 := country_of(head, cities=True):
            found[iso3] += 1
    return found
