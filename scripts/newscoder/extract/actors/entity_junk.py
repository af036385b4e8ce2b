"""Named entities that name no actor, whatever label the model gave them: handles, fragments of hyphenated
words, single letters, ALL-CAPS shouting, pieces cut from longer names, forms of address, words of a passage
in another language, species, units, plural titles and portfolio words."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.common_words import noun_word
from newscoder.extract.actors.entities import _NAME_PARTICLES, _agent_nouns
from newscoder.extract.actors.entity_bounds import POST_NOMINALS, extend_org_name
from newscoder.extract.actors.type_evidence import body_class_nouns
from newscoder.extract.actors.word_lists import PORTFOLIO_TITLES, csv_column, is_acronym, org_heads
from newscoder.extract.doctext import doc_text, doc_tokens, span_text
from newscoder.resolve.countries import iso3_for_demonym, iso3_for_name

_HYPHEN_SUFFIXES = lexicons.words("hyphen_suffixes", "suffix")
# (speed: compiled once; each is tried only when the text holds its bracket or slash)
_EDITOR_BRACKET = re.compile(r"\w[\[\]]\w|^\[\w\]")
_SLASHED_WORDS = re.compile(r"[^\W\d]/[^\W\d]")




def _after_person_name(toks: list, i: int) -> bool:
    """The token at `i` follows a person's name the model tagged, perhaps after a comma."""
    k = i - 1
    if k > 0 and toks[k].text == ",":
        k -= 1
    return k >= 0 and toks[k].ent_type_ == "PERSON"


def is_junk(ent: Span) -> bool:
    text = span_text(ent)
    doc = ent.doc
    toks = doc_tokens(doc)
    letters = sum(map(str.isalpha, text))  # (speed: a count, no list of characters)
    if letters <= 1 or text.startswith(("@", "#")) or "@" in text:
        return True
    if ent.start > 0 and toks[ent.start - 1].text in ("@", "#"):
        return True
    # "[W]e must": an editor's bracket inside a word of a quote, not a name
    if ("[" in text or "]" in text) and _EDITOR_BRACKET.search(text):
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
    if text.isupper() and letters >= 3:
        sent = ent.sent
        words = [t.text for t in sent if t.is_alpha and not (ent.start <= t.i < ent.end)]
        if words and sum(w.isupper() for w in words) / len(words) > 0.5:
            return True
    if ent.label_ == "PERSON" and not text[:1].isupper() and not (
            _particle_surname(text, doc_text(doc)) and not (ent.start > 0 and toks[ent.start - 1].text[:1].isupper())):
        return True  # (a particle surname right after a capitalised word is the tail of a name the model split)
    # "et al", "royal command", "the poles": a name of a person, an organisation or a people has a capital
    # letter somewhere
    if ent.label_ in ("PERSON", "ORG", "NORP") and text.islower():
        return True
    # "Operation Fast and", "Hang Seng and": a span ending on a link word is a piece cut from a longer name
    if len(ent) > 1 and ent.label_ in ("PERSON", "ORG") and ent[-1].lower_ in ("and", "&", "of", "for", "the"):
        return True
    # "Ann Ray KC", "Bo Li, OBE": post-nominal letters the model tagged alone after a person's name are her
    # rank or honour, no body (data/post_nominals.csv)
    if len(ent) == 1 and text in POST_NOMINALS and _after_person_name(toks, ent.start):
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
    if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and _vocative_noun(ent):
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
    if "/" in text and _SLASHED_WORDS.search(text):
        return True
    # "Health Minister X", "Finance ministers", "Shadow Home Secretary": a portfolio inside a title (with the
    # opposition's "Shadow" before it), not an organisation
    if ent.label_ == "ORG" and len(ent) <= 2 and ent.end < len(doc) and toks[ent.end].lower_ in PORTFOLIO_TITLES \
            and ent[-1].lower_ in csv_column("portfolio_words.csv", "word") \
            and (len(ent) == 1 or ent[0].lower_ == "shadow"):
        return True
    # "Police and Crime Commissioner X", "Culture, Media and Sport Secretary": portfolios joined by "and"
    # before a title word are the office's title, cut by the model; the holder is the actor
    if ent.label_ == "ORG" and len(ent) >= 3 and ent.end < len(doc) and toks[ent.end].lower_ in PORTFOLIO_TITLES \
            and any(t.lower_ in ("and", "&") for t in ent) \
            and all(t.lower_ in csv_column("portfolio_words.csv", "word") or t.lower_ in ("and", "&", ",")
                    for t in ent):
        return True
    # "NGOs (Non-Governmental Organisations)", "SMEs [Small and Medium Enterprises]": the spelled-out form of
    # an acronym written in the plural is a class of bodies, not one named body
    if ent.label_ == "ORG" and _plural_acronym_expansion(ent):
        return True
    # "Numerous Kelby Clubs from local schools", "two Chess Clubs": bodies of one kind counted, no one body;
    # and "Kelby Club" alone where the article counts them so: the kind's name, unless the text says whose
    # ("Kelby Club for St Ann": the name runs on, entity_bounds.extend_org_name)
    if ent.label_ == "ORG" and (_counted_bodies(ent) or _kind_of_counted_bodies(ent)):
        return True
    return False


# words that count: "numerous", "several", a number
_COUNTING_WORDS = frozenset({"numerous", "several", "many", "various", "multiple", "some", "few", "other",
                             "countless", "dozens", "hundreds", "two", "three", "four", "five", "six", "seven",
                             "eight", "nine", "ten"})


def _counting(tok: Token) -> bool:
    return tok.lower_ in _COUNTING_WORDS or tok.like_num and tok.tag_ == "CD"


@functools.cache
def _body_kinds() -> frozenset[str]:
    """Words for a kind of body (lower case): class nouns, organisation heads, company words."""
    return body_class_nouns("class") | {w.lower() for w in org_heads()} | csv_column("company_words.csv", "noun")


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _counted_bodies(ent: Span) -> bool:
    """A name in the plural ending in a word of a kind of body, counted by its first word or the word
    before it."""
    last = ent[-1]
    if len(ent) < 2 or last.tag_ not in ("NNPS", "NNS") or not last.text.endswith("s") \
            or _singular(last.lower_) not in _body_kinds():
        return False
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return _counting(ent[0]) or (prev is not None and _counting(prev) and prev.head.i == last.i)


def _kind_of_counted_bodies(ent: Span) -> bool:
    """A name in the singular ending in a word of a kind of body that the article also writes in the plural
    after a counting word ("numerous Kelby Clubs ... Kelby Club"), with no "for"/"of"/"at" and a name after
    it to say whose."""
    last = ent[-1]
    if len(ent) < 2 or last.lower_ not in _body_kinds() or not all(t.text[:1].isupper() for t in ent):
        return False
    doc = ent.doc
    if extend_org_name(doc, ent.start, ent.end) > ent.end:
        return False  # "Kelby Club for St Ann": whose club the name says
    text = span_text(ent)
    plural = text[:-1] + "ies" if text.endswith("y") else text + "s"
    return any(_counting(t) for t in _preceding_words(doc_text(doc), plural, doc))


def _preceding_words(text: str, phrase: str, doc: Doc) -> list[Token]:
    """The tokens right before each occurrence of `phrase` in the text (whole words)."""
    out = []
    if phrase not in text:
        return out  # speed: no match can pass, and the phrase's pattern is not compiled
    for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and span.start > 0:
            out.append(doc[span.start - 1])
    return out


_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _vocative_noun(ent: Span) -> bool:
    """"Rest easy, Chief.", "Thank you Buddy!": a capitalised common noun (a nickname) that ends a sentence
    after a comma or as the only name after an imperative verb opening the sentence, is a form of address in
    a quoted message, no actor (a brand that is a common word, "Shell", is not written so)."""
    toks = doc_tokens(ent.doc)
    if ent.end >= len(toks) or toks[ent.end].text not in _SENTENCE_ENDS or not noun_word(span_text(ent)):
        return False
    if toks[ent.start - 1].text == ",":
        # "Rest easy, Chief.", "Thank you, Boss!": a comma after the verb's adverb or object pronoun; after a
        # noun ("its rival, Shell.") the name is in apposition, an actor
        return ent.start >= 2 and toks[ent.start - 2].pos_ in ("ADV", "ADJ", "INTJ", "PRON", "VERB")
    first = ent.sent[0]
    while first.is_punct and first.i < ent.start:
        first = toks[first.i + 1]  # past an opening quote mark
    return first.tag_ == "VB" and first.dep_ == "ROOT" and ent.root.head.i == first.i and ent.start - first.i <= 3


def _plural_acronym_expansion(ent: Span) -> bool:
    """Is the name the expansion of a plural acronym beside it in brackets ("NGOs (Non-Governmental
    Organisations)" or "Non-Governmental Organisations (NGOs)"), ending in a plural noun?"""
    toks = doc_tokens(ent.doc)
    if len(ent) < 2 or ent[-1].tag_ not in ("NNS", "NNPS") or not ent[-1].lower_.endswith("s"):
        return False
    before = ent.start >= 2 and toks[ent.start - 1].text in ("(", "[") \
        and _PLURAL_ACRONYM.match(toks[ent.start - 2].text) is not None
    after = ent.end + 2 < len(toks) and toks[ent.end].text in ("(", "[") \
        and _PLURAL_ACRONYM.match(toks[ent.end + 1].text) is not None and toks[ent.end + 2].text in (")", "]")
    return before or after


_PARTICLE_START = re.compile(r"^(?:[a-z]+)[-\s][A-Z]")


def _particle_surname(text: str, full: str) -> bool:
    """"al-Eryani", "de Blasio", "bin Laden": a surname that opens with a lower-case name particle
    (data/name_particles.csv; "el-" too) is a name where the article also gives it after one capitalised given
    name ("Moammar al-Eryani"), so that it joins that person; alone, or after two different given names (a
    father and a son), it stays out (no one full name to give)."""
    if not _PARTICLE_START.match(text):
        return False
    particle = re.split(r"[-\s]", text, maxsplit=1)[0]
    if particle not in _NAME_PARTICLES and particle != "el":
        return False
    return len(set(re.findall(r"([A-Z][\w’'.-]*) " + re.escape(text) + r"\b", full))) == 1


_SPECIES = re.compile(r"^[A-Z](?:\.|[a-z]{2,}) [a-z]{4,}$")
_PRONOUN_CONTRACTION = re.compile(r"^(?:I|We|You|They|He|She|It)['’‘`](?:m|s|re|ve|ll|d)$", re.IGNORECASE)


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
