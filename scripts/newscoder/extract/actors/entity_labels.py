"""The type of a named entity, corrected where the words say otherwise: class words that make a name a
thing (a storm, a ship, an award, a character of fiction), places the model took for people or bodies,
companies the model took for people or places, and people it took for organisations."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.entities import (
    _NAME_PARTICLES,
    _agent_nouns,
    _given_names,
    _is_first_name,
    _job_word_first,
    locative,
)
from newscoder.extract.actors.entity_bounds import NEGATIONS, misspelt_title, token_range_text
from newscoder.extract.actors.place_peoples import place_people_span
from newscoder.extract.actors.type_evidence import (
    astronomical_name,
    body_by_class_noun,
    foreign_word,
    name_with_indefinite_article,
    post_holder_of,
)
from newscoder.extract.actors.word_lists import (
    GOV_HEADS,
    building_heads,
    csv_column,
    gender_table,
    group_name_words,
    non_actor_heads,
    org_heads,
)
from newscoder.extract.doctext import children_of, doc_ents, doc_pos, doc_text, doc_tokens, range_text, span_root
from newscoder.resolve.countries import is_region, iso3_for_capital, iso3_for_demonym, iso3_for_name
from newscoder.resolve.places import country_of
from newscoder.resolve.registry import Registry

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
        return table[range_text(doc, start, start + n).lower()]
    # "USS Kelby", "HMS Gorse", "the MV Islander": a ship's prefix, in capitals, makes the name a vessel
    # (not before a person's first name: "MV Alan Kurdi" is named after someone the article names too)
    if (end - start > 1 and toks[start].text in _VESSEL_PREFIXES
            or start > 0 and toks[start - 1].text in _VESSEL_PREFIXES) \
            and not _is_first_name(toks[start + (toks[start].text in _VESSEL_PREFIXES)].text):
        return "PRODUCT"
    # "the Kelby Prize", "the Legion of Honour": an award or decoration is a thing, not who gives it
    if end - start > 1 and (toks[end - 1].text in _AWARD_HEADS or _DECORATION.search(range_text(doc, start, end))):
        return "PRODUCT"
    if _character_in_caption(doc, start, end, table):
        return "WORK_OF_ART"  # "Characters from X", "kelbo_fan as X", "X from the Kelby series"
    if _in_costume_gallery(doc, start, end):
        return "WORK_OF_ART"  # "Kelbo Man" alone on a line of a gallery of costume captions
    if _programme_title(toks, start, end):
        return "WORK_OF_ART"  # "The Ana and Bo Show", "Kelby in the Morning": a programme, its hosts act
    if _played_character(doc, start, end):
        return "WORK_OF_ART"  # "X, played by Ana Ray", "Ana Ray starred as X", "the character of X"
    if start == 0:
        return None
    prev, root = toks[start - 1], span_root(doc, start, end)
    # "the sitcom X's Diner", "the character X's station": the possessed noun in apposition to the class
    # noun; only a name written nowhere else (Ana Ray's own talk show "Ana Ray's Friends" leaves her be)
    bound = start <= prev.head.i < end or root.head.i == prev.i \
        or root.dep_ == "poss" and root.head.dep_ == "appos" and root.head.head.i == prev.i \
        and doc_text(doc).count(range_text(doc, start, end)) == 1
    if prev.lower_ in table and prev.pos_ in ("NOUN", "PROPN") and bound:
        return table[prev.lower_]
    # "the talk show Morning Kelby" where the model tagged only "Kelby": capitalised words of the same name
    # (attached inside it) between the class noun and the tagged part
    j = start - 1
    while j > 0 and start - j <= 2 and toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper() \
            and not toks[j].ent_type_ and start <= toks[j].head.i < end:
        j -= 1
    if j < start - 1 and toks[j].lower_ in table and toks[j].pos_ == "NOUN" \
            and (j < toks[j].head.i < end or root.head.i == j):
        return table[toks[j].lower_]
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
    # "One antibody cocktail, X, showed promise", "the virus disease (X)", "X, a drug": a name in apposition
    # to the class noun of a medicine, a disease or a species (labels PRODUCT, EVENT) is that thing; an
    # agent's noun would be another ("X, a drug maker": the apposition is "maker"). Not a name opening with a
    # given name: "their ship, MV Ana Ray" is named after a person the article may name too
    if not _is_first_name(toks[start].text):
        if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < start and (kind := _thing_class(table, head)):
            return kind
        for c in root.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= end and (kind := _thing_class(table, c)):
                return kind
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


# the last word of a broadcast programme's title ("The Ana and Bo Show"); a person so named is unheard of
_PROGRAMME_ENDS = frozenset({"Show"})
# "X in the Morning": a programme named for its slot of the day (its host's name first)
_SLOTS = frozenset({"Morning", "Afternoon", "Evening", "Night", "Breakfast"})


def _programme_title(toks: list, start: int, end: int) -> bool:
    """A name inside a programme's title: the title's last word "Show" ends the name or the capitalised run
    after it ("The Ana and Bo Show": the model may tag "Ana" and "Bo Show" apart), or "in the Morning"
    follows it ("Kelby in the Morning"). The programme is a work; its hosts, named apart, are the actors."""
    if end - start > 1 and toks[end - 1].text in _PROGRAMME_ENDS:
        return True
    j = end
    while j < len(toks) and j - end < 6 and (toks[j].lower_ in ("and", "&") or toks[j].text[:1].isupper()
                                             and toks[j].pos_ == "PROPN"):
        if toks[j].text in _PROGRAMME_ENDS:
            return j > end
        j += 1
    return end + 2 < len(toks) and toks[end].lower_ == "in" and toks[end + 1].lower_ == "the" \
        and toks[end + 2].text in _SLOTS


# verbs of an actor taking a part: "starred as X", "was cast as X", "voices X"
_PLAYING = frozenset({"star", "cast", "portray", "play", "voice"})
# nouns of a part in a work: "X as a dream role"
_ROLE_NOUNS = frozenset({"role", "character"})


def _played_character(doc: Doc, start: int, end: int) -> bool:
    """A character of a film or series: "X, played by Ana Ray" (a participle of "play" or "portray" with
    a person as its agent), "Ana Ray starred as X", "was cast as X", "the character of X". The actor who
    plays the part is named next to it and stays."""
    root = span_root(doc, start, end)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in _PLAYING:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "character":
        return True
    # "she named X and Y as dream roles": the object of a verb whose "as" is a role or a character
    obj = root
    while obj.dep_ == "conj" and obj.head.i < obj.i:
        obj = obj.head
    if obj.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _ROLE_NOUNS for p in children_of(c))
            for c in children_of(obj.head)):
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in ("play", "portray") and c.tag_ == "VBN" and any(
        a.dep_ == "agent" and any(p.dep_ == "pobj" and p.ent_type_ == "PERSON" for p in children_of(a))
        for a in children_of(c)) for c in children_of(root))


def _thing_class(table: dict[str, str], noun) -> str | None:
    label = table.get(noun.lemma_.lower())
    return label if label in ("PRODUCT", "EVENT") else None


def _character_in_caption(doc: Doc, start: int, end: int, table: dict[str, str]) -> bool:
    """Names of fiction in a photo caption: "Characters from X" (X the work the characters come from), and,
    in a line with no verb, "kelbo_fan as X" (the character someone plays: "as" hangs on a name or a
    handle, not on a verb or a common noun as in "leaders such as X") and "X from the Kelby series" (the
    work a class noun of data/non_actor_classifiers.csv names)."""
    root = span_root(doc, start, end)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "from" and head.head.i < start \
            and head.head.lower_.removesuffix("s") in _FICTION:
        return True
    toks = doc_tokens(doc)
    played = root.dep_ == "pobj" and head.lower_ == "as" and head.head.i < head.i \
        and (head.head.pos_ in ("PROPN", "ADV", "X", "INTJ") or head.head.ent_type_ == "PERSON"
             or head.head.dep_ == "ROOT") and head.head.lower_ != "such"
    if not played and not (end < len(toks) and toks[end].lower_ == "from") \
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in root.children):
        return False
    # speed: the sentence is read for a verb only once the words fit
    if _sentence_has_verb(doc, start):
        return False
    if played:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "from" and c.i >= end and any(
            g.dep_ == "pobj" and (g.ent_type_ == "WORK_OF_ART" or g.pos_ == "NOUN"
                                  and table.get(g.lemma_.lower()) == "WORK_OF_ART") for g in c.children)
            for c in root.children):
        return True
    return _title_after_from(toks, end)


def _sentence_has_verb(doc: Doc, i: int) -> bool:
    """A verb or an auxiliary in the sentence of token i (speed: the tags read from the per-Doc list, not
    from a new Token per word)."""
    sent = doc_tokens(doc)[i].sent
    pos = doc_pos(doc)
    return any(pos[k] in ("VERB", "AUX") for k in range(sent.start, sent.end))


_TITLE_LINKS = frozenset({"of", "the", "and", "to", "a", "in", "on", "at"})
_GALLERY_KEY = "newscoder_costume_gallery"
# words of an article about dressing up as characters (a fan convention's report)
_COSTUME_WORDS = re.compile(r"\b(?:cosplay\w*|costume[sd]?|fursuit\w*)\b", re.IGNORECASE)
# words before a colon that credit a photograph ("Image: Ana Ray"): the name after them is the photographer
_CREDIT_WORDS = frozenset({"image", "photo", "photograph", "picture", "credit", "source"})


def _gallery(doc: Doc) -> tuple[tuple[tuple[int, int], ...], str]:
    """The caption lines of an article's costume gallery (short lines with no verb), and their text, when the
    article is about dressing up and five such lines or more read "X as Y" or "X from Y"; else nothing.
    Read once per Doc (kept in its user_data)."""
    got = doc.user_data.get(_GALLERY_KEY)
    if got is not None:
        return got
    text = doc_text(doc)
    lines: list[tuple[int, int]] = []
    fiction = 0
    if _COSTUME_WORDS.search(text):
        pos = 0
        for line in text.split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            if not line.strip():
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) > 10 or any(t.pos_ in ("VERB", "AUX") for t in span):
                continue
            lines.append((s, e))
            fiction += any(t.lower_ in ("as", "from") for t in span)
    got = (tuple(lines), "\n".join(text[s:e] for s, e in lines)) if fiction >= 5 else ((), "")
    doc.user_data[_GALLERY_KEY] = got
    return got


def _in_costume_gallery(doc: Doc, start: int, end: int) -> bool:
    """A name on a line of a costume gallery is a character ("Kelbo Man", "Ana Nova from Star Kelby", the
    work's own words "Princess and the Frog"), unless the line says who wears the costume: the name
    before "as" ("kelbo_fan as X"), after a title or a common noun ("Violinist Ana Ray"), after a photo
    credit ("Image: Ana Ray"), or a name written anywhere outside the gallery (a guest named in the text)."""
    lines, gallery_text = _gallery(doc)
    if not lines:
        return False  # speed: most articles have no gallery (read once per Doc), and no line then holds the name
    toks = doc_tokens(doc)
    if toks[start].ent_type_ not in ("PERSON", "ORG") or _sentence_has_verb(doc, start):
        return False
    at = toks[start].idx
    line = next(((s, e) for s, e in lines if s <= at < e), None)
    if line is None:
        return False
    if end < len(toks) and toks[end].lower_ == "as":
        return False  # "kelbo_fan as X": the one in the costume
    before = [t for t in toks[:start] if t.idx >= line[0]]
    if any(t.pos_ == "NOUN" or roles.is_title_word(t.text) for t in before[-1:]) \
            or len(before) >= 2 and before[-1].text == ":" and before[-2].lower_ in _CREDIT_WORDS:
        return False
    name = range_text(doc, start, end)
    return doc_text(doc).count(name) == gallery_text.count(name)


def _title_after_from(toks: list, end: int) -> bool:
    """"X from Rise of the Kelbos" alone on its line: "from" and then, to the end of the line, the
    capitalised words of a title joined by a lower-case function word ("of", "the", "to"), none of them a
    body, a place or a person the model tags: the work a character comes from."""
    if end >= len(toks) or toks[end].lower_ != "from":
        return False
    words = []
    for t in toks[end + 1 :]:
        if t.is_space and "\n" in t.text:
            break
        words.append(t)
    if len(words) < 3 or words[0].lower_ == "the" and len(words) < 4:
        return False
    if any(t.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "PERSON") for t in words):
        return False
    return all(t.text[:1].isupper() or t.lower_ in _TITLE_LINKS for t in words) \
        and any(t.lower_ in _TITLE_LINKS for t in words[1:-1])


def _product_by_syntax(doc: Doc, start: int, end: int, table: dict[str, str]) -> bool:
    """"the aircraft, a Boeing B-17", "X, a cargo ship": a name in apposition with a class noun of a thing
    (data/non_actor_classifiers.csv) is that thing; "a Boeing B-17 bomber" too when the name holds a model
    number (without one, "the Cunard ferry" names the operator). Not asked of spans the model calls people:
    a ship named after someone would hide that person's name in the rest of the article."""
    root = span_root(doc, start, end)
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
# ("X, a dragon": a creature of myth, as fans' costumed characters are, is no actor either)
_FICTION = frozenset({"character", "superhero", "supervillain", "mascot", "dragon", "unicorn"})
# verbs and nouns after which "as X" names the character someone dresses up as
_DRESSING = frozenset({"dress", "cosplay", "cosplayer", "costume", "disguise"})


def classifier_length(doc: Doc, start: int, end: int) -> int:
    """How many first words of a capitalised name are a class word, of one word or two ("Hurricane X",
    "Tropical Storm X"); 0 when none."""
    toks = doc_tokens(doc)
    table = _classifiers()
    for n in (2, 1):
        if end - start > n and all(t.text[:1].isupper() for t in toks[start : start + n]) \
                and range_text(doc, start, start + n).lower() in table:
            return n
    return 0


# kinds of data/non_actor_heads.csv whose word, as the noun of an apposition, says what a name is
_APPOSED_KINDS = {"event": "EVENT", "programme": "EVENT", "software": "PRODUCT"}


def _occasion_by_apposition(doc: Doc, start: int, end: int) -> str | None:
    """EVENT or PRODUCT for a name in apposition with the noun of an occasion, a programme or a program
    (data/non_actor_heads.csv, kinds event, programme, software): "Snowpaw Con, an annual fan event",
    "Carecover, the federal health scheme", "Veilnet, a web browser"; also "events such as X". A body
    that runs one is named by another noun ("Kelby Events, the organiser"), which is not one of these."""
    root = span_root(doc, start, end)
    heads = non_actor_heads()

    def kind(t) -> str | None:
        return _APPOSED_KINDS.get(heads.get(t.lemma_.capitalize(), "")) if t.pos_ == "NOUN" else None

    if root.dep_ == "appos" and root.head.i < start and (found := kind(root.head)):
        return found
    for c in root.children:
        if c.dep_ == "appos" and c.i >= end and (found := kind(c)):
            return found
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.lower_ == "such":
        return kind(head.head.head)  # "weather events such as X"
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.i < start:
        return kind(head.head)  # "events such as X" parsed with "as" on the noun
    return None


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
    if label == "NORP" and end > ent.end:
        return "ORG"  # "Lawyers for Open Courts": a people's word the name of a body begins with
    if label in ("PERSON", "ORG") and end - start > 2 and toks[start + 1].text in NEGATIONS:
        return "ORG"  # "Don't Feed Bears": no person's name opens with a verb's contraction; a business's may
    if label in ("PERSON", "ORG") and place_people_span(doc, start, end):
        return "NORP"  # "Hong Kongers voted", "a Londoner's rights": a place's people, not one person or a body
    if (kind_label := classified(doc, start, end)) is not None:
        return kind_label  # "Hurricane Dorian", "the god Odin", "the ferry Islander": not an actor
    if label in ("PERSON", "ORG") and astronomical_name(doc, start, end):
        return "LOC"  # "went to the Moon": a celestial body, not an actor
    if label == "PERSON" and foreign_word(doc, ent, start, end):
        return "LANGUAGE"  # "Nuestras acciones ...": a capitalised word of a sentence in another language
    if label == "PERSON" and name_with_indefinite_article(doc, start, end):
        return "EVENT"  # "a no-deal Brexit": a process or a thing takes an article, a person's name none
    if label == "ORG" and end - start == 1 and org_heads().get(last) == "venue":
        return "FAC"  # "the Centre", "the Center" alone: the venue's class word, a place
    if label == "ORG" and end - start == 1 and last in _BUILDING_WORDS and not _surname_of_person(doc, last):
        return "FAC"  # "the Hall" of "Kelby Hall", "the Arena": a building's class word left alone, a place
    if label == "ORG" and end - start >= 3 and non_actor_heads().get(toks[start].text) == "topic" \
            and toks[start + 1].lower_ == "of" and ((where := range_text(doc, start + 2, end)) and (
                country_of(where) or country_of(where, cities=True))):
        return "EVENT"  # "the Economy of Peru", "the History of Varna": a topic of a place, not a body
    of = next((i for i in range(start + 1, end - 1) if toks[i].lower_ in ("of", "for", "in")), None)
    if label == "ORG" and of is not None and non_actor_heads().get(toks[of - 1].text) == "honour":
        return "WORK_OF_ART"  # "the Kelby Medal of Science", "the Kelby Prize for Poetry": an honour
    kind = non_actor_heads().get(last) if label in ("ORG", "GPE", "NORP", "PERSON") else None
    if kind == "belief" and not (end - start >= 3 and toks[end - 2].text.islower()):
        return "EVENT"  # "converted to Islam", "Sunni Islam": a belief, no actor ("Nation of Islam" is a body)
    if label not in ("ORG", "GPE"):
        kind = None
    if end - start == 1 and kind != "event":
        kind = None  # a one-word name ending in "Park" is the word itself: read on
    if kind == "event" and end - start >= 3 and toks[end - 2].text.islower():
        kind = None  # "Department of War", "Veterans Against the War": a body named for an event, an actor
    if kind == "place":
        return "FAC"  # "Harbourview Cathedral", "Westgate Mall": a building or a place, not an actor
    if kind in ("event", "programme"):
        return "EVENT"  # "the Science Olympiad", "the Harbour Festival", "the Care Scheme": not an organiser
    if kind == "software":
        return "PRODUCT"  # "the Veilnet Browser": a program, not its maker
    if kind == "honour" and end - start >= 2:
        return "WORK_OF_ART"  # "the Kelby Prize", "the Harbour Award": an honour given, not who gives it
    if label == "ORG" and (occasion := _occasion_by_apposition(doc, start, end)) is not None:
        return occasion  # "Snowpaw Con, an annual event", "Carecover, the federal health scheme"
    if kind == "law":
        return "LAW"  # "the Clean Rivers Act": the model may call a law an organisation
    if kind == "thing" or kind == "system" and _process_system(toks[end - 2].text):
        return "PRODUCT"  # "the Harbour Price Index", "the Vessel Tracking System": a thing, not an actor
    if label == "ORG" and _process_system(last) and _system_after(doc, end):
        return "PRODUCT"  # "the Vessel Tracking (VT) system": the model left the class word out of the name
    if label in ("PERSON", "ORG") and (place := _place_name(doc, start, end)) is not None:
        return place  # "Harbour Square", "County Kerry" tagged as a person: a place
    if label == "PERSON" and (division := _local_division(doc, start, end)) is not None:
        return division  # "Kelby Parish officials said": the local government; "in Kelby Parish": a place
    if label == "PERSON" and _person_named_as_place(doc, start, end):
        return "LOC"  # "a base in Maidan Kor", "at Kelby station": a place the model took for a person
    if label == "PERSON" and end - start == 1 and medium_of_speech(toks[start]):
        return "ORG"  # "wrote on Twitter", "said via Weibo": the medium a statement went out on
    if label in ("PERSON", "ORG") and start > 0 and toks[start - 1].lower_ in _TITLE_NOUNS_OF_BODIES \
            and toks[start - 1].ent_type_ not in ("PERSON", "ORG"):
        return "ORG"  # "the daily newspaper Kelby Courier", "carmaker Velox": a publication or firm's name
    if label == "PERSON" and _firm_by_syntax(doc, start, end):
        return "ORG"  # "Ana Ray of Kestrel Marine, a firm ...": a company the model took for a person
    if label == "PERSON" and _seats_after(doc, start, end):
        return "ORG"  # "Kelby Cymru - 4 seats" in a results table: a party wins seats, a person one
    if label == "PERSON" and _listed_with_bodies(doc, start, end):
        return "ORG"  # "scientists from the University of Kelby and UC Varna": one of a list of bodies
    if label == "GPE" and post_holder_of(doc, start, end) and not is_region(text) \
            and country_of(text) is None and country_of(text, cities=True) is None:
        return "ORG"  # "the general manager of Kelby Dolci": no place has a general manager; a business
    if label == "PERSON" and body_by_class_noun(doc, start, end):
        return "ORG"  # "the dance troupe Kelby Steps", "Astrokel, the space agency": an organisation's name
    if label == "PERSON":
        if iso3_for_name(text) or iso3_for_capital(text):
            return "GPE"  # "Tunisia's coach ..." tagged as a person
        if iso3_for_demonym(text):
            return "NORP"  # "Ugandan opposition candidates"
        if end - start > 1 and holds_group_word(toks, start, end):
            return "ORG"  # "Harakat al-Kelb", "Jaish Kelb": a word of armed groups' names, never of a person's
        if end - start > 1 and org_heads().get(last, "religious") != "religious" \
                and not _person_with_media_surname(doc, start, end):
            return "ORG"  # "Art Gallery", "Edmonton Sun", "Manila Bulletin": a publication's head word last
        return label
    if label == "ORG" and end - start == 1 and last in _given_names() and last not in org_heads():
        # "four daughters, Nadine, Ana and Bo": a given name alone is a person's (the name list of
        # data/given_names.csv); a registered organisation of that name is read back as one by the caller
        return "PERSON"
    if label == "ORG" and end - start == 2 and last not in org_heads() and _after_post_of_country(doc, start, end):
        return "PERSON"  # "First Minister of Kelbia" + "Ana Ray": the post's holder, its country cut off the name
    if label == "ORG" and 2 <= end - start <= 3 and last not in org_heads() and _titled_person(doc, start, end):
        return "PERSON"  # "spokesperson Ann Ray", "Ann Ray, a spokesperson for ...": a title goes with a person
    if label == "ORG" and 2 <= end - start <= 3 and last not in org_heads() and _listed_with_people(doc, start, end):
        return "PERSON"  # "Ada Lovelace, Grace Hopper, Alan Turing, ...": one of a list of people
    if label == "ORG" and 2 <= end - start <= 4 and last not in org_heads() and _second_of_named_people(doc, start):
        return "PERSON"  # "the painters Ana Ray and Bo-Kel Lund": the second of two people a plural job noun names
    if label == "ORG" and 2 <= end - start <= 3 and last not in org_heads() and _member_of_body(doc, start, end):
        return "PERSON"  # "Nikki Brandt of the Harbour Agency said": a subject named "of" a body, a person
    if label == "ORG" and 2 <= end - start <= 3 and last not in org_heads() and _looks_like_person(doc, start, end):
        return "PERSON"  # "Darla Quist said": a common first name, then surname words, no organisation word
    if label == "GPE" and not (iso3_for_name(text) or iso3_for_capital(text) or is_region(text)):
        if end - start > 1 and org_heads().get(last) in ("company", "education", "media", "government"):
            return "ORG"
        # a company noun before it: "automaker GM", "airline AirTran"
        prev = toks[start - 1] if start > 0 else None
        if prev is not None and prev.lower_ in csv_column("company_words.csv", "noun"):
            return "ORG"
        root = span_root(doc, start, end)
        # in apposition to a company noun: "its European division, Opel"
        if root.dep_ == "appos" and root.head.lower_ in csv_column("company_words.csv", "noun"):
            return "ORG"
        # an unknown "place" that acts ("Cisco sues Apple") is an organisation
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ not in _STATIVE:
            return "ORG"
    return label


# nouns written before the name of a publication or a company, as a title is before a person's, and that
# never name a person themselves (not "broadcaster", "publisher", "maker": people too)
_TITLE_NOUNS_OF_BODIES = frozenset({
    "newspaper", "daily", "weekly", "magazine", "tabloid", "broadsheet", "gazette", "website", "outlet",
    "channel", "company", "firm", "automaker", "carmaker", "airline", "bank", "lender",
    "insurer", "retailer", "conglomerate", "startup", "newswire", "network",
})


def holds_group_word(toks: list, start: int, end: int) -> bool:
    """A capitalised word of data/group_name_words.csv in the name: the names of many armed and political
    groups hold it and those of people do not (derived from PETRARCH2's groups and people)."""
    words = group_name_words()
    return any(t.text[:1].isupper() and t.lower_ in words for t in toks[start:end])


def _person_with_media_surname(doc: Doc, start: int, end: int) -> bool:
    """"Emily Post", "Ana Sun": a given name (data/first_names.csv, data/given_names.csv) before a publication's
    head word (kind media in data/org_heads.csv) is a person's name; a city's ("Sydney ... Herald") is not."""
    toks = doc_tokens(doc)
    first = toks[start].text
    return org_heads().get(toks[end - 1].text) == "media" and _is_first_name(first) \
        and country_of(first, cities=True) is None


def registered_organisation(doc: Doc, start: int, registry: Registry | None) -> bool:
    """A one-word name the model calls a person that the registry knows as an organisation only ("Wikinews",
    "Reuters"), and that is no surname of a longer PERSON name of the article (a person "Bloomberg")."""
    if registry is None:
        return False
    word = doc_tokens(doc)[start].text
    reg = registry.lookup(word)
    if reg is None or reg.actor_type != "organization" or registry.lookup(word, "person") is not None:
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc_ents(doc))


# a word for a process before "System" makes the name a technical system ("Positioning System",
# "Surveillance System"); "Broadcasting System" names a network, an organisation
_PROCESS_ENDINGS = ("tion", "sion", "ance", "ence", "ing", "ment", "ic", "ics")


def _process_system(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(_PROCESS_ENDINGS) and word != "Broadcasting"


# class words of buildings and grounds (of data/venue_heads.csv) that name no body when written alone; not
# "Hospital", "Museum", "Church", "Palace", "Park": "the Museum said", "the Palace said" are bodies acting,
# "Park" a surname. "the Capitol" alone is the building ("the Capitol's flags"); the body is its chamber
# ("the Senate") and "Capitol Records" keeps its label (only the word alone is read)
_BUILDING_WORDS = frozenset({"Hall", "Theatre", "Theater", "Cinema", "Stadium", "Arena", "Airport", "Cathedral",
                             "Mosque", "Temple", "Synagogue", "Abbey", "Chapel", "Castle", "Hotel", "Prison",
                             "Jail", "Cemetery", "Square", "Racecourse", "Speedway", "Capitol"})


def _surname_of_person(doc: Doc, word: str) -> bool:
    return any(e.label_ == "PERSON" and e[-1].text == word for e in doc_ents(doc))


def _system_after(doc: Doc, end: int) -> bool:
    """The word "system" right after the name, or after its bracketed short form ("... (VT) system")."""
    toks = doc_tokens(doc)
    at = end
    if at + 2 < len(toks) and toks[at].text == "(" and toks[at + 2].text == ")":
        at += 3
    return at < len(toks) and toks[at].lower_ in ("system", "systems")


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
    root = span_root(doc, start, end)
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
    # a building word no one bears as a name opening the name ("Masjid Al-Noor", "Cathedral of Saint Ann"):
    # the building, unless an organisation word closes it ("Hotel Workers Union" ends in org_heads)
    if first.text in building_heads() and (
            toks[start + 1].text[:1].isupper() or toks[start + 1].lower_ == "of"):
        return "FAC"
    if end - start == 2 and first.text[:1].isupper() and first.lower_ in csv_column("place_nouns.csv", "noun") \
            and toks[start + 1].text[:1].isupper():
        return "LOC"
    return None


# nouns after a local division's name through which its government acts ("Kelby County officials")
_LOCAL_AGENTS = frozenset({"official", "authority", "police", "council", "sheriff", "commissioner", "board",
                           "spokesperson", "spokesman", "spokeswoman", "officer", "administrator"})


def _local_division(doc: Doc, start: int, end: int) -> str | None:
    """A name ending in a word for a division of a state ("Kelby County", "Varna Parish", "Ost Prefecture":
    data/place_nouns.csv) is never a person's: the local government when it acts (subject of a verb, or
    before a noun of its officials or bodies), otherwise the place."""
    toks = doc_tokens(doc)
    last = toks[end - 1]
    if end - start < 2 or not last.text[:1].isupper() or last.lower_ not in csv_column("place_nouns.csv", "noun"):
        return None
    nxt = toks[end] if end < len(toks) else None
    if nxt is not None and nxt.pos_ == "NOUN" and (nxt.lemma_.lower() in _LOCAL_AGENTS or nxt.lower_ in GOV_HEADS):
        return "ORG"
    root = span_root(doc, start, end)
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ not in _STATIVE:
        return "ORG"
    return "LOC"


def _firm_by_syntax(doc: Doc, start: int, end: int) -> bool:
    """A name in apposition with a company noun ("X, a firm specialising in ...", "the firm X";
    data/company_words.csv), or the body a named person is "of" ("Ana Ray of X") when that body has no
    first name of its own."""
    toks = doc_tokens(doc)
    root = span_root(doc, start, end)
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


# an age written right before a name ("the 40-year-old Ann Ray")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")


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
                      or _job_word_first(doc, start - 1, end) or misspelt_title(toks[start - 1].text)
                      or toks[start - 1].pos_ == "NOUN" and (toks[start - 1].lower_ in _agent_nouns()
                                                            or toks[start - 1].lower_ == "member")
                      and start <= toks[start - 1].head.i < end):
        return True  # "Mr Ray", "spokesperson Ann Ray", "committee member Ann Ray", "Voter Ann Ray"
    if start > 0 and _AGE_BEFORE.search(doc_text(doc), max(0, toks[start].idx - 16), toks[start].idx):
        return True  # "40-year-old Ann Ray": an age is a person's
    return any(c.dep_ == "appos" and c.i >= end and c.pos_ in ("NOUN", "PROPN")
               and (_person_word(c) or any(j.dep_ == "conj" and _person_word(j) for j in c.children))
               for c in span.root.children)


# one person's kin or kind ("his wife", "a woman"): data/speaker_words.csv, the singular words of people
_ONE_PERSON_WORDS = frozenset(w for w in lexicons.words("speaker_words", "word", kind="person")
                              if not w.endswith("s") and w not in ("family", "couple", "people", "children", "men",
                                                                   "women"))


def _person_word(tok) -> bool:
    """A title ("chairwoman") or a word for one person or their kin ("wife", "widow"): in apposition with a
    name (or joined to such a word: "his wife and the party's chairwoman"), a person's."""
    return roles.is_title_word(tok.text) or tok.pos_ == "NOUN" and tok.lower_ in _ONE_PERSON_WORDS


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


def _member_of_body(doc: Doc, start: int, end: int) -> bool:
    """A two- or three-word name of proper nouns, the subject of its clause, followed by "of" and an
    organisation's name ("Nikki Brandt of the Harbour Agency said", "... of Kelbia's Harbour Agency"): a person
    named with their employer; a body is not named "of" another body. (A given name alone is too weak:
    "Lion Air", "Marine Traffic" begin with one.)"""
    toks = doc_tokens(doc)
    span = doc[start:end]
    # (a place's name first is a body's: "Kelbia Telecom of ..."; a surname may be a place's: "Ann Holland")
    if roles.country_of_modifier(span[0].text) or span[0].text in org_heads() \
            or span.root.dep_ not in ("nsubj", "nsubjpass") \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in span):
        return False
    k = end + 1
    if end >= len(toks) or toks[end].lower_ != "of" or k >= len(toks):
        return False
    if toks[k].lower_ == "the":
        k += 1
    if k + 2 < len(toks) and toks[k].ent_type_ == "GPE" and toks[k + 1].text in ("'s", "’s"):
        k += 2
    return k < len(toks) and toks[k].ent_type_ == "ORG" and toks[k].ent_iob_ == "B"


def _listed_with_people(doc: Doc, start: int, end: int) -> bool:
    """A two- or three-word proper name coordinated with people's names."""
    span = doc[start:end]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return False
    root = span.root
    near = [root.head, *root.children] if root.dep_ == "conj" else list(root.children)
    return any(t.dep_ == "conj" or t is root.head for t in near) and any(
        t.ent_type_ == "PERSON" for t in near if t.i < start or t.i >= end)


def _second_of_named_people(doc: Doc, start: int) -> bool:
    """A name right after "<plural person noun> <PERSON> and" ("visual artists Ana Ray and X"): the plural noun
    names both, so X is a person too (the parser often mangles the pair, so the words are read in order)."""
    toks = doc_tokens(doc)
    k = start - 1
    if k < 2 or toks[k].lower_ != "and" or toks[k - 1].ent_type_ != "PERSON":
        return False
    k -= 1
    while k > 0 and toks[k].ent_iob_ == "I":
        k -= 1  # back to the first word of the person's name
    noun = toks[k - 1] if k > 0 else None
    if noun is None or noun.tag_ != "NNS":
        return False
    lemma = noun.lemma_.lower()
    return lemma in lexicons.words("agent_nouns", "word") or lemma.endswith("ist")


def _seats_after(doc: Doc, start: int, end: int) -> bool:
    """"X - 7 seats", "X: 12 seats" (a results table): a name with no known given name followed by a dash or
    colon, a number and "seats" is a party's."""
    toks = doc_tokens(doc)
    if _is_first_name(toks[start].text) or end + 2 >= len(toks):
        return False
    k = end + 1 if toks[end].text in ("-", "–", "—", ":") else end
    return k + 1 < len(toks) and toks[k].like_num and toks[k + 1].lower_ in ("seat", "seats")


def _listed_with_bodies(doc: Doc, start: int, end: int) -> bool:
    """A name with no known given name coordinated with an organisation's name that holds an organisation
    word ("the University of Kelby and UC Varna", "the Kelby Party, Varno Cymru and Labour"), and with no
    person's: one of a list of bodies."""
    toks = doc_tokens(doc)
    if _is_first_name(toks[start].text):
        return False
    root = span_root(doc, start, end)
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    items = [first, *(c for c in first.conjuncts if c.i != first.i)]
    others = [t for t in items if not start <= t.i < end]
    if any(t.ent_type_ == "PERSON" for t in others):
        return False
    # the body's name holds an organisation word ("University", "Party": data/org_heads.csv); a pen name
    # the model took for a body proves nothing ("visual artists Kelby Moth and Varno Shiro")
    heads = org_heads()
    return any(t.ent_type_ == "ORG" and any(w.text in heads for w in _entity_of(doc, t)) for t in others)


def _entity_of(doc: Doc, tok) -> Span:
    return next((e for e in doc_ents(doc) if e.start <= tok.i < e.end), doc[tok.i : tok.i + 1])


def person_after_registered_body(doc: Doc, start: int, end: int, registry: Registry | None) -> int | None:
    """"director of Kestrel Aid Maria Otieno said": an organisation span that starts with a registered
    organisation's name and goes on with a person's name of two or three capitalised words (the first a
    known given name or hyphenated, none an organisation word). Returns the token where the person's name
    starts: the person speaks and acts; the body is only their affiliation."""
    if registry is None or end - start < 3:
        return None
    toks = doc_tokens(doc)
    words = range_text(doc, start, end).split(" ")
    heads = org_heads()
    for k in (2, 3):
        if len(words) - k < 1:
            continue
        rest = words[-k:]
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest) or any(w in heads for w in rest):
            continue
        if not (_is_first_name(rest[0]) or "-" in rest[0]):
            continue
        reg = registry.lookup(" ".join(words[:-k]))
        if reg is None or reg.actor_type != "organization":
            continue
        at = toks[end - 1].idx + len(toks[end - 1].text) - len(" ".join(rest))
        cut = next((t.i for t in toks[start:end] if t.idx == at), None)
        if cut is not None:
            return cut
    return None


def given_name_before_particle_surname(doc: Doc, start: int, registry: Registry | None) -> bool:
    """"Ana" tagged an organisation, then "dela Cruz" tagged a person: a capitalised word (no registered
    organisation, no organisation word) right before a person's span that opens with a name particle
    (data/name_particles.csv) is the given name of that person."""
    toks = doc_tokens(doc)
    word = toks[start]
    if start + 2 >= len(doc) or not word.is_alpha or not word.text[:1].isupper() or word.text.isupper():
        return False
    nxt = toks[start + 1]
    if nxt.text not in _NAME_PARTICLES or nxt.ent_iob_ != "B" or nxt.ent_type_ != "PERSON" or word.whitespace_ != " ":
        return False
    if word.text in org_heads() or registry is not None and registry.lookup(word.text) is not None:
        return False
    return toks[start + 2].text[:1].isupper()


def _after_post_of_country(doc: Doc, start: int, end: int) -> bool:
    """Two proper nouns right after "<title> of <country>" ("Minister of Kelbia Ana Ray"): whatever the
    given name (lists leave out names of either gender), the words name the post's holder."""
    toks = doc_tokens(doc)
    return (start >= 3 and toks[start - 2].lower_ == "of" and roles.is_title_word(toks[start - 3].text)
            and iso3_for_name(toks[start - 1].text) is not None
            and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in toks[start:end]))
