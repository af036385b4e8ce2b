"""The country a body's own name holds: "Kenya Wildlife Service", "University of Geneva", "Boston
University", "NASA Jet Propulsion Laboratory" (a registered parent), read with care for names that mislead
("Chinese University (of Hong Kong)", "Al Jazeera English", "Clean Rivers Alliance")."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from newscoder.extract.actors.common_words import common_nouns
from newscoder.extract.actors.context import story_set_in
from newscoder.extract.actors.country_cues import WAR_NOUNS
from newscoder.extract.actors.story_country import is_outlet
from newscoder.extract.actors.word_lists import org_heads
from newscoder.resolve.actors import is_bare_chamber
from newscoder.resolve.countries import (
    iso3_for_capital,
    iso3_for_demonym,
    iso3_for_name,
    iso3_for_region,
    region_countries,
)
from newscoder.resolve.office_holders import organization_country
from newscoder.resolve.places import country_of, gazetteer_country, is_place_stopword

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

# a university or college named after a nation is often abroad ("American University of Beirut")
_NAMESAKE_HEADS = frozenset({"University", "College"})
# languages whose names are also demonyms: a name ending in one is a language edition ("Al Jazeera English")
_LANGUAGES = frozenset({"english", "french", "spanish", "german", "portuguese", "russian", "chinese", "japanese",
                        "italian", "turkish", "persian", "korean", "dutch", "swedish", "polish", "greek"})
# words of regions that make a body's name a regional edition of its parent ("Sky News Arabia")
REGION_EDITIONS = frozenset({"Arabia", "Arabic", "Asia", "Africa", "Europe", "America", "Americas", "Latin",
                              "Middle", "Pacific", "International", "World", "Global", "Gulf"})
# prepositions and verbs after which a body's name states its cause: "Committee for a Free Tibet",
# "Campaign Against X", "Solidarity with X", "Save X" ("on" introduces a commission's field, not a cause)
_CAUSE_PREPS = frozenset({"for", "against", "to", "with", "about"})
_CAUSE_OPENERS = frozenset({"Free", "Save", "Stop", "Against", "Pro", "Anti"})
_POSS_END = re.compile(r"(?:'s|’s|'|’)$")


def name_country(name: str, named: Counter[str] | None = None, namesakes: bool = False) -> str | None:
    """The one country an organisation's name holds: a country name or demonym among its words ("Kenya
    Wildlife Service", "Philippine Institute ..."), or the place after its last "of" ("University of
    Geneva"); failing those, a province, state or city among its other words ("California Air Resources
    Board", "Boston University"). None when it holds none or two.

    A province or city among the words names its country only when the article agrees (`_agrees`; `named`
    counts the places it names of each country): a town's name is often another country's city ("Madrid"
    is also a Philippine town). A demonym before "University" or "College" is read with care (see the loop;
    `namesakes`: `namesake_country`)."""
    words = name.split()
    cause = _cause_words(words)
    found = set()
    skip = 0
    for k, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if k in cause:
            continue  # "Friends of Syria", "Veterans Against the War", "Committee for X": a cause, not a seat
        if (size := _region_at(words, k)) and (iso3 := iso3_for_region(" ".join(words[k : k + size]))):
            found.add(iso3)  # "Parliament of New South Wales", "Northern Ireland Office": a state's words, whole
            skip = size - 1
            continue
        if k > 0 and words[k - 1] == "New" and not country_of(f"New {w}", capitals=False):
            continue  # "New Mexico", "New Jersey", "New England": a place named after another, elsewhere
        if k + 1 < len(words) and words[k + 1] in WAR_NOUNS and iso3_for_name(w):
            continue  # "Iraq Veterans", "Vietnam War Memorial": a war fought there, not the body's country
        if k + 1 < len(words) and words[k + 1] in _NAMESAKE_HEADS and (iso3 := iso3_for_demonym(w)) \
                and not iso3_for_name(w) and (_seat_named(name) or not leads(iso3, named)
                                              and (not namesakes or story_set_in(named) not in (None, iso3))):
            # "Chinese University (of Hong Kong)", "American University of Beirut": a name, not a seat (a
            # field after "of" is none: "American College of Surgeons"). Bare, it is read first only in a
            # story that leads with the demonym's country; `namesakes` reads it again once a seat stated
            # after the name had its turn: then only a story set in another country makes it a namesake
            # there, not another state merely named ("X of American University wrote that Austria ...")
            continue
        if k + 2 < len(words) and (iso3 := country_of(" ".join(words[k : k + 3]), capitals=False)):
            found.add(iso3)  # "Papua New Guinea", "United Arab Emirates": three words, one country
            skip = 2
        elif k + 1 < len(words) and (iso3 := country_of(f"{w} {words[k + 1]}", capitals=False)):
            found.add(iso3)  # "South Africa", "New Zealand", "American Samoan": two words, one country
            skip = 1
        elif k == len(words) - 1 and k > 0 and w.lower() in _LANGUAGES and not words[k - 1].islower():
            continue  # "Al Jazeera English", "France 24 French": a language edition, not a country
        elif iso3 := country_of(w, capitals=False):
            found.add(state_reading(w, iso3, named))
    if found:
        return found.pop() if len(found) == 1 else None
    if " of " in name and len(words) - 1 - words[::-1].index("of") + 1 not in cause:
        # "University of Nevada at Reno", "University of California, Davis": the campus follows the seat
        tail = re.split(r" at |, ", name.rsplit(" of ", 1)[1], maxsplit=1)[0]
        if iso3 := country_of(tail, cities=True) or iso3_for_region(tail):
            return iso3  # "University of Guelph": the place the name is "of" is its seat
    places = _places_in([w.lower() if k in cause else w for k, w in enumerate(words)], named)
    if len(places) != 1:
        return None
    (iso3, pieces), = places.items()
    if all(getattr(named, "located", {}).get(p) == iso3 for p in pieces):
        return iso3  # the article itself puts every place of the name in that country
    return iso3 if _agrees(iso3, named, pieces) else None


def namesake_country(name: str, named: Counter[str] | None) -> str | None:
    """The country of a demonym opening a university's or college's name with no seat in it ("American
    University") once no place stated after its mentions gave it one: that country, unless the story is set
    in another country (`story_set_in`), where such a name is often a local namesake ("the American
    University" in a story set in Lebanon) and the story's country is left to place it."""
    words = name.split()
    if len(words) < 2 or words[1] not in _NAMESAKE_HEADS:
        return None
    return name_country(name, named, namesakes=True)


def _seat_named(name: str) -> bool:
    """Does a body's name end by placing it: "of" or "in" and a place ("American University of Beirut",
    "German University in Cairo"; "University of Nevada at Reno": the campus past "at" left out)?"""
    for prep in (" of ", " in "):
        if prep in name:
            tail = re.split(r" at |, ", name.rsplit(prep, 1)[1], maxsplit=1)[0]
            if country_of(tail, cities=True) or iso3_for_region(tail):
                return True
    return False


def capital_in_name(name: str) -> str | None:
    """The country of a national capital of two or more words among a body's name's words ("Abu Dhabi
    Media", "Kuala Lumpur Stock Exchange") that the city gazetteer on its own also puts in that country (no
    same-named town elsewhere of comparable size: not "San Jose", nor "St. John's"): a body named after it
    is seated there even in a story set in another country, which `name_country` would not grant (the
    article does not agree). A one-word capital is often a town or a person elsewhere too ("Victoria",
    "Lima", "Paris"); a name holding places of two countries gives none."""
    words = name.split()
    pieces = _places_in(words)
    if len(pieces) != 1:
        return None
    (iso3, found), = pieces.items()
    ok = all(" " in p and iso3_for_capital(p) == iso3 and gazetteer_country(p) == iso3 for p in found)
    return iso3 if ok and not _cause_words(words) else None


def _region_at(words: list[str], k: int) -> int:
    """The size of the longest province or state of two or three capitalised words starting at `k`
    ("New South Wales", "Northern Ireland"), else 0: read before the country word inside it ("Wales")."""
    for size in (3, 2):
        piece = words[k : k + size]
        text = " ".join(piece)
        if len(piece) == size and all(w[:1].isupper() for w in piece) and iso3_for_region(text) \
                and not country_of(text, capitals=False):  # "Puerto Rico" has its own code
            return size
    return 0


def _cause_words(words: list[str]) -> frozenset[int]:
    """Positions of the words a body's name states as its cause or object, not its seat: those after a
    preposition of purpose ("for", "against", "to", "with", "about"), "Friends of", "Free" or "Save",
    up to an "in", which names the seat ("Centre for Neurosurgery in Tyumen")."""
    out: set[int] = set()
    cause = False
    for k, w in enumerate(words):
        low = w.lower()
        if low == "in":
            cause = False
        elif low in _CAUSE_PREPS or w in _CAUSE_OPENERS or low == "of" and k > 0 and words[k - 1] == "Friends":
            cause = True
        elif cause:
            out.add(k)
    return frozenset(out)


def leads(iso3: str, named: Counter[str] | None) -> bool:
    """Is `iso3` a country the article names at least as often as any other (or does it name none)?"""
    return not named or named.get(iso3, 0) >= max(named.values())


def state_reading(word: str, iso3: str, named: Counter[str] | None) -> str:
    """A country's name that is also a state's ("Georgia Institute of Technology") names the state's
    country when the article names that country's places more often than the other."""
    counts = named or {}
    others = [c for c in region_countries(word) if c != iso3 and counts.get(c, 0) > counts.get(iso3, 0)]
    return max(others, key=lambda c: counts.get(c, 0)) if others else iso3


def _places_in(words: list[str], named: Counter[str] | None = None) -> dict[str, list[str]]:
    """Countries of the provinces, states and cities among a name's capitalised words, the longest piece
    first ("New York University": New York, not York). A head word such as "University" is not a place,
    and a one-word name is not read ("Paris" the person). Returns country -> the pieces naming it."""
    found: dict[str, list[str]] = {}
    heads = org_heads()
    k = 0
    while k < len(words) and len(words) > 1:
        for size in (3, 2, 1):
            piece = " ".join(words[k : k + size])
            if k + size > len(words) or not all(w[:1].isupper() and w not in heads for w in words[k : k + size]):
                continue
            if size == 1 and is_place_stopword(piece) or iso3_for_demonym(piece) or iso3_for_name(piece):
                continue  # "Clean Rivers Alliance": Rivers is a Nigerian state, and a common word; a
                # country or a demonym was read (or left out) by `name_country` already
            located = getattr(named, "located", {}).get(piece)  # "Madrid, Surigao del Sur": the article's own
            if iso3 := located or region(piece, named) or country_of(piece, cities=True):
                found.setdefault(iso3, []).append(piece)
                k += size
                break
        else:
            k += 1
    return found


def region(text: str, named: Counter[str] | None) -> str | None:
    """The country of a province or state; a name several countries share ("Florida", "Maryland") goes to
    the one the article names most, if it names any of them."""
    if iso3 := iso3_for_region(text):
        return iso3
    counts = sorted(((named or {}).get(c, 0), c) for c in region_countries(text))
    if counts and counts[-1][0] > 0 and (len(counts) == 1 or counts[-1][0] > counts[-2][0]):
        return counts[-1][1]
    return None


def _agrees(iso3: str, named: Counter[str] | None, pieces: list[str]) -> bool:
    """Does the article agree that the place `pieces` of a name is in `iso3`? Yes when it names no place,
    when `iso3` is the country it names most, or when it names `iso3` by other words than these places
    ("Miami Herald" in a story that also names the United States; not "Madrid District Hospital" in a
    story whose only Spanish place is the town of Madrid)."""
    if not named:
        return True
    ranked = named.most_common(2)
    if ranked[0][0] == iso3 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return True
    by_place = getattr(named, "places", {})
    return named.get(iso3, 0) - sum(by_place.get(p, 0) for p in pieces) > 0


def plural_registered(b: ActorBuilder, name: str) -> str | None:
    """"Houthi" for the registered "Houthis": a movement named by the singular of its registered name."""
    reg = b.registry.lookup(name + "s") if b.registry is not None and name[:1].isupper() else None
    # a newspaper's name ends in a plural too ("The Times"): "Time" is no singular of it
    return reg.country_iso3 if reg is not None and reg.actor_type == "organization" \
        and not is_outlet(reg.name) else None


def parent_country(b: ActorBuilder, name: str) -> str | None:
    """"NASA Jet Propulsion Laboratory", "BBC Sport", "Amazon Web Services": a body whose name opens with
    the name of a registered or listed body with a country is a part of it, where it is."""
    words = name.split()
    for size in range(min(3, len(words) - 1), 0, -1):
        head = " ".join(words[:size])
        if head.islower() or (size == 1 and len(head) < 3) or is_bare_chamber(_POSS_END.sub("", head)):
            continue  # "House of Representatives' committee" names no country by itself
        bare = head.removeprefix("The ").removeprefix("the ")
        if " " not in bare and not bare.isupper() and bare.lower() in common_nouns():
            continue  # "The Time of Your Life": an English noun opening a title, not a registered body's name
        if any(w.strip(".,'’") in REGION_EDITIONS for w in words[size:]):
            return None  # "Sky News Arabia", "CNN International": a regional edition, based elsewhere
        reg = b.registry.lookup(head) if b.registry is not None else None
        if reg is not None and reg.actor_type == "organization" and reg.country_iso3:
            return reg.country_iso3
        if (iso3 := organization_country(head)) is not None:
            return iso3
    return None
