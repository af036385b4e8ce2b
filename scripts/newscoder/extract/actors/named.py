"""Named entities made local actors: people (role, country, gender from the text), organisations,
agencies named "<domain> <country>", states, capitals as metonyms and national groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from newscoder.extract import roles
from newscoder.extract.actors.entities import country_before, gender_of, locative
from newscoder.extract.actors.entity_bounds import (
    NAME_SUFFIXES,
    descriptor_tail_end,
    registered_head_end,
    token_range_text,
    trim_entity,
)
from newscoder.extract.actors.groups import identity_words, state_body_name
from newscoder.extract.actors.homonym_states import constituency_homonym, is_other_subdivision
from newscoder.extract.actors.kin_names import parents_described
from newscoder.extract.actors.name_tails import tail_owner
from newscoder.extract.actors.place_peoples import place_people_span
from newscoder.extract.actors.word_lists import (
    GOV_BODY,
    POSS,
    agency_domains,
    csv_column,
    is_acronym,
    name_gender,
    org_heads,
)
from newscoder.extract.doctext import char_span, doc_tokens, range_text, span_root
from newscoder.records import LocalActor
from newscoder.resolve.countries import (
    country_name,
    is_plural_demonym,
    iso3_for_capital,
    iso3_for_demonym,
    iso3_for_name,
)
from newscoder.resolve.office_holders import office_holder_country
from newscoder.resolve.places import country_of
from newscoder.resolve.registry import Registry, normalize_name

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder


def surname_country(registry: Registry | None, surname: str) -> str | None:
    """The one country of every registered person with this surname ("Bush": both presidents, USA)."""
    if registry is None or not surname[:1].isupper():
        return None
    want = surname.lower()
    countries = {a.country_iso3 for a in registry.actors.values()
                 if a.actor_type == "person" and a.name.split()[-1].lower() == want}
    return countries.pop() if len(countries) == 1 and None not in countries else None


def name_core(name: str) -> list[str]:
    """The words of a person's name without a generational suffix ("Ana Ray, Jr." -> Ana, Ray): the surname
    is the word before the suffix, and a suffix alone names no one."""
    parts = name.split()
    if len(parts) > 1 and parts[-1] in NAME_SUFFIXES:
        parts = [*parts[:-2], parts[-2].removesuffix(",")]
    return parts


def surname_index(full_names: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n in full_names:
        parts = name_core(n)
        for key in (parts[-1], parts[0]):
            if n not in out.setdefault(key.lower(), []):
                out[key.lower()].append(n)
    return out


def inner_name_owners(word: str, full_names: list[str]) -> list[str]:
    """The names of three words or more in which the word stands inside, neither first nor last
    (particles such as "bin", "de" are no name of their own)."""
    if not word[:1].isupper():
        return []
    return list(dict.fromkeys(f for f in full_names if word in f.split()[1:-1]))


def canonical_person(name: str, surname_of: dict[str, list[str]], full_names: list[str],
                     apart: dict[str, set[str]] | None = None) -> str:
    """The name of the person a name mention means. `apart` (`kin_names.relatives_named_apart`) holds names
    that belong to two people though one looks like a form of the other ("Her mother, Ana Berg Ray")."""
    apart = apart or {}
    parts = name.split()
    # "De La Fuente" after "Rocky De La Fuente": a whole-word tail of exactly one longer name
    low = [p.lower() for p in parts]
    tails = {f for f in full_names
             if len(f.split()) > len(parts) > 1 and [w.lower() for w in f.split()[-len(parts):]] == low}
    if len(tails) == 1:
        return tails.pop()
    if len(parts) == 1:
        fulls = surname_of.get(name.lower(), [])
        # prefer a full name whose surname (last word) it is
        by_last = [f for f in fulls if name_core(f)[-1].lower() == name.lower()]
        if by_last:
            return _salient_namesake(by_last, full_names, apart)
        if fulls:
            return _salient_namesake(fulls, full_names, apart)
        # "Rosselló" after "Ricardo Rosselló Nevares": a capitalised inner word of exactly one longer name
        # (a first of two surnames); shared by two names, it says neither
        inner = inner_name_owners(name, full_names)
        return inner[0] if len(inner) == 1 else name
    # "Donald J. Trump" and "Donald Trump": the longest form wins only if it contains the shorter
    # ("John Ray" and "John Paul Ray Jr.": one person, the suffix no surname)
    core = name_core(name)
    longer = [f for f in full_names if f != name and name_core(f)[0] == core[0] and name_core(f)[-1] == core[-1]
              and f not in apart.get(name, ())]
    return max([name, *longer], key=len) if longer else name


def recent_namesake(name: str, canonical: str, last_full: dict[str, int], sentence: int, times: int) -> str:
    """The person a lone surname means when the article names several people of that surname
    (`canonical` the most salient of them) and writes the surname alone only once (`times`): one of the
    others named in full in this sentence or the one before ("... and author Ana Ray. She called her
    marriage to Ray happy": Ana Ray, not the story's Luis Ray). A surname the article writes alone again
    and again is its habit for the story's person (the salient one), whoever was named last."""
    low = name.lower()
    namesakes = {f: s for f, s in last_full.items() if f.split()[-1].lower() == low and len(f.split()) > 1}
    if times > 1 or not namesakes or sentence < 0 or canonical.split()[-1].lower() != low:
        return canonical
    latest = max(namesakes, key=lambda f: namesakes[f])
    if latest.split()[0] != canonical.split()[0] and sentence - 1 <= namesakes[latest] <= sentence \
            and sum(1 for s in namesakes.values() if s == namesakes[latest]) == 1:
        return latest
    return canonical


def _salient_namesake(names: list[str], full_names: list[str], apart: dict[str, set[str]]) -> str:
    """The person a lone surname means among the article's full names that end in it. Forms of one
    person's name ("Ana Ray", "Ana M. Ray": one first word) give the longest form. People of different
    first names ("Ana Ray", "Luis Ray") give the one the article names in full most often, and of those
    the first named (the story's subject comes first), not the longest name."""
    # "Ana Ray ... Her mother, Ana Berg Ray": two people; a surname alone is the story's person, the one
    # named first, not the relative the text introduces by her kinship
    names = [n for n in names if not any(o in names and full_names.index(o) < full_names.index(n)
                                         for o in apart.get(n, ()))] or names
    firsts = {n.split()[0] for n in names}
    if len(firsts) == 1:
        return max(names, key=len)
    counts = {first: sum(1 for f in full_names if f in names and f.split()[0] == first) for first in firsts}
    order = {first: next(i for i, f in enumerate(full_names) if f in names and f.split()[0] == first)
             for first in firsts}
    first = max(firsts, key=lambda w: (counts[w], -order[w]))
    return max((n for n in names if n.split()[0] == first), key=len)


def _registered_without_country(registry: Registry, text: str):
    """"United States Central Intelligence Agency": a country's name put before a registered body of that
    country; the registry's usual name is the one without it."""
    words = text.split()
    for n in (1, 2, 3):
        if len(words) > n + 1 and (iso3 := iso3_for_name(" ".join(words[:n]))):
            reg = registry.lookup(" ".join(words[n:]))
            if reg is not None and reg.actor_type == "organization" and reg.country_iso3 == iso3:
                return reg
    return None


def add_person(b: ActorBuilder, doc: Doc, ent: Span, start: int, end: int, canonical: str,
                sent_of: dict[int, int], sents: list[Span]) -> None:
    toks = doc_tokens(doc)
    reg = b.registry.lookup(canonical, "person") if b.registry else None
    if reg is None and b.registry and len(canonical.split()) == 1:
        reg = b.registry.lookup(canonical, "person")
    if reg is not None:
        actor = b.registered(reg)
    else:
        actor = b.actor(("person", normalize_name(canonical)),
                        lambda: LocalActor(key="", name=canonical, actor_type="person"))
    info = roles.role_before(doc, start)
    if info.role is None:
        appos = roles.role_in_apposition(doc[start:end])
        if appos is not None:
            info = appos
    if info.kind:
        b.title_kinds.setdefault(actor.key, info.kind)
    gender = gender_of(doc, start, actor.name)
    if gender:
        b.genders.setdefault(actor.key, gender)
    elif len(actor.name.split()) > 1 and (gender := name_gender(actor.name)):
        b.name_genders.setdefault(actor.key, gender)
    if info.role and actor.key not in b.role_from_text:
        # the article's first stated title is the most current; the registry's is a fallback
        actor.role = info.role
        b.role_from_text.add(actor.key)
    if actor.country_iso3 is None and (held := office_holder_country(actor.name, b.date)):
        actor.country_iso3, actor.country_basis = held, "registry"  # listed in office on the article's date
    if info.country_iso3 and actor.country_iso3 is None:
        actor.country_iso3, actor.country_basis = info.country_iso3, "title"
    if actor.country_iso3 is None and info.role and end + 1 < len(doc) and toks[end].lower_ == "of":
        after = iso3_for_name(toks[end + 1].text) or (end + 2 < len(doc) and iso3_for_name(doc[end + 1 : end + 3].text))
        if after and not constituency_homonym(after, info.kind, info.role):
            # "King Abdullah of Jordan"; not "Senator X of Georgia" (the US state: left to the later passes)
            actor.country_iso3, actor.country_basis = after, "title"
    cs, ce, _ = token_range_text(doc, start, end)
    si = sent_of[start]
    b.add(actor, doc, cs, ce, "name", si, sents[si], root=span_root(doc, start, end))
    # a country word inside the title ("US President ...") is also a mention of that state
    if info.role and info.char_start < cs:
        for tok in char_span(doc, info.char_start, cs, alignment_mode="expand") or []:
            iso3 = iso3_for_name(tok.text.removesuffix("'s").removesuffix("’s"))
            if iso3 and not b.overlaps(tok.idx, tok.idx + len(tok.text)):
                t_end = tok.idx + len(tok.text.removesuffix("'s").removesuffix("’s"))
                if _agency_before(doc, tok.i) and not b.overlaps(toks[tok.i - 1].idx, t_end):
                    # "Environment Canada spokesperson Ann Ray": the agency she speaks for, not the state
                    _add_agency(b, doc, tok.i - 1, tok.i + 1, iso3, si, sents[si])
                    continue
                b.add(b.state(iso3), doc, tok.idx, t_end, "name", si, sents[si], block=True)
        # the rest of the title is not an entity of its own ("State" in "Secretary of State")
        b.taken.append((info.char_start, cs, "title"))


def add_entity(b: ActorBuilder, doc: Doc, ent: Span, sent_of: dict[int, int], sents: list[Span],
                known_people: dict[str, LocalActor], registry: Registry | None, label: str | None = None) -> int:
    """Add one non-PERSON entity; returns 1 when it was dropped as junk."""
    toks = doc_tokens(doc)
    label = label or ent.label_
    start, end = trim_entity(ent)
    if label in ("ORG", "PERSON"):
        end = descriptor_tail_end(doc, start, end, bool(registry and registry.lookup(doc[start:end].text)))
    headed = None
    if label in ("ORG", "NORP", "GPE") and not (registry and registry.lookup(range_text(doc, start, end))):
        # "the Kelbist movement" with only "Kelbist" tagged: the registered movement, named in full
        headed = registered_head_end(doc, start, end, registry)
        if headed is not None and b.overlaps(toks[start].idx, toks[end].idx + len(toks[end].text)):
            headed = None  # the noun already belongs to another mention: the name as tagged
        if headed is not None:
            end = headed[0]
    cs, ce, text = token_range_text(doc, start, end)
    if b.overlaps(cs, ce):
        return 0
    if label == "GPE" and _head_of_name_after(doc, end):
        return 0  # "Abu Dhabi Media", "United States District Court": the place is part of a body's name
    si = sent_of[ent.start]
    sent = sents[si]
    root = span_root(doc, start, end)
    if text in identity_words():
        # "LGBT activist Ana Ray": an identity acronym says what someone is, no organisation ("the LGBT
        # community" is read as a group by the noun-phrase pass: groups.identity_community)
        return 1
    norm = normalize_name(text)
    # 1. an ORG/GPE label on a person's name ("Trump's second administration")
    # (not a place the model tagged as one: "Washington, D.C." is no mention of George Washington)
    if norm in known_people and label in ("ORG", "GPE", "NORP", "FAC") \
            and not (label == "GPE" and country_of(text, cities=True)):
        b.add(known_people[norm], doc, cs, ce, "name", si, sent, root=root)
        return 0
    # "Environment Canada", "Statistics Norway": a government agency named "<domain> <country>"
    if label != "NORP" and _agency_before(doc, start) and iso3_for_name(text) \
            and not b.overlaps(toks[start - 1].idx, cs):
        return _add_agency(b, doc, start - 1, end, iso3_for_name(text), si, sent)
    if end - start >= 2 and toks[start].text in agency_domains() and iso3_for_name(doc[start + 1 : end].text):
        return _add_agency(b, doc, start, end, iso3_for_name(doc[start + 1 : end].text), si, sent)
    # "the National Institute of Ocean Studies (NIOS)": the bracketed acronym is that organisation
    if start >= 2 and toks[start - 1].text == "(" and is_acronym(text) and end < len(doc) and toks[end].text == ")":
        before = toks[start - 2].idx + len(toks[start - 2].text)
        owner = next((m for m in reversed(b.mentions) if m.char_end == before), None)
        if owner is not None and b.by_key(owner.actor_key).actor_type == "organization":
            actor = b.by_key(owner.actor_key)
            initials = {w[0] for w in actor.name.split() if w[:1].isupper()}
            if end - start > 1 and text[0] not in initials and actor.registry_id is None \
                    and actor.name == owner.text:
                # "Green Party (E & W)": letters spaced apart that are no initials of the name qualify it
                # (a region, a branch): written into the name as the text writes it, no actor of their own
                actor.name = f"{actor.name} ({text})"
                b.taken.append((cs, ce, actor.actor_type))
                return 1
            b.add(actor, doc, cs, ce, "name", si, sent, root=root)
            return 0
    if (owner_actor := _bracketed_firm_owner(b, doc, start, end)) is not None:
        b.firm_aliases[text] = owner_actor.key  # written alone later, the same company
    if owner_actor is not None or text in b.firm_aliases:
        b.add(owner_actor or b.by_key(b.firm_aliases[text]), doc, cs, ce, "name", si, sent, root=root)
        return 0
    # an acronym this article already gave to one of its organisations
    if is_acronym(text):
        owner_actor = next((a for a in b.actors.values() if a.actor_type == "organization" and text in a.aliases), None)
        if owner_actor is not None:
            b.add(owner_actor, doc, cs, ce, "name", si, sent, root=root)
            return 0
    # 2. the registry beats the model
    reg = headed[1] if headed is not None else registry.lookup(text) if registry else None
    if reg is None and registry and label == "ORG":
        iso3 = country_before(doc, start)
        if iso3:
            cname = country_name(iso3)
            for form in (f"{cname}'s {text}", f"{cname} {text}", f"{text} of {cname}",
                         f"{toks[start - 1].text} {text}"):
                reg = registry.lookup(form)
                if reg is not None:
                    break
    if reg is None and registry and label == "ORG":
        reg = _registered_without_country(registry, text)
    tail = tail_owner(text, registry) if reg is None and label == "ORG" else None
    if tail is not None and tail.registered is not None:
        reg = tail.registered  # "Tahrir al-Kelb": the registered body whose name it ends
    if reg is not None and reg.actor_type == "state" and b.sports:
        reg = None  # in a match report a country that plays is its national team, not the state
    if reg is not None and reg.actor_type == "state" and reg.country_iso3 \
            and is_other_subdivision(doc, start, end, reg.country_iso3, sent):
        return 0  # "Senators from Florida and Georgia": the US state, a place
    if reg is not None and not (reg.actor_type == "state" and label == "NORP"):
        actor = b.registered(reg)
        kind = "name"
        if reg.actor_type == "state" and iso3_for_capital(text) and not iso3_for_name(text):
            if locative(doc, start) or root.dep_ == "appos" or _destination(doc, start):
                return 0  # the capital as a place
            kind = "metonym"
        _maybe_parent(b, doc, start, actor)
        b.add(actor, doc, cs, ce, kind, si, sent, root=root)
        return 0
    # 3. countries and capitals
    if label in ("GPE", "ORG", "FAC", "NORP") and label != "NORP":
        iso3 = iso3_for_name(text) or state_style_of(text)
        if iso3 and b.sports and not locative(doc, start):
            # "Norway beat Japan 2 – 1": the national team, not the state
            team = f"{country_name(iso3)} national team"
            actor = b.actor(("org", normalize_name(team)), lambda: LocalActor(
                key="", name=team, actor_type="organization", country_iso3=iso3, country_basis="name"))
            b.add(actor, doc, cs, ce, "name", si, sent, root=root)
            return 0
        if iso3 and is_other_subdivision(doc, start, end, iso3, sent):
            return 0  # another country's state or province of the same name, a place
        if iso3:
            b.add(b.state(iso3), doc, cs, ce, "name", si, sent, root=root)
            return 0
        iso3 = iso3_for_capital(text)
        if iso3 and (locative(doc, start) or root.dep_ == "appos" or _destination(doc, start)):
            return 0  # "met in Niamey", "the capital, New Delhi": the city as a place, not its government
        if iso3:
            b.add(b.state(iso3), doc, cs, ce, "metonym", si, sent, root=root)
            return 0
        if label == "GPE" or label == "FAC" and _company_noun_before(doc, start, end) is None:
            return 0  # a city, region or building: a place, not an actor
        # ("Iranian airline Mahan Air": a name the model took for a building, after a company noun, is the
        # company's)
    if label == "NORP":
        return _add_norp(b, doc, ent, start, end, si, sent)
    # 4. organisations
    name = text
    iso3 = country_before(doc, start)
    if tail is not None:
        # the last words of one PETRARCH2 organisation's name: its full name (when written as news writes it)
        name, iso3 = tail.name or text, tail.country_iso3 or iso3
    if name.split()[0] in ("US", "U.S.", "UK", "EU") and len(name.split()) > 1:
        iso3 = iso3 or iso3_for_name(name.split()[0])
    if GOV_BODY.search(name) and iso3 and not iso3_for_name(name.rsplit(" of ", 1)[-1]) \
            and not roles.country_of_modifier(name.split()[0]):
        name = state_body_name(name, iso3)  # "Interior Ministry" after "Saudi": "Saudi Interior Ministry"
    actor = b.actor(("org", normalize_name(name)),
                    lambda: LocalActor(key="", name=name, actor_type="organization", country_iso3=iso3,
                                       country_basis="nationality" if iso3 else None))
    if actor.country_iso3 is None and iso3:
        actor.country_iso3, actor.country_basis = iso3, "nationality"
    if name.startswith("The ") and actor.name == name[4:]:
        # "The Kelby Ledger reported ... according to The Kelby Ledger": the first mention opened a sentence
        # and lost its "The"; a mention mid-sentence shows the article is the name's own (trim_entity keeps
        # a capitalised "The" only where the article never writes the name after a lower-case "the")
        actor.name = name
    _maybe_parent(b, doc, start, actor)
    if actor.parent_key is None and GOV_BODY.search(name) and iso3:
        actor.parent_key = b.state(iso3).key
    ext = _company_noun_before(doc, start, end)
    if ext is not None and not b.overlaps(toks[ext].idx, cs, allow_inner_states=True):
        # "US automaker GM", "German airline Lufthansa": the mention is the whole noun phrase (the alias
        # stays the name)
        b.add(actor, doc, toks[ext].idx, ce, "name", si, sent, root=root, alias=text)
    else:
        b.add(actor, doc, cs, ce, "name", si, sent, root=root)
    _person_in_name(b, doc, start, end, known_people, si, sent)
    return 0


def _bracketed_firm_owner(b: ActorBuilder, doc: Doc, start: int, end: int) -> LocalActor | None:
    """"XKT Vasútépítő Kft. (XKT Limited)": a company's name in brackets right after a company's name that
    opens with the same acronym, both ending in a company word (data/org_heads.csv), is that company's name
    in another language, no second company."""
    toks = doc_tokens(doc)
    if end - start < 2 or start < 3 or toks[start - 1].text != "(" or end >= len(toks) or toks[end].text != ")" \
            or not is_acronym(toks[start].text) or org_heads().get(toks[end - 1].text) != "company":
        return None
    k = start - 2
    if toks[k].text == "." and not toks[k - 1].whitespace_:
        k -= 1  # "Kft." written with its full stop, which the tokenizer split off
    before = toks[k].idx + len(toks[k].text)
    owner = next((m for m in reversed(b.mentions) if m.char_end == before), None)
    if owner is None:
        return None
    actor = b.by_key(owner.actor_key)
    words = owner.text.split()
    if actor.actor_type != "organization" or len(words) < 2 or words[0] != toks[start].text \
            or org_heads().get(words[-1]) != "company":
        return None
    return actor


# a state's style before "of" and its short name ("the State of X", "the Kingdom of X"): the state itself
_STATE_STYLES = frozenset({"State", "Republic", "Kingdom", "Principality", "Sultanate", "Emirate"})


def state_style_of(text: str) -> str | None:
    """ISO3 of "State of X" / "Republic of X" / "Kingdom of X" when X is a country's name the tables know
    and the whole form is not itself a listed name (those, "Republic of China", are looked up first)."""
    core = text[4:] if text.startswith(("the ", "The ")) else text
    style, sep, rest = core.partition(" of ")
    return iso3_for_name(rest) if sep and style in _STATE_STYLES else None


# words of travel whose "to"/"for" phrase names where one goes ("bound for", "flights to", "sailed to")
_TRAVEL_LEMMAS = frozenset({"bound", "bind", "head", "fly", "flight", "sail", "travel", "return", "arrive", "drive",
                            "route", "journey", "trip", "voyage", "depart", "relocate", "move", "evacuate",
                            "transfer", "deport", "ship", "train", "bus", "ferry", "road", "highway", "railway",
                            "transport", "visit", "carry"})


def _destination(doc: Doc, start: int) -> bool:
    """"a ship bound for Jakarta", "flights to Beijing": a capital after "to", "for" or "toward" that a word
    of travel governs is where one goes, a place, not its government (as after "in" or "at")."""
    if start < 1:
        return False
    toks = doc_tokens(doc)
    prep = toks[start - 1]
    if start >= 3 and toks[start - 1].ent_type_ == "ORDINAL" and toks[start - 2].lower_ == "the":
        return True  # "the second Kelbo": a city's name for another place like it, no mention of its state
    # "from Kelbo to Nairobi": the end of a route
    return prep.lower_ in ("to", "for", "toward", "towards", "via") and prep.dep_ == "prep" \
        and (prep.head.lemma_.lower() in _TRAVEL_LEMMAS or prep.head.lower_ == "from")


def _head_of_name_after(doc: Doc, end: int) -> bool:
    """Do capitalised words right after a place name run to an organisation's head word ("Media", "Court",
    "Army")? Then the place begins that body's name and is no mention of its state. A title on the way
    ("US President", "United States District Judge") or a person's name ends the run: there the place is
    the state the office belongs to."""
    toks = doc_tokens(doc)
    heads = org_heads()
    for t in toks[end : end + 4]:
        if not t.text[:1].isupper() or t.ent_type_ in ("PERSON", "DATE", "TIME", "GPE") \
                or roles.titles().get(t.lower_) is not None:
            return False
        if t.text in heads:
            return True
    return False


def _company_noun_before(doc: Doc, start: int, end: int) -> int | None:
    """Start token of a company-noun premodifier phrase right before a name ("Aircraft manufacturer" in
    "Aircraft manufacturer Boeing"), without the determiner; None when there is none."""
    toks = doc_tokens(doc)
    if start < 1 or toks[start - 1].lower_ not in csv_column("company_words.csv", "noun"):
        return None
    noun = toks[start - 1]
    root = span_root(doc, start, end)
    if not (start <= noun.head.i < end or root.head.i == noun.i):
        return None
    first = start - 1
    while first > 0:
        prev = toks[first - 1]
        if prev.dep_ in ("det", "poss", "punct", "cc", "prep") or prev.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
        if prev.ent_type_ in ("GPE", "NORP") or roles.country_of_modifier(prev.text):
            break  # "US automaker GM": "US" stays a mention of the state alone (actor_at finds it)
        if not (first - 1 <= prev.head.i < end):
            break
        first -= 1
    return first


def _stands_alone(b: ActorBuilder, doc: Doc, person: LocalActor) -> bool:
    """Is this "person" used as a name of its own somewhere (not "the Space Shuttle orbiters", which the
    model may tag as a person)? A full name heading its phrase once, without a determiner or a capitalised
    word next to it."""
    toks = doc_tokens(doc)
    if len(person.name.split()) < 2:
        return False
    for m in b.mentions:
        if m.actor_key != person.key or m.mention_kind != "name":
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        before = toks[span.start - 1] if span.start > 0 else None
        after = toks[span.end] if span.end < len(doc) else None
        if span.root.dep_ in ("compound", "amod", "nmod"):
            continue  # "the last Space Shuttle mission": a modifier, not a name standing alone
        if (before is None or before.pos_ != "DET") and (after is None or not after.text[:1].isupper()):
            return True
    return False


def _agency_before(doc: Doc, start: int) -> bool:
    """A capitalised domain word right before a country name, not a title ("Environment Minister")."""
    toks = doc_tokens(doc)
    if start < 1 or toks[start - 1].text not in agency_domains():
        return False
    nxt = toks[start + 1] if start + 1 < len(doc) else None
    return not (nxt is not None and nxt.text in ("Minister", "Secretary"))



def _add_agency(b: ActorBuilder, doc: Doc, start: int, end: int, iso3: str, si: int, sent: Span) -> int:
    cs, ce, name = token_range_text(doc, start, end)
    actor = b.actor(("org", normalize_name(name)),
                    lambda: LocalActor(key="", name=name, actor_type="organization", country_iso3=iso3,
                                       country_basis="name"))
    if actor.parent_key is None:
        actor.parent_key = b.state(iso3).key
    b.add(actor, doc, cs, ce, "name", si, sent, root=span_root(doc, start, end))
    return 0


def _person_in_name(b: ActorBuilder, doc: Doc, start: int, end: int, known_people: dict[str, LocalActor],
                    si: int, sent: Span) -> None:
    """"the Nelson Mandela Foundation", "the Mandela Archive": an organisation named after a
    person of this article also mentions that person (a nested mention, not blocking)."""
    for size in range(min(3, end - start - 1), 0, -1):
        words = doc[start : start + size]
        person = known_people.get(normalize_name(words.text))
        if person is not None and all(t.text[:1].isupper() for t in words) and _stands_alone(b, doc, person):
            b.add(person, doc, words.start_char, words.end_char, "name", si, sent, block=False)
            return


def _maybe_parent(b: ActorBuilder, doc: Doc, start: int, actor: LocalActor) -> None:
    """"the US State Department's Bureau of ...": the possessor organisation is the parent."""
    toks = doc_tokens(doc)
    if actor.parent_key is not None or start < 2 or toks[start - 1].text not in POSS:
        return
    for m in reversed(b.mentions):
        if m.char_end == toks[start - 1].idx or m.char_end == toks[start - 1].idx + 0:
            owner = b.by_key(m.actor_key)
            if owner.actor_type == "organization" and owner.key != actor.key:
                actor.parent_key = owner.key
            return


def _add_norp(b: ActorBuilder, doc: Doc, ent: Span, start: int, end: int, si: int, sent: Span) -> int:
    toks = doc_tokens(doc)
    text = doc[start:end].text
    iso3 = iso3_for_demonym(text)
    head = toks[end - 1]
    if iso3 is None and (people := place_people_span(doc, start, end)) is not None:
        # "Hong Kongers", "a Londoner's rights": the people of a place no demonym list holds, one group
        home, name = people
        actor = b.actor(("group", normalize_name(name)),
                        lambda: LocalActor(key="", name=name, actor_type="group", country_iso3=home,
                                           country_basis="nationality"))
        cs, ce, _ = token_range_text(doc, start, end)
        b.add(actor, doc, cs, ce, "descriptor", si, sent, root=head)
        return 0
    if iso3 and is_plural_demonym(text):
        # "Peruvians", "ordinary Peruvians": the people of a country, as a group; not "the son of Peruvians"
        # (whose child someone is: a part of that person's description, no group of the story)
        if parents_described(head):
            return 0
        name = text if text[:1].isupper() else text.capitalize()
        if start > 0 and toks[start - 1].lower_ == "ethnic":
            iso3 = None  # "ethnic Albanians" in Serbia or Macedonia: an ethnicity, not Albania's people
            name = f"ethnic {name}"
        actor = b.actor(("group", normalize_name(name)),
                        lambda: LocalActor(key="", name=name, actor_type="group", country_iso3=iso3,
                                           country_basis="nationality" if iso3 else None))
        cs, ce, _ = token_range_text(doc, start - 1 if iso3 is None else start, end)
        b.add(actor, doc, cs, ce, "descriptor", si, sent, root=head)
        return 0
    if iso3 is None and text[:1].isupper() and head.tag_ in ("NNPS", "NNS") and len(text) > 3:
        # "Democrats", "Republicans", "Shiites": a named group; "Iraqi Kurds": of that country
        home = iso3_for_demonym(toks[start].text) if end - start > 1 else None
        actor = b.actor(("group", normalize_name(text)),
                        lambda: LocalActor(key="", name=text, actor_type="group", country_iso3=home,
                                           country_basis="nationality" if home else None))
        cs, ce, _ = token_range_text(doc, start, end)
        b.add(actor, doc, cs, ce, "name", si, sent, root=head)
    return 0  # adjectives ("the Peruvian government") are read by the descriptor pass
