"""Orders coded by the act ordered, denials of claims, opposition, unsaid acts, allegations (our own sentences)."""

from __future__ import annotations

from test_eventness import code


def _coded(events):
    return [(e.trigger, e.cameo_code, e.plover_type, src, tgt) for e, src, tgt in events]


def test_an_order_to_delay_aid_is_the_halt_of_aid_by_the_one_who_orders(nlp):
    events = code(nlp, "Chilean President Luis Rojas ordered his staff to delay military aid to Peru on Monday.")
    assert [(c, p, s, t) for _, c, p, s, t in _coded(events)] == [("162", "SANCTION", "Luis Rojas", "Peru")]


def test_an_ordered_killing_is_the_killing_and_an_ordered_inquiry_stays_a_demand(nlp):
    events = code(nlp, "Chilean President Luis Rojas ordered the killing of Bolivian journalist Juan Mamani. "
                       "Peruvian President Ana Costa ordered an investigation against Bolivia on Tuesday.")
    assert [(c, s, t) for _, c, _, s, t in _coded(events)] == [
        ("180", "Luis Rojas", "Juan Mamani"), ("100", "Ana Costa", "Bolivia")]


def test_an_order_to_a_named_state_stays_a_demand(nlp):
    events = code(nlp, "Chilean President Luis Rojas ordered Peru to withdraw its troops on Monday.")
    assert [(c, s, t) for _, c, _, s, t in _coded(events)] == [("100", "Luis Rojas", "Peru")]


def test_an_order_about_a_thing_is_no_event(nlp):
    events = code(nlp, "Chilean President Luis Rojas ordered flags lowered to half staff on Monday. "
                       "Chilean President Luis Rojas ordered the arrest of Bolivian minister Juan Mamani on Tuesday.")
    assert [(t, c) for t, c, *_ in _coded(events)] == [("ordered", "173")]


def test_a_denial_that_something_happened_denies_responsibility(nlp):
    events = code(nlp, "Peru denied that it had attacked Chilean troops on Monday. "
                       "Bolivia denied Chile's request for talks on Tuesday.")
    assert [(c, s) for _, c, _, s, _ in _coded(events)] == [("016", "Peru"), ("120", "Bolivia")]


def test_opposition_is_disapproval(nlp):
    events = code(nlp, "Peru opposed the withdrawal of Chilean troops on Monday.")
    assert [(t, c, p, s) for t, c, p, s, _ in _coded(events)] == [("opposed", "110", "DISAPPROVE", "Peru")]


def test_what_someone_did_not_say_is_no_event(nlp):
    events = code(nlp, "Peruvian President Ana Costa did not say she had ordered the arrest of Juan Mamani. "
                       "Peru said it had arrested Chilean officer Juan Mamani.")
    assert [(t, c, s) for t, c, _, s, _ in _coded(events)] == [("arrested", "173", "Peru")]


def test_an_act_named_in_allegations_is_no_event(nlp):
    # the content of a claim noun is one side's version, not an act the text reports (round 14)
    events = code(nlp, "The inquiry concerns allegations that Chilean President Luis Rojas pressured Bolivian "
                       "President Juan Mamani on Monday. Peru arrested Chilean officer Ana Costa on Tuesday.")
    assert [(e.trigger, e.modality) for e, _, _ in events] == [("arrested", "asserted")]


def test_charging_a_person_is_the_legal_act_and_charging_that_is_an_accusation(nlp):
    events = code(nlp, "Peruvian prosecutors charged Chilean officer Juan Mamani on Monday. "
                       "Bolivia charged that Chile had violated the treaty on Tuesday.")
    assert [(t, c, p) for t, c, p, _, _ in _coded(events)] == [
        ("charged", "173", "COERCE"), ("charged", "112", "DISAPPROVE")]


def test_a_quoted_first_person_warning_is_asserted_a_quoted_past_act_claimed(nlp):
    events = code(nlp, '"We warn Peru against any new attack," Chilean President Luis Rojas said on Monday. '
                       '"We attacked Peru," Bolivian President Juan Mamani said on Tuesday.')
    assert [(e.trigger, e.cameo_code[:2], e.modality) for e, _, _ in events] == [
        ("warn", "13", "asserted"), ("attacked", "18", "claimed")]


def test_support_by_military_means_is_military_aid(nlp):
    events = code(nlp, "Saudi Arabia supported the Yemeni government by providing airstrikes in 2015. "
                       "Oman strongly supported the Yemeni government in 2016.")
    assert [(c, p, s, t) for _, c, p, s, t in _coded(events)] == [
        ("072", "AID", "Saudi Arabia", "Yemen"), ("051", "SUPPORT", "Oman", "Yemen")]


def test_we_must_is_the_speakers_resolve_not_a_demand(nlp):
    events = code(nlp, '"[W]e must leave the union by October," British Prime Minister Ana Costa said on Monday. '
                       '"Chile must withdraw its troops," Peruvian President Juan Mamani said on Monday.')
    assert [(e.trigger, e.cameo_code, s, t) for e, s, t in events] == [("must", "100", "Juan Mamani", "Chile")]


def test_a_person_retreating_to_a_place_is_no_military_retreat(nlp):
    events = code(nlp, "After the scandal, Peruvian President Ana Costa retreated to her ranch in Chile. "
                       "Chilean troops retreated from the Peruvian border on Monday.")
    assert [(e.trigger, e.cameo_code, s) for e, s, _ in events] == [("retreated", "0874", "Chilean troops")]


def test_opposing_a_bill_or_in_a_vote_is_a_rejection(nlp):
    events = code(nlp, "Peruvian senator Ana Costa opposed the Chilean trade bill on Monday. "
                       "Peru opposed the Chilean president's statement on Tuesday. "
                       "The resolution passed on Wednesday, and Peruvian senator Juan Mamani opposed it.")
    assert [(c, p) for _, c, p, _, _ in _coded(events)] == [
        ("120", "REJECT"), ("110", "DISAPPROVE"), ("120", "REJECT")]


def test_an_act_someone_believes_happened_is_claimed(nlp):
    events = code(nlp, "Peruvian intelligence agencies believe Chilean President Luis Rojas ordered the killing of "
                       "Bolivian journalist Juan Mamani. Peru arrested Chilean officer Ana Costa on Tuesday.")
    assert [(e.cameo_code, e.modality) for e, _, _ in events] == [("180", "claimed"), ("173", "asserted")]
