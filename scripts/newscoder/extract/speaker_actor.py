"""The actor a speaker is: the link from a quote's speaker to an actor of the actor analysis.

`speaker_actor` takes the actor whose mention covers the speaker's core, checked against the whole name;
for a pronoun, an antecedent that agrees with it in number, gender (by first name) and animacy; for a
spokesperson's title, the body spoken for; for a title alone, the one person of the article holding it.
`extract/speaker_links.py` adds what the analysis left without an actor.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscoder import lexicons
from newscoder.extract import coref, roles
from newscoder.extract.actors.word_lists import name_gender

if TYPE_CHECKING:
    from newscoder.extract.speaker_phrase import Speaker
    from newscoder.records import ActorAnalysis

GOVERNMENT_WORDS = lexicons.words("government_nouns", "word", kind="government")
PRONOUN_WINDOW = 400  # characters looked back for a pronoun's antecedent: about two sentences
HONORIFICS = lexicons.words("speaker_words", "word", kind="honorific")
ARTICLES = {"the", "a", "an"}  # "The President": a capitalised article is no name word


def speaker_actor(actors: ActorAnalysis, sp: Speaker | None) -> str | None:
    """Key of the actor the speaker's words refer to: the actor whose mention covers the speaker's core,
    checked against the whole name; for a pronoun, an antecedent that agrees with it in number, gender
    and animacy; for a spokesperson's title ("a spokesperson for the ministry"), the body spoken for.
    None rather than a guess."""
    if sp is None:
        return None
    start, end = sp.core
    key = actors.actor_at(start, end)
    actor = actors.get(key)
    if actor is not None and actor.actor_type != "person" and sp.kind == "name":
        # "co-author Ann Lee of the Institute for X": the person named in the speaker, not the body
        inside = [m for m in actors.mentions if start <= m.char_start and m.char_end <= end
                  and m.mention_kind == "name" and (a := actors.get(m.actor_key)) and a.actor_type == "person"]
        if inside:
            key = min(inside, key=lambda m: m.char_start).actor_key
    if (actor is None or actor.actor_type != "person") and sp.kind == "name" and key == actors.actor_at(start, end):
        # "Institute for X biologist Ann Lee": the phrase ends in the person's name after a job noun in
        # lower case, though the parse made the body its head
        last = [m for m in actors.mentions if sp.start <= m.char_start and m.char_end == sp.end
                and m.mention_kind == "name" and (a := actors.get(m.actor_key)) and a.actor_type == "person"
                and _job_noun_before(sp, m.char_start)]
        if last:
            key = last[0].actor_key
    if sp.kind == "pronoun":
        if key is None or not _agrees(actors, sp, key):
            return _pronoun_antecedent(actors, sp)
        return key
    if key is not None and sp.kind == "name":
        return _whole_name(actors, sp, key)
    if key is None and sp.kind == "name":
        # "The President said": a title alone is the one person of the article holding it
        return _named_person(actors, sp) if _name_words(sp.name) else _titled_person(actors, sp)
    if sp.kind == "noun" and (key is None or actor is not None and actor.actor_type == "group"):
        # "officials at the ministry": the ministry rather than a group of unnamed officials
        return _spoken_for(actors, sp) or (key if key is not None else _titled_person(actors, sp))
    return key


def _job_noun_before(sp: Speaker, at: int) -> bool:
    """A job noun in lower case right before the name ("biologist", "director", "spokesman"), not a
    preposition ("the party in Goa")."""
    words = sp.text[: at - sp.start].split()
    if not words or not (words[-1].isalpha() and words[-1].islower()):
        return False
    word = words[-1]
    return word in roles.titles() or word not in NOT_JOBS and word.endswith(("ist", "er", "or", "ian", "man", "person"))


NOT_JOBS = {"after", "under", "over", "other", "never", "either", "neither", "former", "later", "together",
            "whether", "rather", "ever", "for", "nor", "or", "per", "however", "order", "border", "sector"}


def _agrees(actors: ActorAnalysis, sp: Speaker, key: str) -> bool:
    """Can the pronoun stand for this actor: a person for he/she (not one of the other sex by first name),
    a body or group for it/they."""
    entry = coref.pronoun_table().get(sp.text.lower())
    actor = actors.get(key)
    if entry is None or actor is None:
        return True
    number, gender, animacy = entry
    if animacy == "person" and number == "singular":
        return actor.actor_type == "person" and (
            gender not in ("male", "female") or first_name_gender(actor.name) in (None, gender))
    if number == "singular":
        return actor.actor_type != "person"
    # 'they' is a country's people or officials, not the country; its government is a body that can be
    return actor.actor_type != "state" or _government_mention(actors, key, sp.start)


def _government_mention(actors: ActorAnalysis, key: str, before: int) -> bool:
    """The state's last mention before `before` names its government ('the government of X', 'X's
    government', 'the X government'): a body that "they" can stand for."""
    last = max((m for m in actors.mentions if m.actor_key == key and m.char_end <= before),
               key=lambda m: m.char_start, default=None)
    if last is None:
        return False
    name = re.escape(last.text)
    gov = "|".join(re.escape(w) for w in GOVERNMENT_WORDS)
    return re.search(rf"\b(?:{gov}) of (?:the )?{name}\b|\b{name}(?:'s|\u2019s)? (?:{gov})\b",
                     last.evidence, re.IGNORECASE) is not None


def _spoken_for(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """'a spokesperson for the ministry', 'the agency's spokesman', 'an official from the city': an unnamed
    spokesperson or official speaks for the body their phrase names; other descriptions ('the head of the
    agency') stay unlinked."""
    words = sp.name.lower().split()
    if not words or roles.titles().get(words[-1].strip(",.").removesuffix("s")) not in ("spokesperson", "official"):
        return None
    body = [m for m in actors.mentions if sp.start <= m.char_start and m.char_end <= sp.end
            and not (sp.core[0] <= m.char_start < sp.core[1]) or sp.core[0] <= m.char_start < sp.core[1]
            and m.char_end <= sp.core[1] and m.mention_kind != "pronoun"]
    body = [m for m in body if (a := actors.get(m.actor_key)) is not None and a.actor_type in (
        "organization", "state")]
    keys = {m.actor_key for m in body}
    return body[0].actor_key if len(keys) == 1 else None


def _titled_person(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """'the company's chief executive', 'the bank's governor': the one person named earlier in the article
    whose role carries the speaker's title; none when no one, or more than one, does."""
    words = [w.strip(",.").lower() for w in sp.name.split()]
    found = roles.head_title(words)
    if found is None or found[1] in ("honorific", "spokesperson") or not " ".join(words).endswith(found[0]):
        return None  # the title must head the speaker ("the bank's governor", not "a governor's aide")
    earlier = {m.actor_key for m in actors.mentions if m.char_end <= sp.start}
    # the role carries the title and no modifier the speaker lacks (a "Deputy Governor" is no "governor")
    fits = [a for a in actors.actors if a.actor_type == "person" and a.key in earlier and a.role
            and f" {found[0]} " in f" {a.role.lower()} "
            and not any(roles.titles().get(w) == "modifier" and w not in words for w in a.role.lower().split())]
    return fits[0].key if len(fits) == 1 else None


def _name_words(text: str) -> set[str]:
    """The capitalised words of a name that are not titles ('President Jane Doe' -> {'jane', 'doe'})."""
    words = re.findall(r"[A-Z][\w'\u2019-]*", text)
    return {w.lower() for w in words if w.lower() not in roles.title_words() and w.lower() not in HONORIFICS
            and w.lower() not in ARTICLES}


def _whole_name(actors: ActorAnalysis, sp: Speaker, key: str) -> str | None:
    """The linked person must carry every name word of the speaker; another person of the article who
    does is taken instead ('Jane Doe' is never 'John Doe'); a bare surname two people of the article share
    goes to the one whose role the speaker's title names, else stays unlinked."""
    actor = actors.get(key)
    if actor is None or actor.actor_type != "person":
        return key
    words = _name_words(sp.name)
    if not words:
        return key
    people = [a for a in actors.actors if a.actor_type == "person"]
    fits = [a for a in people if words <= _name_words(a.name)]
    if actor in fits and len(fits) == 1:
        return key
    if not fits:
        return key  # a name the actor analysis knows better (a nickname, a spelling): keep its link
    if len(fits) == 1:
        return fits[0].key
    title = {w.lower() for w in sp.name.split()} & roles.title_words()
    by_role = [a for a in fits if a.role and title & set(a.role.lower().split())]
    if len(by_role) == 1:
        return by_role[0].key
    return key if actor in fits and len(words) > 1 else None


def _named_person(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """A name with no mention of its own ("Okafor said" where the analysis missed the surname): the one
    person of the article who carries every name word of it; none when two do (a shared surname)."""
    words = _name_words(sp.name)
    if not words:
        return None
    fits = [a for a in actors.actors if a.actor_type == "person" and words <= _name_words(a.name)]
    return fits[0].key if len(fits) == 1 else None


def _pronoun_antecedent(actors: ActorAnalysis, sp: Speaker) -> str | None:
    """The nearest earlier mention, within `PRONOUN_WINDOW` characters, of an actor the pronoun can
    stand for: he/she a person (not one of the other sex by first name), they a group or body, it a body."""
    entry = coref.pronoun_table().get(sp.text.lower())
    if entry is None:
        return None
    number, gender, animacy = entry
    if animacy == "person" and number == "singular":
        types = {"person"}
    elif number == "plural":
        # news calls a country "it"; a plural "they" near a country's name is its people or officials,
        # whom the country's actor does not stand for (unless it was last named as its government)
        types = {"group", "organization", "state"}
    else:
        types = {"organization", "state"}
    best = None
    for m in actors.mentions:
        if not (sp.start - PRONOUN_WINDOW <= m.char_start and m.char_end <= sp.start):
            continue
        actor = actors.get(m.actor_key)
        if actor is None or actor.actor_type not in types:
            continue
        if number == "plural" and actor.actor_type == "state" and not _government_mention(
                actors, m.actor_key, sp.start):
            continue
        if gender in ("male", "female") and first_name_gender(actor.name) not in (None, gender):
            continue
        if best is None or m.char_start > best.char_start:
            best = m
    return best.actor_key if best else None


def first_name_gender(name: str) -> str | None:
    """The gender the name's given name shows (`word_lists.name_gender`), or None when it shows none."""
    return name_gender(name)
