"""Countries for actors the names left without one, from evidence in the text, strongest first.

The order is the column `country_basis` (schema/actors.json): the registry and titles are read when the
actor is made; here follow, for actors still without a country,
1. `registry` or `name`: an organisation listed with a country in the PETRARCH2 data, else one whose own
   name holds one country (`body_names`: "Philippine Institute of ...", "University of Geneva", "NASA Jet
   Propulsion Laboratory"); `title`: an office of one state ("Pope X");
2. `nationality` (or `title` when it qualifies an office: "US Attorney X"): a nationality word before a
   person's name or in its apposition ("the Chilean poet X", "X, a Libyan national", "German firms
   including X");
3. `base`: what the person is "of", "from", "at" or a spokesman "for", or whose title they hold ("X of the
   UK's crime agency", "X from Ohio", "the league's director, X", "Houthi spokesperson X"); people tied to
   an international body only are marked `stateless` and get no `office` or `article` country;
4. `article` (last, in `analysis`): the one country the whole article is about, for people, groups
   ("protesters", "residents") and domestic bodies (a court, a committee, a party), never for companies or news outlets.
A lone surname never gives a country.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder.extract.actors.body_context import OWN_EVIDENCE, countries_from_body_context, public_head
from newscoder.extract.actors.body_names import (
    leads,
    name_country,
    namesake_country,
    parent_country,
    plural_registered,
    region,
    state_reading,
)
from newscoder.extract.actors.compatriots import compatriot_country
from newscoder.extract.actors.context import DOMINANCE, TERRITORY_OF
from newscoder.extract.actors.country_cues import (
    WAR_NOUNS,
    based_before,
    based_in,
    names_region,
    nationality_not_language,
)
from newscoder.extract.actors.country_links import (
    RANK_WORDS,
    actor_at,
    bare_body_before,
    governed_place,
    of_country_past_parenthesis,
    whole_after,
)
from newscoder.extract.actors.demonym_nouns import demonym_noun_country
from newscoder.extract.actors.employers import members_of, possessive_members
from newscoder.extract.actors.entity_labels import non_actor_classifiers
from newscoder.extract.actors.homonym_states import constituency_homonym
from newscoder.extract.actors.party_states import party_state_country
from newscoder.extract.actors.place_owners import LOCAL_UNITS, SEAT_WORDS, address_country, unit_owner_country
from newscoder.extract.actors.story_country import of_many_states
from newscoder.extract.actors.type_evidence import body_class_nouns
from newscoder.extract.actors.word_lists import csv_column, org_heads, posted_abroad
from newscoder.extract.doctext import char_span, doc_tokens, span_ents
from newscoder.extract.roles import is_honorific, is_title_word, titles
from newscoder.records import LocalActor
from newscoder.resolve.countries import iso3_for_demonym, iso3_for_name, iso3_for_region, region_countries
from newscoder.resolve.office_holders import is_international_organization, organization_country, person_country
from newscoder.resolve.places import country_of
from newscoder.resolve.subdivisions import subdivision_country

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

_AFFILIATION_PREPS = ("of", "from", "at", "with")
# trades practised under one country's law or politics: "a politician in Austria" is Austrian (a title word
# too: "a judge in Kenya"); "a student in Germany" or "a doctor in Spain" may come from anywhere
_NATIONAL_TRADES = frozenset({"politician", "lawyer", "attorney", "barrister", "solicitor", "prosecutor",
                              "legislator", "parliamentarian", "councillor", "councilor", "bureaucrat"})
# kinds of office (data/titles.csv) held only in one's own country: a judge, a minister, a legislator
_HOME_OFFICE_KINDS = frozenset({"judicial", "minister", "legislator", "head_of_state", "head_of_government"})
_DOMESTIC_HEADS = ("government", "body", "armed", "political", "education")
# an article is about one country when that country's places are named at least `DOMINANCE` times as
# often as all others together (`context.story_set_in`)
_DOMINANCE = DOMINANCE
# ... or three times when that country is also the one of the dateline or the lead (`article_country`):
# the story says where it is set, and the count agrees
_HOME_DOMINANCE = 3
# ... and named at least this many times: a short story naming its country three times and a foreign one
# once ("X, who moved from Canada") says too little
_HOME_MIN = 5
# a titled official of local or domestic office (governor, mayor, judge, lawmaker) needs less: twice as many
# of the article's places in that country as in all others. Ministers, heads of state and generals are
# left out: they act abroad as a matter of course ("the US transport secretary" in a story about Cuba).
_OFFICIAL_DOMINANCE = 2
_OFFICIAL_KINDS = {"executive", "judicial", "legislator", "official"}
# common nouns saying that a body is part of another ("CBS station X", "the NBC affiliate X"): the part is
# where the whole is. Rivals, partners and clients are not parts ("Huawei rival X" is not Chinese).
_PART_NOUNS = frozenset({"station", "affiliate", "subsidiary", "unit", "division", "branch", "chapter", "arm",
                         "channel", "newspaper", "network", "bureau", "office", "wing"})
# head words, not listed as a kind of body, of a state's own institutions when named "National" or "Federal"
_STATE_PLACES = frozenset({"Zoo", "Library", "Archives", "Gallery", "Park", "Mall", "Cemetery"})
# words between a name (or a list of names) and the "from" that places them: "X and Y, both from Kenya"
_LIST_FILLERS = frozenset({",", "both", "also", "all", "each", "too"})


def set_country(actor: LocalActor, iso3: str | None, basis: str) -> bool:
    """Give `actor` the country `iso3` with its basis unless it has one already; True when it was given."""
    if iso3 and actor.country_iso3 is None:
        actor.country_iso3, actor.country_basis = iso3, basis
        return True
    return False


def countries_from_names(b: ActorBuilder, named: Counter[str] | None = None) -> None:
    """Organisations: the PETRARCH2 listing, else the country their own name holds (`name_country`)."""
    for actor in b.actors.values():
        if actor.actor_type == "person" and actor.registry_id is None and b.registry is not None \
                and " " not in actor.name and actor.name.endswith("s"):
            # "the Houthis" tagged PERSON by the model: a registered movement's plural name is its own
            reg = b.registry.lookup(actor.name)
            if reg is not None and reg.actor_type == "organization":
                set_country(actor, reg.country_iso3, "registry")
        if actor.actor_type == "organization" and actor.registry_id is None:
            if not set_country(actor, _listed_country(actor), "registry"):
                if not set_country(actor, name_country(actor.name, named), "name"):
                    set_country(actor, parent_country(b, actor.name) or plural_registered(b, actor.name), "registry")


def _listed_country(actor: LocalActor) -> str | None:
    """The country PETRARCH2 or the university list gives the actor's name, else the one country that the
    other names the article gives it are listed with (a short form joined to its full name; names with no
    listing do not count against)."""
    if iso3 := organization_country(actor.name):
        return iso3
    found = {iso3 for alias in actor.aliases if (iso3 := organization_country(alias))}
    return found.pop() if len(found) == 1 else None


def _nationality_before(doc: Doc, start: int, named: Counter[str] | None = None, naming: bool = False) -> str | None:
    """"the Chilean poet", "American actor", "Texas Senator": a nationality word, or a state or province,
    among the common words and titles right before a name ("the German rescue charity Sea-Watch", "the US
    rock band the Doors": a "the" right before the name is skipped). With `naming`, also past "named" or
    "called" ("a Polish chef named X"): read late only, once the rows that are no actors were dropped (a
    name given in someone's words is often a variant of an actor's, kept as a row by a country)."""
    toks = doc_tokens(doc)
    i = start - 1
    if toks[start].text in WAR_NOUNS and i >= 0 and iso3_for_name(toks[i].text):
        return None  # "Iraq [Veterans Against the War]": a war fought there, not the body's country
    if i >= 1 and toks[i].text == "," and toks[i - 1].text.islower() and is_title_word(toks[i - 1].text):
        i -= 1  # "the El Paso mayor, X": the office set before the name with a comma
    elif naming and i >= 1 and toks[i].lower_ in ("named", "called") and toks[i - 1].pos_ == "NOUN" \
            and toks[i - 1].text.islower():
        i -= 1  # "a Polish chef named X": the description the name is given to
    if i >= 0 and toks[i].lower_ == "the":
        i -= 1
    titled, loose = False, 0
    while i >= 0 and start - i <= 6:
        tok = toks[i]
        if tok.ent_type_ in ("NORP", "GPE") and (tok.ent_iob_ == "I" or i + 1 < start and toks[i + 1].ent_iob_ == "I"):
            # a name of several words: the whole entity gives the country ("United States public utility X")
            # or none ("the South American group X")
            first, last = i, i
            while first > 0 and toks[first].ent_iob_ == "I":
                first -= 1
            while last + 1 < start and toks[last + 1].ent_iob_ == "I":
                last += 1
            text = doc[first : last + 1].text
            if found := country_of(text, capitals=False) or (region(text, named) if tok.ent_type_ == "GPE" else None):
                return found
            # "the El Paso mayor X": a city of the gazetteer owning a title
            return country_of(text, cities=True) if titled and tok.ent_type_ == "GPE" else None
        if (iso3 := country_of(tok.text, capitals=False)) and (tok.ent_type_ in ("NORP", "GPE", "") or
                                                               nationality_not_language(doc, i, start)):
            return iso3
        if tok.ent_type_ in ("NORP", "GPE", "") and (iso3 := demonym_noun_country(tok)):
            return iso3  # "the 20-year-old Swede X"
        if tok.ent_type_ == "GPE" and (iso3 := region(tok.text, named)):
            return iso3  # "Texas Senator X", "the Ohio lawyer X": a state or province of one country
        if tok.ent_type_ == "GPE" and titled and (iso3 := country_of(tok.text, cities=True)):
            return iso3  # "Winnipeg Mayor X": a city of the gazetteer owning the title
        if is_title_word(tok.text):
            titled = True
        elif tok.tag_ == "POS" and i > 0 and (iso3 := _city_owning_title(toks[i - 1], titled)):
            return iso3  # "Winnipeg's mayor X": a city of one country owning the office
        elif tok.tag_ == "POS" and i > 0 and toks[i - 1].ent_type_ == "GPE":
            pass  # "Kenya's top marathoner X": the country owning the description
        elif titled and loose < 2 and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text.istitle():
            loose += 1  # "United States District Judge", "US Circuit Judge": a word of the office's name
        elif _in_hyphenated_word(toks, i):
            pass  # "the Hungarian state-owned enterprise X": the parts of one hyphenated descriptor
        elif tok.lower_ in ("and", "&") and i > 0 and _common_modifier(toks[i - 1]) and _common_modifier(toks[i + 1]):
            pass  # "the Kelbian oil and gas company X": two common words of one descriptor joined
        elif tok.is_punct or not (tok.pos_ in ("NOUN", "ADJ") and tok.text.islower()):
            return None
        i -= 1
    return None


def _common_modifier(tok: Token) -> bool:
    """A lower-case noun or adjective: a word of a descriptor, not a nationality or a name."""
    return tok.pos_ in ("NOUN", "ADJ") and tok.text.islower() and not country_of(tok.text, capitals=False)


# org_heads kinds whose lower-cased head names a body that has a seat of its own (not a state's office)
_SEATED_KINDS = frozenset({"company", "media", "education", "culture", "venue", "nonprofit"})


@functools.cache  # speed: asked for each name a body's kind noun may precede
def _body_kind_nouns() -> frozenset[str]:
    """Common nouns of a kind of body: a firm, a paper, a school, a museum (`company_words.csv`, the
    class nouns of `body_class_nouns.csv`, the seated heads of `org_heads.csv` written lower-case)."""
    heads = {w.lower() for w, kind in org_heads().items() if kind in _SEATED_KINDS}
    return csv_column("company_words.csv", "noun") | body_class_nouns("class") | heads


def _seat_place_before(doc: Doc, start: int) -> str | None:
    """The text of a city of the gazetteer (or a province or state) set before a noun of a kind of body
    right before the body's name: "the Denver law firm X", "the Glasgow newspaper the Y". The body's kind
    says the place is its seat, as "a Denver law firm" in apposition does. A place before another noun
    ("the Oslo trial", "the Lyon attack") says nothing of the body named after it."""
    toks = doc_tokens(doc)
    while start + 1 < len(toks) and toks[start].text.islower() and toks[start].pos_ == "NOUN":
        start += 1  # the mention may hold the kind words themselves ("law firm X")
    i = start - 1
    if i >= 0 and toks[i].lower_ == "the":
        i -= 1
    if i < 1 or toks[i].lower_ not in _body_kind_nouns() or not toks[i].text.islower():
        return None
    i -= 1
    if i >= 1 and toks[i].text.islower() and toks[i].pos_ in ("NOUN", "ADJ") and not toks[i].ent_type_:
        i -= 1  # "law firm", "news agency", "private hospital"
    if i < 0 or not (toks[i].ent_type_ == "GPE" or toks[i].pos_ == "PROPN" and not toks[i].ent_type_ == "ORG"):
        return None  # the model sometimes tags a city a person before a common noun: the gazetteer decides
    first = i
    while first > 0 and i - first < 2 and (toks[first].ent_iob_ == "I" if toks[i].ent_type_ == "GPE"
                                           else toks[first - 1].pos_ == "PROPN" and not toks[first].is_sent_start):
        first -= 1
    return doc[first : i + 1].text


def _city_noun_before(doc: Doc, start: int, named: Counter[str] | None = None,
                      b: ActorBuilder | None = None) -> str | None:
    """The country of `_seat_place_before`: a country, a city of the gazetteer, a province or state of one
    country, or one that several countries share ("Florida") when the article names just one of them as
    a place or, failing that, just one is the country of a state or body read so far (`b`: "the Kelbian
    Institute of Health ... the Florida company X")."""
    if (text := _seat_place_before(doc, start)) is None:
        return None
    if iso3 := country_of(text, capitals=False) or country_of(text, cities=True) or iso3_for_region(text) \
            or region(text, named):
        return iso3
    shared = region_countries(text) & _known_countries(b) if b is not None else set()
    return next(iter(shared)) if len(shared) == 1 else None


def _known_countries(b: ActorBuilder) -> frozenset[str]:
    """The countries of the article's states and of the bodies read so far."""
    return frozenset(a.country_iso3 for a in b.actors.values()
                     if a.country_iso3 and a.actor_type in ("state", "organization"))


def _kind_noun_set_before(doc: Doc, span) -> int | None:
    """"A Lagos-based charity, X", "the Ohio company, X": the start a name would have right after a noun of
    a kind of body that the name is set in apposition with, past the comma (the parse links the two either
    way round); None when no such noun comes right before."""
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    noun, root = doc[span.start - 2], span.root
    if noun.pos_ != "NOUN" or not noun.text.islower() or noun.lower_ not in _body_kind_nouns():
        return None
    if root.dep_ == "appos" and root.head.i == noun.i or noun.dep_ == "appos" and noun.head.i == root.i:
        return noun.i + 1
    return None


def seat_descriptor_unread(doc: Doc, span) -> bool:
    """Does a place the text sets before the body's kind name a province or state that several countries
    share, none of which the article names ("the Florida company X" in a story set elsewhere)? The body's
    seat is stated, only not which country's: the story's country is not the body's by that."""
    starts = [span.start] + [s for s in (_kind_noun_set_before(doc, span),) if s is not None]
    return any((text := _seat_place_before(doc, s)) is not None and len(region_countries(text)) > 1
               for s in starts)


def _seat_stated_after(doc: Doc, root: Token, last: Token | None = None) -> str | None:
    """A body's seat stated after its name: "based in" or "headquartered in" a place on the name or on a
    common noun in apposition with it, "<place>-based" before that noun ("X, a Lagos-based firm"), or "in"
    a place after a noun of a kind of body ("X, a law firm in Lagos"; not "X, a group active in Lagos").
    The parser often hangs the apposition on the name's `last` word when the name holds an "of"/"for"
    phrase ("the Institute for Forest Studies, an institute based in Lagos")."""
    if iso3 := based_in(root):
        return iso3
    ends = [root] if last is None or last.i <= root.i else [root, last]
    for noun in (c for end in ends for c in end.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and c.i > (last or root).i):
        if iso3 := based_in(noun) or based_before(doc, noun.i + 1):
            return iso3
        if noun.lower_ in _body_kind_nouns():  # "X, a law firm in Lagos": a kind of body and where it is
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
                for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
                    first = min(t.i for t in obj.subtree if t.ent_type_ == "GPE")
                    text = doc[first : obj.i + 1].text
                    if iso3 := country_of(text, cities=True) or iso3_for_region(text):
                        return iso3
    return None


def _in_hyphenated_word(toks: list[Token], i: int) -> bool:
    """A part or the hyphen of a lower-case word written with hyphens and no spaces ("state-owned"); not
    "Lagos-based", whose place gives a base, read apart."""
    lo = hi = i
    while lo > 0 and not toks[lo - 1].whitespace_ and (toks[lo].text == "-" or toks[lo - 1].text == "-"):
        lo -= 1
    while hi + 1 < len(toks) and not toks[hi].whitespace_ and (toks[hi].text == "-" or toks[hi + 1].text == "-"):
        hi += 1
    parts = toks[lo : hi + 1]
    return hi > lo and all(t.text == "-" or t.is_alpha and t.text.islower() for t in parts)


def _city_owning_title(owner: Token, titled: bool) -> str | None:
    """"Winnipeg's mayor X", "Leeds's chief constable X": a one-word city or province of the gazetteer
    owning a title right before a name gives its country; only with a title between (not "Paris's
    friend X"), and never for a word tagged as a person or body ("Jackson's lawyer")."""
    if not titled or owner.pos_ != "PROPN" or owner.ent_type_ not in ("GPE", "") or owner.ent_iob_ == "I" \
            or owner.i + 1 < len(owner.doc) and owner.nbor(1).ent_iob_ == "I":
        return None
    if owner.i > 0 and owner.nbor(-1).pos_ == "PROPN":
        return None  # "New Westminster's", "Ann Arbor's": a word of a longer name, read elsewhere
    return country_of(owner.text, cities=True)


def _body_before(b: ActorBuilder, doc: Doc, start: int, nouns: frozenset[str] | None = None) -> LocalActor | None:
    """"FBI agent X", "the Oslo University researcher X": a known body named before the common words or
    titles that lead to a person's name. With `nouns`, the words between must include one of them ("CBS
    station X")."""
    i = start - 1
    between: list[str] = []
    while i >= 0 and start - i <= 5:
        tok = doc[i]
        if tok.pos_ in ("NOUN", "ADJ") and tok.text.islower() or nouns is None and (
                is_title_word(tok.text) or tok.text in RANK_WORDS):
            between.append(tok.lower_)
            i -= 1
            continue
        if i == start - 1:
            return None  # the body must be followed by a word saying what the person is in it
        if nouns is not None and not nouns.intersection(between):
            return None
        other = actor_at(b, tok)
        return other if other is not None and other.actor_type == "organization" else None
    return None


def _name_before(doc: Doc, start: int, named: Counter[str] | None) -> str | None:
    """The country a name of two capitalised words or more that no actor holds gives the person whose
    common-noun description it opens ("Lakeside Radio Kenya reporter X"): `name_country` of that name.
    A title between ("Senator") is not such a description."""
    toks = doc_tokens(doc)
    i = start - 1
    while i >= 0 and start - i <= 3 and toks[i].pos_ == "NOUN" and toks[i].text.islower():
        i -= 1
    if i == start - 1 or i < 0 or toks[i].pos_ != "PROPN" or toks[i].ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    name = _proper_run(toks[i])
    return name_country(name, named) if name is not None and toks[i + 1].i >= start - 3 else None


def _members_noun(word: str) -> bool:
    """A plural title or plural word for people ("senators", "MPs", "lawmakers", "supporters")."""
    low = word.lower()
    return word.endswith("s") and (is_title_word(word[:-1]) or low in _MEMBER_NOUNS
                                   or low in csv_column("group_nouns.csv", "noun"))


# plural words for a party's people that are neither titles nor in `group_nouns.csv`
_MEMBER_NOUNS = frozenset({"lawmakers", "legislators", "supporters", "members", "politicians", "candidates",
                           "voters", "activists", "leaders", "delegates"})


# determiners of a party word standing for one member ("a Republican, X", "another Democrat, Y")
_ONE_OF = frozenset({"a", "an", "another", "fellow"})


def party_member_groups(b: ActorBuilder, named: Counter[str] | None) -> None:
    """"Republicans", "Democrats", "Conservatives": a group named by the plural of a registered party's
    adjective takes the party's country, when that country is the one the article names most (parties of
    the same name exist elsewhere), basis `base`."""
    if b.registry is None or not named:
        return
    for actor in b.actors.values():
        name = actor.name
        if actor.actor_type not in ("group", "organization") or actor.country_iso3 or not name[:1].isupper():
            continue
        words = name.split()
        if len(words) == 2 and _members_noun(words[1]):
            # "Republican senators", "Labour MPs": the party's adjective before a plural title or a word for
            # people names the party's members, as its plural does (the model often tags them ORG; a
            # later pass makes them a group)
            stems = (words[0],)
        elif len(words) == 1 and name.endswith("s") and actor.actor_type == "group":
            stems = (name[:-1],)
        else:
            continue
        for text in (f"{stems[0]} Party", f"{stems[0]}ic Party"):
            reg = b.registry.lookup(text)
            if reg is not None and reg.actor_type == "organization" and reg.country_iso3 \
                    and named.get(reg.country_iso3, 0) > 0 and leads(reg.country_iso3, named):
                set_country(actor, reg.country_iso3, "base")
                break


def _movement_before(b: ActorBuilder, doc: Doc, start: int, named: Counter[str] | None = None) -> str | None:
    """A registered organisation named by a word of the model's NORP or ORG before the common words and
    titles leading to a name ("Houthi military spokesperson X", "Taliban commander X"): its country. The
    word may be the registered name or its singular ("Houthis" -> "Houthi")."""
    toks = doc_tokens(doc)
    i = start - 1
    while i >= 0 and start - i <= 4 and (toks[i].pos_ in ("NOUN", "ADJ") and toks[i].text.islower()
                                          or is_title_word(toks[i].text)):
        i -= 1
    if i == start - 1 and start >= 3 and toks[i].text == "," and toks[start - 3].lower_ in _ONE_OF:
        i = start - 2  # "a Republican, X": the member named in apposition
    elif i == start - 1:
        return None
    if i < 0 or b.registry is None or toks[i].ent_type_ not in ("NORP", "ORG"):
        return None
    if toks[i].ent_iob_ == "I" or i + 1 < start and toks[i + 1].ent_iob_ == "I":
        return None  # one word of a longer name: read by the other rules
    word = toks[i].text
    for text in (word, word + "s"):
        reg = b.registry.lookup(text)
        if reg is not None and reg.actor_type == "organization" and reg.country_iso3:
            return reg.country_iso3
    # "Republican Senator X", "Democrat X", "Labour MP X": a registered party named by its adjective, when
    # the party's country is the one the article names most (parties of the same name exist elsewhere)
    for text in (f"{word} Party", f"{word}ic Party"):
        reg = b.registry.lookup(text)
        if reg is not None and reg.actor_type == "organization" and reg.country_iso3 \
                and (named and named.get(reg.country_iso3, 0) > 0 and leads(reg.country_iso3, named)
                     or _names_own_subdivision(doc, start, reg.country_iso3)):
            return reg.country_iso3
    return None


def _names_own_subdivision(doc: Doc, start: int, iso3: str) -> bool:
    """Does the sentence of the name name a state or province of the party's country ("a Republican, X,
    told a Nevada paper")? A member placed in one of its states is of that country even in a story that
    names another country more. Only the model's place and body names of the one sentence are read, each
    whole or by its leading words ("the Nevada Independent" -> "Nevada")."""
    sent = doc_tokens(doc)[start].sent
    for ent in span_ents(sent):
        if ent.label_ not in ("GPE", "ORG", "LOC"):
            continue
        words = [t.text for t in ent if t.lower_ != "the"]
        for n in range(min(len(words), 3), 0, -1):
            if subdivision_country(" ".join(words[:n])) == iso3:
                return True
    return False


def is_international(actor: LocalActor) -> bool:
    """A body of no one country: a registered organisation without a country (the UN, the WHO, NATO,
    the EU), an intergovernmental body of the PETRARCH2 listing, or a name saying so ("International
    Rescue Committee", "World Food Programme"), unless it is a seated body ("Florida International
    University")."""
    if actor.actor_type != "organization" or actor.country_iso3:
        return False
    if actor.registry_id is not None or is_international_organization(actor.name) or is_watchdog(actor.name):
        return True
    name = actor.name
    words = name.split()
    kinds = [k for w in words if (k := org_heads().get(w[:1].upper() + w[1:]))]
    seated = bool(kinds) and kinds[-1] in ("education", "culture", "venue")
    return not seated and ("United Nations" in name or "International" in words or "UN" in words
                                     or words[0] in ("World", "Global") or names_region(words))


def is_watchdog(name: str) -> bool:
    """A monitor or campaign body working across countries by its name (`watchdog_names.csv`: "... Without
    Borders", "Committee to Protect Journalists"): it reports on a country's events from outside, so the
    story's country is not its own."""
    words = " " + " ".join(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
                           .replace("-", " ").split()) + " "
    return any(f" {p} " in words for p in csv_column("watchdog_names.csv", "phrase"))


def _is_seated(name: str) -> bool:
    """A body that stays where it is: a government body, court, party, school, museum or centre, not a
    company or a charity ("Amnesty International in London" is not London's)."""
    kinds = [k for w in name.split() if (k := org_heads().get(w[:1].upper() + w[1:]))]
    return bool(kinds) and kinds[-1] in (*_DOMESTIC_HEADS, "culture", "venue")  # "Centre for Neurosurgery"


def _place_after(doc: Doc, end: int, named: Counter[str] | None) -> str | None:
    """"the Federal Centre for Neurosurgery in Tyumen": the place right after a body's name, its seat."""
    toks = doc_tokens(doc)
    if end + 1 >= len(doc) or toks[end].lower_ != "in":
        return None
    obj = toks[end + 1]
    if obj.lower_ == "the" and end + 2 < len(doc):
        obj = toks[end + 2]
    if obj.ent_type_ != "GPE" or obj.ent_iob_ != "B":
        return None
    last = obj.i
    while last + 1 < len(doc) and toks[last + 1].ent_iob_ == "I":
        last += 1
    text = doc[obj.i : last + 1].text
    return country_of(text, cities=True) or region(text, named)


def _owner_place(tok: Token) -> str | None:
    """The country of a place named as the owner of a body ("Toronto's Hospital for Sick Children")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.ent_type_ == "GPE":
            return country_of(c.text, cities=True) or iso3_for_region(c.text)
    return None


def _place_or_actor_country(b: ActorBuilder, tok: Token, named: Counter[str] | None = None,
                            tied: list[LocalActor] | None = None) -> str | None:
    other = actor_at(b, tok)
    if other is not None and tied is not None and other.actor_type == "organization":
        tied.append(other)
    if other is not None and other.actor_type == "state" and other.country_iso3:
        # "X of Georgia" in a story about US places: the state, not the country
        return state_reading(tok.text, other.country_iso3, named)
    if other is not None and other.actor_type == "organization" and other.country_iso3:
        return other.country_iso3
    if other is not None and other.actor_type == "organization":
        return _owner_place(tok)  # "at London's Royal Veterinary College"
    if other is None and tok.ent_type_ in ("GPE", "LOC"):
        words = [t for t in tok.subtree if t.dep_ in ("compound", "flat") or t.i == tok.i]
        name = tok.doc[words[0].i : tok.i + 1].text if words else tok.text
        if iso3 := country_of(name, cities=True) or iso3_for_region(name):
            # a country's name the article reads as another country's state ("Senator X of Georgia" in a
            # story of US places) is no state actor, so it is weighed here as `state_reading` does above
            return state_reading(name, iso3, named) if iso3_for_name(name) == iso3 else iso3
        # a town the gazetteer lacks, placed by the state or country after it: "of Smallville, Kansas"
        doc, nxt = tok.doc, tok.i + 2
        if nxt < len(doc) and doc[tok.i + 1].text == "," and doc[nxt].ent_type_ == "GPE":
            last = nxt
            while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                last += 1
            place = doc[nxt : last + 1].text
            return country_of(place, capitals=False) or iso3_for_region(place)
        return None
    if tok.pos_ == "PROPN" and (name := _proper_run(tok)) is not None:
        return name_country(name, named)  # "X of Clean Water Coalition Kenya": a body the model did not tag
    if other is None and tok.pos_ == "NOUN":
        # "X of the Marbel diocese in the Philippines": a body named by a common noun and the country it is in
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"):
                if iso3 := country_of(obj.text, capitals=False):
                    return iso3
    return None


def _proper_run(tok: Token) -> str | None:
    """The capitalised words around `tok` that no actor holds, when they are a name of two words or more
    ("Marriage Equality Coalition Taiwan"); a country's own name at the end counts as part of it."""
    doc = tok.doc
    toks = doc_tokens(doc)
    first = last = tok.i
    while first > 0 and toks[first - 1].pos_ == "PROPN" and toks[first - 1].text[:1].isupper():
        first -= 1
    while last + 1 < len(doc) and toks[last + 1].pos_ == "PROPN" and toks[last + 1].text[:1].isupper():
        last += 1
    if last == first or any(toks[k].ent_type_ in ("PERSON", "ORG") for k in range(first, last + 1)):
        return None
    return doc[first : last + 1].text


def _people_noun_of(root: Token) -> str | None:
    """The nationality a demonym noun gives the name it is in apposition with, either side ("X, a
    Kenyan,"; "the Swede X"), or the predicate of a copula ("X is a Briton")."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    return next((c for n in nouns if (c := demonym_noun_country(n))), None)


def _appositions(root: Token) -> list[Token]:
    return [c for c in root.children if c.dep_ == "appos" and c.i > root.i]


def _predicates(root: Token, verbs: tuple[str, ...] = ("be",)) -> list[Token]:
    """The verbs that say something of a name: the one it is the subject of ("X is ..."), and a relative
    clause on it ("X, who is ...", "X, which became ...")."""
    found = [root.head] if root.dep_ == "nsubj" and root.head.lemma_ in verbs else []
    found += [c for c in root.children if c.dep_ == "relcl" and c.lemma_ in verbs
              and any(g.dep_ == "nsubj" and g.lower_ in _RELATIVES for g in c.children)]
    return found


_RELATIVES = frozenset({"who", "which", "that"})
# the nouns of a nationality held ("who holds Kelbian citizenship", "X has a Kelbian passport")
_CITIZENSHIP_NOUNS = frozenset({"citizenship", "nationality", "passport"})


def _copula_attributes(root: Token) -> list[Token]:
    """The noun a name is said to be: "X is a British charity", "X was a Dutch diplomat", "X, who is a
    Dutch diplomat", "X, who became a Dutch citizen"."""
    # "X is a Japanese cartoon character", "X is a British film": a thing's class word says nothing of an actor
    return [c for verb in _predicates(root, ("be", "become")) for c in verb.children
            if c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() not in non_actor_classifiers()]


def _stated_nationality(root: Token) -> str | None:
    """A nationality a clause on a person's name states without a noun of people: a predicate adjective
    ("X is Kelbian", "X, who was Kelbian") or a citizenship held ("X, who holds Kelbian citizenship")."""
    for verb in _predicates(root, ("be", "hold", "have", "acquire", "obtain", "gain")):
        for c in verb.children:
            if verb.lemma_ == "be" and (c.dep_ == "acomp" or c.dep_ == "attr" and c.pos_ == "ADJ") \
                    and c.text[:1].isupper() and not any(g.dep_ in ("prep", "conj") for g in c.children):
                if iso3 := iso3_for_demonym(c.text):  # not "Kelbian-born", not "Kelbian and Ruritanian"
                    return iso3
            if verb.lemma_ != "be" and c.dep_ == "dobj" and c.lower_ in _CITIZENSHIP_NOUNS:
                homes = {iso3 for g in c.children if g.dep_ in ("amod", "compound") and g.text[:1].isupper()
                         and (iso3 := iso3_for_demonym(g.text))}
                if len(homes) == 1 and not any(g.dep_ in ("conj", "cc") for t in c.subtree for g in t.children):
                    return next(iter(homes))  # "dual Kelbian and Ruritanian citizenship" gives no one country
    return None


def _common_appositions(root: Token) -> list[Token]:
    """The common nouns a name stands in apposition with, either side ("the legislature of X, the Y";
    "the Y, the country's parliament")."""
    out = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out.append(root.head)
    head = root.head
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        out.append(head.head.head)  # the parser hangs the apposition on the owner: "the legislature of [X, the Y]"
    return out


def _country_of_noun(b: ActorBuilder, noun: Token) -> str | None:
    """The country a common noun names as its owner: a nationality word before it ("the Taiwanese
    legislature"), a possessive or an "of" phrase naming a country or a known body ("Taiwan's legislature",
    "the legislature of Taiwan"). Cities do not count: a body "of" a city is the city's."""
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("amod", "compound") and (iso3 := country_of(c.text, capitals=False)):
            return iso3
    owners = [c for c in noun.children if c.dep_ == "poss"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        owners += [g for g in prep.children if g.dep_ == "pobj"]
    for obj in owners:
        other = actor_at(b, obj)
        if other is not None and other.actor_type == "state" and other.country_iso3:
            return other.country_iso3
        if other is None and obj.ent_type_ == "GPE" and (iso3 := country_of(obj.text, capitals=False)):
            return iso3
    return None


def countries_from_phrases(b: ActorBuilder, doc: Doc, named: Counter[str] | None = None,
                           passes: tuple[bool, ...] = (True, False), late: bool = False) -> None:
    """People and organisations: a nationality word next to the name ("the Australian company X",
    "X, a Canadian miner"); for people, else the body or place they are "of", "from", "at" or "for"; for
    bodies, the body they are a part of ("CBS station X"). A person tied to an international body and to
    no country is marked `stateless`: the story's country is not theirs. Bodies are read first: a person
    "of" a body named later in the sentence takes the country the body has found. `passes`: (False,) reads
    the people only (`analysis` reads them again, `late`, once short names are joined to the full ones)."""
    for orgs_pass in passes:
        for m in b.mentions:
            actor = b.by_key(m.actor_key)
            if (actor.actor_type == "organization") == orgs_pass:
                _phrase_country(b, doc, m, actor, named, late)
        if orgs_pass:
            # "American University": its demonym, read after a seat stated after its name ("... in Cairo")
            # and before its members ("X of American University") read the body's country
            for actor in b.actors.values():
                if actor.actor_type == "organization" and actor.registry_id is None:
                    set_country(actor, namesake_country(actor.name, named), "name")
        if not orgs_pass:
            _possessive_employers(b, doc)


def _possessive_employers(b: ActorBuilder, doc: Doc) -> None:
    """"Acme News' reporter X", "the Acme Institute's X": a person named right after the possessive of a
    body with a country works for it (basis `base`, as "X of Acme" does), when the parser did not hang the
    name on the possessive (a bare apostrophe, a title between); `_person_base` reads the parsed ones."""
    bodies = {a.key: a for a in b.actors.values() if a.actor_type == "organization" and a.country_iso3}
    for key, body in possessive_members(b, doc, set(bodies)).items():
        actor = b.by_key(key)
        if actor.registry_id is None and key not in b.stateless:
            set_country(actor, bodies[body].country_iso3, "base")


def _phrase_country(b: ActorBuilder, doc: Doc, m, actor: LocalActor, named: Counter[str] | None,
                    late: bool = False) -> None:
    is_org = actor.actor_type == "organization" and actor.registry_id is None
    if not (actor.actor_type == "person" or is_org) or actor.country_iso3 or m.mention_kind != "name":
        return
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return
    if set_country(actor, of_country_past_parenthesis(doc, span), "name"):
        return  # "the Supreme Court (Oberster Gerichtshof) of Austria": the name's own "of", past a gloss
    root = span.root
    # "US Attorney X", "United States District Judge X": the country qualifies the office right before
    before = span.start - 2 if span.start > 1 and doc[span.start - 1].text == "," else span.start - 1
    titled = before >= 0 and is_title_word(doc[before].text)
    if set_country(actor, _nationality_before(doc, span.start, named, late), "title" if titled else "nationality"):
        return
    if set_country(actor, unit_owner_country(doc, span.start), "base"):
        return  # "the county's Police and Crime Commissioner X" after the county was named
    for app in _appositions(root) + _copula_attributes(root):
        # "a US army veteran", not "an Iraq War veteran": a country inside another name (a war, a paper)
        # says where that thing was, not whose the person is
        found = next((c for t in app.subtree if t.dep_ in ("amod", "compound") and t.i < app.i
                      and (t.head.i == app.i or not t.head.text[:1].isupper())
                      and (c := country_of(t.text, capitals=False))), None)
        if set_country(actor, found, "nationality"):
            break
    if set_country(actor, _listed_under_country(root), "nationality"):
        return  # "German firms including X, Y and Z", "US companies such as X"
    if actor.actor_type == "person" and set_country(actor, _plural_demonym_of_list(root), "nationality"):
        return  # "Kenyans X, Y and Z": the plural nationality before the first name is each name's
    if not (is_org and is_international(actor)) and set_country(actor, based_before(doc, span.start), "base"):
        return  # "the Lagos-based charity X", "Oslo-based lawyer X"
    if is_org and not is_international(actor) \
            and set_country(actor, _city_noun_before(doc, span.start, named, b), "base"):
        return  # "the Denver law firm X", "the Glasgow newspaper X": the body's city set before its kind
    if is_org and not is_international(actor) and (start := _kind_noun_set_before(doc, span)) is not None \
            and set_country(actor, based_before(doc, start) or _city_noun_before(doc, start, named, b), "base"):
        return  # "a Lagos-based charity, X", "the Ohio company, X": the same, set before with a comma
    if is_org and not is_international(actor) \
            and set_country(actor, _seat_stated_after(doc, root, doc[span.end - 1]), "base"):
        return  # "X, a Lagos-based firm", "X, based in Lagos", "X, a firm based in Lagos"
    if is_org:
        _organisation_base(b, doc, actor, span, named)
        if not actor.country_iso3 and not late and seat_descriptor_unread(doc, span):
            b.stateless.add(actor.key)  # its seat is stated, only not which country's: not the story's then
        return
    if not actor.country_iso3 and set_country(actor, _people_noun_of(root), "nationality"):
        return
    if not actor.country_iso3 and set_country(actor, _stated_nationality(root), "nationality"):
        return  # "X is Kelbian", "X, who holds Kelbian citizenship"
    if not actor.country_iso3 and set_country(actor, compatriot_country(b, doc, span.start, actor), "nationality"):
        return  # "Kosgei's countryman X"
    if not actor.country_iso3 and set_country(actor, party_state_country(doc, span), "title"):
        return  # "Rep. Ana Ray (D-Maine)": a US legislator's party and state
    if not actor.country_iso3 and set_country(actor, _office_taken(b, root), "title"):
        return  # "X was sworn in as Peru's president", "X became Peru's president"
    if not actor.country_iso3 and set_country(actor, _aide_in_clause(b, root), "base"):
        return  # "X, who was President Y's special envoy": Y's aide serves Y's state
    if not actor.country_iso3:
        _person_base(b, doc, actor, span, named)


def _plural_title_of_list(root: Token) -> Token | None:
    """The plural title a list of names is in apposition to ("two Republican Senators, X and Y"), or None."""
    head = root
    while head.dep_ == "conj" and head.head.i < head.i and head.head.tag_ == "NNP":
        head = head.head
    noun = head.head
    # the parser makes the first name an apposition or (often) a conjunct of the plural title
    if head.dep_ not in ("appos", "conj") or noun.i >= head.i or noun.tag_ not in ("NNS", "NNPS") \
            or noun.nbor(1).text != "," or not is_title_word(noun.text.removesuffix("s")):
        return None
    return noun


def _party_or_country_before(b: ActorBuilder, doc: Doc, noun: Token, named: Counter[str] | None) -> str | None:
    """"US Senators", "Democratic Representatives": the country or registered party (by its adjective,
    when no country's places are named more often than its country's) right before a plural title."""
    if noun.i == 0:
        return None
    word = doc[noun.i - 1].text
    if found := country_of(word, capitals=False):
        return found
    for text in (f"{word} Party", f"{word}ic Party"):
        reg = b.registry.lookup(text) if b.registry is not None and word[:1].isupper() else None
        # the party's country is named and no other country's places more often (a tie is enough: a
        # plural title of a party's members is seldom another country's party of the same name)
        if reg is not None and reg.actor_type == "organization" and (iso3 := reg.country_iso3) and named \
                and named.get(iso3, 0) > 0 and max(named.values()) <= named[iso3]:
            return iso3
    return None


# nouns of a person who serves another person ("Y's envoy", "Y's spokeswoman"): `aides.py` reads them in a
# role; here in a relative clause, which gives no role
_AIDE_NOUNS = frozenset({"aide", "adviser", "advisor", "envoy", "emissary", "spokesman", "spokeswoman",
                         "spokesperson"})
_OWN_OR_OFFICE = OWN_EVIDENCE | {"office"}


def _aide_in_clause(b: ActorBuilder, root: Token) -> str | None:
    """"X, who was President Y's special envoy", "X, who is Y's spokeswoman": the country of the person Y
    whose aide the relative clause says X is, when Y's own country rests on evidence of its own (registry,
    name, title, nationality, base, office), as `aides.countries_of_aides` does for a role."""
    for rel in root.children:
        if rel.dep_ != "relcl" or rel.lemma_ != "be" or not any(c.lower_ == "who" for c in rel.children):
            continue
        for attr in rel.children:
            if attr.dep_ != "attr" or attr.lower_ not in _AIDE_NOUNS:
                continue
            owners = [c.text for c in attr.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            found = {a.country_iso3 for a in b.actors.values() if owners and a.actor_type == "person"
                     and a.country_iso3 and a.country_basis in _OWN_OR_OFFICE
                     and a.name.split()[-1] == owners[0]}
            if len(found) == 1:
                return found.pop()
    return None


def _office_taken(b: ActorBuilder, root: Token) -> str | None:
    """The country of an office the person, as subject, is sworn in, serves or is named "as", or becomes
    ("X was sworn in as Peru's new president", "X became the president of Peru")."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    nouns = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    if verb.lemma_ == "become":
        nouns += [c for c in verb.children if c.dep_ == "attr"]
    return next((c for n in nouns if is_title_word(n.text) and (c := _country_of_noun(b, n))), None)


def _plural_demonym_of_list(root: Token) -> str | None:
    """A later name of a list whose first name follows a plural nationality noun ("Ethiopians X, 2:05:46,
    and Y", "Kenyans X and Y"): the parser hangs the plural noun on the first name only, but it names the
    people of the whole list. A singular word ("American X and Y") may qualify the first name alone."""
    if root.dep_ != "conj":
        return None
    head = root
    while head.dep_ == "conj" and head.head.i < head.i and head.head.tag_ == "NNP":
        head = head.head
    if head is root or head.dep_ == "conj":
        return None
    first = head.doc[head.left_edge.i]
    # a plural of a nationality word ("Ethiopians", "Finns"), not one that is its own plural ("Swiss")
    if first.dep_ != "compound" or first.head.i != head.i or not first.text.endswith("s") \
            or first.text.endswith("ss") or first.text[:1].islower():
        return None
    return iso3_for_demonym(first.text)


def _listed_under_country(root: Token) -> str | None:
    """A name listed as an example of a plural noun with a nationality word: "German firms including
    Daimler and Siemens", "US companies such as Google" -> that country, for each name of the list."""
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return None
    prep = head.head
    such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
    if not (prep.lower_ in ("including", "like") or such_as):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    found = {c for t in noun.children if t.dep_ in ("amod", "compound") and t.i < noun.i
             and (c := country_of(t.text, capitals=False))}
    return found.pop() if len(found) == 1 else None


def _organisation_base(b: ActorBuilder, doc: Doc, actor: LocalActor, span, named: Counter[str] | None) -> None:
    """An organisation's own "of" and "at" are too often parts of its name or a place it acts in; the
    common noun it is in apposition with is not ("the legislature of Taiwan, the Legislative Yuan"), nor
    the body it is a part of ("CBS station X")."""
    root = span.root
    if not actor.country_iso3:
        whole = _body_before(b, doc, span.start, _PART_NOUNS)
        set_country(actor, whole.country_iso3 if whole is not None else None, "base")
    if not actor.country_iso3:
        set_country(actor, _owner_place(root), "base")  # "London's Royal Veterinary College"
    if not actor.country_iso3 and (_is_seated(actor.name) or actor.name.split()[-1] in LOCAL_UNITS):
        set_country(actor, _place_after(doc, span.end, named), "base")
    if not actor.country_iso3 and actor.name.split()[-1] in SEAT_WORDS:
        set_country(actor, address_country(doc, span.end), "base")  # "X Lodge near Pretoria, South Africa"
    if not actor.country_iso3:
        set_country(actor, whole_after(b, doc, actor, span.end), "base")
    if not actor.country_iso3:
        set_country(actor, governed_place(root, named), "base")
    if not actor.country_iso3:
        for noun in _common_appositions(root):
            if set_country(actor, _country_of_noun(b, noun), "base"):
                break
    if not actor.country_iso3 and _is_seated(actor.name) and not is_international(actor):
        # "Canada's Research Council, Department of Fisheries and Office of Coastal Studies", "the Indian
        # Army and Ministry of Defence": state bodies listed under one country's word; the first took it
        # from that word (`nationality`, `name`), the others share it
        first = root
        while first.dep_ in ("conj", "appos") and first.head.i < first.i:
            first = first.head
        other = actor_at(b, first) if first.i != root.i else None
        # the shared word is a country's: a demonym or country name, not a city ("Toronto General Hospital
        # and the Mayo Clinic" says nothing of the clinic)
        if other is not None and other.actor_type == "organization" and (
                other.country_basis == "nationality" or other.country_basis == "name"
                and country_of(other.name.split()[0], capitals=False) == other.country_iso3):
            set_country(actor, other.country_iso3, "nationality")


def _person_base(b: ActorBuilder, doc: Doc, actor: LocalActor, span, named: Counter[str] | None) -> None:
    """The body or place a person is of: "FBI agent X", "X, a Boston University researcher", "X of the
    UK's crime agency", "the league's director, X", "X, a spokesman for the Y"."""
    toks = doc_tokens(doc)
    root = span.root
    tied: list[LocalActor] = []
    bodies = [_body_before(b, doc, span.start)]
    bodies += [_body_before(b, doc, app.i + 1) for app in _appositions(root) if app.pos_ == "NOUN"]
    for body in bodies:
        if body is not None:
            tied.append(body)
            if set_country(actor, body.country_iso3, "base"):
                return
    if not any(bodies) and set_country(actor, bare_body_before(b, doc, span.start), "base"):
        return  # "Police Senior Superintendent X" in a story whose police are one country's
    if not any(bodies) and set_country(actor, _name_before(doc, span.start, named), "base"):
        return  # "Abu Dhabi TV photojournalist X": a body the model did not tag, its name holding a place
    if set_country(actor, _movement_before(b, doc, span.start, named), "base"):
        return  # "Houthi military spokesperson X": a registered movement named by its adjective
    if (plural := _plural_title_of_list(root)) is not None \
            and set_country(actor, _party_or_country_before(b, doc, plural, named), "base"):
        return  # "two Democratic Representatives, X and Y": each name of the list is one of them
    # the name, its appositions, and the noun it is in apposition to ("the party's leader, X")
    heads = [root, *_appositions(root), *([root.head] if root.dep_ == "appos" else [])]
    for head in heads:
        owners = [c for c in head.children if c.dep_ == "poss" and c.i < root.i]
        if head.i != root.i and is_title_word(head.text):
            # "Chancellor X's spokesperson, Y", "the President's envoy, Y": an office holder's staff serve
            # the holder's country
            for c in owners:
                if (boss := actor_at(b, c)) is not None and boss.actor_type == "person" and boss.key != actor.key \
                        and set_country(actor, boss.country_iso3, "base"):
                    return
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _AFFILIATION_PREPS):
            for g in (g for g in prep.children if g.dep_ == "pobj"):
                other = constituency_homonym(iso3_for_name(g.text), b.title_kinds.get(actor.key), actor.role)
                if other is None:
                    owners.append(g)
                elif b.home is not None and b.home() == other:
                    # "Senator X of Georgia" in a US story: the US state he represents, so the US
                    if set_country(actor, other, "title"):
                        return
        if head.i != root.i and head.pos_ == "NOUN" \
                and (head.lower_ in _NATIONAL_TRADES or titles().get(head.lower_) in _HOME_OFFICE_KINDS):
            # "X, a politician in Austria", "X, a judge in Kenya": an office or a trade practised in a country
            # (its name only, not a city: "a student in Paris" may come from anywhere); a commander, an
            # envoy or an official "in" a country often serves there for another ("the US commander in Iraq")
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
                for obj in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"):
                    if set_country(actor, country_of(obj.text, capitals=False), "base"):
                        return
        if head.i != root.i:  # "a spokesman for the Houthis", not "voted for X" (the name's own "for")
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
                owners += [g for g in prep.children if g.dep_ == "pobj" and actor_at(b, g) is not None]
        if any(set_country(actor, _place_or_actor_country(b, obj, named, tied), "base") for obj in owners):
            return
    if set_country(actor, _office_before_comma(b, doc, span.start, named, tied), "base"):
        return
    if set_country(actor, _body_held_at(b, root), "base"):
        return  # "X, a marine ecologist and professor at Y", "X, in her fourth year at Y"
    if set_country(actor, _home_in_clause(root), "base"):
        return  # "X, who grew up in Ohio"
    if set_country(actor, _unit_at(b, root), "base"):
        return  # "Dr. X's team at Y", "the X lab at Y"
    # "won by X from the United States": the parser often hangs "from" on the verb; right after the
    # name it still says where the person is from
    end = span.end
    people = [c for c in root.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if people:  # "X and Y, both from Ethiopia": after the last name of the list
        end = max(c.i for c in people) + 1
    while end < len(doc) and toks[end].lower_ in _LIST_FILLERS:
        end += 1
    nxt = toks[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ == "from" and nxt.head.i != root.i:
        for obj in (c for c in nxt.children if c.dep_ == "pobj"):
            if set_country(actor, _place_or_actor_country(b, obj, named, tied), "base"):
                return
    if any(is_international(body) for body in tied):
        b.stateless.add(actor.key)


# verbs of a relative clause saying the post a person holds ("who works at", "who serves as")
_POST_VERBS = frozenset({"be", "serve", "work", "study", "teach", "lecture"})


def _body_held_at(b: ActorBuilder, root: Token) -> str | None:
    """The country of the body a post or study set after a name is held at, past coordinated titles and
    nested phrases the parser chains ("X, a marine ecologist and Regents Professor at Y", "X, Chair in
    Z in the Faculty of Arts at Y", "X, in her fourth year at Y"). Only a body the article names with a
    country counts, never a place: "a professor of the history of Peru" is no Peruvian by that alone."""
    frontier = [h for app in _appositions(root) for h in (app, *(c for c in app.children if c.dep_ == "conj"))]
    frontier += [o for p in root.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > root.i
                 for o in p.children if o.dep_ == "pobj"]
    # "X, who works at Y", "X, who serves as chairman of Y": a relative clause of holding a post
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ in _POST_VERBS):
        frontier.append(clause)
        frontier += [o for c in clause.children if c.dep_ == "attr" or c.dep_ == "prep" and c.lower_ == "as"
                     for o in ([c] if c.dep_ == "attr" else [g for g in c.children if g.dep_ == "pobj"])]
    for _ in range(3):
        deeper = []
        for head in frontier:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "of", "in")):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    other = actor_at(b, obj)
                    if prep.lower_ != "in" and other is not None and other.actor_type == "organization" \
                            and other.country_iso3:
                        return other.country_iso3
                    deeper.append(obj)
        frontier = deeper
    return None


def _home_in_clause(root: Token) -> str | None:
    """Where a clause on a person's name says the person grew up: "X, who grew up in Ohio", "X grew up in
    Oaxaca". The place of a person's upbringing is their home, as "X, a native of Y" or "X from Y" already
    read. Where a person lives now is not read: a refugee or an expatriate "resides in" a country not theirs
    (tried on the corpus: a refugee's stated nationality was overridden by his country of refuge)."""
    for verb in _predicates(root, ("grow",)):
        if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) \
                or any(c.dep_ == "neg" for c in verb.children):
            continue  # "X, who grew tired of Y"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
                first = min(t.i for t in obj.subtree if t.ent_type_ == "GPE")
                text = obj.doc[first : obj.i + 1].text
                if iso3 := country_of(text, cities=True) or iso3_for_region(text):
                    return iso3
    return None


# a person's own working unit: "X's lab at Y", "the X laboratory at Y", "X's team at Y"
_OWN_UNITS = frozenset({"lab", "laboratory", "team", "group", "office", "clinic"})


def _unit_at(b: ActorBuilder, root: Token) -> str | None:
    """The country of the body a person's own lab, team or office is said to be at or of: "Dr. X's team at
    Y", "the X lab at Y" (the name the possessor or the modifier of the unit noun; the parser hangs it
    on the last word of the name). Only a body the article names with a country counts, never a place:
    "X's office in Paris" says where the office is, not whose it is."""
    if root.dep_ not in ("poss", "compound") or root.head.lower_ not in _OWN_UNITS or root.head.i <= root.i:
        return None
    for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ in ("at", "of")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            other = actor_at(b, obj)
            if other is not None and other.actor_type == "organization" and other.country_iso3:
                return other.country_iso3
    return None


def _office_before_comma(b: ActorBuilder, doc: Doc, start: int, named: Counter[str] | None,
                         tied: list[LocalActor]) -> str | None:
    """"A member of the Ruritanian Senate, X said", "the director of Acme Lagos, X": a post "of" a body or
    place, set before the name with a comma. The parser often makes the two rival subjects, or hangs the
    name on the body; either way the word before the comma ends an "of" phrase of a common noun."""
    toks = doc_tokens(doc)
    while start > 2 and (is_honorific(toks[start - 1].text.rstrip(".")) or toks[start - 1].text == "."
                         and is_honorific(toks[start - 2].text)):
        start -= 1  # "the general manager of X, Dr Y": the honorific is not the name's
    if start < 2 or doc[start - 1].text != ",":
        return None
    obj = doc[start - 2]
    while obj.dep_ in ("compound", "flat") and obj.head.i > obj.i:
        obj = obj.head
    prep = obj.head
    if obj.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.i > obj.i:
        return None
    return _place_or_actor_country(b, obj, named, tied)


def countries_from_listed_people(b: ActorBuilder, named: Counter[str]) -> None:
    """People still without a country whose full name the PETRARCH2 dictionaries list in one country's
    offices only (`registry`): the nationality stays after the term ends; the office does not. The article
    must name a place of that country: a common name ("Ian Campbell", "Andrew Smith") is often someone
    else, and a story that never names the official's country is seldom about him."""
    for actor in b.actors.values():
        if actor.actor_type == "person" and not actor.country_iso3:
            iso3 = person_country(actor.name)
            if iso3 and named.get(iso3, 0) > 0:
                set_country(actor, iso3, "registry")


def countries_from_article(b: ActorBuilder, named: Counter[str],
                           doc: Doc | None = None) -> tuple[str, int, list[int]] | None:
    """The article's country for people and domestic bodies still without one. `named` counts the
    places of each country the article names; the states it mentions count too. The article is about one
    country when that one is named at least twice and `_DOMINANCE` times as often as all others together
    (a story that names a foreign country once, as the other party, is not about it, but a story set in
    one country that names one foreign city in passing still is). A titled official needs only twice as
    many (`office`): a governor or a minister acts in the country the story is mostly set in.
    A body of a continent or of several states ("European ...", "Arab ...": `is_international`) never gets
    it: the story's country is where it acts, not whose it is. Returns the country named most, its count
    and the other countries' counts (`article_lead`), for `body_context.countries_of_bare_groups`."""
    found = Counter(named)
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        if actor.actor_type == "state" and actor.country_iso3 and m.mention_kind in ("name", "metonym"):
            found[actor.country_iso3] += 0 if named.get(actor.country_iso3) else 1
    if not found or b.sports:
        return None  # a match report names foreign players and teams as a matter of course
    _from_article_places(b, found, doc)
    countries_from_body_context(b, found, _OFFICIAL_KINDS, is_international)
    return article_lead(found)


def article_lead(found: Counter[str]) -> tuple[str, int, list[int]]:
    """The country named most, how often, and the counts of the other countries, leaving out the state a
    territory named most belongs to (`TERRITORY_OF`)."""
    (iso3, top), *others = found.most_common()
    return iso3, top, [n for other, n in others if TERRITORY_OF.get(iso3) != other]


def _from_article_places(b: ActorBuilder, found: Counter[str], doc: Doc | None = None) -> None:
    iso3, top, others = article_lead(found)
    rest = sum(others)
    if top >= 2 and top >= _OFFICIAL_DOMINANCE * rest:
        # a titled official ("Governor X", "the mayor, X") acts where the article mostly is
        by_key = {a.key: a for a in b.actors.values()}
        for key, kind in sorted(b.title_kinds.items()):
            if (actor := by_key.get(key)) is not None and actor.registry_id is None and key not in b.stateless \
                    and (kind in _OFFICIAL_KINDS or kind == "spokesperson" and _speaks_for_official(actor.role)):
                set_country(actor, iso3, "office")
    dominance = _HOME_DOMINANCE if top >= _HOME_MIN and b.home is not None and b.home() == iso3 else _DOMINANCE
    if top < 2 or top < dominance * rest:
        return
    # a territory's story names its state's own bodies too ("the Communist Party" in Hong Kong): bodies
    # take the territory only when the state's places count against it and it still leads
    bodies = top >= dominance * (sum(found.values()) - top)
    # a person named as a member of a body of another country or of none ("OIC head X", "UCL astronomer X",
    # "X of the Harvard-Smithsonian Center") is placed by that body, not by the story
    # ("the Acme Foundation's director X": a body of no known country that does not itself take the story's
    # country below keeps its members from it too; empty is better than a guess)
    orgs = [a for a in b.actors.values() if a.actor_type == "organization"]
    away = members_of(b, doc, {a.key for a in orgs if a.country_iso3 not in (None, iso3) or is_international(a)
                               or a.country_iso3 is None and of_many_states(a.name)},
                      {a.key for a in orgs if a.country_iso3 is None and not _takes_story(b, a, bodies)}) \
        if doc is not None else set()
    for actor in b.actors.values():
        if actor.registry_id is not None or actor.country_iso3 or actor.key in b.stateless:
            continue
        if actor.actor_type == "group" and _studies_a_land(actor.name):
            b.generic_groups.discard(actor.key)  # a specific field's scholars: kept, with no country
        elif actor.actor_type == "person" and (actor.key in away or actor.key in b.visitors):
            continue
        elif actor.actor_type == "group" and posted_abroad(actor.name.split()[-1]):
            continue  # bare "diplomats" of a story set in one country: as often another country's
        elif actor.actor_type in ("person", "group") \
                or bodies and actor.actor_type == "organization" \
                and (_is_domestic(actor.name) or actor.name in b.class_bodies) and not is_international(actor):
            set_country(actor, iso3, "article")


def _takes_story(b: ActorBuilder, actor: LocalActor, bodies: bool) -> bool:
    """A countryless organisation that takes the story's country in `_from_article_places`."""
    return bodies and (_is_domestic(actor.name) or actor.name in b.class_bodies) and not is_international(actor)


def _studies_a_land(name: str) -> bool:
    """"Egyptologists", "Sinologists": scholars named for the land they study, of any country; a story
    about that land is about what they study, not where they are from."""
    for word in name.split():
        stem, sep, _ = word.partition("ologist")
        if sep and country_of(stem, cities=True):  # not "Biologists" opening a sentence
            return True
    return False


def _speaks_for_official(role: str | None) -> bool:
    """"spokesperson for the provincial governor", "a spokesman of the mayor": the voice of a local or
    domestic official acts where that official does."""
    if not role:
        return False
    _, sep, whose = role.partition(" for ")
    if not sep:
        _, sep, whose = role.partition(" of ")
    return bool(sep) and any(titles().get(w.lower()) in _OFFICIAL_KINDS for w in whose.split())


def _is_domestic(name: str) -> bool:
    """A body of the country it acts in: its head word is a government, a court, a board, a party, a school
    ("the Supreme Court", "the Transport Safety Board"); or a museum, zoo, library or park named "National"
    or "Federal" ("the National Zoo"): the state's own place, in a story about that one state. A "National"
    centre or survey is not: a national weather centre or geological survey reports on storms and
    earthquakes abroad; nor is a "National" company, league or charity ("National Rifle Association")."""
    words = name.split()
    kind = public_head(name)  # "Ministry of Defence": the word before "of" when the last is no head
    if kind in _DOMESTIC_HEADS:  # "the state senate" too
        return True
    return words[0] in ("National", "Federal") and (kind == "culture" or words[-1] in _STATE_PLACES)

