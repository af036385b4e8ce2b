"""Names that the syntax shows to be things or kinds, not actors: a name with an indefinite article ("a
bio-based PET", "a Beechcraft Sierra", "a Labour Member of Parliament"), a vehicle the model calls a
product ("the Kestrel was launched"); and the model's own organisation label given to a name it elsewhere
calls a person ("the Oberster Gerichtshof ... Oberster Gerichtshof said")."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newscoder.extract.actors.entities import _is_first_name
from newscoder.extract.actors.entity_labels import non_actor_classifiers
from newscoder.extract.actors.word_lists import GOV_BODY, GOV_HEADS, csv_column, org_heads
from newscoder.extract.doctext import char_span, doc_ents, doc_text, doc_tokens, span_root

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.resolve.registry import Registry

# the name is then the determiner's noun itself, not a modifier of another noun ("a CIA officer")
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "npadvmod"})


def indefinite_use(doc: Doc, start: int, end: int) -> bool:
    """Is the name the head of a noun phrase with "a"/"an" ("switched to a bio-based PET", "the plane, a
    Beechcraft Sierra", "always elected a Labour Member of Parliament")? A proper name of one body or
    person takes no indefinite article: such a phrase names a kind, a model, a substance or a title."""
    root = span_root(doc, start, end)
    if root.dep_ in _MODIFIER_DEPS or root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return False  # "an Ana Ray and Bo Li exhibit": names listed before the noun they modify
    if end < len(doc) and doc_tokens(doc)[end].pos_ in ("NOUN", "PROPN"):
        return False  # the parser left the noun the name modifies outside it
    toks = doc_tokens(doc)
    # the article must open the name's own noun phrase: a verb between them means the parser hung the name
    # on another noun's determiner ("a magazine named activist X" parsed with X as the head)
    # ("a self-described X": a participle modifying the name itself is no such verb)
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < start
               and not any(toks[j].pos_ in ("VERB", "AUX", "ADP") and not _modifies_name(toks[j], start, end)
                           for j in range(c.i + 1, start))
               for c in root.children)


def _modifies_name(tok, start: int, end: int) -> bool:
    """A participle that modifies the name ("a self-described X", "a well-known X"), not a verb of its own."""
    return tok.dep_ == "amod" and tok.tag_ == "VBN" and start <= tok.head.i < end


# verbs of which a vehicle is the subject, or the object (or the passive subject), as a vehicle
_VEHICLE_SUBJECT_VERBS = frozenset({"dock", "crash", "land", "fly", "sink", "capsize", "orbit", "splash",
                                    "undock", "touch"})
_VEHICLE_OBJECT_VERBS = frozenset({"launch", "fly", "pilot", "board", "ground", "dock", "land", "sink", "tow",
                                   "crash", "park", "refuel"})


def vehicle_use(doc: Doc, start: int, end: int) -> bool:
    """A name used as a vehicle: the passive subject or object of a verb of launching, flying, boarding
    ("the Kestrel was launched", "crews boarded the Osprey"), the subject of a verb of docking, landing,
    crashing, or a modifier of a vehicle noun ("the Kestrel capsule"; the PRODUCT nouns of
    data/non_actor_classifiers.csv). Asked only of names the model itself calls products: a company flies
    planes and launches rockets too."""
    root = span_root(doc, start, end)
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ in ("nsubjpass", "dobj") and head.pos_ == "VERB" and lemma in _VEHICLE_OBJECT_VERBS:
        return True
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and lemma in _VEHICLE_SUBJECT_VERBS:
        return True
    return root.dep_ in ("compound", "nmod") and head.i >= end and head.pos_ == "NOUN" \
        and non_actor_classifiers().get(lemma) == "PRODUCT"


def _strip_the(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ")


def organisation_names(doc: Doc) -> set[str]:
    """Names the model tags as an organisation with a definite article, as the head of their phrase ("the
    Harbour Survey Institute ruled"; a person's name takes no "the"), and the one-word forms bracketed
    inside or right after an organisation ("the Harbour Survey Institute (Hasurvin)")."""
    toks = doc_tokens(doc)
    out: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "ORG":
            continue
        the = toks[ent.start].lower_ == "the" or ent.start > 0 and toks[ent.start - 1].lower_ == "the"
        if the and ent.root.dep_ not in _MODIFIER_DEPS:
            out.add(_strip_the(ent.text))
        for k in range(ent.start, min(ent.end + 1, len(doc) - 2)):
            word = toks[k + 1]
            if toks[k].text == "(" and word.is_alpha and word.text[:1].isupper() \
                    and (k + 2 == ent.end or toks[k + 2].text == ")"):
                out.add(word.text)
    return out


def person_tagged_organisation(text: str, org_names: set[str]) -> bool:
    """A name the model tags as a person here and as an organisation elsewhere (or as the acronym of one),
    that opens with no known first name: the organisation label wins ("the Oberster Gerichtshof ruled ...
    Oberster Gerichtshof said")."""
    return text in org_names and not _is_first_name(text.split()[0])


def plural_group_name(doc: Doc, start: int, end: int) -> bool:
    """"the Kestrels", "fighting the Xoronis": a one-word name in the plural (tagged NNPS, or ending in "s"
    after "the") whose singular the article also uses as a modifier ("a Xoroni commander", "anti-Xoroni"):
    a movement or a people, not one person."""
    if end - start != 1:
        return False
    tok = doc_tokens(doc)[start]
    text = tok.text
    if not (text.endswith("s") and len(text) > 3 and text[:1].isupper()):
        return False
    if not (tok.tag_ == "NNPS" or start > 0 and doc_tokens(doc)[start - 1].lower_ == "the"):
        return False
    # speed: one search of the text, no pass over the tokens
    return re.search(rf"(?<![\w'’]){re.escape(text[:-1])}(?![\w'’])", doc_text(doc)) is not None


_LINKS = frozenset({"of", "and", "for", "the", "&", "on", "in"})


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _LINKS and w[:1].isalpha()).upper()


def acronym_of_place_part(name: str, acronym: str) -> bool:
    """"the Parliament of New South Wales (NSW)": the bracketed letters are the initials of the place after
    "of", not of the whole name; the acronym names that place, not the body."""
    words = name.split()
    if "of" not in words or not acronym.isupper():
        return False
    tail = words[len(words) - words[::-1].index("of") :]
    return _initials(tail) == acronym and _initials(words) != acronym


def place_part_acronyms(doc: Doc) -> set[str]:
    """Acronyms the article gives to the place part of an organisation's name ("the Parliament of New
    South Wales (NSW)"): no mention of the organisation, and not an actor of their own."""
    toks = doc_tokens(doc)
    out: set[str] = set()
    for ent in doc_ents(doc):
        end = ent.end
        if end >= 2 and toks[end - 2].text == "(":  # the model took the bracket in: "... Wales (NSW"
            acro, name = toks[end - 1].text, doc[ent.start : end - 2].text
        elif end + 2 < len(doc) and toks[end].text == "(" and toks[end + 2].text == ")":
            acro, name = toks[end + 1].text, ent.text
        else:
            continue
        if ent.label_ == "ORG" and acronym_of_place_part(name, acro):
            out.add(acro)
    return out


def longer_name_of_acronym(name: str, aliases: list[str], text: str) -> str | None:
    """"the Harbour Survey Institute (Hasurvin)": the one written-out name of several words the article
    gives an organisation before its short form in brackets; the full name is the canonical one."""
    if " " in name:
        return None
    found = {a for a in aliases if " " in a and (f"{a} ({name})" in text)}
    return found.pop() if len(found) == 1 else None


def first_word_short_forms(names: list[str]) -> dict[str, str]:
    """"Scripps" when the article also names "Scripps Institution of Oceanography": a one-word
    organisation's name that opens exactly one longer organisation's name of the article is its short
    form. Two longer names with that first word ("Kelby Institute of Art", "Kelby School of Law") leave it
    alone."""
    out: dict[str, str] = {}
    for short in names:
        if " " in short or not short[:1].isupper():
            continue
        # an institution "of" a field ("Marlow Institution of Oceanography"), not a division of a company
        # that bears the parent's name ("Kelby Commercial Airplanes": Kelby is the parent)
        longer = [n for n in names if n.startswith(short + " ") and " of " in n]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _common_head(word: str, text: str) -> bool:
    """"Court", "House", "Navy": a class word of bodies (data/org_heads.csv, government nouns and body
    words), or a word the article also writes in lower case, heads many names and is no short form."""
    return word in org_heads() or word.lower() in GOV_HEADS or bool(GOV_BODY.search(word)) \
        or word.lower() in csv_column("body_nouns.csv", "noun") \
        or re.search(rf"\b(?:{re.escape(word.lower())}|[Tt]he {re.escape(word)}(?![\w'’-]|\s+[A-Z\d]))\b",
                     text) is not None


def full_names_for_short_forms(b: ActorBuilder, doc: Doc) -> None:
    """An organisation named by its bracketed short form gets the written-out name ("Hasurvin" -> "Harbour
    Survey Institute"); a one-word organisation that opens exactly one longer name of the article joins
    it ("Scripps" -> "Scripps Institution of Oceanography"). Registered actors keep their names."""
    text = doc_text(doc)
    orgs = [a for a in b.actors.values() if a.actor_type == "organization" and a.registry_id is None]
    for a in orgs:
        if (full := longer_name_of_acronym(a.name, a.aliases, text)) is not None:
            a.aliases.append(a.name)
            a.name = full
    by_name = {a.name: a for a in orgs}
    merged = {by_name[s].key: by_name[long].key for s, long in first_word_short_forms(list(by_name)).items()
              if not _common_head(s, text)}
    # "the Harbour Survey Institute (Hasurvin) ... Hasurvin said": the bracketed short form, an actor of its
    # own when the model tagged it apart, joins the written-out name
    for short, a in by_name.items():
        if " " not in short and a.key not in merged:
            longer = [n for n in by_name if " " in n and f"{n} ({short})" in text]
            if len(longer) == 1:
                merged[a.key] = by_name[longer[0]].key
                by_name[longer[0]].aliases.append(short)
    if not merged:
        return
    b.actors = {ident: a for ident, a in b.actors.items() if a.key not in merged}
    b.mentions = [dataclasses.replace(m, actor_key=merged[m.actor_key]) if m.actor_key in merged else m
                  for m in b.mentions]


def venue_before_event(doc: Doc, start: int, end: int) -> bool:
    """"the Kelby Congress Centre for Harbour Con": a venue's name (its last word a venue word of
    data/org_heads.csv: Centre, Center, Hall) glued by "for" to a name the article also writes on its own
    (not after "for"), in two words or more: a place and an event, not one organisation. "the Center for
    Marine Diversity" stays whole: its second part is never written alone; so does "the Federal Center for
    Neurosurgery": one word is the field of the body."""
    toks = doc_tokens(doc)
    heads = org_heads()
    cut = next((k for k in range(start + 1, end - 1)
                if toks[k].lower_ == "for" and heads.get(toks[k - 1].text) == "venue"), None)
    if cut is None or cut - start < 2:
        return False
    rest = doc[cut + 1 : end].text
    if " " not in rest:
        return False  # "the Federal Center for Neurosurgery": one word after "for" is a field, not an event
    return re.search(rf"(?<!for ){re.escape(rest)}\b", doc_text(doc)) is not None


def _place_noun_of(root, places) -> bool:
    """"the state of X", "the town of X": the article names X as the place a place noun stands for ("state"
    counts here, with "the" before it: "a state of calamity" or "the head of state of X" do not)."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return False
    noun = of.head
    return (noun.lemma_.lower() in places or noun.lower_ == "state") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


_NAMING = frozenset({"call", "name", "rename", "dub"})


def places_by_naming(doc: Doc, spans: list[tuple[int, int]]) -> set[str]:
    """"the new region, to be called Kelmoro", "the province was renamed Kelmoro": a one-word name a naming
    verb gives a place noun (data/place_nouns.csv; its subject, or the noun the verb describes) is the
    place in every mention, whatever the model's label."""
    out: set[str] = set()
    places = csv_column("place_nouns.csv", "noun")
    for start, end in spans:
        root = doc_tokens(doc)[start]
        verb = root.head
        if end - start != 1 or root.dep_ not in ("oprd", "attr") or verb.lemma_.lower() not in _NAMING:
            continue
        named = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ in ("relcl", "acl"):
            named.append(verb.head)
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in places for t in named):
            out.add(root.text)
    return out


def place_named_person_names(doc: Doc, people: list[tuple[int, int]]) -> set[str]:
    """One-word names the model tags as people that the article presents as a place: "Kelby, a small town
    in ...", "the nearest settlement is Kelby" (a place noun of data/place_nouns.csv in apposition or as
    the subject of "be"). Every mention of such a name is then the place."""
    out: set[str] = set()
    places = csv_column("place_nouns.csv", "noun")
    for start, end in people:
        if end - start != 1:
            continue
        root = doc_tokens(doc)[start]
        near = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            near.append(root.head)
        if root.dep_ == "attr" and root.head.lemma_ == "be":
            near += [c for c in root.head.children if c.dep_ == "nsubj"]
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in places for t in near) or _place_noun_of(root, places):
            out.add(root.text)
    return out



# class nouns a name modifies when it names the thing itself: nobody operates a volcano, and a trial or a
# programme named by a word of its own ("the Kelvo trial") is no body; "the Chauvin trial" names a court
# case by a person, so a one-word name opening with a known given name, or a surname of a person of the
# article, stays, and so does a registered body ("the NASA programme" is NASA's)
_NAMED_THING_NOUNS = ("volcano", "glacier", "crater", "geyser", "trial", "programme", "program")
_NAMED_THING = re.compile(rf"\b[Tt]he ([A-Z][\w-]+) (?:{'|'.join(_NAMED_THING_NOUNS)})\b"
                          r"|\b([A-Z][\w-]+) for [Aa]ll\b")  # "X for all": a programme extended to everyone


def names_before_thing_nouns(doc: Doc, registry: Registry | None) -> set[str]:
    """"the eruption of the Kelvo volcano", "the KELVO trial", "the Kelvo programme", "Kelvo for all": one-word
    names the article writes between "the" and a class noun of a landform, a clinical trial or a programme,
    or before "for all" (a programme extended to everyone), are the
    things' own names, not actors, in every mention (the model often tags only the other mentions:
    "Kelvo was still erupting", "the same clinics as KELVO"). One search of the text."""
    found = {m.group(1) or m.group(2) for m in _NAMED_THING.finditer(doc_text(doc))}
    if not found:
        return found
    surnames = {e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1}
    return {w for w in found if not _is_first_name(w) and w not in org_heads() and w not in surnames
            and w not in ("The", "This", "That") and not (registry and registry.lookup(w))}


_SPECIES_NOUNS = ("dinosaur", "species", "genus")  # data/non_actor_classifiers.csv: "a species or genus"
_BINOMIAL = re.compile(rf"\b([A-Z][a-z]{{3,}}) ([a-z]{{3,}}), (?:an?|the) (?:[\w-]+ ){{0,3}}?"
                       rf"(?:{'|'.join(_SPECIES_NOUNS)})\b")


def genus_names(doc: Doc) -> set[str]:
    """"the researchers chose Kelvosaurus minor, a dinosaur about the size of ...": a capitalised word and a
    lower-case one (a genus and a species, as biology writes them) in apposition to a species noun; the
    genus, written alone elsewhere, is an animal, not a person. One search of the text."""
    text = doc_text(doc)
    if not any(w in text for w in _SPECIES_NOUNS):
        return set()
    out: set[str] = set()
    for m in _BINOMIAL.finditer(text):
        epithet = char_span(doc, m.start(2), m.end(2))
        # the second word is no verb or function word ("Kelby said, a dinosaur expert ..." is a person)
        if epithet is None or epithet[0].pos_ not in ("PROPN", "NOUN", "ADV", "X", "ADJ") or epithet[0].is_stop:
            continue
        if not _is_first_name(m.group(1)):
            out.add(m.group(1))
    return out


_CREATORS = ("artist", "writer", "author", "illustrator", "cartoonist", "novelist", "creator", "composer",
             "animator", "screenwriter")
_CREATOR_WORKS = re.compile(rf"\b(?i:{'|'.join(_CREATORS)})s? (?:[A-Z][\w'’.-]+ ?){{1,4}}\(([^()]{{3,120}})\)")


def works_after_creators(doc: Doc) -> set[str]:
    """"comic artist Ana Ray (Moon Girl, Kelvo and the Stars)": the titles bracketed after a creator's name
    are her works (their characters' names), not actors. Only items of capitalised words with a lower-case
    letter, none a country's name ("writer Ana Ray (Chile)" says where she is from). One search of the text."""
    from newscoder.resolve.countries import iso3_for_name

    text = doc_text(doc)
    out: set[str] = set()
    for m in _CREATOR_WORKS.finditer(text):
        items = [w.strip() for w in re.split(r",|\band\b", m.group(1))]
        items = [w.removeprefix("the ").removeprefix("The ") for w in items if w]
        if all(w[:1].isupper() and any(c.islower() for c in w) and not any(c.isdigit() for c in w)
               and iso3_for_name(w) is None for w in items):
            out.update(items)
    return out


# staff of a school: "the Kelby professor" names her college by a word of its name
_SCHOOL_STAFF = frozenset({"professor", "lecturer", "researcher", "academic", "dean", "provost", "alumnus",
                           "alumna", "undergraduate"})


def school_before_staff(doc: Doc, start: int, end: int) -> bool:
    """"The Kelby professor added": a one-word name (no known given name) between "the" and a noun of a
    school's staff names the school, not a person; a person's name takes no "the"."""
    toks = doc_tokens(doc)
    if end - start != 1 or start == 0 or end >= len(toks) or toks[start - 1].lower_ != "the":
        return False
    return toks[end].lemma_.lower() in _SCHOOL_STAFF and toks[end].pos_ == "NOUN" \
        and not _is_first_name(toks[start].text)


# works a band releases or plays: "X's album", "X's tour"
_BAND_WORKS = frozenset({"album", "song", "single", "record", "tour", "concert", "lineup", "line-up"})


def band_before_work(doc: Doc, start: int, end: int) -> bool:
    """"worked on Kestrels's album": a one-word name in the plural ("-s", no known given name, no surname of
    a person of the article) that owns a band's work is the band, an organisation, not a person."""
    toks = doc_tokens(doc)
    if end - start != 1 or end + 1 >= len(toks) or toks[end].text not in ("'s", "’s", "'", "’"):
        return False
    word = toks[start].text
    if not (len(word) > 3 and word.endswith("s") and not word.endswith("ss")) or _is_first_name(word):
        return False
    if toks[end + 1].lower_ not in _BAND_WORKS:
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc_ents(doc))


def crossed_names(doc: Doc, spans: list[tuple[int, int]], registry: Registry | None) -> set[str]:
    """"crossed the Channel ... a flight across the Channel": a one-word organisation name (no organisation
    word, no registered body) that is crossed twice or more (the object of "cross"/"traverse", or after
    "across") and never the subject or owner of anything is a stretch of land or water, not a body."""
    toks = doc_tokens(doc)
    crossed: dict[str, int] = {}
    agent: set[str] = set()
    for s, e in spans:
        if e - s != 1:
            continue
        t = toks[s]
        if t.dep_ in ("nsubj", "nsubjpass", "poss") or e < len(toks) and toks[e].text in ("'s", "’s"):
            agent.add(t.text)
        elif s > 0 and toks[s - 1].lower_ == "the" and (
                t.dep_ == "dobj" and t.head.lemma_.lower() in ("cross", "traverse")
                or t.dep_ == "pobj" and t.head.lower_ == "across"):
            crossed[t.text] = crossed.get(t.text, 0) + 1
    return {w for w, n in crossed.items() if n >= 2 and w not in agent and w not in org_heads()
            and not (registry and registry.lookup(w))}
