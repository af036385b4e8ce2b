"""Event rules of round 2 (our own invented sentences): vague past times, the places of attacks named as
their subjects."""

from __future__ import annotations

import datetime as dt

from conftest import make_article
from newscoder.extract.events import code_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, text: str, date: str = "2031-05-20"):
    article = make_article(text, date=date)
    doc = nlp(text)
    actors = extract_actors(doc, article, None)
    coding = code_events(doc, article, actors, extract_timex(doc, article), extract_quotes(doc, article, actors))
    name = {a.key: a.name for a in coding.actors.actors}
    return {e.trigger: (e, name.get(e.source_key), name.get(e.target_key)) for e in coding.events}


def test_years_ago_and_previously_leave_the_day_unknown(nlp):
    events = code(nlp, "President Ana Costa of Brazil visited Argentina years ago. "
                       "Brazil previously expelled two Argentine diplomats. "
                       "Brazil expelled three Chilean diplomats on Monday.")
    visit = events["visited"][0]
    assert (visit.event_date, visit.date_precision, visit.date_text) == (None, "unknown", "years ago")
    dated = [e for e, _, _ in events.values() if e.trigger == "expelled" and e.date_text == "Monday"]
    assert [(e.event_date, e.date_precision) for e in dated] == [(dt.date(2031, 5, 19), "day")]


def test_an_undated_passive_past_is_not_dated_to_the_day_of_publication(nlp):
    events = code(nlp, "The Brazilian minister was arrested by federal police in Brasilia. "
                       "Brazil expelled three Chilean diplomats on Monday.")
    e, _, _ = events["arrested"]
    assert (e.event_date, e.date_precision, e.date_basis) == (dt.date(2031, 5, 20), "unknown", "publication")
    assert events["expelled"][0].date_precision == "day"


def test_a_town_naming_where_an_attack_happened_is_not_its_source(nlp):
    events = code(nlp, "A Rosario car bombing killed six Argentine soldiers. "
                       "Brazil expelled three Chilean diplomats on Monday.")
    assert "killed" not in events  # nobody named did it: no source, no event
    assert events["expelled"][1:] == ("Brazil", "Chilean diplomats")



def test_a_place_is_not_the_target_when_the_act_names_whom_it_affects(nlp):
    events = code(nlp, "Brazilian police arrested nine men in Argentina on Monday. "
                       "Peru lifted a curfew in Bolivia on Monday.")
    assert events["lifted a curfew"][1:] == ("Peru", "Bolivia")  # a measure in a place: that place's state
    e, src, tgt = events["arrested"]
    assert (e.cameo_code, src, tgt) == ("173", "Brazilian police", None)  # the nine men, not Argentina


def test_a_speech_act_made_in_a_place_is_not_aimed_at_its_state(nlp):
    events = code(nlp, "Ana Costa complained loudly in Argentina on Monday. "
                       "Peru lifted a curfew in Bolivia on Monday.")
    e, src, tgt = events["complained"]
    assert (e.cameo_code[:2], src, tgt) == ("11", "Costa", None)
    assert events["lifted a curfew"][1:] == ("Peru", "Bolivia")



def test_an_act_between_two_private_people_is_not_coded(nlp):
    events = code(nlp, "Tom Reyes sued Lia Park on Monday. Guitarist Tom Reyes collaborated with singer Lia Park. "
                       "Peruvian President Ana Costa met Chilean President Luis Vera on Monday.")
    assert sorted(events) == ["met"]
    assert events["met"][1:] == ("Ana Costa", "Luis Vera")


def test_a_negated_simple_present_is_a_standing_position(nlp):
    events = code(nlp, "Brazil does not support the Chilean government. Chile and Peru do not cooperate with Bolivia. "
                       "Brazil criticized the Peruvian government on Monday.")
    assert sorted(events) == ["criticized"]
    assert events["criticized"][1:] == ("Brazil", "Peru")


def test_a_list_read_as_an_apposition_is_still_a_list_of_parties(nlp):
    events = code(nlp, "The US, Peru, and Chile met on Monday.")
    e = events["met"][0]
    assert e.cameo_code == "040"
    article = make_article("The US, Peru, and Chile met on Monday.", date="2031-05-20")
    doc = nlp(article.text)
    actors = extract_actors(doc, article, None)
    coding = code_events(doc, article, actors, extract_timex(doc, article), extract_quotes(doc, article, actors))
    name = {a.key: a.name for a in coding.actors.actors}
    pairs = {(name.get(x.source_key), name.get(x.target_key)) for x in coding.events}
    assert ("Peru", "Chile") in pairs and ("United States", "Chile") in pairs and len(pairs) == 6


def test_attacking_an_inquiry_as_something_is_criticism_not_violence(nlp):
    coded = code_all(nlp, "President Ana Costa of Peru attacked the Chilean inquiry as a farce on Monday. "
                          "Peruvian rebels attacked a Chilean army base on Tuesday.")
    assert [(e.cameo_code, e.plover_type, e.date_text) for e in coded] == [
        ("111", "DISAPPROVE", "Monday"), ("180", "ASSAULT", "Tuesday")]


def code_all(nlp, text: str, date: str = "2031-05-20"):
    article = make_article(text, date=date)
    doc = nlp(text)
    actors = extract_actors(doc, article, None)
    return code_events(doc, article, actors, extract_timex(doc, article), extract_quotes(doc, article, actors)).events


def test_a_passive_conjunct_shares_its_partners_subject_as_the_one_acted_on(nlp):
    events = code(nlp, "Peru expelled three Chilean diplomats on Monday and was condemned by Chile.")
    assert events["expelled"][1:] == ("Peru", "Chilean diplomats")
    assert events["condemned"][1:] == ("Chile", "Peru")
    coded = code_all(nlp, "Peruvian opposition leader Ana Costa founded a new party but was arrested by Peruvian "
                          "police on Monday.")
    assert [(e.trigger, e.cameo_code) for e in coded] == [("arrested", "173")]


def test_what_a_bill_would_allow_is_not_an_event(nlp):
    text = ("Protests began after Peru proposed a bill that would have allowed Chile to extradite Peruvian dissidents. "
            "Peru proposed an amendment to allow Chile to arrest Peruvian dissidents. "
            "Chile extradited two Peruvian dissidents on Monday.")
    coded = code_all(nlp, text)
    assert [(e.trigger, e.cameo_code, e.date_text) for e in coded] == [("extradited", "063", "Monday")]


def test_an_event_is_published_only_with_a_known_doer(nlp):
    # who acted is the first thing a reader checks: a passive with no agent, or a doer the text leaves
    # unnamed, gives no row; the same act with a named doer does
    text = ("Two Peruvian diplomats were expelled on Monday. "
            "Chile expelled three Bolivian diplomats on Tuesday. "
            "Someone attacked the Peruvian consulate in Arica on Wednesday.")
    article = make_article(text, date="2031-05-20")
    doc = nlp(text)
    actors = extract_actors(doc, article, None)
    coding = code_events(doc, article, actors, extract_timex(doc, article), extract_quotes(doc, article, actors))
    name = {a.key: a.name for a in coding.actors.actors}
    assert [(e.trigger, name.get(e.source_key), e.date_text) for e in coding.events] == [
        ("expelled", "Chile", "Tuesday")]
