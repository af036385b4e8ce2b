"""Bare crowds named by the place of their action: "protesters" in a story of "protests in Kelby, Ruritania"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newscoder.extract.actors.groups import country_adjective
from newscoder.extract.doctext import doc_column, doc_ents, doc_pos, doc_tokens
from newscoder.resolve.places import country_of

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder

# the people of a collective action -> the nouns that name that action
_CROWD_ACTIONS = {
    "protesters": ("protest", "demonstration", "rally", "march", "riot", "unrest", "uprising"),
    "protestors": ("protest", "demonstration", "rally", "march", "riot", "unrest", "uprising"),
    "demonstrators": ("protest", "demonstration", "rally", "march", "riot", "unrest", "uprising"),
    "marchers": ("march", "protest", "demonstration", "rally"),
    "rioters": ("riot", "unrest", "protest"),
    "strikers": ("strike", "walkout"),
}
_PLACE_LABELS = frozenset({"GPE", "NORP"})


def name_crowds_by_action_place(b: ActorBuilder, doc: Doc) -> None:
    """"protests continue in Kelby ... Protesters blocked the road": a bare crowd noun with no country
    (protesters, demonstrators, strikers) is the crowd of the action the article places. The places that
    qualify that action's nouns anywhere in the article ("Kelby protests", "protests in Kelby", "a
    Ruritanian strike") are read; when they all belong to one country (a city counts for its country),
    the crowd gets it (`base`) and the name says it ("Ruritanian protesters", or the place's own name
    where the country has no adjective: "Hong Kong protesters"). Actions placed in two countries, or
    not placed, leave the crowd bare."""
    # ("Protesters" opening a sentence may come tagged as an organisation: the same crowd)
    bare = [a for a in b.actors.values() if a.actor_type in ("group", "organization") and a.country_iso3 is None
            and a.registry_id is None and a.name.lower() in _CROWD_ACTIONS]
    if not bare:
        return
    countries_by_noun: dict[str, set[str]] = {}
    pos, lemmas, tokens = doc_pos(doc), doc_column(doc, "lemma_"), doc_tokens(doc)
    for crowd in {a.name.lower() for a in bare}:
        actions = _CROWD_ACTIONS[crowd]
        found: set[str] = set()
        for i, p in enumerate(pos):  # (per-Doc lists: a Token only for the words that pass)
            if p in ("NOUN", "VERB") and lemmas[i].lower() in actions:  # "protests", "marched in"
                found |= _places_of(tokens[i])
        countries_by_noun[crowd] = found
    for actor in bare:
        found = countries_by_noun[actor.name.lower()]
        if len(found) != 1:
            continue
        iso3 = next(iter(found))
        adjective = country_adjective(iso3)
        if adjective is None:
            continue
        actor.name = f"{adjective} {actor.name.lower()}"
        actor.country_iso3, actor.country_basis, actor.actor_type = iso3, "base", "group"
        b.generic_groups.discard(actor.key)  # placed by the text: a specific crowd


def _places_of(action: Token) -> set[str]:
    """Countries of the places that qualify an action noun or verb: a premodifier ("Kelby protests",
    "Ruritanian strikes"), or "in/across/throughout <place>" after it, after the verb it is the subject
    of ("protests continued in Kelby") or after the action's own verb ("marched in Kelby"), with the
    places conjoined to that one ("in Kelby and across Ruritania")."""
    places: list[Token] = []
    heads = [action]
    if action.pos_ == "NOUN" and action.dep_ == "nsubj" and action.head.pos_ in ("VERB", "AUX"):
        heads.append(action.head)  # "protests continued in Kelby": the place is the verb's
    for child in [c for h in heads for c in h.children]:
        if child.head is action and child.dep_ in ("compound", "amod", "nmod") and child.i < action.i \
                and child.ent_type_ in _PLACE_LABELS:
            places.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("in", "across", "throughout"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    places.append(obj)
                    places.extend(c for c in obj.children if c.dep_ == "conj")
    # "in Kelby and through the south of Ruritania": a second prepositional phrase joined to the first
    for prep in [c for h in heads for c in h.children if c.dep_ == "prep"]:
        for conj in prep.children:
            if conj.dep_ == "conj" and conj.pos_ == "ADP":
                for obj in conj.subtree:
                    if obj.ent_type_ == "GPE" and obj.ent_iob_ == "B":
                        places.append(obj)
    out: set[str] = set()
    for tok in places:
        if tok.ent_type_ not in _PLACE_LABELS:
            continue
        ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        text = (ent.text if ent is not None else tok.text).removeprefix("the ")
        iso3 = country_of(text, cities=True) if tok.ent_type_ == "GPE" else country_of(text, capitals=False)
        if iso3:
            out.add(iso3)
    return out
