"""Speakers that are bodies the article names without their name, and speakers that are two bodies.

1. "the government said", "an official government account": the government of the article's country, i.e.
   that state's actor, when the article is about one country (its dateline's or its lead's one country, the
   same context that names a bare "police"; else the only state actor it has). An article about several
   countries leaves it unlinked. One unnamed person ("a government official", "a government source") is
   linked to that country's government body when the article names one ("Government of X"), else unlinked.
2. "county police said", "city police": a local force, never the national "<country> police" body; linked
   to the one force the article names whose name ends in the same words ("Exampleton County Police").
3. "the ministry and the police said": a speaker that coordinates two actors is linked to neither (one
   speaker column cannot hold both; naming one of them would be wrong).
4. "his office said", "the prime minister's office": an office, campaign or spokesperson acts for the
   person whose it is; linked to that person (the pronoun's antecedent; the one person holding the title).
5. "Kabarnet Today reported": what reports or publishes under a one-word name that is no person's name (no
   known first name, no role, never "he"/"she") is a medium, typed organisation even when the name tagger
   called it a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.actors.context import article_country, countries_named
from newscoder.extract.doctext import char_span, children_of, doc_ents, doc_sents
from newscoder.extract.speaker_actor import first_name_gender
from newscoder.resolve.countries import resolve_country
from newscoder.resolve.places import country_of
from newscoder.resolve.registry import normalize_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newscoder.extract.speaker_phrase import Speaker
    from newscoder.records import ActorAnalysis

GOVERNMENT_WORDS = lexicons.words("government_nouns", "word", kind="government")
# the unnamed channels a government speaks through: "a government account", "government sources"
_CHANNELS = frozenset({"account", "website", "source", "spokesperson", "spokesman", "spokeswoman", "official",
                       "statement", "announcement", "report", "release", "feed", "page"})
# the channels that are one person: a person is no state (see 1. above)
_PERSON_CHANNELS = frozenset({"source", "spokesperson", "spokesman", "spokeswoman", "official"})
_PLATFORM_PAGES = frozenset({"account", "page", "feed", "channel"})
# a force below the state: "county police" is no country's police
LOCAL_WORDS = frozenset({"county", "city", "local", "municipal", "metropolitan", "metro", "district", "town",
                         "village", "provincial", "regional", "state", "borough", "parish", "campus", "transit"})
_FORCE_WORDS = frozenset({"police", "sheriff", "sheriffs", "constabulary"})


def home_government(doc: Doc, actors: ActorAnalysis, sp: Speaker) -> str | None:
    """Key of the article country's state for an unnamed government speaker ("the government", "a government
    official", "an official government account"); None when the phrase names anything else or the article's
    country is not one."""
    raw = [w.strip(",.") for w in sp.text.split()]
    if len(raw) >= 3 and raw[-1].lower() in _PLATFORM_PAGES and raw[-2][:1].isupper():
        raw = raw[:-2] + raw[-1:]  # "a government Twitter account": the platform is no other body
    # "a German government source": a nationality names the state; any other name ("the Kremlin's", "the
    # government of X") is read elsewhere
    plain = {"the", "a", "an", "official", *GOVERNMENT_WORDS, *_CHANNELS}
    names = [w for w in raw if w[:1].isupper() and w.lower().removesuffix("s") not in plain]
    named = resolve_country(names[0]) if len(names) == 1 else None
    if names and named is None or len(raw) > 5:
        return None
    words = [w.lower() for w in raw if w not in names]
    if not words:
        return None  # the speaker is a name alone ("Germany"): no government word to read
    head = words[-1].removesuffix("s") if words[-1] not in GOVERNMENT_WORDS else words[-1]
    if head in GOVERNMENT_WORDS:
        if words[:-1] and words[:-1] != ["the"]:
            return None  # "the local government", "a previous government": not the state's own
    elif not (head in _CHANNELS and any(w in GOVERNMENT_WORDS for w in words[:-1])):
        return None
    if any(w in LOCAL_WORDS or w in ("former", "previous", "new", "foreign", "opposition") for w in words):
        return None
    states = [a for a in actors.actors if a.actor_type == "state"]
    iso3 = named or article_country(doc, list(doc_sents(doc)), set()) or _main_country(doc)
    fits = [a for a in states if a.country_iso3 == iso3] if iso3 else states
    if head in _PERSON_CHANNELS:
        # one unnamed person ("a government official", "a German government source") is no state: at most
        # he speaks for its government, linked when the article names that body
        if iso3 is None and len(fits) == 1:
            iso3 = fits[0].country_iso3
        return _government_body(actors, iso3)
    return fits[0].key if len(fits) == 1 else None


def _government_body(actors: ActorAnalysis, iso3: str | None) -> str | None:
    """The one organisation of the article that is the government of `iso3` ("Government of Tonga", "the
    Tongan government"); None when none or several are."""
    bodies = {a.key for a in actors.actors if iso3 and a.actor_type == "organization" and a.country_iso3 == iso3
              and _is_government_name(a.name)}
    return bodies.pop() if len(bodies) == 1 else None


def _is_government_name(name: str) -> bool:
    """"Government of Tonga", "Tongan Government", "the Tongan government": a head word of the government
    lexicon, either last or first before "of"."""
    words = [w.lower() for w in name.split() if w.lower() != "the"]
    if not words:
        return False
    if words[-1] in GOVERNMENT_WORDS:
        return len(words) <= 3
    return len(words) >= 3 and words[0] in GOVERNMENT_WORDS and words[1] == "of"


def _main_country(doc: Doc) -> str | None:
    """The country whose places the article names at least `_DOMINANCE` times as often as all others
    together (a story about one country that mentions another in passing), at least three times."""
    counts = countries_named(doc, set())
    if not counts:
        return None
    (iso3, top), *rest = counts.most_common()
    return iso3 if top >= 3 and top >= _DOMINANCE * sum(n for _, n in rest) else None


_DOMINANCE = 2


def is_local_force(sp: Speaker) -> bool:
    """"county police", "the city police": a force the speaker itself places below the state (in common
    words: "Exampleton County Police" is a name, linked by its mention)."""
    raw = sp.name.split()
    if any(w[:1].isupper() for w in raw[1:]):
        return False
    words = [w.strip(",.").lower() for w in raw]
    return bool(words) and words[-1] in _FORCE_WORDS and any(w in LOCAL_WORDS for w in words[:-1])


def local_force(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """The one organisation named before the speaker whose name ends in the speaker's words ("county
    police" -> "Exampleton County Police"); None when none or several do."""
    words = [w for w in (w.strip(",.").lower() for w in sp.name.split()) if w not in ("the", "a")]
    tail = " ".join(words)
    earlier = {m.actor_key for m in actors.mentions if m.char_end <= sp.start}
    fits = {a.key for a in actors.actors if a.key in earlier and a.actor_type == "organization"
            and (" " + normalize_name(a.name)).endswith(" " + tail)}
    return fits.pop() if len(fits) == 1 else None


def coordinated_actors(doc: Doc, actors: ActorAnalysis, sp: Speaker) -> bool:
    """Does the speaker coordinate two different actors ("the ministry and the police", "Ann Lee and Bo
    Chen")? Only the speaker's own conjuncts count, not a name inside a modifier."""
    if not re.search(r"\s(?:and|&)\s", sp.text):
        return False
    span = char_span(doc, sp.start, sp.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    own = [m for m in actors.mentions if m.char_start <= root.idx < m.char_end]
    ent = next((e for e in doc_ents(doc) if e.start <= root.i < e.end), None)
    # a conjunct inside the head's own name or entity is part of that name ("the High Court of England and
    # Wales"), and a place is no speaker
    conjs = [c for c in children_of(root) if c.dep_ == "conj" and c.i < span.end
             and not any(m.char_start <= c.idx < m.char_end for m in own)
             and not (ent is not None and ent.start <= c.i < ent.end) and c.ent_type_ not in ("GPE", "LOC")
             and country_of(doc[c.left_edge.i : c.i + 1].text, cities=True) is None]
    if not conjs:
        return False
    keys = set()
    for tok in (root, *conjs):
        if roles.titles().get(tok.lower_) is not None and not tok.ent_type_:
            continue  # "the president and chief executive": one person's two titles
        phrase = doc[tok.left_edge.i : tok.i + 1] if tok is not root else doc[span.start : tok.i + 1]
        key = actors.actor_at(phrase.start_char, phrase.end_char)
        if key is not None:
            keys.add(key)
    return len(keys) > 1 or len(keys) == 1 and len(conjs) >= 1 and _unlinked_conjunct(doc, actors, root, conjs)


def _unlinked_conjunct(doc: Doc, actors: ActorAnalysis, root, conjs) -> bool:
    """One conjunct has an actor, another is a capitalised name or definite body with none: still two."""
    for tok in (root, *conjs):
        if actors.actor_at(tok.idx, tok.idx + len(tok.text)) is None and (
                tok.pos_ == "PROPN" or any(c.lower_ == "the" for c in children_of(tok))):
            return True
    return False


_PUBLISHING = frozenset({"report", "publish", "broadcast", "air", "print"})


def publisher_type(actors: ActorAnalysis, key: str | None, cue_lemma: str | None) -> None:
    """Retype as an organisation the one-word "person" that reports or publishes (see 5. above)."""
    actor = actors.get(key)
    if actor is None or actor.actor_type != "person" or (cue_lemma or "").lower() not in _PUBLISHING:
        return
    if len(actor.name.split()) != 1 or actor.role or first_name_gender(actor.name) is not None:
        return
    if any(m.actor_key == key and (m.mention_kind != "name" or m.text != actor.name) for m in actors.mentions):
        return  # "he", "Dr Kabarnet": a person after all
    actor.actor_type = "organization"


# what acts in the name of its possessor
_OFFICE_NOUNS = frozenset({"office", "campaign", "spokesman", "spokeswoman", "spokesperson"})


def possessor_office(doc: Doc, actors: ActorAnalysis, sp: Speaker) -> str | None:
    """The person whose office, campaign or spokesperson the speaker is ("his office", "the mayor's
    office"); None when the possessor is no one person of the article."""
    from newscoder.extract.speaker_actor import _titled_person, speaker_actor
    from newscoder.extract.speaker_phrase import Speaker as SpeakerPhrase

    span = char_span(doc, sp.start, sp.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in _OFFICE_NOUNS or span.root.pos_ != "NOUN":
        return None
    owner = next((c for c in children_of(span.root) if c.dep_ == "poss"), None)
    if owner is None:
        return None
    phrase = doc[owner.left_edge.i : owner.i + 1]
    if owner.pos_ == "PRON":
        key = speaker_actor(actors, SpeakerPhrase(owner.text, owner.idx, owner.idx + len(owner.text), "pronoun"))
    else:
        words = [t.text for t in phrase if t.lower_ not in ("'s", "’s")]
        owner_sp = SpeakerPhrase(" ".join(words), phrase.start_char, phrase.end_char, "noun")
        key = actors.actor_at(phrase.start_char, phrase.end_char) or _titled_person(actors, owner_sp)
    actor = actors.get(key)
    return key if actor is not None and actor.actor_type == "person" else None
