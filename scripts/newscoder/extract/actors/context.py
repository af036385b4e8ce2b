"""The country an article is about: the context for bodies and officials named without one."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from newscoder.extract.dateline import dateline_end
from newscoder.extract.doctext import doc_ents, doc_text, doc_tokens, span_ents, span_text
from newscoder.resolve.countries import iso3_for_capital, iso3_for_region, region_countries
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
    if lead is not None and len(found := countries(span_ents(lead))) == 1:
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


# an article is about one country when that country's places are named at least this many times as
# often as all others together: a story set in one country may name a foreign city or partner in passing
DOMINANCE = 4
# territories with a code of their own inside a larger state: a story set in Hong Kong names China as a
# matter of course ("Beijing", "mainland China"), so the state's places do not count against the territory's
TERRITORY_OF = {"HKG": "CHN", "MAC": "CHN", "PRI": "USA", "GUM": "USA", "ASM": "USA", "VIR": "USA",
                "MNP": "USA"}


def story_set_in(named: Counter[str] | None) -> str | None:
    """The one country an article is set in by the places it names: named at least twice and `DOMINANCE`
    times as often as all others together (a territory's own state not counted against it)."""
    if not named:
        return None
    (iso3, top), *others = named.most_common()
    rest = sum(n for other, n in others if TERRITORY_OF.get(iso3) != other)
    return iso3 if top >= 2 and top >= DOMINANCE * rest else None


class PlaceCounts(Counter):
    """ISO3 -> how often the article names places of that country; `places` counts each place's name;
    `located` gives the country the article itself puts a place in ("Tyler, Texas"; "the town of Madrid"
    in a Philippine story), which outranks the gazetteer's namesake."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.places: Counter[str] = Counter()
        self.located: dict[str, str] = {}


# nouns that introduce a local place by name ("the town of X"): copy writes so of a place the reader may
# not know, not of a namesake abroad
_LOCAL_PLACE_NOUNS = frozenset({"town", "city", "village", "municipality", "township", "hamlet", "commune"})


def _located_by_next(ent, by_start: dict[int, Span]) -> str | None:
    """"Tyler, Texas", "Madrid, Surigao del Sur", "Riverside, California": a place followed by a comma
    and a state, province or country read alone is in that country."""
    nxt = by_start.get(ent.end + 1)
    if nxt is None or ent.doc[ent.end].text != "," or nxt.label_ not in ("GPE", "LOC"):
        return None
    toks = doc_tokens(ent.doc)
    after = toks[nxt.end] if nxt.end < len(toks) else None
    if after is not None and (after.lower_ in ("and", "or", "&") or after.text == "," and nxt.end + 1 in by_start):
        return None  # "Bavaria, Catalonia and Scotland": a list of places, not a town and its state
    iso3 = iso3_for_region(span_text(nxt)) or country_of(span_text(nxt), capitals=False)
    if iso3 is None or iso3_for_region(span_text(ent)) not in (None, iso3):
        return None  # a province of another country is not in this one
    return iso3


def _introduced_as_local(ent, text: str) -> bool:
    """"the town of X", "a village called X"; a capital only as a town or village ("the city of Paris"
    is the capital)."""
    toks = doc_tokens(ent.doc)
    k = ent.start - 1
    if k >= 1 and toks[k].lower_ in ("of", "called", "named"):
        noun = toks[k - 1].lower_
        return noun in _LOCAL_PLACE_NOUNS and not (noun == "city" and iso3_for_capital(text))
    return False


def countries_named(doc: Doc, skip: set[int]) -> PlaceCounts:
    """How often the article names places of each country: countries, demonyms, capitals, cities and
    provinces ("Ohio", "Cleveland", "American"), the dateline's place included."""
    found = PlaceCounts()
    shared: list[tuple[str, frozenset[str]]] = []
    ents = [e for e in doc_ents(doc) if e.label_ in ("GPE", "NORP", "LOC")]
    by_start = {e.start: e for e in ents}
    local: list[str] = []
    for ent in ents:  # first the places the article locates itself, for every mention of them
        text = span_text(ent)
        if ent.label_ == "NORP" or country_of(text, capitals=False):
            continue
        if iso3 := _located_by_next(ent, by_start):
            found.located.setdefault(text, iso3)  # "Tyler, Texas", "Paris, Texas"
        elif ent.label_ == "GPE" and _introduced_as_local(ent, text):
            local.append(text)  # "the town of Madrid", not "the city of Paris"
    for ent in ents:
        if not any(i in skip for i in range(ent.start, ent.end)):
            text = span_text(ent)
            # "US" first: the place lookup skips all-caps words, which in copy are country abbreviations
            if iso3 := found.located.get(text) or country_of(text) or country_of(text, cities=True) \
                    or iso3_for_region(text):
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
    for text in local:
        _relocate(found, text)
    return found


def _relocate(found: PlaceCounts, text: str) -> None:
    """"the town of Madrid" in a story set in the Philippines: a place introduced as a local town whose
    gazetteer country the article names by no other word is a namesake in the country the article is
    about (named at least twice and more than all others together); else the place is left unread."""
    if text in found.located:
        return
    gazetteer = country_of(text, cities=True)
    own = found.places.get(text, 0)
    if gazetteer is None or found[gazetteer] > own:
        return  # not in the gazetteer, or its country is named by other words too: the namesake abroad
    others = Counter({c: n for c, n in found.items() if c != gazetteer})
    if not others:
        return
    (home, top), = others.most_common(1)
    if top >= 2 and top > sum(others.values()) - top + own:
        found.located[text] = home
        found[gazetteer] -= own
        found[home] += own
        if found[gazetteer] <= 0:
            del found[gazetteer]
