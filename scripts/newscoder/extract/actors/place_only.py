"""States named only as places ("was treated in Singapore", "tourists from Canada", "Aleppo, Syria"), and
the place-only mentions of states that act.

A country the article mentions only as where something happened or where someone comes from is a
location, not an actor (the audit rubric: "a place used only as a location"). Its name mentions are all
the object of a locative preposition or the country after a city; such a state gets no actor row. A state
that acts, is acted on, owns something ("Cuba's government"), is referred to again ("it") or is the parent
of another actor of the article stays.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract.actors.entities import _SCORE, locative  # a score ("2-1"), as match reports are read
from newscoder.extract.actors.word_lists import GOV_HEADS, csv_column
from newscoder.extract.doctext import char_span, doc_ents, doc_text, doc_tokens
from newscoder.resolve.countries import is_part_name, iso3_for_capital, iso3_for_demonym, iso3_for_name
from newscoder.resolve.places import country_of_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import ActorAnalysis, Event, Mention, Quote


def _located(doc: Doc, start: int) -> bool:
    """A locative preposition before token `start` (or before its "the"). "from" counts only after a noun
    ("tourists from Canada", "a fourth from Germany"): after a verb the country is often the party acted
    on ("withdrew its troops from Chad")."""
    toks = doc_tokens(doc)
    if start > 1 and toks[start - 1].lower_ == "the":
        start -= 1
    if start < 1:
        return False
    prep = toks[start - 1]
    if not locative(doc, start):
        return _on_a_track(prep) or _one_of_listed_places(prep) or _on_a_route(prep)
    # "from" after a noun or "be" ("tourists from X", "two were from X"): where someone comes from
    # "Ana Ray and Bo Li, both from X": "both" or "each" on the "from" says where the people named come from
    if prep.lower_ == "from" and any(c.lower_ in ("both", "all", "each") for c in prep.children):
        return True
    if prep.lower_ == "from" and _from_motion(prep):
        return True  # "the shots came from X", "the birds disappeared from X": where the thing moved from
    if prep.lower_ == "from" and _people_before_from(prep):
        return True  # "to help migrants from X", "won by Ana Ray from X": where those people come from
    # "agencies from X", "officials from X": the state's own bodies or envoys, through which it acts
    if prep.lower_ == "from" and (prep.head.lemma_.lower() in _STATE_AGENTS
                                  or prep.head.lower_ in csv_column("body_nouns.csv", "noun")):
        return False
    return prep.lower_ != "from" or prep.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or prep.head.lemma_ == "be" \
        or _nominal_adjective(prep.head) or _on_a_route(prep)


# verbs of something moving away, with no object of their own: "from X" after one is where it starts;
# verbs of where a user or a station is ("a user registered from X", "broadcasting from X")
# (not "withdrew its troops from X", "expelled envoys from X": the state may be the party acted on)
_FROM_MOTION_VERBS = frozenset({"come", "disappear", "vanish", "flee", "escape", "emigrate", "migrate", "depart",
                                "arrive", "travel", "originate", "hail", "register", "operate", "broadcast"})


def _from_motion(prep) -> bool:
    while prep.dep_ == "conj" and prep.head.lower_ == "from":
        prep = prep.head  # "came from parts of X and from Y": the second "from" hangs on the first
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _FROM_MOTION_VERBS \
        and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _people_before_from(prep) -> bool:
    """"to assist migrants from X", "won by Ana Ray also from X": the parser often hangs "from" on the verb,
    though it follows a word for people (`data/group_nouns.csv`, `data/population_nouns.csv`) or a person's
    name that is an argument of the same verb. "from X" there says where those people come from, as it does
    when it hangs on the noun ("tourists from X", `_located`). A state's agents and envoys ("expelled
    diplomats from X", "withdrew troops from X") are not people words here: the state may be the party."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or prep.i < 1:
        return False
    prev = prep.doc[prep.i - 1]
    while prev.pos_ == "ADV" and prev.i > 0:
        prev = prep.doc[prev.i - 1]  # "Ana Ray also from X"
    arg = prev.head if prev.dep_ == "pobj" and prev.head.dep_ == "agent" else prev  # "won by Ana Ray"
    if arg.head.i != verb.i or arg.dep_ not in ("dobj", "nsubj", "nsubjpass", "agent", "pobj") \
            or prev.lemma_.lower() in _STATE_AGENTS:
        return False
    if prev.ent_type_ == "PERSON":
        return True
    return prev.tag_ == "NNS" and (prev.lower_ in csv_column("group_nouns.csv", "noun")
                                   or prev.lower_ in _population_nouns())


# verbs of going into, out of or through a place, whose object is that place: "troops left X", "the storm
# reached X", "visitors entering X" (not "invaded X", "attacked X": the state is the one attacked; not
# "visited X", "toured X": a state visit's host is the event's target)
_PLACE_OBJECT_VERBS = frozenset({"leave", "enter", "reach", "exit", "cross", "depart", "clear"})


def _place_object(root) -> bool:
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in _PLACE_OBJECT_VERBS


# nouns after which "of <capital>" is the state's own act or stance ("the response of <capital>"); after any
# other noun ("the mayor of <capital>", "a relic of <capital>") the capital is the city
_STANCE_NOUNS = frozenset({"position", "stance", "response", "reaction", "decision", "demand", "policy", "view",
                           "request", "support", "approval", "refusal", "move", "plan", "proposal", "offer",
                           "claim", "accusation", "statement", "warning", "threat", "role", "side", "ally",
                           "relation", "relationship", "tie", "pressure", "influence", "interest", "behalf"})


def _capital_of_thing(root) -> bool:
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of":
        return False
    owner = prep.head
    return owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() not in _STANCE_NOUNS \
        and owner.lemma_.lower() not in GOV_HEADS and owner.lemma_.lower() not in _event_nouns()


@functools.cache
def _event_nouns() -> frozenset[str]:
    """Nouns of events (data/event_lexicon.csv): "the attack of <capital>" may be the state's act."""
    return frozenset(r["lemma"].lower() for r in lexicons.rows("event_lexicon") if r["pos"] == "noun")


# nouns of a state's bodies and envoys: "from X" after them names whose they are, not where they are
_STATE_AGENTS = frozenset({"agency", "official", "authority", "delegation", "delegate", "diplomat", "envoy",
                           "representative", "minister", "ministry", "government", "force", "troop", "soldier"})


def _nominal_adjective(tok) -> bool:
    """An adjective in a noun's place ("X, an ethnic Kurd from Y" when the parser tags the people word an
    adjective): set off as an apposition or a subject or object, or joined to one ("one from Y and a second
    from Z"), it names a person, so "from Y" is where the person comes from."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("appos", "nsubj", "nsubjpass", "dobj", "pobj", "conj")


_PLACE_CLASSES = frozenset({"country", "nation", "state", "place", "region", "location", "city", "territory",
                            "possession", "dependency", "colony", "island", "province"})
_EXAMPLE_PREPS = frozenset({"including", "like", "as"})


def _one_of_listed_places(prep) -> bool:
    """"attacks in countries including X", "sold in nations such as X": an example of a class of places that
    is itself where something happens (not "nations including X signed the pact")."""
    if prep.lower_ not in _EXAMPLE_PREPS:
        return False
    cls = prep.head
    if cls.lower_ == "such" and cls.head.pos_ == "NOUN":
        cls = cls.head  # "nations such as X": "as" hangs from "such"
    if cls.lemma_.lower() in _GOAL_CLASSES:
        return True  # "flights to destinations including X": where the planes go, wherever the class hangs
    first = cls
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "born in the states and other possessions, such as X": the list's first item
    return cls.lemma_.lower() in _PLACE_CLASSES and first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE_HEADS


# classes of places things go to: an example of one is a place whatever the sentence does with the class
_GOAL_CLASSES = frozenset({"destination", "stopover"})
# verbs of going somewhere: "fled to X", "migrated to X" (not "sent aid to X": the one given to may act)
_GOING_VERBS = frozenset({"flee", "migrate", "emigrate", "relocate", "return", "travel", "move", "go", "sail",
                          "fly", "drive", "walk", "swim", "head", "journey", "cross", "smuggle"})


def _on_a_route(prep) -> bool:
    """"from X to Y" on one verb or noun ("smugglers took them from X to Y", "flights from X to Y"): the two
    ends of a route; "to X" after a verb of going ("fled to X"). Both are where someone goes, not parties."""
    low, head = prep.lower_, prep.head
    if low not in ("to", "from"):
        return False
    other = "from" if low == "to" else "to"
    if any(c.dep_ == "prep" and c.lower_ == other and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")
                                                          for g in c.children) for c in head.children):
        return True
    if low == "to" and head.pos_ in ("NOUN", "PROPN"):
        return head.lemma_.lower() in _GOING_NOUNS  # "a visit to X", "a trip to X": where someone goes
    return low == "to" and head.pos_ == "VERB" and head.lemma_.lower() in _GOING_VERBS


# nouns of someone's journey: "to X" after one names where it ends (not "aid to X": the one given to; not
# "flights to X", "routes to X": a service between states, which a ban or a deal on it targets)
_GOING_NOUNS = frozenset({"visit", "trip", "journey", "voyage", "tour", "travel", "migration"})


@functools.cache
def _place_parts() -> frozenset[str]:
    """Nouns of a piece of a place ("coast", "waters", "parts": data/place_part_nouns.csv) and of a place
    within a country ("region", "capital", "island": data/place_nouns.csv): "the coast of X", "X's capital",
    "the Kelbian island of Y" use X only as where that piece lies."""
    return csv_column("place_part_nouns", "noun") | csv_column("place_nouns", "noun")


def _place_part(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in _place_parts() or tok.lemma_.lower() in _place_parts())


@functools.cache
def _incident_nouns() -> frozenset[str]:
    """Nouns of a violent incident (event_lexicon nouns of type ASSAULT: "bombing", "attack") and of a
    disaster (data/hazard_nouns.csv): "a <capital> car bombing" names where it happened."""
    assault = {r["lemma"].lower() for r in lexicons.rows("event_lexicon")
               if r["pos"] == "noun" and r["plover_type"] == "ASSAULT"}
    return frozenset(assault) | csv_column("hazard_nouns", "noun")


def _incident_modifier(tok) -> bool:
    """A capital standing for its state written as a modifier of an incident noun, past other modifiers
    ("a <capital> car bombing"): the place it happened, not the state. A country's name is not read here:
    "a <country> drone attack" often names the attacker."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in _incident_nouns() or tok.lower_ in _incident_nouns()):
            return True
    return False


_LOCATIVE_HEADS = frozenset({"in", "at", "across", "throughout", "within", "inside"})

# the words by which an article refers back to a state as a whole: "the country", "this nation", "the kingdom"
_COUNTRY_WORDS = frozenset({"country", "nation", "kingdom", "republic"})


def _descriptor_located(root) -> bool:
    """"troops now in the country", "doctors in this country", "unrest inside the kingdom", "smuggled out of
    the country", "people in the rest of the country": a word for the state as the object of a locative
    preposition, of "out of", or of "of" on a piece of it ("the rest of", "parts of") is where things are,
    not the state acting. Its possessive ("the country's border") and "of" on any other noun ("the
    government of the country") are left: there the state owns or acts."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in _LOCATIVE_HEADS:
        return True
    if prep.lower_ != "of":
        return False
    owner = prep.head
    return owner.lower_ == "out" or owner.pos_ == "NOUN" and (owner.lemma_.lower() == "rest" or _place_part(owner))


# where a moving thing (a storm, a ship, a plane) is or goes relative to a place
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west", "northward", "southward"})
_TRACK_PREPS = frozenset({"over", "off", "past", "toward", "towards", "along", "around", "through", "outside"})
_MOTION_VERBS = frozenset({"pass", "sail", "fly", "drive", "move", "travel", "go", "head", "drift", "track"})
_NOTICE_NOUNS = frozenset({"effect", "warning", "watch", "advisory", "alert"})


def _on_a_track(prep) -> bool:
    """"west of X", "pass by X", "over X", "warnings for X": the place a track runs by or a notice covers."""
    low, head = prep.lower_, prep.head
    if low in _TRACK_PREPS:
        return True
    if low == "of":
        return head.lower_ in _COMPASS or _place_part(head)  # "50 miles west of X", "the coast of X"
    if low == "by":
        return prep.dep_ != "agent" and head.lemma_.lower() in _MOTION_VERBS  # "pass by X", not "hit by X"
    if low == "for":
        return head.lemma_.lower() in _NOTICE_NOUNS  # "a warning for X", "in effect for X"
    if low == "as":
        return head.lower_ in _COMPASS  # "as far north as X": how far a range or a track reaches
    if low == "on":
        # "made landfall on X", "the storm's landfall on X": where a storm came ashore
        return head.lemma_.lower() == "landfall" or any(c.dep_ == "dobj" and c.lemma_.lower() == "landfall"
                                                        for c in head.children)
    return False


def _as_place(doc: Doc, m: Mention) -> bool:
    toks = doc_tokens(doc)
    if m.mention_kind == "descriptor":
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is not None and span.root.lemma_.lower() in _COUNTRY_WORDS and (
                _place_object(span.root) or _descriptor_located(span.root) or _owns_a_piece(doc, span)):
            return True  # "they left the country", "troops now in the country", "out of the kingdom"
        # "the Kelbian island of Y": a piece of the country, named; not "the island" (the island state itself)
        return span is not None and _place_part(span.root) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
            for c in span.root.children)
    if m.mention_kind not in ("name", "metonym"):
        return False  # a metonym too: "a few miles off <capital>", "a trip to <the seat of government>"
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return False
    if span.end < len(doc) and toks[span.end].tag_ == "POS":
        # "Syria's": an owner, not a place; but "X's coast", "X's capital", "X's Kelby Bay" is a piece of it
        return _owns_a_piece(doc, span)
    if _located(doc, span.start):
        return True  # "in Singapore", "tourists from the Netherlands"
    if m.mention_kind == "metonym" and (_incident_modifier(span.root) or _capital_of_thing(span.root)
                                        or _venue_modifier(span.root) or _listed_with_places(doc, span.root)
                                        or _named_as_city(span) or _city_of_its_office(span)):
        return True
    if _place_object(span.root):
        return True  # "troops left X", "the storm reached X"
    if m.mention_kind == "name" and _names_an_area(span.root):
        return True  # "in the X/Y border region", "the X-Y area"
    if _located_past_modifiers(span) or _struck_by_hazard(span.root):
        return True  # "in northern X", "a warning in the northwestern X"; "an earthquake struck X"
    if m.mention_kind == "name" and (_population_modifier(span.root) or _population_of(span.root)
                                     or _site_modifier(span.root) or _sports_side(span.root)):
        return True  # "X people never back down", "the residents of X"; "if X defeated Y in the cricket final"
    if m.mention_kind == "name" and span.root.dep_ == "npadvmod" \
            and span.root.head.lemma_.lower() in ("base", "headquarter"):
        return True  # "an X-based court": where the body sits
    first = span.root
    while first.head.i < first.i and (first.dep_ == "conj" or first.dep_ == "appos" and first.head.ent_type_ == "GPE"):
        # "from Canada and Germany": the first of the list is the one after the preposition; in a long
        # list the parser may hang the second country on the first as an apposition ("in X, Y, Z and W")
        first = first.head
    if first.i != span.root.i and first.ent_type_ == "GPE":
        start = first.i
        while start > 0 and toks[start].ent_iob_ == "I":
            start -= 1
        if _located(doc, start):
            return True
    # "Aleppo, Syria": the country after a city, the city's address (not a list: "Iran, Libya")
    if span.start < 2 or toks[span.start - 1].text != ",":
        return False
    before = toks[span.start - 2]
    if before.ent_type_ in ("ORG", "FAC"):
        # "Z District Court, X": the country after a named court or plant is its address
        if span.root.dep_ == "appos" and before.lemma_.lower() in _SITE_NOUNS:
            return True
    if _fronted_place(doc, span):
        return False  # "In Kelby, X has built ...": the place is the clause's setting, X its subject
    if before.ent_type_ == "GPE":
        city = next((e for e in doc_ents(doc) if e.start <= span.start - 2 < e.end), None)
        if city is not None and iso3_for_name(city.text) is None and iso3_for_demonym(city.text) is None:
            return True
    return _address_of_subnational_place(doc, span)


# nouns of a stretch of land named by the states it lies in or between: "the X/Y region", "the X-Y border"
_AREA_NOUNS = frozenset({"region", "area", "border", "borderland", "borderlands", "frontier", "zone"})


def _names_an_area(root) -> bool:
    """"in the X/Y region", "the X-Y border area", "the X border": a country's name as a modifier (compound or
    nmod, through the other names of a slash or hyphen pair) of a noun of a stretch of land names where that
    land lies, not the state. Only when that noun heads its phrase: in "X border guards", "X-Y border
    talks" the noun modifies a body or an act, which may be the state's."""
    tok = root
    while tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _AREA_NOUNS:
            while tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in _AREA_NOUNS:
                tok = tok.head  # "the X/Y border region"
            return tok.dep_ not in ("compound", "nmod", "amod")
        if tok.ent_type_ != "GPE":
            return False
    return False


def _owns_a_piece(doc: Doc, span) -> bool:
    """"X's coast", "X's capital", "X's Kelby Bay", "the country's capital", "the nation's north": a state's
    possessive, by name or by a word for it, on a piece of its land (or a compass point of it) is where that
    piece lies, not the state owning or acting. "the country's border", "X's economy", "X's cabinet" stay."""
    toks = doc_tokens(doc)
    end = span.end - 1 if toks[span.end - 1].tag_ == "POS" else span.end  # the span may hold the "'s"
    if end >= len(toks) or toks[end].tag_ != "POS" or end <= span.start:
        return False
    owned = span.root.head
    return span.root.dep_ == "poss" and owned.i > end and (
        _place_part(owned) or owned.ent_type_ in ("LOC", "GPE", "FAC") or _located_owned(owned)
        or owned.pos_ == "NOUN" and owned.lower_ in _COMPASS)


_VISIT_VERBS = frozenset({"visit", "tour"})
_PAST_MODIFIER_PREPS = frozenset({"in", "at", "near", "across", "throughout", "inside", "within"})
_DIRECTION_PREPS = frozenset({"into", "to", "from", "toward", "towards"})


def _compass_adjective(tok) -> bool:
    """"northern", "north-eastern", "southwestern", "central": a part of a country by the compass."""
    low = tok.lower_.replace("-", "")
    return low == "central" or low.endswith("ern") and low[:-3] in _COMPASS_ROOTS


_COMPASS_ROOTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


# nouns of a business's premises or a performance held in a city: "its <capital> branch", "the <capital>
# concerts"; with the sites of data/site_nouns.csv, a capital modifying one names the city it is in
_VENUE_NOUNS = frozenset({"restaurant", "branch", "location", "office", "store", "shop", "outlet", "cafe", "bar",
                          "club", "studio", "concert", "gig", "show", "premiere", "performance", "bureau"})


def _venue_modifier(root) -> bool:
    """A capital as a modifier of a venue or business noun ("the firm's <capital> restaurant", "its <capital>
    branch", "<capital> and Oslo concerts"): the city where the premises stand, not the state. A state's
    bases and embassies (`_OWN_SITES`) are left: "<capital>'s embassy" and such are the state's own."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "<capital> and Oslo concerts": the list's first item hangs on the noun
    if root.dep_ not in ("compound", "nmod") or root.head.i < root.i:
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "the <capital> flagship restaurant": past the nouns between to the head
    low = head.lemma_.lower()
    # the head's tag is not read: the parser may tag a plural noun after a list a verb ("concerts")
    return low in _VENUE_NOUNS or head.lower_ in _VENUE_NOUNS or low in _site_nouns()


# prepositions that set a place apart from, or give it as one of, a class of places: "cities other than X",
# "towns except X", "ports such as X"
_SET_APART_PREPS = frozenset({"than", "except", "besides", "including", "like", "as"})


def _named_as_city(span) -> bool:
    """A capital named right after a place noun (data/place_nouns.csv: capital, city, town, port): "in the
    Kelbian capital Kelbo" (the noun as the capital's compound or the capital in apposition with it),
    "Kelbian cities other than Kelbo" (the capital set apart from a class of such places). The text itself
    calls the name a city, so it names the city, not the government seated there."""
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.whitespace_ and not span[0].is_sent_start \
            and _is_place_noun(before):
        return True  # "in Kelbian capital Kelbo": the noun right before the name, however the parser hangs it
    if root.dep_ == "appos" and root.head.i < root.i and _is_place_noun(root.head):
        return True  # "in the Kelbian capital Kelbo", "the capital, Kelbo"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _SET_APART_PREPS:
        return False
    cls = prep.head
    if cls.lower_ in ("other", "such") and cls.dep_ == "amod":
        cls = cls.head  # "cities other than X", "ports such as X": the adjective hangs on the class noun
    return _is_place_noun(cls)


# the offices of a city's own government: a capital that holds one is the city, not the state
_CITY_OFFICES = frozenset({"mayor", "mayoress", "alderman", "aldermen", "councillor", "councillors", "councilor",
                           "councilors", "selectman", "selectmen"})


def _city_office(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _CITY_OFFICES


def _city_of_its_office(span) -> bool:
    """A capital named with the city's own office in its sentence: "<capital>'s mayor", "the <capital>
    mayor", or "The mayor of <capital>, Ana Ray, wrote: '<capital> is mourning its own'". The sentence
    speaks of the city and its local government, so the capital there is the city, not the state seated
    in it ("the streets of <capital>" is read by `_capital_of_thing`). A state's own offices ("<capital>'s
    foreign minister") are not city offices."""
    root = span.root
    if root.dep_ in ("poss", "compound", "nmod") and _city_office(root.head):
        return True
    name = span.text.casefold()
    for tok in span.sent:
        if span.start <= tok.i < span.end or not _city_office(tok):
            continue
        for c in tok.children:
            held = c
            if c.dep_ == "prep" and c.lower_ == "of":
                held = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ not in ("poss", "compound", "nmod"):
                continue
            if held is not None and not span.start <= held.i < span.end \
                    and _compound_name(held).casefold() == name:
                return True
    return False


def _compound_name(tok) -> str:
    """A proper name with its compound parts before it ("New Delhi"), without what hangs after it."""
    parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, tok])


def _is_place_noun(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in _place_nouns() or tok.lemma_.lower() in _place_nouns())


def _listed_with_places(doc: Doc, root) -> bool:
    """A capital listed with a province, state or town ("Ohio, Utah, Virginia and <capital>"): one item of
    a list of places, the city, whatever the list hangs on. Not a list of states and capitals ("<capital>,
    Moscow and Tehran"): those may be the states acting."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    items, todo = [], [first]
    while todo:
        tok = todo.pop()
        items.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    if len(items) < 2:
        return False
    toks = doc_tokens(doc)
    for tok in items:
        if tok.i == root.i or tok.ent_type_ not in ("GPE", "LOC"):
            continue
        start, end = tok.i, tok.i + 1  # the item's whole entity ("New York"), read off its IOB tags
        while start > 0 and toks[start].ent_iob_ == "I":
            start -= 1
        while end < len(toks) and toks[end].ent_iob_ == "I":
            end += 1
        name = doc[start:end].text
        if not (iso3_for_name(name) or iso3_for_capital(name) or iso3_for_demonym(name)) and country_of_place(name):
            return True
    return False


def _located_past_modifiers(span) -> bool:
    """"in northern X", "in the eastern X", "in mainland X", "in central <capital>": the object of a
    locative preposition with the country's own modifiers between them (`_located` reads only the word
    right before the name). Not when the country is the subject of a relative clause ("in mainland X,
    which claims ..."): there it acts; nor in the place visited ("visiting a town in central X")."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.i >= span.start - 1:
        return False
    between = span.doc[prep.i + 1 : span.start]
    if prep.lower_ in _DIRECTION_PREPS:
        # "an offensive into north-eastern X", "flights to southern X": a part of the country by the compass
        # is a place whichever way one goes (not "aid to war-torn X", "a message to the X": the party itself)
        # "north-eastern" may come in three tokens hung on one another: each word hangs on the name or on
        # another word between
        return any(_compass_adjective(t) for t in between) and all(
            t.head.i == root.i or prep.i < t.head.i < span.start for t in between)
    if not (prep.lower_ in _PAST_MODIFIER_PREPS or _on_a_track(prep)):
        return False
    owner = prep.head
    if owner.lemma_.lower() in _VISIT_VERBS or owner.dep_ == "dobj" and owner.head.lemma_.lower() in _VISIT_VERBS:
        return False  # "visiting a province in central X": the host of a visit is its event's target (round 69)
    if not all(t.head.i == root.i and t.dep_ in ("det", "amod", "compound", "nmod", "advmod") for t in between):
        return False
    return not any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP")
                                             for g in c.children) for c in root.children)


@functools.cache
def _hazard_nouns() -> frozenset[str]:
    return csv_column("hazard_nouns", "noun")


def _is_hazard(tok) -> bool:
    """A noun of a natural event or accident (data/hazard_nouns.csv), or the antecedent of a relative pronoun
    that is one ("an earthquake that struck"), or whose antecedent is a measure of one ("an earthquake with
    magnitude 6 that struck")."""
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
        tok = tok.head.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.lemma_.lower() not in _hazard_nouns():
            tok = tok.head.head  # "an earthquake with (or of) magnitude 6 that struck ...": the event
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in _hazard_nouns() or tok.lower_ in _hazard_nouns())


# verbs whose subject names what befell the object: "the storm hit X", "X suffered an earthquake"
_BEFALL_VERBS = frozenset({"hit", "strike", "batter", "lash", "pound", "ravage", "devastate", "sweep", "shake",
                           "rock", "flood", "engulf", "affect"})
_UNDERGO_VERBS = frozenset({"suffer", "experience", "see", "endure", "record"})


def _struck_by_hazard(root) -> bool:
    """A country a natural event befalls: the object of "struck"/"hit" whose subject is a hazard noun ("an
    earthquake struck southern X"), the passive subject with such an agent ("X was hit by hurricanes"), or
    the subject of "suffered"/"experienced" with one as object ("X suffered an earthquake"). No state acts
    in any of them; the country is where the event happened. A war or an attack is no hazard noun, so
    "X suffered an attack" stays."""
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if root.dep_ == "dobj" and lemma in _BEFALL_VERBS:
        return any(c.dep_ == "nsubj" and _is_hazard(c) for c in verb.children)
    if root.dep_ == "nsubjpass" and lemma in _BEFALL_VERBS:
        return any(c.dep_ == "agent" and any(g.dep_ == "pobj" and _is_hazard(g) for g in c.children)
                   for c in verb.children)
    if root.dep_ == "nsubj" and lemma in _UNDERGO_VERBS:
        return any(c.dep_ == "dobj" and _is_hazard(c) for c in verb.children)
    return False


@functools.cache
def _population_nouns() -> frozenset[str]:
    return csv_column("population_nouns", "noun")


def _population_modifier(root) -> bool:
    """"X people never back down", "X fans", "X residents": a country's name as a modifier of a plural noun
    of a population (data/population_nouns.csv) names where those people live, not the state. Its bodies
    and agents ("X officials", "X troops", "X citizens") are not in the list and stay the state's."""
    head = root.head
    return root.dep_ in ("compound", "nmod") and head.i > root.i and head.tag_ == "NNS" \
        and head.lower_ in _population_nouns()


def _population_of(root) -> bool:
    """"the residents of X", "the inhabitants of X": the country after "of" on a plural noun of a population
    names where those people live, as "X residents" does (`_population_modifier`)."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ == "NNS" \
        and prep.head.lower_ in _population_nouns()


def _site_modifier(root) -> bool:
    """"the X production sites", "two X airports": a country's name modifying a noun of sites
    (data/site_nouns.csv) says where they are. Military bases are left out: "X bases" are as often the
    state's own abroad. Nouns of settlements are left out too: in "the X city of Y" the country is what an
    event coder reads as the home of Y's mayor."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Kelbian, Y and X production sites": the list's first item hangs on the noun
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "X production sites": past the nouns between to the phrase's head
    return root.dep_ in ("compound", "nmod", "amod") and head.i > root.i and head.pos_ == "NOUN" \
        and head.lemma_.lower() in _site_nouns()


def _located_owned(owned) -> bool:
    """"X's Andean University", "X's main airport", "X's national museum": a country's possessive on a
    school, museum or hospital (data/org_heads.csv kinds education and culture, and hospitals) or on a site
    people visit (data/site_nouns.csv) says where it is. A state's own bodies ("X's government", "X's
    National Institute of Statistics") and its industrial or military sites ("X's nuclear facility", "X's
    bases": a strike on them targets the state) are left out."""
    low = owned.lower_
    return low in _institution_words() or owned.lemma_.lower() in _site_nouns() - _OWNED_WORKS


@functools.cache
def _institution_words() -> frozenset[str]:
    heads = {r["word"].lower() for r in lexicons.rows("org_heads") if r["kind"] in ("education", "culture")}
    return frozenset(heads - _STATE_INSTITUTES | {"hospital", "hospitals", "clinic", "university", "universities",
                                                   "school", "schools", "museum", "museums"})


# heads of a state's own research or training bodies: "X's National Institute of ..." is the state's agency
_STATE_INSTITUTES = frozenset({"institute", "academy", "institution", "foundation"})
# sites a state runs as its own works: a strike on "X's nuclear facility" or "X's oil refinery" targets X
_OWNED_WORKS = frozenset({"plant", "refinery", "facility", "factory", "mine", "field", "oilfield", "airfield", "site",
                          "complex", "palace", "dam", "building", "tower", "camp"})


@functools.cache
def site_nouns() -> frozenset[str]:
    """Nouns of sites and buildings (data/site_nouns.csv), also read by `venue_places`."""
    return frozenset(csv_column("site_nouns", "noun"))


@functools.cache
def _site_nouns() -> frozenset[str]:
    return site_nouns() - _OWN_SITES


# sites a state keeps abroad as its own: "X bases in Y" are the state's
_OWN_SITES = frozenset({"base", "airbase", "embassy", "consulate", "capital"})


@functools.cache
def _contest_words(kind: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicons.rows("contest_words") if r["kind"] == kind)


def _sports_side(root) -> bool:
    """A country that beats, plays or faces another in a sports contest is its national team: the subject
    or object of a contest verb (data/contest_words.csv: beat, defeat, play, face) whose clause holds a sport
    or contest noun ("in the cricket final") or a score ("2-1"), or the object of "between"/"against" on a
    contest noun ("the final between X and Y"). "Defeat" alone is no evidence: armies and candidates are
    defeated too."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "X and Y drew": the list's first item carries the role
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("between", "against", "versus", "vs", "vs."):
        return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in _contest_words("noun")
    if tok.dep_ not in ("nsubj", "dobj") or head.pos_ != "VERB" or head.lemma_.lower() not in _contest_words("verb"):
        return False
    nouns = _contest_words("noun")
    for t in head.subtree:
        if t.i == tok.i or t.head.i == tok.i:
            continue
        if t.pos_ in ("NOUN", "PROPN") and (t.lower_ in nouns or t.lemma_.lower() in nouns):
            return True
    return bool(_SCORE.search(head.sent.text))


def _fronted_place(doc: Doc, span) -> bool:
    """"In Kelby, X has built ...": the place before the comma is the object of a preposition on the verb
    whose subject the country is, a setting fronted before the clause, not the country's address."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    chain = doc_tokens(doc)[span.start - 2]
    while chain.dep_ in ("compound", "conj", "appos") and chain.head.i != chain.i:
        chain = chain.head
    return chain.dep_ == "pobj" and chain.head.head.i == span.root.head.i


def _address_of_subnational_place(doc: Doc, span) -> bool:
    """"the Parliament of Kelby (KP), X voted", "the Governor of Kelby Oblast, X", "in Kelby, X", "between A
    and Kelby, X": the country after a comma that closes the name of a place inside it (a province, state
    or town: a name the gazetteer or the subdivision table puts in that very country, or one ending in a
    place noun such as "Oblast" or "Province", or one set after a locative preposition or after "of" on a
    government word) is the place's address, whatever label or parse the model gave the place. Not the
    country itself or another country ("Iran, X": a list), and not a place fronted before the clause the
    country is the subject of ("In Kelby, X has ...")."""
    toks = doc_tokens(doc)
    iso3 = iso3_for_name(span.text)
    j = span.start - 2  # the last word before the comma
    if iso3 is None or j < 0:
        return False
    if toks[j].text == ")" and j >= 3 and toks[j - 2].text == "(":
        j -= 3  # "New South Wales (NSW)": the acronym in brackets after the name
    k = j
    while k > 0 and toks[k - 1].is_alpha and not toks[k - 1].is_sent_start and (
            toks[k - 1].text[:1].isupper() and toks[k - 1].lower_ not in ("the", "of", "in", "and")
            or toks[k - 1].text in _NAME_PARTICLES and k >= 2 and toks[k - 2].text[:1].isupper()):
        k -= 1  # "Surigao del Sur": a particle inside a place's name
    if k > j or not toks[j].is_alpha or not toks[j].text[:1].isupper():
        return False
    name = " ".join(t.text for t in toks[k : j + 1])
    if iso3_for_name(name) or iso3_for_demonym(name) or iso3_for_capital(name):
        return False  # a country, a people or a capital: a list of states, or the state's own seat
    in_country = country_of_place(name) == iso3 or (
        toks[j].lower_ in _place_nouns() and country_of_place(" ".join(t.text for t in toks[k:j])) == iso3)
    if in_country or toks[j].lower_ in _place_nouns():
        return True
    first = toks[k]
    while first.dep_ in ("compound",) and first.head.i <= j and first.head.i != first.i:
        first = first.head
    if first.dep_ == "conj":
        first = first.head
    if first.dep_ != "pobj":
        return False
    prep = first.head
    return prep.lower_ in ("in", "at", "near", "between") or prep.lower_ == "of" \
        and prep.head.lemma_.lower() in _SEAT_HOLDERS


_NAME_PARTICLES = frozenset({"de", "del", "la", "do", "da", "dos", "das", "di", "du"})

# a government or office "of" a place: "the Parliament of Kelby, X", "the Premier of Kelby, X"
_SEAT_HOLDERS = frozenset(GOV_HEADS) | {"parliament", "legislature", "assembly", "premier", "governor", "mayor",
                                        "council", "city", "province", "state", "university"}


@functools.cache
def _place_nouns() -> frozenset[str]:
    return frozenset(csv_column("place_nouns", "noun"))


# the last word of a named building or court whose following country, after a comma, is its address
_SITE_NOUNS = frozenset({"court", "factory", "plant", "airport", "prison", "hospital", "stadium", "university"})


def drop_place_only_states(b: ActorBuilder, doc: Doc) -> list[Mention]:
    """Drop the states named only as places and the place mentions of the states that act. Returns the place
    mentions of the states kept only as parents of other actors, for `drop_late_place_mentions` once the
    article's country passes have read them."""
    parents = {a.parent_key for a in b.actors.values() if a.parent_key}
    by_actor: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_actor.setdefault(m.actor_key, []).append(m)
    # each state mention read once, for both passes: "is it a place here?"
    # people named without a state office: "President X of Y" holds Y's office, and Y there is the state;
    # so do office holders the registry lists ("Presidents X of Y and Z of W": a plural title has no kind)
    people = {a.key for a in b.actors.values()
              if a.actor_type == "person" and b.title_kinds.get(a.key) not in _STATE_OFFICE_KINDS
              and a.country_basis != "registry"}
    person_ends = {m.char_end for m in b.mentions if m.mention_kind == "name" and m.actor_key in people}
    as_place = {id(m): _as_place(doc, m) or _person_descriptor(doc, m, person_ends) or _part_in_office(doc, m)
                for a in b.actors.values() if a.actor_type == "state" for m in by_actor.get(a.key, ())}
    _emphatic_follows(doc, by_actor, as_place)
    gone = {a.key for a in b.actors.values()
            if a.actor_type == "state" and a.key not in parents and a.key in by_actor
            and all(as_place[id(m)] for m in by_actor[a.key])}
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
    return drop_place_mentions(b, doc, by_actor, as_place)


def _part_in_office(doc: Doc, m: Mention) -> bool:
    """"the First Minister of Kelby" where Kelby is a part of a state (data/country_aliases.csv is_part): the
    place whose office it is, not the whole state acting."""
    if m.mention_kind != "name" or not is_part_name(m.text):
        return False
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    toks = doc_tokens(doc)
    return span is not None and span.start >= 2 and toks[span.start - 1].lower_ == "of" \
        and _office(toks[span.start - 2])


def drop_late_place_mentions(b: ActorBuilder, late: list[Mention]) -> None:
    """The place mentions of a state kept only as a parent go last: until then they still count as the
    article naming that country ("across X" in a story of X's press agency gives the agency its country)."""
    if late:
        ids = {id(m) for m in late}  # `late` keeps the objects alive, so no id is reused meanwhile
        b.mentions = [m for m in b.mentions if id(m) not in ids]


def _emphatic_follows(doc: Doc, by_actor: dict[str, list[Mention]], as_place: dict[int, bool]) -> None:
    """"vanished from X itself": an emphatic reflexive right after the state's name (which coref links to
    that name) is used as the name is, so a place use of the name makes the reflexive one too."""
    text = doc_text(doc)
    for ms in by_actor.values():
        ms = sorted(ms, key=lambda m: m.char_start)
        for prev, m in zip(ms, ms[1:], strict=False):
            if m.mention_kind == "pronoun" and m.text.lower() in _EMPHATIC and id(prev) in as_place \
                    and prev.char_end <= m.char_start and not text[prev.char_end:m.char_start].strip():
                as_place[id(m)] = as_place[id(prev)]


_EMPHATIC = frozenset({"itself", "themselves"})


# titles (data/titles.csv kinds) of offices a state confers on its holder: "President X of Y", "Crown Prince
# X of Y", "Foreign Minister X of Y" name the state whose office it is, which audits count as the state
_STATE_OFFICE_KINDS = frozenset({"head_of_state", "head_of_government", "royal", "minister"})


def _person_descriptor(doc: Doc, m: Mention, person_ends: set[int]) -> bool:
    """"Ana Ray of X won the race", "Senator Bo Li of X said", "Ana Ray (X) finished second": a country's
    name after "of" or in brackets right after a person's name says where the person is from or whom they
    represent, not that the state acts (the rubric: a place used only to describe someone). Only a name
    mention set directly after the name (`person_ends`: where the name of a person with no state office
    ends), so "the President of X", "President Bo Li of X" and "Ray's visit to X" are untouched, and a
    state named so that acts elsewhere keeps its row and loses this mention."""
    if m.mention_kind != "name":
        return False
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    toks = doc_tokens(doc)
    before, name_end = toks[span.start - 1], toks[span.start - 2]
    if name_end.idx + len(name_end.text) not in person_ends:
        return False
    if before.lower_ == "of":
        return span.root.dep_ == "pobj" and span.root.head.i == before.i
    return before.text == "(" and span.end < len(doc) and toks[span.end].text == ")"


def _giver_or_government(doc: Doc, m: Mention) -> bool:
    """"assurances from X" (X gave them: `data/given_from_nouns.csv`), "in the X federal government" (X's
    own government), "fired at X" (the one aimed at): the state itself, though a preposition of place
    comes before it."""
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in GOV_HEADS:
        return True
    if root.dep_ in ("compound", "nmod") and root.head.i > root.i:
        return False  # "at the <capital> location": the preposition's object is the noun, not the state
    toks = doc_tokens(doc)
    start = span.start - 1 if span.start > 0 and toks[span.start - 1].lower_ == "the" else span.start
    prep = toks[start - 1] if start > 0 else None
    if prep is None:
        return False
    return prep.lower_ == "at" or prep.lower_ == "from" and prep.head.lemma_.lower() in _given_from_nouns()


@functools.cache
def _given_from_nouns() -> frozenset[str]:
    return csv_column("given_from_nouns", "noun")


def drop_place_mentions(b: ActorBuilder, doc: Doc, by_actor: dict[str, list[Mention]],
                        as_place: dict[int, bool]) -> list[Mention]:
    """A state that acts somewhere in the article keeps its row, but its name used only as a place ("a
    clinic in X", "Town, X") is not a mention of the state: the audit counts such a mention as one of
    another entity (the place). Those mentions go; the state keeps the ones where it acts, owns or is
    acted on. A state whose every mention is a place and that stays only as the parent of another actor
    ("Floods are frequent in X. X police ...") loses them too: they name the place, not the state; its row
    stays, without mentions, so the child keeps its parent_actor_id and its country (a parent no mention
    names still gets its row in the corpus actors table). Those of such a parent are returned, to go late."""
    states = {a.key for a in b.actors.values() if a.actor_type == "state"}
    place: set[int] = set()
    late: list[Mention] = []
    for key, ms in by_actor.items():
        if key not in states:
            continue
        located = [m for m in ms if as_place[id(m)] and not _giver_or_government(doc, m)]
        if len(located) == len(ms):
            late.extend(located)  # a parent named only as a place
        else:
            place.update(id(m) for m in located)
    if place:
        b.mentions = [m for m in b.mentions if id(m) not in place]
    return late
# verbs by which a notice is said to reach a place: "a warning covering X", "placed X under a warning"
_NOTICE_VERBS = frozenset({"cover", "include", "place", "put"})


@functools.cache
def _office_words() -> frozenset[str]:
    """Titles of offices (data/titles.csv) and "selectman": "X's mayor", "the sheriff of X" name the place
    whose office it is; the holder acts, not the local government."""
    return csv_column("titles", "title") | {"selectman", "selectmen", "alderman", "councillor", "councilor"}


def _office(tok) -> bool:
    """An office's word: a title ("mayor", "sheriff"), or a post one person holds (data/role_nouns.csv)
    that a local division's word modifies ("town manager", "county executive": the post of the town's or
    the county's government; "manager" alone may be a firm's or a team's)."""
    low = tok.lower_
    return low in _office_words() or low in _role_words() and any(
        c.dep_ == "compound" and c.lower_ in _place_nouns() for c in tok.children)


@functools.cache
def _role_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.column("role_nouns", "word"))


def _local_body_name(name: str) -> bool:
    """A county, parish, town or city: a name ending in a place noun (data/place_nouns.csv: "Kelby County")
    or a sub-national place the gazetteer or the subdivision table knows (not a country's name)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _place_nouns():
        return True
    return iso3_for_name(name) is None and country_of_place(name) is not None


def _under_notice(root) -> bool:
    """"placed X under a warning", "a warning covering X": the place a notice covers."""
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in _NOTICE_VERBS:
        return False
    verb = root.head
    # the notice anywhere in the phrase: the parser may hang "warning" on "storm" ("under a storm warning")
    if any(c.dep_ == "prep" and c.lower_ == "under" and any(_notice(g) for g in c.subtree) for c in verb.children):
        return True
    return verb.lemma_.lower() in ("cover", "include") and (_notice(verb.head) or any(
        c.dep_ in ("nsubj", "nsubjpass") and _notice(c) for c in verb.children))


# a local government's word at the end of its name: "Kelby County", "the Parish of Kelby"
_LOCAL_HEADS = frozenset({"county", "parish", "borough", "township", "municipality", "district"})


def _notice(tok) -> bool:
    # the parser may tag "warning" a verb (lemma "warn"): the word itself is read, singular or plural
    low = tok.lower_
    return low in _NOTICE_NOUNS or low.removesuffix("s") in _NOTICE_NOUNS


def _local_place(doc: Doc, m: Mention) -> bool:
    """A mention of a county or city named as where something is: the state's locative shapes (`_as_place`),
    an office's place ("X's mayor", "the mayor of X") and a notice's area ("placed X under a warning")."""
    if m.mention_kind != "name":
        return False
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return False
    toks, root = doc_tokens(doc), span.root
    if span.end < len(doc) and toks[span.end].tag_ == "POS":
        return root.dep_ == "poss" and _office(root.head) or _owns_a_piece(doc, span)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _office(root.head.head):
        return True
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "X and Y officials": the first of the list modifies the noun
    if first.dep_ == "compound" and first.head.i > first.i \
            and (_office(first.head) or first.head.lower_ in ("official", "officials")):
        return True  # "X officials", "the X mayor": the place whose office it is
    if root.dep_ == "pobj" and root.head.lower_ == "to" \
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in root.head.head.children):
        return True  # "an area from Y to X": an end of a stretch of land
    return _under_notice(root) or _as_place(doc, m)


def _placed_in_region(doc: Doc, m: Mention) -> bool:
    """"X, Kelbshire": the mention is followed by a comma and a place the gazetteer knows, the way a town
    is written with its state or county."""
    span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc_tokens(doc)[span.end].text != ",":
        return False
    nxt = next((e for e in doc_ents(doc) if e.start == span.end + 1), None)
    return nxt is not None and nxt.label_ == "GPE" and country_of_place(nxt.text) is not None


def drop_place_only_towns(doc: Doc, actors: ActorAnalysis, quotes: list[Quote], events: list[Event]
                          ) -> ActorAnalysis:
    """A county, town or city kept as an organisation row (its local government) whose every mention is a
    name used as a place ("the plane came down in X", "X's town manager said", "placed X under a warning")
    never acts: no actor row. Run after the events are coded: a row an event or a quote rests on stays (the
    event coder reads some place mentions as a side: round 110 took mentions off and cost events), and so do
    registered bodies, another actor's parent and a row with a pronoun or descriptor linked to it (it is
    referred to as a body)."""
    used = {e.source_key for e in events} | {e.target_key for e in events} \
        | {q.speaker_key for q in quotes} | {q.via_key for q in quotes} \
        | {a.parent_key for a in actors.actors if a.parent_key}
    local = {a.key: a for a in actors.actors if a.actor_type == "organization" and a.registry_id is None
             and a.key not in used and not _org_word_name(a.name)}
    if not local:
        return actors
    by_actor: dict[str, list[Mention]] = {}
    for m in actors.mentions:
        if m.actor_key in local:
            by_actor.setdefault(m.actor_key, []).append(m)
    gone = {k for k, ms in by_actor.items()
            if (_local_body_name(local[k].name) or any(_placed_in_region(doc, m) for m in ms))
            and all(_local_place(doc, m) for m in ms)}
    if not gone:
        return actors
    from newscoder.records import ActorAnalysis

    return ActorAnalysis(actors=[a for a in actors.actors if a.key not in gone],
                         mentions=[m for m in actors.mentions if m.actor_key not in gone],
                         dropped_entities=actors.dropped_entities + len(gone))


def _org_word_name(name: str) -> bool:
    """"University of X", "X Council": a body's own name holding an organisation word (data/org_heads.csv)."""
    return any(w.lower() in _org_words() for w in name.split())


@functools.cache
def _org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in csv_column("org_heads", "word"))


def drop_local_notice_mentions(b: ActorBuilder, doc: Doc) -> None:
    """A county kept as an organisation row (its local government) acts where it acts ("X County ordered an
    evacuation"); named as the area a weather notice covers ("placed X County under a warning") it is the
    land, so that mention goes. Only the notice shape (round 110's wider place shapes took away mentions the
    events of the wire stories rest on); the row stays while it has another mention or is a parent."""
    local = {a.key for a in b.actors.values() if a.actor_type == "organization" and a.registry_id is None
             and len(a.name.split()) > 1 and a.name.split()[-1].lower() in _LOCAL_HEADS}
    if not local:
        return
    place = set()
    for m in b.mentions:
        if m.actor_key in local and m.mention_kind == "name":
            span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
            if span is not None and _under_notice(span.root):
                place.add(id(m))
    if not place:
        return
    b.mentions = [m for m in b.mentions if id(m) not in place]
    parents = {a.parent_key for a in b.actors.values() if a.parent_key}
    left = {m.actor_key for m in b.mentions}
    gone = {k for k in local if k not in left and k not in parents}
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
