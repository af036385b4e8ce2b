"""Names that hold more or less than one actor's name, read against the article's other actors.

Rules (each by the shape of the name and the article's own actors, never by a list of names):
- Invisible format characters (Unicode category Cf: a zero-width joiner, a soft hyphen, a direction mark)
  are no part of a name: they are taken out of every actor's name and aliases.
- "Speaker of the House Ana Ray" tagged "House Ana Ray": a body's one- or two-word name (an organisation
  head word of data/org_heads.csv, a chamber or a title word) glued before the full name (two words or
  more) of a person who is an actor of the same article is that person; so is a country's name glued
  before another actor's full name with no organisation word ("Minister of Kelbia Ana Ray", not "US
  Libertarian Party"); the mention starts at the name. A country's name and title words before a given
  name and a surname that open and end the full name of exactly one person of the article ("United States
  Representative Ana Ray" beside "Ana Lee Ray") are that person too.
- "left Kelby Brass Ensemble for The Marlow Sound": where the words after a lower-case "for", "to",
  "from", "with", "against", "versus" or "and" of an organisation's name are, whole, the name of another
  actor of the article, the span is two names: the organisation ends before the small word and the rest is
  a mention of the other actor. A name whose tail is no actor of its own stays whole ("Centers for Disease
  Control and Prevention"), and so does a body's head noun before its field ("Center for Kelby
  Wildlife" beside a stray "Kelby Wildlife"); "of" never cuts ("University of Oregon" beside Oregon).
- "the mayor of Kelby Ana Ray": a person's name of three words or more whose first word is a place the
  model tags elsewhere in the article (GPE) and whose second word is a given name is the name after the
  place; so is such an organisation's name of three or four words with no organisation head word (the
  model's ORG for "Kelby Ana Ray"), which becomes a person. "told KBC Ana Ray": an upper-case short form
  (or a place) glued before the full name of a person of the article is that person.
- "Remarked Center for Kelby Studies scientist ...": an organisation every mention of which is, in the
  text, the end of another organisation's longer name of the article is that organisation.
- "Fiji's parliament, the National Council": a body's descriptor (a mention in lower case) in
  apposition to a body's proper name are one body, named by the proper name; and "X, also called Y" /
  "X, also known as Y" between two organisation names makes Y another name of X.
- "Kelby Tech's Institute for Coastal Studies": an organisation's name that opens with the possessive of
  another organisation or state of the article (one of its names or aliases) is the rest of the name, when
  that rest is a proper name of two words or more holding an organisation head word; the possessor becomes
  its parent when it has none. A possessor that is no actor of the article stays ("People's Party",
  "Sheriff's Office").
- "the Kelbian Finance and Defence ministries", "the House Ways and Rules committees": two organisation
  names that share one plural head noun written after the second (the plural of an organisation head word
  of a public body, a party, a school or an armed service; not a company's) are two bodies, each named
  with the head in the singular ("Kelbian Finance Ministry", "Kelbian Defence Ministry"); a nationality,
  a country or a chamber word opening the first name opens the second too. The second is made an actor
  when the model did not tag it.
- "A Republican Assemblywoman, Ana Ray, said": a name that opens with "A", "An" or "Another" and ends with
  a title word is a descriptor phrase, not a name; with a person of the article in apposition to it, it is
  a descriptor mention of that person.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from typing import TYPE_CHECKING

from newscoder.extract import roles
from newscoder.extract.actors.entities import _is_first_name
from newscoder.extract.actors.short_names import merge_into
from newscoder.extract.actors.word_lists import org_heads
from newscoder.extract.doctext import char_span, doc_ents, doc_text
from newscoder.resolve.actors import is_bare_chamber
from newscoder.resolve.countries import iso3_for_demonym, iso3_for_name
from newscoder.resolve.registry import normalize_name, undot_initials
from newscoder.resolve.subdivisions import is_subdivision_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor, Mention

_LINKS = frozenset({"for", "to", "from", "with", "against", "versus", "and"})
_SMALL = frozenset({"of", "for", "and", "the", "de"})  # small words inside a name


def strip_format_chars(text: str) -> str:
    """The text without characters of Unicode category Cf (zero-width joiners, soft hyphens, marks)."""
    if text.isascii():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def clean_actor_names(b: ActorBuilder) -> None:
    for a in b.actors.values():
        a.name = strip_format_chars(a.name).strip()
        if "]" in a.name or "[" in a.name:
            # '"... align with [Ana al] Rayyan ..."': an editor's brackets inside a quote mark words the
            # speaker did not say; the name is the words, without the marks
            a.name = " ".join(a.name.replace("[", " ").replace("]", " ").split())
        first, _, rest = a.name.partition(" ")
        if rest and a.actor_type in ("organization", "group") and a.registry_id is None and first.count(".") >= 2 \
                and (short := undot_initials(first)) != first and iso3_for_name(first) is not None:
            # "U.S. troops" and "US troops" of two articles: one group; a state's dotted initials opening a
            # name are written as the composed names write them ("US Senate")
            a.name = f"{short} {rest}"
        a.aliases = [strip_format_chars(x) for x in a.aliases]


def _is_body_word(word: str) -> bool:
    return word in org_heads() or is_bare_chamber(word) or roles.is_title_word(word)


def people_behind_body_words(b: ActorBuilder) -> None:
    """"House Ana Ray": an organisation named by a body word and the full name of a person of the
    article is that person."""
    people: dict[str, LocalActor] = {}
    for a in b.actors.values():
        if a.actor_type in ("person", "organization") and len(a.name.split()) >= 2:
            people.setdefault(a.name, a)
    if not people:
        return
    gone: dict[str, str] = {}
    tails: dict[str, str] = {}  # key -> the person's name as written at the end of the glued one
    for a in b.actors.values():
        words = a.name.split()
        if a.actor_type != "organization" or a.registry_id is not None or len(words) < 3:
            continue
        for k in (1, 2):
            rest = " ".join(words[k:])
            if len(words) - k >= 2 and rest in people and people[rest].key != a.key \
                    and (people[rest].actor_type == "person" or k == 1 and iso3_for_name(words[0])
                         and not any(w in org_heads() for w in words[1:])) \
                    and (all(_is_body_word(w) for w in words[:k]) or k == 1 and iso3_for_name(words[0])):
                gone[a.key] = people[rest].key
                break
        else:
            target = _titled_person(words, b)
            if target is not None and target.key != a.key:
                gone[a.key] = target.key
                tails[a.key] = " ".join(words[-2:])
    if not gone:
        return
    names = {key: tails.get(key, b.by_key(into).name) for key, into in gone.items()}
    b.mentions = [_tail_mention(m, names[m.actor_key]) if m.actor_key in names else m for m in b.mentions]
    merge_into(b, gone)


def places_before_people(b: ActorBuilder, doc: Doc) -> None:
    """"the mayor of Kelby Ana Ray": the person Ana Ray, when Kelby is a place of the article; "told KBC Ana
    Ray": the person Ana Ray of the article."""
    people = {a.name: a for a in b.actors.values() if a.actor_type == "person" and len(a.name.split()) >= 2}
    glued: dict[str, str] = {}  # key -> the name after the glued word
    for a in b.actors.values():
        words = a.name.split()
        if a.registry_id is not None or a.actor_type not in ("person", "organization") or len(words) < 3 \
                or _is_first_name(words[0]):
            continue
        rest = " ".join(words[1:])
        if rest in people and people[rest].key != a.key or _is_first_name(words[1]) and (
                a.actor_type == "person" or len(words) <= 4 and not any(w in org_heads() for w in words)):
            glued[a.key] = rest
    if not glued:
        return
    places = {e.text for e in doc_ents(doc) if e.label_ == "GPE"}
    renamed = {}
    for key, rest in glued.items():
        first = b.by_key(key).name.split()[0]
        if first in places or rest in people and first.isupper() and first.isalpha() and 2 <= len(first) <= 5:
            renamed[key] = rest
    if not renamed:
        return
    for key, rest in renamed.items():
        a = b.by_key(key)
        a.aliases = [x for x in a.aliases if x != a.name] + [rest]
        a.name, a.actor_type = rest, "person"
    b.mentions = [_tail_mention(m, renamed[m.actor_key]) if m.actor_key in renamed else m for m in b.mentions]
    names = {rest: key for key, rest in renamed.items()}
    # the person already an actor of the article ("Ana Ray said"): one row, the article's own
    merge_into(b, {key: people[rest].key for key, rest in renamed.items()
                   if rest in people and people[rest].key != key}
               | {a.key: names[a.name] for a in b.actors.values() if a.name in names and names[a.name] != a.key
                  and a.actor_type == "person" and a.name not in people})


def _titled_person(words: list[str], b: ActorBuilder) -> LocalActor | None:
    """"United States Representative Ana Ray" beside the person "Ana Lee Ray": a country's name, then title
    words, then a given name and a surname that open and end the name of exactly one person of the article."""
    for j in (1, 2, 3):
        if iso3_for_name(" ".join(words[:j])):
            k = j
            while k < len(words) and roles.is_title_word(words[k]):
                k += 1
            rest = words[k:]
            if k == j or len(rest) != 2:
                return None
            found = [p for p in b.actors.values() if p.actor_type == "person"
                     and (n := p.name.split()) and len(n) >= 2 and n[0] == rest[0] and n[-1] == rest[1]]
            return found[0] if len(found) == 1 else None
    return None


def _tail_mention(m: Mention, name: str) -> Mention:
    """The mention cut to its last `len(name)` characters when it ends with the name."""
    if m.text.endswith(name) and len(m.text) > len(name):
        return dataclasses.replace(m, text=name, char_start=m.char_end - len(name))
    return m


def split_joined_names(b: ActorBuilder) -> None:
    """"Kelby Brass Ensemble for The Marlow Sound": two names, when the tail is another actor's name."""
    by_norm: dict[str, LocalActor] = {}
    for a in b.actors.values():
        for name in (a.name, *a.aliases):
            by_norm.setdefault(normalize_name(name), a)
    cuts: dict[str, tuple[str, LocalActor]] = {}  # key -> (head name, tail actor)
    for a in b.actors.values():
        words = a.name.split()
        if a.actor_type != "organization" or a.registry_id is not None or len(words) < 3:
            continue
        for i in range(1, len(words) - 1):
            if words[i] not in _LINKS or not words[i + 1][:1].isupper():
                continue
            if words[i - 1] in org_heads() or not words[0][:1].isupper():
                continue  # "Center for Kelby Wildlife": a body's head noun, then its field
            other = by_norm.get(normalize_name(" ".join(words[i + 1:])))
            if other is not None and other.key != a.key and other.actor_type != "state" \
                    and all(w[:1].isupper() or w in _SMALL for w in words[:i]):
                cuts[a.key] = (" ".join(words[:i]), other)
                break
    if not cuts:
        return
    mentions: list[Mention] = []
    for m in b.mentions:
        cut = cuts.get(m.actor_key)
        if cut is None or not m.text.startswith(cut[0] + " "):
            mentions.append(m)
            continue
        head, other = cut
        tail_start = m.text.index(" ", len(head) + 1) + 1  # after the small word
        mentions.append(dataclasses.replace(m, text=head, char_end=m.char_start + len(head)))
        mentions.append(dataclasses.replace(m, actor_key=other.key, text=m.text[tail_start:],
                                            char_start=m.char_start + tail_start))
    b.mentions = mentions
    for key, (head, _) in cuts.items():
        a = b.by_key(key)
        a.aliases = [x for x in a.aliases if x != a.name]
        a.name = head
    # the head may be an actor of its own already ("Blues Incorporated" written alone): one row
    heads = {normalize_name(head): key for key, (head, _) in cuts.items()}
    gone = {a.key: heads[n] for a in b.actors.values()
            if (n := normalize_name(a.name)) in heads and heads[n] != a.key and a.registry_id is None}
    merge_into(b, gone)


def tails_of_written_names(b: ActorBuilder, doc: Doc) -> None:
    """"Remarked Center for Kelby Studies scientist Ana Ray": the model tagged only "Kelby Studies", which
    the text writes as the end of the longer name of another organisation of the article. An organisation
    every name mention of which is so written is that longer one; its mentions take the whole name."""
    orgs = [a for a in b.actors.values() if a.actor_type == "organization"]
    longer = [a for a in orgs if len(a.name.split()) >= 3]
    if not longer:
        return
    text = doc_text(doc)  # speed: spaCy joins every token on each `doc.text`
    names: dict[str, list[Mention]] = {}
    for m in b.mentions:
        names.setdefault(m.actor_key, []).append(m)
    gone: dict[str, str] = {}
    spans: dict[tuple[str, int], int] = {}  # (actor key, mention start) -> the longer name's start
    for a in orgs:
        ms = names.get(a.key, [])
        if a.registry_id is not None or not ms or any(m.mention_kind != "name" for m in ms):
            continue
        for t in longer:
            if t.key == a.key or not t.name.endswith(" " + a.name) or len(t.name.split()) <= len(a.name.split()):
                continue
            extra = len(t.name) - len(a.name)
            if all(m.text == a.name and text[max(m.char_start - extra, 0) : m.char_end] == t.name for m in ms):
                gone[a.key] = t.key
                for m in ms:
                    spans[(a.key, m.char_start)] = m.char_start - extra
                break
    if not gone:
        return
    b.mentions = [dataclasses.replace(m, text=b.by_key(gone[m.actor_key]).name,
                                      char_start=spans[(m.actor_key, m.char_start)])
                  if m.actor_key in gone else m for m in b.mentions]
    merge_into(b, gone)


def _mention_at(starts: list[int], ms: list[Mention], char: int) -> Mention | None:
    k = bisect.bisect_right(starts, char) - 1
    return ms[k] if k >= 0 and ms[k].char_start <= char < ms[k].char_end else None


def _bare(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ")


_ALSO_CALLED = re.compile(
    r"^(?:\s*\([^()]*\))?,?\s+(?:also |commonly |more commonly )?(?:called|known as)\s+(?:the\s+)?$")


def _merge(b: ActorBuilder, gone: dict[str, str], keep: LocalActor, drop: LocalActor) -> None:
    if keep.key == drop.key or keep.key in gone or drop.key in gone or drop.registry_id is not None \
            or keep.actor_type != "organization" or drop.actor_type != "organization" \
            or drop.country_iso3 and keep.country_iso3 not in (None, drop.country_iso3):
        return
    gone[drop.key] = keep.key
    for name in (drop.name, *drop.aliases):
        if name != keep.name and name not in keep.aliases:
            keep.aliases.append(name)
    if keep.country_iso3 is None and drop.country_iso3:
        keep.country_iso3, keep.country_basis = drop.country_iso3, drop.country_basis


def appositive_bodies(b: ActorBuilder, doc: Doc) -> None:
    """"the parliament, the National Council": one body, named by its proper name; "X, also called Y":
    Y another name of X."""
    orgs = {a.key for a in b.actors.values() if a.actor_type == "organization"}
    ms = sorted((m for m in b.mentions if m.actor_key in orgs and m.mention_kind in ("name", "descriptor")),
                key=lambda m: m.char_start)
    if len(ms) < 2:
        return
    starts = [m.char_start for m in ms]
    words: dict[str, set[str]] = {}  # actor key -> the bare words of its mentions, None once one is a name
    named: set[str] = set()
    for m in b.mentions:
        if m.mention_kind == "descriptor":
            words.setdefault(m.actor_key, set()).add(_bare(m.text).lower())
        else:
            named.add(m.actor_key)
    gone: dict[str, str] = {}
    text = doc_text(doc)  # speed: spaCy joins every token on each `doc.text`
    for prev, m in zip(ms, ms[1:], strict=False):
        if prev.mention_kind == "name" and m.mention_kind == "name" \
                and _ALSO_CALLED.match(text[prev.char_end : m.char_start]):
            _merge(b, gone, b.by_key(prev.actor_key), b.by_key(m.actor_key))
    for m in ms:
        if m.mention_kind != "name" or not _bare(m.text)[:1].isupper():
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None or span.root.dep_ != "appos":
            continue
        head = span.root.head
        other = _mention_at(starts, ms, head.idx)
        if other is not None:
            if other.mention_kind == "descriptor" and other.actor_key not in named:
                _merge(b, gone, b.by_key(m.actor_key), b.by_key(other.actor_key))
            continue
        if head.pos_ != "NOUN" or not head.text.islower():
            continue
        # "Fiji's parliament, the National Council": the article's body known only by that noun
        same = [k for k, ws in words.items() if k in orgs and k not in named and ws == {head.lower_}]
        if len(same) == 1:
            _merge(b, gone, b.by_key(m.actor_key), b.by_key(same[0]))
    merge_into(b, gone)


_BRACKETED = re.compile(r" \(([A-Z][^()]{1,30})\)")
_POSSESSIVE = re.compile(r"^(.+?)(?:'s|’s|'|’) (.+)$")


def possessors_of_body_names(b: ActorBuilder, doc: Doc) -> None:
    """"Kelby Tech's Institute for Coastal Studies" beside the actor Kelby Tech (or "Kelby Technical
    University (Kelby Tech)"): the institute, whose parent is Kelby Tech."""
    from newscoder.extract.actors.bare_bodies import is_bare_body  # bare_bodies imports this module's peers
    if not any("'" in a.name or "’" in a.name for a in b.actors.values()):
        return
    owners: dict[str, LocalActor] = {}
    for a in b.actors.values():
        if a.actor_type in ("organization", "state"):
            for name in (a.name, *a.aliases):
                owners.setdefault(normalize_name(name), a)
    text = doc_text(doc)
    for m in b.mentions:  # the short form the article gives in brackets after a name
        if m.mention_kind == "name" and (p := _BRACKETED.match(text, m.char_end)) is not None:
            a = b.by_key(m.actor_key)
            if a.actor_type in ("organization", "state"):
                owners.setdefault(normalize_name(p.group(1)), a)
    renamed: dict[str, tuple[str, str]] = {}  # key -> (the possessive part as written, the rest)
    for a in b.actors.values():
        if a.actor_type != "organization" or a.registry_id is not None:
            continue
        m = _POSSESSIVE.match(a.name)
        if m is None:
            continue
        rest = m.group(2).split()
        owner = owners.get(normalize_name(m.group(1).removeprefix("the ").removeprefix("The ")))
        if owner is None or owner.key == a.key or len(rest) < 2 or not rest[0][:1].isupper() \
                or not all(w[:1].isupper() or w in _SMALL or w in ("in", "on", "at") for w in rest) \
                or not any(w in org_heads() for w in rest) or is_bare_body(m.group(2)):
            continue  # "China's Foreign Ministry" keeps its owner: a bare body needs it
        renamed[a.key] = (a.name[: len(a.name) - len(m.group(2))], m.group(2))
        if a.parent_key is None and owner.actor_type in ("organization", "state"):
            a.parent_key = owner.key
    if not renamed:
        return
    for key, (_, rest) in renamed.items():
        a = b.by_key(key)
        a.aliases = [x for x in a.aliases if x != a.name]
        a.name = rest
        if rest not in a.aliases:
            a.aliases.append(rest)
    b.mentions = [_tail_mention(m, renamed[m.actor_key][1]) if m.actor_key in renamed else m for m in b.mentions]
    # the rest may be an actor of its own already ("the Institute for Coastal Studies" written alone)
    names = {normalize_name(rest): key for key, (_, rest) in renamed.items()}
    gone = {a.key: names[n] for a in b.actors.values()
            if (n := normalize_name(a.name)) in names and names[n] != a.key and a.registry_id is None}
    merge_into(b, gone)


def descriptors_before_names(b: ActorBuilder, doc: Doc) -> None:
    """"A Republican Assemblywoman, Ana Ray, said": the phrase is a descriptor of the person named in
    apposition to it, not an actor of its own."""
    phrases = {a.key for a in b.actors.values() if a.registry_id is None and a.actor_type != "person"
               and len(words := a.name.split()) >= 2 and words[0] in ("A", "An", "Another")
               and roles.is_title_word(words[-1])}
    if not phrases:
        return
    people = {m.char_start: m.actor_key for m in b.mentions
              if m.mention_kind == "name" and b.by_key(m.actor_key).actor_type == "person"}
    gone: dict[str, str] = {}
    for m in b.mentions:
        if m.actor_key not in phrases or m.actor_key in gone:
            continue
        span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        for child in span.root.children:
            if child.dep_ == "appos" and (key := people.get(child.left_edge.idx)) is not None:
                gone[m.actor_key] = key
                break
    if not gone:
        return
    b.mentions = [dataclasses.replace(m, mention_kind="descriptor") if m.actor_key in gone else m for m in b.mentions]
    for key, into in gone.items():
        a = b.by_key(into)
        if a.country_iso3 is None and (d := b.by_key(key)).country_iso3:
            a.country_iso3, a.country_basis = d.country_iso3, d.country_basis
    merge_into(b, gone)


_CONJUNCT = re.compile(r"(?:[ \t]+and[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’-]*[ \t]+)+))?[ \t]*([a-z]+)\b")


# kinds of head a plural shares between two names; not companies or media ("the Procter and Gamble company"
# is one name)
_SHARED_HEAD_KINDS = frozenset({"armed", "body", "government", "political", "education"})


def _singular_head(word: str) -> str | None:
    """"committees" -> "Committee", "ministries" -> "Ministry": an organisation head word in the plural."""
    heads = org_heads()
    for singular in (word[:-3] + "y" if word.endswith("ies") else None, word[:-1] if word.endswith("s") else None):
        if singular and heads.get(cap := singular[:1].upper() + singular[1:]) in _SHARED_HEAD_KINDS:
            return cap
    return None


def _shared_opening(first: list[str], second: list[str]) -> str | None:
    """The first name's opening word that the second shares: a nationality, a country or a chamber word."""
    w = first[0]
    if len(first) >= 2 and w != second[0] and (iso3_for_name(w) or iso3_for_demonym(w) or is_bare_chamber(w)):
        return w
    return None


def shared_plural_heads(b: ActorBuilder, doc: Doc) -> None:
    """"the Kelbian Finance and Defence ministries": two bodies, "Kelbian Finance Ministry" and "Kelbian
    Defence Ministry"."""
    text = doc_text(doc)
    if " and " not in text:
        return
    at = {(m.char_start, m.char_end): m for m in b.mentions if m.mention_kind == "name"}
    named: dict[str, tuple[Mention, str, int, int, str]] = {}  # key -> (mention, first name, 2nd start/end/name)
    for m in list(b.mentions):
        a = b.by_key(m.actor_key)
        if m.mention_kind != "name" or a.actor_type != "organization" or a.registry_id is not None \
                or a.key in named or not m.text[:1].isupper():
            continue
        found = _CONJUNCT.match(text, m.char_end)
        if found is None or (head := _singular_head(found.group(2))) is None:
            continue
        first = _bare(m.text)
        if found.group(1):  # "the Finance" + "and Defence ministries"
            s2, e2 = found.start(1), found.start(1) + len(found.group(1).rstrip())
        elif " and " in first and first == _bare(a.name):  # "the Finance and Defence" + "ministries"
            first, second = first.split(" and ", 1)
            s2 = m.char_end - len(second)
            e2 = m.char_end
        else:
            continue
        second = text[s2:e2]
        if not second.split() or first.split()[-1] in org_heads() or second.split()[-1] in org_heads():
            continue  # a conjunct with a head of its own ("Kelby College and Marlow schools") is no bare modifier
        opening = _shared_opening(first.split(), second.split())
        named[a.key] = (m, f"{first} {head}", s2, e2, f"{opening} {second} {head}" if opening else f"{second} {head}")
    if not named:
        return
    for key, (m, first_name, s2, e2, second_name) in named.items():
        a = b.by_key(key)
        a.aliases = [x for x in a.aliases if x != a.name] + [first_name]
        a.name = first_name
        other = at.get((s2, e2))
        if other is not None and other.actor_key != key:
            o = b.by_key(other.actor_key)
            if o.registry_id is None and o.actor_type == "organization":
                o.name = second_name
                o.aliases.append(second_name)
                if o.country_iso3 is None and a.country_iso3 and second_name.split()[0] == first_name.split()[0]:
                    o.country_iso3, o.country_basis = a.country_iso3, a.country_basis
            continue
        if m.char_end == e2:  # the model's one span held both names: it is cut to the first
            cut = re.sub(r"\s+and\s+$", "", text[m.char_start : s2])
            b.mentions = [dataclasses.replace(x, text=cut, char_end=x.char_start + len(cut)) if x is m else x
                          for x in b.mentions]
        new = dataclasses.replace(a, key=f"a{len(b.actors) + 1}", name=second_name, aliases=[second_name],
                                  role=None, wikidata_id=None)
        while any(x.key == new.key for x in b.actors.values()):
            new.key = f"a{int(new.key[1:]) + 1}"
        b.actors[("shared_head", s2)] = new
        b.mentions.append(dataclasses.replace(m, actor_key=new.key, text=second, char_start=s2, char_end=e2))


# the part of a court's or committee's name that says which one it is, when the model's span stopped before it:
# "District Court" + " for the Southern District of Kelby", "Select Committee" + " on Harbour Safety"
_COURT_TAIL = re.compile(r" for (?:the )?(?:[A-Z][a-z]+ )*(?:District|Circuit)"
                         r"(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*)?")
_COMMITTEE_TAIL = re.compile(r" on (?:the )?[A-Z][a-z]+(?: (?:and |of |the )*[A-Z][a-z]+)*")
_PARTY_TAIL = re.compile(r" of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*(?: and [A-Z][a-z]+)?")
_COMMITTEE_KINDS = frozenset({"Select", "Special", "Joint", "Standing"})
_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"})


def _is_place(name: str) -> bool:
    return iso3_for_name(name) is not None or is_subdivision_name(name)


def subject_tails(b: ActorBuilder, doc: Doc) -> None:
    """"the US District Court for the Southern District of Kelby", "the House Select Committee on Harbour
    Safety", "the Unity Party of Kelbia": a court, a committee or a party whose name the model cut before
    the phrase that tells it from the others of its kind (a court's district or circuit; the subject of a
    select, special, joint or standing committee, which has no other; the place, tagged as one by the
    model, of a party) is named with that phrase, when every such phrase after its mentions is
    the same one."""
    text = doc_text(doc)
    places: set[int] | None = None
    for a in b.actors.values():
        words = a.name.split()
        if a.actor_type != "organization" or a.registry_id is not None or len(words) < 2:
            continue
        if words[-1] == "Court":
            tail_re = _COURT_TAIL
        elif words[-1] == "Party":
            tail_re = _PARTY_TAIL
            if places is None:  # characters of places the model tagged: a party "of" a place is that place's
                places = {i for e in doc_ents(doc) if e.label_ in ("GPE", "LOC")
                          for i in range(e.start_char, e.end_char)}
        elif words[-1] in ("Committee", "Subcommittee") and words[-2] in _COMMITTEE_KINDS:
            tail_re = _COMMITTEE_TAIL
        else:
            continue
        found = [t for m in b.mentions
                 if m.actor_key == a.key and m.mention_kind == "name" and m.text.endswith(words[-1])
                 and (t := tail_re.match(text, m.char_end)) is not None]
        if places is not None and tail_re is _PARTY_TAIL:
            # "the Alliance Party of Northern Ireland": what follows "of" is a country or one of its
            # subdivisions (pycountry), or every capitalised word of it is in a place the model tagged
            found = [t for t in found if _is_place(t.group(0).removeprefix(" of ").removeprefix("the "))
                     or all(k in places for w in re.finditer(r"[A-Z][a-z]+", t.group(0))
                            for k in range(t.start() + w.start(), t.start() + w.end()))]
        tails = {t.group(0) for t in found if not _CALENDAR & set(t.group(0).split())}
        if len(tails) == 1:
            if a.name not in a.aliases:
                a.aliases.append(a.name)
            a.name += next(iter(tails))


# the head word of a university's part ("Faculty of Law", "School of Nursing", "Department of ...")
_SUB_UNIT = re.compile(r"^(?:Faculty|School|Department|Institute|College|Centre|Center|Division|Laboratory) "
                       r"(?:of|for) [A-Z]")
_AT_THE = re.compile(r"\s+(?:at|of) (?:the )?")
_ACADEMIC = re.compile(r"\b(?:University|College)\b")


def parents_of_sub_units(b: ActorBuilder, doc: Doc) -> None:
    """"the Faculty of Law at the Kelby University": a university's part, written with the university in the
    same phrase ("at"/"of" right after its name, the next name a university or college of the article), has
    that university for its parent ("Kelby University's Faculty of Law" is `possessors_of_body_names`)."""
    subs = {a.key for a in b.actors.values() if a.actor_type == "organization" and a.parent_key is None
            and a.registry_id is None and _SUB_UNIT.match(a.name)}
    if not subs:
        return
    text = doc_text(doc)  # speed: spaCy joins every token on each `doc.text`
    by_start = {m.char_start: m for m in b.mentions if m.mention_kind == "name"}
    for m in b.mentions:
        if m.actor_key not in subs or m.mention_kind != "name" or (at := _AT_THE.match(text, m.char_end)) is None:
            continue
        nxt = by_start.get(at.end())
        if nxt is None or nxt.actor_key == m.actor_key:
            continue
        owner = b.by_key(nxt.actor_key)
        if owner.actor_type == "organization" and _ACADEMIC.search(owner.name) and owner.parent_key != m.actor_key:
            b.by_key(m.actor_key).parent_key = owner.key
            subs.discard(m.actor_key)
