"""Actors and their mentions inside one article.

Entry point: `extract_actors(doc, article, registry)`. Steps:
1. named entities (PERSON, ORG, GPE, NORP, and FAC seats of government) are cleaned: handles such as
   "@USembcuba", fragments such as "Mar" of "Mar-a-Lago", single letters, ALL-CAPS shouting are dropped
   (and counted); leading titles and trailing possessives are split off;
2. each name becomes a local actor: countries, demonyms and capitals resolve to one state per ISO3
   (capitals are metonyms); people's titles give role and country; surnames merge into the full name;
   registry aliases beat the model's label;
3. in reading order, pronouns, descriptors ("the agency", "the island"), titles ("the US president"),
   possessive governments ("her administration") and groups ("Cubans", "residents") are linked.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

from spacy.tokens import Doc, Span, Token

from newscoder.extract import coref, roles
from newscoder.extract.dateline import dateline_end
from newscoder.extract.doctext import doc_text, doc_tokens
from newscoder.records import ActorAnalysis, Article, LocalActor, Mention
from newscoder.resolve.countries import (
    country_name,
    is_plural_demonym,
    iso3_for_capital,
    iso3_for_demonym,
    iso3_for_name,
    iso3_for_region,
)
from newscoder.resolve.places import country_of_place
from newscoder.resolve.registry import Registry, RegistryActor, normalize_name

EXTRACTOR = "newscoder.extract.mentions"
_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_HYPHEN_SUFFIXES = {"based", "born", "run", "led", "backed", "owned", "funded", "controlled", "made", "american"}
_POSS = ("'s", "’s", "'", "’")
_GOV_BODY = re.compile(r"^(?:Ministry|Department|Secretariat|Office|Directorate)\b|\b(?:Ministry|Department)$")
_GOV_HEADS = {"government", "administration", "regime", "leadership", "cabinet"}
_PORTFOLIO_TITLES = {"minister", "ministers", "secretary", "secretaries", "commissioner", "ministry"}


@functools.cache
def _csv_column(name: str, column: str) -> frozenset[str]:
    """One column of a data file, lower-cased (`column` + "_upper": upper-cased, for codes)."""
    upper = column.endswith("_upper")
    col = column.removesuffix("_upper")
    with resources.files("newscoder.data").joinpath(name).open(encoding="utf-8") as f:
        rows = [r[col].strip() for r in csv.DictReader(f)]
    return frozenset(v.upper() if upper else v.lower() for v in rows)


@functools.cache
def _descriptors() -> dict[str, tuple[str, tuple[str, ...]]]:
    with resources.files("newscoder.data").joinpath("descriptors.csv").open(encoding="utf-8") as f:
        return {
            r["noun"]: (r["actor_type"], tuple(k for k in r["name_keywords"].split("|") if k))
            for r in csv.DictReader(f)
        }


@dataclass(slots=True)
class _Builder:
    """Collects actors and mentions for one article."""

    registry: Registry | None
    actors: dict[tuple, LocalActor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[coref.Candidate] = field(default_factory=list)
    taken: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, actor_type)
    headings: tuple[tuple[int, int], ...] = ()
    role_from_text: set[str] = field(default_factory=set)  # actor keys whose role this article states
    sports: bool = False  # a match report: countries that play are national teams
    title_kinds: dict[str, str] = field(default_factory=dict)  # person key -> kind of the title in the text
    genders: dict[str, str] = field(default_factory=dict)  # person key -> "male"/"female", when the text shows it
    # the country the article is about (dateline, else lead), for bare bodies: computed on first need
    home: Callable[[], str | None] | None = None
    # speed: the characters covered by `taken`, brought up to date on each overlaps() (1 = covered)
    _cover: bytearray = field(default_factory=bytearray)
    _covered_upto: int = 0  # how many entries of `taken` are in _cover
    _cover_exact: bool = True  # False once an empty or reversed span is taken: _cover cannot tell then

    def actor(self, ident: tuple, make) -> LocalActor:
        if ident not in self.actors:
            actor = make()
            actor.key = f"a{len(self.actors) + 1}"
            self.actors[ident] = actor
        return self.actors[ident]

    def by_key(self, key: str) -> LocalActor:
        return next(a for a in self.actors.values() if a.key == key)

    def state(self, iso3: str) -> LocalActor:
        def make() -> LocalActor:
            reg = self.registry.state(iso3) if self.registry else None
            return LocalActor(
                key="",
                name=reg.name if reg else country_name(iso3),
                actor_type="state",
                country_iso3=iso3,
                wikidata_id=reg.wikidata_id if reg else None,
                registry_id=reg.actor_id if reg else None,
            )

        return self.actor(("state", iso3), make)

    def registered(self, reg: RegistryActor) -> LocalActor:
        if reg.actor_type == "state" and reg.country_iso3:
            return self.state(reg.country_iso3)

        def make() -> LocalActor:
            return LocalActor(
                key="",
                name=reg.name,
                actor_type=reg.actor_type,
                country_iso3=reg.country_iso3,
                role=reg.role,
                wikidata_id=reg.wikidata_id,
                registry_id=reg.actor_id,
            )

        actor = self.actor(("reg", reg.actor_id), make)
        if reg.parent_actor_id and actor.parent_key is None and self.registry:
            parent = self.registry.get(reg.parent_actor_id)
            if parent is not None:
                actor.parent_key = self.registered(parent).key
        return actor

    def overlaps(self, start: int, end: int, allow_inner_states: bool = False) -> bool:
        """Is [start, end) already part of a mention? ("the US president" may hold the state "US")."""
        if not allow_inner_states and start < end and 0 <= start:
            cover = self._cover
            for s, e, _ in self.taken[self._covered_upto :]:
                if not 0 <= s < e:
                    self._cover_exact = False
                    break
                if e > len(cover):
                    cover.extend(bytes(e - len(cover)))
                cover[s:e] = b"\x01" * (e - s)
            self._covered_upto = len(self.taken)
            if self._cover_exact:
                return cover.find(1, start, end) != -1
        for s, e, atype in self.taken:
            if s < end and start < e:
                if allow_inner_states and atype == "state" and start <= s and e <= end:
                    continue
                return True
        return False

    def add(self, actor: LocalActor, doc: Doc, start: int, end: int, kind: str, sent_index: int,
            sent: Span, root: Token | None = None, block: bool = True, alias: str | None = None) -> Mention:
        text = doc_text(doc)[start:end]
        m = Mention(actor.key, text, start, end, kind, sent_index, _evidence(sent, self.headings, start), EXTRACTOR)
        self.mentions.append(m)
        alias = alias or text
        if alias not in actor.aliases and kind in ("name", "metonym"):
            actor.aliases.append(alias)
        if block:
            self.taken.append((start, end, actor.actor_type))
        if root is not None:
            is_subj, is_main = coref.subject_flags(root)
        else:
            is_subj = is_main = False
        self.candidates.append(
            coref.Candidate(actor.key, actor.actor_type, start, sent_index, is_subj, is_main)
        )
        return m


def _evidence(sent: Span, headings: tuple[tuple[int, int], ...], at: int) -> str:
    """The sentence verbatim, cut at a crosshead the parser glued to it."""
    start, end = sent.start_char, sent.end_char
    for hs, he in headings:
        if start < he and hs < end:
            if he <= at:
                start = max(start, he)
            else:
                end = min(end, hs)
    return doc_text(sent.doc)[start:end].strip()


# ---------------------------------------------------------------- entity cleaning
def _is_junk(ent: Span) -> bool:
    text = ent.text
    doc = ent.doc
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 1 or text.startswith(("@", "#")) or "@" in text:
        return True
    if ent[0].i > 0 and doc[ent[0].i - 1].text in ("@", "#"):
        return True
    # a fragment of a hyphenated word: "Mar" of "Mar-a-Lago" (but keep "Somalia-based")
    after = doc_text(doc)[ent.end_char : ent.end_char + 2]
    if after[:1] == "-" and after[1:2].isalpha():
        nxt = doc_text(doc)[ent.end_char + 1 :].split(maxsplit=1)
        suffix = re.split(r"[^\w]", nxt[0])[0].lower() if nxt else ""
        if suffix not in _HYPHEN_SUFFIXES:
            return True
    if ent.start_char > 1 and doc_text(doc)[ent.start_char - 1] == "-" and doc_text(doc)[ent.start_char - 2].isalpha():
        return True
    # ALL-CAPS shouting: an upper-case word among upper-case words ("NO MORE OIL ... ZERO")
    if text.isupper() and len(letters) >= 3:
        sent = ent.sent
        words = [t.text for t in sent if t.is_alpha and not (ent.start <= t.i < ent.end)]
        if words and sum(w.isupper() for w in words) / len(words) > 0.5:
            return True
    if ent.label_ == "PERSON" and not text[:1].isupper():
        return True
    # "Health Minister X", "Finance ministers": a portfolio inside a title, not an organisation
    if len(ent) == 1 and ent.label_ == "ORG" and ent.end < len(doc) and ent.text.lower() in _csv_column(
            "portfolio_words.csv", "word") and doc[ent.end].lower_ in _PORTFOLIO_TITLES:
        return True
    return False


def _trim_entity(ent: Span) -> tuple[int, int]:
    """Token range of the entity without a leading "the", titles, and a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end > start and doc[end - 1].text in _POSS:
        end -= 1
    if start < end and doc[start].lower_ == "the":
        start += 1
    # "World Health Organisation (WHO": the acronym is read by the propagation pass
    for k in range(start + 1, end):
        if doc[k].text in ("(", "["):
            end = k
            break
    if ent.label_ == "PERSON":
        while end - start > 1 and (roles.is_title_word(doc[start].text) or roles.is_honorific(doc[start].text)):
            start += 1
    return start, end


def _token_range_text(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    # a possessive glued to the last token ("Cuba's" tokenised as one word) is not part of the name
    text = doc_text(doc)[cs:ce]
    for p in _POSS[:2]:
        if text.endswith(p) and len(text) > len(p):
            ce -= len(p)
            text = text[: -len(p)]
    return cs, ce, text


@functools.cache
def _gender_table(name: str, column: str) -> dict[str, str]:
    with resources.files("newscoder.data").joinpath(name).open(encoding="utf-8") as f:
        return {r[column].strip(): r["gender"].strip() for r in csv.DictReader(f)}


def _gender_of(doc: Doc, start: int, name: str) -> str | None:
    """"Mrs May", "King Abdullah", "Angela Merkel": gender shown by a title word or a common first name."""
    words = _gender_table("gendered_words.csv", "word")
    for i in range(start - 1, max(start - 4, -1), -1):
        g = words.get(doc[i].lower_)
        if g:
            return g
        if not (doc[i].text[:1].isupper() or doc[i].is_punct):
            break
    first = name.split()[0] if name.split() else ""
    return _gender_table("first_names.csv", "name").get(first) if len(name.split()) > 1 else None


@functools.cache
def _org_heads() -> dict[str, str]:
    with resources.files("newscoder.data").joinpath("org_heads.csv").open(encoding="utf-8") as f:
        return {r["word"].strip(): r["kind"].strip() for r in csv.DictReader(f)}


_STATIVE = {"be", "have", "lie", "sit", "remain", "become", "see", "border", "host", "experience", "stand",
            "look", "seem", "get", "feel", "include", "contain", "suffer", "enjoy"}


def _named_as_place(ent: Span) -> bool:
    """"the city of El Fasher", "the town of X": the name is a place whatever label the model gave it."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i \
        and root.head.head.lemma_.lower() in _csv_column("place_nouns.csv", "noun")


def _relabel(doc: Doc, ent: Span, start: int, end: int) -> str:
    """Correct the model's label where the words say otherwise (why: the small model often calls
    countries people, museums people, and companies places)."""
    label = ent.label_
    text = _token_range_text(doc, start, end)[2]
    last = doc[end - 1].text
    if label == "PERSON":
        if iso3_for_name(text) or iso3_for_capital(text):
            return "GPE"  # "Tunisia's coach ..." tagged as a person
        if iso3_for_demonym(text):
            return "NORP"  # "Ugandan opposition candidates"
        if end - start > 1 and last in _org_heads():
            return "ORG"  # "Art Gallery", "Edmonton Sun"
        return label
    if label == "ORG" and 2 <= end - start <= 3 and last not in _org_heads() and _listed_with_people(doc, start, end):
        return "PERSON"  # "Ada Lovelace, Grace Hopper, Alan Turing, ...": one of a list of people
    if label == "GPE" and not (iso3_for_name(text) or iso3_for_capital(text) or iso3_for_region(text)):
        if end - start > 1 and _org_heads().get(last) in ("company", "education", "media", "government"):
            return "ORG"
        # a company noun before it: "automaker GM", "airline AirTran"
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and prev.lower_ in _csv_column("company_words.csv", "noun"):
            return "ORG"
        root = doc[start:end].root
        # in apposition to a company noun: "its European division, Opel"
        if root.dep_ == "appos" and root.head.lower_ in _csv_column("company_words.csv", "noun"):
            return "ORG"
        # an unknown "place" that acts ("Cisco sues Apple") is an organisation
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ not in _STATIVE:
            return "ORG"
    return label


_SCORE = re.compile(r"(?<![\d,.])\d{1,2} ?[–—-] ?\d{1,2}(?![\d,.])")
_LOCATIVE = {"in", "at", "near", "across", "throughout", "inside", "from", "into", "within"}


def _is_match_report(doc: Doc) -> bool:
    """A sports report: several scores ("1 – 0") and sports words (why: there, countries are teams)."""
    if len(_SCORE.findall(doc_text(doc))) < 2:  # the cheap test first: most articles have no scores
        return False
    words = _csv_column("sports_words.csv", "word")
    return sum(1 for t in doc_tokens(doc) if t.lower_ in words) >= 4


def _locative(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _LOCATIVE


def _listed_with_people(doc: Doc, start: int, end: int) -> bool:
    """A two- or three-word proper name coordinated with people's names."""
    span = doc[start:end]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return False
    root = span.root
    near = [root.head, *root.children] if root.dep_ == "conj" else list(root.children)
    return any(t.dep_ == "conj" or t is root.head for t in near) and any(
        t.ent_type_ == "PERSON" for t in near if t.i < start or t.i >= end)


def _person_name(text: str) -> str:
    return " ".join(text.split())


def _country_before(doc: Doc, start: int) -> str | None:
    """Country of a premodifier right before token `start`: "US", "Cuban", "Cuba's"."""
    i = start - 1
    if i >= 0 and doc[i].text in _POSS:
        i -= 1
    if i < 0:
        return None
    return roles.country_of_modifier(doc[i].text)


# ---------------------------------------------------------------- the main pass
def extract_actors(doc: Doc, article: Article, registry: Registry | None = None) -> ActorAnalysis:
    """Every actor of the article and every mention pointing to it (pure: no I/O)."""
    b = _Builder(registry)
    sents = [s for s in doc.sents]
    sent_of: dict[int, int] = {}
    for si, s in enumerate(sents):
        for i in range(s.start, s.end):
            sent_of[i] = si
    # crossheads are not prose: skip their tokens (the parser may glue them to a neighbouring sentence)
    skip_tok = {t.i for t in doc_tokens(doc) if article.in_heading(t.idx, t.idx + len(t.text))} \
        if article.headings else set()
    b.headings = article.headings
    b.sports = _is_match_report(doc)
    dropped = 0
    persons: list[tuple[Span, int, int, str]] = []  # (ent, start tok, end tok, name)
    other_ents: list[tuple[Span, str]] = []

    place_names = {e.text for e in doc.ents if e.label_ == "ORG" and _named_as_place(e)}
    for ent in doc.ents:
        if ent.label_ not in _ACTOR_LABELS or skip_tok and any(i in skip_tok for i in range(ent.start, ent.end)):
            continue
        if _is_junk(ent):
            dropped += 1
            continue
        start, end = _trim_entity(ent)
        if start >= end:
            dropped += 1
            continue
        label = _relabel(doc, ent, start, end)
        if label == "ORG" and ent.text in place_names:
            label = "GPE"  # named as a place elsewhere in the article
        if label == "PERSON":
            persons.append((ent, start, end, _person_name(_token_range_text(doc, start, end)[2])))
        else:
            other_ents.append((ent, label))

    full_names = [n for _, _, _, n in persons if len(n.split()) > 1]
    surname_of = _surname_index(full_names)

    # people first, so that ORG-labelled surnames ("Trump's second administration") find them
    person_ranges = []
    for ent, start, end, name in persons:
        canonical = _canonical_person(name, surname_of, full_names)
        _add_person(b, doc, ent, start, end, canonical, sent_of, sents)
        person_ranges.append((start, end))
    known_people = {normalize_name(a.name): a for a in b.actors.values() if a.actor_type == "person"}
    for a in list(known_people.values()):
        known_people.setdefault(normalize_name(a.name.split()[-1]), a)

    for ent, label in other_ents:
        d = _add_entity(b, doc, ent, sent_of, sents, known_people, registry, label)
        dropped += d

    _propagate_names(b, doc, sents, sent_of, skip_tok, registry)
    b.home = functools.cache(lambda: article_country(doc, sents, skip_tok))
    _link_anaphora(b, doc, sents, skip_tok, registry)
    _country_of_lone_officials(b)
    _named_governments(b, doc, sents, sent_of, skip_tok)
    mentions = sorted(b.mentions, key=lambda m: (m.char_start, m.char_end, m.actor_key))
    actors = sorted(b.actors.values(), key=lambda a: int(a.key[1:]))
    return ActorAnalysis(actors=actors, mentions=mentions, dropped_entities=dropped)


def _named_governments(b: _Builder, doc: Doc, sents: list[Span], sent_of: dict[int, int], skip: set[int]) -> None:
    """ "the Bush administration", "the Putin government": a leader's name before a word for a government
    stands for the state that leader governs, when the leader's country is known (from the article's titles
    or the registry). An unresolvable name is left as it is."""
    for head in doc_tokens(doc):
        if head.lower_ not in _GOV_HEADS or head.i in skip or head.pos_ != "NOUN":
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
            iso3 = _surname_country(b.registry, doc[names[-1].i].text)
        if iso3 is None:
            continue
        si = sent_of[head.i]
        b.add(b.state(iso3), doc, start, end, "descriptor", si, sents[si], root=head, block=False)


def _surname_country(registry: Registry | None, surname: str) -> str | None:
    """The one country of every registered person with this surname ("Bush": both presidents, USA)."""
    if registry is None or not surname[:1].isupper():
        return None
    want = surname.lower()
    countries = {a.country_iso3 for a in registry.actors.values()
                 if a.actor_type == "person" and a.name.split()[-1].lower() == want}
    return countries.pop() if len(countries) == 1 and None not in countries else None


def _surname_index(full_names: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n in full_names:
        parts = n.split()
        for key in (parts[-1], parts[0]):
            if n not in out.setdefault(key.lower(), []):
                out[key.lower()].append(n)
    return out


def _canonical_person(name: str, surname_of: dict[str, list[str]], full_names: list[str]) -> str:
    parts = name.split()
    if len(parts) == 1:
        fulls = surname_of.get(name.lower(), [])
        # prefer a full name whose surname (last word) it is
        by_last = [f for f in fulls if f.split()[-1].lower() == name.lower()]
        if by_last:
            return max(by_last, key=len)
        if fulls:
            return max(fulls, key=len)
        return name
    # "Donald J. Trump" and "Donald Trump": the longest form wins only if it contains the shorter
    longer = [f for f in full_names if f != name and f.split()[0] == parts[0] and f.split()[-1] == parts[-1]]
    return max([name, *longer], key=len) if longer else name


def _add_person(b: _Builder, doc: Doc, ent: Span, start: int, end: int, canonical: str,
                sent_of: dict[int, int], sents: list[Span]) -> None:
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
    gender = _gender_of(doc, start, actor.name)
    if gender:
        b.genders.setdefault(actor.key, gender)
    if info.role and actor.key not in b.role_from_text:
        # the article's first stated title is the most current; the registry's is a fallback
        actor.role = info.role
        b.role_from_text.add(actor.key)
    if info.country_iso3 and actor.country_iso3 is None:
        actor.country_iso3 = info.country_iso3
    if actor.country_iso3 is None and info.role and end + 1 < len(doc) and doc[end].lower_ == "of":
        after = iso3_for_name(doc[end + 1].text) or (end + 2 < len(doc) and iso3_for_name(doc[end + 1 : end + 3].text))
        if after:
            actor.country_iso3 = after  # "King Abdullah of Jordan"
    cs, ce, _ = _token_range_text(doc, start, end)
    si = sent_of[start]
    b.add(actor, doc, cs, ce, "name", si, sents[si], root=doc[start:end].root)
    # a country word inside the title ("US President ...") is also a mention of that state
    if info.role and info.char_start < cs:
        for tok in doc.char_span(info.char_start, cs, alignment_mode="expand") or []:
            iso3 = iso3_for_name(tok.text.removesuffix("'s").removesuffix("’s"))
            if iso3 and not b.overlaps(tok.idx, tok.idx + len(tok.text)):
                t_end = tok.idx + len(tok.text.removesuffix("'s").removesuffix("’s"))
                b.add(b.state(iso3), doc, tok.idx, t_end, "name", si, sents[si], block=True)
        # the rest of the title is not an entity of its own ("State" in "Secretary of State")
        b.taken.append((info.char_start, cs, "title"))


def _add_entity(b: _Builder, doc: Doc, ent: Span, sent_of: dict[int, int], sents: list[Span],
                known_people: dict[str, LocalActor], registry: Registry | None, label: str | None = None) -> int:
    """Add one non-PERSON entity; returns 1 when it was dropped as junk."""
    label = label or ent.label_
    start, end = _trim_entity(ent)
    cs, ce, text = _token_range_text(doc, start, end)
    if b.overlaps(cs, ce):
        return 0
    si = sent_of[ent.start]
    sent = sents[si]
    root = doc[start:end].root
    norm = normalize_name(text)
    # 1. an ORG/GPE label on a person's name ("Trump's second administration")
    if norm in known_people and label in ("ORG", "GPE", "NORP", "FAC"):
        b.add(known_people[norm], doc, cs, ce, "name", si, sent, root=root)
        return 0
    # "Environment Canada", "Statistics Norway": a government agency named "<domain> <country>"
    if label != "NORP" and _agency_before(doc, start) and iso3_for_name(text) \
            and not b.overlaps(doc[start - 1].idx, cs):
        return _add_agency(b, doc, start - 1, end, iso3_for_name(text), si, sent)
    if end - start >= 2 and doc[start].text in _agency_domains() and iso3_for_name(doc[start + 1 : end].text):
        return _add_agency(b, doc, start, end, iso3_for_name(doc[start + 1 : end].text), si, sent)
    # 2. the registry beats the model
    reg = registry.lookup(text) if registry else None
    if reg is None and registry and label == "ORG":
        iso3 = _country_before(doc, start)
        if iso3:
            cname = country_name(iso3)
            for form in (f"{cname}'s {text}", f"{cname} {text}", f"{text} of {cname}",
                         f"{doc[start - 1].text} {text}"):
                reg = registry.lookup(form)
                if reg is not None:
                    break
    if reg is not None and reg.actor_type == "state" and b.sports:
        reg = None  # in a match report a country that plays is its national team, not the state
    if reg is not None and not (reg.actor_type == "state" and label == "NORP"):
        actor = b.registered(reg)
        kind = "name"
        if reg.actor_type == "state" and iso3_for_capital(text) and not iso3_for_name(text):
            kind = "metonym"
        _maybe_parent(b, doc, start, actor)
        b.add(actor, doc, cs, ce, kind, si, sent, root=root)
        return 0
    # 3. countries and capitals
    if label in ("GPE", "ORG", "FAC", "NORP") and label != "NORP":
        iso3 = iso3_for_name(text)
        if iso3 and b.sports and not _locative(doc, start):
            # "Norway beat Japan 2 – 1": the national team, not the state
            team = f"{country_name(iso3)} national team"
            actor = b.actor(("org", normalize_name(team)), lambda: LocalActor(
                key="", name=team, actor_type="organization", country_iso3=iso3))
            b.add(actor, doc, cs, ce, "name", si, sent, root=root)
            return 0
        if iso3:
            b.add(b.state(iso3), doc, cs, ce, "name", si, sent, root=root)
            return 0
        iso3 = iso3_for_capital(text)
        if iso3:
            b.add(b.state(iso3), doc, cs, ce, "metonym", si, sent, root=root)
            return 0
        if label in ("GPE", "FAC"):
            return 0  # a city, region or building: a place, not an actor
    if label == "NORP":
        return _add_norp(b, doc, ent, start, end, si, sent)
    # 4. organisations
    name = text
    iso3 = _country_before(doc, start)
    if name.split()[0] in ("US", "U.S.", "UK", "EU") and len(name.split()) > 1:
        iso3 = iso3 or iso3_for_name(name.split()[0])
    if _GOV_BODY.search(name) and iso3 and not iso3_for_name(name.rsplit(" of ", 1)[-1]):
        name = f"{name} of {country_name(iso3)}"
    actor = b.actor(("org", normalize_name(name)),
                    lambda: LocalActor(key="", name=name, actor_type="organization", country_iso3=iso3))
    if actor.country_iso3 is None and iso3:
        actor.country_iso3 = iso3
    _maybe_parent(b, doc, start, actor)
    if actor.parent_key is None and _GOV_BODY.search(name) and iso3:
        actor.parent_key = b.state(iso3).key
    ext = _company_noun_before(doc, start, end)
    if ext is not None and not b.overlaps(doc[ext].idx, cs, allow_inner_states=True):
        # "US automaker GM", "German airline Lufthansa": the mention is the whole noun phrase (the alias
        # stays the name)
        b.add(actor, doc, doc[ext].idx, ce, "name", si, sent, root=root, alias=text)
    else:
        b.add(actor, doc, cs, ce, "name", si, sent, root=root)
    _person_in_name(b, doc, start, end, known_people, si, sent)
    return 0


def _company_noun_before(doc: Doc, start: int, end: int) -> int | None:
    """Start token of a company-noun premodifier phrase right before a name ("Aircraft manufacturer" in
    "Aircraft manufacturer Boeing"), without the determiner; None when there is none."""
    if start < 1 or doc[start - 1].lower_ not in _csv_column("company_words.csv", "noun"):
        return None
    noun = doc[start - 1]
    root = doc[start:end].root
    if not (start <= noun.head.i < end or root.head.i == noun.i):
        return None
    first = start - 1
    while first > 0:
        prev = doc[first - 1]
        if prev.dep_ in ("det", "poss", "punct", "cc", "prep") or prev.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
        if prev.ent_type_ in ("GPE", "NORP") or roles.country_of_modifier(prev.text):
            break  # "US automaker GM": "US" stays a mention of the state alone (actor_at finds it)
        if not (first - 1 <= prev.head.i < end):
            break
        first -= 1
    return first


def _stands_alone(b: _Builder, doc: Doc, person: LocalActor) -> bool:
    """Is this "person" used as a name of its own somewhere (not "the Space Shuttle orbiters", which the
    model may tag as a person)? A full name heading its phrase once, without a determiner or a capitalised
    word next to it."""
    if len(person.name.split()) < 2:
        return False
    for m in b.mentions:
        if m.actor_key != person.key or m.mention_kind != "name":
            continue
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if span.root.dep_ in ("compound", "amod", "nmod"):
            continue  # "the last Space Shuttle mission": a modifier, not a name standing alone
        if (before is None or before.pos_ != "DET") and (after is None or not after.text[:1].isupper()):
            return True
    return False


def _agency_before(doc: Doc, start: int) -> bool:
    """A capitalised domain word right before a country name, not a title ("Environment Minister")."""
    if start < 1 or doc[start - 1].text not in _agency_domains():
        return False
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    return not (nxt is not None and nxt.text in ("Minister", "Secretary"))


@functools.cache
def _agency_domains() -> frozenset[str]:
    with resources.files("newscoder.data").joinpath("agency_domains.csv").open(encoding="utf-8") as f:
        return frozenset(r["word"].strip() for r in csv.DictReader(f))


def _add_agency(b: _Builder, doc: Doc, start: int, end: int, iso3: str, si: int, sent: Span) -> int:
    cs, ce, name = _token_range_text(doc, start, end)
    actor = b.actor(("org", normalize_name(name)),
                    lambda: LocalActor(key="", name=name, actor_type="organization", country_iso3=iso3))
    if actor.parent_key is None:
        actor.parent_key = b.state(iso3).key
    b.add(actor, doc, cs, ce, "name", si, sent, root=doc[start:end].root)
    return 0


def _person_in_name(b: _Builder, doc: Doc, start: int, end: int, known_people: dict[str, LocalActor],
                    si: int, sent: Span) -> None:
    """"the Nelson Mandela Foundation", "the Mandela Archive": an organisation named after a
    person of this article also mentions that person (a nested mention, not blocking)."""
    for size in range(min(3, end - start - 1), 0, -1):
        words = doc[start : start + size]
        person = known_people.get(normalize_name(words.text))
        if person is not None and all(t.text[:1].isupper() for t in words) and _stands_alone(b, doc, person):
            b.add(person, doc, words.start_char, words.end_char, "name", si, sent, block=False)
            return


def _maybe_parent(b: _Builder, doc: Doc, start: int, actor: LocalActor) -> None:
    """"the US State Department's Bureau of ...": the possessor organisation is the parent."""
    if actor.parent_key is not None or start < 2 or doc[start - 1].text not in _POSS:
        return
    for m in reversed(b.mentions):
        if m.char_end == doc[start - 1].idx or m.char_end == doc[start - 1].idx + 0:
            owner = b.by_key(m.actor_key)
            if owner.actor_type == "organization" and owner.key != actor.key:
                actor.parent_key = owner.key
            return


def _add_norp(b: _Builder, doc: Doc, ent: Span, start: int, end: int, si: int, sent: Span) -> int:
    text = doc[start:end].text
    iso3 = iso3_for_demonym(text)
    head = doc[end - 1]
    if iso3 and is_plural_demonym(text):
        # "Cubans", "ordinary Cubans": the people of a country, as a group
        name = text if text[:1].isupper() else text.capitalize()
        if start > 0 and doc[start - 1].lower_ == "ethnic":
            iso3 = None  # "ethnic Albanians" in Serbia or Macedonia: an ethnicity, not Albania's people
            name = f"ethnic {name}"
        actor = b.actor(("group", normalize_name(name)),
                        lambda: LocalActor(key="", name=name, actor_type="group", country_iso3=iso3))
        cs, ce, _ = _token_range_text(doc, start - 1 if iso3 is None else start, end)
        b.add(actor, doc, cs, ce, "descriptor", si, sent, root=head)
        return 0
    if iso3 is None and text[:1].isupper() and head.tag_ in ("NNPS", "NNS") and len(text) > 3:
        # "Democrats", "Republicans", "Shiites": a named group; "Iraqi Kurds": of that country
        home = iso3_for_demonym(doc[start].text) if end - start > 1 else None
        actor = b.actor(("group", normalize_name(text)),
                        lambda: LocalActor(key="", name=text, actor_type="group", country_iso3=home))
        cs, ce, _ = _token_range_text(doc, start, end)
        b.add(actor, doc, cs, ce, "name", si, sent, root=head)
    return 0  # adjectives ("Cuban regime") are read by the descriptor pass


_DOMESTIC_KINDS = {"head_of_state", "head_of_government", "executive", "minister", "military", "judicial",
                   "legislator", "official", "royal"}


def _country_of_lone_officials(b: _Builder) -> None:
    """"President Abdel Said ... lifted the curfew in Haiti": when the article names exactly one country,
    a titled official (president, minister, judge, general) with no stated country is taken to be of it."""
    countries = {b.by_key(m.actor_key).country_iso3 for m in b.mentions
                 if b.by_key(m.actor_key).actor_type != "person" and b.by_key(m.actor_key).country_iso3}
    if len(countries) != 1:
        return
    iso3 = next(iter(countries))
    for key, kind in b.title_kinds.items():
        actor = b.by_key(key)
        if actor.country_iso3 is None and kind in _DOMESTIC_KINDS:
            actor.country_iso3 = iso3


# ---------------------------------------------------------------- names the model missed
_NOT_ACTOR_ENTS = {"LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}
_NAME_LINKS = {"of", "for", "and", "&", "de", "the"}


def _known_names(b: _Builder) -> dict[str, str]:
    """Surface forms of this article's people and organisations -> actor key ("Jobs" -> Steve Jobs)."""
    known: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for m in b.mentions:
        if m.mention_kind != "name":
            continue
        actor = b.by_key(m.actor_key)
        if actor.actor_type not in ("person", "organization"):
            continue
        known.setdefault(m.text, actor.key)
        if actor.actor_type == "person":
            parts = actor.name.split()
            if len(parts) > 1 and len(parts[-1]) > 2 and parts[-1][:1].isupper():
                surnames.setdefault(parts[-1], set()).add(actor.key)
    for surname, keys in surnames.items():
        if len(keys) == 1 and not roles.is_title_word(surname) and not resolve_country_word(surname):
            known.setdefault(surname, next(iter(keys)))
    return known


def resolve_country_word(word: str) -> str | None:
    return iso3_for_name(word) or iso3_for_demonym(word) or iso3_for_capital(word)


def _acronym_after(doc: Doc, end: int) -> str | None:
    """ "World Health Organisation (WHO)": the bracketed acronym right after a name."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        word = doc[end + 1].text
        if word.isupper() and 2 <= len(word) <= 8 and word.isalpha():
            return word
    return None


def _propagate_names(b: _Builder, doc: Doc, sents: list[Span], sent_of: dict[int, int], skip: set[int],
                     registry: Registry | None) -> None:
    """Later mentions of a name the model tagged once ("Jobs", "Sunak", an acronym defined in brackets),
    and registered names it did not tag at all ("WHO say ...")."""
    known = _known_names(b)
    for m in list(b.mentions):
        if m.mention_kind == "name" and b.by_key(m.actor_key).actor_type == "organization":
            span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
            acro = _acronym_after(doc, span.end) if span is not None else None
            if acro:
                known.setdefault(acro, m.actor_key)
    for name, key in _short_company_names(b).items():
        known.setdefault(name, key)
    unseen = _unseen_company_names(b, doc, skip)
    _unseen_listed_people(b, doc, sents, sent_of, skip)
    i = 0
    n = len(doc)
    tokens = doc_tokens(doc)
    full = doc_text(doc)
    has_amp = "&" in full
    while i < n:
        tok = tokens[i]
        amp = _AMP_NAME.match(tok.text) if has_amp else None
        if amp and i + 1 < n and tokens[i + 1].like_num:
            amp = None  # "the S&P 500": an index, not the company
        if (amp and tok.ent_type_ not in _NOT_ACTOR_ENTS and i not in skip
                and not b.overlaps(tok.idx, tok.idx + amp.end())):
            # "AT&T", "AT&T." (the tokenizer may keep a sentence's full stop on it)
            name = amp.group()
            actor = b.actor(("org", normalize_name(name)), lambda t=name: LocalActor(
                key="", name=t, actor_type="organization"))
            si = sent_of[i]
            b.add(actor, doc, tok.idx, tok.idx + amp.end(), "name", si, sents[si], root=tok)
            i += 1
            continue
        if (i in skip or not tok.text[:1].isupper() or tok.ent_type_ in _NOT_ACTOR_ENTS
                or b.overlaps(tok.idx, tok.idx + len(tok.text))):
            i += 1
            continue
        found = None
        for size in range(min(6, n - i), 0, -1):
            words = tokens[i : i + size]  # speed: a Span only once the words pass
            if not words[-1].text[:1].isupper() or any(
                t.i in skip or t.ent_type_ in _NOT_ACTOR_ENTS or t.is_punct and t.text != "&"
                or not (t.text[:1].isupper() or t.lower_ in _NAME_LINKS) for t in words
            ):
                continue
            toks = doc[i : i + size]
            text = toks.text
            end_char = toks.end_char
            if end_char < len(full) and full[end_char] == "-" or b.overlaps(toks.start_char, end_char):
                continue  # "Warhol-like": part of a word
            if text in known:
                found = (size, b.by_key(known[text]))
                break
            if text in unseen:
                # a company the model did not tag: "its division, Opel"
                actor = b.actor(("org", normalize_name(text)), lambda t=text: LocalActor(
                    key="", name=t, actor_type="organization"))
                known[text] = actor.key
                found = (size, actor)
                break
            if any(t.ent_type_ == "GPE" for t in toks):
                continue  # a place, unless this article already made the name an organisation
            reg = registry.lookup(text) if registry else None
            if reg is None or reg.actor_type == "state":
                continue
            # a single word must look like a name: an acronym, or a proper noun inside the sentence
            if size == 1 and not (tok.text.isupper() and len(tok.text) > 1
                                  or tok.tag_ in ("NNP", "NNPS") and not tok.is_sent_start):
                continue
            found = (size, b.registered(reg))
            break
        if found is None:
            i += 1
            continue
        size, actor = found
        span = doc[i : i + size]
        si = sent_of[i]
        b.add(actor, doc, span.start_char, span.end_char, "name", si, sents[si], root=span.root)
        i += size
    # after the registry's names, so that "the U.S. Treasury" stays the registered department
    _unseen_gov_bodies(b, doc, sents, sent_of, skip)


_AMP_NAME = re.compile(r"[A-Z][A-Za-z]{0,3}&[A-Z][A-Za-z]{0,3}(?=\.?$)")  # "AT&T", "P&G", "S&P"


def _short_company_names(b: _Builder) -> dict[str, str]:
    """"AirTran Airways" is also "AirTran": a one-word name before a company word ("Airways", "Inc."),
    when that word is a name (capitalised and never written in lower case in the article)."""
    out: dict[str, str] = {}
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        parts = m.text.split()
        if (m.mention_kind != "name" or actor.actor_type != "organization" or len(parts) != 2
                or _org_heads().get(parts[1]) != "company" or parts[1] in ("Group", "Bank", "Company")):
            continue
        short = parts[0]
        if short[:1].isupper() and not short.isupper() and not resolve_country_word(short) \
                and not roles.is_title_word(short):
            out.setdefault(short, actor.key)
    return out


def _unseen_company_names(b: _Builder, doc: Doc, skip: set[int]) -> set[str]:
    """Proper nouns outside any entity that the words show to be companies: in apposition to a company
    noun ("its European division, Opel") or naming one ("the Old Mutual insurance company")."""
    company = _csv_column("company_words.csv", "noun")
    out: set[str] = set()
    tokens = doc_tokens(doc)
    for tok in tokens:
        if (tok.tag_ != "NNP" or tok.ent_type_ or tok.i in skip or not tok.text[:1].isupper()
                or resolve_country_word(tok.text) or roles.is_title_word(tok.text)):
            continue
        head = tok.head
        # the last word of the name: "Old Mutual" -> "Mutual"
        if head.tag_ == "NNP" and head.i == tok.i + 1 and not head.ent_type_:
            continue
        start = tok.i
        while start > 0 and tokens[start - 1].tag_ == "NNP" and not tokens[start - 1].ent_type_ \
                and tokens[start - 1].text[:1].isupper() and not tokens[start - 1].is_sent_start:
            start -= 1
        if tokens[start].is_sent_start or tokens[start - 1].ent_type_ or tokens[start - 1].lower_ in _NAME_LINKS:
            continue  # the tail of a longer name: "... Defence and Space Company"
        appos = tok.dep_ == "appos" and head.lower_ in company
        # "the Old Mutual insurance company": the name, at most one common noun, then the company noun
        naming = (head.lower_ in company and head.i == tok.i + 1
                  or head.pos_ == "NOUN" and head.i == tok.i + 1 and head.head.lower_ in company
                  and head.head.i == head.i + 1)
        if appos or naming:
            out.add(doc[start : tok.i + 1].text)
    return out


def _untagged_name_start(doc: Doc, last: int, skip: set[int]) -> int | None:
    """Start of a run of capitalised proper nouns outside any entity, ending at token `last`."""
    def ok(t: Token) -> bool:
        return (t.tag_ == "NNP" and not t.ent_type_ and t.i not in skip and t.text[:1].isupper()
                and t.text.isalpha() and not t.is_sent_start)
    tokens = doc_tokens(doc)
    if not ok(tokens[last]):
        return None
    start = last
    while start > 0 and ok(tokens[start - 1]):
        start -= 1
    return start


def _unseen_listed_people(b: _Builder, doc: Doc, sents: list[Span], sent_of: dict[int, int],
                          skip: set[int]) -> None:
    """"Zeus, Hera, Poseidon and Aphrodite": an untagged name in a list with two or more people."""
    tokens = doc_tokens(doc)
    # speed: a token with a "conj" child is the head of a "conj" token; only those read their children
    conj_heads = {t.head.i for t in tokens if t.dep_ == "conj"}
    for tok in tokens:
        if tok.dep_ != "conj" and (tok.i not in conj_heads or not any(c.dep_ == "conj" for c in tok.children)):
            continue
        start = _untagged_name_start(doc, tok.i, skip)
        if start is None or resolve_country_word(tok.text) or roles.is_title_word(tok.text):
            continue
        top = tok
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        members = [top, *[t for t in top.subtree if t.dep_ == "conj"]]
        if sum(1 for t in members if t.ent_type_ == "PERSON") < 2:
            continue
        span = doc[start : tok.i + 1]
        if b.overlaps(span.start_char, span.end_char):
            continue
        name = span.text
        actor = b.actor(("person", normalize_name(name)),
                        lambda n=name: LocalActor(key="", name=n, actor_type="person"))
        si = sent_of[tok.i]
        b.add(actor, doc, span.start_char, span.end_char, "name", si, sents[si], root=tok)


def _unseen_gov_bodies(b: _Builder, doc: Doc, sents: list[Span], sent_of: dict[int, int],
                       skip: set[int]) -> None:
    """"the Saudi Interior Ministry": a capitalised government body after a country word, untagged."""
    for tok in doc_tokens(doc):
        if _org_heads().get(tok.text) != "government":
            continue
        start = _untagged_name_start(doc, tok.i, skip)
        if start is None or start == tok.i or start < 1:
            continue
        iso3 = roles.country_of_modifier(doc[start - 1].text)
        if iso3 is None:
            continue
        cs, ce = doc[start - 1].idx, tok.idx + len(tok.text)
        if b.overlaps(cs, ce):
            continue
        name = f"{doc[start : tok.i + 1].text} of {country_name(iso3)}"
        actor = b.actor(("org", normalize_name(name)), lambda n=name, c=iso3: LocalActor(
            key="", name=n, actor_type="organization", country_iso3=c))
        if actor.parent_key is None:
            actor.parent_key = b.state(iso3).key
        si = sent_of[tok.i]
        b.add(actor, doc, cs, ce, "name", si, sents[si], root=tok)


# ---------------------------------------------------------------- anaphora, descriptors, titles, groups
def _compatible_types(types: frozenset[str]):
    return lambda c: c.actor_type in types


def _link_anaphora(b: _Builder, doc: Doc, sents: list[Span], skip: set[int], registry: Registry | None) -> None:
    descriptors = _descriptors()
    group_nouns = _csv_column("group_nouns.csv", "noun")
    tokens = doc_tokens(doc)
    for si, sent in enumerate(sents):
        for tok in tokens[sent.start : sent.end]:
            if tok.i in skip or b.overlaps(tok.idx, tok.idx + len(tok.text)):
                continue
            low = tok.lower_
            # pronouns
            types = coref.pronoun_types(low)
            if types is not None and tok.pos_ == "PRON" or (types and low in ("his", "her", "its", "their")):
                if low == "her" and tok.dep_ == "poss" or low in ("his", "its", "their"):
                    if _possessive_government(b, doc, tok, si, sent, types):
                        continue
                if coref.is_pleonastic(tok):
                    continue
                key = None
                if "group" in types:
                    types = frozenset({"group"})  # "they" for a body is rare in news copy; people come first
                    if _coordinated_subject(tok):
                        continue  # "Trump and Rubio ... their desire": a set we do not model
                gender = coref.pronoun_table().get(low, ("", "", ""))[1]
                if tok.dep_ == "poss":
                    key = _clause_subject(b, tok, types)
                if key is not None and gender in ("male", "female") and b.genders.get(key, gender) != gender:
                    key = None
                key = key or coref.pick_antecedent(b.candidates, tok.idx, si, _compatible(b, types, gender))
                if key is not None:
                    if gender in ("male", "female") and b.by_key(key).actor_type == "person":
                        b.genders.setdefault(key, gender)  # "he" said: later "she" is someone else
                    b.add(b.by_key(key), doc, tok.idx, tok.idx + len(tok.text), "pronoun", si, sent, root=tok)
                continue
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
                continue
            if _followers(b, doc, tok, si, sent):
                continue
            np = _noun_phrase(tok)
            if b.overlaps(np[0].idx, np[-1].idx + len(np[-1].text), allow_inner_states=True):
                continue
            det = np[0].lower_
            cs, ce = np[0].idx, np[-1].idx + len(np[-1].text)
            # titles: "the US president", "the foreign minister"
            title = roles.titles().get(low)
            if det == "the" and title and title not in ("honorific", "modifier") and tok.tag_ == "NN":
                key = _title_antecedent(b, np, low)
                if key is not None:
                    b.add(b.by_key(key), doc, cs, ce, "title", si, sent, root=tok)
                    continue
            if title and title not in ("honorific", "modifier") and tok.tag_ == "NN" and det in ("the", "a", "an"):
                if _unnamed_official(b, doc, np, tok, si, sent):
                    continue
            # descriptors: "the agency", "the island", "the Cuban regime"
            if low in descriptors and tok.tag_ == "NN" and det in ("the", "this", "that"):
                atype, keywords = descriptors[low]
                if any(t.lower_ == "island" for t in np[:-1]) or any("island" in t.lower_ for t in np[:-1]):
                    keywords = descriptors["island"][1]  # "the communist-run island nation"
                iso3 = next((roles.country_of_modifier(t.text) for t in np[1:-1]
                             if roles.country_of_modifier(t.text)), None)
                if atype == "state" and iso3:
                    b.add(b.state(iso3), doc, cs, ce, "descriptor", si, sent, root=tok)
                    continue
                if any(t.pos_ == "PROPN" and not roles.country_of_modifier(t.text) for t in np):
                    continue
                key = coref.pick_antecedent(
                    b.candidates, tok.idx, si, lambda c, at=atype, kw=keywords: _fits(b.by_key(c.actor_key), at, kw)
                )
                if key is not None:
                    b.add(b.by_key(key), doc, cs, ce, "descriptor", si, sent, root=tok)
                else:
                    _national_body(b, doc, np, tok, si, sent)
                continue
            if _national_body(b, doc, np, tok, si, sent):
                continue
            # groups: "residents", "Cuban exiles", "the Cuban people"
            if tok.tag_ == "NNS" or low == "people" or low in group_nouns and tok.tag_ == "NN":
                _add_group(b, doc, np, tok, si, sent, group_nouns | _csv_column("national_group_nouns.csv", "noun"))
            elif low in _csv_column("body_nouns.csv", "noun") and tok.tag_ in ("NN", "NNP"):
                _add_group(b, doc, np, tok, si, sent, _csv_column("body_nouns.csv", "noun"))


def _compatible(b: _Builder, types: frozenset[str], gender: str):
    """Type-compatible, and for he/she not a person known to be of the other gender."""
    def ok(c: coref.Candidate) -> bool:
        if c.actor_type not in types:
            return False
        return gender not in ("male", "female") or b.genders.get(c.actor_key, gender) == gender
    return ok


def _fits(actor: LocalActor, actor_type: str, keywords: tuple[str, ...]) -> bool:
    """Can a descriptor ("the agency", "the island") stand for this actor?"""
    if actor.actor_type != actor_type:
        return False
    if not keywords:
        return True
    if keywords == ("@island_states",):
        return actor.country_iso3 in _csv_column("island_states.csv", "iso3_upper")
    return any(k in actor.name for k in keywords)


def _clause_subject(b: _Builder, tok: Token, types: frozenset[str]) -> str | None:
    """The compatible subject of the possessive's own clause: "the regime must stop its acts"."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i:
            for m in b.mentions:
                if m.char_start <= child.idx < m.char_end and b.by_key(m.actor_key).actor_type in types:
                    return m.actor_key
    return None


def _coordinated_subject(tok: Token) -> bool:
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
               for c in verb.children)


def _noun_phrase(tok: Token) -> list[Token]:
    """The head noun with its left modifiers (determiner, adjectives, compounds, possessive)."""
    left = [t for t in tok.lefts if t.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod", "case")]
    start = min((min(t.i for t in lt.subtree) for lt in left), default=tok.i)
    start = min(start, tok.i)
    return doc_tokens(tok.doc)[start : tok.i + 1]


def _title_antecedent(b: _Builder, np: list[Token], title_word: str) -> str | None:
    iso3 = next((roles.country_of_modifier(t.text) for t in np[1:-1] if roles.country_of_modifier(t.text)), None)
    people = [a for a in b.actors.values() if a.actor_type == "person" and a.role]
    hits = [a for a in people if title_word in a.role.lower().split()
            and (iso3 is None or a.country_iso3 == iso3)]
    if len({a.key for a in hits}) == 1:
        return hits[0].key
    if len(hits) > 1:  # several presidents: the most recently mentioned one
        keys = {a.key for a in hits}
        for m in reversed(b.mentions):
            if m.actor_key in keys and m.char_start < np[0].idx:
                return m.actor_key
    return None


def _possessive_government(b: _Builder, doc: Doc, tok: Token, si: int, sent: Span,
                           types: frozenset[str]) -> bool:
    """"her administration", "his government": the state the person (or body) governs."""
    head = tok.head
    if head.lower_ not in _GOV_HEADS or head.i < tok.i:
        return False
    key = coref.pick_antecedent(b.candidates, tok.idx, si, _compatible_types(types | {"state"}))
    if key is None:
        return False
    owner = b.by_key(key)
    iso3 = owner.country_iso3
    if iso3 is None:
        return False
    end = head.idx + len(head.text)
    b.add(b.state(iso3), doc, tok.idx, end, "descriptor", si, sent, root=head)
    return True


def _add_group(b: _Builder, doc: Doc, np: list[Token], tok: Token, si: int, sent: Span,
               group_nouns: frozenset[str]) -> None:
    low = tok.lower_
    mods = [t for t in np[:-1] if t.lower_ not in ("the", "a", "an", "some", "many", "ordinary", "several")
            and t.dep_ != "poss"]
    iso3 = _country_of_mods(mods)
    if iso3 is None:
        iso3 = _country_after(tok)  # "rebels in Syria", "troops from Chad"
    is_body = low in _csv_column("body_nouns.csv", "noun")
    if iso3 is None and (is_body or low in _csv_column("national_group_nouns.csv", "noun")):
        return  # "the army", "the two leaders": which ones is not said here
    if low == "people" or low == "persons":
        if iso3 is None:
            return
        name = next((p for p in [_plural_demonym(iso3)] if p), None) or f"people of {country_name(iso3)}"
    elif low in group_nouns:
        words = [t.text for t in mods if roles.country_of_modifier(t.text) or t.pos_ in ("ADJ", "NOUN", "PROPN")]
        name = " ".join([*words, tok.text])
    else:
        return
    if not any(t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr") for t in [tok]):
        return
    atype = "organization" if is_body else "group"  # "the Israeli army" is a body, "Serb forces" too
    actor = b.actor((atype, normalize_name(name), iso3),
                    lambda: LocalActor(key="", name=name, actor_type=atype, country_iso3=iso3))
    cs = np[0].idx if np[0].lower_ not in ("the", "a", "an") else np[1].idx if len(np) > 1 else np[0].idx
    b.add(actor, doc, cs, tok.idx + len(tok.text), "descriptor", si, sent, root=tok)


def _country_of_mods(mods: list[Token]) -> str | None:
    """Country of a group's premodifiers: "Cuban", "Ivory Coast", "US"; not "ethnic Albanian" (an
    ethnicity, not a state)."""
    for k, t in enumerate(mods):
        if k and mods[k - 1].lower_ == "ethnic":
            return None
        iso3 = roles.country_of_modifier(t.text)
        if iso3 is None and k + 1 < len(mods):
            iso3 = iso3_for_name(f"{t.text} {mods[k + 1].text}")  # "Ivory Coast", "South Sudan"
        if iso3:
            return iso3
    return None


def _country_after(tok: Token) -> str | None:
    """A country named in a prepositional phrase after a group noun: "rebels in Syria"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    iso3 = iso3_for_name(obj.text) or iso3_for_name(" ".join(t.text for t in obj.subtree))
                    if iso3:
                        return iso3
    return None


@functools.cache
def _plurals() -> dict[str, str]:
    with resources.files("newscoder.data").joinpath("demonyms.csv").open(encoding="utf-8") as f:
        out: dict[str, str] = {}
        for r in csv.DictReader(f):
            if r["plural"]:
                out.setdefault(r["iso3"], r["plural"])
        return out


def _plural_demonym(iso3: str) -> str | None:
    return _plurals().get(iso3)


# ---------------------------------------------------------------- bodies named without a country
def _place_country(text: str) -> str | None:
    # a dateline city is written in capitals ("KYIV"): the gazetteer wants "Kyiv"
    return country_of_place(text.title() if text.isupper() else text)


def article_country(doc: Doc, sents: list[Span], skip: set[int]) -> str | None:
    """The country an article is about, for "police" or "the electoral authority" named bare.

    Wire convention: the dateline's place ("KYIV (AFP) -" -> UKR); without one, the single country the
    lead sentence names (a country, demonym, capital or city: "protested in Nairobi" -> KEN); else the
    single country the whole article names; else None."""
    end = dateline_end(doc_text(doc), 0)
    if end is not None:
        head = re.split(r"[,(]", doc_text(doc)[:end])[0].strip(" -\u2013\u2014")
        iso3 = _place_country(head)
        if iso3:
            return iso3

    def countries(ents) -> set[str]:
        out = set()
        for ent in ents:
            if ent.label_ in ("GPE", "NORP", "LOC") and not any(t.i in skip for t in ent):
                iso3 = _place_country(ent.text)
                if iso3:
                    out.add(iso3)
        return out

    lead = next((s for s in sents if not all(t.i in skip or t.is_space for t in s)), None)
    if lead is not None and len(found := countries(lead.ents)) == 1:
        return next(iter(found))
    found = countries(doc.ents)
    return next(iter(found)) if len(found) == 1 else None


@functools.cache
def _national_bodies() -> tuple[tuple[str, ...], ...]:
    """Phrases of data/national_bodies.csv as word tuples, longest first."""
    phrases = [tuple(p.split()) for p in _csv_column("national_bodies.csv", "noun")]
    return tuple(sorted(phrases, key=len, reverse=True))


@functools.cache
def _bodies_by_last_word() -> dict[str, list[tuple[list[str], str]]]:
    """The national bodies as token lists (longest first), by their last token (speed: one lookup per noun
    phrase instead of a scan of the whole list)."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for phrase in _national_bodies():
        # "prosecutor's office": the tokenizer splits the possessive off
        flat = [w for p in phrase for w in (p.replace("'s", " 's").split())]
        out.setdefault(flat[-1], []).append((flat, " ".join(phrase)))
    return out


def _body_phrase(np: list[Token]) -> tuple[int, str] | None:
    """(index in np where the body's words start, the phrase) when the noun phrase ends in a national body."""
    words = [t.lower_ for t in np]
    for flat, phrase in _bodies_by_last_word().get(words[-1], ()):
        if len(flat) <= len(words) and words[-len(flat):] == flat:
            return len(words) - len(flat), phrase
    return None


def _national_body(b: _Builder, doc: Doc, np: list[Token], tok: Token, si: int, sent: Span) -> bool:
    """"police", "the electoral authority", "the Russian defence ministry": a body of one state.

    The country is the one in the phrase ("Russian", "police in Kenya"), else the article's country.
    Every body is named "<body> of <country>" whatever the wording, so that "Kenyan police" and a bare
    "police" in a Nairobi story are one actor, with the same name in every article."""
    found = _body_phrase(np) if tok.dep_ in _ARG_DEPS else None
    if found is None:
        return False
    at, phrase = found
    mods = [t for t in np[:at] if t.lower_ not in ("the", "a", "an") and t.dep_ != "poss"]
    if any(t.pos_ == "PROPN" and not roles.country_of_modifier(t.text) for t in mods):
        return False  # "the Kenya National Police Service" is a name, "the Hamas police" not a state's
    if any(t.dep_ == "poss" for t in np):
        return False  # "its police", "Ukraine's army": the owner is the possessor, left to the events
    iso3 = _country_of_mods(mods) or _country_after(tok) or (b.home() if b.home else None)
    if iso3 is None:
        return False  # which country's police is not said: no actor (precision first)
    name = f"{phrase[:1].upper()}{phrase[1:]} of {country_name(iso3)}"
    actor = b.actor(("org", normalize_name(name)), lambda: LocalActor(
        key="", name=name, actor_type="organization", country_iso3=iso3))
    if actor.parent_key is None:
        actor.parent_key = b.state(iso3).key
    start = next((t.idx for t in np if t.lower_ not in ("the", "a", "an")), np[0].idx)
    b.add(actor, doc, start, tok.idx + len(tok.text), "descriptor", si, sent, root=tok)
    return True


_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"}


# ---------------------------------------------------------------- "Rivera supporters", unnamed officials
def _followers(b: _Builder, doc: Doc, tok: Token, si: int, sent: Span) -> bool:
    """"Rivera supporters", "supporters of Rivera": a group of its own, named "supporters of <person>"."""
    if tok.lower_ not in _csv_column("follower_nouns.csv", "noun") or tok.dep_ not in _ARG_DEPS:
        return False
    leader = None
    start = tok.idx
    for child in tok.children:
        if child.dep_ in ("compound", "nmod", "amod") and child.i < tok.i:
            key = _person_at(b, child)
            if key:
                leader, start = key, child.left_edge.idx
        elif child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (key := _person_at(b, obj)):
                    leader = key
    if leader is None:
        return False
    name = f"{tok.lower_} of {b.by_key(leader).name}"
    actor = b.actor(("group", normalize_name(name)), lambda: LocalActor(key="", name=name, actor_type="group"))
    b.add(actor, doc, start, tok.idx + len(tok.text), "descriptor", si, sent, root=tok)
    return True


def _person_at(b: _Builder, tok: Token) -> str | None:
    for m in b.mentions:
        if m.char_start <= tok.idx < m.char_end and b.by_key(m.actor_key).actor_type == "person":
            return m.actor_key
    return None


def _unnamed_official(b: _Builder, doc: Doc, np: list[Token], tok: Token, si: int, sent: Span) -> bool:
    """"the bloc's crisis commissioner said", "a senior US official said": a person with no name, so that
    a later "she" or "he" has someone to point to. Named by the title phrase, mention kind "title"."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or any(t.pos_ == "PROPN" and not roles.country_of_modifier(t.text)
                                                     for t in np if t.dep_ != "poss"):
        return False
    if not any(t.dep_ in ("compound", "amod", "poss", "nmod") for t in np):
        return False  # "the president said" alone: too often someone named elsewhere
    first = 1 if np[0].lower_ in ("the", "a", "an") else 0
    text = doc_text(doc)[np[first].idx : tok.idx + len(tok.text)]
    iso3 = next((c for t in np if (c := roles.country_of_modifier(t.text))), None)
    actor = b.actor(("person", normalize_name(text)), lambda: LocalActor(
        key="", name=text, actor_type="person", country_iso3=iso3, role=text))
    b.add(actor, doc, np[first].idx, tok.idx + len(tok.text), "title", si, sent, root=tok)
    return True
