"""Variant names of one actor in one article: a misspelling, another transliteration, a shortened body name,
a surname typed as a body, a party or body named without the words the article gives it elsewhere.

Rules (each general, by string shape and the article's own words, never by a list of names):
- Same number of words, each word equal or one edit apart (insert, delete, substitute, swap two letters) in
  words of five letters or more: "Chriac" / "Chirac", "bin Ladin" / "bin Laden". The variant (fewer
  mentions) joins the other when their types agree or it has at most two mentions; its spelling is kept as
  an alias.
- Two bodies with the same head noun ("Ministry", "Agency") whose other words match by a shared stem (five
  letters or more, all but the last two letters of the shorter word): "Emergencies Ministry" joins
  "Emergency Situations Ministry" when that is the article's only such body.
- A one-word organisation that is the surname of exactly one person of the article, with at most two
  mentions ("Vázquez" beside "Wanda Vázquez"), or that surname spelt one letter apart with the same first
  letter (another transliteration, round 63): the person. A one-word person or organisation with at most
  two mentions that is a middle word of exactly one full name of three words or more, shaped as a
  person's name (every word capitalised, no organisation head word), is that person: the first of two
  Spanish surnames ("López" beside "Ana López Ortiz"), a name written with a middle name.
- An organisation named "<surname> of <body>" ("Rivas of KIMS", the model's ORG over a member and the body
  he is of), where the surname ends the name of exactly one person of the article and the body is another
  actor's name or an upper-case short form: that person, the mention cut to the surname.
- A party written both bare and with its kind of body after it ("Thai Raksa Chart" / "Thai Raksa Chart
  Party"): the longer whole-word form the article writes becomes the name.
- A national body named bare in several words ("Coast Guard"), or in one word with no country yet, that the
  article also writes after exactly one nationality word ("the Indonesian coast guard"): that qualified
  form, and its country.
- An upper-case short form with the longer name's last words ("UO Eugene" / "University of Oregon at
  Eugene"): its letters are the initials of the other capitalised words; the longer name.
- An ordinal office phrase ("third president") is a descriptor, not a name: the actor is dropped.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from newscoder.extract.actors.acronyms import expand_acronyms
from newscoder.extract.actors.entities import _is_first_name
from newscoder.extract.actors.fuller_names import full_names_of_short_names
from newscoder.extract.actors.short_names import merge_into
from newscoder.extract.actors.word_lists import org_heads
from newscoder.extract.doctext import doc_text
from newscoder.resolve.countries import iso3_for_demonym

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor

_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
_BODY_KINDS = frozenset({"armed", "body", "government", "political"})
_MERGEABLE = frozenset({"person", "organization"})


def one_edit_apart(a: str, b: str) -> bool:
    """Are two words (five letters or more) one insertion, deletion, substitution or swap apart?"""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    a, b = a.lower(), b.lower()
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i:] == b[i + 1:]


def _spelling_variant(x: list[str], y: list[str]) -> bool:
    if len(x) != len(y) or x == y:
        return False
    # two different given names one letter apart are two people ("Maria Lopez", "Marta Lopez"), not a typo
    if any(p != q and _is_first_name(p) and _is_first_name(q) for p, q in zip(x, y, strict=True)):
        return False
    return all(p == q or one_edit_apart(p, q) for p, q in zip(x, y, strict=True)) \
        and any(p != q for p, q in zip(x, y, strict=True)) and x[-1][:1] == y[-1][:1]


def _surname_spelling(word: str, surname: str) -> bool:
    """A one-word name that is a person's surname spelt one letter apart, same first letter, both
    capitalised ("Sarex" / "Sarey"): another transliteration of that surname, not a body's name."""
    return word[:1].isupper() and word[:1] == surname[:1] and one_edit_apart(word, surname)


def _inner_name_word(word: str, name: list[str]) -> bool:
    """Is the word a middle word (not the first, not the last) of a full name of three words or more that
    has a person's shape: every word capitalised, none an organisation's head word or a small word?"""
    return len(name) >= 3 and word in name[1:-1] and name.count(word) == 1 \
        and all(w[:1].isupper() and w not in org_heads() and w != "The" for w in name)


def _stem_match(short: list[str], long: list[str]) -> bool:
    """"Emergencies Ministry" / "Emergency Situations Ministry": same last word, and every other word of the
    shorter shares a stem of five letters or more with a word of the longer."""
    if len(short) < 2 or len(short) > len(long) or short[-1] != long[-1] or short == long:
        return False
    if org_heads().get(short[-1]) not in _BODY_KINDS:
        return False
    rest = [w.lower() for w in long[:-1]]
    return all(len(w) >= 5 and any(_stem_len(w.lower(), r) >= max(5, min(len(w), len(r)) - 2) for r in rest)
               for w in short[:-1])


def _stem_len(a: str, b: str) -> int:
    """Length of the common beginning of two words."""
    return next((i for i, (p, q) in enumerate(zip(a, b, strict=False)) if p != q), min(len(a), len(b)))


def _count(b: ActorBuilder) -> dict[str, int]:
    n: dict[str, int] = {}
    for m in b.mentions:
        n[m.actor_key] = n.get(m.actor_key, 0) + 1
    return n


def _singulars_of_registered(b: ActorBuilder) -> None:
    """"Kelbist operations" beside "the Kelbists" (or "the Kelbist movement"): a one-word organisation the
    model tagged by the singular of a registered body's plural name is that body, when the article names it
    by its registered name too (whose mention counts would otherwise leave the singular, the more frequent
    form as an adjective, on a row of its own)."""
    if b.registry is None:
        return
    present = {a.registry_id: a for a in b.actors.values() if a.registry_id is not None}
    gone: dict[str, str] = {}
    for a in b.actors.values():
        if a.actor_type != "organization" or a.registry_id is not None or " " in a.name \
                or not a.name[:1].isupper() or a.name.endswith("s"):
            continue
        reg = b.registry.lookup(a.name + "s")
        target = present.get(reg.actor_id) if reg is not None and reg.actor_type == "organization" else None
        if target is not None and target.actor_type == "organization":
            gone[a.key] = target.key
            if a.name not in target.aliases:
                target.aliases.append(a.name)
    merge_into(b, gone)


def merge_name_variants(b: ActorBuilder, doc: Doc) -> None:
    _singulars_of_registered(b)
    n = _count(b)
    gone: dict[str, str] = {}
    actors = [a for a in b.actors.values() if a.actor_type in _MERGEABLE]
    people = [a for a in actors if a.actor_type == "person" and len(a.name.split()) >= 2]
    split = functools.cache(str.split)  # speed: every pair of actors is compared, each name split once
    for a in sorted(actors, key=lambda x: (n.get(x.key, 0), -int(x.key[1:]))):
        if a.key in gone or a.registry_id is not None:
            continue
        words = a.name.split()
        live = [t for t in actors if t.key != a.key and t.key not in gone]
        few = n.get(a.key, 0) <= 2
        cands = [t for t in live if n.get(t.key, 0) >= n.get(a.key, 0)
                 and (t.actor_type == a.actor_type or few)
                 and any(len(other := split(name)) == len(words) and _spelling_variant(words, other)
                         for name in (t.name, *t.aliases))]  # (speed: names of another length never are)
        if not cands and a.actor_type == "organization":
            cands = [t for t in live if t.actor_type == "organization"
                     and any(_stem_match(words, name.split()) for name in (t.name, *t.aliases))]
        if not cands and a.actor_type == "organization" and len(words) == 1 and few and words[0] not in org_heads():
            cands = [t for t in people if t.key not in gone and t.name.split()[-1] == words[0]]
            if not cands:
                # "Ruiz" once beside "Ana Ruis": a surname written with another spelling, typed as a body
                cands = [t for t in people if t.key not in gone and _surname_spelling(words[0], t.name.split()[-1])]
        if not cands and len(words) == 1 and few and words[0] not in org_heads() and words[0][:1].isupper():
            # "López" beside "Ana López Ortiz": the first of two surnames (or a middle name) of one full name
            holders = [t for t in live if words[0] in split(t.name)]
            cands = [t for t in holders if _inner_name_word(words[0], split(t.name))]
            if len(holders) != 1:
                cands = []  # "Rivera" beside "Luis Rivera Marín" and "Ana Rivera": whose it is, is not settled
        if len(cands) != 1:
            continue
        target = cands[0]
        gone[a.key] = target.key
        if a.name not in target.aliases and a.name != target.name:
            target.aliases.append(a.name)
        if target.country_iso3 is None and a.country_iso3:
            target.country_iso3, target.country_basis = a.country_iso3, a.country_basis
    merge_into(b, gone)
    _surnames_of_members(b)
    _initials_with_tail(b)
    _longer_written_names(b, doc)
    _head_word_longer_forms(b, doc)
    expand_acronyms(b, doc)
    full_names_of_short_names(b, doc)
    _drop_ordinal_offices(b)


def _surnames_of_members(b: ActorBuilder) -> None:
    """"the lead authors, Rivas of KIMS and ...": an organisation named "<surname> of <body>", where the
    surname ends the name of exactly one person of the article and the body is another actor of it (or an
    upper-case short form), is that person; the mention keeps the surname."""
    people = [a for a in b.actors.values() if a.actor_type == "person" and len(a.name.split()) >= 2]
    if not people:
        return
    names = {n for a in b.actors.values() for n in (a.name, *a.aliases)}
    gone: dict[str, str] = {}
    for a in b.actors.values():
        surname, of, body = a.name.partition(" of ")
        if a.actor_type != "organization" or a.registry_id is not None or not of or " " in surname \
                or not surname[:1].isupper() or surname in org_heads():
            continue
        if body not in names and not (body.replace("-", "").isupper() and len(body) <= 8):
            continue
        cands = [p for p in people if p.name.split()[-1] == surname]
        if len(cands) == 1:
            gone[a.key] = cands[0].key
    if not gone:
        return
    b.mentions = [dataclasses.replace(m, text=m.text.split(" of ", 1)[0],
                                      char_end=m.char_start + len(m.text.split(" of ", 1)[0]))
                  if m.actor_key in gone and " of " in m.text else m for m in b.mentions]
    merge_into(b, gone)
    # the model may have tagged the surname inside the joined span too: one mention of it
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for m in b.mentions:
        if (m.actor_key, m.char_start, m.char_end) not in seen:
            seen.add((m.actor_key, m.char_start, m.char_end))
            kept.append(m)
    b.mentions = kept


def _initials_with_tail(b: ActorBuilder) -> None:
    """"UO Eugene" beside "University of Oregon at Eugene": a short form made of an upper-case word of two to
    five letters and words that end the longer name, where the letters are the initials of the longer name's
    other capitalised words, is that organisation (whatever type the short form was given)."""
    orgs = [a for a in b.actors.values() if a.actor_type == "organization" and len(a.name.split()) >= 3]
    gone: dict[str, str] = {}
    for a in list(b.actors.values()):
        words = a.name.split()
        if len(words) < 2 or a.registry_id is not None or not (words[0].isupper() and 2 <= len(words[0]) <= 5) \
                or not words[0].isalpha():
            continue
        tail = words[1:]
        cands = [t for t in orgs if t.key != a.key and t.name.split()[-len(tail):] == tail
                 and "".join(w[0] for w in t.name.split()[:-len(tail)] if w[:1].isupper()) == words[0]]
        if len(cands) == 1:
            gone[a.key] = cands[0].key
            _add_alias(cands[0], a.name)
            if cands[0].country_iso3 is None and a.country_iso3:
                cands[0].country_iso3, cands[0].country_basis = a.country_iso3, a.country_basis
    merge_into(b, gone)


def _longer_written_names(b: ActorBuilder, doc: Doc) -> None:
    """Rename bare bodies and parties to the longer form the article writes; an actor already made from that
    longer form (a mention with its words) then joins the renamed one, so one body is one row."""
    renamed = _rename_to_written_forms(b, doc)
    if not renamed:
        return
    texts: dict[str, set[str]] = {}
    for m in b.mentions:
        texts.setdefault(m.actor_key, set()).add(re.sub(r"^the ", "", m.text, flags=re.IGNORECASE).lower())
    gone: dict[str, str] = {}
    for r in renamed:
        if r.key in gone:
            continue
        full = r.name.lower()
        for o in b.actors.values():
            if o.key == r.key or o.key in gone or o.actor_type != "organization":
                continue
            if full in {o.name.lower(), *(x.lower() for x in o.aliases)} or full in texts.get(o.key, ()):
                # the existing row keeps its name when it is registered or written as a name ("Parliament of
                # United Kingdom"); one made of lower-case words ("Coast guard of Indonesia") takes the new one
                keep, drop = (o, r) if o.registry_id is not None or _title_cased(o.name) else (r, o)
                gone[drop.key] = keep.key
                for name in (drop.name, *drop.aliases):
                    if name not in keep.aliases and name != keep.name:
                        keep.aliases.append(name)
                if keep.country_iso3 is None and drop.country_iso3:
                    keep.country_iso3, keep.country_basis = drop.country_iso3, drop.country_basis
                if drop is r:
                    break
    merge_into(b, gone)


def _head_word_longer_forms(b: ActorBuilder, doc: Doc) -> None:
    """"Kelby News" beside "Kelby News Agency", "Kelby Police" beside "Kelby Police Force" in one article:
    a body's name ending in an organisation head word (data/org_heads.csv) and written also with one more head
    word after it is the shorter form of that fuller name. The fuller form is the name, the shorter an alias:
    when both are actors the shorter joins; when the article writes the fuller form as a whole name (no
    capitalised word or "of" after it) that no entity holds, the actor takes it. Registered names stay."""
    heads = org_heads()
    orgs = [a for a in b.actors.values() if a.actor_type == "organization"]
    by_name = {a.name: a for a in orgs}
    text = doc_text(doc)
    gone: dict[str, str] = {}
    for a in orgs:
        # the shorter form ends in a head word itself ("News", "Police"): it names a body of that kind, not a
        # place or a thing the body is named after ("the Kelby Ranch" beside "the Kelby Ranch Foundation")
        if a.registry_id is not None or len(a.name.split()) < 2 or a.name.split()[-1] not in heads \
                or not _title_cased(a.name) or not _before_capital(text, a.name):
            continue  # speed: the pattern only where the name is written before a capitalised word
        fuller = {m.group(1) for m in re.finditer(rf"\b{re.escape(a.name)} ([A-Z][a-z]+)\b(?! of\b| [A-Z])", text)
                  if m.group(1) in heads}
        if len(fuller) != 1:
            continue
        full = f"{a.name} {fuller.pop()}"
        other = by_name.get(full)
        if other is not None and other.key != a.key:
            gone[a.key] = other.key
            for name in (a.name, *a.aliases):
                _add_alias(other, name)
            if other.country_iso3 is None and a.country_iso3:
                other.country_iso3, other.country_basis = a.country_iso3, a.country_basis
        elif other is None and not any(full in n for n in by_name):
            _add_alias(a, a.name)
            a.name = full
    merge_into(b, gone)


def _rename_to_written_forms(b: ActorBuilder, doc: Doc) -> list[LocalActor]:
    heads = org_heads()
    text = doc_text(doc)
    renamed = []
    for a in list(b.actors.values()):
        if a.actor_type != "organization" or a.registry_id is not None or not a.name[:1].isupper():
            continue
        words = a.name.split()
        if heads.get(words[-1]) in _BODY_KINDS or len(words) >= 2 and heads.get(words[-2]) in _BODY_KINDS:
            if len(words) == 1 and a.country_iso3 is not None:
                # "the Court" of a British article beside "the Scottish court": another court, often
                continue
            qualified = _nationality_form(a, text)
            if qualified:
                _add_alias(a, a.name)
                a.name, iso3 = qualified
                renamed.append(a)
                if a.country_iso3 is None:
                    a.country_iso3, a.country_basis = iso3, "nationality"
            continue
        # speed: a pattern per name is compiled (past `re`'s cache) only when the name is written before a
        # capitalised word
        after = {m.group(1) for m in re.finditer(rf"\b{re.escape(a.name)} ([A-Z][a-z]+)\b", text)} \
            if _before_capital(text, a.name) else set()
        after = {w for w in after if heads.get(w) == "political"}
        if len(after) == 1:
            _add_alias(a, a.name)
            a.name = f"{a.name} {after.pop()}"
            renamed.append(a)
    return renamed


def _before_capital(text: str, name: str) -> bool:
    """Is `name` written somewhere followed by a space and an upper-case ASCII letter?"""
    needle = name + " "
    at = text.find(needle)
    while at != -1:
        if "A" <= text[at + len(needle) : at + len(needle) + 1] <= "Z":
            return True
        at = text.find(needle, at + 1)
    return False


def _title_cased(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split() if w not in ("of", "the", "and", "for", "on"))


def _add_alias(a: LocalActor, name: str) -> None:
    if name not in a.aliases:
        a.aliases.append(name)


def _nationality_form(a: LocalActor, text: str) -> tuple[str, str] | None:
    """"Coast Guard" where the text writes "the Indonesian coast guard": ("Indonesian Coast Guard", "IDN")."""
    before = _words_before(text, a.name) if a.name.isascii() else None
    if before is not None:
        found = {w for w in before if w[:1].isupper()}
    else:
        found = {m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(a.name)}\b", text, re.IGNORECASE)
                 if m.group(1)[:1].isupper()}
    forms = {(w, iso) for w in found if (iso := iso3_for_demonym(w)) and w.lower() != w}
    if len(forms) != 1:
        return None
    word, iso3 = forms.pop()
    if a.country_iso3 not in (None, iso3):
        return None
    return f"{word} {a.name}", iso3


# the four letters besides ASCII's that `[A-Za-z]` or an ASCII letter matches under `re.IGNORECASE`
_FOLDED_LETTERS = frozenset("\u0130\u0131\u017f\u212a")


def _words_before(text: str, name: str) -> list[str] | None:
    """What `re.finditer(rf"\\b([A-Z][a-z]+) {re.escape(name)}\\b", text, re.IGNORECASE)` gives as its first
    groups, for an ASCII name, found from each place the name is written (speed: no pattern compiled per
    name, no match attempted at every word of the text). None when `lower` cannot stand for "ignore case"
    (a letter of `_FOLDED_LETTERS` in the text). Matches do not overlap, as `finditer`'s."""
    lowered, needle = text.lower(), " " + name.lower()
    if len(lowered) != len(text) or not _FOLDED_LETTERS.isdisjoint(text):
        return None

    def word(at: int) -> bool:  # `\w` at `at`, none past either end
        return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")

    out: list[str] = []
    done = 0  # where the last match ended: the next begins there or later
    at = lowered.find(needle)
    while at != -1:
        start = at
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            start -= 1
        end = at + len(needle)
        if start >= done and at - start >= 2 and not word(start - 1) and word(end - 1) != word(end):
            out.append(text[start:at])
            done = end
        at = lowered.find(needle, at + 1)
    return out


def _drop_ordinal_offices(b: ActorBuilder) -> None:
    """"a third president, Richard Nixon": an ordinal office phrase is a descriptor, no actor's name."""
    gone = {a.key for a in b.actors.values()
            if a.actor_type == "person" and a.name[:1].islower() and a.name.split()[0] in _ORDINALS}
    if gone:
        b.actors = {ident: a for ident, a in b.actors.items() if a.key not in gone}
        b.mentions = [m for m in b.mentions if m.actor_key not in gone]
