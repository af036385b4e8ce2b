"""The country of an event party that the actors stage left without one, read from the party's own phrase.

News copy often gives a group's country around the group noun rather than in its name: "Iraqi Kurds",
"Turkish Kurd refugees", "students throughout Indonesia", "workers of the bus company of Tehran",
"activists from the Fatah party", "supporters of opposition leader Maria Lopez of Venezuela", "the Montenegro
Assembly", "the Nigerian Union of Teachers". The event coder scores and publishes a dyad by country, so
a party phrase that states a country gives its (unregistered, country-less) actor that country.

Only what the phrase itself says counts: a nationality adjective or country name before the head noun,
a country possessor ("Lebanon's"), or a place or known actor after "of", "from", "in", "throughout".
"ethnic Albanians" and "anti-Syria journalists" name no country (an ethnicity, an opinion).
"""

from __future__ import annotations

from spacy.tokens import Token

from newscoder import lexicons
from newscoder.extract.actors.country_cues import WAR_NOUNS
from newscoder.extract.deps import PREMODIFIER_DEPS
from newscoder.records import ActorAnalysis, LocalActor
from newscoder.resolve.countries import iso3_for_demonym, iso3_for_name
from newscoder.resolve.places import country_of

# prepositions whose object locates or owns a group: "rebels in Syria", "workers of X", "activists from Y"
_OWNER_PREPS = {"of", "from", "in", "throughout", "across", "inside"}
# a prepositional object that is an actor with a country passes it on only as owner or origin
_ACTOR_PREPS = {"of", "from"}
# words that make a following demonym an ethnicity or a stance, not a nationality
_NOT_NATIONAL = lexicons.words("non_national_modifiers", "word")
FILLABLE_TYPES = {"group", "organization", "person"}


def _modifier_country(tok: Token) -> str | None:
    """ISO3 of a premodifier that names a country: "Iraqi", "Montenegro", "Lebanon's"."""
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and (prev.lower_ in _NOT_NATIONAL or prev.text in {"-", "–"}):
        return None
    text = tok.text
    if tok.head.text.capitalize() in WAR_NOUNS and iso3_for_name(text):
        return None  # "Iraq veterans", "Vietnam War protesters": a war fought there, not their country
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).tag_ == "POS":
        text = f"{text}'s"
    return iso3_for_demonym(text) or iso3_for_name(text)


def _place_country(tok: Token) -> str | None:
    """ISO3 of a place object: a country, capital or known city ("Tehran", "Indonesia", "East Timor")."""
    words = [t for t in tok.subtree if t.dep_ in ("compound", "flat") or t.i == tok.i]
    name = tok.doc[words[0].i : tok.i + 1].text if words else tok.text
    return country_of(name) or (country_of(name, cities=True) if tok.ent_type_ in ("GPE", "LOC") else None)


def phrase_country(tok: Token, actors: ActorAnalysis, own: LocalActor | None = None, depth: int = 2) -> str | None:
    """The country the noun phrase headed by `tok` gives its referent, or None when it gives none or several.

    `own` is the actor the phrase stands for: words inside a person's own name never count ("Jordan
    Peterson" is no Jordanian)."""
    found: list[str] = []
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in PREMODIFIER_DEPS:
            continue
        in_name = own is not None and own.actor_type == "person" and c.ent_type_ == "PERSON"
        # inside a person's name only a nationality adjective counts ("Bosnian Serbs", not "Jordan Peterson")
        iso3 = iso3_for_demonym(c.text) if in_name else _modifier_country(c)
        if iso3 is None and c.dep_ in ("compound", "nmod"):
            # "Turkish Kurd refugees", "Montenegro Municipality Association officials"
            iso3 = next((x for g in c.subtree if g.i < c.i and g.dep_ in PREMODIFIER_DEPS
                         and (x := _modifier_country(g))), None)
        if iso3:
            found.append(iso3)
    if not found:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS):
            # "authorities in Kelbia and Ruritania": every coordinated place counts, so two states give none
            for obj in (x for g in prep.children if g.dep_ == "pobj" for x in (g, *g.conjuncts)):
                iso3 = _place_country(obj)
                if iso3 is None and prep.lower_ in _ACTOR_PREPS:
                    key = actors.actor_at(obj.idx, obj.idx + len(obj))
                    other = actors.get(key)
                    if other is not None and other is not own and other.country_iso3:
                        iso3 = other.country_iso3
                    elif depth > 1:
                        iso3 = phrase_country(obj, actors, other, depth - 1)  # "workers of the Company of Tehran"
                if iso3:
                    found.append(iso3)
    return found[0] if found and len(set(found)) == 1 else None


def fill_party_country(key: str | None, tok: Token, actors: ActorAnalysis) -> None:
    """Give an unregistered actor without a country the country its argument phrase states.

    Registered actors keep what the registry says (an international body has no country on purpose)."""
    actor = actors.get(key)
    if actor is None or actor.country_iso3 or actor.registry_id or actor.actor_type not in FILLABLE_TYPES:
        return
    iso3 = phrase_country(tok, actors, actor)
    if iso3 is None:
        # the actor's own mention may sit inside the phrase ("Kurd" in "Turkish Kurd refugees")
        head = tok
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        if head.i != tok.i:
            iso3 = phrase_country(head, actors, actor)
    if iso3 is not None:
        actor.country_iso3, actor.country_basis = iso3, "nationality"
