"""Cues that report no statement, and the ends of a reported span (our own sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse


def test_according_to_a_recording_or_figures_is_no_attribution(nlp):
    text = ("The van turned left into the crowd at noon, according to security camera footage. Prices rose by 4% "
            "last year, according to official figures. The bridge will stay shut until May, according to the "
            "city's transport office.")
    qs, _ = analyse(nlp, text)
    speakers = [q.speaker_text for q in qs]
    assert "the city's transport office" in speakers  # a body that speaks is still a source
    assert not any("footage" in (s or "") or "figures" in (s or "") for s in speakers)
    assert not any("crowd" in q.quote_text or "Prices rose" in q.quote_text for q in qs)


def test_according_to_a_recording_and_a_speaker_keeps_the_attribution(nlp):
    text = "The guard fired twice before backup arrived, according to the videos and the Daily Courier."
    qs, _ = analyse(nlp, text)
    assert [q.quote_text for q in qs] == ["The guard fired twice before backup arrived"]


def test_a_standing_rule_calling_for_something_is_no_statement(nlp):
    text = ("Regional guidelines call for 3% of output to go to research. The minister called for an inquiry "
            "into the spending.")
    qs, _ = analyse(nlp, text)
    assert [(q.speaker_text, q.cue) for q in qs] == [("The minister", "called")]


def test_absolute_with_participle_is_background_not_an_appeal(nlp):
    text = ("With the union urging members to stop working overtime, the factory closed early on Monday. "
            "Later the union urged members to return to work on Tuesday.")
    qs, _ = analyse(nlp, text)
    assert [q.quote_text for q in qs] == ["return to work on Tuesday"]
    assert qs[0].speaker_text == "the union"


def test_absolute_with_saying_a_clause_still_reports_a_claim(nlp):
    text = "With officials saying the fire was under control, residents returned to their homes on Sunday."
    qs, _ = analyse(nlp, text)
    assert [q.quote_text for q in qs] == ["the fire was under control"]


def test_reported_span_ends_without_a_trailing_connective(nlp):
    text = ('The senator said the late judge was "a fair and patient man" and the governor noted his '
            '"decades of service" on Twitter.')
    qs, _ = analyse(nlp, text)
    first = qs[0]
    assert first.speaker_text == "The senator"
    assert first.quote_text == 'the late judge was "a fair and patient man"'
    assert "governor" not in first.quote_text  # the governor's words are not the senator's


def test_the_government_of_a_country_is_linked_to_the_country(nlp):
    text = ("Storms hit Fiji and Tonga on Monday. The government of Tonga said in a statement that schools "
            "would stay closed until Friday.")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("schools"))
    assert row.speaker_text == "The government of Tonga"
    assert actors.get(row.speaker_key).name == "Tonga"


def test_mixed_quote_starts_at_the_subject_outside_the_marks(nlp):
    text = ('The researchers wrote that bicycles "are four times cheaper to run than any small car in the '
            'city." The study was published on Monday.')
    qs, _ = analyse(nlp, text)
    assert [(q.quote_type, q.speaker_text) for q in qs] == [("mixed", "The researchers")]
    assert qs[0].quote_text == 'bicycles "are four times cheaper to run than any small car in the city."'


FIRST_ROLE = ("The festival closed on Sunday. Actress Maria Delgado, who starred in two of its films, looked "
              "back on her first role, when the studio was \"a tiny shed behind a garage.\"\n\n"
              "Tired of the small parts, {pronoun} left the company after a year. \"I did not train for ten "
              "years to hold a tray. I asked them for one scene with lines, and they laughed at me.\"")


def test_bare_quote_after_a_pronoun_subject_is_the_person_named_just_before(nlp):
    qs, actors = analyse(nlp, FIRST_ROLE.format(pronoun="she"))
    row = next(q for q in qs if q.quote_text.startswith("I did not train"))
    assert actors.get(row.speaker_key).name == "Maria Delgado"


def test_bare_quote_after_a_pronoun_of_the_other_sex_stays_without_speaker(nlp):
    qs, _ = analyse(nlp, FIRST_ROLE.format(pronoun="he"))
    row = next(q for q in qs if q.quote_text.startswith("I did not train"))
    assert row.speaker_text is None and row.speaker_key is None
    assert row.quote_type == "direct"  # still a quote, only its speaker is not clear


def test_frame_before_an_inverted_cue_is_not_part_of_the_quote(nlp):
    text = ('Minister Tom Reyes met the press on Monday. Speaking to reporters on the way out, he said, "It '
            'happened on my watch. I take the blame, because it happened on my watch."')
    qs, actors = analyse(nlp, text)
    assert [(q.quote_type, q.cue) for q in qs] == [("direct", "said")]
    assert qs[0].quote_text == "It happened on my watch. I take the blame, because it happened on my watch."
    assert actors.get(qs[0].speaker_key).name == "Tom Reyes"


def test_parenthetical_cue_keeps_the_time_phrase_of_the_content(nlp):
    text = "For some years, the director said, the new orders will keep the plant busy."
    qs, _ = analyse(nlp, text)
    assert len(qs) == 1 and qs[0].speaker_text == "the director"
    assert qs[0].quote_text.startswith("For some years") and qs[0].quote_text.endswith("the plant busy")


def test_absolute_with_describing_in_quotes_is_still_a_quote(nlp):
    text = ('Work stopped on Tuesday, with the minister describing the "real danger of another wall falling" '
            'at the site.')
    qs, _ = analyse(nlp, text)
    assert any("real danger" in q.quote_text and q.speaker_text == "the minister" for q in qs)
