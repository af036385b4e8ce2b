"""Two people sharing one surname written once: "Ana and Luis Ferro" names Ana Ferro and Luis Ferro, and
"the Ferros" after them is that pair.

The model tags "Ana" and "Luis Ferro" as two people; a given name alone joined by "and" to a given name and
surname takes that surname (the usual English way of naming a couple or siblings). A plural of the surname
("the Ferros", "Ferros") is then the pair, named as the article first wrote them; so is the plural of the
surname of exactly two people of the article named in full ("Ana Ferro ... Luis Ferro ... the Ferros").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscoder.extract.actors.entities import _is_first_name
from newscoder.extract.actors.short_names import merge_into
from newscoder.extract.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor


def shared_surnames(b: ActorBuilder, doc: Doc) -> None:
    text = doc_text(doc)
    people = {a.key: a for a in b.actors.values() if a.actor_type == "person"}
    starts = {m.char_start: m for m in b.mentions if m.mention_kind == "name" and m.actor_key in people}
    pairs: dict[str, tuple[str, str]] = {}  # surname -> the pair's given names, as first written
    gone: dict[str, str] = {}
    for m in sorted(starts.values(), key=lambda x: x.char_start):
        alone = people.get(m.actor_key)
        if alone is None or alone.registry_id is not None or " " in alone.name or not _is_first_name(alone.name) \
                or text[m.char_end : m.char_end + 5] != " and ":
            continue
        nxt = starts.get(m.char_end + 5)
        other = people.get(nxt.actor_key) if nxt is not None else None
        if other is None or other.key == alone.key or len(words := other.name.split()) != 2 \
                or not _is_first_name(words[0]) or nxt.text != other.name:
            continue
        full = f"{alone.name} {words[1]}"
        same = next((a for a in people.values() if a.name == full and a.key != alone.key), None)
        if same is not None:
            gone[alone.key] = same.key
        else:
            alone.aliases.append(alone.name)
            alone.name = full
        pairs.setdefault(words[1], (alone.name.split()[0], words[0]))
    merge_into(b, gone)
    # two people of the article who share a surname, named in full ("Ana Ferro ... Luis Ferro"): the pair
    by_surname: dict[str, list[str]] = {}
    for a in sorted(b.actors.values(), key=lambda x: int(x.key[1:])):
        if a.actor_type == "person" and len(words := a.name.split()) == 2 and _is_first_name(words[0]):
            by_surname.setdefault(words[1], []).append(words[0])
    for surname, given in by_surname.items():
        if len(given) == 2 and surname not in pairs:
            pairs[surname] = (given[0], given[1])
    for a in b.actors.values():
        if a.actor_type != "person" and a.registry_id is None:
            surname = a.name.removeprefix("the ").removeprefix("The ")
            if surname.endswith("s") and (pair := pairs.get(surname[:-1])) is not None:
                a.name, a.actor_type = f"{pair[0]} and {pair[1]} {surname[:-1]}", "group"
                _country_of_the_pair(b, a, [f"{given} {surname[:-1]}" for given in pair])


def _country_of_the_pair(b: ActorBuilder, pair: LocalActor, names: list[str]) -> None:
    """The pair is of the country both its people are of, by the same evidence (a "Ferros" typed as a body
    before it was read as the pair took none of its own)."""
    found = {(a.country_iso3, a.country_basis) for a in b.actors.values()
             if a.actor_type == "person" and a.name in names and a.country_iso3}
    if pair.country_iso3 is None and len(found) == 1 \
            and len([a for a in b.actors.values() if a.actor_type == "person" and a.name in names]) == 2:
        pair.country_iso3, pair.country_basis = next(iter(found))
