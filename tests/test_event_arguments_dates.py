"""Event targets read from syntax and event dates read from the sentence and its paragraph.

Every sentence is written for this file (none is taken from a gold set). A test that a value is NOT set also
asserts the event that must be there, with its source.
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
    """One dict per event: trigger, type, source and target (name, country), date, its basis and text."""
    article = make_article(text, date=FRIDAY)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    out = []
    for e in extract_events(doc, article, actors, extract_timex(doc, article), quotes):
        src, tgt = actors.get(e.source_key), actors.get(e.target_key)
        out.append({"trigger": e.trigger, "type": e.plover_type,
                    "source": src.name if src else None, "source_country": src.country_iso3 if src else None,
                    "target": tgt.name if tgt else None, "target_country": tgt.country_iso3 if tgt else None,
                    "date": e.event_date, "basis": e.date_basis, "date_text": e.date_text})
    return out


def one(events: list[dict], trigger_word: str) -> dict:
    found = [e for e in events if trigger_word in e["trigger"]]
    assert found, f"no event with trigger {trigger_word!r} in {events}"
    return found[0]


# ---------------------------------------------------------------- targets


def test_inquiry_into_a_persons_conduct_targets_the_person_not_the_country_of_his_title(nlp, registry):
    ev = one(code(nlp, registry, "Nancy Pelosi announced on Monday that she would launch an inquiry into the "
                                 "conduct of United States President Donald Trump."), "inquiry")
    assert ev["source"] == "Nancy Pelosi"
    assert ev["target"] == "Donald Trump"


def test_an_actor_two_prepositions_down_is_not_the_target(nlp, registry):
    """The letter's recipient is not whom the condemnation of its leak is aimed at."""
    ev = one(code(nlp, registry, "On Tuesday the White House condemned the leak of a letter sent by Joe Biden "
                                 "to Ukrainian President Volodymyr Zelensky."), "condemned")
    assert ev["source_country"] == "USA"
    assert ev["target"] is None


def test_threat_targets_the_party_whose_act_would_set_it_off(nlp, registry):
    ev = one(code(nlp, registry, "Russia threatened on Monday to halt the talks if the United States deploys new "
                                 "missiles."), "threatened")
    assert (ev["source_country"], ev["target_country"]) == ("RUS", "USA")


def test_country_a_rejected_offer_comes_from_is_the_target(nlp, registry):
    ev = one(code(nlp, registry, "The Pakistani government on Tuesday rejected an offer from India for direct "
                                 "talks."), "rejected")
    assert (ev["source_country"], ev["target_country"]) == ("PAK", "IND")


def test_counted_people_attacked_are_the_target_not_the_state_of_the_place(nlp, registry):
    ev = one(code(nlp, registry, "On Thursday, Ali Khan stabbed several people at a hall in London."), "stabbed")
    assert ev["source"] == "Ali Khan"
    assert ev["target"] is None  # "several people": no actor, and not the United Kingdom


def test_nationality_of_a_classifier_names_the_targets_country(nlp, registry):
    ev = one(code(nlp, registry, "Germany on Monday banned Iranian airline Mahan Air from flying in the "
                                 "country."), "banned")
    assert (ev["source_country"], ev["target_country"]) == ("DEU", "IRN")


def test_unnamed_armed_forces_of_a_country_act_for_its_state(nlp, registry):
    ev = one(code(nlp, registry, "British aircraft killed four Iraqis in an attack on a weapons depot in Basra."),
             "killed")
    assert (ev["source_country"], ev["target_country"]) == ("GBR", "IRQ")


def test_apposition_after_a_list_renames_its_last_item_not_a_second_party(nlp, registry):
    events = code(nlp, registry, "Officials and the Foreign Minister of Peru, Ana Costa, met Chilean President "
                                 "Luis Rojas on Monday.")
    ev = one(events, "met")
    assert ev["target"] == "Luis Rojas"
    assert all(e["target"] not in ("Ana Costa", "Foreign Minister of Peru") for e in events)


# ---------------------------------------------------------------- dates


def test_paragraph_day_carries_over_to_the_next_sentence(nlp, registry):
    events = code(nlp, registry, "On Thursday, Ali Khan stabbed two people in London. British police arrived and "
                                 "shot Ali Khan dead.")
    ev = one(events, "shot")
    assert ev["date"] == dt.date(2026, 2, 5)
    assert ev["date_text"] == "Thursday"


def test_no_carry_over_into_the_next_paragraph(nlp, registry):
    # (the story's lead is dated Monday: the paragraph before names another day, so no news peg applies either)
    events = code(nlp, registry, "Olaf Scholz arrived in France on Monday.\n\n"
                                 "Olaf Scholz met Emmanuel Macron in Paris on Tuesday.\n"
                                 "Olaf Scholz criticized Vladimir Putin.")
    assert one(events, "met")["date"] == dt.date(2026, 2, 3)
    ev = one(events, "criticized")
    assert (ev["date"], ev["basis"]) == (dt.date(2026, 2, 6), "publication")


def test_background_year_and_future_day_do_not_carry_over(nlp, registry):
    events = code(nlp, registry, "Acme Corporation was founded in 1830. Acme Corporation criticized Joe Biden.")
    assert one(events, "criticized")["basis"] == "publication"
    events = code(nlp, registry, "Olaf Scholz will meet Joe Biden on Friday. Olaf Scholz also criticized "
                                 "Vladimir Putin.")
    assert one(events, "meet")["date"] == dt.date(2026, 2, 6)
    assert one(events, "criticized")["basis"] == "publication"


def test_a_relative_clauses_date_does_not_carry_over(nlp, registry):
    events = code(nlp, registry, "Olaf Scholz, who took office on January 13, met Joe Biden. Olaf Scholz also "
                                 "criticized Vladimir Putin.")
    assert one(events, "met")["basis"] == "publication"
    ev = one(events, "criticized")
    assert (ev["target"], ev["basis"]) == ("Vladimir Putin", "publication")


def test_date_of_another_main_clause_of_the_sentence(nlp, registry):
    ev = one(code(nlp, registry, "That September, the movement launched; Greta Thunberg promised Sweden weekly "
                                 "protests."), "promised")
    assert ev["date"] == dt.date(2025, 9, 1)


def test_date_of_a_relative_clause_is_not_the_events(nlp, registry):
    ev = one(code(nlp, registry, "Olaf Scholz criticized the plan of Spain, which Joe Biden approved on Monday."),
             "criticized")
    assert ev["target_country"] == "ESP"
    assert ev["basis"] == "publication"


def test_that_same_day_is_the_date_told_just_before(nlp, registry):
    ev = one(code(nlp, registry, "The press asked Joe Biden about the plan on January 13. That same day, Olaf "
                                 "Scholz criticized Joe Biden."), "criticized")
    assert ev["date"] == dt.date(2026, 1, 13)
    assert ev["date_text"].lower() == "that same day"


def test_round_up_of_a_past_month_keeps_relative_days_inside_it(nlp, registry):
    text = "On Tuesday, Olaf Scholz criticized Vladimir Putin. Joe Biden met Emmanuel Macron on December 12."
    article = make_article(text, date=FRIDAY, title="Election diary, December 2025")
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    events = extract_events(doc, article, actors, extract_timex(doc, article), [])
    by_trigger = {e.trigger: e for e in events}
    # "Tuesday" counted from publication falls in February, after the month the round-up covers
    assert (by_trigger["criticized"].event_date, by_trigger["criticized"].date_precision) == (dt.date(2025, 12, 1),
                                                                                            "month")
    assert by_trigger["met"].event_date == dt.date(2025, 12, 12)


def test_with_and_a_participle_is_a_co_actor_not_the_target(nlp, registry):
    ev = one(code(nlp, registry, "Last week, Florida Governor Ron DeSantis criticised the new toll plan, with "
                                 "South Carolina Governor Henry McMaster following suit yesterday."), "criticised")
    assert ev["source"] == "Ron DeSantis"
    assert ev["target"] is None
    ev = one(code(nlp, registry, "Olaf Scholz signed a deal with Joe Biden, ending the dispute."), "signed")
    assert (ev["source"], ev["target"]) == ("Olaf Scholz", "Joe Biden")


def test_a_forecast_day_does_not_carry_over(nlp, registry):
    events = code(nlp, registry, "On Thursday, Ali Khan stabbed two people in London. A storm was forecast to "
                                 "reach the coast late on Monday. British police shot Ali Khan.")
    assert one(events, "stabbed")["date"] == dt.date(2026, 2, 5)
    # the forecast's Monday dates nothing past; it does not keep the act from the story's Thursday either
    shot = one(events, "shot")
    assert (shot["date"], shot["basis"]) == (dt.date(2026, 2, 5), "lead")


def test_a_reciprocal_act_keeps_its_with_partner_before_a_participle(nlp, registry):
    ev = one(code(nlp, registry, "Olaf Scholz proposed on Monday to hold talks with the president of Chile "
                                 "following the clashes."), "talks")
    assert (ev["source_country"], ev["target_country"]) == ("DEU", "CHL")


def test_date_of_a_participle_clause_is_its_own(nlp, registry):
    ev = one(code(nlp, registry, "Born in Lima on June 23, 1941, Ana Costa took her stepfather's name and met "
                                 "Luis Rojas when both were young."), "met")
    assert ev["target"] == "Luis Rojas"
    assert ev["basis"] == "publication"
    ev = one(code(nlp, registry, "When announcing the measure on Monday, Olaf Scholz called on Joe Biden to act."),
             "called")
    assert ev["date"] == dt.date(2026, 2, 2)


def test_that_month_counts_from_the_date_told_before(nlp, registry):
    text = "Greta Thunberg began her protest on August 20, 2018. That September, the movement launched."
    article = make_article(text, date=FRIDAY)
    values = {t.text: t.value for t in extract_timex(nlp(text), article)}
    assert values["September"] == "2018-09"


def test_a_party_inside_a_quotation_is_not_the_target_of_the_act_around_it(nlp, registry):
    # (not "defended his decision": defending one's own act is no verbal support, see test_event_senses_round13)
    ev = one(code(nlp, registry, 'Donald Trump defended the withdrawal on Monday: "If Turkey does anything wrong, '
                                 'I will destroy its economy."'), "defended")
    assert ev["source"] == "Donald Trump"
    assert ev["target"] is None
    ev = one(code(nlp, registry, 'Olaf Scholz criticized Joe Biden on Monday, calling the plan "a mistake".'),
             "criticized")
    assert ev["target"] == "Joe Biden"
    # a claim whose subject stands before the quotation marks
    ev = one(code(nlp, registry, 'Olaf Scholz alleged on Monday that Joe Biden had "betrayed the alliance".'),
             "alleged")
    assert ev["target"] == "Joe Biden"


def test_a_pronoun_opening_a_paragraph_goes_on_with_the_date_before(nlp, registry):
    events = code(nlp, registry, "The Foreign Ministry of Peru rejected the claims in a statement on Sunday.\n\n"
                                 "It added that it is willing to hold talks with Chile.\n\n"
                                 "Joe Biden criticized Olaf Scholz.")
    ev = one(events, "talks")
    assert ev["target_country"] == "CHL"
    assert ev["date"] == dt.date(2026, 2, 1)
    assert one(events, "criticized")["basis"] == "publication"  # a named subject starts afresh


def test_an_event_noun_in_a_past_sentence_takes_the_paragraphs_day(nlp, registry):
    events = code(nlp, registry, "On Thursday, Ali Khan stabbed two people in London. The arrest of Ali Khan by "
                                 "British police ended the attack.")
    ev = one(events, "arrest")
    assert (ev["source_country"], ev["target"]) == ("GBR", "Ali Khan")
    assert ev["date"] == dt.date(2026, 2, 5)


def test_some_years_ago_gives_no_date(nlp, registry):
    ev = one(code(nlp, registry, "Olaf Scholz criticized Joe Biden some years ago."), "criticized")
    assert ev["target"] == "Joe Biden"
    assert (ev["date"], ev["basis"], ev["date_text"]) == (None, "relative", "years ago")
