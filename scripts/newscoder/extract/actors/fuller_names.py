"""Short names of actors the same article names in full: a person's given name alone, a national body named
by a country word and a common noun.

- "Ana" beside "Ana Rivas Ortiz": a one-word actor whose name opens the name of exactly one person of the
  article (the article's own evidence that it is that person's given name: name lists miss many), and is
  no word of any other actor's name, is that person, unless it is set beside a noun of family relation
  ("his wife Ana": a relative may share the given name, `kin_names`) or the pronouns linked to the two
  disagree in gender.
- "Kelbian police" beside "Kelbian National Police": an organisation named by a country word and a
  lower-case noun of a national body (data/national_bodies.csv) is the article's one organisation of the
  same country whose name opens with the same word and ends with that noun, with only capitalised words
  between that are no place ("Kelbian City Police" would be a city's, not the nation's). Nothing is
  invented: where the article gives no such name, the descriptor stays.
- "Kelbian legislature" beside "Kelbian Grand Diet": a descriptor of a state's legislature ("legislature",
  "parliament") is the article's one organisation of that country whose name holds a legislature's word
  (`_LEGISLATURE_WORDS`) and no chamber word; the name of a legislature need not repeat the noun.
- "the 31st Kelbian Parliament": a legislature named with the ordinal of its term is the legislature itself
  (the term is a period of the body, not another actor): it joins the article's one unnumbered body of the
  same country and last word, or the registered body its name less the ordinal stands for.
- "the Administration" capitalised alone is the article's "<leader> administration": it joins the one actor
  the article's "... administration" mentions belong to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscoder.extract.actors.kin_names import kin_context, kin_possessor
from newscoder.extract.actors.short_names import merge_into
from newscoder.extract.actors.untagged import resolve_country_word
from newscoder.extract.actors.word_lists import national_body_nouns, org_heads
from newscoder.extract.doctext import char_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor

# words of a state legislature's proper name ("Legislative Yuan", "National Diet", "Federal Assembly");
# chamber words ("Senate", "House") name one house, not the legislature a "legislature" descriptor means
_LEGISLATURE_WORDS = frozenset({"Parliament", "Congress", "Assembly", "Legislature", "Yuan", "Diet", "Knesset",
                                "Duma", "Majlis", "Sejm", "Riksdag", "Storting", "Folketing", "Bundestag",
                                "Oireachtas", "Cortes", "Althing", "Eduskunta", "Seimas", "Saeima", "Sabor",
                                "Skupština", "Rada", "Khural", "Hluttaw", "Sansad", "Jirga"})
_CHAMBER_WORDS = frozenset({"Senate", "House", "Chamber", "Council", "Commons", "Lords", "Committee"})
_LEGISLATURE_NOUNS = frozenset({"legislature", "parliament"})
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth))$", re.IGNORECASE)
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})


def full_names_of_short_names(b: ActorBuilder, doc: Doc) -> None:
    """Join given names used alone and national-body descriptors to the full name the article gives."""
    gone: dict[str, str] = {}
    _given_names_alone(b, doc, gone)
    merge_into(b, gone)


def descriptor_bodies(b: ActorBuilder) -> None:
    """"Kelbian police" -> the article's "Kelbian National Police" (after bare bodies took their country's
    word: "the National Police" is named so only then)."""
    gone: dict[str, str] = {}
    _descriptor_bodies(b, gone)
    _ordinal_terms(b, gone)
    _bare_administration(b, gone)
    merge_into(b, gone)


def _genders(b: ActorBuilder) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in b.mentions:
        if m.mention_kind == "pronoun":
            w = m.text.lower()
            if w in _MALE or w in _FEMALE:
                out.setdefault(m.actor_key, set()).add("m" if w in _MALE else "f")
    return out


def _given_names_alone(b: ActorBuilder, doc: Doc, gone: dict[str, str]) -> None:
    people = [a for a in b.actors.values() if a.actor_type == "person" and len(a.name.split()) >= 2]
    if not people:
        return
    from newscoder.extract.actors.name_variants import one_edit_apart  # name_variants imports this module

    heads = org_heads()
    genders: dict[str, set[str]] | None = None
    for a in list(b.actors.values()):
        if (a.registry_id is not None or a.actor_type not in ("person", "organization") or " " in a.name
                or a.name in heads or not a.name[:1].isupper()):
            continue
        holders = [o for o in b.actors.values() if o.key != a.key and a.name in o.name.split()]
        respell = False
        if not holders and a.actor_type == "person":
            # "Deirdre" beside the one "Dierdre Coleman": the given name spelt one edit apart
            holders = [o for o in people if o.key != a.key and o.name[:1] == a.name[:1]
                       and one_edit_apart(o.name.split()[0], a.name)]
            respell = True
        if len(holders) != 1 or holders[0] not in people or (
                not respell and holders[0].name.split()[0] != a.name):
            continue  # two people (or a person and a body) share the word: whose it is is not settled
        target = holders[0]
        if _kin_of_other(b, doc, a, target):
            continue
        genders = _genders(b) if genders is None else genders
        if len(genders.get(a.key, set()) | genders.get(target.key, set())) > 1:
            continue
        gone[a.key] = target.key
        if respell and _name_count(b, a) > _name_count(b, target):
            # the spelling the article uses more often is the name's
            if target.name not in target.aliases:
                target.aliases.append(target.name)
            target.name = f"{a.name} {target.name.split(' ', 1)[1]}"
        if a.name not in target.aliases:
            target.aliases.append(a.name)
        if a.actor_type != "person":
            # the model's organisation reading brought descriptor and pronoun links ("the group", "it") that
            # fit a body, not the person the name turns out to be
            b.mentions = [m for m in b.mentions if m.actor_key != a.key or m.mention_kind == "name"]


def _name_count(b: ActorBuilder, a: LocalActor) -> int:
    return sum(1 for m in b.mentions if m.actor_key == a.key and m.mention_kind == "name")


def _kin_of_other(b: ActorBuilder, doc: Doc, a: LocalActor, target: LocalActor) -> bool:
    """Is a name mention of `a` set beside a noun of family relation that may make it another person than
    `target`? "his wife Ana" beside the one "Ana Ray" is Ana Ray when the relative's possessor is someone
    else (another actor's name or a pronoun linked to another actor); "Ana Ray's daughter Ana", or a
    possessor pronoun linked to her or to no one, leaves a namesake relative possible."""
    owners = {(m.char_start, m.char_end): m.actor_key for m in b.mentions}
    for m in b.mentions:
        if m.actor_key != a.key or m.mention_kind != "name":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or not kin_context(span.root):
            continue
        p = kin_possessor(span.root)
        if p is None:
            return True  # "two sons, Aldo and Brecht": whose sons is not said here
        owner = owners.get((p.idx, p.idx + len(p.text)))
        if owner is None:
            owner = next((k for (s, e), k in owners.items() if s <= p.idx < e), None)
        if owner is None or owner in (a.key, target.key):
            return True
    return False


def _descriptor_bodies(b: ActorBuilder, gone: dict[str, str]) -> None:
    nouns = national_body_nouns()
    orgs = [o for o in b.actors.values() if o.actor_type == "organization" and o.key not in gone]
    for a in orgs:
        words = a.name.split()
        if a.registry_id is None and _forces_descriptor(words):
            _join_named_forces(a, orgs, gone)
            continue
        if a.registry_id is not None or len(words) != 2 or not words[1].islower() or words[1] not in nouns:
            continue
        iso3 = resolve_country_word(words[0])
        if iso3 is None or a.country_iso3 not in (None, iso3):
            continue
        fuller = [o for o in orgs if o.key != a.key and o.key not in gone
                  and len(ws := o.name.split()) >= 3 and ws[0] == words[0] and ws[-1].lower() == words[1]
                  and o.country_iso3 in (None, iso3)
                  and all(w[:1].isupper() and not resolve_country_word(w) for w in ws[1:-1])]
        if not fuller and words[1] in _LEGISLATURE_NOUNS:
            # a legislature's name need not repeat the noun ("Legislative Yuan"); its country must be given
            fuller = [o for o in orgs if o.key != a.key and o.key not in gone and o.country_iso3 == iso3
                      and _LEGISLATURE_WORDS & set(ws := o.name.split()) and not _CHAMBER_WORDS & set(ws)
                      and not _ORDINAL.match(ws[0])]
            fuller = _fullest(fuller)
        if len(fuller) == 1:
            _join(a, fuller[0], gone)
            if fuller[0].country_iso3 is None:
                fuller[0].country_iso3, fuller[0].country_basis = iso3, "name"


def _forces_descriptor(words: list[str]) -> bool:
    """"Kelbian military", "Kelbian armed forces": a country's whole forces by a common noun."""
    return len(words) >= 2 and (words[1:] == ["military"] or words[1:] == ["armed", "forces"]) \
        and resolve_country_word(words[0]) is not None


# the proper names of a state's whole armed forces end so ("Kelbian Defence Forces", "Armed Forces of X"); a
# branch ("Army", "Navy") is no such name
_FORCES_NAME = re.compile(r"\b(?:Defen[cs]e|Armed) Forces\b")


def _join_named_forces(a: LocalActor, orgs: list[LocalActor], gone: dict[str, str]) -> None:
    """"the military" of Kelbia, in an article that names Kelbia's forces properly ("Kelbian Defence Forces"):
    the one such body of that country is the descriptor's; two, or none, leave it."""
    iso3 = resolve_country_word(a.name.split()[0])
    if a.country_iso3 not in (None, iso3):
        return
    named = [o for o in orgs if o.key != a.key and o.key not in gone and o.country_iso3 == iso3
             and _FORCES_NAME.search(o.name)]
    if len(named) == 1:
        _join(a, named[0], gone)


def _fullest(found: list[LocalActor]) -> list[LocalActor]:
    """"UK Parliament" beside "Parliament of the United Kingdom": a country word and the body's word is the
    short form of the one fuller name holding that word (a later pass joins them); two fuller names stay."""
    full = [o for o in found if not (len(ws := o.name.split()) == 2 and resolve_country_word(ws[0]))]
    if len(full) == 1 and all(o.name.split()[1] in full[0].name.split() for o in found if o is not full[0]):
        return full
    return found


def _join(a: LocalActor, target: LocalActor, gone: dict[str, str]) -> None:
    gone[a.key] = target.key
    if a.name not in target.aliases:
        target.aliases.append(a.name)


def _ordinal_terms(b: ActorBuilder, gone: dict[str, str]) -> None:
    for a in [o for o in b.actors.values() if o.actor_type == "organization" and o.key not in gone]:
        words = a.name.split()
        if (a.registry_id is not None or len(words) < 2 or not _ORDINAL.match(words[0])
                or words[-1] not in _LEGISLATURE_WORDS):
            continue
        same = [o for o in b.actors.values() if o.key != a.key and o.key not in gone
                and o.actor_type == "organization" and o.name.split()[-1] == words[-1]
                and not _ORDINAL.match(o.name.split()[0]) and o.country_iso3 == a.country_iso3]
        if len(same) != 1 and b.registry is not None:
            reg = b.registry.lookup(" ".join(words[1:]), "organization")
            same = [b.registered(reg)] if reg is not None and reg.country_iso3 == a.country_iso3 else []
        if len(same) == 1:
            _join(a, same[0], gone)


def _bare_administration(b: ActorBuilder, gone: dict[str, str]) -> None:
    bare = [a for a in b.actors.values() if a.name == "Administration" and a.registry_id is None
            and a.key not in gone]
    if not bare:
        return
    owners = {m.actor_key for m in b.mentions if m.actor_key != bare[0].key and len(ws := m.text.split()) >= 2
              and ws[-1].lower() == "administration" and ws[-2][:1].isupper()}
    if len(owners) == 1:
        _join(bare[0], b.by_key(owners.pop()), gone)
