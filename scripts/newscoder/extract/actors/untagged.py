"""Names the model missed: later mentions of a name tagged once ("Jobs"), acronyms defined in brackets,
registered names, companies shown by their context, people listed with people, government bodies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newscoder.extract import roles
from newscoder.extract.actors.common_words import common_nouns
from newscoder.extract.actors.entity_bounds import country_ends_name
from newscoder.extract.actors.groups import state_body_name
from newscoder.extract.actors.things import acronym_of_place_part
from newscoder.extract.actors.word_lists import csv_column, org_heads
from newscoder.extract.doctext import char_span, doc_column, doc_text, doc_tokens
from newscoder.records import LocalActor
from newscoder.resolve.countries import (
    iso3_for_capital,
    iso3_for_demonym,
    iso3_for_name,
)
from newscoder.resolve.registry import Registry, normalize_name

if TYPE_CHECKING:
    from newscoder.extract.actors.builder import ActorBuilder


# ---------------------------------------------------------------- names the model missed
_NOT_ACTOR_ENTS = {"LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}
_NAME_LINKS = {"of", "for", "and", "&", "de", "the"}
# a possessive inside a name ("the Korean People's Army", "Women's Aid"); the last word must still be a capital
_INNER_POSS = {"'s", "’s"}


def _known_names(b: ActorBuilder) -> dict[str, str]:
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
        if actor.actor_type == "person" and len(actor.name.split()) > 1:
            known.setdefault(actor.name, actor.key)  # a full name the model left untagged elsewhere
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


def _acronym_after(doc: Doc, end: int, name: str = "") -> str | None:
    """ "World Health Organisation (WHO)": the bracketed acronym right after a name. A short form written as
    one capitalised word ("Kelbian Institute of Geology (Kigeol)") counts too when it opens with the name's
    first letter and is no word of the name, no place and no other entity."""
    toks = doc_tokens(doc)
    if end + 2 < len(doc) and toks[end].text == "(" and toks[end + 2].text == ")":
        word = toks[end + 1].text
        if word.isupper() and 2 <= len(word) <= 8 and word.isalpha():
            return word
        if (4 <= len(word) <= 12 and word.isalpha() and word[:1].isupper() and word[1:].islower()
                and name[:1] == word[:1] and word not in name.split() and toks[end + 1].ent_type_ in ("", "ORG")
                and toks[end + 1].pos_ == "PROPN" and not resolve_country_word(word)):
            return word
    return None


def propagate_names(b: ActorBuilder, doc: Doc, sents: list[Span], sent_of: dict[int, int], skip: set[int],
                     registry: Registry | None) -> None:
    """Later mentions of a name the model tagged once ("Jobs", "Sunak", an acronym defined in brackets),
    and registered names it did not tag at all ("WHO say ...")."""
    known = _known_names(b)
    for m in list(b.mentions):
        if m.mention_kind == "name" and b.by_key(m.actor_key).actor_type == "organization":
            span = char_span(doc, m.char_start, m.char_end, alignment_mode="expand")
            acro = _acronym_after(doc, span.end, m.text) if span is not None else None
            if acro and not acronym_of_place_part(m.text, acro):  # "Parliament of New South Wales (NSW)": the place
                known.setdefault(acro, m.actor_key)
    for name, key in _short_company_names(b).items():
        known.setdefault(name, key)
    unseen = _unseen_company_names(b, doc, skip) | _unseen_country_sections(doc, skip)
    _unseen_listed_people(b, doc, sents, sent_of, skip)
    i = 0
    n = len(doc)
    tokens = doc_tokens(doc)
    full = doc_text(doc)
    has_amp = "&" in full
    # speed: every word is tested; its text, entity label and offset are read from per-Doc lists
    texts, ent_types, offsets = doc_column(doc, "text"), doc_column(doc, "ent_type_"), doc_column(doc, "idx")
    lowers, puncts = doc_column(doc, "lower_"), doc_column(doc, "is_punct")
    # speed: how many words from each one on may be words of a name (the test below, once per word, not once
    # per word and candidate length)
    name_run = [0] * (n + 1)
    for j in range(n - 1, -1, -1):
        word = texts[j]
        if not (j in skip or ent_types[j] in _NOT_ACTOR_ENTS or puncts[j] and word != "&"
                or not (word[:1].isupper() or lowers[j] in _NAME_LINKS or word in _INNER_POSS)):
            name_run[j] = name_run[j + 1] + 1
    while i < n:
        tok = tokens[i]
        amp = _AMP_NAME.match(texts[i]) if has_amp else None
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
        if (i in skip or not texts[i][:1].isupper() or ent_types[i] in _NOT_ACTOR_ENTS
                or b.overlaps(offsets[i], offsets[i] + len(texts[i]))):
            i += 1
            continue
        found = None
        for size in range(min(6, n - i), 0, -1):
            if not texts[i + size - 1][:1].isupper() or name_run[i] < size:
                continue
            # speed: the Span's text and bounds read from the Doc's text, without building the Span
            start_char, end_char = offsets[i], offsets[i + size - 1] + len(texts[i + size - 1])
            text = full[start_char:end_char]
            if end_char < len(full) and full[end_char] == "-" or b.overlaps(start_char, end_char):
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
            if "GPE" in ent_types[i : i + size]:
                continue  # a place, unless this article already made the name an organisation
            reg = registry.lookup(text) if registry else None
            if reg is None or reg.actor_type == "state" and not _acts(doc[i : i + size].root):
                continue  # a state's name the model left untagged counts only where the state acts
            if reg.actor_type == "state" and tok.ent_iob_ == "I":
                continue  # "Kelby Partners USA" tagged a product: a country ending another name is no state
            # a single word must look like a name: an acronym, or a proper noun inside the sentence
            if size == 1 and not (tok.text.isupper() and len(tok.text) > 1
                                  or tok.tag_ in ("NNP", "NNPS") and (not tok.is_sent_start
                                                                      or reg.actor_type == "state")):
                continue
            # a registered name that is also an English noun ("Time", a magazine) the model did not tag as a
            # body is as often the word inside a title ("Once Upon a Time"): only the model's tag makes it one
            if size == 1 and reg.actor_type != "state" and tok.ent_type_ != "ORG" and not tok.text.isupper() \
                    and tok.lower_ in common_nouns():
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


_ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss"}


def _acts(tok: Token) -> bool:
    """The word is a party to its clause (subject, object, possessor, or listed with one), not a place where
    something happens ("Nigeria criticized Togo", "talks with Nigeria's president" vs "in Nigeria")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj":
        return tok.head.dep_ == "agent" or tok.head.lower_ in ("with", "against", "to")
    return tok.dep_ in _ACTING_DEPS


_AMP_NAME = re.compile(r"[A-Z][A-Za-z]{0,3}&[A-Z][A-Za-z]{0,3}(?=\.?$)")  # "AT&T", "P&G", "S&P"


def _short_company_names(b: ActorBuilder) -> dict[str, str]:
    """"AirTran Airways" is also "AirTran": a one-word name before a company word ("Airways", "Inc."),
    when that word is a name (capitalised and never written in lower case in the article)."""
    out: dict[str, str] = {}
    for m in b.mentions:
        actor = b.by_key(m.actor_key)
        parts = m.text.split()
        if (m.mention_kind != "name" or actor.actor_type != "organization" or len(parts) != 2
                or org_heads().get(parts[1]) != "company" or parts[1] in ("Group", "Bank", "Company")):
            continue
        short = parts[0]
        if short[:1].isupper() and not short.isupper() and not resolve_country_word(short) \
                and not roles.is_title_word(short):
            out.setdefault(short, actor.key)
    return out


def _unseen_company_names(b: ActorBuilder, doc: Doc, skip: set[int]) -> set[str]:
    """Proper nouns outside any entity that the words show to be companies: in apposition to a company
    noun ("its European division, Opel") or naming one ("the Old Mutual insurance company")."""
    company = csv_column("company_words.csv", "noun")
    out: set[str] = set()
    tokens = doc_tokens(doc)
    # speed: every word is tested; its tag, entity label and text are read from per-Doc lists
    tags, ent_types, texts = doc_column(doc, "tag_"), doc_column(doc, "ent_type_"), doc_column(doc, "text")
    for i, tag in enumerate(tags):
        if (tag != "NNP" or ent_types[i] or i in skip or not texts[i][:1].isupper()
                or resolve_country_word(texts[i]) or roles.is_title_word(texts[i])):
            continue
        tok = tokens[i]
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


def _unseen_country_sections(doc: Doc, skip: set[int]) -> set[str]:
    """"Ana Ray of Kelby Rivers Alliance Peru said": proper nouns outside any entity ending in an
    organisation word (data/org_heads.csv) and then a country's one-word name that the parser reads as one
    noun phrase with them (`entity_bounds.country_ends_name`): a body's national section or a body named
    with its country, an organisation; the country is no mention of the state."""
    out: set[str] = set()
    tokens = doc_tokens(doc)
    heads = org_heads()
    # speed: every word is tested; its text and entity label are read from per-Doc lists
    texts, ent_types = doc_column(doc, "text"), doc_column(doc, "ent_type_")

    def name_word(k: int) -> bool:
        t = tokens[k]
        return (t.tag_ in ("NNP", "NNPS") and not ent_types[k] and k not in skip and texts[k][:1].isupper()
                and texts[k].isalpha())

    for i in range(2, len(texts)):
        if ent_types[i] or texts[i - 1] not in heads or not texts[i][:1].isupper() or not iso3_for_name(texts[i]):
            continue
        last = i - 1
        if not name_word(last) or tokens[last].is_sent_start or not country_ends_name(doc, last):
            continue
        start = last
        while start > 0 and name_word(start - 1) and not tokens[start].is_sent_start:
            start -= 1
        if start == last or start > 0 and tokens[start - 1].text[:1].isupper() and not tokens[start].is_sent_start:
            continue  # one word before the country, or the tail of a longer name
        if roles.is_title_word(texts[start]):
            continue
        out.add(doc[start : i + 1].text)
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


def _unseen_listed_people(b: ActorBuilder, doc: Doc, sents: list[Span], sent_of: dict[int, int],
                          skip: set[int]) -> None:
    """"Zeus, Hera, Poseidon and Aphrodite": an untagged name in a list with two or more people."""
    tokens = doc_tokens(doc)
    # speed: a token with a "conj" child is the head of a "conj" token; only those read their children
    deps = doc_column(doc, "dep_")
    conj_heads = {t.head.i for t in tokens if t.dep_ == "conj"}
    for i, dep in enumerate(deps):
        if dep != "conj" and (i not in conj_heads or not any(c.dep_ == "conj" for c in tokens[i].children)):
            continue
        tok = tokens[i]
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


def _unseen_gov_bodies(b: ActorBuilder, doc: Doc, sents: list[Span], sent_of: dict[int, int],
                       skip: set[int]) -> None:
    """"the Saudi Interior Ministry": a capitalised government body after a country word, untagged."""
    toks = doc_tokens(doc)
    heads = org_heads()
    for i, text in enumerate(doc_column(doc, "text")):  # speed: a Token only for the words that pass
        if heads.get(text) != "government":
            continue
        tok = toks[i]
        start = _untagged_name_start(doc, tok.i, skip)
        if start is None or start == tok.i or start < 1:
            continue
        iso3 = roles.country_of_modifier(toks[start - 1].text)
        if iso3 is None:
            continue
        cs, ce = toks[start - 1].idx, tok.idx + len(tok.text)
        if b.overlaps(cs, ce):
            continue
        name = state_body_name(doc[start : tok.i + 1].text, iso3)
        actor = b.actor(("org", normalize_name(name)), lambda n=name, c=iso3: LocalActor(
            key="", name=n, actor_type="organization", country_iso3=c, country_basis="nationality"))
        if actor.parent_key is None:
            actor.parent_key = b.state(iso3).key
        si = sent_of[tok.i]
        b.add(actor, doc, cs, ce, "name", si, sents[si], root=tok)


