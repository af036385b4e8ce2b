"""Speakers of relative clauses, descriptions, decisions and narrated questions (our own sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse


def _actor_name(actors, key):
    actor = actors.get(key)
    return actor.name if actor is not None else None


def test_who_after_according_to_speaks_for_the_noun_it_follows(nlp):
    text = ("The fire started at 3 a.m., according to firefighters, who said the crew arrived ten minutes later. "
            "The storm hit at dawn, according to Reuters, who reported that roads were closed.")
    qs, actors = analyse(nlp, text)
    by_text = {q.quote_text: q for q in qs}
    assert by_text["the crew arrived ten minutes later"].speaker_text == "firefighters"
    roads = by_text["roads were closed"]
    assert roads.speaker_text == "Reuters"
    assert _actor_name(actors, roads.speaker_key) == "Reuters"


def test_a_place_in_a_description_is_not_the_speaker(nlp):
    text = ('"The ice is thinning fast," said study author Maria Lund. The Bergen professor added, '
            '"We need more data before the summer."')
    qs, actors = analyse(nlp, text)
    added = next(q for q in qs if q.cue == "added")
    assert added.speaker_text == "The Bergen professor"
    assert _actor_name(actors, added.speaker_key) == "Maria Lund"
    assert not any(a.name == "Bergen" and a.actor_type == "person" for a in actors.actors)


def test_a_description_followed_by_the_name_keeps_the_name(nlp):
    text = "Professor Dana Wu said the roof was new. The Harvard economist Jane Roe said prices rose."
    qs, actors = analyse(nlp, text)
    q = next(q for q in qs if q.quote_text == "prices rose")
    assert _actor_name(actors, q.speaker_key) == "Jane Roe"


def test_a_government_named_by_its_state_keeps_the_state(nlp):
    text = "The Norwegian government said the border would reopen on Monday."
    qs, actors = analyse(nlp, text)
    q = next(q for q in qs if q.cue == "said")
    assert q.speaker_text == "The Norwegian government"
    assert _actor_name(actors, q.speaker_key) == "Norway"


def test_a_description_with_no_one_named_before_stays_unlinked(nlp):
    text = 'The talks ended on Friday. The Oslo scientist said, "We need more data before the summer."'
    qs, actors = analyse(nlp, text)
    q = next(q for q in qs if q.cue == "said")
    assert q.speaker_text == "The Oslo scientist"
    assert q.speaker_key is None


def test_a_courts_decision_speaks_for_the_court_that_ruled(nlp):
    text = ('The High Court of Ruritania ruled on Tuesday that the tax was illegal. The summary of the judgment '
            'read in part: "The tax was imposed without the consent of parliament and is void."')
    qs, actors = analyse(nlp, text)
    q = next(q for q in qs if q.cue == "read")
    assert _actor_name(actors, q.speaker_key) == "High Court of Ruritania"


def test_a_decision_quoted_paragraphs_after_the_ruling_keeps_its_court(nlp):
    text = ('The Supreme Court of Ruritania ruled on Tuesday that the closure was unlawful.\n\n'
            'The summary of the judgment read in its opening part: "The advice was unlawful and of no effect. '
            'The order that followed it was also unlawful."')
    qs, actors = analyse(nlp, text)
    q = next(q for q in qs if q.cue == "read")
    assert q.speaker_text == "The summary of the judgment"
    assert _actor_name(actors, q.speaker_key) == "Supreme Court of Ruritania"


def test_a_paragraph_narrating_another_question_is_no_block_answer(nlp):
    text = ("The magazine asked Petrova whether the crabs could survive the winter:\n\n"
            "The magazine also asked Petrova how the new findings relate to older studies of the reef.")
    qs, _ = analyse(nlp, text)
    assert not any(q.quote_text.startswith("The magazine also asked") for q in qs)
    # the question itself is still reported, as the magazine's
    assert any(q.quote_text == "how the new findings relate to older studies of the reef" for q in qs)


def test_a_block_in_its_own_voice_after_a_colon_is_still_a_quote(nlp):
    text = ("The ministry rejected the claims on Monday:\n\n"
            "We reject the report entirely and we will publish every figure next week.")
    qs, _ = analyse(nlp, text)
    block = next(q for q in qs if q.quote_text.startswith("We reject"))
    assert block.speaker_text == "The ministry"


def test_a_block_whose_clause_holds_a_cue_is_still_a_quote(nlp):
    text = ("The judge rejected this argument:\n\n"
            "The immunity that the President claims has no basis in the law of this country.")
    qs, _ = analyse(nlp, text)
    block = next(q for q in qs if q.quote_text.startswith("The immunity"))
    assert block.speaker_text == "The judge"


def test_a_source_reported_by_a_paper_speaks_through_the_paper(nlp):
    text = "The Daily Courier reported a police source said the tenant moved in the day before the blast."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text, q.via_text) for q in qs] == [
        ("the tenant moved in the day before the blast", "a police source", "The Daily Courier")]
