"""Which readings of a trigger are events, and with which CAMEO code (our own example sentences)."""

from __future__ import annotations

import re

from test_eventness import code, triggers


def test_an_act_in_someones_youth_is_biography(nlp):
    events = code(nlp, "Peruvian diplomat Ana Costa met Chilean President Luis Rojas as a teenager. "
                       "Ana Costa met Bolivian President Juan Mamani on Monday.")
    assert [(e.trigger, tgt) for e, _, tgt in events if e.plover_type == "CONSULT"] == [("met", "Juan Mamani")]


def test_a_device_does_not_act(nlp):
    events = code(nlp, "CCTV captured their arrival at the Peruvian embassy on Monday. "
                       "Chilean troops captured the Bolivian town of Oruro on Monday.")
    assert [(e.trigger, src) for e, src, _ in events] == [("captured", "Chile")] or \
        [e.trigger for e, _, _ in events].count("captured") == 1
    assert all(src != "CCTV" for _, src, _ in events)


def test_a_configured_thing_allows_nothing(nlp):
    events = code(nlp, "The servers were configured to allow public access. Peru allowed Chilean inspectors "
                       "into the mine on Monday.")
    assert "allow" not in triggers(events)
    assert "allowed" in triggers(events)


def test_support_for_a_policy_area_is_no_interaction(nlp):
    events = code(nlp, "Peruvian President Ana Costa supported education, healthcare and farming. "
                       "Ana Costa endorsed Chilean President Luis Rojas on Monday.")
    assert [(e.trigger, e.cameo_code, src, tgt) for e, src, tgt in events] == [
        ("endorsed", "051", "Ana Costa", "Luis Rojas")]


def test_a_condemned_act_is_the_condemnation(nlp):
    events = code(nlp, "Peru condemned the repression of Bolivian students by Chile on Monday.")
    assert [(e.cameo_code, src) for e, src, _ in events] == [("111", "Peru")]


def test_a_person_acting_on_their_own_state_is_no_interaction(nlp):
    events = code(nlp, "Peruvian President Ana Costa said that Peru must leave the pact by June. "
                       "Ana Costa said that Chile must leave the pact by June.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("100", "Ana Costa", "Chile")]


def test_a_state_of_emergency_with_nobody_restricted_is_administration(nlp):
    events = code(nlp, "Governor Ana Costa declared a state of emergency ahead of the storm on Monday. "
                       "Peru expelled the Chilean ambassador on Tuesday.")
    assert "declared a state of emergency" not in triggers(events)
    assert [(e.trigger, src) for e, src, _ in events] == [("expelled", "Peru")]


def test_a_clause_that_is_a_subject_is_what_is_judged(nlp):
    events = code(nlp, "Rejecting the Chilean offer was a mistake, Peru's foreign minister said. "
                       "Bolivia rejected the Chilean offer on Monday.")
    assert [(e.trigger, src, tgt) for e, src, tgt in events if e.plover_type == "REJECT"] == [
        ("rejected", "Bolivia", "Chile")]


def test_an_attack_with_drones_is_aerial(nlp):
    events = code(nlp, "The rebels said they had carried out the attack on Chile using ten drones. "
                       "Chilean troops attacked Bolivia on Monday.")
    codes = {e.trigger: e.cameo_code for e, _, _ in events}
    assert codes["carried out the attack"] == "195"
    assert codes["attacked"] == "190"


def test_a_person_shooting_is_an_assault_not_combat(nlp):
    events = code(nlp, "Gunman Luis Rojas shot two Peruvian police officers on Monday.")
    assert [(e.cameo_code, e.plover_type, src) for e, src, _ in events] == [("180", "ASSAULT", "Luis Rojas")]


def test_an_order_of_custody_is_a_detention(nlp):
    events = code(nlp, "Judge Ana Costa ordered Luis Rojas held in custody on Monday.")
    assert [(e.cameo_code, e.plover_type, src) for e, src, _ in events] == [("173", "COERCE", "Ana Costa")]


def test_a_massacre_is_a_mass_killing(nlp):
    events = code(nlp, "Chilean soldiers massacred Bolivian villagers on Monday.")
    assert [(e.cameo_code, e.plover_type) for e, _, _ in events] == [("202", "ASSAULT")]


def test_withdrawing_from_a_treaty_reduces_relations(nlp):
    events = code(nlp, "Peru withdrew from the fishing treaty with Chile on Monday.")
    assert [(e.cameo_code, e.plover_type, src, tgt) for e, src, tgt in events] == [
        ("160", "SANCTION", "Peru", "Chile")]


def test_the_events_page_lists_every_code_the_coder_can_emit():
    import csv
    from importlib import resources
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "docs" / "methodology-events.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(\d+)` \|", page, flags=re.M))
    data = resources.files("newscoder.data")
    with data.joinpath("event_lexicon.csv").open(encoding="utf-8") as f:
        codes = {r["cameo_code"] for r in csv.DictReader(f) if r["cameo_code"]}
    with data.joinpath("cameo_intent.csv").open(encoding="utf-8") as f:
        codes |= {r["intent_code"] for r in csv.DictReader(f)}
    with data.joinpath("cameo_refusal.csv").open(encoding="utf-8") as f:
        codes |= {r["refusal_code"] for r in csv.DictReader(f)}
    codes |= {"016", "072", "100", "112", "120", "173", "180", "190", "195"}  # the codes rules in cameo.py set
    from newscoder.extract.events import cameo_patterns

    dictionary = cameo_patterns.dictionary_codes()  # a clause coded by a PETRARCH2 pattern alone
    assert {"043", "057", "160"} <= dictionary and len(dictionary) > 90
    codes |= dictionary
    converse = cameo_patterns.converse_codes()  # the other side of a paired pattern ("[043:042]")
    assert "042" in converse
    codes |= converse
    received = cameo_patterns.received_codes()  # another party's act on the subject ("[:071]": received a loan)
    assert {"071", "111"} <= received
    codes |= received
    assert codes - listed == set()


def test_a_warning_of_floods_is_a_weather_notice(nlp):
    events = code(nlp, "Peru's weather service warned of flash floods on Monday. Peru warned Chile on Monday.")
    assert [(e.trigger, src, tgt) for e, src, tgt in events] == [("warned", "Peru", "Chile")]


def test_funding_a_search_is_no_aid_to_a_party(nlp):
    events = code(nlp, "The Peruvian airline has been funding extended searches for the wreck. "
                       "Peru sent aid to Bolivia on Monday.")
    assert [(e.plover_type, src, tgt) for e, src, tgt in events] == [("AID", "Peru", "Bolivia")]


def test_an_indirect_question_is_no_act(nlp):
    events = code(nlp, "Peru asked whether Chile would attack Bolivia. Chile attacked Bolivia on Monday.")
    assert [(e.trigger, src, tgt) for e, src, tgt in events if e.plover_type in ("ASSAULT", "FIGHT")] == [
        ("attacked", "Chile", "Bolivia")]


def test_a_habit_with_no_date_is_no_occurrence(nlp):
    events = code(nlp, "Peru had rarely allowed Chilean inspectors into the mines. "
                       "Peru allowed Chilean inspectors into the mines on Monday.")
    assert [(e.trigger, e.event_date.isoformat()) for e, _, _ in events] == [("allowed", "2026-02-02")]


def test_a_bare_participle_of_killing_names_no_doer(nlp):
    events = code(nlp, "Peruvian officials reported 150 Chilean soldiers killed in the fighting. "
                       "Bolivian troops killed 20 Chilean soldiers on Monday.")
    assert [(e.trigger, src) for e, src, _ in events if e.plover_type in ("ASSAULT", "FIGHT")] == [
        ("killed", "Bolivian troops")]


def test_a_clause_of_time_is_no_question(nlp):
    events = code(nlp, "When Chile attacked Bolivia in 1995, Peru protested.")
    assert ("attacked", "Chile", "Bolivia") in [(e.trigger, src, tgt) for e, src, tgt in events]


def test_suspending_a_parliament_is_a_restriction(nlp):
    events = code(nlp, "Chilean President Luis Rojas suspended the Parliament of Chile on Monday. "
                       "Peru suspended aid to Bolivia on Monday.")
    assert [(e.cameo_code, e.plover_type, tgt) for e, _, tgt in events] == [
        ("172", "COERCE", "Parliament of Chile"), ("162", "SANCTION", "Bolivia")]


def test_a_passive_inside_another_clause_has_no_doer_from_outside(nlp):
    events = code(nlp, "Ana Costa wept upon hearing her son had been convicted. "
                       "Peru said the Chilean envoy was expelled by Bolivia on Monday.")
    assert [(e.trigger, src) for e, src, _ in events] == [("expelled", "Bolivia")]


def test_a_small_clause_of_killing_names_no_doer(nlp):
    events = code(nlp, "Peruvian officials gave figures, with officials reporting 150 Chilean soldiers killed. "
                       "Bolivian troops killed 20 Chilean soldiers on Monday.")
    assert [(e.trigger, src) for e, src, _ in events if e.plover_type in ("ASSAULT", "FIGHT")] == [
        ("killed", "Bolivian troops")]


def test_killings_seen_by_an_event_have_no_doer(nlp):
    events = code(nlp, "The 1983 riots saw thousands of Bolivian villagers killed. "
                       "Chilean troops killed 20 Bolivian villagers on Monday.")
    assert [(e.trigger, src) for e, src, _ in events if e.plover_type in ("ASSAULT", "FIGHT")] == [
        ("killed", "Chilean troops")]


def test_a_claim_that_another_used_force_is_an_accusation(nlp):
    events = code(nlp, "Peru claimed that Chilean troops had shelled the border town on Monday. "
                       "Peru claimed victory in the vote.")
    assert [(e.trigger, e.cameo_code, e.plover_type, src, tgt) for e, src, tgt in events] == [
        ("claimed", "112", "DISAPPROVE", "Peru", "Chilean troops")]


def test_a_firefight_is_small_arms_fighting(nlp):
    events = code(nlp, "Bolivian rebels engaged Peruvian peacekeepers in a firefight on Saturday.")
    assert [(e.cameo_code, e.plover_type, src, tgt) for e, src, tgt in events] == [
        ("193", "FIGHT", "Bolivian rebels", "Peruvian peacekeepers")]
