"""Countries of office-holders (for a date) and of organisations, from the PETRARCH2 dictionaries.

`data/office_holders.csv` and `data/petrarch_organizations.csv` are derived by
`scripts/derive/petrarch_actors.py` from the PETRARCH2 actor dictionaries (MIT, `data/LICENSES/`). A person
matches only for an article dated inside one of the terms listed for the name, and only when every such
term is of one country; the list stops in early 2014, so later stories get no office from it. A full
name listed in one country only gives that country at any date (`person_country`).
`data/petrarch_country_actors.csv` (same script) holds the dictionary's undated national bodies and people
("Royal Air Force" -> GBR, "Shin Bet" -> ISR), each alias its own name -> country fact. Colleges and
universities come from `data/university_countries.csv` (Swot, MIT; `scripts/derive/swot_universities.py`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter

from newscoder import lexicons
from newscoder.resolve.places import country_of, iso3_for_demonym
from newscoder.resolve.registry import normalize_name


@functools.cache
def _terms() -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in lexicons.rows("office_holders"):
        out.setdefault(normalize_name(r["name"]), []).append((r["start_date"], r["end_date"], r["country_iso3"]))
    return out


@functools.cache
def _organizations() -> dict[str, str]:
    """Normalised name -> ISO3, or "" for an intergovernmental body of no one country (`IGOUNO`)."""
    return {normalize_name(r["name"]): r["country_iso3"] for r in lexicons.rows("petrarch_organizations")}


@functools.cache
def _country_actors() -> dict[str, str]:
    """Normalised name -> ISO3 of the undated national bodies and people (`data/petrarch_country_actors.csv`)."""
    return {normalize_name(r["name"]): r["country_iso3"] for r in lexicons.rows("petrarch_country_actors")}


def is_listed_organization(name: str) -> bool:
    """The name is an organisation of PETRARCH2's actor dictionary (a national body, an intergovernmental body)."""
    return normalize_name(name) in _organizations()


def office_holder_country(name: str, date: dt.date | None) -> str | None:
    """The country a named person held office for on `date` ("Angela Merkel", 2010-05-01 -> DEU); None
    for a single word, an unknown name, an undated article or a date outside every term."""
    if date is None or len(name.split()) < 2:
        return None
    day = date.isoformat()
    found = {iso3 for start, end, iso3 in _terms().get(normalize_name(name), ()) if start <= day <= end}
    return found.pop() if len(found) == 1 else None


def outside_terms(name: str, year: int) -> bool:
    """Is `year` before every listed term of the named person? False when no term is listed. A term's end
    is not read: the list stops in early 2014 and misses later terms, so a year after an end proves nothing."""
    starts = [int(start[:4]) for start, _, _ in _terms().get(normalize_name(name), ()) if start[:4].isdigit()]
    return len(name.split()) > 1 and bool(starts) and year < min(starts)


def person_country(name: str) -> str | None:
    """The one country every listed term of a full name (two words or more) is of, whatever the date: a
    person listed only as a Kenyan official is Kenyan before and after the term too. None for a name
    listed in two countries' offices, a single word or an unknown name. A name listed without a term
    ("Samir Geagea" [LBNELI]) counts as one more listing of its country."""
    if len(name.split()) < 2:
        return None
    key = normalize_name(name)
    found = {iso3 for _, _, iso3 in _terms().get(key, ())}
    if key in _country_actors():
        found.add(_country_actors()[key])
    return found.pop() if len(found) == 1 else None


@functools.cache
def _universities() -> dict[str, str]:
    """Normalised name -> ISO3 of colleges and universities (`data/university_countries.csv`, derived by
    `scripts/derive/swot_universities.py` from the Swot list of academic domains, MIT).
    The list often gives a school with its parent or town after a comma, or its initials in brackets
    ("X College London, University of London", "Y Institute of Technology (YIT), Pune"); news names the
    school alone, so the part before the comma or bracket is a name too, when it still names a school, has
    a word of its own (one found in at most five listed names, or a town of its country: "Goldsmiths
    College", "University College London", not "College of Engineering" or "Federal Polytechnic") and
    every listing of it is of one country."""
    rows = lexicons.rows("university_countries")
    full = {normalize_name(r["name"]): r["iso3"] for r in rows}
    names_with = Counter(w for key in full for w in set(key.split()))
    short: dict[str, set[str]] = {}
    for r in rows:
        head = _SCHOOL_SUFFIX.split(r["name"], maxsplit=1)[0].strip()
        if head != r["name"] and len(head.split()) >= 2 and _SCHOOL_WORD.search(head):
            key = normalize_name(head)
            if min(names_with[w] for w in key.split()) <= _OWN_WORD_MAX \
                    or any(_town_of(w, r["iso3"]) for w in head.split()):
                short.setdefault(key, set()).add(r["iso3"])
    return {**{k: v.pop() for k, v in short.items() if len(v) == 1}, **full}


_OWN_WORD_MAX = 5


def _town_of(word: str, iso3: str) -> bool:
    """A town of the listed school's own country ("London" in "University College London") is a word of
    its own as well; a nationality word ("American", "European") is not."""
    return iso3_for_demonym(word) is None and country_of(word, cities=True) == iso3


# what follows a school's own name in a listing: ", its parent or town", " (its initials)", " - a campus"
_SCHOOL_SUFFIX = re.compile(r"\s*(?:,|\(| - )")
_SCHOOL_WORD = re.compile(r"\b(?:University|College|Institute|Academy|School|Polytechnic|Universit\w+)\b")


def organization_country(name: str) -> str | None:
    """The country of an organisation or armed group listed with one ("Exxon Mobil", "JetBlue"; the
    derivation keeps one-word names of five letters or more only), else a national body listed without a
    term ("Royal Air Force" -> GBR, "Shin Bet" -> ISR), else of a college or university listed under one
    country's web domain ("Princeton University" -> USA, "University of Bristol" -> GBR)."""
    key = normalize_name(name)
    return _organizations().get(key) or _country_actors().get(key) or _universities().get(key) or None


def is_international_organization(name: str) -> bool:
    """An intergovernmental body the dictionaries list with no country of its own ("World Food Programme",
    "UNICEF": codes such as `IGOUNO`); acronyms count too, they are not common words."""
    return _organizations().get(normalize_name(name)) == ""
