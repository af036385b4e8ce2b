"""The link from a quote's speaker to an actor, when the actor analysis gives none or a shorter name.

`speaker_actor.speaker_actor` links a speaker to the actor whose mention covers it. This module adds what a
reader does with a speaker the analysis left without (the right) actor:
1. the longest name wins: a speaker whose whole name is an actor's name or alias ("Amazon Web Services")
   goes to that actor, not to one whose shorter name overlaps it ("Amazon"); "the emergencies ministry" is
   the article's "Emergencies Ministry";
2. a surname alone ("Okafor said") is the one person the article named in full earlier with that surname
   ("Chief Superintendent Ana Okafor"): linked to that person's actor, which is added when the analysis
   has none; never when two people of the article share the surname;
3. a named speaker with no actor at all (a news outlet "Rappler", a person the analysis missed) becomes an
   actor: something that speaks is an actor. Only names the parser tags as a person or an organisation
   count, and a registered name takes its registry entry.
A text ("the report said") is linked to its author (`text_authors`); an unnamed government, a local
police force and a speaker naming two bodies are read in `speaker_bodies`. Everything else stays unlinked rather
than guessed.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import roles, speaker_bodies
from newscoder.extract.actors.affiliation import is_international
from newscoder.extract.actors.common_words import common_word_opening
from newscoder.extract.actors.entity_bounds import capital_the_at, misspelt_title
from newscoder.extract.actors.kin_names import kin_context
from newscoder.extract.actors.story_country import story_country_for_added
from newscoder.extract.attribution import cue_entry
from newscoder.extract.doctext import char_span, children_of, doc_column, doc_sents, doc_text, doc_tokens
from newscoder.extract.speaker_actor import (
    ARTICLES,
    HONORIFICS,
    _titled_person,
    first_name_gender,
    speaker_actor,
)
from newscoder.extract.speaker_descriptors import modifier_only, place_described, previous_speaker_person
from newscoder.extract.speaker_phrase import Speaker
from newscoder.extract.text_authors import text_author
from newscoder.records import ActorAnalysis, LocalActor, Mention
from newscoder.resolve.countries import resolve_country
from newscoder.resolve.registry import normalize_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.resolve.registry import Registry

EXTRACTOR = "newscoder.extract.quotes"
SPEAKER_LABELS = {"PERSON": "person", "ORG": "organization"}  # spaCy labels of a name that can speak
DEFINITE = {"the", "this"}  # a description that points back to someone the article named
NAME_LINKS = {"for", "of", "and", "&"}  # lower-case words inside a name ("Transport for London")
COUNT_WORDS = {"one", "two", "three", "four", "five", "some", "many", "several", "both", "all"}  # "One of ..."


def link_speaker(doc: Doc, actors: ActorAnalysis, sp: Speaker | None, registry: Registry | None = None) -> str | None:
    """Key of the actor a quote's speaker is, adding the actor when a named speaker has none."""
    key = speaker_actor(actors, sp)
    if sp is not None and sp.kind == "pronoun":
        described = _described_subject_before(doc, actors, sp)
        return described[0] if described is not None else key
    if sp is None:
        return key
    if speaker_bodies.coordinated_actors(doc, actors, sp):
        return None  # "the ministry and the police said": two speakers, one column; neither alone is right
    if speaker_bodies.is_local_force(sp):
        return speaker_bodies.local_force(actors, sp)  # "county police": never the country-wide police body
    if key is not None and modifier_only(doc, actors, sp, key):
        # 'The Bergen professor added': the place or body in the description is not the one speaking
        return _title_holder(doc, actors, sp) or previous_speaker_person(doc, actors, sp)
    if key is None and place_described(doc, sp):
        # the same description where the place is no actor (a town named only as a location)
        described = _title_holder(doc, actors, sp) or previous_speaker_person(doc, actors, sp)
        if described is not None:
            return described
    longer = _longest_name(actors, sp, key)
    if longer is not None:
        return longer
    cur = actors.get(key) if key is not None else None
    namesake = _fuller_namesake(doc, actors, sp, cur)
    if namesake is not None:
        return namesake
    whole = _whole_phrase_actor(actors, sp) if cur is not None and (
        cur.actor_type == "person" or cur.actor_type == "organization" and not _officials_of(sp)) else None
    if whole is not None:
        return whole
    body = _named_body(doc, actors, sp, head_last=True) if _common_noun(doc, sp) else None
    # (the article's whole text is normalised only when the answer matters: a non-ASCII text takes
    # milliseconds; the test was made for every named speaker)
    if body is not None and (key is None or cur is not None
                             and normalize_name(cur.name) not in normalize_name(doc_text(doc))):
        # 'Police said' in an article that named the Thames Valley Police: that force, not a country-wide
        # actor whose name the article never writes
        return body
    if key is not None and _office_of_body(actors, sp, key):
        # "the university's chancellor, Ann Lee": the person holding the office, never the body itself
        return _appositive_person(doc, actors, sp, registry) or _titled_person(actors, sp)
    if key is not None:
        return key
    named = _named_in_apposition(doc, actors, sp, registry)
    if named is not None:
        return named
    state = _government_of(doc, actors, sp)
    if state is not None:
        return state
    if sp.kind == "noun" and not _one_capitalised(sp):
        return (speaker_bodies.possessor_office(doc, actors, sp) or text_author(doc, actors, sp.start, sp.end)
                or _title_holder(doc, actors, sp) or _named_body(doc, actors, sp) or _research_group(actors, sp)
                or speaker_bodies.home_government(doc, actors, sp))
    # "Okafor claimed": the parser may read a lone surname as a common noun
    return (speaker_bodies.home_government(doc, actors, sp) or _surname_person(doc, actors, sp, registry)
            or _new_named(doc, actors, sp, registry))


GOVERNMENT_WORDS = lexicons.words("government_nouns", "word", kind="government")


def _government_of(doc: Doc, actors: ActorAnalysis, sp: Speaker) -> str | None:
    """'the government of Samoa', 'the administration of Ruritania': the state actor of the place named
    after "of" (a government speaks for its state)."""
    span = char_span(doc, sp.start, sp.end, alignment_mode="expand")
    if span is None or span.root.lower_ not in GOVERNMENT_WORDS:
        return None
    for prep in children_of(span.root):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in children_of(prep):
            if obj.dep_ != "pobj" or obj.i >= span.end:
                continue
            phrase = doc[obj.left_edge.i : obj.i + 1]
            key = actors.actor_at(phrase.start_char, phrase.end_char)
            actor = actors.get(key)
            if actor is not None and actor.actor_type == "state":
                return key
    return None


PERSON_HEADS = {"head"}  # 'the head of the investigators': a person by the office, though no title word


def _described_subject_before(doc: Doc, actors: ActorAnalysis, sp: Speaker) -> tuple[str | None] | None:
    """'The head of the inquiry told the court ... . She also said ...': a he/she opening its sentence
    stands for the speaker of the sentence before (same paragraph) when that speaker describes one person
    by a role ('the head of ...', 'the detective'); the quote is that person's, linked to the actor the
    description has, or to none when the article gives the person no name (never to another person named
    further back). None when the sentence before does not settle it."""
    span = char_span(doc, sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in ("he", "she"):
        return None
    pron = span[0]
    sent = pron.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or words[0].i != pron.i or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in doc_text(doc)[prev.end_char : sent.start_char]:
        return None  # another paragraph
    if cue_entry(prev.root) is None:
        return None  # 'The former governor is a triathlete. He ...': no speaker before, the usual search
    subj = next((c for c in children_of(prev.root) if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NN" or subj.ent_type_:
        return None
    lemma = subj.lemma_.lower()
    if not (lemma in PERSON_HEADS or lemma in roles.titles() or lemma in lexicons.words("agent_nouns", "word")):
        return None
    phrase = doc[subj.left_edge.i : subj.right_edge.i + 1]
    inside = [m for m in actors.mentions if phrase.start_char <= m.char_start and m.char_end <= phrase.end_char
              and (a := actors.get(m.actor_key)) is not None and a.actor_type == "person"]
    keys = {m.actor_key for m in inside}
    return (keys.pop() if len(keys) == 1 else None,)


def _fuller_namesake(doc: Doc, actors: ActorAnalysis, sp: Speaker, cur: LocalActor | None) -> str | None:
    """'Quintero said' where the analysis made the bare surname an actor of its own, though the article named
    'Maria Quintero Bravo' before: the one earlier actor whose fuller name is a person's (a person, or one
    opening with a known first name) and carries the word after its first is the speaker. (A person actor
    under the bare surname is `speaker_actor._whole_name`'s; a registered name is never a fragment.)"""
    if cur is None or cur.actor_type == "person" or cur.registry_id is not None or sp.kind != "name":
        return None
    words = _name_words(sp.name)
    if len(words) != 1 or normalize_name(cur.name) != normalize_name(words[0]):
        return None
    earlier = {m.actor_key for m in actors.mentions if m.char_end <= sp.start and m.mention_kind == "name"}
    fits = {a.key for a in actors.actors if a.key in earlier and a.key != cur.key
            and words[0] in _name_words(a.name)[1:] and _person_like(doc, actors, a)}
    return fits.pop() if len(fits) == 1 else None


def _person_like(doc: Doc, actors: ActorAnalysis, actor: LocalActor) -> bool:
    """A person, a name opening with a known first name, or (when the analysis typed it a body) a name of
    two to four words none of which the article also writes in lower case ('Maria Quintero Bravo', not
    'Henry Ford Hospital', whose 'hospital' is a common word)."""
    if actor.actor_type == "person" or first_name_gender(actor.name) is not None:
        return True
    if actor.actor_type != "organization" or actor.registry_id is not None:
        return False
    words = actor.name.split()
    low = _lower_words(doc)
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in low for w in words)


def _lower_words(doc: Doc) -> set[str]:
    """The words the article writes in lower case (cached on the doc)."""
    if not doc.user_data.get("lower_words"):
        doc.user_data["lower_words"] = {t for t in doc_column(doc, "text") if t.islower()}
    return doc.user_data["lower_words"]


def _whole_phrase_actor(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """'researchers from the Kelby Institute and UC Varna', its core cut down to the last name of the phrase
    (a person's or a body's): an actor of the article named by the speaker's whole phrase (a group) is the
    speaker. ('officials at the ministry' keeps the body they speak for.)"""
    if sp.core == (sp.start, sp.end):
        return None
    want = normalize_name(sp.text)
    fits = [a.key for a in actors.actors if a.actor_type == "group" and normalize_name(a.name) == want]
    return fits[0] if len(fits) == 1 else None


def _officials_of(sp: Speaker) -> bool:
    """"Officials at the ministry", "a spokesperson for the agency": people who speak for the body named."""
    words = sp.text.lower().split()
    return any(roles.titles().get(w.strip(",.").removesuffix("s")) in ("spokesperson", "official") for w in words[:3])


def _common_noun(doc: Doc, sp: Speaker) -> bool:
    """One common noun ('Police said', 'the army said'), as the parser reads it."""
    span = char_span(doc, sp.start, sp.end, alignment_mode="expand")
    return span is not None and 0 < len(span) <= 2 and span.root.pos_ == "NOUN" and all(
        t.pos_ == "DET" for t in span if t.i != span.root.i)


def _office_of_body(actors: ActorAnalysis, sp: Speaker, key: str) -> bool:
    """The speaker is a person's office held in a body ("the university's chancellor", "the firm's founder")
    and `key` is that body: the body does not speak through a chancellor the way it does through a
    spokesperson."""
    actor = actors.get(key)
    if actor is None or actor.actor_type not in ("organization", "state"):
        return False
    words = [w.strip(",.").lower() for w in sp.text.split()]
    found = roles.head_title(words)
    # the office after a possessive ("the firm's founder"), not a title inside a name ("the Court of Justice")
    return (found is not None and found[1] not in ("honorific", "spokesperson", "official", "modifier")
            and re.search(rf"['\u2019]s {re.escape(found[0])}$", " ".join(words)) is not None)


def _appositive_person(doc: Doc, actors: ActorAnalysis, sp: Speaker, registry: Registry | None) -> str | None:
    """'said the university's chancellor, Ann Lee': the proper name in apposition right after the office,
    set off by a comma (a person: it names the office holder); its actor, added when the analysis has none."""
    text = doc_text(doc)
    m = re.match(r",\s+", text[sp.end : sp.end + 4])
    span = char_span(doc, sp.end + m.end(), sp.end + m.end() + 1, alignment_mode="expand") if m else None
    if span is None:
        return None
    head = span[0]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    if head.dep_ != "appos" or not (sp.start <= head.head.idx < sp.end):
        return None
    toks = [t for t in doc[span[0].i : head.i + 1]]
    if not 2 <= len(toks) <= 4 or not all(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "") for t in toks):
        return None
    start, end = toks[0].idx, head.idx + len(head.text)
    key = actors.actor_at(start, end)
    actor = actors.get(key)
    if actor is not None:
        return key if actor.actor_type == "person" else None
    words = _name_words(text[start:end])
    if len(words) < 2:
        return None
    return _add_actor(doc, actors, " ".join(words), "person", [(start, end)], registry)


def _named_in_apposition(doc: Doc, actors: ActorAnalysis, sp: Speaker, registry: Registry | None) -> str | None:
    """'the city mayor, Ann Lee,', 'one of the rebel groups, the Northern Front (NF),': a
    description the article names in apposition, set off by a comma right after it, is that name's actor;
    a description headed by a person's title takes only a person."""
    if sp.kind == "name" and sp.name.lower() not in COUNT_WORDS:
        return None  # "Ann Lee, the Acme chief": a name is not the name after it
    text = doc_text(doc)
    at = text.find(",", sp.core[1], sp.end + 1)
    if at < 0 or "," in text[sp.core[1] : at] or not (m := re.match(r",\s+(?:the\s+)?", text[at : at + 8])):
        return None
    start = at + m.end()
    hits = [x for x in actors.mentions if x.char_start == start and x.mention_kind == "name"]
    if len(hits) > 1:
        return None
    titled = roles.head_title([w.strip(",.").lower() for w in sp.name.split()]) is not None
    if not hits:  # a person's name the analysis has no actor for: 'the city mayor, Ana Ruiz,'
        return _apposed_person(doc, actors, start, registry) if titled else None
    after = text[hits[0].char_end : hits[0].char_end + 2]
    if not re.match(r"\s*(?:[,.;)(]|$)", after):
        return None  # not set off: "the mayor, Ana Ruiz said" reads as a new subject
    actor = actors.get(hits[0].actor_key)
    if actor is None:
        return None
    return actor.key if actor.actor_type == "person" or not titled else None


def _apposed_person(doc: Doc, actors: ActorAnalysis, start: int, registry: Registry | None) -> str | None:
    """The model's person name of two to four words starting at `start` and followed by a comma: its actor,
    added (or the one person of the article who carries every word of it)."""
    span = char_span(doc, start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    toks = doc_tokens(doc)
    i = j = span[0].i
    while j < len(toks) and toks[j].ent_type_ == "PERSON" and toks[j].pos_ == "PROPN":
        j += 1
    if not 2 <= j - i <= 4 or j >= len(toks) or toks[j].text != "," or toks[i].ent_iob_ != "B":
        return None
    end = toks[j - 1].idx + len(toks[j - 1].text)
    words = _name_words(doc_text(doc)[start:end])
    if len(words) < 2:
        return None
    low = {w.lower() for w in words}
    known = [a.key for a in actors.actors
             if a.actor_type == "person" and low <= {w.lower() for w in _name_words(a.name)}]
    if known:
        return known[0] if len(known) == 1 else None
    return _add_actor(doc, actors, " ".join(words), "person", [(start, end)], registry)


def _one_capitalised(sp: Speaker) -> bool:
    return len(sp.text.split()) == 1 and sp.text[:1].isupper()


def _longest_name(actors: ActorAnalysis, sp: Speaker, key: str | None) -> str | None:
    """The one actor whose name or an alias is the speaker's whole name, when the covering actor's name is
    shorter ("Amazon" for "Amazon Web Services") or there is no covering actor."""
    want = normalize_name(sp.name)
    if not want or (key is not None and (cur := actors.get(key)) is not None
                    and (cur.actor_type == "person" and sp.kind != "noun"
                         or len(normalize_name(cur.name)) >= len(want))):
        return None
    fits = {a.key for a in actors.actors
            if normalize_name(a.name) == want or any(normalize_name(x) == want for x in a.aliases)}
    if len(fits) != 1 or key in fits:
        return None
    fit = actors.get(next(iter(fits)))
    words = {w.lower() for w in _name_words(sp.name)}
    if fit is not None and fit.actor_type == "person" and sum(
            words <= {w.lower() for w in _name_words(a.name)} for a in actors.actors if a.actor_type == "person") > 1:
        return None  # "Mendez" where the article names two Mendezes: an alias does not decide
    return fit.key if fit is not None else None


def _name_words(text: str) -> list[str]:
    """The capitalised words of a name that are not titles or honorifics, in order."""
    words = re.findall(r"[A-Z][\w'\u2019-]*", text)
    return [w for w in words if w.lower() not in roles.title_words() and w.lower() not in HONORIFICS
            and w.lower() not in ARTICLES]


def _surname_person(doc: Doc, actors: ActorAnalysis, sp: Speaker, registry: Registry | None) -> str | None:
    """A bare surname: the one person named in full before it with that surname."""
    words = _name_words(sp.name)
    if len(words) != 1:
        return None
    surname = words[0].lower()
    carriers = {a.key for a in actors.actors if a.actor_type == "person"
                and surname in {w.lower() for w in _name_words(a.name)}}
    full = _full_names(doc, words[0], sp.start)
    if len(full) != 1:
        return None
    (start, end), name = next(iter(full.values()))
    key = actors.actor_at(start, end)
    actor = actors.get(key)
    if len(carriers) > 1 and not _bare_surname(sp, words[0]):
        return None  # 'the Obama administration': a body named after one of them, not a person
    if len(carriers) > 1:
        # two people of the article share the surname: the bare surname is the one written in full before
        # it ("Tony Mendez ... his wife Jonna ... Mendez told"); when both were, it is not ours to guess
        return key if key in carriers else None
    if actor is not None and actor.actor_type == "person":
        return key
    if carriers:
        return carriers.pop()
    return _add_actor(doc, actors, name, "person", [(start, end), sp.core], registry)


def _bare_surname(sp: Speaker, surname: str) -> bool:
    """The speaker is the surname, alone or after titles and honorifics ('Mendez', 'Ms. Mendez')."""
    words = [w.strip(",.") for w in sp.name.split()]
    return bool(words) and words[-1] == surname and all(
        w.lower() in roles.title_words() or w.lower().rstrip(".") in HONORIFICS for w in words[:-1])


def _full_names(doc: Doc, surname: str, before: int) -> dict[str, tuple[tuple[int, int], str]]:
    """The full names ending in `surname` written before offset `before`: a run of capitalised proper
    nouns the model tags as no other kind of entity ("Chief Superintendent Ana Okafor"), not followed by
    another proper noun ("British Transport Police"), without its titles, from its first known first name
    when it has one; keyed by the lower-cased name."""
    toks = doc_tokens(doc)
    text = doc_text(doc)
    out: dict[str, tuple[tuple[int, int], str]] = {}
    for t in toks:
        if t.idx >= before:
            break
        if t.text != surname or t.pos_ != "PROPN" and t.ent_type_ != "PERSON" or t.ent_type_ not in ("PERSON", ""):
            continue
        if t.i + 1 < len(doc) and toks[t.i + 1].pos_ == "PROPN" and toks[t.i + 1].text[:1].isupper():
            continue  # "British Transport Police": the word does not end the name here
        i = t.i
        while i > 0 and toks[i - 1].text[:1].isupper() and toks[i - 1].ent_type_ in ("PERSON", "") and (
                toks[i - 1].pos_ == "PROPN" or toks[i - 1].ent_type_ == "PERSON"):
            i -= 1
        if t.ent_type_ == "PERSON":  # the model's person name, when it has one, ends the titles before it
            j = t.i
            while j > i and toks[j].ent_iob_ == "I":
                j -= 1
            i = max(i, j)
        run = doc[i : t.i + 1]
        names = _name_words(run.text)
        first = next((k for k, w in enumerate(names) if first_name_gender(w) is not None), 0)
        names = names[first:]
        while len(names) > 2 and misspelt_title(names[0]):
            names = names[1:]  # "Senatorr Ana Okafor": a title typed with a typo is no word of the name
        if len(names) < 2 or names[-1] != surname:
            continue
        start = text.index(names[0], run.start_char)
        out.setdefault(" ".join(names).lower(), ((start, run.end_char), " ".join(names)))
    return out


def _new_named(doc: Doc, actors: ActorAnalysis, sp: Speaker, registry: Registry | None) -> str | None:
    """A speaker tagged as a person or an organisation that has no actor: a new actor of that type."""
    start, end = sp.core
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or len(span) > 8:
        return None
    toks = [t for t in span if not (t.is_punct or t.pos_ == "DET" or t.lower_ in ("'s", "\u2019s"))]
    if not toks or not all(t.text[:1].isupper() or t.is_digit or not t.is_alpha or t.lower_ in NAME_LINKS
                           for t in toks) or not toks[0].text[:1].isupper():
        return None
    labels = {t.ent_type_ for t in toks}
    if len(labels) != 1:
        return None
    label = labels.pop()
    text = doc_text(doc)
    name = text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    if not label and all(t.pos_ == "PROPN" or t.lower_ in NAME_LINKS for t in toks) and not any(
            t.lower_ in roles.title_words() or t.is_alpha and t.lower_ not in NAME_LINKS
            and re.search(rf"\b{re.escape(t.lower_)}\b", text) for t in toks):
        # (a word the article also writes in lower case is a common word capitalised: "Police said")
        # a name the model left untagged in the subject of a cue: a person when it opens with a known first
        # name ("Jane Roe said"); one word that is no country and never part of a longer name in the
        # article is a body ("Rappler reported"); anything else (two unknown words: a person or a firm?)
        # stays unlinked
        if len(toks) > 1:
            label = "PERSON" if first_name_gender(name) is not None else ""
        elif resolve_country(name) is None and first_name_gender(name) is None and not _in_longer_name(doc, toks[0]):
            label = "ORG"
    if len(toks) == 1 and common_word_opening(doc, toks[0]):
        return None  # "Findings also suggested ...": a common noun opening the sentence, no one's name
    fuller = None
    if not label and _titled_name(text, toks):
        label = "PERSON"  # "Princess Amara said": a person's title before a name the model left untagged
        fuller = _titled_fuller_name(doc, toks)
    if label not in SPEAKER_LABELS:
        return None
    atype = SPEAKER_LABELS[label]
    if atype == "person":
        words = _name_words(name)
        if not words:
            return None
        if len(words) == 1 and _full_names(doc, words[0], sp.start):
            return None  # a surname of several people named in full: not ours to guess
        if len(words) == 1 and len(toks) == 1 and kin_context(toks[0]):
            return None  # "his wife Henriette said": a relative's given name is no actor (actors/kin_names)
        low = {w.lower() for w in words}
        if any(low & {w.lower() for w in _name_words(a.name)} for a in actors.actors if a.actor_type == "person"):
            return None  # a person the analysis knows under a fuller or other name: no second actor
        name = " ".join(words)
        if fuller is not None and len(words) == 1:
            # "Princess Amara Velen ... Princess Amara said": the article's fuller name after the same title
            span_, name = fuller
            return _add_actor(doc, actors, name, atype,
                              [span_, (toks[0].idx, toks[-1].idx + len(toks[-1].text))], registry)
    first = toks[0].idx
    if atype != "person" and capital_the_at(doc, toks[0].i - 1, toks[-1].i + 1):
        # "according to The Kelby Ledger": the capitalised "The" mid-sentence is the name's own, as for the
        # organisations the model tags (entity_bounds.trim_entity)
        name, first = f"The {name}", doc_tokens(doc)[toks[0].i - 1].idx
    return _add_actor(doc, actors, name, atype, [(first, toks[-1].idx + len(toks[-1].text))], registry)


def _titled_fuller_name(doc: Doc, toks: list) -> tuple[tuple[int, int], str] | None:
    """"Princess Amara" as a speaker where the article also writes "Princess Amara Velen": the one fuller
    form the name takes after a person's title elsewhere (one or two untagged capitalised proper nouns
    after it, the same title word before it); None when there is none or more than one."""
    word, title = toks[-1], toks[-2].lower_ if len(toks) >= 2 else ""
    all_toks = doc_tokens(doc)
    text = doc_text(doc)
    forms: dict[str, tuple[int, int]] = {}
    for t in all_toks:
        if t.text != word.text or t.i == word.i or t.i == 0 or all_toks[t.i - 1].lower_ != title:
            continue
        k = t.i + 1
        while (k < len(all_toks) and k - t.i <= 2 and all_toks[k].pos_ == "PROPN" and not all_toks[k].ent_type_
               and all_toks[k].text[:1].isupper() and all_toks[k].text.isalpha()
               and all_toks[k].lower_ not in roles.title_words()
               and re.search(rf"\b{re.escape(all_toks[k].lower_)}\b", text) is None):
            k += 1
        if k == t.i + 1 or (k < len(all_toks) and all_toks[k].text[:1].isupper() and all_toks[k].is_alpha):
            continue  # no more words, or the run goes on into a longer name ("Princess X Memorial Fund")
        last = all_toks[k - 1]
        forms.setdefault(text[t.idx : last.idx + len(last.text)], (t.idx, last.idx + len(last.text)))
    if len(forms) != 1:
        return None
    name, span_ = next(iter(forms.items()))
    return span_, name


PERSON_TITLE_KINDS = {"royal", "head_of_state", "head_of_government", "minister", "legislator", "judicial",
                      "military", "religious", "diplomat", "honorific"}


def _titled_name(text: str, toks: list) -> bool:
    """One or two untagged proper nouns after a person's title ("Princess X", "Senator X Y") that the
    article never writes in lower case (so no capitalised common words: "Minister Office")."""
    k = 0
    while k < len(toks) and toks[k].lower_ in roles.title_words():
        k += 1
    rest = toks[k:]
    if k == 0 or not 1 <= len(rest) <= 2 or roles.titles().get(toks[k - 1].lower_) not in PERSON_TITLE_KINDS:
        return False
    return all(t.pos_ == "PROPN" and not t.ent_type_ and t.lower_ not in roles.title_words()
               and re.search(rf"\b{re.escape(t.lower_)}\b", text) is None for t in rest)


def _in_longer_name(doc: Doc, word) -> bool:
    """Is the word, elsewhere in the article, part of a person's name or next to another capitalised proper
    noun the model tags as no entity ("Scott" of "Governor Rick Scott")?"""
    toks = doc_tokens(doc)
    for t in toks:
        if t.text != word.text or t.i == word.i:
            continue
        if t.ent_type_ == "PERSON":
            return True
        if t.ent_type_:
            continue  # inside an organisation's or a place's name ("Facebook Ireland Limited"): still a body
        for k in (t.i - 1, t.i + 1):
            if 0 <= k < len(doc) and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper():
                return True
    return False


def _add_actor(doc: Doc, actors: ActorAnalysis, name: str, atype: str, spans: list[tuple[int, int]],
               registry: Registry | None) -> str:
    """Add an actor named `name` with a name mention at each span; a registered name takes its entry."""
    reg = registry.lookup(name, atype) if registry is not None else None
    if reg is not None:
        for a in actors.actors:
            if a.registry_id == reg.actor_id:
                _mention(doc, actors, a.key, spans)
                return a.key
    used = {a.key for a in actors.actors}
    n = len(actors.actors) + 1
    while f"a{n}" in used:
        n += 1
    key = f"a{n}"
    if reg is not None:
        actor = LocalActor(key=key, name=reg.name, actor_type=reg.actor_type, country_iso3=reg.country_iso3,
                           country_basis="registry" if reg.country_iso3 else None, role=reg.role,
                           wikidata_id=reg.wikidata_id, registry_id=reg.actor_id, aliases=[name])
    else:
        actor = LocalActor(key=key, name=name, actor_type=atype, aliases=[name])
    actors.actors.append(actor)
    _mention(doc, actors, key, spans)
    story_country_for_added(actors, actor, is_international)
    return key


def _mention(doc: Doc, actors: ActorAnalysis, key: str, spans: list[tuple[int, int]]) -> None:
    text = doc_text(doc)
    sents = list(doc_sents(doc))
    starts = [s.start_char for s in sents]
    for s, e in spans:
        if any(m.char_start == s and m.char_end == e for m in actors.mentions):
            continue
        si = max(0, bisect.bisect_right(starts, s) - 1)
        sent = sents[si]
        actors.mentions.append(Mention(key, text[s:e], s, e, "name", si, text[sent.start_char : sent.end_char].strip(),
                                       EXTRACTOR))


def _title_holder(doc: Doc, actors: ActorAnalysis, sp: Speaker) -> str | None:
    """'the mayor', 'the El Paso mayor', 'the commissioner': the one person the article introduced before
    with that title, written before the name ("Mayor Ana Ruiz") or in apposition to it ("Ana Ruiz, the
    city's mayor"); none when no one, or more than one, was ("a deputy mayor" is no "mayor")."""
    words = [w.strip(",.").lower() for w in sp.name.split()]
    if not words or words[0] not in DEFINITE:
        return None
    found = roles.head_title(words)
    if found is None or found[1] in ("honorific", "spokesperson", "modifier") or not " ".join(words).endswith(found[0]):
        return None
    title = found[0]
    if title in PORTFOLIO_HEADS and len(words) > 2 and words[-2] not in DEFINITE \
            and not words[-2].endswith(("'s", "’s")):
        title = f"{words[-2]} {title}"  # "the foreign minister": the portfolio is part of the office
    holders = set()
    for m in actors.mentions:
        if m.char_end > sp.start or m.mention_kind != "name":
            continue
        actor = actors.get(m.actor_key)
        if actor is None or actor.actor_type != "person" or actor.key in holders:
            continue
        if _introduced_as(doc, m.char_start, m.char_end, title, words):
            holders.add(actor.key)
    return holders.pop() if len(holders) == 1 else None


def _introduced_as(doc: Doc, start: int, end: int, title: str, speaker_words: list[str]) -> bool:
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    near: list[list[str]] = [[t.lower_ for t in span]]
    # "Mayor Ana Ruiz" (the title left of a name the mention leaves out), "Ana Ruiz, the city's mayor",
    # "the city's mayor, Ana Ruiz"
    near.append([t.lower_ for t in root.lefts])
    near += [[t.lower_ for t in c.subtree] for c in children_of(root) if c.dep_ == "appos"]
    if root.dep_ == "appos":
        near.append([t.lower_ for t in root.head.subtree if t.i < root.i])
    variants = title_variants(title)
    # "Valdoria's Foreign Secretary Ana Ruiz": the title words right before the name, whatever the parse
    toks = doc_tokens(doc)
    left = [t.lower_ for t in toks[max(0, span.start - 5) : span.start]]
    for v in variants:
        n = len(v.split())
        if n > 1 and left[-n:] == v.split() and not (len(left) > n and roles.titles().get(left[-n - 1]) == "modifier"):
            return True  # (a "deputy foreign minister" is no "foreign minister")
    for toks in near:
        phrase = f" {' '.join(toks)} "
        at = next((a for a in (phrase.find(f" {v} ") for v in variants) if a >= 0), -1)
        if at < 0:
            continue
        before = phrase[:at].split()
        if before and roles.titles().get(before[-1]) == "modifier" and before[-1] not in speaker_words:
            continue  # a "deputy mayor" is no "mayor"
        return True
    return False


# one office written two ways: "Foreign Secretary Ana Ruiz" is "the foreign minister"; "CEO Bo Li" is "the
# chief executive". Only a portfolio title (a word before minister/secretary) swaps: a bare "minister" may be
# a junior post under a secretary.
PORTFOLIO_HEADS = ("minister", "secretary")
SAME_OFFICE = (("chief executive", "ceo", "chief executive officer"),)


def title_variants(title: str) -> list[str]:
    """The title and the other ways of writing the same office."""
    out = [title]
    words = title.split()
    if len(words) > 1 and words[-1] in PORTFOLIO_HEADS:
        out += [" ".join(words[:-1] + [head]) for head in PORTFOLIO_HEADS if head != words[-1]]
    for group in SAME_OFFICE:
        if title in group:
            out += [t for t in group if t != title]
    return out


def _named_body(doc: Doc, actors: ActorAnalysis, sp: Speaker, head_last: bool = False) -> str | None:
    """'the party', 'the academy', 'the government': the one organisation named before whose name holds
    that noun ("the Green Party", "the Royal Academy of Music"); with `head_last` (a bare "police", or one
    replacing an actor the article never names) the name must end in it ("Thames Valley Police", not
    "Police and Crime Commissioner")."""
    words = [w.strip(",.").lower() for w in sp.name.split()]
    if len(words) == 1 and len(sp.text.split()) == 1:  # 'police said': a bare collective noun, the same way
        words = ["the", *words]
        head_last = True
    if len(words) != 2 or words[0] not in DEFINITE or not words[1].isalpha():
        return None
    noun = words[1]
    earlier = {m.actor_key for m in actors.mentions if m.char_end <= sp.start}
    fits = {a.key for a in actors.actors if a.key in earlier and a.actor_type == "organization"
            and noun in (normalize_name(a.name).split()[-1:] if head_last else normalize_name(a.name).split())}
    return fits.pop() if len(fits) == 1 else None


RESEARCH_WORDS = lexicons.words("speaker_words", "word", kind="research")


def _research_group(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """'The researchers said' after 'scientists from the University of Miami found ...': the one group
    actor named before whose head is a word for a research team (`data/speaker_words.csv`, kind
    research). None when no such group, or more than one, was named before."""
    words = [w.strip(",.").lower() for w in sp.name.split()]
    if len(words) != 2 or words[0] not in DEFINITE or words[1] not in RESEARCH_WORDS:
        return None
    earlier = {m.actor_key for m in actors.mentions if m.char_end <= sp.start}
    fits = {a.key for a in actors.actors if a.key in earlier and a.actor_type == "group"
            and a.name.split()[0].lower() in RESEARCH_WORDS}
    return fits.pop() if len(fits) == 1 else None
