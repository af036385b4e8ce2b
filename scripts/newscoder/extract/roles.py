"""Titles and roles of people, read from the words around their name.

"US President Donald Trump" -> role "President of the United States", country USA;
"US chief of mission in Cuba Mike Hammer" -> role "US chief of mission in Cuba", country USA;
"Secretary of State Marco Rubio" -> role "Secretary of State". The title lexicon is data/titles.csv.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newscoder import lexicons
from newscoder.extract.doctext import doc_ents, doc_tokens
from newscoder.resolve.countries import country_name, resolve_country
from newscoder.resolve.places import country_of

_LINKS = {"of", "in", "for", "to", "on", "at", "and", "-"}
_COMPLEMENT_PREPS = {"in", "to", "at", "on", "for"}  # "ambassador to Cuba": Cuba is not the person's country


@dataclass(frozen=True, slots=True)
class RoleInfo:
    role: str | None
    country_iso3: str | None
    char_start: int  # where the title words start (== name start when there are none)
    kind: str | None = None  # the title's kind from titles.csv (head_of_state, minister, honorific, ...)


@functools.cache
def titles() -> dict[str, str]:
    """Lower-cased title -> kind, from data/titles.csv."""
    return {row["title"].strip().lower(): row["kind"].strip() for row in lexicons.rows("titles")}


@functools.cache
def title_words() -> frozenset[str]:
    return frozenset(w for t in titles() for w in t.split())


def is_title_word(word: str) -> bool:
    return word.lower() in title_words() and word.lower() not in _LINKS


def is_honorific(word: str) -> bool:
    return titles().get(word.lower()) == "honorific"


def head_title(words: list[str]) -> tuple[str, str] | None:
    """The longest title (and its kind) found in a word list, preferring the last one."""
    low = [w.lower() for w in words]
    best = None
    for i in range(len(low)):
        for j in range(len(low), i, -1):
            phrase = " ".join(low[i:j])
            if phrase in titles() and titles()[phrase] not in ("modifier",):
                if best is None or (j - i) >= len(best[0].split()) or i > best[2]:
                    best = (phrase, titles()[phrase], i)
                break
    return (best[0], best[1]) if best else None


def _the(name: str) -> str:
    needs = name.startswith(("United ", "Republic", "Democratic Republic", "Central African", "Czech Republic"))
    needs = needs or name in {"Netherlands", "Philippines", "Bahamas", "Gambia", "Vatican"}
    return f"the {name}" if needs else name


def _allowed(tok: Token) -> bool:
    text = tok.text
    if tok.is_punct and text not in {"-", "'s", "’s"}:
        return False
    if text.lower() in _LINKS or text in {"'s", "’s"}:
        return True
    if is_title_word(text) or resolve_country(text):
        return True
    return text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.ent_type_ == "PERSON"


ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


def is_rank_of_title(toks: list, i: int, end: int) -> bool:
    """An ordinal that opens a post ("First Minister", "Second Secretary"): the model tags it ORDINAL, apart
    from the title, but it says which office ("the first minister" is not "the prime minister")."""
    return toks[i].lower_ in ORDINALS and i + 1 < end and is_title_word(toks[i + 1].text)


def role_before(doc: Doc, start: int) -> RoleInfo:
    """Read the title premodifiers that stand right before the token at index `start`."""
    toks = doc_tokens(doc)
    i = start
    while i > 0 and _allowed(toks[i - 1]) and toks[i - 1].ent_type_ not in ("DATE", "TIME", "CARDINAL"):
        i -= 1
    # never start on a link word or a possessive
    while i < start and (toks[i].text.lower() in _LINKS or toks[i].text in {"'s", "’s"}):
        i += 1
    # drop capitalised words that are neither titles nor countries at the left edge ("Thursday", "Scientologist")
    while i < start and not is_title_word(toks[i].text) and not resolve_country(toks[i].text) \
            and not is_rank_of_title(toks, i, start):
        i += 1
    while i < start and toks[i].text.lower() in _LINKS:
        i += 1
    words = [t.text for t in toks[i:start]]
    found = head_title(words) if words else None
    if not found:
        return RoleInfo(None, None, toks[start].idx)
    title, kind = found
    if kind == "honorific" and len(words) == 1:
        return RoleInfo(None, None, toks[i].idx, kind)
    span = doc[i:start]
    return RoleInfo(*_role_from_words(span), span.start_char, kind)


def _role_from_words(span: Span) -> tuple[str | None, str | None]:
    toks = [t for t in span if not is_honorific(t.text) and t.text.lower() not in ("former", "acting", "interim")]
    if not toks:
        return None, None
    iso3 = None
    country_idx = None
    for k, t in enumerate(toks):
        c = resolve_country(t.text.rstrip("'s").rstrip("’s")) if t.text not in {"-"} else None
        if c is None:
            c = resolve_country(t.text)
        if c is None and t.ent_type_ in ("GPE", "NORP") and (k == 0 or toks[k - 1].ent_iob_ != "I"):
            # a country of several words ("the United States special envoy"): the whole entity
            ent = next((e for e in doc_ents(t.doc) if e.start <= t.i < e.end), None)
            c = resolve_country(ent.text) if ent is not None and len(ent) > 1 else None
        prev = toks[k - 1].text.lower() if k else ""
        if c and prev not in _COMPLEMENT_PREPS and t.ent_type_ != "ORG":
            iso3, country_idx = c, k
            break
    text = " ".join(t.text for t in toks).replace(" 's", "'s").replace(" ’s", "’s").replace(" - ", "-")
    # "US President" / "Mexican President" -> "President of the United States" / "President of Mexico"
    if country_idx == 0 and len(toks) >= 2 and all(is_title_word(t.text) for t in toks[1:]):
        title = " ".join(t.text for t in toks[1:])
        return f"{title} of {_the(country_name(iso3))}", iso3
    return text, iso3


def role_in_apposition(name_span: Span) -> RoleInfo | None:
    """", the Secretary of State," / ", Taiwan's deputy foreign minister," after a name."""
    for tok in name_span.root.children:
        if tok.dep_ != "appos" or tok.i < name_span.end:
            continue
        sub = list(tok.subtree)
        words = [t.text for t in sub]
        found = head_title(words)
        if not found or found[1] == "honorific":
            continue
        # "previously the Deputy Chief Minister of ...", "now a senator": the time adverb and the article
        # are no words of the title
        first = 0
        while first < len(sub) - 1 and (sub[first].lower_ in ("the", "a", "an") or sub[first].pos_ == "ADV"
                                        and sub[first].head.i == tok.i):
            first += 1
        last = len(sub) - 1
        while last > first and sub[last].is_punct:
            last -= 1  # "..., India," : the closing comma is no word of the title
        start = sub[first].i
        toks = doc_tokens(name_span.doc)
        while start >= 2 and toks[start - 1].text == "-" and not toks[start - 2].whitespace_ \
                and not toks[start - 1].whitespace_ and toks[start - 2].is_alpha and toks[start - 2].i > name_span.end:
            start -= 2  # "vice-president", which the parser splits into appositions of their own: the whole word
        span = name_span.doc[start : sub[last].i + 1]
        if len(span) > 10:
            continue
        role, iso3 = _role_from_words(span)
        return RoleInfo(role, iso3, span.start_char, found[1])
    return None


def country_of_modifier(text: str) -> str | None:
    """Country of a premodifier such as "US", "Cuban", "Cuba's"."""
    return country_of(text, capitals=False)
