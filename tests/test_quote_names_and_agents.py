"""Speakers that cannot speak and quotations that are names (our own sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse


def test_a_participle_on_a_passive_with_an_abstract_subject_speaks_for_the_agent(nlp):
    text = ("Budget consequences for the city's schools were described by Mayor Ann Lee as a \"heavy burden\", "
            "saying she plans to raise taxes next spring.")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text == "she plans to raise taxes next spring")
    assert row.speaker_text == "Mayor Ann Lee"
    assert actors.get(row.speaker_key).name == "Ann Lee"


def test_a_participle_on_a_passive_with_a_person_subject_keeps_the_subject(nlp):
    text = "His daughter was interviewed by the Daily Courier, saying she had not heard from him since May."
    qs, _ = analyse(nlp, text)
    assert [(q.speaker_text, q.quote_text) for q in qs] == [
        ("His daughter", "she had not heard from him since May")]


def test_a_quoted_charity_name_after_of_is_no_quote(nlp):
    text = ("Jane Roe of \"Never walk alone\", a support charity for victims, told Reuters \"it looks as if the "
            "letter was written before anyone read the report\".")
    qs, _ = analyse(nlp, text)
    texts = [q.quote_text for q in qs]
    assert "it looks as if the letter was written before anyone read the report" in texts
    assert "Never walk alone" not in texts


def test_a_quoted_campaign_name_in_apposition_or_after_a_preposition_is_no_quote(nlp):
    text = ("Tom Reed, who runs \"Feed every child\", a school meals campaign, said the plan would fail. "
            "Supporters of \"Leave means leave\" marched on Saturday. Lee said \"we will keep marching\".")
    qs, _ = analyse(nlp, text)
    assert sorted((q.speaker_text, q.quote_text) for q in qs) == [
        ("Lee", "we will keep marching"), ("Tom Reed", "the plan would fail")]


def test_a_capitalised_quotation_punctuated_as_speech_stays_a_quote(nlp):
    text = "\"We will win\", a spokesman for the union said on Monday."
    qs, _ = analyse(nlp, text)
    assert [q.quote_text for q in qs] == ["We will win"]


def test_an_outlet_reporting_a_speakers_own_quote_is_only_the_relay(nlp):
    text = ("The Daily Courier reported the dispatcher said \"there is no way to get them off the boat\". "
            "According to the Evening Post, the pilot told the crew \"get back on board and unlock the door\".")
    qs, _ = analyse(nlp, text)
    assert [(q.speaker_text, q.via_text, q.quote_text) for q in qs] == [
        ("the dispatcher", "The Daily Courier", "there is no way to get them off the boat"),
        ("the pilot", "the Evening Post", "get back on board and unlock the door")]


def test_an_outlet_reporting_its_own_quote_keeps_it(nlp):
    text = "The Daily Courier reported that \"the bridge will stay shut until the spring thaw\"."
    qs, _ = analyse(nlp, text)
    assert [(q.speaker_text, q.via_text) for q in qs] == [("The Daily Courier", None)]


def test_the_researchers_stand_for_the_one_research_group_named_before(nlp):
    text = ("On Monday, scientists from the University of Northfield published a study of river otters. "
            "The researchers said the otters had returned to every stream in the valley.")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("the otters"))
    assert row.speaker_text == "The researchers"
    assert actors.get(row.speaker_key).name == "scientists of University of Northfield"


def test_the_researchers_stay_unlinked_when_two_groups_were_named(nlp):
    text = ("Scientists from the University of Northfield and researchers from the Lakeside Institute studied "
            "otters in two valleys. The researchers said the otters had returned to every stream.")
    qs, _ = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("the otters"))
    assert row.speaker_text == "The researchers"
    assert row.speaker_key is None
