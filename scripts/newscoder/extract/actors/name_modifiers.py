"""A person's name used as the modifier of a collective noun is not a mention of that person.

"the Ferreira family", "the Ray administration", "the Lopez campaign": the words name a family, a
government or an organisation that bears the person's name, not the person acting. Such a mention is
taken off the person ("administration", "campaign": only when another actor, such as the state, already
has the phrase); a person left with no name or title mention at all (named only that way) is no actor of
the article, and pronouns that were linked to them go with them. "Ferreira's family" (a
possessive) stays: there the person is named as someone's relative.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder import lexicons
from newscoder.extract.actors.word_lists import NON_ACTOR_LABELS, csv_column, is_acronym, org_heads
from newscoder.extract.doctext import char_span, doc_ents, doc_tokens
from newscoder.resolve.countries import iso3_for_name
from newscoder.resolve.subdivisions import subdivision_country

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

# kin nouns a surname modifies without naming the person as actor
KIN_NOUNS = frozenset({"family", "families", "dynasty", "clan", "household"})
# bodies a person leads: "the Ray administration" is that person's government or organisation, but with
# no other actor for the phrase the person stays its one actor (the side of an event it acts in)
LED_NOUNS = frozenset({"administration", "campaign"})


def drop_modifier_mentions(b: ActorBuilder, doc: Doc) -> None:
    """Remove person name mentions directly followed by a collective noun ("the Ray family")."""
    toks = doc_tokens(doc)
    gone = []
    for m in b.mentions:
        if m.mention_kind != "name" or b.by_key(m.actor_key).actor_type != "person":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or span.end >= len(toks):
            continue
        nxt = toks[span.end]
        if not toks[span.end - 1].whitespace_:
            continue
        if nxt.lower_ in KIN_NOUNS or nxt.lower_ in LED_NOUNS and _covered(b, m, nxt.idx + len(nxt.text)):
            gone.append(m)
    gone += _only_modifiers_of_things(b, doc)
    gone += _only_names_of_occasions(b, doc)
    gone += _models_and_places(b, doc)
    gone += _networks_of_stations(b, doc)
    gone += _names_inside_names(b, doc)
    gone += _makers_of_products(b, doc)
    gone += _titled_states(b, doc)
    if not gone:
        return
    gone_ids = {id(m) for m in gone}
    b.mentions = [m for m in b.mentions if id(m) not in gone_ids]
    named = {m.actor_key for m in b.mentions if m.mention_kind in ("name", "title", "metonym")}
    lost = {m.actor_key for m in gone} - named
    lost -= {a.parent_key for a in b.actors.values() if a.parent_key}
    if lost:
        b.mentions = [m for m in b.mentions if m.actor_key not in lost]
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in lost}


# words right before a person's name that make the name (and what follows it) the title of a work
_TITLE_VERBS = frozenset({"titled", "entitled"})
# "X and His Band": a capitalised possessive inside a name, after "and"
_NAMED_POSSESSIVES = frozenset({"His", "Her"})


@functools.cache
def _work_nouns() -> frozenset[str]:
    """Nouns of a work (`data/non_actor_classifiers.csv`, label WORK_OF_ART): "the radio show X in the
    Morning", "the film X": the name right after one is the work's title."""
    return frozenset(r["word"].strip().lower() for r in lexicons.rows("non_actor_classifiers")
                     if r["label"].strip() == "WORK_OF_ART")


def _names_inside_names(b: ActorBuilder, doc: Doc) -> list:
    """A person's name inside the name of a work, a law, a building or an event is no mention of the
    person: "The Ana Ray Show", "the Ana Ray Voting Act" (after "the", a compound of a capitalised word the
    model labels a non-actor or that is a noun of a work); "Ana Ray and His Orchestra" (a band: the name and
    its capitalised "His"); a title after "titled"/"entitled" ("a film titled Ana Ray: The Years") or right
    after a noun of a work ("the talk show Ana Ray's Friends"). An organisation named after a person ("the
    Ana Ray Foundation") is left alone: the dev sets (GUM) count a name nested in a body's name as the
    person's mention. "the Ray family" is read elsewhere; a possessive ("Ana Ray's Foundation") stays."""
    toks = doc_tokens(doc)
    out = []
    titles = None
    for m in b.mentions:
        if m.mention_kind not in ("name", "pronoun") or b.by_key(m.actor_key).actor_type != "person":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        if m.mention_kind == "name":
            if titles is None:
                titles = _titles_of_things(b, doc)
            if any(s <= span.start and span.end < e and _title_goes_on(toks, s, span.end, e) for s, e in titles):
                out.append(m)
                continue
        if span.end >= len(toks):
            continue
        nxt = toks[span.end]
        if m.mention_kind == "pronoun":
            # "and His Band of ...": a capitalised possessive mid-sentence before a capitalised word
            if span.text in _NAMED_POSSESSIVES and not span[0].is_sent_start and span.start > 0 \
                    and toks[span.start - 1].lower_ == "and" and nxt.is_title and nxt.is_alpha:
                out.append(m)
            continue
        before = toks[span.start - 1] if span.start > 0 else None
        if before is not None and (before.lower_ in _TITLE_VERBS
                                   or before.pos_ == "NOUN" and before.is_lower and before.lower_ in _work_nouns()):
            out.append(m)
        elif before is not None and before.lower_ == "the" and toks[span.end - 1].whitespace_ \
                and nxt.is_title and nxt.is_alpha and nxt.ent_type_ != "PERSON" \
                and span.root.dep_ in ("compound", "nmod") and span.root.head.i >= span.end \
                and (nxt.ent_type_ in NON_ACTOR_LABELS or nxt.lower_ in _work_nouns()):
            out.append(m)
        elif span.end + 2 < len(toks) and nxt.lower_ == "and" and toks[span.end + 1].text in _NAMED_POSSESSIVES \
                and toks[span.end + 2].is_title:
            out.append(m)
    return out


@functools.cache
def _honorifics() -> frozenset[str]:
    """Honorifics (data/titles.csv kind honorific: "Mr", "Sir") and the two a pageant title or a nickname
    is made of ("Mister", "Miss")."""
    return frozenset(r["title"].lower().rstrip(".") for r in lexicons.rows("titles") if r["kind"] == "honorific") \
        | {"mister", "miss"}


def _titled_states(b: ActorBuilder, doc: Doc) -> list:
    """A state's name right after a capitalised honorific ("Mister Kelbia", "Miss Kelbia", "Sir Kelbia")
    is a title: of a pageant, a work, a character or a nickname. A state holds no honorific, so the name
    there is no mention of the state acting; the state keeps its other mentions."""
    toks = doc_tokens(doc)
    out = []
    for m in b.mentions:
        if m.mention_kind != "name" or b.by_key(m.actor_key).actor_type != "state":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or span.start < 1:
            continue
        before = toks[span.start - 1]
        if before.is_title and before.whitespace_ and before.lower_.rstrip(".") in _honorifics():
            out.append(m)
    return out


# the model's labels of a named thing that may hold a person's name in its title: a work ("Ray in the
# Morning"), an event ("the Ana Ray Memorial Cup"), a body's name drawn over a show's title
_TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "ORG", "LAW", "PRODUCT", "FAC"})


def _titles_of_things(b: ActorBuilder, doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the model's entities of a thing (a work, an event, a body's name) that no actor row
    of the article has as its own mention: a person's name inside one is part of the title, not the
    person ("the station replaced Ray in the Morning"). A body named after a person that is a row of its
    own ("the Ana Ray Foundation") is left out: the dev sets count the nested name as the person's."""
    own = {(m.char_start, m.char_end) for m in b.mentions if b.by_key(m.actor_key).actor_type != "person"}
    out = []
    for e in doc_ents(doc):
        if e.label_ not in _TITLE_LABELS or len(e) < 2:
            continue
        if any(cs < e.end_char and e.start_char < ce for cs, ce in own):
            continue
        out.append((e.start, e.end))
    return out


_TITLE_FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ"})


def _title_goes_on(toks: list, start: int, name_end: int, end: int) -> bool:
    """The entity goes on past the person's name as a title does: only capitalised words and the small
    words of a title ("in the", "and") up to a capitalised last word, one of them no proper name ("Ray in
    the Morning", "The Ana Ray Show"). A span the model drew over a name and what stands next to it ("Ana
    Ray of", "Ana Ray QC", "Ana Ray's", "Senator Ana Ray") is no title."""
    after = toks[name_end:end]
    if not after[-1].is_title or not after[-1].is_alpha:
        return False
    if not all(t.is_alpha and (t.is_title or t.is_lower and t.pos_ in _TITLE_FUNCTION_POS) for t in after):
        return False
    # "Ana Ray Urrutia": a longer form of the name itself, all proper names
    return any(t.pos_ != "PROPN" or t.lower_ in _work_nouns() for t in after)


# nouns after a network's name that make it the modifier of one station of it: "KBX affiliate WQRT"
_STATION_NOUNS = frozenset({"station", "stations", "affiliate", "affiliates"})


def _networks_of_stations(b: ActorBuilder, doc: Doc) -> list:
    """"told KBX station WQRT-TV", "KBX affiliate WQRT": an organisation's name right before "station" or
    "affiliate" and the station's own capitalised name says which network the station belongs to; the
    station speaks, not the network (nor its news division), so the name is no mention of it."""
    toks = doc_tokens(doc)
    out = []
    for m in b.mentions:
        if m.mention_kind != "name" or b.by_key(m.actor_key).actor_type != "organization":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(toks):
            continue
        noun, name = toks[span.end], toks[span.end + 1]
        if noun.lower_ in _STATION_NOUNS and noun.is_lower and name.text[:1].isupper() \
                and (name.ent_type_ == "ORG" or is_acronym(name.text)):
            out.append(m)
    return out


# a model designation after a maker's name: "737", "747s", "A320", "F-16" is split by the tokenizer
_MODEL = re.compile(r"^[A-Z]{0,2}\d{2,4}[A-Za-z]{0,3}$")


def _models_and_places(b: ActorBuilder, doc: Doc) -> list:
    """Name mentions that name something else: a maker's name before a model designation ("a Boeing 737",
    "flies Airbus A320s": the aircraft, a product), and a one-word person's name followed by a comma and a
    state or country ("a man of Allen, Texas": the town). The actor keeps its other mentions; one left with
    none is no actor of the article."""
    toks = doc_tokens(doc)
    out = []
    for m in b.mentions:
        if m.mention_kind != "name":
            continue
        actor_type = b.by_key(m.actor_key).actor_type
        if actor_type not in ("organization", "person"):
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(toks):
            continue
        nxt = toks[span.end]
        if actor_type == "organization" and toks[span.end - 1].whitespace_ and _MODEL.match(nxt.text) \
                and any(c.isdigit() for c in nxt.text):
            out.append(m)
        elif actor_type == "person" and len(span) == 1 and nxt.text == "," \
                and toks[span.end + 1].ent_type_ == "GPE" and toks[span.end + 1].ent_iob_ == "B" \
                and toks[span.end + 1].text[:1].isupper() and _state_or_country(toks, span.end + 1):
            out.append(m)
    return out


# device nouns (data/device_nouns.csv) of a company's product or hosted service: "Kelbo storage buckets";
# not a company's own equipment ("Kelbo web servers", "the Kelbo database": the company runs them, as it
# would "its servers"), not media a body makes ("Kelbo videos", "footage", "recording": the body speaks
# through them) nor sensing devices (camera, drone, satellite, sensor: often a state's or an army's own)
_SERVICE_DEVICES = frozenset({"app", "bucket", "software", "storage"})


@functools.cache
def _product_heads() -> frozenset[str]:
    return csv_column("product_nouns", "noun") | _SERVICE_DEVICES


def _makers_of_products(b: ActorBuilder, doc: Doc) -> list:
    """"data left open on Kelbo Cloud storage buckets", "a Kelbatel phone": an organisation's name that only
    modifies (compound, past other modifiers and a product's own name) a noun of a product or a hosted
    service (data/product_nouns.csv and service devices) names the product, not the company acting. The
    company keeps its other mentions; one left with none goes (`drop_modifier_mentions`)."""
    out = []
    for m in b.mentions:
        if m.mention_kind != "name" or b.by_key(m.actor_key).actor_type != "organization":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        if tok.dep_ not in ("compound", "nmod") or tok.head.i < span.end:
            continue
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "Kelbo Cloud storage buckets": past the product's name to the phrase's head
        if head.pos_ == "NOUN" and (head.lemma_.lower() in _product_heads() or head.lower_ in _product_heads()):
            out.append(m)
    return out


def _state_or_country(toks: list[Token], i: int) -> bool:
    """Is the GPE entity starting at token i a country or a first-level subdivision (a US state)?"""
    end = i
    while end + 1 < len(toks) and toks[end + 1].ent_iob_ == "I":
        end += 1
    name = " ".join(t.text for t in toks[i : end + 1])
    return bool(iso3_for_name(name) or subdivision_country(name))


def _covered(b: ActorBuilder, m, end: int) -> bool:
    """Does another actor's mention span the name and the noun after it ("the Ray administration" as a
    descriptor of the state)?"""
    return any(o.actor_key != m.actor_key and o.char_start <= m.char_start and o.char_end >= end
               for o in b.mentions)


def _only_modifiers_of_things(b: ActorBuilder, doc: Doc) -> list:
    """"Kelbo sculptures", "Zorg cards": a "person" (or a one-word organisation: a brand) every name mention
    of whom modifies a plural common noun of things (tagged NNS, not a word for people: data/agent_nouns.csv,
    an agent suffix, a group noun) names a kind of thing, not someone; those mentions go (and with them the
    actor). A person also named elsewhere keeps every mention ("the Ray tariffs" stays a mention of Ray)."""
    toks = doc_tokens(doc)
    by_actor: dict[str, list] = {}
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        # (an organisation of one word too, in a caption line: "KMX superheroes", a brand naming a kind; but a
        # body's full name before "records" and a body named by its class word, "Navy ships"
        # (data/org_heads.csv), are still the body)
        if m.mention_kind in ("name", "title") and (
                actor.actor_type == "person" or actor.actor_type == "organization" and " " not in actor.name
                and actor.name.capitalize() not in org_heads()):
            by_actor.setdefault(m.actor_key, []).append(m)
    out = []
    for key, ms in by_actor.items():
        if b.by_key(key).registry_id is not None:
            continue
        things = []
        for m in ms:
            span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
            if span is None or span.end >= len(toks) or not toks[span.end - 1].whitespace_:
                break
            nxt = toks[span.end]
            # (the head noun right after the name; in a caption with no verb the parser may call the name
            # the noun's subject, still its modifier)
            if m.mention_kind != "name" or span.root.head.i != nxt.i or _people_noun(nxt) \
                    or not (nxt.tag_ == "NNS" and nxt.pos_ == "NOUN"
                            or " " not in m.text and _caption_plural(toks, nxt)):
                break
            if b.by_key(key).actor_type == "organization" and not _ends_line(toks, nxt):
                break  # "Kelco sales dropped": a firm's own sales, shares; only a caption line names a kind
            things.append(m)
        else:
            out += things
    return out


# nouns of a gathering or a staged occasion: a name right before one ("the Kelby Forward rally", "an Ana
# Ray panel") names the occasion or its theme; the organiser is named by itself elsewhere if it acts
OCCASION_NOUNS = frozenset({"rally", "rallies", "march", "marches", "protest", "protests", "demonstration",
                            "demonstrations", "vigil", "parade", "panel", "panels", "concert", "festival",
                            "gala", "fair", "ceremony", "convention", "conference", "summit", "telethon"})


def _only_names_of_occasions(b: ActorBuilder, doc: Doc) -> list:
    """"the Kelby Forward rally", "a Starfield panel": an unregistered name every mention of which is a name
    written right before a noun of a gathering (OCCASION_NOUNS) is the occasion's name, not an actor; its
    mentions go, and with them the actor. A body's name (an organisation word last: data/org_heads.csv, or
    an acronym: "the NRA convention") is its organiser and stays; so does any name also written alone."""
    toks = doc_tokens(doc)
    by_actor: dict[str, list] = {}
    for m in b.mentions:
        by_actor.setdefault(m.actor_key, []).append(m)
    out = []
    for key, ms in by_actor.items():
        actor = b.by_key(key)
        words = actor.name.split()
        if actor.registry_id is not None or actor.actor_type not in ("organization", "person") \
                or words[-1] in org_heads() or is_acronym(actor.name):
            continue
        for m in ms:
            span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
            if m.mention_kind != "name" or span is None or span.end >= len(toks) \
                    or not toks[span.end - 1].whitespace_ or toks[span.end].lower_ not in OCCASION_NOUNS \
                    or toks[span.end].pos_ != "NOUN":
                break
        else:
            out += ms
    return out


def _people_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in lexicons.words("agent_nouns", "word") or tok.lower_ in csv_column("group_nouns.csv", "noun") \
        or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent")) or lemma in lexicons.words("person_nouns", "noun")


def _ends_line(toks: list[Token], tok: Token) -> bool:
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
    return nxt is None or nxt.is_space and "\n" in nxt.text


def _caption_plural(toks: list[Token], tok: Token) -> bool:
    """"Kelbomon sculptures" alone on its line (a caption): the tagger may read the plural as a verb
    ("sculptures" VBZ); a lower-case "-s" word ending the line right after a one-word name is the noun
    ("Violinist Ana Ray performs": a person's full name before a verb is a person acting)."""
    nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
    return tok.tag_ == "VBZ" and tok.text.islower() and tok.text.endswith("s") \
        and (nxt is None or nxt.is_space and "\n" in nxt.text)
