"""Event arguments, round 3: who is acted on in reduced passives, targets named by an act noun, a protest's
place or demand, co-signers, modality of scheduled and spliced clauses, and dates of historical acts.

Every sentence is written for this file (none is taken from a gold set or the corpus). A test that a value is
NOT set also asserts what must be found in the same text.
"""

from __future__ import annotations

import datetime as dt

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex

FRIDAY = "2026-02-06"  # the publication date of every article here (a Friday)



def code(nlp, registry, text: str) -> list[dict]:
    article = make_article(text, date=FRIDAY)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    out = []
    for e in extract_events(doc, article, actors, extract_timex(doc, article), quotes):
        src, tgt = actors.get(e.source_key), actors.get(e.target_key)
        out.append({"trigger": e.trigger, "type": e.plover_type, "modality": e.modality,
                    "source": src.name if src else None, "source_country": src.country_iso3 if src else None,
                    "target": tgt.name if tgt else None, "target_country": tgt.country_iso3 if tgt else None,
                    "date": e.event_date, "precision": e.date_precision, "basis": e.date_basis})
    return out


def one(events: list[dict], trigger_word: str) -> dict:
    found = [e for e in events if trigger_word in e["trigger"]]
    assert found, f"no event with trigger {trigger_word!r} in {events}"
    return found[0]


# ---------------------------------------------------------------- who acts, who is acted on


def test_a_reduced_passive_does_not_make_the_one_charged_the_source(nlp, registry):
    events = code(nlp, registry, "Police in Oslo arrested Lars Berg on Monday. Berg appeared in court on "
                                 "Tuesday, charged with murder.")
    assert one(events, "arrested")["target"] == "Lars Berg"
    assert all(e["source"] != "Lars Berg" for e in events)


def test_of_two_subjects_the_one_nearest_the_verb_is_its_source(nlp, registry):
    events = code(nlp, registry, "The bill passed along party lines, with 231 Liberals supporting the bill, and "
                                 "194 Conservatives opposing it; two Liberals opposed, and one independent supported.")
    assert one(events, "supporting")["source"] == "Liberals"
    assert not any(e["trigger"] == "opposed" and e["source"] == "Conservatives" for e in events)


def test_a_common_noun_given_a_name_is_the_target(nlp, registry):
    ev = one(code(nlp, registry, "Police arrested a man identified as Tom Bell in Oslo on Monday."), "arrested")
    assert (ev["source_country"], ev["target"]) == ("NOR", "Tom Bell")


def test_a_definite_act_noun_targets_whoever_did_the_act(nlp, registry):
    events = code(nlp, registry, "On Sunday, the United States withdrew its troops from the region. Norway "
                                 "criticized the withdrawal.")
    ev = one(events, "criticized")
    assert (ev["source"], ev["target"]) == ("Norway", "United States")


def test_an_act_noun_that_says_whose_act_it_is_is_not_sent_back(nlp, registry):
    events = code(nlp, registry, "Chile's president decided to close the border. Senator Ana Costa criticized "
                                 "the decision of the court on Twitter.")
    ev = one(events, "criticized")
    assert ev["source"] == "Ana Costa"
    assert ev["target"] != "Chile"


def test_a_protest_outside_a_body_targets_it(nlp, registry):
    ev = one(code(nlp, registry, "Olga Berg protested outside the Norwegian Parliament on Friday."), "protested")
    assert (ev["source"], ev["target"], ev["target_country"]) == ("Olga Berg", "Norwegian Parliament", "NOR")


def test_a_protest_to_demand_a_resignation_targets_the_one_asked_to_go(nlp, registry):
    ev = one(code(nlp, registry, "Farmers protested on Monday to demand the dismissal of Peruvian "
                                 "President Ana Costa."), "protested")
    assert ev["type"] == "PROTEST"
    assert ev["target"] == "Ana Costa"


def test_co_signers_of_a_named_agreement_are_not_each_others_target(nlp, registry):
    named = code(nlp, registry, "Ana Costa and Tom Bell signed the Pacific Free Trade Area agreement on Sunday.")
    assert named and all(e["target"] not in ("Ana Costa", "Tom Bell") for e in named)
    plain = code(nlp, registry, "Norway and Sweden signed a treaty on Sunday.")
    assert {(e["source"], e["target"]) for e in plain} == {("Norway", "Sweden"), ("Sweden", "Norway")}


# ---------------------------------------------------------------- countries


def test_the_nationality_of_a_party_noun_gives_the_target_country(nlp, registry):
    ev = one(code(nlp, registry, "Peru is investigating alleged abuses by Chilean soldiers."), "investigating")
    assert (ev["source"], ev["target_country"]) == ("Peru", "CHL")


def test_an_unnamed_group_takes_the_country_of_the_place_it_is_acted_on_in(nlp, registry):
    ev = one(code(nlp, registry, "Chilean soldiers killed three villagers in a raid in northern Peru on Friday."),
             "killed")
    assert (ev["source_country"], ev["target"], ev["target_country"]) == ("CHL", "villagers", "PER")


# ---------------------------------------------------------------- modality


def test_is_to_step_down_is_planned(nlp, registry):
    ev = one(code(nlp, registry, "Prime Minister Erna Solberg is to step down today, her office said."), "step")
    assert ev["source"] == "Erna Solberg"
    assert ev["modality"] == "planned"


def test_a_tensed_conjunct_of_an_infinitive_is_not_planned(nlp, registry):
    ev = one(code(nlp, registry, "Governor Jane Hill said she has arranged for troops to be ready and has "
                                 "requested President Tom Black declare an emergency."), "requested")
    assert (ev["source"], ev["target"]) == ("Jane Hill", "Tom Black")
    assert ev["modality"] == "claimed"  # reported by "said", done already: not a plan


def test_a_denial_the_article_states_is_asserted_despite_a_spliced_however_clause(nlp, registry):
    ev = one(code(nlp, registry, "Norway initially denied all claims that the journalist was killed, however, a "
                                 "UN report concluded that he was murdered."), "denied")
    assert ev["source"] == "Norway"
    assert ev["modality"] == "asserted"


# ---------------------------------------------------------------- dates


def test_a_past_act_takes_the_older_month_its_paragraph_names(nlp, registry):
    ev = one(code(nlp, registry, "Olga Berg, a politician in Oslo, protested against the war. She was arrested "
                                 "in March 1968."), "protested")
    assert (ev["date"], ev["precision"], ev["basis"]) == (dt.date(1968, 3, 1), "month", "explicit")


def test_a_bare_older_year_of_another_sentence_does_not_date_an_act(nlp, registry):
    ev = one(code(nlp, registry, "Olga Berg was elected mayor in 2015. She criticised the government."),
             "criticised")
    assert ev["source"] == "Olga Berg"
    assert (ev["date"], ev["precision"], ev["basis"]) == (dt.date(2026, 2, 6), "unknown", "publication")


def test_the_clause_date_of_the_sentence_before_carries_over_not_a_noun_date(nlp, registry):
    ev = one(code(nlp, registry, "Tom Bell appeared in Oslo District Court yesterday, charged over a shooting in "
                                 "Bergen on Friday. Judge Ann Lee ordered Bell held in custody."), "ordered")
    assert ev["source"] == "Ann Lee"
    assert (ev["date"], ev["basis"]) == (dt.date(2026, 2, 5), "relative")


def test_a_pluperfect_act_takes_no_carried_over_date(nlp, registry):
    ev = one(code(nlp, registry, "Last week, the newspaper published a record of a call made by the president "
                                 "late last July. Shortly before the call, Tom Bell had ordered his staff to "
                                 "arrest Ana Costa."), "ordered")
    assert ev["source"] == "Tom Bell"
    assert ev["basis"] == "publication" and ev["precision"] == "unknown"


def test_a_participle_after_see_makes_its_subject_the_one_acted_on(nlp, registry):
    events = code(nlp, registry, "Police in Oslo arrested Lars Berg on Monday. The purge saw hundreds of Sami "
                                 "killed.")
    assert one(events, "arrested")["target"] == "Lars Berg"
    assert all(e["source"] != "Sami" for e in events)


def test_an_act_told_again_takes_the_day_of_its_first_telling(nlp, registry):
    events = code(nlp, registry, "Thousands of people marched in Oslo on Saturday against the new tax law.\n\n"
                                 "Protesters, carrying placards, marched from the palace to the Norwegian Parliament.")
    ev = one(events, "marched")
    assert ev["target"] == "Norwegian Parliament"
    assert (ev["date"], ev["basis"]) == (dt.date(2026, 1, 31), "relative")


def test_the_act_noun_not_a_light_verb_links_a_retelling(nlp, registry):
    told = code(nlp, registry, "The rebels launched a drone attack yesterday on refineries of Statoil in Bergen.\n\n"
                               "A rebel spokesman said the rebels had carried out the attack using ten drones.")
    assert one(told, "carried out the attack")["date"] == dt.date(2026, 2, 5)
    assert one(told, "launched")["source_country"] is None  # attackers are not of the place they strike
    other = code(nlp, registry, "Police carried out raids in Oslo on Monday.\n\n"
                                "A rebel spokesman said the rebels had carried out the attack using ten drones.")
    assert one(other, "raids")["date"] == dt.date(2026, 2, 2)
    assert one(other, "carried out the attack")["basis"] == "publication"


def test_a_first_telling_in_reported_speech_dates_the_retold_act(nlp, registry):
    events = code(nlp, registry, "Organisers said about ten thousand people marched in Oslo on Saturday against "
                                 "the tax law.\n\nProtesters, carrying flags, marched from the palace to the "
                                 "Norwegian Parliament.")
    ev = [e for e in events if e["target"] == "Norwegian Parliament"]
    assert ev and (ev[0]["date"], ev[0]["basis"]) == (dt.date(2026, 1, 31), "relative")
