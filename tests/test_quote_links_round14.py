"""Quote speakers linked to the actor the article named (round 14 patterns; our own sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse
from conftest import speaker_names
from newscoder.extract.speaker_links import title_variants


def test_one_office_written_two_ways_is_the_same_holder(nlp):
    text = ("Valdoria's Foreign Secretary Ines Marroquin met the envoys on Tuesday. "
            "The foreign minister said that the border crossings would reopen within a week.")
    qs, actors = analyse(nlp, text)
    assert ("The foreign minister", "Ines Marroquin") in speaker_names(qs, actors)


def test_bare_minister_is_not_a_portfolio_secretary():
    assert title_variants("foreign minister") == ["foreign minister", "foreign secretary"]
    assert title_variants("minister") == ["minister"]
    assert "ceo" in title_variants("chief executive")


def test_deputy_of_the_office_is_not_its_holder(nlp):
    text = ("Valdoria's Deputy Foreign Secretary Ines Marroquin met the envoys on Tuesday. "
            "The foreign minister said that the border crossings would reopen within a week.")
    qs, actors = analyse(nlp, text)
    assert speaker_names(qs, actors) == [("The foreign minister", None)]


def test_opening_speech_verb_is_no_part_of_a_name(nlp):
    text = ("The salmon run grew this year. Remarked Foundation for Wild Rivers biologist Maren Osterholt, "
            "\"This is a gift from the rivers to everyone who cleaned them.\"")
    qs, actors = analyse(nlp, text)
    names = sorted(a.name for a in actors.actors)
    assert names == ["Foundation for Wild Rivers", "Maren Osterholt"]
    # the phrase ends in the person's name after her job: she speaks, not her employer
    assert speaker_names(qs, actors) == [("Foundation for Wild Rivers biologist Maren Osterholt", "Maren Osterholt")]


def test_past_tense_speech_verbs_are_told_from_names():
    from newscoder.extract.attribution import past_cue_form

    words = ("Remarked", "Said", "Added", "Noted", "Alfred", "Ahmed", "United", "Reed")
    assert [w for w in words if past_cue_form(w)] == ["Remarked", "Said", "Added", "Noted"]


def test_outlet_that_remarks_on_a_comment_is_not_its_speaker(nlp):
    text = ("Port chair Tomas Uribe commented on the closure \u2014 which the Gazette noted as a rare step for a "
            "chair \u2014 \"Whatever the reasons, it is plain that the aim of [closing the port] now would be to "
            "stop [the board] debating the budget and doing its duty.\"")
    qs, actors = analyse(nlp, text)
    assert speaker_names(qs, actors) == [("Port chair Tomas Uribe", "Tomas Uribe")]
    assert qs[0].quote_type == "direct" and qs[0].quote_text.startswith("Whatever the reasons")


def test_relative_clause_on_the_cue_is_not_its_content(nlp):
    text = "The mayor spoke about the delay, which the Gazette described as long. The bridge reopened in May."
    qs, actors = analyse(nlp, text)
    assert not any("which" in q.quote_text for q in qs)
    # a plain that-clause still reports
    qs, actors = analyse(nlp, "The Gazette noted that the bridge had reopened in May.")
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("the bridge had reopened in May", "The Gazette")]


def test_subject_after_a_speaking_to_clause_is_the_speaker(nlp):
    text = ("Speaking to Reuters, the president of the Valdorian Union for the Protection of Rivers, Ines "
            "Marroquin, said, \"We support the ban, but the timing makes no sense for the farmers who depend on "
            "the water.\"")
    qs, _ = analyse(nlp, text)
    assert [q.speaker_text for q in qs] == ["the president of the Valdorian Union for the Protection of Rivers"]
    assert qs[0].quote_text.startswith("We support the ban")


def test_present_tense_gloss_on_a_name_is_the_reporters(nlp):
    base = "The minister said the government would send grain to Valdoria, which {} in a border dispute with Borduria."
    qs, _ = analyse(nlp, base.format("is currently"))
    assert [q.quote_text for q in qs] == ["the government would send grain to Valdoria"]
    # in the tense of the report, the clause may be the minister's own: kept
    qs, _ = analyse(nlp, base.format("was"))
    assert [q.quote_text for q in qs] == ["the government would send grain to Valdoria, which was in a border "
                                          "dispute with Borduria"]


def test_outlet_describing_a_noun_in_quotation_marks_still_speaks(nlp):
    text = ("The protests grew. The bill would let the city extradite people to Borduria, whose courts the "
            "Gazette describes as \"marred by forced confessions and arbitrary detentions.\"")
    qs, actors = analyse(nlp, text)
    assert speaker_names(qs, actors) == [("the Gazette", "Gazette")]


def test_speech_verb_opening_a_paragraph_is_cut_from_the_speaker(nlp):
    text = ("The salmon run grew this year. Biologists were cautious.\n\n\nRemarked Center for Wild Rivers "
            "scientist Maren Osterholt, \"This is a gift from the rivers to everyone who cleaned them.\"")
    qs, actors = analyse(nlp, text)
    assert not any(a.name.startswith("Remarked") for a in actors.actors)
    assert [(q.speaker_text.split()[0], actors.get(q.speaker_key).name) for q in qs] == [("Center", "Maren Osterholt")]
