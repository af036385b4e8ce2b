"""Acronyms and short forms as canonical names: the full name the article gives.

An actor named by an acronym ("NHC", "TfL") takes the full name when the article writes, anywhere, one
name whose capitalised words have those initials ("National Hurricane Center", "Transport for London");
an actor already made from that full name absorbs it. An unregistered one-word organisation ("Scripps",
"Acme") joins the article's one organisation whose name is that word followed by an organisation's head
word ("Scripps Institution of Oceanography", "Acme Limited"). Registered acronyms take their full name from
the registry (see `resolve.registry`). With two candidate full names the actor stays as it is.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from newscoder.extract.actors.short_names import merge_into
from newscoder.extract.actors.untagged import resolve_country_word
from newscoder.extract.actors.word_lists import org_heads
from newscoder.extract.doctext import doc_text
from newscoder.resolve.registry import NUMBER_WORDS as _NUMBER_WORDS
from newscoder.resolve.registry import Registry, RegistryActor, normalize_name, number_word_value

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor

_POSS_END = re.compile(r"['’]s?$")

# lower-case words a full name may hold between its capitalised words ("Transport for London")
_LINKS = r"(?:of|and|for|the|de|du|la|on|in|at|&)"


@functools.cache
def _expansion_pattern(letters: str) -> re.Pattern[str]:
    gap = rf"(?:,?\s+(?:{_LINKS}\s+)*)"
    words = [rf"{c}[\w’'\-]*" for c in re.findall(r"[0-9]+|[A-Z]", letters)]
    # a figure stands for its number, written as a word or in figures ("G8" -> "Group of Eight")
    words = [_number_words(w) if w[0].isdigit() else w for w in words]
    # "The" opens sentences and titles: it is never an initial
    return re.compile(r"(?<![\w’'\-])(?!The\b)" + gap.join(words) + r"(?![\w’'\-])")


def _number_words(pattern: str) -> str:
    """"8[\\w...]*" -> a pattern of "Eight" or "8": the figures of an acronym as the full name writes them."""
    figures = re.match(r"[0-9]+", pattern).group(0)
    words = [w.capitalize() for w in _NUMBER_WORDS if number_word_value(w) == int(figures)]
    return "(?:" + "|".join([figures, *words]) + ")"


def _letters(name: str) -> str | None:
    """The initials an acronym stands for ("NHC" -> "NHC", "TfL" -> "TL", "G8" -> "G8"); None for other
    names."""
    if re.fullmatch(r"[A-Z]{1,3}[0-9]{1,2}", name):
        return name  # "G8", "P5": capitals then the figures of a number word ("Group of Eight")
    if " " in name or not name[:1].isupper() or not name.replace("&", "").isalpha():
        return None
    caps = "".join(c for c in name if c.isupper())
    lower = sum(c.islower() for c in name)
    if not 2 <= len(caps) <= 8 or lower > 1:
        return None
    return caps


def _known(b: ActorBuilder, form: str, key: str) -> LocalActor | None:
    low = form.lower()
    texts: dict[str, set[str]] = {}
    for m in b.mentions:
        texts.setdefault(m.actor_key, set()).add(re.sub(r"^the ", "", m.text, flags=re.IGNORECASE).lower())
    for o in b.actors.values():
        if o.key == key:
            continue
        # "NG: ..." answering in an interview with Nadia Gorski: initials of a person named in full
        if o.actor_type == "person" and low == o.name.lower():
            return o
        if o.actor_type != "organization":
            continue
        if low in {o.name.lower(), *(x.lower() for x in o.aliases)} or low in texts.get(o.key, ()):
            return o
    # "UH" where the text writes "University of Hawaii at Hilo": the one body whose name it opens
    longer = [o for o in b.actors.values() if o.key != key and o.actor_type == "organization"
              and o.name.lower().startswith(low + " ")]
    return longer[0] if len(longer) == 1 else None


def expand_acronyms(b: ActorBuilder, doc: Doc) -> None:
    """Name acronym actors by the full name the article writes; merge short forms into their full name."""
    text = doc_text(doc)
    gone: dict[str, str] = {}
    for a in list(b.actors.values()):
        if a.registry_id is not None or a.actor_type != "organization" or a.key in gone:
            continue
        letters = _letters(a.name)
        if letters is None:
            continue
        # "National Hurricane Center's" is the same name as "National Hurricane Center"
        forms = {_POSS_END.sub("", re.sub(r"\s+", " ", m.group(0)))
                 for m in _expansion_pattern(letters).finditer(text)}
        if len(forms) != 1:
            continue
        form = forms.pop()
        target = _known(b, form, a.key)
        if target is not None:
            gone[a.key] = target.key
            _alias(target, a.name)
            if target.country_iso3 is None and a.country_iso3:
                target.country_iso3, target.country_basis = a.country_iso3, a.country_basis
        else:
            _alias(a, a.name)
            a.name = form
    _short_forms_of_bodies(b, gone)
    _bracketed_names(b, text, gone)
    _registered_acronyms(b, text, gone)
    merge_into(b, gone)


def _short_forms_of_bodies(b: ActorBuilder, gone: dict[str, str]) -> None:
    """"Scripps" beside "Scripps Institution of Oceanography": a one-word organisation that is the first
    word of the article's one organisation named "<word> <head word> ..." is that organisation."""
    heads = org_heads()
    orgs = [o for o in b.actors.values() if o.actor_type == "organization" and o.key not in gone]
    for a in orgs:
        if a.registry_id is not None or " " in a.name or not a.name[:1].isupper() or a.key in gone:
            continue
        longer = [o for o in orgs if o.key != a.key and o.key not in gone
                  and len(words := o.name.split()) >= 2 and words[0] == a.name
                  and (words[1] in heads or _company_tail(words[1:], heads))]
        if len(longer) == 1:
            target = longer[0]
            gone[a.key] = target.key
            _alias(target, a.name)
            if target.country_iso3 is None and a.country_iso3:
                target.country_iso3, target.country_basis = a.country_iso3, a.country_basis


def _company_tail(words: list[str], heads: dict[str, str]) -> bool:
    """"Motor Company", "S.A.": capitalised words ending in a company's legal or class word, no place among
    them. "Web Services" (no head word), "Ireland Limited" (a national subsidiary) and "General Assembly"
    (an organ of a body) are other entities than the short name's."""
    return (heads.get(words[-1]) == "company" and all(w[:1].isupper() for w in words)
            and not any(resolve_country_word(w.strip(",.")) for w in words))


def _bracketed_names(b: ActorBuilder, text: str, gone: dict[str, str]) -> None:
    """"the Kelbian Institute of Geology (Kigeol)", "the Supreme Court (Höchstes Gericht)": the name of an
    organisation written in brackets right after another organisation's name is that organisation's short
    or original-language name (the article defines it there), even where the model tagged only its later
    uses; it joins the name outside the brackets, or the registered actor when only the bracketed one is
    registered."""
    by_name: dict[str, LocalActor] = {}
    for o in b.actors.values():
        if o.actor_type == "organization":
            for n in (o.name, *o.aliases):
                by_name.setdefault(n.lower(), o)
    for m in b.mentions:
        if m.mention_kind != "name" or m.actor_key in gone:
            continue
        inside = _BRACKET_AFTER.match(text, m.char_end)
        inner = by_name.get(inside.group(1).lower()) if inside else None
        outer = b.by_key(m.actor_key)
        if inner is None or inner.key == outer.key or inner.key in gone or outer.actor_type != "organization":
            continue
        if inner.registry_id is not None and outer.registry_id is not None:
            continue  # two registered bodies stay apart
        keep, drop = (inner, outer) if inner.registry_id is not None else (outer, inner)
        other = (keep is inner and b.registry is not None and _ACRONYM.fullmatch(inside.group(1))
                 and (found := b.registry.get(inner.registry_id)) is not None
                 and not _shares_name_word(outer.name, found, b.registry))
        if other:
            # "Kazan Park Design Union (KPDU)" where a registered body of other words is "KPDU": the article
            # defines the acronym for another body, whose later uses it names (not the registered body's
            # name or country)
            keep, drop = outer, inner
        if drop.key in gone.values() or keep.key in gone:
            continue  # one merge per actor: no chains
        gone[drop.key] = keep.key
        _alias(keep, inside.group(1) if other else drop.name)
        if not other and keep.country_iso3 is None and drop.country_iso3:
            keep.country_iso3, keep.country_basis = drop.country_iso3, drop.country_basis


_BRACKET_AFTER = re.compile(r"\s*\(\s*([^()\n]{2,60}?)\s*\)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_BRACKET = re.compile(r"\s*\(\s*([A-Z]{2,6})\s*\)")
# words too common to show that two names of a body are one name ("the", "of", "party")
_NAME_FILLERS = frozenset("of and for the de du la on in at party front union council organization "
                          "organisation movement group people national".split())


def _registered_acronyms(b: ActorBuilder, text: str, gone: dict[str, str]) -> None:
    """"the Kelbian People's Defence Units (KPD)" where the registry knows "KPD" as the alias of one
    organisation under another rendering of the name ("Kelbian People's Protection Units"): the acronym the
    article defines for its full name is the registered body's (the acronym, not the translation, is what
    the sources share), so the article's body is the registered actor, its full name kept as a mention.
    An acronym registered for two bodies, or a full name sharing no word but fillers with the registered
    names (another body with the same initials), is left alone."""
    reg = b.registry
    if reg is None:
        return
    for a in list(b.actors.values()):
        if a.registry_id is not None or a.actor_type != "organization" or a.key in gone:
            continue
        acros = {m_.group(1) for m in b.mentions if m.actor_key == a.key and m.mention_kind == "name"
                 and (m_ := _ACRONYM_BRACKET.match(text, m.char_end))}
        if len(acros) != 1:
            continue
        acro = acros.pop()
        ids = reg.aliases.get(normalize_name(acro), [])
        found = reg.lookup(acro, a.actor_type)
        if len(ids) != 1 or found is None or found.actor_id != ids[0]:
            continue
        if not _shares_name_word(a.name, found, reg):
            continue
        target = b.registered(found)
        if target.key == a.key or target.key in gone:
            continue
        gone[a.key] = target.key
        for k, v in list(gone.items()):
            if v == a.key:
                gone[k] = target.key  # no chains: what joined the article's body joins the registered one
        for name in (a.name, *a.aliases):
            _alias(target, name)


def _shares_name_word(name: str, found: RegistryActor, reg: Registry) -> bool:
    """Does the article's full name share a word other than fillers with the registered name or aliases?"""
    words = {w for w in normalize_name(name).split() if len(w) > 1 and w not in _NAME_FILLERS}
    names = [found.name, *(k for k, ids in reg.aliases.items() if found.actor_id in ids)]
    return any(words & set(normalize_name(n).split()) for n in names)


def _alias(a: LocalActor, name: str) -> None:
    if name not in a.aliases and name != a.name:
        a.aliases.append(name)
