"""The actor pass of one article: entities cleaned, named actors, names the model missed, then links.

Steps of `extract_actors(doc, article, registry)`:
1. named entities (PERSON, ORG, GPE, NORP, and FAC seats of government) are cleaned (`entities`);
2. each name becomes a local actor (`named`): countries, demonyms and capitals resolve to one state per
   ISO3 (capitals are metonyms); people's titles give role and country; surnames merge into the full
   name; registry aliases beat the model's label;
3. later mentions of known names and registered names the model did not tag (`untagged`);
4. in reading order, pronouns, descriptors, titles, possessive governments (`newscoder.extract.coref`)
   and groups and national bodies (`groups`);
5. leaders' governments ("the Bush administration") and the country of lone officials.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from newscoder.extract import roles
from newscoder.extract.actors.affiliation import (
    countries_from_article,
    countries_from_listed_people,
    countries_from_names,
    countries_from_phrases,
    is_international,
    party_member_groups,
    set_country,
)
from newscoder.extract.actors.agency import drop_non_agents
from newscoder.extract.actors.aides import countries_of_aides
from newscoder.extract.actors.article_tails import bracketed_country_names
from newscoder.extract.actors.bare_bodies import (
    countries_of_bare_parties,
    countries_of_chamber_members,
    evidenced_countries,
    is_bare_ministry,
    name_bare_bodies,
)
from newscoder.extract.actors.bare_groups import drop_region_peoples
from newscoder.extract.actors.birth_names import join_birth_names, written_suffixes
from newscoder.extract.actors.body_context import countries_of_bare_groups
from newscoder.extract.actors.body_names import capital_in_name
from newscoder.extract.actors.builder import ActorBuilder
from newscoder.extract.actors.common_words import drop_common_word_actors
from newscoder.extract.actors.context import article_country, countries_named
from newscoder.extract.actors.country_links import countries_from_state_titles
from newscoder.extract.actors.couples import shared_surnames
from newscoder.extract.actors.credits import caption_common_nouns, caption_places, credit_ranges, in_credit
from newscoder.extract.actors.demonym_nouns import countries_from_demonym_subjects, countries_of_two_word_demonyms
from newscoder.extract.actors.descriptor_nationality import countries_from_national_descriptors
from newscoder.extract.actors.divided_states import compass_states
from newscoder.extract.actors.division_names import split_company_names
from newscoder.extract.actors.employers import countries_of_office_departments
from newscoder.extract.actors.entities import ACTOR_LABELS, _is_first_name, is_match_report, person_name
from newscoder.extract.actors.entity_bounds import (
    acronym_into_next,
    descriptor_tail_end,
    extend_name,
    extend_name_left,
    joined_into_next,
    post_nominal_end,
    regnal_title,
    token_range_text,
    trim_entity,
    untagged_name_after_title,
)
from newscoder.extract.actors.entity_junk import is_junk
from newscoder.extract.actors.entity_labels import (
    classified,
    classifier_length,
    given_name_before_particle_surname,
    holds_group_word,
    named_as_place,
    non_actor_classifiers,
    person_after_registered_body,
    registered_organisation,
    relabel,
)
from newscoder.extract.actors.fuller_names import descriptor_bodies
from newscoder.extract.actors.group_types import people_plurals_as_groups
from newscoder.extract.actors.groups import drop_bare_titles, name_by_demonym, qualify_generic_group
from newscoder.extract.actors.kin_countries import countries_of_kin
from newscoder.extract.actors.kin_names import drop_kin_given_names, relatives_named_apart
from newscoder.extract.actors.listed_names import countries_of_listed_names
from newscoder.extract.actors.local_country import countries_from_own_sentences
from newscoder.extract.actors.member_bodies import countries_from_member_bodies, countries_of_staff
from newscoder.extract.actors.name_forms import (
    appositive_bodies,
    clean_actor_names,
    descriptors_before_names,
    parents_of_sub_units,
    people_behind_body_words,
    places_before_people,
    possessors_of_body_names,
    shared_plural_heads,
    split_joined_names,
    subject_tails,
    tails_of_written_names,
)
from newscoder.extract.actors.name_modifiers import drop_modifier_mentions
from newscoder.extract.actors.name_tails import tail_owner
from newscoder.extract.actors.name_variants import merge_name_variants
from newscoder.extract.actors.named import (
    add_entity,
    add_person,
    canonical_person,
    inner_name_owners,
    recent_namesake,
    surname_country,
    surname_index,
)
from newscoder.extract.actors.officials_place import officials_in_story_place
from newscoder.extract.actors.place_only import (
    drop_late_place_mentions,
    drop_local_notice_mentions,
    drop_place_only_states,
)
from newscoder.extract.actors.place_people import place_used_person_names
from newscoder.extract.actors.protest_place import name_crowds_by_action_place
from newscoder.extract.actors.short_names import full_institution_names
from newscoder.extract.actors.specific_bodies import join_specific_bodies
from newscoder.extract.actors.state_chambers import sub_national_chambers
from newscoder.extract.actors.story_country import countries_from_story
from newscoder.extract.actors.study_authors import countries_of_coauthors
from newscoder.extract.actors.sub_units import countries_of_named_parts, countries_of_sub_units
from newscoder.extract.actors.things import (
    band_before_work,
    crossed_names,
    full_names_for_short_forms,
    genus_names,
    indefinite_use,
    names_before_thing_nouns,
    organisation_names,
    person_tagged_organisation,
    place_named_person_names,
    place_part_acronyms,
    places_by_naming,
    plural_group_name,
    school_before_staff,
    vehicle_use,
    venue_before_event,
    works_after_creators,
)
from newscoder.extract.actors.type_evidence import body_by_class_noun
from newscoder.extract.actors.untagged import propagate_names
from newscoder.extract.actors.usual_body_names import qualify_generic_bodies, registered_names_missing_plural
from newscoder.extract.actors.venue_places import (
    drop_bodies_named_in_job_titles,
    drop_body_buildings,
    drop_venues_used_as_places,
)
from newscoder.extract.actors.visitors import mark_visitors
from newscoder.extract.actors.word_lists import GOV_HEADS, NON_ACTOR_LABELS, building_heads, is_acronym, org_heads
from newscoder.extract.coref import link_anaphora
from newscoder.extract.doctext import (
    doc_column,
    doc_ents,
    doc_sents,
    doc_text,
    doc_tokens,
    range_text,
    span_root,
    span_text,
)
from newscoder.extract.quote_marks import find_quote_segments
from newscoder.records import ActorAnalysis, Article, Mention
from newscoder.resolve.actors import is_bare_chamber, is_bare_force
from newscoder.resolve.registry import Registry, normalize_name


def _untagged_full_names(doc: Doc, persons: list, full_names: list[str]) -> list[str]:
    """"cosmonaut Alexei Novak ... Novak said": the full name of a person the model tagged only by the
    surname, from an untagged given name + surname elsewhere in the article (one such name per surname)."""
    lone = {n for _, _, _, n in persons if len(n.split()) == 1} - {f.split()[-1] for f in full_names}
    found: dict[str, set[str]] = {}
    tokens, ent_types = doc_tokens(doc), doc_column(doc, "ent_type_")
    for i, text in enumerate(doc_column(doc, "text")):  # speed: a Token only for the words that pass
        if text not in lone or ent_types[i] or i == 0:
            continue
        start = extend_name_left(doc, i, i + 1)
        if start < i:
            found.setdefault(text, set()).add(f"{tokens[start].text} {text}")
    return sorted(next(iter(v)) for v in found.values() if len(v) == 1)


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A one-word person span followed, inside the sentence, by an untagged capitalised proper noun that is
    no organisation or government word ("Marine" + "Traffic's database"): a piece of a longer name."""
    toks = doc_tokens(doc)
    if end - start != 1 or end >= len(doc):
        return False
    nxt = toks[end]
    return (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.ent_type_
            and not nxt.is_sent_start and bool(toks[start].whitespace_) and nxt.text not in org_heads()
            and nxt.lower_ not in GOV_HEADS and not roles.is_title_word(nxt.text))


# the model's labels for things that are not actors and whose names may come back alone in the article
_THING_LABELS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


# class nouns of deities (their label in data/non_actor_classifiers.csv is LOC, with stars and planets; "film
# star X" names a person, so only these carry the name to its other mentions)
_DEITY_NOUNS = frozenset({"god", "goddess", "deity"})


def _deity(doc: Doc, start: int, end: int) -> bool:
    """"the god Odin": a one-word name, no known given name, right after a deity's class noun."""
    toks = doc_tokens(doc)
    return end - start == 1 and start > 0 and toks[start - 1].lower_ in _DEITY_NOUNS \
        and not _is_first_name(toks[start].text) and classified(doc, start, end) == "LOC"


# common nouns of buildings a name in apposition may be said to be ("X, formerly a church and now a museum");
# "church", "museum", "temple" are left out of the building heads of names (surnames), not here
@functools.cache
def _building_nouns() -> frozenset[str]:
    return frozenset({w.lower() for w in building_heads()} | {"church", "museum", "temple", "palace"})


def _building_in_apposition(doc: Doc, start: int, end: int) -> bool:
    """"X, formerly a church and now a museum, ...": a name the model calls a person (no known given name),
    set off by a comma and in apposition to a building's common noun, is the building."""
    toks = doc_tokens(doc)
    if toks[start].ent_type_ != "PERSON" or _is_first_name(toks[start].text) or end >= len(toks) \
            or toks[end].text != ",":
        return False
    root = span_root(doc, start, end)
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > end and c.lemma_.lower() in _building_nouns()
               for c in root.children)


def _character_noun_before(doc: Doc, start: int) -> bool:
    """"the character X", "Hellboy character X": the noun "character" right before the name."""
    return start > 0 and doc_tokens(doc)[start - 1].lower_ in ("character", "characters")


def _one_letter_variant(name: str, things: set[str]) -> bool:
    """"Haghia Sophia" beside the thing "Hagia Sophia": the same name but for one letter more or less (of
    eight letters at least, as many words), a variant spelling of the thing's name."""
    for thing in things:
        short, long = sorted((name, thing), key=len)
        if len(short) >= 8 and len(long) == len(short) + 1 and short.count(" ") == long.count(" ") \
                and any(long[:k] + long[k + 1 :] == short for k in range(len(long))):
            return True
    return False


def _thing_name_forms(doc: Doc, start: int, end: int) -> set[str]:
    """A thing's name and, after a capitalised class word ("Hurricane Vera"), the name alone ("Vera")."""
    forms = {range_text(doc, start, end)}
    if (n := classifier_length(doc, start, end)):
        forms.add(range_text(doc, start + n, end))
    return forms


@functools.cache
def _storm_words() -> tuple[str, ...]:
    return tuple(sorted(w.title() for w, label in non_actor_classifiers().items() if label == "EVENT"))


@functools.cache
def _storm_pattern() -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, _storm_words()))
    return re.compile(rf"\b(?:{alternatives}) ([A-Z][\w'-]+)")


def _untagged_storm_names(doc: Doc) -> set[str]:
    """"Hurricane Marisol" the model did not tag: the name after a capitalised class word of a natural
    event (a regular expression over the text: no pass over the tokens)."""
    text = doc_text(doc)
    if not any(w in text for w in _storm_words()):
        return set()  # speed: a plain substring test first, the pattern only where a class word occurs
    return {m.group(1) for m in _storm_pattern().finditer(text)}


def _quoted(doc: Doc, ent: Span) -> bool:
    """A name between quote marks ("the 'Band of Gold' single")."""
    toks = doc_tokens(doc)
    return 0 < ent.start and ent.end < len(doc) and toks[ent.start - 1].is_quote and toks[ent.end].is_quote


def _thing_name_cover(doc: Doc, names: set[str]) -> bytearray:
    """Characters of the article inside a written-out name of a thing of several words ("the album Band on
    the Run" covers "Run", which the model may tag as a person); 1 = covered."""
    text = doc_text(doc)
    cover = bytearray(len(text))
    for name in names:
        if " " not in name:
            continue
        # (the non-overlapping matches `re.finditer` would give, without compiling a pattern per name)
        at = text.find(name)
        while at != -1:
            cover[at : at + len(name)] = b"\x01" * len(name)
            at = text.find(name, at + len(name))
    return cover


def _acronyms_of_non_actors(doc: Doc) -> set[str]:
    """Acronyms the article defines for a law, product, work, event or place ("the Clean Seas Act (CSA)"):
    the model may tag them ORG later, but they are no more an actor than what they abbreviate."""
    out: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ in NON_ACTOR_LABELS:
            out |= _acronym_after(doc, ent.end)
    return out


def _acronym_after(doc: Doc, end: int) -> set[str]:
    """{"CRPA"} when "(CRPA)" follows token `end`, else an empty set."""
    toks = doc_tokens(doc)
    if end + 2 < len(doc) and toks[end].text == "(" and toks[end + 2].text == ")" and is_acronym(toks[end + 1].text):
        return {toks[end + 1].text}
    return set()


# ---------------------------------------------------------------- the main pass
def _heading_tokens(tokens: list[Token], headings: tuple[tuple[int, int], ...]) -> set[int]:
    """The indices of the tokens overlapping a heading's (start, end) characters (`Article.in_heading`).
    speed: only the tokens from the one holding the heading's start on are read, not every token per heading."""
    found: set[int] = set()
    if not headings:
        return found
    starts = [t.idx for t in tokens]
    for s, e in headings:
        j = max(bisect.bisect_right(starts, s) - 1, 0)  # tokens do not overlap: none before this one reaches s
        while j < len(tokens) and starts[j] < e:
            if s < starts[j] + len(tokens[j].text):
                found.add(j)
            j += 1
    return found


def extract_actors(doc: Doc, article: Article, registry: Registry | None = None) -> ActorAnalysis:
    """Every actor of the article and every mention pointing to it (pure: no I/O)."""
    b = ActorBuilder(registry)
    sents = list(doc_sents(doc))
    sent_of: dict[int, int] = {i: si for si, s in enumerate(sents) for i in range(s.start, s.end)}
    # crossheads are not prose: skip their tokens (the parser may glue them to a neighbouring sentence)
    skip_tok = _heading_tokens(doc_tokens(doc), article.headings)
    b.headings = article.headings
    b.date = article.published_date
    b.sports = is_match_report(doc)
    dropped = 0
    persons: list[tuple[Span, int, int, str]] = []  # (ent, start tok, end tok, name)
    other_ents: list[tuple[Span, str]] = []

    place_names = {span_text(e) for e in doc_ents(doc) if e.label_ == "ORG" and named_as_place(e)}
    not_actors = _acronyms_of_non_actors(doc) | place_part_acronyms(doc)
    kept: list[tuple[Span, int, int, str]] = []
    thing_names: set[str] = set()  # names of storms, drugs in this article ("Vera" of "Hurricane Vera")
    thing_titles: set[str] = set()  # names of several words of works, laws, events: covered where written
    body_names: set[str] = set()  # PERSON spans the words showed to be organisations ("the troupe X")
    for ent in doc_ents(doc):
        # the model's own labels for things are too often wrong on names of people and museums to take
        # alone: a thing counts when a class word ("Hurricane", "the album") or quote marks show it
        if ent.label_ in _THING_LABELS and (classified(doc, ent.start, ent.end) or _quoted(doc, ent)
                                            or ent.label_ == "PRODUCT" and vehicle_use(doc, ent.start, ent.end)):
            thing_text = span_text(ent).removeprefix("the ").removeprefix("The ")
            if " " in thing_text:
                thing_titles.add(thing_text)
            thing_names |= _thing_name_forms(doc, ent.start + (span_text(ent) != thing_text), ent.end) - {thing_text}
        if ent.label_ not in ACTOR_LABELS or skip_tok and any(i in skip_tok for i in range(ent.start, ent.end)):
            continue
        if ent.label_ == "PERSON" and ent.start > 0 and not doc_tokens(doc)[ent.start - 1].ent_type_ \
                and given_name_before_particle_surname(doc, ent.start - 1, registry):
            # "Ana" untagged, then "dela Cruz" tagged a person: the whole name
            persons.append((ent, ent.start - 1, ent.end, range_text(doc, ent.start - 1, ent.end)))
            continue
        if is_junk(ent) or span_text(ent) in not_actors or not any(c.isupper() for c in span_text(ent)):
            # (no capital letter at all: "orcas", "the committee" are common words the model tagged, no
            # names; groups of common nouns are read from the syntax, as people, by `groups`)
            dropped += 1
            continue
        if joined_into_next(doc, ent) or acronym_into_next(ent):
            continue  # "Ana" of "Ana and Bo Ray Foundation", "XKT" of "XKT Ipari Kft.": read with the next name
        start, end = trim_entity(ent)
        if (named := untagged_name_after_title(ent)) is not None:
            # "Kelby Academy Senior Fellow" + an untagged "Ann Ray": the title's holder is the actor
            persons.append((ent, *named, range_text(doc, *named)))
        if start >= end:
            dropped += 1
            continue
        label = relabel(doc, ent, start, end)
        if label == "PERSON" and ent.label_ != "PERSON":
            # "Prosecutor Ann Ray QC" tagged an organisation and read as a person: the letters after the
            # name come off as they do for the model's people (`trim_entity`)
            end = post_nominal_end(doc_tokens(doc), start, end)
        if label in ("ORG", "PERSON"):
            end = descriptor_tail_end(doc, start, end, bool(registry and registry.lookup(range_text(doc, start, end))))
        if ent.label_ in ("PERSON", "GPE") and label == "ORG" and body_by_class_noun(doc, start, end):
            body_names.add(range_text(doc, start, end))  # the vote: other PERSON spans of the name follow it
            b.class_bodies.add(range_text(doc, start, end))
        if label == "PERSON" and end - start == 1 and registered_organisation(doc, start, registry):
            label = "ORG"  # "Wikinews interviewed ...": a registered organisation's one-word name
        if label == "PERSON" and end - start >= 2 and tail_owner(range_text(doc, start, end), registry):
            label = "ORG"  # "areas held by Tahrir al-Kelb": the last words of one known body's name
        if label == "PERSON" and end - start == 1 and is_acronym(doc_tokens(doc)[start].text) \
                and not (registry and registry.lookup(doc_tokens(doc)[start].text)):
            # "8 p.m. BST", "at 0900 GMT": a person's name is not a string of capitals; an unregistered
            # acronym the model calls a person is a time zone, a code or a unit, not an actor
            dropped += 1
            continue
        if label == "ORG" and end - start == 1 and given_name_before_particle_surname(doc, start, registry):
            end, label = extend_name(doc, end), "PERSON"  # "Ana" + "dela Cruz": one person's name
        if label == "ORG" and (cut := person_after_registered_body(doc, start, end, registry)) is not None:
            start, label = cut, "PERSON"  # "director of <registered body> <given name> <surname>": the person
        if label in ("ORG", "PERSON") and indefinite_use(doc, start, end) \
                and not (registry and registry.lookup(range_text(doc, start, end))) \
                or label == "ORG" and venue_before_event(doc, start, end):
            # "a bio-based PET", "the plane, a Beechcraft Sierra": a kind, not one actor; "the Kelby Congress
            # Centre for Harbour Con": a venue glued to an event. No word of it names an actor either. (A
            # registered body stays: "a more federal European Union" is still the union.)
            b.taken.append((*token_range_text(doc, start, end)[:2], "thing"))
            dropped += 1
            continue
        if label == "PERSON" and _building_in_apposition(doc, start, end):
            thing_names |= _thing_name_forms(doc, start, end)  # the building, in every mention
            dropped += 1
            continue
        if label in NON_ACTOR_LABELS and label != "FAC":  # FAC: seats of government are read on
            not_actors |= _acronym_after(doc, ent.end)
            if label in ("EVENT", "PRODUCT"):  # a storm, a drug, a vessel named again ("Vera", "Xevo")
                thing_names |= _thing_name_forms(doc, start, end)
            elif label == "LOC" and ent.label_ == "PERSON" and _deity(doc, start, end):
                # "the god Odin ... asked Odin": a deity a class noun named once, alone after
                thing_names |= _thing_name_forms(doc, start, end)
            elif label == "WORK_OF_ART" and end - start == 2 and _character_noun_before(doc, start):
                # "the character Vanta Korr ... Vanta, I wanted": a character's given name alone is the character
                thing_names |= {range_text(doc, start, end), doc_tokens(doc)[start].text}
            if label in _THING_LABELS:  # not a place: "a base in X" says nothing of X elsewhere
                thing_titles.add(range_text(doc, start, end))
            dropped += 1
            continue
        kept.append((ent, start, end, label))
    thing_names |= _untagged_storm_names(doc) | names_before_thing_nouns(doc, registry) | genus_names(doc) \
        | works_after_creators(doc) | caption_common_nouns(doc) | caption_places(doc)
    org_names = organisation_names(doc) | body_names
    group_names = {range_text(doc, s, e) for _, s, e, lab in kept if lab == "PERSON" and plural_group_name(doc, s, e)}
    person_spans = [(s, e) for _, s, e, lab in kept if lab == "PERSON"]
    # the model's PERSON spans too: one occurrence relabelled a place still tells what the name is
    tagged_people = set(person_spans) | {(e.start, e.end) for e in doc_ents(doc) if e.label_ == "PERSON"}
    place_people = place_named_person_names(doc, person_spans) | place_used_person_names(doc, sorted(tagged_people)) \
        | places_by_naming(doc, [(s, e) for _, s, e, lab in kept if lab in ("PERSON", "ORG")]) \
        | crossed_names(doc, [(s, e) for _, s, e, lab in kept if lab == "ORG"], registry)
    covered = _thing_name_cover(doc, thing_titles) if thing_titles else None
    # a person span inside an organisation's name the cleaning extended ("... School of Marine and
    # Atmospheric Science"): a piece of that name
    org_cover = [(s, e) for ent, s, e, lab in kept if lab == "ORG" and e > ent.end]
    person_upto = -1  # end token of the last person's name, which may reach into the next entity
    # one-word person names of the article: the surname of a name the model may have cut before it
    lone_names = frozenset(range_text(doc, s, e) for _, s, e, lab in kept if lab == "PERSON" and e - s == 1)
    for ent, start, end, label in kept:
        named_thing = span_text(ent) in thing_names or range_text(doc, start, end) in thing_names \
            or label == "PERSON" and _one_letter_variant(range_text(doc, start, end), thing_names)
        if named_thing or covered is not None and covered.find(1, ent.start_char, ent.end_char) != -1:
            dropped += 1  # "Hurricane Vera ... Vera killed five": the storm's name again; a word of a title
            continue
        if label == "ORG" and span_text(ent) in place_names:
            label = "GPE"  # named as a place elsewhere in the article
        if label == "PERSON" and person_tagged_organisation(range_text(doc, start, end), org_names):
            label = "ORG"  # "the Oberster Gerichtshof ... Oberster Gerichtshof said": an organisation elsewhere
        if label == "PERSON" and band_before_work(doc, start, end):
            label = "ORG"  # "Kestrels's album": a band
        if label == "PERSON" and school_before_staff(doc, start, end):
            # "the Kelby professor": the college her post is at, no person; not made an organisation mention
            # either ("The Kelby professor added, ..." quotes the professor, not the college)
            dropped += 1
            continue
        if label in ("PERSON", "ORG") and range_text(doc, start, end) in place_people:
            # "Kelby, a small town in ...": every mention of the name is the place (also where the model
            # tagged one of them an organisation)
            dropped += 1
            continue
        if label == "PERSON" and range_text(doc, start, end) in group_names:
            label = "NORP"  # "fighting the Xoronis": a movement or a people, not one person
        if label == "PERSON" and any(s <= ent.start and ent.end <= e for s, e in org_cover):
            dropped += 1
            continue
        if label == "PERSON":
            if ent.start < person_upto:
                continue  # the rest of a name the previous person's span took in ("Zine El" + "Abidine ...")
            if _inside_longer_name(doc, start, end):
                dropped += 1  # "Marine" of "Marine Traffic": a word cut from another name, no one's surname
                continue
            end = extend_name(doc, end, lone_names)
            left = extend_name_left(doc, start, end)
            if left < start and holds_group_word(doc_tokens(doc), left, end):
                # "the Jamaah" + "Kelbut Varoh": the first word the model left out is a word of armed
                # groups' names (relabel() read only the words it tagged): the whole is an organisation
                other_ents.append((Span(doc, left, end, label="ORG"), "ORG"))
                person_upto = end
                continue
            start = left
            person_upto = end
            name = person_name(token_range_text(doc, start, end)[2])
            if end - start == 1 and (title := regnal_title(doc, start)):
                name = f"{title} {name}"  # "Pope Francis", "King Abdullah": a mononym is known with its title
            persons.append((ent, start, end, name))
        else:
            other_ents.append((ent, label))

    full_names = [n for _, _, _, n in persons if len(n.split()) > 1]
    full_names += _untagged_full_names(doc, persons, full_names)
    surname_of = surname_index(full_names)
    apart = relatives_named_apart(doc, [(s, e, n) for _, s, e, n in persons])

    # people first, so that ORG-labelled surnames ("Trump's second administration") find them
    person_ranges = []
    last_full: dict[str, int] = {}  # full name -> sentence of its latest full mention so far
    lone_count = Counter(n for _, _, _, n in persons if len(n.split()) == 1)
    for ent, start, end, name in persons:
        canonical = canonical_person(name, surname_of, full_names, apart)
        if len(name.split()) > 1:
            last_full[canonical] = sent_of.get(start, -1)
        else:
            canonical = recent_namesake(name, canonical, last_full, sent_of.get(start, -1), lone_count[name])
        add_person(b, doc, ent, start, end, canonical, sent_of, sents)
        person_ranges.append((start, end))
    known_people = {normalize_name(a.name): a for a in b.actors.values() if a.actor_type == "person"}
    for a in list(known_people.values()):
        # the surname, and for longer names every whole-word tail ("De La Fuente" of Rocky De La Fuente)
        parts = a.name.split()
        for k in range(1, len(parts)):
            known_people.setdefault(normalize_name(" ".join(parts[k:])), a)
    person_names = [a.name for a in known_people.values()]
    for a in list(known_people.values()):
        # an inner surname ("Vázquez" of Wanda Vázquez Garced) when no other person of the article has it
        for word in a.name.split()[1:-1]:
            if inner_name_owners(word, person_names) == [a.name]:
                known_people.setdefault(normalize_name(word), a)

    for ent, label in other_ents:
        d = add_entity(b, doc, ent, sent_of, sents, known_people, registry, label)
        dropped += d

    propagate_names(b, doc, sents, sent_of, skip_tok, registry)
    compass_states(b, doc, sents, sent_of)
    b.home = functools.cache(lambda: article_country(doc, sents, skip_tok))
    link_anaphora(b, doc, sents, skip_tok, registry)
    _named_governments(b, doc, sents, sent_of, skip_tok)
    named = countries_named(doc, skip_tok)
    countries_from_names(b, named)
    countries_from_state_titles(b)
    countries_from_phrases(b, doc, named)
    countries_of_kin(b, doc)  # after the relatives' own nationality words, before the story's country
    countries_from_national_descriptors(b, sents)  # "X was hurt. The Kelbian cyclist ...": before the article
    countries_of_office_departments(b)  # before the story's country: the department is the office's own
    countries_of_two_word_demonyms(b, doc)
    countries_from_demonym_subjects(b, doc)
    countries_of_listed_names(b, doc)
    countries_from_listed_people(b, named)
    countries_of_sub_units(b)
    _country_of_lone_officials(b)
    countries_of_aides(b)
    party_member_groups(b, named)
    countries_of_named_parts(b)  # after the text's own evidence of the part itself
    mark_visitors(b, doc)  # before the story's country: its places are not a visitor's
    lead = countries_from_article(b, named, doc)
    _home_of_bare_chambers(b)
    name_crowds_by_action_place(b, doc)
    _drop_generic_groups(b, doc)
    if lead is not None:  # after the bare groups the text names more fully took those names
        countries_of_bare_groups(b, lead)
    name_by_demonym(b)
    drop_bare_titles(b)
    clean_actor_names(b)
    people_behind_body_words(b)
    places_before_people(b, doc)
    split_joined_names(b)
    possessors_of_body_names(b, doc)
    parents_of_sub_units(b, doc)  # "the Faculty of Law at the Kelby University"
    descriptors_before_names(b, doc)
    shared_plural_heads(b, doc)
    tails_of_written_names(b, doc)
    appositive_bodies(b, doc)
    sub_national_chambers(b, doc)  # before "Senate" joins the nation's "United States Senate"
    # "Supreme Court of Justice (...) of Kelbia": before a shortened "Court of Justice" finds its one longer name
    bracketed_country_names(b, doc)
    full_institution_names(b, doc)
    shared_surnames(b, doc)
    merge_name_variants(b, doc)
    join_birth_names(b, doc)  # once variant spellings are one actor: the birth name joins the usual name
    written_suffixes(b)
    full_names_for_short_forms(b, doc)
    countries_of_bare_parties(b)
    name_bare_bodies(b, doc)  # after the article's own fuller names had their chance ("House" -> "House of ...")
    subject_tails(b, doc)  # "US District Court" + " for the Southern District of ...", once the state is in
    descriptor_bodies(b)  # "Kelbian police" -> "Kelbian National Police", once bare bodies have their state
    join_specific_bodies(b)
    # "Census Bureau", "US military": the usual name with its state, once states are in and the article's
    # own fuller names of the body had their chance
    qualify_generic_bodies(b)
    registered_names_missing_plural(b)  # "US Marine Corp": the registered "... Corps"
    people_plurals_as_groups(b)  # after variants of one name were joined under one type
    countries_of_chamber_members(b)
    countries_from_member_bodies(b, doc)  # once variant names are joined and bodies have their countries
    countries_of_sub_units(b)  # parents that took their country late (article, member bodies)
    split_company_names(b, doc)  # "a KBX pilot" out of "KBX News", once variant names are joined
    late_places = drop_place_only_states(b, doc)
    drop_local_notice_mentions(b, doc)  # "placed X County under a warning": the land, not its government
    drop_body_buildings(b, doc)  # "sworn in at the Supreme Court": the building, no mention of the court
    dropped += drop_venues_used_as_places(b, doc)
    dropped += drop_bodies_named_in_job_titles(b, doc)
    _drop_credit_mentions(b, doc)
    drop_modifier_mentions(b, doc)
    dropped += drop_non_agents(b, doc)
    dropped += drop_common_word_actors(b, doc)
    dropped += drop_kin_given_names(b, doc)
    dropped += drop_region_peoples(b)
    # the last evidence, once every actor's own was read and the rows that are no actors were dropped (a
    # country given here would keep a place or a thing from being dropped)
    # people's bases again, now that short names are joined to the bodies and people they name ("Mahan's
    # director, X" once "Mahan" is Mahan Air) and the names the model missed are actors
    countries_from_phrases(b, doc, named, passes=(False,), late=True)
    countries_of_coauthors(b, doc)
    officials_in_story_place(b, doc, sents, skip_tok)
    story = countries_from_story(b, lead, is_international)
    countries_from_own_sentences(b, doc, sents, skip_tok, named, is_international)
    # after the story's country, so that a foreign capital's body does not outvote the story's own actors
    countries_from_capitals(b)
    countries_of_staff(b, doc)  # the staff of the bodies that took a capital's country just now
    drop_late_place_mentions(b, late_places)  # after the country passes, which read the article's places
    mentions = sorted(b.mentions, key=lambda m: (m.char_start, m.char_end, m.actor_key))
    actors = sorted(b.actors.values(), key=lambda a: int(a.key[1:]))
    return ActorAnalysis(actors=actors, mentions=mentions, dropped_entities=dropped, story_iso3=story)


def _drop_credit_mentions(b: ActorBuilder, doc: Doc) -> None:
    """A person named only in picture credits ("Image: Ana Ray (flickr)") took or uploaded the picture: not
    a party to the news, no actor. An organisation credited ("Image: Kelby Police") is the body that gave
    the picture and stays, and so does the credit as a mention of anyone the article names elsewhere."""
    if not credit_ranges(doc):
        return
    credited: dict[str, bool] = {}  # actor key -> every name mention is in a credit
    for m in b.mentions:
        if m.mention_kind == "name":
            credited[m.actor_key] = credited.get(m.actor_key, True) and in_credit(doc, m.char_start)
    gone = {key for key, only in credited.items() if only and b.by_key(key).actor_type == "person"}
    gone -= {a.parent_key for a in b.actors.values() if a.parent_key}
    if gone:
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}


def _home_of_bare_chambers(b: ActorBuilder) -> None:
    """Bare state bodies with no country named ("the Senate", "the House", "the Navy", "the Ministry of
    Defence"): the body of the article's country (dateline, else the one country the lead or the article
    names). Without one it stays country-less (and its id is then the article's own: resolve/actors.py),
    never pooled with other countries' bodies. When the article gives its people and bodies countries of
    their own and none is that place's ("the border with Mexico" in a story of US senators), the place
    says where, not whose: the body stays country-less."""
    evidenced: set[str] | None = None
    for actor in b.actors.values():
        if actor.actor_type == "organization" and actor.country_iso3 is None and actor.registry_id is None \
                and (is_bare_chamber(actor.name) or is_bare_force(actor.name) or is_bare_ministry(actor.name)) \
                and b.home is not None and (iso3 := b.home()):
            evidenced = evidenced_countries(b) if evidenced is None else evidenced
            if evidenced and iso3 not in evidenced:
                continue
            actor.country_iso3, actor.country_basis = iso3, "article"


def _drop_generic_groups(b: ActorBuilder, doc: Doc) -> None:
    """"citizens", "workers", "experts" with no country, no name and no registry entry are not a specific
    actor a reader could count (the audit rubric); they, and the pronouns linked to them, are dropped. The
    same words with a country ("Polish doctors", "students" in a story about one country) stay, and so do
    groups that are the subject or object of a verb (a side of an event: "protesters blocked the road")."""
    _merge_bare_into_qualified(b)
    _name_bare_by_earlier_phrase(b, doc)
    gone = {key for key in b.generic_groups - b.acting_groups
            if (a := b.by_key(key)).country_iso3 is None and a.registry_id is None}
    gone |= _groups_only_in_quotes(b, doc)
    for key in b.generic_groups - gone:
        qualify_generic_group(b.by_key(key))
    if not gone:
        return
    b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
    b.mentions = [m for m in b.mentions if m.actor_key not in gone]


def _groups_only_in_quotes(b: ActorBuilder, doc: Doc) -> set[str]:
    """"women", "voters in Ohio" that only a quoted speaker talks about ('"Women in Ohio have said, ..."'):
    people in someone's words, neither a side of a reported event (not a verb's subject or object) nor
    placed by more than the article's country; no actor of the article's own report."""
    cands = {a.key for a in b.actors.values()
             if a.actor_type == "group" and a.key not in b.acting_groups and a.registry_id is None
             and a.country_basis in (None, "article")
             # "ISIS fighters": a group named by a body (a capitalised qualifier giving no country) is specific
             and not (a.country_iso3 is None and any(w[:1].isupper() for w in a.name.split()))}
    if not cands:
        return set()
    ms: dict[str, list[Mention]] = {}
    for m in b.mentions:
        if m.actor_key in cands:
            ms.setdefault(m.actor_key, []).append(m)
    segs = find_quote_segments(doc_text(doc), b.headings or ())
    if not segs:
        return set()
    starts = [s.start for s in segs]

    def inside(m: Mention) -> bool:
        k = bisect.bisect_right(starts, m.char_start) - 1
        return k >= 0 and m.char_end <= segs[k].end

    return {key for key, lst in ms.items() if all(m.mention_kind != "name" and inside(m) for m in lst)}


_QUALIFIER_LABELS = frozenset({"NORP", "ORG", "GPE"})


def _name_bare_by_earlier_phrase(b: ActorBuilder, doc: Doc) -> None:
    """"attributed the bombing to Houthi rebels ... the rebels are backed by ...": a bare common-noun group
    ("rebels") is named by the one phrase "<name> <same noun>" the article writes before it, where the
    name is an entity the model tags as a people, body or place right before the noun that it modifies.
    Two different such phrases leave it bare."""
    bare = {b.by_key(k).name: k for k in b.generic_groups
            if (a := b.by_key(k)).actor_type == "group" and len(a.name.split()) == 1 and a.name.islower()}
    if not bare:
        return
    first: dict[str, int] = {}
    for m in b.mentions:
        if m.actor_key in bare.values():
            first[m.actor_key] = min(first.get(m.actor_key, m.char_start), m.char_start)
    found: dict[str, set[str]] = {}
    for ent in doc_ents(doc):
        if ent.label_ not in _QUALIFIER_LABELS or ent.end >= len(doc):
            continue
        noun = doc[ent.end]
        key = bare.get(noun.lower_)
        if key is None or ent.root.head.i != noun.i or ent.root.dep_ not in ("compound", "amod", "nmod") \
                or noun.idx >= first.get(key, -1) or not ent.text[:1].isupper():
            continue
        found.setdefault(key, set()).add(f"{ent.text.removeprefix('the ')} {noun.text}")
    for key, phrases in found.items():
        if len(phrases) == 1:
            b.by_key(key).name = phrases.pop()
            b.generic_groups.discard(key)  # named by the text: a specific group, kept


def _merge_bare_into_qualified(b: ActorBuilder) -> None:
    """"Officials in Baytown closed the bridge. Officials said ...": a bare common-noun group ("officials")
    is the group the article qualifies elsewhere with the same noun, when it qualifies exactly one
    ("Baytown officials", "officials in Baytown") before the bare noun first appears; its mentions join
    that group, which keeps the words of the text. Two differently qualified groups of that noun leave
    the bare one as it is."""
    by_noun: dict[str, set[str]] = {}
    for a in b.actors.values():
        words = a.name.split()
        if a.actor_type != "group" or len(words) < 2 or a.key in b.generic_groups:
            continue
        prep = next((i for i, w in enumerate(words) if w in ("of", "in", "from", "at")), None)
        noun = words[prep - 1] if prep else words[-1]
        by_noun.setdefault(noun.lower(), set()).add(a.key)
    first: dict[str, int] = {}
    for m in b.mentions:
        first[m.actor_key] = min(first.get(m.actor_key, m.char_start), m.char_start)
    merged: dict[str, str] = {}
    for key in b.generic_groups:
        bare = b.by_key(key)
        if bare.actor_type == "group" and len(bare.name.split()) == 1 and bare.country_iso3 is None \
                and len(into := by_noun.get(bare.name.lower(), set())) == 1 \
                and first.get(next(iter(into)), 1 << 30) < first.get(key, -1):
            # the qualified phrase comes first and the bare noun refers back to it, as news writing does
            merged[key] = next(iter(into))
    if not merged:
        return
    for key, into in merged.items():
        if key in b.acting_groups:
            b.acting_groups.add(into)
    b.generic_groups -= set(merged)
    b.actors = {ident: a for ident, a in b.actors.items() if a.key not in merged}
    b.mentions = [dataclasses.replace(m, actor_key=merged[m.actor_key]) if m.actor_key in merged else m
                  for m in b.mentions]


def _named_governments(b: ActorBuilder, doc: Doc, sents: list[Span], sent_of: dict[int, int], skip: set[int]) -> None:
    """ "the Bush administration", "the Putin government": a leader's name before a word for a government
    stands for the state that leader governs, when the leader's country is known (from the article's titles
    or the registry). An unresolvable name is left as it is."""
    tokens = doc_tokens(doc)
    for i, low in enumerate(doc_column(doc, "lower_")):  # speed: a Token only for the words that pass
        if low not in GOV_HEADS or i in skip or (head := tokens[i]).pos_ != "NOUN":
            continue
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
        if not names:
            continue
        first = min(names, key=lambda t: t.i).left_edge
        start, end = first.idx, head.idx + len(head.text)
        held = [m for m in b.mentions if m.char_start < end and start < m.char_end]
        if not held or any(m.char_start < start or m.char_end > end for m in held):
            continue  # no name known here, or one reaching beyond the phrase
        owners = {m.actor_key for m in held}
        if len(owners) != 1:
            continue
        owner = b.by_key(owners.pop())
        if owner.actor_type == "state":
            continue  # "the Sudan government" is a state already
        iso3 = owner.country_iso3 if owner.actor_type == "person" else None
        if iso3 is None:
            iso3 = surname_country(b.registry, doc[names[-1].i].text)
        if iso3 is None:
            continue
        si = sent_of[head.i]
        b.add(b.state(iso3), doc, start, end, "descriptor", si, sents[si], root=head, block=False)


_DOMESTIC_KINDS = {"head_of_state", "head_of_government", "executive", "minister", "military", "judicial",
                   "legislator", "official", "royal"}


def _country_of_lone_officials(b: ActorBuilder) -> None:
    """"President Ana Morel ... reopened the border with Peru": when the article names exactly one country,
    a titled official (president, minister, judge, general) with no stated country is taken to be of it."""
    countries = {b.by_key(m.actor_key).country_iso3 for m in b.mentions
                 if b.by_key(m.actor_key).actor_type != "person" and b.by_key(m.actor_key).country_iso3}
    if len(countries) != 1:
        return
    iso3 = next(iter(countries))
    for key, kind in b.title_kinds.items():
        actor = b.by_key(key)
        if actor.country_iso3 is None and kind in _DOMESTIC_KINDS and key not in b.stateless:
            actor.country_iso3, actor.country_basis = iso3, "office"




def countries_from_capitals(b: ActorBuilder) -> None:
    """Organisations still without a country whose name holds a national capital of two or more words
    (`body_names.capital_in_name`: "Abu Dhabi TV" in a story about Yemen), basis `name`."""
    for actor in b.actors.values():
        if actor.actor_type == "organization" and actor.country_iso3 is None and actor.registry_id is None \
                and actor.key not in b.stateless and not is_international(actor):
            set_country(actor, capital_in_name(actor.name), "name")
