"""Word senses by context and perfects that sum up a stretch of time (our own sentences)."""

from __future__ import annotations

from test_eventness import code


def _coded(events):
    return [(e.trigger, e.cameo_code, e.plover_type, src, tgt) for e, src, tgt in events]


def test_a_call_for_records_is_a_demand_and_a_call_for_talks_an_appeal(nlp):
    events = code(nlp, "On Monday, the Chilean Senate called for records of the contract from Peru. "
                       "On Tuesday, Bolivia called for talks with Peru.")
    found = [(c, p, s) for _, c, p, s, _ in _coded(events)]
    assert ("100", "DEMAND", "Chilean Senate") in found
    assert all(c != "100" for c, _, s in found if s == "Bolivia")
    assert any(s == "Bolivia" for _, _, s in found)


def test_support_given_as_airstrikes_is_military_aid(nlp):
    events = code(nlp, "In 2016, Chile began backing Peru in its war on the rebels, sending bombers to the "
                       "front. On Monday, Bolivia supported Peru's proposal.")
    found = [(c, p, s) for _, c, p, s, _ in _coded(events)]
    assert ("072", "AID", "Chile") in found
    assert all(c[:2] != "05" for c, _, s in found if s == "Chile")


def test_a_plan_of_force_told_by_someone_else_is_no_threat(nlp):
    events = code(nlp, "On Monday, the White House said Peru would occupy the northern provinces of Chile. "
                       "On Tuesday, Bolivia said it would invade Chile.")
    found = [(c, m, s) for (c, m, s) in ((e.cameo_code, e.modality, s) for e, s, _ in events)]
    assert any(c.startswith("13") and s == "Bolivia" for c, _, s in found)
    assert not any(c.startswith("13") and s == "Peru" for c, _, s in found)


def test_a_perfect_over_a_stretch_of_time_is_background(nlp):
    events = code(nlp, "Chile has tightened pressure on Peru since the coup in Bolivia. "
                       "On Monday, Chile imposed sanctions on Peru.")
    triggers = [t for t, *_ in _coded(events)]
    assert any("imposed" in t for t in triggers)
    assert not any("tightened" in t for t in triggers)
    events = code(nlp, "Chile has attacked Peru for weeks. On Monday, the court has sentenced Peru's minister "
                       "for ten years.")
    assert not any("attacked" in t for t, *_ in _coded(events))


def test_the_content_of_a_contested_claim_is_no_event(nlp):
    events = code(nlp, "On Monday, the lawyers for Peru argued Chilean President Luis Rojas had attacked Bolivia. "
                       "On Tuesday, Chile claimed it had attacked Bolivia. "
                       "The charge stems from allegations Ana Costa tried to pressure Bolivia.")
    found = [(t, s) for t, _, _, s, _ in _coded(events)]
    assert any(s == "Chile" and "attacked" in t for t, s in found)
    assert not any(s == "Luis Rojas" for _, s in found)
    assert not any("pressure" in t for t, _ in found)


def test_an_act_not_yet_done_is_no_refusal(nlp):
    events = code(nlp, "Peru has not yet agreed to the Chilean proposal. On Monday, Bolivia rejected the Chilean "
                       "proposal.")
    found = [(c, s) for _, c, _, s, _ in _coded(events)]
    assert ("120", "Bolivia") in found
    assert not any(s == "Peru" for _, s in found)


def test_a_conclusion_with_must_is_no_demand(nlp):
    events = code(nlp, 'Chilean minister Ana Costa said: "We think it must be related to the drought." '
                       'Peruvian minister Luis Rojas said: "Bolivia must withdraw its troops."')
    found = [(c, s, t) for _, c, _, s, t in _coded(events)]
    assert any(c.startswith("10") and t == "Bolivia" for c, _, t in found)
    assert not any(s == "Ana Costa" for _, s, _ in found)


def test_defending_ones_own_decision_is_no_verbal_support(nlp):
    events = code(nlp, "On Monday, Chile defended its decision to close the border. "
                       "On Tuesday, Bolivia defended Chile's decision.")
    found = [(c, s, t) for _, c, _, s, t in _coded(events)]
    assert any(c.startswith("05") and s == "Bolivia" for c, s, _ in found)
    assert not any(s == "Chile" and c.startswith("05") for c, s, _ in found)


def test_withdrawing_from_a_course_of_action_is_a_concession(nlp):
    events = code(nlp, "On Saturday, the Chilean Socialist Party pulled out of hosting the summit with Chilean "
                       "President Luis Rojas. On Sunday, Peru withdrew its troops from Bolivia.")
    found = [(c, s) for _, c, _, s, _ in _coded(events)]
    assert ("080", "Chilean Socialist Party") in found
    assert any(c.startswith("087") and s == "Peru" for c, s in found)
