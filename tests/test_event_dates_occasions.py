"""Event dates set by an occasion: the same appearance told again, an act placed after another occasion, and a
time clause the parser hangs on a noun.

Every sentence is written for this file (none is taken from a gold set).
"""

from __future__ import annotations

import datetime as dt

from conftest import dated_events, event_with


def code(nlp, registry, text: str, date: str) -> list[dict]:
    return dated_events(nlp, registry, text, date)


def one(events: list[dict], word: str) -> dict:
    return event_with(events, word)


def test_the_same_doer_at_the_same_occasion_takes_the_day_the_occasion_was_first_told(nlp, registry):
    # the lead is Friday's rally; the television appearance was Wednesday's, and the criticism on live television
    # by the same president is told of that appearance (the parser reads "live television Weber" as one name)
    text = ("On Friday, Ruritanian President Karl Weber promised at a rally in the capital to rebuild the old "
            "bridge.\n\n"
            "Earlier in the week, on Wednesday on live television, Weber said the bridge would be rebuilt within a "
            "year.\n\n"
            "Several engineers questioned the plan, saying the river bed was too soft for heavy pillars and that "
            "the cost had not been counted.\n\n"
            "Officials of the Velkan government said the bridge plan needed their approval, because the river "
            "forms the border between the two countries.\n\n"
            "On live television Weber also criticised the Velkan government for its tariffs on Ruritanian steel.")
    events = code(nlp, registry, text, "2026-03-15")
    assert (one(events, "promised")["date"], one(events, "promised")["date_text"]) == (dt.date(2026, 3, 13), "Friday")
    crit = one(events, "criticised")
    assert (crit["date"], crit["precision"], crit["date_text"]) == (dt.date(2026, 3, 11), "day", "Wednesday")


def test_an_act_after_an_occasion_the_lead_does_not_tell_is_not_given_the_leads_day(nlp, registry):
    text = ("Ruritanian President Karl Weber said on Sunday that his government was negotiating with Velkan "
            "leaders to reach a deal.\n\n"
            "After the general's fall, Weber warned the Velkan government to act soon or face consequences.")
    events = code(nlp, registry, text, "2026-03-17")
    assert one(events, "negotiating")["date"] == dt.date(2026, 3, 15)
    warned = one(events, "warned")
    assert (warned["date"], warned["precision"], warned["basis"]) == (dt.date(2026, 3, 17), "unknown", "publication")


def test_an_act_after_the_leads_own_occasion_keeps_the_leads_day(nlp, registry):
    text = ("On Sunday, Ruritanian President Karl Weber announced that his government would reach a deal with "
            "Velkan leaders.\n\n"
            "Following the announcement, Weber thanked his supporters.")
    thanked = one(code(nlp, registry, text, "2026-03-17"), "thanked")
    assert (thanked["date"], thanked["precision"], thanked["basis"]) == (dt.date(2026, 3, 15), "day", "lead")


def test_a_call_in_a_time_clause_of_a_quoted_statement_goes_on_with_the_leads_day(nlp, registry):
    # "after Weber spoke with Berg" hangs on the noun "statement": a clause of time, not a relative clause's
    # background; the quoted "tonight" is the statement's day as the writer counted it, not the call's
    text = ("Late on Sunday, Ruritanian President Karl Weber, in a statement read by his spokesman, announced that "
            "Ruritanian troops would leave the border region. The announcement came after Weber had a phone "
            "conversation with Velkan President Anna Berg.\n\n"
            "The opposition leader wrote on Twitter: \"The statement tonight after Weber spoke with Berg shows no "
            "understanding of the region.\"")
    spoke = one(code(nlp, registry, text, "2026-03-17"), "spoke")
    assert (spoke["date"], spoke["precision"], spoke["basis"]) == (dt.date(2026, 3, 15), "day", "lead")
