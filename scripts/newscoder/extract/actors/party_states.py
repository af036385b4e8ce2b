"""US party-and-state tags after a legislator's name: "Rep. Ana Ray (D-Maine)", "Senator Bo Li, R-TX".

American copy writes a member of Congress or of a state legislature with a party letter and the state
(or its postal code) they represent. The tag is only used of US politicians, so the person is of the
United States (basis `title`, as the tag rule of `member_bodies.py`). The state must be one of the 50 states or
the District of Columbia in the ISO 3166-2 list (pycountry): its name or its two-letter code. Outlying
areas ("P.R.", "Guam") are left out, since the package gives them countries of their own; an AP
abbreviation that is no postal code ("Calif.") gives nothing rather than a guess.
`member_bodies.py` reads the one-word form in parentheses ("(R-SC)") late, unchecked; this one, read in
the phrase pass, adds the tag after a comma (checked, so that "X, D-Day veteran" gives nothing) and states
of two words ("(D-New York)").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import pycountry

from newscoder.extract.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "(D-Maine)", ", R-Texas", "(Dem.-N.Y.)": a party letter or short form, a dash, then the state
_TAG = re.compile(r"\s*(?:\(|,\s*)(?:D|R|I|Dem|Rep|Ind)\.?\s?[-\u2013]\s?([A-Z][A-Za-z. ]{1,24}?)\s*(?:\)|,|;|$)")


@functools.cache
def _us_states() -> frozenset[str]:
    """Names and postal codes of the states and DC, upper-cased."""
    keys: set[str] = set()
    for sub in pycountry.subdivisions.get(country_code="US"):
        if sub.type in ("State", "District"):
            keys.add(sub.name.upper())
            keys.add(sub.code.split("-", 1)[1])
    return frozenset(keys)


def party_state_country(doc: Doc, span: Span) -> str | None:
    """USA when the name in `span` is followed by a party-and-state tag naming a US state."""
    m = _TAG.match(doc_text(doc), span.end_char)  # speed: `doc.text` joins every token on each call
    if m is None:
        return None
    state = m.group(1).strip()
    key = state.replace(".", "").upper() if len(state.replace(".", "")) == 2 else state.upper()
    return "USA" if key in _us_states() else None
