"""Countries of people listed after a common noun that says who they are.

"Three Ruritanians, X, Y and Z, sued ...": names in apposition to a plural demonym (one word or two,
"American Samoans") take that nationality (`nationality`). "The space agency hired two engineers, X and
Y": people a national body selects, hires or appoints as its staff are of that body (`base`). Names
joined by "and" to the first name of the list share its apposition."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newscoder.extract.actors.affiliation import is_international
from newscoder.extract.actors.builder import ActorBuilder
from newscoder.extract.actors.country_links import actor_at
from newscoder.extract.doctext import char_span
from newscoder.resolve.countries import iso3_for_demonym

# verbs by which a body takes people on as its own staff ("NASA selected two astronauts, X and Y"); not
# verbs acting on outsiders ("arrested", "expelled", "met")
_STAFF_VERBS = frozenset({"select", "choose", "hire", "appoint", "recruit", "employ", "assign", "nominate"})


def _list_head(root: Token) -> Token | None:
    """The noun a list of names is in apposition with: "[astronauts], X and Y" for X and for Y."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    return first.head if first.dep_ == "appos" and first.head.i < first.i else None


def _demonym_of(head: Token) -> str | None:
    """A plural demonym, with a capitalised word before it when the two make one ("American Samoans")."""
    if head.tag_ not in ("NNS", "NNPS") or not head.text[:1].isupper():
        return None
    words = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i == head.i - 1 and c.text.istitle()]
    if words and (iso3 := iso3_for_demonym(f"{words[0].text} {head.text}")):
        return iso3
    return iso3_for_demonym(head.text)


def _employer_of(b: ActorBuilder, head: Token) -> str | None:
    """The country of the body that selects or hires the people of the list ("NASA selected astronauts")."""
    if head.pos_ != "NOUN" or head.dep_ != "dobj" or head.head.lemma_ not in _STAFF_VERBS:
        return None
    for subj in (c for c in head.head.children if c.dep_ == "nsubj"):
        body = actor_at(b, subj)
        if body is not None and body.actor_type in ("organization", "state") and body.country_iso3 \
                and not is_international(body):
            return body.country_iso3
    return None


def countries_of_listed_names(b: ActorBuilder, doc: Doc) -> None:
    """People without a country named in a list after a demonym or a staff noun (see the module)."""
    for m in b.mentions:
        if m.mention_kind != "name":
            continue
        actor = b.by_key(m.actor_key)
        if actor.actor_type != "person" or actor.country_iso3 or actor.registry_id is not None:
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        head = _list_head(span.root) if span is not None else None
        if head is None:
            continue
        if iso3 := _demonym_of(head):
            actor.country_iso3, actor.country_basis = iso3, "nationality"
        elif iso3 := _employer_of(b, head):
            actor.country_iso3, actor.country_basis = iso3, "base"
