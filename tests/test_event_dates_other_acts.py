"""Dates that belong to another act than the event's: a year opening another party's sentence, the day an act
announced for later, and the sequel after "but" of another party.

Every sentence is written for this file (none is taken from a gold set).
"""

from __future__ import annotations

import datetime as dt

from conftest import dated_events, event_with

PUBLISHED = "2026-04-24"  # a Friday


def when(event: dict) -> tuple:
    return event["date"], event["precision"], event["basis"]


def test_a_year_opening_another_partys_sentence_does_not_date_the_next_act(nlp, registry):
    text = ("Only two mayors of Velka have been removed by the council. In 2011, Mayor Marek Novak was removed for "
            "fraud; the appeal against the decision also failed. A third mayor, Anna Berg, would have faced a vote "
            "but resigned before it.")
    events = dated_events(nlp, registry, text, PUBLISHED)
    resigned = event_with(events, "resigned")
    assert resigned["date"] != dt.date(2011, 1, 1)
    assert when(resigned) == (dt.date(2026, 4, 24), "unknown", "publication")


def test_a_year_opening_the_same_partys_sentence_still_dates_its_next_act(nlp, registry):
    text = ("Only two mayors of Velka have been removed by the council. In 2011, Mayor Marek Novak was removed for "
            "fraud. Novak resigned from the party soon after.")
    resigned = event_with(dated_events(nlp, registry, text, PUBLISHED), "resigned")
    assert when(resigned) == (dt.date(2011, 1, 1), "year", "explicit")


def test_an_act_announced_for_a_later_day_takes_no_day_of_another_sentence(nlp, registry):
    text = ("Governor Marek Novak of Ruritania announced his resignation late on Wednesday night in a video.\n\n"
            "Senator Anna Berg, the governor's deputy, also announced her resignation effective next Thursday, "
            "April 30.")
    events = dated_events(nlp, registry, text, PUBLISHED)
    assert when(event_with(events, "announced")) == (dt.date(2026, 4, 22), "day", "relative")
    deputy = event_with(events, "announced", 1)
    assert deputy["date"] not in (dt.date(2026, 4, 22), dt.date(2026, 4, 30))
    assert when(deputy) == (dt.date(2026, 4, 24), "unknown", "publication")


def test_an_act_followed_by_another_partys_sequel_after_but_lends_the_day_to_the_sequel_only(nlp, registry):
    text = ("On Monday, Judge Anna Berg issued a ruling against Governor Marek Novak of Ruritania. Novak sued "
            "the Velka city council to stop an inquiry, but Judge Berg dismissed the lawsuit.")
    events = dated_events(nlp, registry, text, PUBLISHED)
    assert when(event_with(events, "sued")) == (dt.date(2026, 4, 24), "unknown", "publication")
    assert when(event_with(events, "dismissed")) == (dt.date(2026, 4, 20), "day", "relative")


def test_a_year_opening_a_story_the_acts_party_is_named_in_still_dates_the_act(nlp, registry):
    text = ("In 2011, a blogger in Velka published a post about Senator Anna Berg. The post called her a thief.\n\n"
            "Berg sued the blogger for defamation and won.")
    sued = event_with(dated_events(nlp, registry, text, PUBLISHED), "sued")
    assert when(sued) == (dt.date(2011, 1, 1), "year", "explicit")


def test_but_inside_the_later_clause_is_no_sequel(nlp, registry):
    text = ("On Monday, the Velka council voted on two motions of Mayor Ivan Petrov. Councillor Marek Novak "
            "criticised Mayor Ivan Petrov, and Councillor Olga Kral voted for the first motion but against the "
            "second.")
    events = dated_events(nlp, registry, text, PUBLISHED)
    assert when(event_with(events, "criticised")) == (dt.date(2026, 4, 20), "day", "relative")


def test_a_violent_act_told_again_in_other_words_takes_the_month_it_was_first_told_in(nlp, registry):
    text = ("On Thursday, Senator Anna Berg spoke to reporters in Velka about the journalist Ivan Petrov.\n\n"
            "Petrov was murdered last October in a hotel in Velka. Prosecutors believe General Marek Novak ordered "
            "Petrov's killing.")
    ordered = event_with(dated_events(nlp, registry, text, PUBLISHED), "ordered")
    assert when(ordered) == (dt.date(2025, 10, 1), "month", "relative")


def test_a_month_told_of_a_noun_of_the_same_word_does_not_date_another_act(nlp, registry):
    text = ("On Friday, Senator Anna Berg criticised Mayor Ivan Petrov.\n\n"
            "Berg wants a record of a call between Petrov and General Marek Novak in late March. Berg also called "
            "on Novak to resign.")
    called = event_with(dated_events(nlp, registry, text, PUBLISHED), "called")
    assert called["date_text"] != "late March"
    assert when(called) == (dt.date(2026, 4, 24), "unknown", "publication")


def test_an_ing_clause_of_a_noun_is_told_at_the_time_of_its_clause(nlp, registry):
    text = ("On Thursday, the Supreme Court of Norway ruled in the case of Senator Anna Berg against the newspaper "
            "Dagbladet. The Oslo-based court issued a judgement favourable to the plaintiff, Anna Berg, a politician "
            "in Norway, ordering Dagbladet to remove an article from its website.")
    # (a permission, "allowing a lower court to ...", is the ruling's effect and is not coded: round 13)
    ordering = event_with(dated_events(nlp, registry, text, PUBLISHED), "ordering")
    assert when(ordering) == (dt.date(2026, 4, 23), "day", "relative")


def test_an_ing_clause_of_a_noun_is_no_background_but_a_relative_clause_is(nlp):
    from newscoder.extract.events.clause_time import _in_background_clause, _told_in_past

    doc = nlp("The court issued a ruling allowing a lower court to order Dagbladet to remove an article.")
    allowing = next(t for t in doc if t.text == "allowing")
    assert (allowing.dep_, allowing.tag_) == ("acl", "VBG")
    assert _told_in_past(allowing) and not _in_background_clause(allowing)
    doc = nlp("The court, which was founded in 1815, issued a ruling against Dagbladet.")
    founded = next(t for t in doc if t.text == "founded")
    assert _in_background_clause(founded)
