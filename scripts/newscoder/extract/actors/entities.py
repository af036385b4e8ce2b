"""The model's named entities cleaned: handles, fragments, single letters and ALL-CAPS shouting dropped;
leading titles and trailing possessives split off; labels corrected where the words say otherwise."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.country_cues import WAR_NOUNS
from newscoder.extract.actors.word_lists import (
    PORTFOLIO_TITLES,
    POSS,
    building_heads,
    csv_column,
    gender_table,
    is_acronym,
    non_actor_heads,
    org_heads,
)
from newscoder.extract.doctext import doc_ents, doc_text, doc_tokens
from newscoder.resolve.countries import (
    iso3_for_capital,
    iso3_for_demonym,
    iso3_for_name,
    iso3_for_region,
)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_HYPHEN_SUFFIXES = lexicons.words("hyphen_suffixes", "suffix")


# ---------------------------------------------------------------- entity cleaning
def is_junk(ent: Span) -> bool:
    text = ent.text
    doc = ent.doc
    toks = doc_tokens(doc)
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 1 or text.startswith(("@", "#")) or "@" in text:
        return True
    if ent[0].i > 0 and toks[ent[0].i - 1].text in ("@", "#"):
        return True
    # a fragment of a hyphenated word: "Bel" of "Bel-Air" (but keep "Somalia-based")
    after = doc_text(doc)[ent.end_char : ent.end_char + 2]
    if after[:1] == "-" and after[1:2].isalpha():
        nxt = doc_text(doc)[ent.end_char + 1 :].split(maxsplit=1)
        suffix = re.split(r"[^\w]", nxt[0])[0].lower() if nxt else ""
        if suffix not in _HYPHEN_SUFFIXES:
            return True
    if ent.start_char > 1 and doc_text(doc)[ent.start_char - 1] == "-" and doc_text(doc)[ent.start_char - 2].isalpha():
        return True
    # ALL-CAPS shouting: an upper-case word among upper-case words ("STOP THE CUTS ... NOW")
    if text.isupper() and len(letters) >= 3:
        sent = ent.sent
        words = [t.text for t in sent if t.is_alpha and not (ent.start <= t.i < ent.end)]
        if words and sum(w.isupper() for w in words) / len(words) > 0.5:
            return True
    if ent.label_ == "PERSON" and not text[:1].isupper():
        return True
    # "et al", "royal command", "the poles": a name of a person, an organisation or a people has a capital
    # letter somewhere
    if ent.label_ in ("PERSON", "ORG", "NORP") and text.islower():
        return True
    # "Operation Fast and", "Hang Seng and": a span ending on a link word is a piece cut from a longer name
    if len(ent) > 1 and ent.label_ in ("PERSON", "ORG") and ent[-1].lower_ in ("and", "&", "of", "for", "the"):
        return True
    # "I'm", "We've": a pronoun with a contraction the model took for a name
    if ent.label_ in ("PERSON", "ORG") and _PRONOUN_CONTRACTION.match(text):
        return True
    # "Secretary of State", "Minister of Health": the one word after a title and "of" is part of the title
    if len(ent) == 1 and ent.label_ == "ORG" and ent.start >= 2 and toks[ent.start - 1].lower_ == "of" \
            and roles.is_title_word(toks[ent.start - 2].text) and (
                toks[ent.start - 2].lower_ in ("secretary", "minister") or text.lower() == "state"
                or text.lower() in csv_column("portfolio_words.csv", "word")):
        return True
    # "Her Majesty", "His Excellency": a form of address alone names nobody in particular
    if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and roles.is_honorific(text):
        return True
    if ent.label_ in ("PERSON", "ORG", "NORP", "GPE") and in_foreign_words(ent):
        return True
    # one word that the parser does not read as a proper noun ("Correct.", "Unremarked by ...", a word of
    # a sentence in another language): a capitalised common word, not a name; acronyms stay
    if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and ent[0].pos_ != "PROPN" and not is_acronym(text):
        return True
    # "Protesters", "Residents" at the start of a sentence: a common plural noun the model took for a
    # nationality or religion (real ones, "Americans", "Democrats", are proper nouns or demonyms)
    if len(ent) == 1 and ent.label_ == "NORP" and ent[0].tag_ == "NNS" \
            and not (iso3_for_demonym(text) or iso3_for_name(text)):
        return True
    # "Protesters" opening a sentence, tagged as an organisation: a common group noun (data/group_nouns.csv),
    # read as a group by the noun-phrase pass
    if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and text.lower() in csv_column("group_nouns.csv", "noun"):
        return True
    # "Representatives Ann Ray, Bo Li and ...", "one of the Senators": a title in the plural names a set of
    # people, not an organisation
    if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and text.endswith("s") and len(text) > 4 \
            and roles.titles().get(text[:-1].lower()) not in (None, "honorific", "modifier") \
            and (ent.end < len(doc) and toks[ent.end].ent_type_ == "PERSON"
                 or ent.start >= 2 and toks[ent.start - 1].lower_ == "the" and toks[ent.start - 2].lower_ == "of"):
        return True  # (not a team: "the Kings won", "Senators beat Boston")
    # "A. millepora", "Acropora tenuis": a genus (or its initial) and a lower-case epithet name a species
    if len(ent) == 2 and ent.label_ in ("PERSON", "ORG") and _SPECIES.match(text):
        return True
    # "user ID", "the news TV": two capitals with a common noun bound before them are a word, not a body
    # (not "oil giant BP", "carmaker GM": a company noun names the firm)
    if len(ent) == 1 and ent.label_ == "ORG" and len(text) == 2 and text.isupper() and ent.start > 0 \
            and (prev := toks[ent.start - 1]).dep_ == "compound" and prev.head.i == ent.start \
            and prev.pos_ == "NOUN" and prev.text.islower() \
            and prev.lemma_ not in csv_column("company_words.csv", "noun") and prev.lower_ not in _agent_nouns():
        return True
    # "0900 UTC", "40 GB": an acronym right after a number is a unit
    if len(ent) == 1 and ent.label_ == "ORG" and ent.start > 0 and toks[ent.start - 1].like_num:
        return True
    # "Collins/Parker": two names joined by a slash are a ticket or a pairing, not one actor
    if re.search(r"[^\W\d]/[^\W\d]", text):
        return True
    # "Health Minister X", "Finance ministers": a portfolio inside a title, not an organisation
    if len(ent) == 1 and ent.label_ == "ORG" and ent.end < len(doc) and ent.text.lower() in csv_column(
            "portfolio_words.csv", "word") and toks[ent.end].lower_ in PORTFOLIO_TITLES:
        return True
    return False


_SPECIES = re.compile(r"^[A-Z](?:\.|[a-z]{2,}) [a-z]{4,}$")
_PRONOUN_CONTRACTION = re.compile(r"^(?:I|We|You|They|He|She|It)['’‘`](?:m|s|re|ve|ll|d)$", re.IGNORECASE)
_NOT_NAME_TAGS = {"JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "DT", "IN", "CC"}


def in_foreign_words(ent: Span) -> bool:
    """Is the entity part of a passage in another language ("Le bilan est lourd", "Si el pueblo ...")?
    The English tagger reads unknown lower-case words as proper nouns or foreign words (FW), and English
    function words (spaCy's stop words) are missing: among the five words either side, no English stop
    word, and three or more such lower-case words there or in the entity (name particles such as "bin" or
    "van" aside)."""
    doc = ent.doc
    toks = doc_tokens(doc)
    odd = words = 0
    for i in (*range(max(0, ent.start - 5), ent.start), *range(ent.end, min(len(doc), ent.end + 5))):
        t = toks[i]
        if t.is_stop:
            return False  # speed: most entities stop here
        if t.is_alpha:
            words += 1
            odd += t.text.islower() and t.tag_ in ("NNP", "NNPS", "FW")
    if words < 3:
        return False
    odd += sum(1 for t in ent if t.text.islower() and t.tag_ in ("NNP", "NNPS", "FW") and t.text not in _NAME_PARTICLES)
    return odd >= 3


def _not_name_word_first(doc: Doc, start: int, end: int) -> bool:
    """"Lead Ann Ray", "Incumbent Bo Li": an adjective or a verb form before a name of two words or more
    (a one-word rest would be a name such as "Rock Hudson" the tagger misread)."""
    return end - start > 2 and doc[start].tag_ in _NOT_NAME_TAGS


def _job_word_first(doc: Doc, start: int, end: int) -> bool:
    """"Lawyer Ann Ray said": a sentence that opens with a job word (PETRARCH2's agent nouns,
    data/agent_nouns.csv) capitalised only by its place, before a name of two words or more. Inside a
    sentence a capitalised agent word is a name ("Carrie Fisher", "Baker Mayfield")."""
    tok = doc[start]
    return (end - start > 2 and tok.is_sent_start and tok.lower_ in _agent_nouns()
            and tok.text not in gender_table("first_names.csv", "name"))


@functools.cache
def _agent_nouns() -> frozenset[str]:
    return lexicons.words("agent_nouns", "word")


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
        break
    j = _listed_name_words(doc, start, j)
    if j == end:
        return end
    if toks[j - 1].lower_ in _ORG_LINKS or toks[j - 1].lower_ == "the":
        return end
    if linked or toks[j - 1].text in org_heads():
        return j
    return end


# capitalised prepositions inside names ("Veterans Against the War", "Doctors Without Borders")
_NAME_PREPOSITIONS = frozenset({"against", "for", "of", "on", "in", "to", "with", "without", "from", "at",
                                "by", "over", "under", "across", "beyond", "after", "before"})


def _country_edition(doc: Doc, end: int) -> bool:
    """A country's one-word name right after an organisation's name that the parser reads as modifying
    it ("told CNN Philippines the towns ..."), with nothing between: the national edition of a medium
    or a company, whose name holds the country; no mention of the state. The country must end the noun
    phrase (not "the EU Britain deal")."""
    toks = doc_tokens(doc)
    if end >= len(doc) or not toks[end - 1].whitespace_ or toks[end].ent_type_ != "GPE" \
            or toks[end].ent_iob_ != "B" or (end + 1 < len(doc) and toks[end + 1].ent_iob_ == "I"):
        return False
    last, country = toks[end - 1], toks[end]
    return last.dep_ == "compound" and last.head.i == end and country.dep_ not in ("compound", "nmod", "amod") \
        and iso3_for_name(country.text) is not None


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


def _region_after_and(doc: Doc, start: int, end: int) -> int:
    """End of a name "<body> of X and the Y" the model cut after X ("the Union of Crimea and the Steppe"):
    a name ending "of <one word>", then "and" ("the") and a place the model tags that names no country
    (a region), which ends that entity. Two countries ("Parliament of France and Spain") are two
    places the name does not join."""
    if end - start < 3 or doc[end - 2].lower_ != "of" or end + 1 >= len(doc) or doc[end].lower_ != "and":
        return end
    k = end + 1
    if doc[k].lower_ == "the":
        k += 1
    if k >= len(doc) or doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in ("GPE", "LOC"):
        return end
    place = next((e for e in doc.ents if e.start == k), None)
    if place is None or iso3_for_name(place.text) is not None or not all(t.text[:1].isupper() for t in place):
        return end
    return place.end


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


def trim_entity(ent: Span) -> tuple[int, int]:
    """Token range of the entity without a leading "the", titles, and a trailing possessive."""
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
    if start < end and toks[start].lower_ == "the":
        start += 1
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
                                       or _job_word_first(doc, start, end))
                and toks[end - 1].text not in org_heads()
                and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in toks[start + 1 : end])):
            start += 1
        if _tail_of_longer_name(ent, start):
            return start, start  # "the Defence of Human Rights" of "the League for the Defence of ...": dropped
        end = extend_org_name(doc, start, end)
        end = _region_after_and(doc, start, end)
        end = _field_after_and(doc, start, end)
    if ent.label_ == "PERSON":
        # "Dorita 75 miles": no person's name holds a figure; the span ends before it
        cut = next((k for k in range(start + 1, end) if any(c.isdigit() for c in doc[k].text)), end)
        if cut < end and cut - start == 1 and doc[start].text[:1].isupper() \
                and re.search(rf"\b{re.escape(doc[start].text.lower())}\b", doc_text(doc)):
            return start, start  # "Magnitude 6.3": a word the article also writes in lower case, no name
        end = cut
        # titles, and a leading word the tagger does not read as a name ("Lead Ann Ray", "Incumbent Bo
        # Li": an adjective or a verb form glued to the name)
        while end - start > 1 and (roles.is_title_word(toks[start].text) or roles.is_honorific(toks[start].text)
                                   or _not_name_word_first(doc, start, end) or _job_word_first(doc, start, end)):
            start += 1
    return start, end


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


def gender_of(doc: Doc, start: int, name: str) -> str | None:
    """"Mrs May", "King Abdullah", "Angela Merkel": gender shown by a title word or a common first name."""
    toks = doc_tokens(doc)
    words = gender_table("gendered_words.csv", "word")
    for i in range(start - 1, max(start - 4, -1), -1):
        g = words.get(toks[i].lower_)
        if g:
            return g
        if not (toks[i].text[:1].isupper() or toks[i].is_punct):
            break
    first = name.split()[0] if name.split() else ""
    return gender_table("first_names.csv", "name").get(first) if len(name.split()) > 1 else None


_STATIVE = lexicons.words("stative_verbs", "lemma")


def named_as_place(ent: Span) -> bool:
    """"the city of El Fasher", "the town of X": the name is a place whatever label the model gave it."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i \
        and root.head.head.lemma_.lower() in csv_column("place_nouns.csv", "noun")


def classified(doc: Doc, start: int, end: int) -> str | None:
    """The label a classifier noun gives the name it introduces (data/non_actor_classifiers.csv): the noun
    right before the name and bound to it ("the vessel Nordlys", "Typhoon Bora"), or the first word of a
    longer name the model tagged whole ("Hurricane Dorian")."""
    toks = doc_tokens(doc)
    table = _classifiers()
    if (n := classifier_length(doc, start, end)):
        return table[doc[start : start + n].text.lower()]
    # "USS Kelby", "HMS Gorse", "the MV Islander": a ship's prefix, in capitals, makes the name a vessel
    # (not before a person's first name: "MV Alan Kurdi" is named after someone the article names too)
    if (end - start > 1 and toks[start].text in _VESSEL_PREFIXES
            or start > 0 and toks[start - 1].text in _VESSEL_PREFIXES) \
            and not _is_first_name(toks[start + (toks[start].text in _VESSEL_PREFIXES)].text):
        return "PRODUCT"
    # "the Kelby Prize", "the Legion of Honour": an award or decoration is a thing, not who gives it
    if end - start > 1 and (toks[end - 1].text in _AWARD_HEADS or _DECORATION.search(doc[start:end].text)):
        return "PRODUCT"
    if start == 0:
        return None
    prev, root = toks[start - 1], doc[start:end].root
    bound = start <= prev.head.i < end or root.head.i == prev.i
    if prev.lower_ in table and prev.pos_ in ("NOUN", "PROPN") and bound:
        return table[prev.lower_]
    # the noun of a natural event the name modifies: "the Zeta outbreak" (not "the Kappa vessel", "the
    # Kappa drug": there the name is the operator or the maker)
    head = root.head
    if root.dep_ == "compound" and head.i == end and head.pos_ == "NOUN" \
            and table.get(head.lemma_.lower()) == "EVENT":
        return "EVENT"
    # "Saint Brendan's Day", "Ada Lovelace Jr. Day": a day named after someone is a holiday
    if end - start > 2 and toks[end - 1].text == "Day" and toks[end - 2].text in _DAY_OWNER_ENDS:
        return "EVENT"
    # "CCTV footage", "the Argus camera": a name that modifies a recording or its device is the device
    if root.dep_ == "compound" and head.i == end and head.pos_ == "NOUN" and head.lemma_.lower() in _RECORDINGS:
        return "PRODUCT"
    if toks[start].ent_type_ != "PERSON" and _product_by_syntax(doc, start, end, table):
        return "PRODUCT"
    # "X, a comic-book character", "a fan dressed as X": a character of fiction is no actor
    if any(c.dep_ == "appos" and c.lemma_.lower() in _FICTION for c in root.children) \
            or root.dep_ == "appos" and head.lemma_.lower() in _FICTION:
        return "WORK_OF_ART"
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _DRESSING:
        return "WORK_OF_ART"
    # "weather events such as El Nino", "drugs like Xevo": an instance of a class of things
    if root.dep_ == "pobj" and head.lower_ in ("as", "like") and head.head.i != head.i:
        cls = head.head
        if cls.pos_ == "ADJ" and cls.lower_ == "such":
            cls = cls.head
        if cls.pos_ == "NOUN" and cls.lemma_.lower() in table:
            return table[cls.lemma_.lower()]
    return None


def _product_by_syntax(doc: Doc, start: int, end: int, table: dict[str, str]) -> bool:
    """"the aircraft, a Boeing B-17", "X, a cargo ship": a name in apposition with a class noun of a thing
    (data/non_actor_classifiers.csv) is that thing; "a Boeing B-17 bomber" too when the name holds a model
    number (without one, "the Cunard ferry" names the operator). Not asked of spans the model calls people:
    a ship named after someone would hide that person's name in the rest of the article."""
    root = doc[start:end].root
    head = root.head

    def thing(t) -> bool:
        return t.pos_ == "NOUN" and table.get(t.lemma_.lower()) == "PRODUCT"

    if root.dep_ == "appos" and thing(head) or any(c.dep_ == "appos" and thing(c) for c in root.children):
        return True
    return root.dep_ == "compound" and head.i == end and thing(head) \
        and any(c.isdigit() for c in doc[start:end].text)


# prefixes of ships' names (navies' and merchant ones), written in capitals
_VESSEL_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "MV", "SS", "RMS", "INS", "RV"})
# last words of an award's name ("Cross" left out: "the Red Cross" is a body)
_AWARD_HEADS = frozenset({"Award", "Prize", "Medal", "Trophy", "Decoration"})
_DECORATION = re.compile(r"\b(?:Legion|Order|Medal|Cross) of (?:Honou?r|Merit|Freedom|Valou?r)\b")
# the last word before "Day" in a holiday's name: a possessive or a suffix of a person's name
_DAY_OWNER_ENDS = frozenset({"'s", "’s", "Jr.", "Jr", "Sr."})
# nouns of a recording or a recording device, which a name before them only describes
# (not "video": "the group's videos" are its own output, the group still acts)
_RECORDINGS = frozenset({"footage", "camera"})
# nouns that make the name in apposition with them a character of fiction
_FICTION = frozenset({"character", "superhero", "supervillain", "mascot"})
# verbs and nouns after which "as X" names the character someone dresses up as
_DRESSING = frozenset({"dress", "cosplay", "cosplayer", "costume", "disguise"})


def classifier_length(doc: Doc, start: int, end: int) -> int:
    """How many first words of a capitalised name are a class word, of one word or two ("Hurricane X",
    "Tropical Storm X"); 0 when none."""
    toks = doc_tokens(doc)
    table = _classifiers()
    for n in (2, 1):
        if end - start > n and all(t.text[:1].isupper() for t in toks[start : start + n]) \
                and doc[start : start + n].text.lower() in table:
            return n
    return 0


def non_actor_classifiers() -> dict[str, str]:
    """Class words that make the name they introduce a thing: data/non_actor_classifiers.csv."""
    return _classifiers()


@functools.cache
def _classifiers() -> dict[str, str]:
    return {r["word"].strip().lower(): r["label"].strip() for r in lexicons.rows("non_actor_classifiers")}


def relabel(doc: Doc, ent: Span, start: int, end: int) -> str:
    """Correct the model's label where the words say otherwise (why: the small model often calls
    countries people, museums people, and companies places)."""
    toks = doc_tokens(doc)
    label = ent.label_
    text = token_range_text(doc, start, end)[2]
    last = toks[end - 1].text
    if (kind_label := classified(doc, start, end)) is not None:
        return kind_label  # "Hurricane Dorian", "the god Odin", "the ferry Islander": not an actor
    if label == "ORG" and end - start == 1 and org_heads().get(last) == "venue":
        return "FAC"  # "the Centre", "the Center" alone: the venue's class word, a place
    kind = non_actor_heads().get(last) if label in ("ORG", "GPE") else None
    if end - start == 1 and kind != "event":
        kind = None  # a one-word name ending in "Park" is the word itself: read on
    if kind == "place":
        return "FAC"  # "Harbourview Cathedral", "Westgate Mall": a building or a place, not an actor
    if kind == "event":
        return "EVENT"  # "the Science Olympiad", "the Harbour Festival": an event, not an organiser
    if kind == "law":
        return "LAW"  # "the Clean Rivers Act": the model may call a law an organisation
    if label in ("PERSON", "ORG") and (place := _place_name(doc, start, end)) is not None:
        return place  # "Harbour Square", "County Kerry" tagged as a person: a place
    if label == "PERSON" and _person_named_as_place(doc, start, end):
        return "LOC"  # "a base in Maidan Kor", "at Kelby station": a place the model took for a person
    if label == "PERSON" and end - start == 1 and medium_of_speech(toks[start]):
        return "ORG"  # "wrote on Twitter", "said via Weibo": the medium a statement went out on
    if label == "PERSON" and _firm_by_syntax(doc, start, end):
        return "ORG"  # "Ana Ray of Kestrel Marine, a firm ...": a company the model took for a person
    if label == "PERSON":
        if iso3_for_name(text) or iso3_for_capital(text):
            return "GPE"  # "Tunisia's coach ..." tagged as a person
        if iso3_for_demonym(text):
            return "NORP"  # "Ugandan opposition candidates"
        if end - start > 1 and last in org_heads():
            return "ORG"  # "Art Gallery", "Edmonton Sun"
        return label
    if label == "ORG" and 2 <= end - start <= 3 and last not in org_heads() and _titled_person(doc, start, end):
        return "PERSON"  # "spokesperson Ann Ray", "Ann Ray, a spokesperson for ...": a title goes with a person
    if label == "ORG" and 2 <= end - start <= 3 and last not in org_heads() and _listed_with_people(doc, start, end):
        return "PERSON"  # "Ada Lovelace, Grace Hopper, Alan Turing, ...": one of a list of people
    if label == "ORG" and 2 <= end - start <= 3 and last not in org_heads() and _looks_like_person(doc, start, end):
        return "PERSON"  # "Darla Quist said": a common first name, then surname words, no organisation word
    if label == "GPE" and not (iso3_for_name(text) or iso3_for_capital(text) or iso3_for_region(text)):
        if end - start > 1 and org_heads().get(last) in ("company", "education", "media", "government"):
            return "ORG"
        # a company noun before it: "automaker GM", "airline AirTran"
        prev = toks[start - 1] if start > 0 else None
        if prev is not None and prev.lower_ in csv_column("company_words.csv", "noun"):
            return "ORG"
        root = doc[start:end].root
        # in apposition to a company noun: "its European division, Opel"
        if root.dep_ == "appos" and root.head.lower_ in csv_column("company_words.csv", "noun"):
            return "ORG"
        # an unknown "place" that acts ("Cisco sues Apple") is an organisation
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ not in _STATIVE:
            return "ORG"
    return label


_SPEECH_VERBS = lexicons.words("reporting_verbs", "lemma", pos="verb")


def medium_of_speech(tok) -> bool:
    """A one-word name after "on"/"via" that depends on a verb of saying or writing (data/reporting_verbs.csv):
    the channel of a statement ("posted on Twitter"), an organisation rather than a person."""
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ in ("on", "via") and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() in _SPEECH_VERBS)


_IN_PLACE = {"in", "near", "inside", "across", "throughout", "into", "within"}


def _person_named_as_place(doc: Doc, start: int, end: int) -> bool:
    """A PERSON span that is where something is: the object of "in", "near", "across", or a name before a
    place noun ("X station", "the X mosque"; data/place_nouns.csv
    and the place words of data/non_actor_heads.csv). People are seldom "in" anyone."""
    root = doc[start:end].root
    head = root.head
    if root.dep_ == "compound" and head.i == end and head.pos_ == "NOUN" and (
            head.lower_ in csv_column("place_nouns.csv", "noun")
            or non_actor_heads().get(head.text.capitalize()) == "place"):
        return True
    # the object itself only: the parser often joins a person to a place before it ("in Paris and an Edward
    # Lane exhibit")
    return root.dep_ == "pobj" and head.lower_ in _IN_PLACE and not any(c.dep_ == "poss" for c in root.children)


def _place_name(doc: Doc, start: int, end: int) -> str | None:
    """"Harbour Square" (a place word last: data/non_actor_heads.csv) or "County Kerry" (a place noun, then
    one name: data/place_nouns.csv): the name of a place, whatever label the model gave it."""
    toks = doc_tokens(doc)
    if end - start < 2 or toks[end - 1].text in org_heads():
        return None
    # a person tagged "... Park" or "... Hall" may well be one (surnames): there a place needs "in", "at",
    # "the" before it ("rallied in Harbour Square")
    # a building word no one bears as a surname ("Gorse Mall", "Kelby Inn") needs nothing more
    if non_actor_heads().get(toks[end - 1].text) == "place" and (
            toks[start].ent_type_ != "PERSON" or toks[end - 1].text in building_heads() or locative(doc, start)
            or start > 0 and toks[start - 1].lower_ == "the"):
        return "FAC"
    first = toks[start]
    if end - start == 2 and first.text[:1].isupper() and first.lower_ in csv_column("place_nouns.csv", "noun") \
            and toks[start + 1].text[:1].isupper():
        return "LOC"
    return None


def _firm_by_syntax(doc: Doc, start: int, end: int) -> bool:
    """A name in apposition with a company noun ("X, a firm specialising in ...", "the firm X";
    data/company_words.csv), or the body a named person is "of" ("Ana Ray of X") when that body has no
    first name of its own."""
    toks = doc_tokens(doc)
    root = doc[start:end].root
    firms = csv_column("company_words.csv", "noun")
    if any(c.dep_ == "appos" and c.lemma_.lower() in firms for c in root.children):
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in firms:
        return True
    prev = toks[start - 1] if start > 0 else None
    if prev is not None and prev.pos_ == "NOUN" and prev.lower_ in firms and (root.head.i == prev.i
                                                                              or start <= prev.head.i < end):
        return True  # "the Mexican company X"
    prep = root.head
    return (end - start > 1 and root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.ent_type_ == "PERSON"
            and prep.head.i < start and toks[start].text not in gender_table("first_names.csv", "name"))


def _titled_person(doc: Doc, start: int, end: int) -> bool:
    """A two- or three-word proper name with a person's title right before it ("spokesperson Ann Ray",
    "Mr Ray") or as the head of its apposition ("Ann Ray, a spokesperson for the port")."""
    toks = doc_tokens(doc)
    span = doc[start:end]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in span):
        return False
    if any(roles.country_of_modifier(t.text) for t in span):
        return False
    if start > 0 and (roles.is_title_word(toks[start - 1].text) or roles.is_honorific(toks[start - 1].text)
                      or _job_word_first(doc, start - 1, end)
                      or toks[start - 1].pos_ == "NOUN" and (toks[start - 1].lower_ in _agent_nouns()
                                                            or toks[start - 1].lower_ == "member")
                      and start <= toks[start - 1].head.i < end):
        return True  # "Mr Ray", "spokesperson Ann Ray", "committee member Ann Ray", "Voter Ann Ray"
    return any(c.dep_ == "appos" and c.i >= end and c.pos_ == "NOUN" and roles.is_title_word(c.text)
               for c in span.root.children)


def _looks_like_person(doc: Doc, start: int, end: int) -> bool:
    """A first name from data/first_names.csv or PETRARCH2's given names (data/given_names.csv, derived by
    scripts/derive/petrarch_given_names.py) followed by one or two capitalised proper nouns, none of them a
    country word."""
    span = doc[start:end]
    first = span[0].text
    if any(roles.country_of_modifier(t.text) for t in span):
        return False
    return ((first in gender_table("first_names.csv", "name") or first in _given_names())
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in span))


def _is_first_name(word: str) -> bool:
    return word in gender_table("first_names.csv", "name") or word in _given_names()


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(lexicons.column("given_names", "name"))


_NAME_PARTICLES = lexicons.words("name_particles", "word")
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
            and (end - start == 1 or _is_first_name(prev.text) and not _is_first_name(doc[start].text))):
        # a longer name takes only a known given name before a first word that is none ("Yolanda" + "Yu Mei-ling")
        return start - 1
    return start


def extend_name(doc: Doc, end: int) -> int:
    """End of a person's name past the particles the model leaves out: "Valéry Giscard" + "d'Estaing",
    "Ludwig" + "van Beethoven". A particle counts only before a capitalised proper noun outside other
    entities."""
    toks = doc_tokens(doc)
    while end < len(doc):
        tok = toks[end]
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


_SCORE = re.compile(r"(?<![\d,.])\d{1,2} ?[–—-] ?\d{1,2}(?![\d,.])")
_LOCATIVE = {"in", "at", "near", "across", "throughout", "inside", "from", "into", "within"}


def is_match_report(doc: Doc) -> bool:
    """A sports report: several scores ("1 – 0") and sports words (why: there, countries are teams)."""
    if len(_SCORE.findall(doc_text(doc))) < 2:  # the cheap test first: most articles have no scores
        return False
    words = csv_column("sports_words.csv", "word")
    return sum(1 for t in doc_tokens(doc) if t.lower_ in words) >= 4


def locative(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _LOCATIVE


def _listed_with_people(doc: Doc, start: int, end: int) -> bool:
    """A two- or three-word proper name coordinated with people's names."""
    span = doc[start:end]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return False
    root = span.root
    near = [root.head, *root.children] if root.dep_ == "conj" else list(root.children)
    return any(t.dep_ == "conj" or t is root.head for t in near) and any(
        t.ent_type_ == "PERSON" for t in near if t.i < start or t.i >= end)


def person_name(text: str) -> str:
    return " ".join(text.split())


def country_before(doc: Doc, start: int) -> str | None:
    """Country of a premodifier right before token `start`: "US", "Cuban", "Cuba's"."""
    toks = doc_tokens(doc)
    i = start - 1
    if i >= 0 and toks[i].text in POSS:
        i -= 1
    if i < 0 or toks[start].text in WAR_NOUNS and iso3_for_name(toks[i].text):
        return None  # "Iraq [Veterans Against the War]": a war fought there, not the body's country
    return roles.country_of_modifier(toks[i].text)

