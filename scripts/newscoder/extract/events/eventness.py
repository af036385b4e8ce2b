"""Eventness: does a coded predicate report a real, specific occurrence?

A trigger word is not an event by itself. These tests drop the readings that real news is full of:
- the publication's own news-gathering ("Wikinews spoke with her", "told the Post"): no political act;
- generic or standing states in the simple present outside quotations ("the group supports X", "the
  foundation provides support", "the monarch is allowed to suspend parliament"): descriptions, not acts
  (a progressive or a perfect, "is attacking", "has rejected", is an occurrence; so is a first-person
  performative inside a quotation, "we condemn");
- background told in a relative clause's perfect ("the militia that has taken over the province", "X, who
  had been jailed twice"): the referent's history, not the news;
- statistics ("the population declined 40%", "reached 3 percent support in the polls"): a figure, not an act;
- aims, purposes and contents ("fled the country to oppose the regime", "so he could fund a wall", "a bill
  to allow extraditions"): an act someone meant or proposed to do is not one that happened;
- wishes and obligations ("we need to fight for our rights", "would prefer to agree a deal") and conjectures
  with no condition stated ("would endorse"; "could expel the envoy if the talks fail" is kept, marked
  hypothetical);
- sentences in a context PETRARCH2's coders chose not to code (`data/event_discards.csv`, derived from
  `Phoenix.discards.txt`: sport, entertainment, disasters, "years ago");
- idioms and opinions: "was met with applause" is no meeting, "agreed that the issue should wait" is an
  opinion, not an agreement;
- natural events, accidents and illnesses (`data/hazard_nouns.csv`): "the fire killed a resident", "the plane
  overran the runway", "issued a hurricane warning" have no actor who acts (a storm is no source, a weather
  notice is no threat);
- standing positions: "had previously opposed", "has long supported" tell where someone stands, not what
  they did; so does a past perfect outside reported speech with no date of its own ("had opposed the plan").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newscoder import lexicons
from newscoder.extract import roles
from newscoder.extract.deps import SUBJECT_DEPS
from newscoder.extract.doctext import char_span, children_of
from newscoder.extract.events import cameo_patterns
from newscoder.extract.events.clause_time import _first_day
from newscoder.extract.events.modality import cue_lemma, cues, governors
from newscoder.extract.events.trigger_table import TriggerMatch, _entries, is_military, lemma_of, verb_object
from newscoder.records import ActorAnalysis, Article, Quote, Timex

_PRESENT = {"VBZ", "VBP"}
_FIRST_PERSON = {"i", "we"}
# subordinators of a purpose or result clause ("so he could", "in order that")
_PURPOSE_MARKS = {"so", "lest"}


@functools.cache
def _occasion_nouns() -> frozenset[str]:
    return frozenset(r["noun"].strip().lower() for r in lexicons.rows("occasion_nouns"))


def _in_quote(tok: Token, quotes: list[Quote]) -> bool:
    return any(q.char_start <= tok.idx < q.char_end for q in quotes)


def _simple_present(verb: Token) -> bool:
    """A simple present ("supports", "is allowed"): no auxiliary of tense, aspect or modality besides a
    present "be" of the passive."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in _PRESENT:
        return not auxes
    if verb.tag_ == "VB" and auxes:
        # do-support: "do not agree", "does not recognise": a negated or emphatic simple present
        return all(c.lemma_.lower() == "do" and c.tag_ in _PRESENT for c in auxes)
    if verb.tag_ == "VBN":
        return bool(auxes) and all(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in auxes)
    return False


def is_generic(m: TriggerMatch, quotes: list[Quote]) -> bool:
    """A standing state or habit told in the simple present, outside a first-person quotation."""
    if m.is_nominal or not _simple_present(m.head):
        return False
    if _in_quote(m.head, quotes):
        subj = next((c for c in children_of(m.head) if c.dep_ in SUBJECT_DEPS), None)
        return not (subj is not None and subj.lower_ in _FIRST_PERSON)
    return True


def is_purpose(m: TriggerMatch) -> bool:
    """The trigger heads a clause of purpose: "to oppose ...", "so he could fund ...", not a complement
    of the clause's own verb ("agreed to withdraw" is an xcomp, kept)."""
    if m.is_nominal:
        return False
    head = m.head
    if head.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)):
        # "a bill to allow ...", "an order to release ...": the content of a text or plan; but "took the
        # opportunity to reject" is the rejection itself (data/occasion_nouns.csv)
        return lemma_of(head.head) not in _occasion_nouns()
    if head.dep_ != "advcl":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)) or any(
        c.dep_ == "mark" and c.lower_ in _PURPOSE_MARKS for c in children_of(head))


_UNREAL_MODALS = {"would", "could", "might"}


def is_described_content(m: TriggerMatch) -> bool:
    """The act is what a text or plan would do, reached through complements ("a bill that would have allowed
    China to extradite people", "an amendment to allow the police to detain ..."): a relative clause with a
    modal, or an infinitive on a noun, governs it. What a bill says is not an occurrence."""
    if m.is_nominal:
        return False
    cur = m.head
    for _ in range(4):
        if cur.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in _UNREAL_MODALS for c in children_of(cur)):
            return True
        if cur.dep_ == "acl" and cur is not m.head and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)):
            return lemma_of(cur.head) not in _occasion_nouns()
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def is_news_gathering(src: str | None, tgt: str | None, article: Article, actors: ActorAnalysis,
                      m: TriggerMatch | None = None) -> bool:
    """The publication itself is a party: an interview or enquiry made for the story (also when the
    publication, as the verb's subject, is no actor of the article: "Wikinews spoke with her")."""
    if not article.publisher:
        return False
    own = _bare(article.publisher)
    if any((a := actors.get(k)) is not None and _bare(a.name) == own for k in (src, tgt)):
        return True
    if m is None or m.is_nominal:
        return False
    subj = next((c for c in children_of(m.head) if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and _bare(" ".join(t.text for t in subj.subtree)) == own


def _bare(name: str) -> str:
    """ "The Daily Ledger" and "Daily Ledger" are one name."""
    words = name.strip().lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _modifier_clause(head: Token) -> Token | None:
    """The clause that describes a noun and holds the trigger: a relative clause ("the singer, who offered a
    prize some years ago") or a reduced relative on a past participle ("the band formed in 2001"), also when
    the trigger is a verb joined to it by "and". Participles in "-ing" ("a letter demanding ...") and
    infinitives ("a bill to ban ...") are left to the other tests."""
    cur = head
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "relcl" or cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBD"):
        return cur
    return None


def is_background(m: TriggerMatch, dates: Iterable[tuple[Timex, Token]] = ()) -> bool:
    """A clause that describes a noun tells who or what the referent is, not the news: a perfect inside a
    relative clause ("the militia that has taken over"), and any relative or reduced relative clause with no
    date of its own (`dates`: the sentence's (timex, root token) pairs). "Police, who arrested two men on
    Sunday, said ..." and "the group, which filed the complaint in 2021," are kept (dated acts); "the
    musician, who offered a contest some years ago" and "X, which belonged to Syria and was occupied by
    Israel" are not coded. A relative clause on a time or occasion ("the day when troops attacked") is the
    event itself."""
    if m.is_nominal:
        return False
    clause = _modifier_clause(m.head)
    if clause is None:
        return False
    if clause.dep_ == "relcl" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(m.head)):
        return True
    noun = clause.head
    if noun.ent_type_ in ("DATE", "TIME", "EVENT") or lemma_of(noun) in _occasion_nouns() \
            or any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in children_of(clause)):
        return False
    lo, hi = clause.left_edge.i, clause.right_edge.i
    # a clause with a date of its own is a specific occurrence with a checkable date ("Sherpa, which filed
    # the complaint in 2021"); one without is a description of its noun
    return not any(lo <= root.i <= hi and _first_day(t.value) is not None for t, root in dates)


_HARM = {"ASSAULT", "FIGHT", "AID"}  # AID: "he was evacuated to a hospital" names no one who helps


def is_agentless_harm(m: TriggerMatch, src: str | None, armed: bool) -> bool:
    """Deaths, injuries (and rescues) with nobody named as doing them ("nine people died or were hurt as a ferry sank",
    "the fire injured 50"): an accident or an unattributed toll, not an interaction. Unnamed armed forces
    (`armed`: "tanks shelled the town") still act."""
    return m.entry.plover_type in _HARM and src is None and not armed


# verbs of physical harm done to a person (never figurative in news copy)
_BODILY_HARM = {"shoot", "stab", "assassinate", "murder", "kill", "wound", "behead", "strangle", "poison"}


def is_personal_clash(m: TriggerMatch, src: str | None, tgt: str | None, actors: ActorAnalysis) -> bool:
    """Military force (FIGHT) between two people with no armed forces named ("the senator clashed with his
    rival"): a dispute or a crime, not conventional combat. Any act between two private people (neither
    holds a known office, is registered or is tied to a country: "the drummer met the bassist") is
    outside what CAMEO and PLOVER code, which are about political actors."""
    found = [actors.get(k) for k in (src, tgt)]
    if [a.actor_type if a is not None else None for a in found] != ["person", "person"]:
        return False
    if found[1].role and not found[0].role and not m.is_nominal and lemma_of(m.head) in _BODILY_HARM:
        # "the gunman shot the senator": a physical attack on an office holder is political violence (not "his
        # battles with the president", "helped fight the leader": figures of speech)
        return False
    return m.entry.plover_type == "FIGHT" or all(
        not (a.role or a.registry_id or a.wikidata_id or a.country_iso3) for a in found if a is not None)


_ARGUMENT_DEPS = {"dobj", "npadvmod", "attr", "prep", "advmod", "dative"}


def is_statistic(m: TriggerMatch) -> bool:
    """The verb's arguments state a percentage: a figure that changed or was reached, not an interaction."""
    if m.is_nominal:
        return False
    return any(t.ent_type_ == "PERCENT" for c in children_of(m.head) if c.dep_ in _ARGUMENT_DEPS for t in c.subtree)


# verbs of desire whose complement, an act of cooperation, is a stated intent (CAMEO 03x: "wants to meet X",
# "seeks to deepen ties with X"); an obligation, a preference or an aim to use force stays a wish
_DESIRE = {"want", "seek", "hope"}
_COOPERATIVE_ROOTS = {"04", "05", "06", "07", "08"}


def is_wish(m: TriggerMatch) -> bool:
    """The act is what someone needs, wants or prefers to do: "need to fight", "would prefer to agree"."""
    wishes = cues().get("wish", {})
    if m.is_nominal:
        return False
    for child, head in governors(m.head):
        if child.dep_ == "xcomp" and (wish := cue_lemma(head, wishes)) in wishes:
            return not (wish in _DESIRE and m.entry.cameo_code[:2] in _COOPERATIVE_ROOTS
                        and not any(c.dep_ in ("aux", "neg") and c.lower_ in ("would", "not", "n't")
                                    for c in children_of(head)))
    return False


def is_unconditioned_conjecture(m: TriggerMatch, modality: str) -> bool:
    """A hypothetical act with no condition stated ("would endorse", "could not agree"): no occurrence.
    With an "if"/"unless" clause the conjecture is a stated contingency and is kept."""
    if modality != "hypothetical" or m.is_nominal:
        return False
    marks = cues().get("mark", {})
    chain = [m.head, *(head for _, head in governors(m.head))]
    return not any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in children_of(c))
                   for t in chain for c in children_of(t))


def is_idiom_or_opinion(m: TriggerMatch) -> bool:
    """ "was met with applause" (a reception, not a meeting); "agreed that ..." with a clause, "agreed,
    saying ...", "agreed with the assessment" (an opinion shared, not an agreement reached)."""
    if m.is_nominal:
        return False
    head, kids = m.head, list(children_of(m.head))
    if m.entry.plover_type == "CONSULT" and any(c.dep_ == "auxpass" for c in kids) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return True
    if m.entry.plover_type != "AGREE" or lemma_of(head) != "agree":
        return False
    if any(c.dep_ == "ccomp" for c in kids):
        return True
    # "agreed, saying ..." (assent to a view) and "agreed with the assessment" (with an opinion, not a party):
    # an agreement is reached with someone, on something or to do something
    if any(c.dep_ in ("xcomp", "dobj", "prep", "nsubjpass", "npadvmod") and c.lower_ != "with" for c in kids) \
            or any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in kids):
        return False
    withs = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in children_of(c) if g.dep_ == "pobj"]
    return all(g.pos_ == "NOUN" and not _entries(lemma_of(g), "noun") and g.ent_type_ not in _PEOPLE_ENTS
               and not any(cameo_patterns.in_synset(s, g) for s in _PEOPLE_SETS)
               and not {lemma_of(g), g.lower_} & _person_nouns() for g in withs)


def _discard_phrases() -> list[str]:
    # relative times ("years ago", "months later") date one clause of a sentence, not the whole of it
    return sorted({p for r in lexicons.rows("event_discards") if (p := r["phrase"].strip().lower())
                   and not p.endswith((" ago", " later"))}, key=len, reverse=True)


def _trie(phrases: Iterable[str]) -> str:
    """One regex alternation for a set of literal phrases, factored by shared prefixes ("accident killed",
    "academy award" -> "ac(?:ademy award|cident killed)"). It matches exactly the strings the flat
    alternation matches, but the engine tries a phrase only past its first letters: speed, since every
    sentence of every article is searched (a flat alternation of ~340 phrases tries each at each offset)."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


@functools.cache
def _discard_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _trie(_discard_phrases()) + r")\b", re.IGNORECASE)


@functools.cache
def _ascii_discard_pattern() -> re.Pattern[str] | None:
    """The same alternation, case-sensitive, for lower-cased ASCII sentences (None when a phrase is not
    ASCII). Speed: the case-insensitive search took four times as long; on ASCII text lower-casing first is
    the same test."""
    pattern = _discard_pattern().pattern
    return re.compile(pattern) if pattern.isascii() else None


def is_discarded(sentence: str) -> bool:
    """The sentence names a context that is not coded (a match report, a film festival, a typhoon)."""
    fast = _ascii_discard_pattern() if sentence.isascii() else None
    if fast is not None:
        return fast.search(sentence.lower()) is not None
    return _discard_pattern().search(sentence) is not None


@functools.cache
def _hazard_nouns() -> frozenset[str]:
    return frozenset(r["noun"].strip().lower() for r in lexicons.rows("hazard_nouns"))


def _is_hazard(tok: Token) -> bool:
    """The phrase headed by tok names a natural event, an accident or an illness ("the fire", "Hurricane
    Dorian", "a flash flood"): its head or a compound of it."""
    hazards = _hazard_nouns()
    return any(lemma_of(t) in hazards or t.lower_ in hazards
               for t in (tok, *(c for c in children_of(tok) if c.dep_ in ("compound", "amod"))))


_PARTY_ENTS = {"NORP", "GPE", "ORG", "PERSON"}


def _is_vehicle(tok: Token) -> bool:
    """A vehicle with nobody named as its owner or crew ("the plane", "a truck"; not "Israeli planes",
    "the army's helicopters"): PETRARCH2's car set, or its aircraft set where the project's lexicon reads the
    word as hardware (a "bomber" or a "fighter" may be a person)."""
    if tok.ent_type_ or any(c.dep_ == "poss" or c.ent_type_ in _PARTY_ENTS for c in children_of(tok)):
        return False
    return cameo_patterns.in_synset("&car", tok) or cameo_patterns.in_synset("&aircraft", tok) and is_military(tok)


def is_natural_hazard(m: TriggerMatch) -> bool:
    """No actor acts: the doer is a natural event, an accident, an illness or a vehicle on its own ("the
    storm destroyed", "a fire killed", "the plane overran the runway"; also the passive's "by the quake"),
    or the event noun is a notice of one ("issued a hurricane warning", "a warning of floods")."""
    head = m.head
    noun = m.obj if m.obj is not None else (head if m.is_nominal else None)
    if m.entry.plover_type == "THREATEN":
        # a warning of a storm is a notice ("issued a flood warning", "warned of flash floods"); an
        # investigation of a crash is still an investigation
        for c in children_of(noun) if noun is not None else ():
            if c.dep_ in ("compound", "amod", "nmod") and _is_hazard(c):
                return True
        for host in (noun, None if m.is_nominal else head):
            if host is not None and any(c.dep_ == "prep" and c.lower_ in ("of", "about", "for") and any(
                    g.dep_ == "pobj" and _is_hazard(g) for g in children_of(c)) for c in children_of(host)):
                return True
    if m.is_nominal:
        return False
    doers = [c for c in children_of(head) if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass"]
    if any(c.dep_ == "auxpass" for c in children_of(head)):
        doers += [g for c in children_of(head) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    # a named body is no hazard ("the State Fire Brigade"); a vehicle that overruns or hits is an accident
    # unless someone is named as driving it ("army tanks shelled")
    return any(_is_hazard(d) and d.ent_type_ not in _PARTY_ENTS or _is_vehicle(d) and m.entry.plover_type in _HARM
               for d in doers)


_TIME_PREPS = {"before", "after", "during", "until", "since", "following", "amid", "ahead"}
# attitudes: in the present perfect with no date of their own ("has supported LGBT rights", "have opposed the
# plan") they tell where someone stands, not what they did ("has rejected the offer" is an occurrence)
_ATTITUDE_VERBS = {"support", "oppose", "back", "favor", "favour", "advocate", "champion"}
_STANDING_ADVERBS = {"previously", "long", "always", "formerly", "traditionally", "historically", "consistently"}


def is_standing_position(m: TriggerMatch, dated: bool) -> bool:
    """Where someone has stood, not what they did: "had previously opposed", "has long supported", "have
    always backed"; or a past perfect with no date of its own (`dated` False) that is nobody's report ("had
    opposed the plan": told as background to the news; "police said they had arrested two men" is kept)."""
    if m.is_nominal:
        return False
    head = m.head
    if any(c.dep_ == "advmod" and c.lower_ in _STANDING_ADVERBS for c in children_of(head)):
        return True
    if not dated and lemma_of(head) in _ATTITUDE_VERBS and head.tag_ == "VBN" \
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children_of(head)):
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(head))
    if not perfect or dated or any(c.dep_ == "prep" and c.lower_ in _TIME_PREPS or c.dep_ in ("advcl", "npadvmod")
                                   for c in children_of(head)):
        return False  # "shortly before the talks, X had ordered ...": placed in the story's time
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj")


# PETRARCH2's synonym sets of people and groups: "released the prisoners", "freed the detained activists"
_PEOPLE_SETS = ("&people", "&hostage", "&suspect", "&refugee", "&leader", "&negotiator", "&opposition",
                "&military", "&pko")
_PEOPLE_ENTS = {"PERSON", "NORP", "ORG", "GPE"}
# CAMEO codes whose sense needs people as the object: release (084), host a visit (043), expel or deport
# individuals (174), abduct (181)
_PEOPLE_OBJECT_CODES = ("084", "043", "174", "181")


def _names_people(tok: Token, actors: ActorAnalysis) -> bool:
    """The noun phrase headed by tok names people or a group: an entity, a person word of PETRARCH2's sets or
    the project's titles, or a token (head or premodifier) of an actor mention ("30 Chilean prisoners")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in _PEOPLE_ENTS:
        return True
    if any(cameo_patterns.in_synset(s, tok) for s in _PEOPLE_SETS) or {lemma_of(tok), tok.lower_} & _person_nouns():
        return True
    # the head and its modifiers, not a possessor: "Peru's decree" is no group of people
    words = [tok, *(c for c in children_of(tok) if c.dep_ in ("compound", "amod", "nmod", "nummod"))]
    return any(actors.actor_at(t.idx, t.idx + len(t)) is not None or t.ent_type_ in _PEOPLE_ENTS for t in words)


def is_release_of_thing(m: TriggerMatch, actors: ActorAnalysis) -> bool:
    """An act whose CAMEO sense needs people as its object has a thing as its object: "released a summary of
    the call", "released the rules" (publishing a text, no release of people), "hosts the secretariat" (no
    visit)."""
    if m.is_nominal or not m.entry.cameo_code.startswith(_PEOPLE_OBJECT_CODES):
        return False
    obj = verb_object(m.head)
    if obj is None:
        return False
    # the dictionary's own pattern for the object names a thing ("release" + a document is sharing
    # information, + a report is not coded) even when a modifier names people ("an anti-Muslim document")
    found = cameo_patterns.match(m.head, m.entry.lemma, obj, set())
    if found is not None and found[0].object and not found[0].cameo_code.startswith(m.entry.cameo_code[:3]):
        return True
    return not _names_people(_of_complement(obj), actors)


def is_showing(m: TriggerMatch) -> bool:
    """A demonstration or rally (CAMEO 141) takes no direct object: people demonstrate against, for or in
    a place. With one, the verb means showing or gathering something ("demonstrated its new car",
    "demonstrated their resolve"): no protest. A verb-and-object trigger ("staged a rally") is kept."""
    if m.is_nominal or m.obj is not None or not m.entry.cameo_code.startswith("141"):
        return False  # "staged rallies": the object is the protest itself
    return any(c.dep_ == "dobj" for c in children_of(m.head))


def _of_complement(tok: Token) -> Token:
    """ "thousands of supporters", "dozens of peacekeepers", "members of the party": the "of" complement
    says who."""
    return next((g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                 for g in children_of(c) if g.dep_ == "pobj"), tok)


# what a text can do for its author: "a declaration demanding ...", "a letter requesting ...", "a statement
# condemning ...", "a decree banning ..." are the author's acts
_SPEECH_TYPES = {"DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "COERCE", "SANCTION"}


def is_thing_doer(m: TriggerMatch, actors: ActorAnalysis) -> bool:
    """The clause's doer is a thing, not an actor able to act: "the documents allowing him to marry", "the
    declaration appears to allow him to ...", "a law allowing ...". A source found elsewhere (a possessive,
    "Trump's declaration") does not make the thing act. A text (`data/text_nouns.csv`) does speech acts
    for its author ("a letter demanding", "a decree banning"); nothing else acts ("the colony is declining")."""
    if m.is_nominal:
        return False
    head = m.head
    doer = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    cur = head
    while doer is None and cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
        cur = cur.head  # "appears to allow": the subject of the governing verb
        # "were configured to allow": a passive governor's subject controls the infinitive
        doer = next((c for c in children_of(cur) if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and cur is not head
                     and head.dep_ == "xcomp"), None)
    if doer is None and head.dep_ == "acl" and head.tag_ == "VBG":
        doer = head.head  # "documents allowing him": the noun the participle describes
    if doer is not None:
        doer = _of_complement(doer)
    if doer is not None and (lemma_of(doer) in _device_nouns() or doer.lower_ in _device_nouns()):
        return True  # "CCTV captured their arrival": a device records, it does not act (even when tagged a name)
    if doer is None or doer.pos_ != "NOUN" or _is_hazard(doer) or _names_people(doer, actors) or _entries_any(doer):
        return False
    # a text does a speech act for its author ("a letter demanding"); nothing else does one ("the colony is
    # declining" is no rejection)
    return m.entry.plover_type not in _SPEECH_TYPES or lemma_of(doer) not in _text_nouns()


@functools.cache
def _device_nouns() -> frozenset[str]:
    return frozenset(r["noun"].strip().lower() for r in lexicons.rows("device_nouns"))


@functools.cache
def _text_nouns() -> frozenset[str]:
    return frozenset(r["noun"].strip().lower() for r in lexicons.rows("text_nouns"))


def _entries_any(tok: Token) -> bool:
    """An event noun as the doer ("the strike", "the talks") stands for its parties; left to the dyads."""
    return bool(_entries(lemma_of(tok), "noun") or _entries(lemma_of(tok), "military"))


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Titles, nouns of people and groups, and nouns of bodies the actor tables know ("mayor", "protesters",
    "government", "ministry", "police")."""
    words = {r["title"] for r in lexicons.rows("titles")}
    for table, column in (("group_nouns", "noun"), ("follower_nouns", "noun"), ("body_nouns", "noun"),
                          ("national_bodies", "noun"), ("government_nouns", "word"),
                          ("government_body_words", "word"), ("org_heads", "word")):
        words |= {r[column] for r in lexicons.rows(table)}
    return frozenset(w.strip().lower() for w in words)


_HAVE = {"have", "has", "'ve", "'s", "hav"}


def _rhetorical_clause(verb: Token) -> bool:
    """A clause that characterises rather than reports: a present perfect ("have chosen to"), a modal
    ("will deny", "must stop"), a negation ("haven't agreed"), a simple present or a bare verb with no subject
    (an exhortation, "deny them any victory")."""
    for c in children_of(verb):
        if c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and (
                c.tag_ == "MD" or c.lower_ in _HAVE and c.tag_ in _PRESENT):
            return True
    if _simple_present(verb):
        # a first-person performative is the act itself ("we warn them", "I condemn"), as in is_generic
        subj = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
        return not (subj is not None and subj.lower_ in _FIRST_PERSON)
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(c.dep_ in SUBJECT_DEPS for c in children_of(verb))


def is_quoted_rhetoric(m: TriggerMatch, quotes: list[Quote], dated: bool) -> bool:
    """The trigger stands inside a direct quotation whose clause is an opinion or a characterisation, not a
    report of a dated act: "we haven't yet agreed", "they have chosen to suppress protests", "we will deny
    them any victory". The speaker's words are rhetoric; "they arrested my brother on Monday" is kept (a past
    act), and so is any quoted clause with a date of its own."""
    if dated or m.is_nominal:
        return False
    head = m.head
    if not any(q.quote_type == "direct" and q.char_start <= head.idx < q.char_end for q in quotes):
        return False
    # the trigger's own clause and the clauses that govern it inside the quotation ("have chosen to suppress")
    # (a coordinated clause with its own subject is judged alone: "these attacks are our right, and we warn X")
    chain = [head]
    for child, gov in governors(head, 3):
        if child.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in children_of(child)):
            break
        chain.append(gov)
    return any(_rhetorical_clause(v) for v in chain if v.pos_ in ("VERB", "AUX"))


# prepositions that name a cause or the occasion of harm ("killed in a collision", "evacuated ahead of the
# typhoon", "injured after the crash")
_CAUSE_PREPS = {"in", "after", "following", "during", "amid", "from", "because", "due", "ahead", "as", "by"}
_DRIVE_VERBS = {"drive", "ride", "steer", "pilot", "fly"}


def _names_hazard_cause(verb: Token) -> bool:
    """The clause of `verb` names an accident or a natural event as the cause: its subject ("the typhoon
    forced ..."), a causal or temporal phrase ("in a crash", "ahead of the storm"), a subordinate clause whose
    subject is one ("as the storm approached"), or someone driving a vehicle ("was driving a truck and hit")."""
    for c in children_of(verb):
        if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass" and _is_hazard(c) and c.ent_type_ not in _PARTY_ENTS:
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in _CAUSE_PREPS:
            objs = [g for g in children_of(c) if g.dep_ == "pobj"]
            objs += [h for g in children_of(c) if g.dep_ == "prep"  # due to X
                     for h in children_of(g) if h.dep_ == "pobj"]
            if any(_is_hazard(o) for o in objs):
                return True
        if c.dep_ == "advcl" and any(g.dep_ in SUBJECT_DEPS and _is_hazard(g) for g in children_of(c)):
            return True
        if c.dep_ == "dobj" and lemma_of(verb) in _DRIVE_VERBS and _is_vehicle(c):
            return True
    return False


def is_accident(m: TriggerMatch) -> bool:
    """Deaths, injuries, attacks or relief told as the outcome of an accident or a natural event: "struck a
    group of cyclists, killing two" said of someone driving a car, "a collision that injured five", "thousands
    were evacuated as the typhoon approached". A crash is no assault and a flight from a storm is no aid, even
    when someone is charged over it or an agency organises it."""
    if m.entry.plover_type not in _HARM or m.is_nominal:
        return False
    head = m.head
    if head.dep_ in ("acl", "relcl") and _is_hazard(head.head):
        return True  # "a collision killing two", "the storm that forced evacuations"
    chain = [head, *(g for _, g in governors(head, 3))]
    # coordinated clauses share their occasion ("was driving a truck and struck ..., killing")
    chain += [v.head for v in list(chain) if v.dep_ == "conj"]
    return any(_names_hazard_cause(v) for v in chain)


# CAMEO roots of appeals, intentions, consultation, cooperation and aid: acts between political actors.
# Between private people ("the singer collaborated with a drummer", "residents donated blood", "a bishop
# asked people to pray") they are no event of the kind CAMEO and PLOVER record.
_PUBLIC_ROOTS = {"02", "03", "04", "05", "06", "07"}
# PETRARCH2 agent sectors of private people (civilians, "people"): a group named by one is nobody's agent
_PRIVATE_SECTORS = {"CVL", "PPL"}


@functools.cache
def _agent_sectors() -> dict[str, str]:
    return {r["word"].strip().lower(): r["sector"].strip() for r in lexicons.rows("agent_nouns")}


def _titled_name(key: str, actors: ActorAnalysis, doc: Doc) -> bool:
    """A name mention of the person stands after an office title ("Chief Constable X", "Governor X"): the
    actor table's role is not always filled when events are coded."""
    for mn in actors.mentions:
        if mn.actor_key != key or mn.mention_kind != "name":
            continue
        span = char_span(doc, mn.char_start, mn.char_end, alignment_mode="expand")
        if span is not None and span.start > 0 and roles.role_before(doc, span.start).role:
            return True
    return False


def _is_public(key: str | None, actors: ActorAnalysis, titled: set[str], doc: Doc | None = None) -> bool:
    """A state, an organisation, a group not named as private people, or a person holding an office the
    analysis knows (a role, a registry entry, or a title in one of the mentions: "Governor X")."""
    a = actors.get(key)
    if a is None:
        return False
    if a.actor_type == "person":
        return bool(a.role or a.registry_id) or key in titled or doc is not None and _titled_name(key, actors, doc)
    if a.actor_type == "group":
        words = a.name.lower().split()
        head = words[-1] if words else ""
        sector = _agent_sectors().get(head) or _agent_sectors().get(head[:-1] if head.endswith("s") else head)
        return sector not in _PRIVATE_SECTORS
    return a.actor_type in ("state", "organization")


def is_private_cooperation(cameo_code: str, src: str | None, tgt: str | None, actors: ActorAnalysis,
                           titled: set[str], doc: Doc | None = None) -> bool:
    """An appeal, intention, consultation, cooperation or aid (CAMEO 02-07) with no public actor on either
    side: `titled` holds the keys of actors with a title mention. Unnamed parties the coder keeps on purpose
    (counted groups of countries, armed forces) are not private."""
    if src is None and tgt is None:
        return False
    return cameo_code[:2] in _PUBLIC_ROOTS and not (
        _is_public(src, actors, titled, doc) or _is_public(tgt, actors, titled, doc))
