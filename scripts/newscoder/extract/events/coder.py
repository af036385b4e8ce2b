"""The event coder's entry point: each sentence's triggers, their dyads, the CAMEO decisions, modality,
date and place, assembled into `Event` records.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from newscoder.extract.doctext import doc_column, doc_sents, doc_text, doc_tokens
from newscoder.extract.events import cameo_patterns
from newscoder.extract.events.arguments import _armed_subject
from newscoder.extract.events.cameo import (
    _by_armed_forces,
    abandoned_course,
    aerial_attack,
    code_event,
    compulsory_demand,
    force_by_person,
    formal_charge,
    formal_opposition,
    military_support,
    ordered_detention,
    suspended_institution,
    verbal_attack,
)
from newscoder.extract.events.clauses import _passive, _subject
from newscoder.extract.events.dyads import (
    _dyads,
    _has_subject,
    _multilateral_subject,
    _needs_target_types,
    _one_sided_types,
)
from newscoder.extract.events.event_dates import _date_fields, _timex_roots
from newscoder.extract.events.eventness import (
    _names_people,
    is_accident,
    is_agentless_harm,
    is_background,
    is_described_content,
    is_discarded,
    is_generic,
    is_idiom_or_opinion,
    is_natural_hazard,
    is_news_gathering,
    is_personal_clash,
    is_private_cooperation,
    is_purpose,
    is_quoted_rhetoric,
    is_release_of_thing,
    is_showing,
    is_standing_position,
    is_statistic,
    is_thing_doer,
    is_unconditioned_conjecture,
    is_wish,
)
from newscoder.extract.events.lead_thread import lead_parties
from newscoder.extract.events.occurrence import (
    in_direct_quote,
    is_agentless_passive_complement,
    is_clausal_subject,
    is_disputed_content,
    is_effect_permission,
    is_generic_object,
    is_habitual,
    is_indirect_question,
    is_life_stage,
    is_own_defence,
    is_own_state_target,
    is_pending,
    is_personal_movement,
    is_reduced_passive_harm,
    is_span_summary,
    is_speech_content,
    is_trend,
    is_unsaid,
    is_untargeted_restriction,
    speech_governor,
)
from newscoder.extract.events.party_text import unnamed_target_text
from newscoder.extract.events.told_acts import continued_target
from newscoder.extract.events.trigger_table import (
    DICTIONARY_POS,
    TriggerMatch,
    _particles,
    _verb_lemma,
)
from newscoder.extract.events.triggers import _DEMAND, DEMAND_AUX, _demand_in_speech, _judgements_in_speech, _matches
from newscoder.extract.events.when_where import _place
from newscoder.records import ActorAnalysis, Article, Event, Quote, Timex

EXTRACTOR = "newscoder.extract.events"
# the word-sense decisions of cameo.py, applied in this order to each trigger
_SENSES = (_by_armed_forces, verbal_attack, aerial_attack, ordered_detention, suspended_institution, formal_charge,
           military_support, formal_opposition, compulsory_demand, abandoned_course)


def _span(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = list(tokens)
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _evidence(doc: Doc, sent: Span) -> str:
    return doc_text(doc)[sent.start_char : sent.end_char].rstrip()


@dataclasses.dataclass(frozen=True, slots=True)
class EventCoding:
    """The events of one article and the actor analysis they refer to: the given actors (copies, with a
    country filled where an event's party phrase states it) plus the states the coder added as targets
    ("a curfew in Cusco" names Peru's state without a mention)."""

    events: list[Event]
    actors: ActorAnalysis


def code_events(
    doc: Doc, article: Article, actors: ActorAnalysis, timex: list[Timex], quotes: list[Quote]
) -> EventCoding:
    """Code the events of one article (doc is the spaCy parse of `article.text`). `actors` is not changed."""
    actors = ActorAnalysis(actors=[dataclasses.replace(a, aliases=list(a.aliases)) for a in actors.actors],
                           mentions=actors.mentions, dropped_entities=actors.dropped_entities, _index=actors._index)
    before = {a.key for a in actors.actors}
    events = _code(doc, article, actors, timex, quotes)
    # a state added for a candidate event that a later check dropped would be a row the article never
    # mentions or uses: keep only the added states a kept event refers to
    used = {e.source_key for e in events} | {e.target_key for e in events}
    actors.actors[:] = [a for a in actors.actors if a.key in before or a.key in used]
    return EventCoding(events, actors)


def extract_events(
    doc: Doc, article: Article, actors: ActorAnalysis, timex: list[Timex], quotes: list[Quote]
) -> list[Event]:
    """`code_events` for callers that hold one actor analysis: its actors are replaced by the coding's."""
    coding = code_events(doc, article, actors, timex, quotes)
    actors.actors[:] = coding.actors.actors
    return coding.events


def _code(doc: Doc, article: Article, actors: ActorAnalysis, timex: list[Timex], quotes: list[Quote]) -> list[Event]:
    events: list[Event] = []
    one_sided, needs_target = _one_sided_types(), _needs_target_types()
    text = doc_text(doc)
    titled = {mn.actor_key for mn in actors.mentions if mn.mention_kind == "title"}
    deps, lowers, tokens = doc_column(doc, "dep_"), doc_column(doc, "lower_"), doc_tokens(doc)
    aux_heads = {tokens[i].head.i for i, dep in enumerate(deps) if dep == "aux" and lowers[i] in DEMAND_AUX}
    for si, sent in enumerate(doc_sents(doc)):
        if not text[sent.start_char : sent.end_char].strip() or article.in_heading(sent.start_char, sent.end_char):
            continue
        if is_discarded(text[sent.start_char : sent.end_char]):
            continue  # sport, entertainment, disasters, distant background: contexts not coded
        demands = list(_demand_in_speech(sent, quotes, actors, aux_heads))
        judgements = list(_judgements_in_speech(sent, actors))
        found = _matches(sent)
        if not (demands or judgements or found):
            continue  # speed: the sentence's dates are only read for a candidate event (most sentences have none)
        roots = _timex_roots(doc, sent, timex)
        roots.lead_parties = lead_parties(doc, timex, actors)
        evidence = _evidence(doc, sent)
        demand_heads = set()
        for verb, must, src, tgt, subj in demands:
            demand_heads.add(verb.i)
            if is_private_cooperation(_DEMAND.cameo_code, src, tgt, actors, titled, doc):
                continue  # a private person's request ("a bishop asked people to pray")
            if is_own_state_target(src, tgt, actors, titled):
                continue  # "the prime minister said Britain must leave": a stated position, no demand on anyone
            start, end = _span([must, verb, subj])
            m = TriggerMatch(_DEMAND, verb)
            events.append(Event(
                char_start=start, char_end=end, sentence_index=si, evidence=evidence, trigger=must.text,
                cameo_code=_DEMAND.cameo_code, plover_type=_DEMAND.plover_type, modality="asserted",
                source_key=src, target_key=tgt,
                trigger_char_start=must.idx, trigger_char_end=must.idx + len(must),
                confidence=0.6, extractor=EXTRACTOR, **_date_fields(m, roots, article, quotes, (src, tgt)),
            ))
        for said, words, entry, src, tgt in judgements:
            # "X said the offer did not go far enough": X's criticism, asserted and dated when said
            if is_private_cooperation(entry.cameo_code, src, tgt, actors, titled, doc):
                continue
            start, end = _span([said, *words, *([_subject(said)] if _subject(said) is not None else [])])
            tstart, tend = _span(words)
            events.append(Event(
                char_start=start, char_end=end, sentence_index=si, evidence=evidence, trigger=text[tstart:tend],
                cameo_code=entry.cameo_code, plover_type=entry.plover_type, modality="asserted",
                source_key=src, target_key=tgt, trigger_char_start=tstart, trigger_char_end=tend,
                confidence=0.6 if tgt else 0.5, extractor=EXTRACTOR,
                **_date_fields(TriggerMatch(entry, said), roots, article, quotes, (src, tgt)),
            ))
        heads = {m.head.i: m for m, _ in found}
        for m, chain in found:
            if m.head.i in demand_heads or demand_heads and any(a.i in demand_heads for a in m.head.ancestors):
                continue  # the demanded act is the demand's content, not an event
            dated = any(m.head.left_edge.i <= r.i <= m.head.right_edge.i for _, r in roots)
            if is_generic(m, quotes) or is_purpose(m) or is_background(m, roots) \
                    or is_quoted_rhetoric(m, quotes, dated) or is_accident(m) \
                    or is_statistic(m) or is_wish(m) \
                    or is_idiom_or_opinion(m) or is_described_content(m) or is_natural_hazard(m) \
                    or is_standing_position(m, dated) or is_release_of_thing(m, actors) \
                    or is_showing(m) \
                    or is_thing_doer(m, actors) or is_life_stage(m) or is_clausal_subject(m) \
                    or is_habitual(m, dated) or is_indirect_question(m) or is_reduced_passive_harm(m) \
                    or is_unsaid(m) or is_effect_permission(m) or is_span_summary(m) \
                    or is_disputed_content(m) or is_pending(m) or is_trend(m) or is_own_defence(m):
                continue  # a standing state, an aim, a referent's history, a figure or no actor at all
            if m.is_nominal and (in_direct_quote(m.head, quotes) or is_speech_content(
                    m, heads.get(gov.i) if (gov := speech_governor(m.head)) is not None else None)):
                continue  # "condemned the repression of X": the condemnation is the event, the noun its wording
            for sense in _SENSES:
                m = sense(m)
            passive = _passive(m.head)[1] is not None and not m.is_nominal
            pairs = _dyads(m, chain, actors)
            for src, tgt in pairs:
                if src is None and tgt is None and not _armed_subject(m) and not _multilateral_subject(m):
                    # armed forces act even when unnamed ("Israeli tanks shelled ..."), and so do counted groups
                    # of countries ("ministers from 40 countries agreed"); others must be known
                    continue
                if (m.is_nominal or m.entry.pos == DICTIONARY_POS) and (src is None or tgt is None):
                    # a bare noun is an event only when both parties are named; so is a clause coded by a
                    # dictionary pattern alone: the patterns were written for PETRARCH2's phrase matching,
                    # and with no party acted on ("announced plans", "appeared in court") they code
                    # procedure and narration more often than an act
                    continue
                if src is None and not _armed_subject(m) and not _multilateral_subject(m):
                    # an event row says who did what: with no known doer (the passive "was arrested",
                    # "someone attacked") it cannot be checked or used, so it is not published; unnamed armed
                    # forces and counted groups of countries are doers the text does describe
                    continue
                # a side may stay empty when its phrase names no known actor ("Rebels shelled positions
                # near the town"); a two-sided type without a target is coded with lower confidence
                if src is None and not passive and not _has_subject(m):
                    continue
                if tgt is None and m.entry.plover_type in needs_target:
                    continue  # "the cabinet met": a meeting needs someone to meet
                if is_news_gathering(src, tgt, article, actors, m) or is_personal_clash(m, src, tgt, actors) \
                        or is_agentless_harm(m, src, _armed_subject(m)) \
                        or is_generic_object(m, tgt, lambda t: _names_people(t, actors)) \
                        or is_agentless_passive_complement(m, src) \
                        or is_personal_movement(m, src, _armed_subject(m), actors):
                    continue
                ev = _event(force_by_person(m, src, actors), chain, src, tgt, si, evidence, article, actors, roots,
                            quotes)
                if is_unconditioned_conjecture(m, ev.modality) or is_untargeted_restriction(ev.cameo_code, tgt) \
                        or is_private_cooperation(ev.cameo_code, src, tgt, actors, titled, doc):
                    continue
                if tgt is None and (again := continued_target(ev.plover_type, src, si, events)):
                    # "She protested alone on the first day" after her protest outside parliament
                    ev = dataclasses.replace(ev, target_key=again)
                elif tgt is None and (words := unnamed_target_text(m, chain, actors)):
                    ev = dataclasses.replace(ev, target_text=words)  # "arrested two suspects": no actor
                elif tgt is None and ev.plover_type not in one_sided:
                    ev = dataclasses.replace(ev, confidence=round(ev.confidence - 0.1, 2))
                events.append(ev)
                if src and tgt and (tgt, src) not in pairs and (back := _converse(m, ev)) is not None:
                    events.append(back)
    return events


_CONVERSE_MOODS = {"asserted", "claimed"}


def _converse(m: TriggerMatch, ev: Event) -> Event | None:
    """The target's own act in the same event, where PETRARCH2's dictionary pairs two codes for the clause's
    pattern ("received the ministers": the host hosts (043) and the ministers visit (042); "held talks with":
    both sides negotiate (046)). Only for an act told as done (not planned, refused or conjectured)."""
    if m.is_nominal or ev.modality not in _CONVERSE_MOODS or ev.cameo_code[:2] != m.entry.cameo_code[:2]:
        return None
    parts = _particles(m.head)
    code = cameo_patterns.converse(m.head, _verb_lemma(m.head), m.obj, parts, ev.cameo_code)
    plover = cameo_patterns.plover_type(code) if code else None
    if code is None or plover is None or code == ev.cameo_code and code[:2] == "04" and code != "046":
        # (a mirror of a consultation, "X spoke with Y" coded again as Y -> X, repeats the one act with the
        # roles swapped: the text names X as the one who called or met, so it is coded once, X -> Y. Talks
        # "held with" Y (046) stay coded both ways: each side bargains, as PETRARCH2's dictionary pairs them)
        return None
    return dataclasses.replace(ev, cameo_code=code, plover_type=plover, source_key=ev.target_key,
                               target_key=ev.source_key)


def _event(m, chain, src, tgt, si, evidence, article, actors, roots, quotes) -> Event:
    code, plover, mood, dated = code_event(m, tgt, roots, quotes)
    trigger_toks = [m.head] + ([m.obj] if m.obj is not None else [])
    tstart, tend = _span(trigger_toks)
    arg_toks = list(trigger_toks)
    sent_keys = None
    for key in (src, tgt):
        if key is None:
            continue
        # the mention of the argument nearest to the trigger
        if sent_keys is None:  # speed: each token's actor, looked up once for both arguments
            sent = m.head.sent
            sent_keys = [(t, actors.actor_at(t.idx, t.idx + len(t)))
                         for t in doc_tokens(sent.doc)[sent.start : sent.end]]
        near = [t for t, k in sent_keys if k == key]
        if near:
            arg_toks.append(min(near, key=lambda t: abs(t.i - m.head.i)))
    start, end = _span(arg_toks)
    loc_text, loc_country, _ = _place(m, actors)
    confidence = 0.5 + (0.2 if src and tgt else 0.0) + (0.1 if not m.is_nominal else 0.0)
    if mood in ("claimed", "hypothetical"):
        confidence -= 0.1
    return Event(
        char_start=start, char_end=end, sentence_index=si, evidence=evidence,
        trigger=doc_text(m.head.doc)[tstart:tend], cameo_code=code, plover_type=plover,
        modality=mood, source_key=src, target_key=tgt, trigger_char_start=tstart, trigger_char_end=tend,
        location_text=loc_text, location_country_iso3=loc_country, confidence=round(confidence, 2),
        extractor=EXTRACTOR, **_date_fields(dated, roots, article, quotes, (src, tgt)),
    )
