"""Where a named entity's name starts and ends: a leading "the", titles and a trailing possessive trimmed
off; organisation and person names the model cut short extended (link words, listed name words, name
particles, a given name left out); a monarch's title; the text of a token range without a glued possessive."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.common_words import noun_word
from newscoder.extract.actors.entities import (
    _NAME_PARTICLES,
    _OCCUPATION_ENDINGS,
    _RANK_WORDS,
    _agent_nouns,
    _is_first_name,
    _job_word_first,
)
from newscoder.extract.actors.word_lists import POSS, gender_table, is_acronym, org_heads
from newscoder.extract.attribution import past_cue_form
from newscoder.extract.doctext import doc_ents, doc_text, doc_tokens, range_text
from newscoder.resolve.actors import is_bare_chamber
from newscoder.resolve.countries import is_region, iso3_for_demonym, iso3_for_name
from newscoder.resolve.registry import Registry, RegistryActor

_NOT_NAME_TAGS = {"JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "DT", "IN", "CC"}


def _not_name_word_first(doc: Doc, start: int, end: int) -> bool:
    """"Lead Ann Ray", "Incumbent Bo Li": an adjective or a verb form before a name of two words or more
    (a one-word rest would be a name such as "Rock Hudson" the tagger misread)."""
    return end - start > 2 and doc[start].tag_ in _NOT_NAME_TAGS


_ORG_LINKS = {"for", "of", "on"}  # not "and": "the Ministry of Defence and the Home Office" are two


def extend_org_name(doc: Doc, start: int, end: int) -> int:
    """End of an organisation's name the model cut short: "the Office of the UN" + "High Commissioner for
    Human Rights", "the League" + "for the Defence of Human Rights". Capitalised words (outside places,
    people and dates) and link words ("for", "of", "the") right after the name count when they hold a
    link word followed by a capitalised word or end in an organisation word (data/org_heads.csv); a title
    and a person's name after it ("Ministry of Defence Secretary Ben Wallace") do not."""
    toks = doc_tokens(doc)
    if toks[end - 1].is_alpha and not toks[end - 1].text[:1].isupper():
        return end  # "Hang Seng and": the model's span already ends on a link word
    if _country_edition(doc, end):
        return end + 1  # "told Kestrel News Philippines": a country in the name of a national edition
    if (foreign := _foreign_and_end(doc, start, end)) > end:
        return foreign
    j, linked = end, False
    while j < len(doc) and j - start < 14:
        tok = toks[j]
        if tok.text[:1].isupper() and (tok.is_alpha or is_acronym(tok.text)) and tok.pos_ == "PROPN" \
                and tok.ent_type_ in ("", "ORG", "NORP") and not tok.is_sent_start:
            j += 1
            continue
        k = j + 1 if tok.lower_ in _ORG_LINKS else j
        # "Veterans Against" + "the War": a name cut after a capitalised preposition goes on with "the"
        cut_after_prep = j - 1 > start and toks[j - 1].lower_ in _NAME_PREPOSITIONS and toks[j - 1].text[:1].isupper()
        if (k > j or cut_after_prep) and k < len(doc) and toks[k].lower_ == "the":
            k += 1
        if k > j and k < len(doc) and toks[k].text[:1].isupper() and toks[k].pos_ == "PROPN" \
                and toks[k].ent_type_ in ("", "ORG", "NORP"):
            j, linked = k, True
            continue
        if k > j and k + 1 < len(doc) and toks[k].pos_ == "DET" and toks[k].text[:1].isupper() \
                and toks[k].lower_ != "the" and toks[k + 1].pos_ == "PROPN" and toks[k + 1].text[:1].isupper() \
                and toks[k + 1].ent_type_ in ("", "ORG", "NORP"):
            j, linked = k + 1, True  # "Club for All Saints": a capitalised determiner opening the linked name
            continue
        break
    j = _listed_name_words(doc, start, j)
    if j == end:
        return end
    if toks[j - 1].lower_ in _ORG_LINKS or toks[j - 1].lower_ == "the":
        return end
    if linked or toks[j - 1].text in org_heads():
        return j
    return end


# lower-case link words of names in French, Spanish, Italian, Portuguese, German and Dutch ("Banco de X")
_FOREIGN_LINKS = frozenset({"de", "des", "du", "del", "della", "di", "da", "do", "dos", "das", "für", "van",
                            "von", "la", "le", "les", "el", "los", "las", "der", "die"})
_FOREIGN_ANDS = frozenset({"et", "y", "e", "und"})  # "and" in those languages (not Dutch "en": French "in")
_ELIDED = re.compile(r"^[dlDL]['’]$")
_ELIDED_WORD = re.compile(r"^[dl]['’][A-ZÀ-Ý]")


def _foreign_and_end(doc: Doc, start: int, end: int) -> int:
    """End of a name in another language the model cut at its "and": "Brigade de Recherche" + "et
    d'Intervention", "Banco de Fomento" + "y Desarrollo". The name must hold a lower-case link word of that
    language ("de", "für") inside it, and the words after the "and" must be capitalised (after that
    language's link words or an elided "d'")."""
    toks = doc_tokens(doc)
    if end >= len(toks) or toks[end].text not in _FOREIGN_ANDS \
            or not any(t.text in _FOREIGN_LINKS for t in toks[start + 1 : end - 1]):
        return end
    j = end + 1
    while j < len(toks) and (toks[j].text in _FOREIGN_LINKS or _ELIDED.match(toks[j].text)):
        j += 1
    k = j
    while k < len(toks) and (toks[k].text[:1].isupper() and toks[k].is_alpha or _ELIDED_WORD.match(toks[k].text)) \
            and not toks[k].is_sent_start and toks[k].ent_type_ in ("", "ORG"):
        k += 1
    return k if k > j else end


# capitalised prepositions inside names ("Veterans Against the War", "Doctors Without Borders")
_NAME_PREPOSITIONS = frozenset({"against", "for", "of", "on", "in", "to", "with", "without", "from", "at",
                                "by", "over", "under", "across", "beyond", "after", "before"})


_REPORTING = lexicons.words("reporting_verbs", "lemma", pos="verb")


def campus_end(doc: Doc, start: int, end: int) -> int:
    """End of a state university's name that goes on with its campus: "the University of Colorado" + "at
    Boulder", "the University of California" + ", Davis". Only for "University of" + a state or province
    (data of resolve/countries: a region, not a country), so that a venue after "at" is never glued to
    another name ("a rally at Kelby Arena") and "the University of Toronto, Canada" stays as it is. After a
    comma the campus must not begin with a given name nor be followed by a reporting verb ("..., Ray said")."""
    toks = doc_tokens(doc)
    words = [t.text for t in toks[start:end]]
    if words[:1] == ["the"]:
        words = words[1:]
    at = next((i for i in range(len(words) - 2) if words[i] == "University" and words[i + 1] == "of"), None)
    if at is None or end + 1 >= len(doc) or toks[end].text not in ("at", ","):
        return end
    region = " ".join(words[at + 2 :])
    if iso3_for_name(region) or not is_region(region):
        return end
    j = end + 1
    while j < len(doc) and j - end <= 4 and (
            toks[j].text[:1].isupper() and toks[j].is_alpha and not toks[j].is_sent_start
            or toks[j].text in ("-", "–") and not toks[j - 1].whitespace_ and j > end + 1):
        j += 1
    if toks[j - 1].text in ("-", "–"):
        j -= 1
    if j == end + 1:
        return end
    place = doc[end + 1 : j].text
    if iso3_for_name(place) or is_region(place):
        return end  # "the University of Ohio, Kenya": a country or a state after it is where, not a campus
    if toks[end].text == ",":
        if _is_first_name(toks[end + 1].text) or j < len(doc) and toks[j].lemma_ in _REPORTING:
            return end
    return j


def _campus_tail(ent: Span, start: int, end: int) -> bool:
    """Is this entity the campus of the state university named right before it ("Davis" of "the
    University of California, Davis")?"""
    doc = ent.doc
    toks = doc_tokens(doc)
    if start < 2 or toks[start - 1].text not in ("at", ","):
        return False
    before = next((e for e in doc_ents(doc) if e.end == start - 1 and e.label_ == "ORG"), None)
    return before is not None and campus_end(doc, before.start, before.end) >= end


def _country_edition(doc: Doc, end: int) -> bool:
    """A country's one-word name right after an organisation's name that the parser reads as part of it
    ("told CNN Philippines the towns ...", "Ana Ray of Kelby Rivers Alliance Peru said"), with nothing
    between: the national edition or section of a medium, a company or a body, whose name holds the
    country; no mention of the state. The country must be an entity of its own (not the head of a longer
    one)."""
    toks = doc_tokens(doc)
    if end >= len(doc) or toks[end].ent_type_ != "GPE" or toks[end].ent_iob_ != "B" \
            or (end + 1 < len(doc) and toks[end + 1].ent_iob_ == "I"):
        return False
    return country_ends_name(doc, end - 1)


def country_ends_name(doc: Doc, last: int) -> bool:
    """Is the word after token `last` a country's one-word name that ends the name ending at `last`, one
    noun phrase with it? The name's last word modifies the country ("CNN" -> "Philippines") and the country
    ends the noun phrase (not "the EU Britain deal"), or the country is in apposition to the name's last
    word or its bare noun-phrase modifier; same sentence, no punctuation between. A country after a comma or
    a preposition, or opening the next clause ("the Alliance Peru would"), is not read so by the parser."""
    toks = doc_tokens(doc)
    end = last + 1
    if end >= len(doc) or not toks[last].whitespace_ or toks[end].is_sent_start:
        return False
    prev, country = toks[last], toks[end]
    glued = prev.dep_ == "compound" and prev.head.i == end and country.dep_ not in ("compound", "nmod", "amod")
    apposed = country.head.i == last and country.dep_ in ("appos", "npadvmod")
    return (glued or apposed) and iso3_for_name(country.text) is not None


def _listed_name_words(doc: Doc, start: int, j: int) -> int:
    """"United Nations Educational" + ", Scientific and Cultural Organization": adjective-like words of one
    name listed with commas and a last "and". Counts only when the name so far does not end on an
    organisation word, the list opens with a comma, its inner items are one or two words with no
    organisation word, and the last item ends on one (data/org_heads.csv). "the Croucher Foundation, the
    National Science Foundation and ..." and "MIT and Colorado State University" stay separate bodies."""
    toks = doc_tokens(doc)
    heads = org_heads()
    if j >= len(doc) or toks[j].text != "," or toks[j - 1].text in heads \
            or any(t.lower_ in _ORG_LINKS for t in toks[start:j]):
        return j  # "Department of Energy, and Office of ...": a complete name already, then a list
    k = j
    while k < len(doc) and k - start < 16 and toks[k].text in (",", "and", "&"):
        last = toks[k].text != ","
        if not last and k + 1 < len(doc) and toks[k + 1].text == "and":
            k, last = k + 1, True  # ", and": a serial comma
        m = k + 1
        while m < len(doc) and m - start < 16 and toks[m].text[:1].isupper() and toks[m].is_alpha \
                and toks[m].pos_ in ("PROPN", "ADJ", "NOUN") and toks[m].ent_type_ in ("", "ORG"):
            m += 1
        if m == k + 1:
            return j
        if last:
            ends = m == len(doc) or toks[m].lower_ not in _ORG_LINKS
            return m if toks[m - 1].text in heads and ends else j
        if m - k - 1 > 2 or toks[m - 1].text in heads:
            return j
        k = m
    return j


def _tail_of_longer_name(ent: Span, start: int) -> bool:
    """Is this organisation's name the tail of a longer one that another entity extends over ("the League"
    ... "for the" ... "Defence of Human Rights")?"""
    doc = ent.doc
    toks = doc_tokens(doc)
    i = start - 1
    if i >= 0 and toks[i].lower_ == "the":
        i -= 1
    if i < 1 or toks[i].lower_ not in _ORG_LINKS or toks[i - 1].ent_type_ != "ORG" or toks[i - 1].ent_iob_ == "":
        return False
    before = next((e for e in doc_ents(doc) if e.end == i and e.label_ == "ORG"), None)
    return before is not None and extend_org_name(doc, before.start, before.end) >= ent.end


def _field_before_and(doc: Doc, start: int, end: int) -> int:
    """Start of a body's name the model began after an inner "and": "House Oversight and" + "Reform
    Committee", "Search and" + "Rescue Agency". One to three capitalised proper nouns outside any entity,
    then "and", right before a name that ends in an organisation word (data/org_heads.csv)."""
    toks = doc_tokens(doc)
    if start < 2 or toks[start - 1].lower_ != "and" or toks[end - 1].text not in org_heads():
        return start
    k = start - 1
    while k > 0 and start - 1 - k < 3 and toks[k - 1].pos_ == "PROPN" and not toks[k - 1].ent_type_ \
            and toks[k - 1].is_alpha and toks[k - 1].text[:1].isupper() and not toks[k - 1].text.isupper():
        k -= 1
    if k == start - 1 or k > 0 and toks[k - 1].pos_ == "PROPN" and toks[k - 1].text[:1].isupper():
        return start  # no words, or a longer run than a name's field: left as tagged
    return k


def joined_name_before(doc: Doc, start: int, end: int) -> int:
    """Start of an organisation's name of two joined names the model began after the conjunction ("Ana and"
    + "Bo Ray Foundation", "Smith &" + "Jones LLP"): a name ending in an organisation word
    (data/org_heads.csv) of two words or more, right after "and"/"&", and one capitalised proper noun before
    that, untagged or a one-word person, that is a given name or no common noun, title, country or
    nationality word; the word before it is no capitalised proper noun (no longer name ends there)."""
    toks = doc_tokens(doc)
    if end - start < 2 or start < 2 or toks[end - 1].text not in org_heads() or not toks[start].text[:1].isupper():
        return start
    first = start  # "Ana and Bo" + "Ray Foundation": untagged given names the model also left out
    while first > 2 and start - first < 2 and not toks[first - 1].ent_type_ and _is_first_name(toks[first - 1].text):
        first -= 1
    if toks[first - 1].lower_ not in ("and", "&"):
        return start
    left = toks[first - 2]
    if left.pos_ != "PROPN" or not left.is_alpha or not left.text[:1].isupper() or left.text.isupper() \
            or left.text in org_heads() or roles.is_title_word(left.text) or roles.is_honorific(left.text) \
            or roles.country_of_modifier(left.text) or iso3_for_name(left.text) or iso3_for_demonym(left.text):
        return start
    if left.ent_type_ and not (left.ent_type_ == "PERSON" and left.ent_iob_ == "B" and toks[first - 1].ent_iob_ != "I"):
        return start  # a word of another tagged name (a place, a body, a longer person's name)
    if not _is_first_name(left.text) and not left.ent_type_ and noun_word(left.text):
        return start
    if first >= 3 and toks[first - 3].pos_ == "PROPN" and toks[first - 3].text[:1].isupper():
        return start
    return first - 2


def joined_into_next(doc: Doc, ent: Span) -> bool:
    """A one-word person the model tagged before "and"/"&" that begins the next entity's joined name ("Ana"
    of "Ana and Bo Ray Foundation", `joined_name_before`): a word of that name, no actor of its own."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("and", "&"):
        return False
    nxt = next((e for e in doc_ents(doc) if ent.end < e.start <= ent.end + 3), None)
    return nxt is not None and nxt.label_ in ("ORG", "PERSON") \
        and joined_name_before(doc, nxt.start, nxt.end) == ent.start


def _region_after_and(doc: Doc, start: int, end: int) -> int:
    """End of a name "<body> of X and the Y" the model cut after X ("the Union of Crimea and the Steppe"):
    a name ending "of <one word>", then "and" ("the") and a place the model tags that names no country
    (a region), which ends that entity; or "and" and one word naming another part of the same country, which
    the model may tag as an organisation ("the High Court of England and Wales"). Two countries ("Parliament
    of France and Spain") are two places the name does not join."""
    if end - start < 3 or doc[end - 2].lower_ != "of" or end + 1 >= len(doc) or doc[end].lower_ != "and":
        return end
    k = end + 1
    if doc[k].lower_ == "the":
        k += 1
    if k >= len(doc) or doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in ("GPE", "LOC", "ORG"):
        return end
    place = next((e for e in doc_ents(doc) if e.start == k), None)
    if place is not None and k == end + 1 and len(place) == 1 and _parts_of_one_country(doc[end - 1].text, place.text):
        return place.end  # "the High Court of England and Wales": two parts of one country, one jurisdiction
    if place is None or place.label_ == "ORG" or iso3_for_name(place.text) is not None \
            or not all(t.text[:1].isupper() for t in place):
        return end
    return place.end


def _parts_of_one_country(first: str, second: str) -> bool:
    """Two place names of the same country, neither that country's own name ("England", "Wales"), or a
    country named with "and" ("Trinidad and Tobago")."""
    if iso3_for_name(f"{first} and {second}"):
        return True
    iso3 = iso3_for_name(first)
    return iso3 is not None and iso3 == iso3_for_name(second) and first != second \
        and first[:1].isupper() and second[:1].isupper()


def _field_after_and(doc: Doc, start: int, end: int) -> int:
    """End of a name "<School/Institute/Department> of X and Y Z" the model cut after X ("the Kelby School of
    Marine" + "and Atmospheric Science"): a name whose head (data/org_heads.csv, education or government)
    stands right before "of <one word>", then "and" with no "the" and capitalised words up to a lower-case
    word or a stop, outside any organisation or place entity, with no acronym and not opening with a first
    name. "the University of Kelby and UC Gorse", "the Ministry of Defence and the Home Office" stay two."""
    toks = doc_tokens(doc)
    if end - start < 3 or toks[end - 2].lower_ != "of" or org_heads().get(toks[end - 3].text) not in (
            "education", "government") or toks[end - 3].text == "University" \
            or end + 1 >= len(doc) or toks[end].lower_ != "and":
        return end  # ("the University of X": X is a place, and "and" goes on to another body)
    k = end + 1
    while k < len(doc) and k - end <= 4 and toks[k].is_alpha and toks[k].text[:1].isupper() \
            and not toks[k].text.isupper() \
            and toks[k].ent_type_ in ("", "PERSON") and toks[k].pos_ == "PROPN":
        k += 1
    if k == end + 1 or k - end > 4 or _is_first_name(toks[end + 1].text) \
            or k < len(doc) and toks[k].text[:1].isupper() and toks[k].is_alpha:
        return end
    return k


def _modifier_tail_end(doc: Doc, start: int, end: int) -> int:
    """"spoke against Kelbism on French" + "television": a preposition and a nationality word that the parser
    attaches to a noun after the span are the start of another phrase, not part of the name; the name ends
    before the preposition."""
    toks = doc_tokens(doc)
    last = toks[end - 1]
    if (end - start >= 3 and toks[end - 2].pos_ == "ADP" and toks[end - 2].text.islower()
            and last.head.i >= end and last.dep_ == "amod" and iso3_for_demonym(last.text)):
        return end - 2
    return end


def _lowercase_of_tail_end(toks: list, start: int, end: int) -> int:
    """"described by Kelby Press of bank fraud": a name the model ran on through "of" into lower-case
    words ends before that "of". A name's own "of" is followed by a capitalised word ("Bank of Kelbia",
    "Office of the High Commissioner"); only lower-case words after it, one a common noun, are the phrase
    the name is the agent or object of, no part of the name."""
    last_of = next((k for k in range(end - 2, start, -1) if toks[k].lower_ == "of"), None)
    if last_of is None or not toks[last_of - 1].text[:1].isupper():
        return end
    tail = toks[last_of + 1 : end]
    if all(t.is_alpha and t.is_lower for t in tail) and any(t.pos_ == "NOUN" for t in tail):
        return last_of
    return end


def _office_object_before_name(toks: list, start: int, end: int) -> bool:
    """After "of" (or "of the"): a chamber or body word, or a country's name, then a given name and a surname."""
    k = start - 1 if start >= 1 and toks[start - 1].lower_ == "the" else start
    if k < 1 or toks[k - 1].lower_ != "of":
        return False
    word = toks[start].text
    if not (word in org_heads() or is_bare_chamber(word) or k == start and iso3_for_name(word)):
        return False
    # the given name may be one the lists leave out as of either gender ("Nicola", "Andrea"): after a title's
    # "of <country>" ("First Minister of Kelbia") two proper nouns are the holder's name
    titled = (k == start and k >= 2 and end - start == 3 and bool(iso3_for_name(word))
              and roles.is_title_word(toks[k - 2].text))
    return (_is_first_name(toks[start + 1].text) or _any_given_name(toks[start + 1].text) or titled) \
        and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in toks[start + 1 : end])


def _any_given_name(word: str) -> bool:
    """A given name of the curated, PETRARCH2 or gendered lists (data/given_name_genders.csv)."""
    return _is_first_name(word) or word in gender_table("given_name_genders.csv", "name")


def _post_object_before_name(toks: list, start: int, end: int) -> bool:
    """"Guests of Honour" + "Ana", "Minister of Kelbia" + "Ana Ray" tagged one person: the capitalised word
    right after the "of" of a capitalised post ("<Post> of <Word>") is the post's, not the name's, when it
    is no given name itself and a given name follows (or a country's name opens the span)."""
    if end - start < 2 or start < 2 or toks[start - 1].lower_ != "of" or not toks[start - 2].text[:1].isupper() \
            or not toks[start - 2].is_alpha or toks[start - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    word = toks[start].text
    if not (iso3_for_name(word) or noun_word(word) or word.lower() in _common_given_nouns()):
        return False  # a common noun ("Honour", "Ceremonies") or a country: a firm's word ("Milltech") may be a name's
    return (_any_given_name(toks[start + 1].text) or iso3_for_name(word) and end - start >= 3) \
        and all(t.is_alpha and t.text[:1].isupper() for t in toks[start + 1 : end])


@functools.cache
def _role_nouns() -> frozenset[str]:
    """Nouns for a post one person holds: the one-word titles (data/titles.csv, forms of address and
    modifiers aside) and the posts of data/role_nouns.csv ("fellow", "professor", "commandant")."""
    one_word = {t for t, kind in roles.titles().items() if " " not in t and t.isalpha()
                and kind not in ("honorific", "modifier")}
    return frozenset(one_word | set(lexicons.column("role_nouns", "word")))


def _name_follows(toks: list, j: int) -> bool:
    """Does a person's name start at token `j`, after any title words ("General Bo Li"): a PERSON entity,
    or a listed first name and a capitalised proper noun the model left untagged?"""
    while j < len(toks) - 1 and toks[j].text[:1].isupper() and (
            roles.is_title_word(toks[j].text) or roles.is_honorific(toks[j].text)) and toks[j].ent_type_ != "PERSON":
        j += 1
    if j >= len(toks):
        return False
    tok = toks[j]
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
        return True
    return (j + 1 < len(toks) and tok.ent_type_ == "" and _is_first_name(tok.text)
            and toks[j + 1].text[:1].isupper() and toks[j + 1].is_alpha and not roles.is_title_word(toks[j + 1].text))


def untagged_name_after_title(ent: Span) -> tuple[int, int] | None:
    """"Kelby Academy Senior Fellow" + "Ann Ray" where the model tagged the title but not the name: the
    token range of the name (a listed first name and one capitalised word), read as a person's."""
    doc = ent.doc
    toks = doc_tokens(doc)
    start, end = ent.start, ent.end
    if ent.label_ != "ORG" or end + 1 >= len(toks) or toks[end].ent_type_ or toks[end + 1].ent_type_ \
            or _title_before_name(doc, start, end) is None or not _is_first_name(toks[end].text) \
            or not toks[end + 1].text[:1].isupper() or not toks[end + 1].is_alpha \
            or roles.is_title_word(toks[end + 1].text):
        return None
    return end, end + 2


def _title_before_name(doc: Doc, start: int, end: int) -> int | None:
    """"Kelby Port Authority Commissioner" + "Ann Ray", "Marine Corps Commandant" + "General Bo Li": an
    organisation span ending in a post one person holds (`_role_nouns`) with a person's name right after it
    (or in apposition after a comma) is that person's title, no body. The end of the body's name inside
    it, or None when the span is no such title: the title words before the post come off too ("Vice
    Chairman"), and the words left name the body only when they end in an organisation word
    (data/org_heads.csv) or the article writes them elsewhere; otherwise nothing is left (`start`)."""
    toks = doc_tokens(doc)
    last = toks[end - 1]
    if end - start < 2 or end >= len(toks) or last.lower_ not in _role_nouns() or not last.text[:1].isupper():
        return None
    apposed = toks[end].text == ","
    if apposed:
        # "the Port Authority Commissioner, Ann Ray, said": the name is apposed to the title
        if not (_name_follows(toks, end + 1) and any(t.dep_ == "appos" and start <= t.head.i < end
                                                     for t in toks[end + 1 : min(len(toks), end + 5)])):
            return None
    elif not _name_follows(toks, end):
        return None
    k = end - 1
    while k > start and (roles.is_title_word(toks[k - 1].text) or toks[k - 1].lower_ in _RANK_WORDS):
        k -= 1
    if k > start and (toks[k - 1].text in org_heads() or doc_text(doc).count(range_text(doc, start, k)) > 1):
        return k
    # a title with no body's name apposed to a name ("A Kelbian Senior Fellow, Ann Ray,") is read as that
    # person's description (relabel)
    return None if apposed else start


@functools.cache
def _post_nouns() -> frozenset[str]:
    """Posts one person holds in a field or a body, written first: the posts of data/role_nouns.csv
    ("professor", "fellow", "lecturer", "reader", "chair")."""
    return frozenset(lexicons.column("role_nouns", "word"))


def _post_in_field(doc: Doc, start: int, end: int) -> int | None:
    """"Professor of Medieval History", "Kelby Chair in Global Food Policy": an organisation span holding a
    post (`_post_nouns`, the word alone, capitalised) followed by "in" or "of" names a post one person
    holds, not a body. The start of the body named inside it ("Fellow of the Royal Society", "Chair of X at
    Kelby University": the words after "at", or after "of the" when they end in an organisation word), or
    `end` when the span names no body; None when the span is no such post ("Professors for Peace",
    "Fellowship of ..."). Only the singular post word counts, so a body named after its members stays.
    "Kelby University Chair in X": the words before the post are the body when they end in an
    organisation word (the caller keeps them); a donor's name before it ("Kelby Chair") is no body."""
    toks = doc_tokens(doc)
    k = next((k for k in range(start, end - 2) if toks[k].lower_ in _post_nouns() and toks[k].text[:1].isupper()
              and toks[k + 1].lower_ in ("in", "of")), None)
    if k is None or any(not (t.text[:1].isupper() and t.is_alpha) for t in toks[start:k]):
        return None
    heads = org_heads()
    at = next((j for j in range(k + 2, end - 1) if toks[j].lower_ == "at"), None)
    if at is not None and toks[end - 1].text in heads:
        return at + 2 if toks[at + 1].lower_ == "the" else at + 1
    if toks[k + 1].lower_ == "of" and toks[k + 2].lower_ == "the" and end - k >= 5 and toks[end - 1].text in heads:
        return k + 3  # "Fellow of the Royal Society": the society
    if k > start and toks[k - 1].text in heads:
        return -k  # "Kelby University Chair in X": the university, before the post
    return end


def _field_after_post(doc: Doc, start: int, end: int) -> bool:
    """"Professor of" + "Medieval History", "Reader in" + "Kelbian Law": a span the model tagged right after
    a capitalised post and "in"/"of" is the post's field, no actor, unless it ends in an organisation word
    ("Fellow of" + "the Royal Society")."""
    toks = doc_tokens(doc)
    k = start - 1 if start > 0 and toks[start - 1].lower_ == "the" else start
    return k >= 2 and toks[k - 1].lower_ in ("in", "of") and toks[k - 2].lower_ in _post_nouns() \
        and toks[k - 2].text[:1].isupper() and toks[end - 1].text not in org_heads() \
        and not _is_first_name(toks[start].text)


def _capital_the_in_name(ent: Span, start: int, end: int) -> bool:
    """"reported to The Kelby Ledger": an organisation's "The" the article writes capitalised mid-sentence is
    part of its name (a paper's, a band's), when the article never writes the name after a lower-case "the"."""
    return ent.label_ == "ORG" and capital_the_at(ent.doc, start, end)


def capital_the_at(doc: Doc, start: int, end: int) -> bool:
    """Is the token at `start` a capitalised "The" written mid-sentence before the name `start + 1 .. end`
    that the article never writes after a lower-case "the" (the name's own article, "told The Kelby Ledger")?"""
    toks = doc_tokens(doc)
    if start < 1 or end - start < 2 or end > len(toks):
        return False
    the = toks[start]
    if the.text != "The" or the.is_sent_start:
        return False
    prev = toks[start - 1]
    if prev.is_punct and prev.text not in (",", ";") or prev.is_space:
        return False  # after a quotation mark, a colon or a line break "The" may open a sentence or a title
    rest = range_text(doc, start + 1, end)
    return f"the {rest}" not in doc_text(doc)


_last_trims: tuple[Doc, dict[tuple[int, int, str], tuple[int, int]]] | None = None


def trim_entity(ent: Span) -> tuple[int, int]:
    """Token range of the entity without a leading "the", titles, and a trailing possessive."""
    # speed: the entity pass and `named.add_entity` trim the same entities; the answer depends only on the
    # Doc and the entity's bounds and label, so it is kept for the last Doc (as `doctext` keeps its lists)
    global _last_trims
    doc = ent.doc
    last = _last_trims
    if last is None or last[0] is not doc:
        last = _last_trims = (doc, {})
    key = (ent.start, ent.end, ent.label_)
    found = last[1].get(key)
    if found is None:
        found = last[1][key] = _trim_entity(ent)
    return found


def _trim_entity(ent: Span) -> tuple[int, int]:
    start, end = ent.start, ent.end
    doc = ent.doc
    toks = doc_tokens(doc)
    # a possessive, a space, or a punctuation mark the model left at the end ("United Nations Educational,")
    while end > start and (toks[end - 1].text in POSS or toks[end - 1].is_space
                           or toks[end - 1].is_punct and toks[end - 1].text not in (".", ")", "]")):
        end -= 1
    # "Scottish National Party - 48": a dash and a figure after a name are a tally, not part of it
    for k in range(start + 1, end - 1):
        if toks[k].text in ("-", "–", "—") and toks[k].whitespace_ and all(t.like_num for t in toks[k + 1 : end]):
            end = k
            break
    if start < end and toks[start].lower_ == "the" and not _capital_the_in_name(ent, start, end):
        start += 1
    elif start > 0 and _capital_the_in_name(ent, start - 1, end):
        start -= 1  # the model left the name's own "The" outside the entity
    elif end - start > 1 and toks[start].text in ("a", "an") and toks[start + 1].text[:1].isupper():
        start += 1  # "by a National Weather Agency buoy": a lower-case article is no word of a name
    # 'Remarked Center for Biological X scientist Ann Lee, "..."': a speech verb opening the sentence
    # before the name (an inverted cue) is no part of it
    if end - start > 1 and _opens_sentence(toks, start) and past_cue_form(toks[start].text):
        start += 1
    end = _modifier_tail_end(doc, start, end)
    end = _lowercase_of_tail_end(toks, start, end)
    # "World Health Organisation (WHO": the acronym is read by the propagation pass
    for k in range(start + 1, end):
        if toks[k].text in ("(", "["):
            end = k
            break
    if ent.label_ == "ORG":
        # "Spokesperson Ana Ray" tagged as an organisation: the title comes off, and relabel() reads the
        # rest as a titled person
        # "Voter Ana Ray" opening a sentence: a job word before a person's name, read as for people below
        if (end - start in (3, 4) and (roles.is_title_word(toks[start].text) or roles.is_honorific(toks[start].text)
                                       or _job_word_first(doc, start, end) or misspelt_title(toks[start].text))
                and toks[end - 1].text not in org_heads()
                and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in toks[start + 1 : end])):
            start += 1
        elif end - start in (3, 4) and _office_object_before_name(toks, start, end):
            # "Speaker of the House Ana Ray" tagged "the House Ana Ray", "First Minister of Kelbia Ana Ray"
            # tagged "Kelbia Ana Ray": the body or country of a title glued to the holder's name; the name is
            # the person's (relabel() reads it as a person)
            start += 1
        # "the Republican Senate Majority Leader" tagged "the Republican Senate": the party adjective says
        # which party leads the chamber; the body named is the chamber (data/party_adjectives.csv)
        if end - start >= 2 and toks[start].text in _party_adjectives() \
                and is_bare_chamber(range_text(doc, start + 1, end)):
            start += 1
        if (body := _post_in_field(doc, start, end)) is not None:
            if body < 0:
                return start, -body  # the body the post is named after
            return (body, end) if body < end else (start, start)  # a post, or the body it is held at
        if (cut := _title_before_name(doc, start, end)) is not None:
            return start, cut  # "Kelby Academy Senior Fellow" + "Ann Ray": the academy only, or nothing
        if _tail_of_longer_name(ent, start):
            return start, start  # "the Defence of Human Rights" of "the League for the Defence of ...": dropped
        if (campus := campus_end(doc, start, end)) > end:
            return start, campus  # "the University of Colorado" + "at Boulder": one campus of a state's university
        end = extend_org_name(doc, start, end)
        start = _hyphen_word_before(toks, start)
        start = _field_before_and(doc, start, end)
        start = joined_name_before(doc, start, end)
        end = _region_after_and(doc, start, end)
        end = _field_after_and(doc, start, end)
    if ent.label_ == "NORP" and end < len(doc) and toks[end].lower_ in ("for", "of") \
            and not iso3_for_demonym(toks[end - 1].text):
        # "Lawyers for Open Courts": a plural noun the model read as a people, then a link word and a
        # capitalised name; the whole is a body's name (relabel() reads it as an organisation)
        end = extend_org_name(doc, start, end)
    if ent.label_ == "NORP" and end - start == 1 and start > 0 and toks[start - 1].text in _party_adjectives() \
            and toks[start - 1].tag_ == "NNP" and not toks[start - 1].ent_type_ and toks[start - 1].head.i == start \
            and toks[start].tag_ == "NNPS":
        # "Liberal Democrats": a party's name the tagger read as a proper noun, its members' plural tagged a
        # people; the adjective opens the name (read as "Liberal Democrats" written elsewhere, not "Democrats")
        start -= 1
    if _campus_tail(ent, start, end):
        return start, start  # "Davis" of "the University of California, Davis": part of that name, no actor
    if ent.label_ in ("PERSON", "ORG") and end > start and _field_after_post(doc, start, end):
        return start, start  # "Professor of" + "Medieval History": the post's field, no actor
    if ent.label_ == "PERSON":
        # "Dorita 75 miles": no person's name holds a figure; the span ends before it
        cut = next((k for k in range(start + 1, end) if any(c.isdigit() for c in doc[k].text)), end)
        if cut < end and cut - start == 1 and doc[start].text[:1].isupper() \
                and re.search(rf"\b{re.escape(doc[start].text.lower())}\b", doc_text(doc)):
            return start, start  # "Magnitude 6.3": a word the article also writes in lower case, no name
        end = cut
        end = _surname_head_end(toks, start, end)
        end = title_surname_end(toks, start, end)
        # "Ann Ray QC", "Bo Li MP OBE": ranks and honours written after a name are not part of it ("Jr." is)
        end = post_nominal_end(toks, start, end)
        if _post_object_before_name(toks, start, end):
            start += 1  # "Guests of Honour Ana", "First Minister of Kelbia Ana Ray": the post's word comes off
        # titles, and a leading word the tagger does not read as a name ("Lead Ann Ray", "Incumbent Bo
        # Li": an adjective or a verb form glued to the name)
        while end - start > 1 and (roles.is_title_word(toks[start].text) or roles.is_honorific(toks[start].text)
                                   or _not_name_word_first(doc, start, end) or _job_word_first(doc, start, end)
                                   or misspelt_title(toks[start].text)):
            start += 1
        end = generational_suffix_end(toks, end)
        start = joined_name_before(doc, start, end)  # "Ana and" + "Bo Ray Foundation" tagged a person
    if ent.label_ in ("PERSON", "ORG") and end > start:
        start = contraction_start(doc, start, end)
        start = acronym_before_firm(toks, start, end)
    return start, end


def acronym_before_firm(toks: list, start: int, end: int) -> int:
    """"XKT" + "Vasútépítő Kft.": the model tagged a company's leading acronym as an organisation of its own
    and began the name after it. An acronym right before a name ending in a company word (data/org_heads.csv,
    kind "company"), untagged or a one-word organisation, that the parser makes a compound of a word of the
    name, opens the name (a place's acronym, "US", is a GPE and stays out)."""
    if start < 1 or end <= start or org_heads().get(toks[end - 1].text) != "company":
        return start
    prev = toks[start - 1]
    if not (is_acronym(prev.text) and prev.is_alpha and prev.whitespace_ and prev.pos_ == "PROPN"
            and prev.dep_ == "compound" and start <= prev.head.i < end):
        return start
    if prev.ent_type_ not in ("", "ORG") or prev.ent_type_ and (prev.ent_iob_ != "B" or toks[start].ent_iob_ == "I"):
        return start  # a word of a longer tagged name
    return start - 1


def acronym_into_next(ent: Span) -> bool:
    """The one-word organisation of `acronym_before_firm` ("XKT" of "XKT Vasútépítő Kft."): read with the
    company's name, no actor of its own."""
    toks = doc_tokens(ent.doc)
    if ent.label_ != "ORG" or len(ent) != 1 or ent.end >= len(toks) or toks[ent.end].ent_iob_ != "B" \
            or not is_acronym(ent.text):
        return False
    nxt = next((e for e in doc_ents(ent.doc) if e.start == ent.end and e.label_ in ("PERSON", "ORG")), None)
    return nxt is not None and trim_entity(nxt)[0] == ent.start


# a verb's negative contraction, as the tokenizer splits it ("Do" + "n't")
NEGATIONS = frozenset({"n't", "n’t"})


def _glued_contraction(toks: list, start: int) -> bool:
    """A capitalised verb and "n't" glued to it right before token `start` ("Do" + "n't" + "Feed")."""
    if start < 2:
        return False
    verb, neg = toks[start - 2], toks[start - 1]
    return neg.text in NEGATIONS and not verb.whitespace_ and bool(neg.whitespace_) and verb.is_alpha \
        and verb.text[:1].isupper() and not verb.ent_type_ and not neg.ent_type_


def _strict_contraction(toks: list, start: int) -> bool:
    """The contraction of `_glued_contraction` inside a sentence, after a word or a comma (not after a quote
    mark, a colon or a bracket: a quoted order "Don't Tell Ana" opens a sentence)."""
    if start < 3 or not _glued_contraction(toks, start) or _opens_sentence(toks, start - 2):
        return False
    before = toks[start - 3]
    return not before.is_space and (not before.is_punct or before.text == ",")


_last_contracted: tuple[Doc, frozenset[str]] | None = None


def _contracted_names(doc: Doc) -> frozenset[str]:
    """The names of PERSON and ORG entities of the Doc that open with a contraction in a sentence's middle
    (`_strict_contraction`), with it: computed once per Doc."""
    global _last_contracted
    if _last_contracted is not None and _last_contracted[0] is doc:
        return _last_contracted[1]
    toks = doc_tokens(doc)
    names = frozenset(range_text(doc, e.start - 2, e.end) for e in doc_ents(doc)
                      if e.label_ in ("PERSON", "ORG") and _strict_contraction(toks, e.start))
    _last_contracted = (doc, names)
    return names


def contraction_start(doc: Doc, start: int, end: int) -> int:
    """"Don't" + "Feed Bears": the model began a business's or band's name after the capitalised contraction
    it opens with. The contraction opens the name inside a sentence after a word or a comma, and anywhere
    (after a quote mark, at a paragraph's start) when the article writes the same name so elsewhere; relabel()
    then reads it as an organisation, since no person's name holds a verb's contraction."""
    toks = doc_tokens(doc)
    if _strict_contraction(toks, start) or _glued_contraction(toks, start) \
            and range_text(doc, start - 2, end) in _contracted_names(doc):
        return start - 2
    return start


@functools.cache
def _party_adjectives() -> frozenset[str]:
    return frozenset(lexicons.words("party_adjectives", "adjective"))


# the generational suffixes written after a person's name: they are part of it ("Ana Ray Jr." is not her
# mother "Ana Ray"); regnal numbers stay with their titles (`regnal_title`)
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr"})


def generational_suffix_end(toks: list, end: int) -> int:
    """"Ana Ray, Jr.": the model ended the name before the comma and the suffix; the name runs to it (the
    comma is taken out of the actor's name by `birth_names.written_suffixes`)."""
    if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].text in NAME_SUFFIXES \
            and not toks[end + 1].ent_type_:
        return end + 2
    return end


@functools.cache
def _long_titles() -> tuple[str, ...]:
    return tuple(sorted(w for w in roles.title_words() if len(w) >= 6 and w.isalpha()))


@functools.lru_cache(maxsize=1 << 12)  # speed: the same capitalised words are asked about in every article
def misspelt_title(word: str) -> bool:
    """"Senatorr", "Represenative": a capitalised word of six letters or more one edit from a title word
    (two for words of nine letters or more), with the same first letter, that is no known given name: a
    title typed with a typo before a person's name, not a word of the name."""
    low = word.lower()
    if len(word) < 6 or not word.isalpha() or not word[:1].isupper() or roles.is_title_word(word) \
            or _is_first_name(word):
        return False
    most = 2 if len(word) >= 9 else 1
    return any(t[0] == low[0] and abs(len(t) - len(low)) <= most and 1 <= _edit_distance(low, t) <= most
               for t in _long_titles())


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_HYPHEN_SUFFIXES = lexicons.words("hyphen_suffixes", "suffix")


def _hyphen_word_before(toks: list, start: int) -> int:
    """"Co-operative" + "Commonwealth Party": the model began an organisation's name after a capitalised
    hyphenated word written right before it, which the tokenizer split in three; that word opens the name.
    Not a place's or a people's word ("Kelbian-led", "US-backed": a modifier; suffixes in
    data/hyphen_suffixes.csv), nor a word another entity holds."""
    if start < 3:
        return start
    first, dash, second = toks[start - 3], toks[start - 2], toks[start - 1]
    if dash.text != "-" or first.whitespace_ or dash.whitespace_ or not second.whitespace_:
        return start
    if not (first.is_alpha and first.text[:1].isupper() and second.is_alpha) or first.ent_type_ or second.ent_type_:
        return start
    if start > 3 and not toks[start - 4].whitespace_:
        return start  # part of a longer word
    if second.lower_ in _HYPHEN_SUFFIXES or iso3_for_name(first.text) or iso3_for_demonym(first.text):
        return start
    return start - 3


def _surname_head_end(toks: list, start: int, end: int) -> int:
    """"Superintendent Ana" + "Rivas": the model ended a name (of two words or more, or after a title) before
    the surname the parser makes its head (the span's last word a compound of the capitalised proper noun right
    after it, which no entity holds); the name runs to that head."""
    if end >= len(toks) or end - start < 1:
        return end
    if end - start < 2 and not (start > 0 and roles.is_title_word(toks[start - 1].text)):
        return end  # one untitled word ("Warhol" + "Polaroids") is a name before a noun, no cut name
    last, nxt = toks[end - 1], toks[end]
    if last.dep_ == "compound" and last.head.i == nxt.i and nxt.pos_ == "PROPN" and nxt.is_alpha \
            and nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.ent_iob_ == "O" and last.whitespace_ \
            and not roles.is_title_word(nxt.text) and nxt.text not in org_heads():
        return end + 1
    return end


# words after a post's word that make it a post ("Mayor of X", "Judge for the district")
_POST_LINKS = frozenset({"of", "for", "to", "at", "in"})


def title_surname_end(toks: list, start: int, end: int) -> int:
    """"Ana" + "Mayor", "Pierre" + "Baron": the model ended a person's name of given names only before a
    surname that is also a post's word (Mayor, Bishop, Judge, King). The post's word is the surname when the
    given name is its compound, it is written capitalised right after, untagged, and no name or post link
    follows it ("Mayor Ann Ray", "Mayor of Kelby" are posts): a title stands before a name, not after one."""
    if end >= len(toks) or end - start not in (1, 2) or not all(_any_given_name(t.text) for t in toks[start:end]):
        return end
    last, nxt = toks[end - 1], toks[end]
    if not (last.dep_ == "compound" and last.head.i == nxt.i and last.whitespace_ and nxt.pos_ == "PROPN"
            and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.ent_iob_ == "O"
            and roles.is_title_word(nxt.text)):
        return end
    after = toks[end + 1] if end + 1 < len(toks) else None
    if after is not None and (after.lower_ in _POST_LINKS or after.text[:1].isupper() and after.is_alpha):
        return end  # "Ana Mayor of Kelby", "Ana Judge Ray": a post's phrase, or a title before a name
    return end + 1


# letters after a person's name that are a rank, an office, an honour or a degree, not a part of the name
# (data/post_nominals.csv); "Jr.", "Sr." and regnal numbers are parts of the name and are kept
POST_NOMINALS = lexicons.words("post_nominals", "word")


def post_nominal_end(toks: list, start: int, end: int) -> int:
    """End of a person's name without the post-nominal letters after it ("Ann Ray QC", "Bo Li MP OBE")."""
    while end - start > 1 and toks[end - 1].text in POST_NOMINALS:
        end -= 1
    return end


def descriptor_tail_end(doc: Doc, start: int, end: int, registered: bool) -> int:
    """End of a name without the lower-case common noun the model took in after it ("the Kelby Crate
    company", "students of Kelby Saints school"): a descriptor of the body, no word of its name (the class
    noun still tells its type). A registered name written so ("the Democratic party") keeps it, and so does a
    name opening with a determiner word ("All Souls school"), which without its class noun reads as a phrase."""
    toks = doc_tokens(doc)
    if end - start > 1 and not registered and toks[start].pos_ != "DET" and toks[end - 1].pos_ == "NOUN" \
            and toks[end - 1].is_alpha and toks[end - 1].is_lower and toks[end - 2].text[:1].isupper() \
            and toks[end - 2].is_alpha:
        return end - 1
    return end


def _opens_sentence(toks: list, i: int) -> bool:
    """The token opens a sentence or a paragraph (line breaks are tokens of their own)."""
    k = i - 1
    while k >= 0 and toks[k].is_space:
        k -= 1
    return toks[i].is_sent_start or k < 0 or k < i - 1 or toks[k].text in (".", "!", "?")


def token_range_text(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    toks = doc_tokens(doc)
    cs, ce = toks[start].idx, toks[end - 1].idx + len(toks[end - 1].text)
    # a possessive glued to the last token ("Cuba's" tokenised as one word) is not part of the name
    text = doc_text(doc)[cs:ce]
    for p in POSS[:2]:
        if text.endswith(p) and len(text) > len(p):
            ce -= len(p)
            text = text[: -len(p)]
    return cs, ce, text


_ELIDED_PARTICLE = re.compile(r"^[dDlL]['’][A-ZÀ-Ý]")


def extend_name_left(doc: Doc, start: int, end: int) -> int:
    """Start of a person name with the given name the model left out ("cosmonaut Alexei" + "Leonov"): one
    capitalised proper noun right before it, outside any entity, that is no title, honorific, country or
    nationality word; before a name of several words, only a known given name."""
    if start < 1:
        return start
    prev = doc[start - 1]
    if (prev.pos_ == "PROPN" and not prev.ent_type_ and prev.text[:1].isupper() and prev.text.isalpha()
            and not prev.text.isupper() and not roles.is_title_word(prev.text) and not roles.is_honorific(prev.text)
            and not roles.country_of_modifier(prev.text) and prev.text not in org_heads()
            and (end - start == 1 or _is_first_name(prev.text) and not _is_first_name(doc[start].text)
                 or _first_of_two_given(doc, start, end) or _untagged_first_word(doc, start, end))):
        # a longer name takes only a known given name before a first word that is none ("Yolanda" + "Yu Mei-ling")
        return start - 1
    return start


def _untagged_first_word(doc: Doc, start: int, end: int) -> bool:
    """"her aunt, Hedda" + "Marrow Keel", "the Jamaat" + "Rukun Sabil": a name of two words or more with one
    more capitalised proper noun right before it, inside the sentence, after a comma or a lower-case word, that
    is no common English noun, job word or capitalised function word: the model's span lost the name's first
    word. (Titles, honorifics, countries and nationality words are ruled out by the caller.)"""
    if end - start < 2 or start < 2:
        return False
    toks = doc_tokens(doc)
    prev, before = toks[start - 1], toks[start - 2]
    if _opens_sentence(toks, start - 1) or not prev.whitespace_ or prev.lower_ in _agent_nouns() \
            or prev.lower_.endswith(_OCCUPATION_ENDINGS) or prev.is_stop or noun_word(prev.text):
        return False
    return before.text == "," or before.is_alpha and before.is_lower


def _first_of_two_given(doc: Doc, start: int, end: int) -> bool:
    """"Archbishop Jan" + "Marek Nowak", "the Bishop of Kelby, Jan" + "Marek Nowak": a name of given name
    and surname right after a title word, or after the comma of a title's apposition, and one more proper
    noun that is no job word: the first of two given names, which the model often leaves out. ("co-author
    Professor" + "Ann Ray", ", Elder" + "Ann Ray": a job word or no title, the name stays as tagged.)"""
    if end - start != 2 or start < 2 or not _is_first_name(doc[start].text) or _is_first_name(doc[start + 1].text):
        return False
    prev, before = doc[start - 1], doc[start - 2]
    if prev.lower_ in _agent_nouns() or prev.lower_.endswith(_OCCUPATION_ENDINGS):
        return False
    if roles.is_title_word(before.text):
        return True
    return before.text == "," and any(roles.is_title_word(t.text) for t in doc[max(0, start - 7) : start - 2])


def extend_name(doc: Doc, end: int, surnames: frozenset[str] = frozenset()) -> int:
    """End of a person's name past the particles the model leaves out: "Valéry Giscard" + "d'Estaing",
    "Ludwig" + "van Beethoven". A particle counts only before a capitalised proper noun outside other
    entities. A name of two words or more also takes in an untagged proper noun right after it that the
    article tags alone as a person elsewhere (`surnames`): "Judge Ana Lucia" + "Reyes ... Reyes said",
    the surname the model cut off a name with a middle name."""
    toks = doc_tokens(doc)
    while end < len(doc):
        tok = toks[end]
        if (tok.text in surnames and not tok.ent_type_ and tok.pos_ == "PROPN" and toks[end - 1].whitespace_ == " "
                and toks[end - 1].ent_type_ == "PERSON" and toks[end - 1].ent_iob_ == "I"):
            end += 1
            continue
        if _ELIDED_PARTICLE.match(tok.text) and not tok.ent_type_:
            end += 1
            continue
        nxt = toks[end + 1] if end + 1 < len(doc) else None
        if (tok.text in _NAME_PARTICLES and nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
                and nxt.ent_type_ in ("", "PERSON")):
            end += 2
            continue
        # "Zine El" + "Abidine Ben Ali": the model cut one name into two adjacent PERSON spans
        if tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON" and toks[end - 1].ent_type_ == "PERSON" \
                and toks[end - 1].whitespace_ == " " and toks[end - 1].is_alpha and tok.is_alpha:
            end += 1
            while end < len(doc) and toks[end].ent_iob_ == "I" and toks[end].text not in POSS:
                end += 1
            continue
        break
    return end


# one-word titles of monarchs and clergy that go with a single given name ("Pope Francis", "King Abdullah")
_REGNAL = frozenset({"pope", "king", "queen", "emperor", "empress", "prince", "princess", "sultan", "emir",
                     "sheikh", "patriarch"})


def regnal_title(doc: Doc, start: int) -> str | None:
    """The capitalised monarch's or cleric's title right before a one-word name, as written."""
    if start < 1:
        return None
    prev = doc[start - 1]
    return prev.text if prev.lower_ in _REGNAL and prev.text[:1].isupper() else None


# the dependency labels that make a name a modifier of the noun after it ("Kelbist" of "the Kelbist movement")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def registered_head_end(doc: Doc, start: int, end: int, registry: Registry | None) -> tuple[int, RegistryActor] | None:
    """End and registered actor of a name the model cut before its head noun: "the Kelbist movement", where
    the model tagged only "Kelbist" and the registry lists "Kelbist movement" (or "Kelbist movements")
    as an alias of an organisation. The name must modify the lower-case common noun right after it, which
    heads the phrase: "Kelbist-held towns" and "anti-Kelbist coalition" name no such noun."""
    toks = doc_tokens(doc)
    if registry is None or end >= len(toks):
        return None
    noun = toks[end]
    if noun.pos_ != "NOUN" or not noun.is_alpha or not noun.is_lower or toks[end - 1].whitespace_ == "":
        return None
    root = toks[end - 1]
    while start <= root.head.i < end and root.head.i != root.i:
        root = root.head  # the span's own root
    if root.head.i != end or root.dep_ not in _MODIFIER_DEPS:
        return None
    text = range_text(doc, start, end)
    for form in dict.fromkeys((noun.text, noun.lemma_, noun.lemma_ + "s")):
        reg = registry.lookup(f"{text} {form}")
        if reg is not None and reg.actor_type in ("organization", "group"):
            return end + 1, reg
    return None


@functools.cache
def _common_given_nouns() -> frozenset[str]:
    """Nouns that are also given names ("honour", "grace", "hope"): noun_word() leaves given names out."""
    from newscoder.extract.actors.common_words import common_nouns

    return frozenset(common_nouns())
