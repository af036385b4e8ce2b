"""Eventness: a coded predicate must report a specific occurrence (our own example sentences)."""

from __future__ import annotations

import datetime as dt

from conftest import make_article
from newscoder.extract.events import code_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, text: str, date: str = "2026-02-02", **kw):
    article = make_article(text, date=date, **kw)
    doc = nlp(text)
    actors = extract_actors(doc, article, None)
    coding = code_events(doc, article, actors, extract_timex(doc, article), extract_quotes(doc, article, actors))
    name = {a.key: a.name for a in coding.actors.actors}
    return [(e, name.get(e.source_key), name.get(e.target_key)) for e in coding.events]


def triggers(events) -> list[str]:
    return [e.trigger for e, _, _ in events]


def test_the_publications_own_interview_is_no_event(nlp):
    events = code(nlp, "The Daily Ledger met Peruvian Foreign Minister Ana Costa on Tuesday. "
                       "On Monday, Peru accused Chile of spying.", publisher="The Daily Ledger")
    assert "met" not in triggers(events)
    e, src, tgt = next(x for x in events if x[0].trigger == "accused")
    assert (e.cameo_code, src, tgt) == ("112", "Peru", "Chile")


def test_a_standing_position_in_the_simple_present_is_no_event(nlp):
    events = code(nlp, "Norway supports the Swedish government. Norway endorsed the Swedish government on Friday.")
    assert triggers(events) == ["endorsed"]
    e, src, tgt = events[0]
    assert (e.cameo_code, src, tgt, e.event_date) == ("051", "Norway", "Sweden", dt.date(2026, 1, 30))


def test_a_purpose_clause_is_an_aim_not_an_event(nlp):
    events = code(nlp, "Peru sent troops to the border to attack Bolivia on Monday.")
    assert "attack" not in triggers(events)
    assert [(e.plover_type, src) for e, src, _ in events] == [("MOBILIZE", "Peru")]


def test_a_perfect_in_a_relative_clause_is_background(nlp):
    events = code(nlp, "Peru, which has attacked Bolivia in the past, signed a treaty with Chile on Monday.")
    assert "attacked" not in triggers(events)
    e, src, tgt = events[0]
    assert (e.trigger, e.cameo_code, src, tgt) == ("signed a treaty", "057", "Peru", "Chile")


def test_a_date_inside_a_quotation_does_not_date_the_reported_act(nlp):
    events = code(nlp, 'Peru condemned Bolivia, calling the vote "a betrayal of March 3".')
    e, src, tgt = events[0]
    assert (e.cameo_code, src, tgt) == ("111", "Peru", "Bolivia")
    assert e.event_date == dt.date(2026, 2, 2) and e.date_basis == "publication" and e.date_text is None


def test_a_round_up_dates_its_undated_events_in_the_month_of_its_title(nlp):
    events = code(nlp, "Peru condemned Bolivia.", date="2025-11-05", title="Diplomacy round-up, October 2025")
    e, src, tgt = events[0]
    assert (e.cameo_code, src, tgt) == ("111", "Peru", "Bolivia")
    assert (e.event_date, e.date_precision) == (dt.date(2025, 10, 1), "month")


def test_reportedly_marks_a_claim(nlp):
    events = code(nlp, "Peru reportedly attacked Bolivia on Monday.")
    e, src, tgt = events[0]
    assert (e.plover_type, e.modality, src, tgt) == ("ASSAULT", "claimed", "Peru", "Bolivia")


def test_a_joint_pledge_is_made_by_each_pledger_to_the_recipient(nlp):
    events = code(nlp, "China, Peru and Chile pledged funds to Bolivia on Monday.")
    assert sorted((src, tgt) for e, src, tgt in events if e.plover_type == "AGREE") == [
        ("Chile", "Bolivia"), ("China", "Bolivia"), ("Peru", "Bolivia")]


def test_the_coder_returns_the_state_it_adds_and_leaves_its_input_alone(nlp):
    text = "Ghana lifted sanctions on Abidjan on Monday."
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, None)
    before = [(a.key, a.name, a.country_iso3) for a in actors.actors]
    coding = code_events(doc, article, actors, extract_timex(doc, article), [])
    assert [(a.key, a.name, a.country_iso3) for a in actors.actors] == before
    (e,) = coding.events
    source, target = coding.actors.get(e.source_key), coding.actors.get(e.target_key)
    assert (e.plover_type, source.name, target.name, target.country_iso3) == (
        "CONCEDE", "Ghana", "Ivory Coast", "CIV")
    assert "Ivory Coast" not in [name for _, name, _ in before]


def test_deaths_with_nobody_named_as_doing_them_are_no_event(nlp):
    events = code(nlp, "Twelve people were killed on Monday when a bus overturned near Lima. "
                       "Peruvian soldiers killed two Bolivian smugglers on Tuesday.")
    assert [(e.trigger, e.plover_type, src) for e, src, _ in events] == [("killed", "FIGHT", "Peruvian soldiers")]
    assert events[0][0].event_date == dt.date(2026, 1, 27)


def test_two_people_clashing_is_no_military_force(nlp):
    events = code(nlp, "Senator Ana Costa clashed with Senator Luis Vega on Monday. "
                       "Peruvian troops clashed with Bolivian troops on Tuesday.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("190", "Peruvian troops", "Bolivian troops")]


def test_a_legal_appeal_is_no_appeal_for_help(nlp):
    events = code(nlp, "Peru appealed the ruling on Monday. Peru appealed to Chile for help on Tuesday.")
    assert [(e.cameo_code, src, tgt, e.event_date) for e, src, tgt in events] == [
        ("020", "Peru", "Chile", dt.date(2026, 1, 27))]


def test_a_military_withdrawal_needs_a_military_object(nlp):
    events = code(nlp, "Peru withdrew its storm warnings on Monday. Peru withdrew its troops from Bolivia on Tuesday.")
    assert [(e.trigger, e.plover_type, src, tgt) for e, src, tgt in events] == [
        ("withdrew its troops", "RETREAT", "Peru", "Bolivia")]


def test_a_figure_reached_or_lost_is_a_statistic(nlp):
    from newscoder.extract.events.eventness import is_statistic
    from newscoder.extract.events.trigger_table import match_verb

    figure = nlp("Peru declined 12% in the regional ranking.")
    act = nlp("Peru declined the invitation of Chile.")
    m_figure, m_act = match_verb(figure[1]), match_verb(act[1])
    assert m_figure is not None and is_statistic(m_figure)
    assert m_act is not None and not is_statistic(m_act) and m_act.entry.plover_type == "REJECT"


def test_a_rescue_with_no_rescuer_named_is_no_aid_event(nlp):
    events = code(nlp, "The minister was evacuated to a hospital on Monday. "
                       "Peru evacuated Chilean citizens from Bolivia on Tuesday.")
    assert [(e.plover_type, src, e.event_date) for e, src, _ in events] == [("AID", "Peru", dt.date(2026, 1, 27))]


def test_an_obligation_in_a_quotation_is_no_event(nlp):
    events = code(nlp, 'Peru said on Monday: "We need to fight Bolivia." Peru attacked Bolivia on Tuesday.')
    assert [(e.trigger, e.plover_type, src, tgt) for e, src, tgt in events] == [
        ("attacked", "ASSAULT", "Peru", "Bolivia")]


def test_a_conjecture_is_kept_only_with_its_condition(nlp):
    events = code(nlp, "Peru would endorse Chile. Peru could expel Chile's ambassador if the talks fail.")
    assert [(e.cameo_code, e.modality, src, tgt) for e, src, tgt in events] == [
        ("166", "hypothetical", "Peru", "Chile")]


def test_met_with_applause_is_no_meeting(nlp):
    events = code(nlp, "The minister was met with applause on Monday. Peru met with Chile on Tuesday.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("040", "Peru", "Chile")]


def test_agreeing_with_an_opinion_is_no_agreement(nlp):
    events = code(nlp, "Peru agreed that the dispute should wait. Peru agreed to a truce with Chile on Tuesday.")
    assert [(e.plover_type, src, tgt, e.event_date) for e, src, tgt in events] == [
        ("AGREE", "Peru", "Chile", dt.date(2026, 1, 27))]


def test_the_content_of_a_bill_is_no_event_but_an_act_on_an_occasion_is(nlp):
    events = code(nlp, "Peru drafted a bill to allow Chilean inspectors into its mines. "
                       "Peru took the opportunity to reject Chile's claim.")
    assert [(e.trigger, e.plover_type, src, tgt) for e, src, tgt in events] == [("reject", "REJECT", "Peru", "Chile")]


def test_the_publication_as_a_subject_is_news_gathering_too(nlp):
    events = code(nlp, "Ledger spoke with Peruvian Foreign Minister Ana Costa on Tuesday. "
                       "On Monday, Peru accused Chile of spying.", publisher="Ledger")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("112", "Peru", "Chile")]


def test_a_sentence_about_a_sports_match_is_not_coded(nlp):
    from newscoder.extract.events.eventness import is_discarded

    assert is_discarded("Peru defeated Chile in the football final.")
    assert not is_discarded("Peru accused Chile of spying years ago.")  # relative times date one clause only
    events = code(nlp, "Peru defeated Chile in the football final on Monday. Peru accused Chile of spying on Tuesday.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("112", "Peru", "Chile")]


def test_a_fire_or_a_storm_is_no_actor(nlp):
    events = code(nlp, "A fire in a block of flats in Lima killed two residents on Saturday. "
                       "On Sunday, Peruvian police arrested the building's owner.")
    assert triggers(events) == ["arrested"]
    e, src, _ = events[0]
    assert (e.cameo_code, e.plover_type) == ("173", "COERCE")


def test_a_named_fire_brigade_is_a_body_not_a_fire(nlp):
    events = code(nlp, "On Monday, the Lima Fire Department accused Chile of arson.")
    assert [(e.cameo_code, tgt) for e, _, tgt in events] == [("112", "Chile")]


def test_a_weather_warning_is_no_threat(nlp):
    events = code(nlp, "The Peruvian weather service issued a hurricane warning for Lima on Monday. "
                       "On Monday, Peru warned Chile of sanctions.")
    assert triggers(events) == ["warned"]
    e, src, tgt = events[0]
    assert (e.cameo_code, src, tgt) == ("130", "Peru", "Chile")


def test_a_vehicle_with_nobody_named_is_an_accident_but_a_states_aircraft_act(nlp):
    events = code(nlp, "The plane overran the runway in Lima on Sunday. "
                       "Chilean planes bombed Peruvian positions on Sunday.")
    assert triggers(events) == ["bombed"]
    assert events[0][0].plover_type in ("FIGHT", "ASSAULT")


def test_a_standing_position_in_the_past_perfect_is_background(nlp):
    events = code(nlp, "Peru had previously opposed the Chilean plan. Peru has long supported Bolivia. "
                       "Peru rejected the Chilean plan on Friday.")
    assert triggers(events) == ["rejected"]
    assert events[0][1:] == ("Peru", "Chile")


def test_a_past_perfect_placed_in_the_storys_time_stays_an_event(nlp):
    events = code(nlp, "Shortly before the talks, Peru had ordered its troops to withdraw from Chile.")
    # (an order to one's own troops is coded by the act ordered: the withdrawal, 087)
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("087", "Peru", "Chile")]


def test_a_past_perfect_in_reported_speech_stays_an_event(nlp):
    events = code(nlp, "Peruvian police said they had arrested two Chilean diplomats.")
    assert [(e.cameo_code, e.trigger) for e, _, _ in events] == [("173", "arrested")]


def test_releasing_a_text_is_no_release_of_people(nlp):
    events = code(nlp, "Peru released a summary of the talks with Chile on Monday. "
                       "Peru released 30 Chilean prisoners on Monday.")
    assert [(e.cameo_code, e.plover_type) for e, _, _ in events] == [("084", "CONCEDE")]
    assert events[0][1] == "Peru"


def test_a_law_or_a_document_does_not_act_but_its_author_does(nlp):
    events = code(nlp, "Peru's decree allowed Chilean inspectors to visit the mine on Monday. "
                       "On Monday, Peru sent a letter demanding that Chile withdraw its troops.")
    assert [(e.plover_type, src, tgt) for e, src, tgt in events] == [("DEMAND", "Peru", "Chile")]


def test_a_crowd_counted_with_of_still_acts(nlp):
    events = code(nlp, "Thousands of Chilean students protested against the Peruvian government in Lima on Monday.")
    assert [(e.plover_type, src) for e, src, _ in events] == [("PROTEST", "Chilean students")]


def test_what_an_allegation_alleges_is_its_content_not_an_event(nlp):
    events = code(nlp, "Peru alleged on Monday that Chile had attacked its embassy.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("112", "Peru", "Chile")]


def test_assent_to_a_view_is_no_agreement(nlp):
    events = code(nlp, "Peru's foreign minister agreed, saying the talks had failed. "
                       "Peru agreed to withdraw its troops from Chile on Monday.")
    assert [(e.plover_type, e.trigger, src, tgt) for e, src, tgt in events] == [
        ("AGREE", "agreed", "Peru", "Chile")]
    assert events[0][0].char_start > 60  # the second sentence's agreement
    events = code(nlp, "Peru agreed to lift its sanctions on Chile on Monday, with conditions attached.")
    assert [(e.plover_type, src, tgt) for e, src, tgt in events] == [("AGREE", "Peru", "Chile")]


def test_a_standing_attitude_in_the_present_perfect_is_no_event(nlp):
    events = code(nlp, "Peru has supported the Chilean government. Peru has rejected the Chilean offer.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("120", "Peru", "Chile")]


def test_an_aim_or_an_inability_is_no_event(nlp):
    events = code(nlp, "Peru seeks to retake the islands from Chile. Peru was unable to negotiate a deal with "
                       "Chile. Peru rejected the Chilean offer on Monday.")
    assert [(e.trigger, src, tgt) for e, src, tgt in events] == [("rejected", "Peru", "Chile")]


def test_a_thing_does_no_speech_act_unless_it_is_a_text(nlp):
    events = code(nlp, "The Punta Tombo colony is declining rapidly. "
                       "On Monday, the Peruvian government declined the Chilean request.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("120", "Peru", "Chile")]


def test_an_animal_is_no_actor(nlp):
    events = code(nlp, "Leon Costa, a Peruvian senator, was killed by his lions on Tuesday. "
                       "On Tuesday, Chilean police arrested two Peruvian diplomats.")
    assert [(e.cameo_code, e.trigger) for e, _, _ in events] == [("173", "arrested")]


def test_a_document_the_dictionary_names_is_a_thing_whatever_its_modifier(nlp):
    events = code(nlp, "Ana Costa released an anti-Chilean document online on Monday. "
                       "Peru released 30 Chilean prisoners on Monday.")
    assert [(e.cameo_code, tgt) for e, _, tgt in events] == [("084", "Chilean prisoners")]


def test_discard_pattern_matches_exactly_what_the_flat_alternation_matches():
    """The prefix-factored pattern is a speed-up only: for every phrase of the table, alone, in a sentence,
    glued to letters, plural, in capitals and cut short, it finds a phrase exactly when the flat one does."""
    import re

    from newscoder.extract.events.eventness import _discard_pattern, _discard_phrases, is_discarded

    phrases = _discard_phrases()
    flat = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)
    texts = [v for p in phrases for v in (p, f"They spoke of {p} today.", f"x{p}", f"{p}s", p.upper(),
                                          p.title(), f"({p})", p[:-1])]
    assert [flat.search(t) is not None for t in texts] == [_discard_pattern().search(t) is not None for t in texts]
    # is_discarded lower-cases ASCII sentences and searches case-sensitively (speed): the same answers,
    # also for sentences with non-ASCII letters, which take the case-insensitive search
    texts += [f"Señor {t}" for t in texts[::7]]
    assert [flat.search(t) is not None for t in texts] == [is_discarded(t) for t in texts]
    assert is_discarded("The film won an Academy Award on Sunday.")
    assert is_discarded("Señora Ruiz won an ACADEMY AWARD on Sunday.")
    assert not is_discarded("The minister signed the accord on Sunday.")
