"""Speaker finding from the quote's own sentence and paragraph (our own sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse


def test_bare_quote_after_narration_about_one_person_is_theirs(nlp):
    text = ("The festival opened on Friday with a parade. Veteran actor Marcus Delgado talked about how his career "
            "had been overlooked \"for decades.\" During the opening night, \"I felt like a guest at my own party. "
            "Nobody had asked me to carry a show before, and now I lead one.\"")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("I felt like a guest"))
    assert row.speaker_text == "Veteran actor Marcus Delgado"
    assert actors.get(row.speaker_key).name == "Marcus Delgado"


def test_bare_quote_after_narration_about_two_people_stays_without_speaker(nlp):
    text = ("The festival opened on Friday. Marcus Delgado and Ines Ferreira talked about how their careers had "
            "been overlooked \"for decades.\" During the opening night, \"I felt like a guest at my own party. "
            "Nobody had asked me to carry a show before, and now I lead one.\"")
    qs, _ = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("I felt like a guest"))
    assert row.quote_type == "direct" and row.speaker_text is None


def test_people_inside_the_subjects_own_description_are_no_other_speaker(nlp):
    text = ("The council voted to close the bridge on Monday.\n\nMaria Okafor, who was Daniel Reyes's deputy "
            "until June, also criticised the vote in a speech. \"The bridge carries ten thousand cars a day and "
            "nobody asked the people who drive over it.\"")
    qs, actors = analyse(nlp, text)
    assert [(q.speaker_text, actors.get(q.speaker_key).name) for q in qs] == [("Maria Okafor", "Maria Okafor")]
    # a second person outside the subject's description leaves the quote without a speaker
    text = ("The council voted to close the bridge on Monday.\n\nMaria Okafor met Daniel Reyes on Monday. "
            "\"The bridge carries ten thousand cars a day and nobody asked the people who drive over it.\"")
    qs, _ = analyse(nlp, text)
    assert [(q.quote_type, q.speaker_text) for q in qs] == [("direct", None)]


def test_according_to_opening_the_sentence_beats_a_participle_cue_inside_it(nlp):
    text = ("The letter was posted to a forum. According to prosecutor Dana Whitlock, the letter if drafted by the "
            "accused would help the prosecution: \"What matters most is the plan it lays out, step by step, weeks "
            "before the fire.\"")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("What matters most"))
    assert (row.speaker_text, row.cue) == ("prosecutor Dana Whitlock", "According to")
    assert actors.get(row.speaker_key).name == "Dana Whitlock"


def test_called_on_is_a_request_cue_in_the_quotes_own_sentence(nlp):
    text = ("The city council approved the budget. Officials said the docks would stay open. The Harbour "
            "Authority called on cyclists to \"keep clear of the loading bays and wear bright clothing after dark.\"")
    qs, _ = analyse(nlp, text)
    assert [(q.quote_type, q.speaker_text, q.cue) for q in qs] == [
        ("indirect", "Officials", "said"), ("direct", "The Harbour Authority", "called")]


def test_quoted_addressees_of_an_appeal_are_the_appealing_speakers_words(nlp):
    text = ("The storm hit the coast on Sunday. When announcing the closures on Monday, Mayor Sandra Okonjo called "
            "on \"shop owners, school heads, church leaders, village chiefs and the heads of every sports club in "
            "the district\" to keep their doors shut.")
    qs, actors = analyse(nlp, text)
    assert [(q.quote_type, q.speaker_text, q.cue, actors.get(q.speaker_key).name) for q in qs] == [
        ("direct", "Mayor Sandra Okonjo", "called", "Sandra Okonjo"),
        ("indirect", "Mayor Sandra Okonjo", "called", "Sandra Okonjo")]
    assert qs[0].quote_text.startswith("shop owners, school heads")


def test_a_cited_quote_is_its_authors_words_relayed_by_the_citer(nlp):
    text = ("Coach Maria Okafor spoke after the match. She repeated Vince Lombardi's quote, \"winning is not "
            "everything, but wanting to win is, and we wanted it more than anyone today.\"")
    qs, actors = analyse(nlp, text)
    assert [(q.speaker_text, actors.get(q.speaker_key).name, q.via_text, actors.get(q.via_key).name)
            for q in qs] == [("Vince Lombardi", "Vince Lombardi", "She", "Maria Okafor")]
    # a quote with no named author before it stays the citer's
    text = ("Coach Maria Okafor spoke after the match. She repeated her words, \"winning is not everything, but "
            "wanting to win is, and we wanted it more than anyone today.\"")
    qs, actors = analyse(nlp, text)
    assert [(q.speaker_text, actors.get(q.speaker_key).name, q.via_text) for q in qs] == [
        ("She", "Maria Okafor", None)]


def test_time_phrase_opening_the_complement_dates_the_saying(nlp):
    qs, _ = analyse(nlp, "Premier Jane Holm told a briefing in the capital last night the school year "
                         "would start a week later.")
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("the school year would start a week later", "Premier Jane Holm")]


def test_a_day_owning_the_subject_stays_in_the_content(nlp):
    qs, _ = analyse(nlp, "The mayor said Monday's vote was rigged.")
    assert [q.quote_text for q in qs] == ["Monday's vote was rigged"]


def test_a_list_item_after_the_reported_clause_stays_in_the_content(nlp):
    text = ("The count changed twice. Inspector Lu later stated 12 hikers were rescued, as were four "
            "from the Mountain Guard, and three each from the Red Cross and the Forest Service. The search ended.")
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("12 hikers were rescued, as were four from the Mountain Guard, and three each from the Red Cross "
         "and the Forest Service", "Inspector Lu")]


def test_trailing_according_to_is_the_second_hand_source_of_the_inner_attribution(nlp):
    qs, actors = analyse(nlp, "Health Minister Olga Petrov has said she is not interested in the post, "
                              "according to Reuters.")
    assert [(q.quote_text, q.speaker_text, q.cue, q.via_text) for q in qs] == [
        ("she is not interested in the post", "Health Minister Olga Petrov", "said", "Reuters")]
    assert actors.get(qs[0].via_key).name == "Reuters"


def test_colon_frame_after_a_long_lead_in_hung_on_the_quotations_verb(nlp):
    text = ("The plant was funded by the province. The new governor of the province, Ivan Sorokin, during his "
            "address to the regional assembly read out on May 3, proposed to broaden the economy, cutting the "
            "reliance on timber and promoting river tourism: \"Our exports of finished goods have nearly reached "
            "a billion dollars. Next year this must come first.\"")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("Our exports"))
    assert (row.speaker_text, row.cue) == ("The new governor of the province, Ivan Sorokin", "proposed")
    assert actors.get(row.speaker_key).name == "Ivan Sorokin"


def test_colon_after_a_statement_of_fact_names_no_speaker(nlp):
    qs, _ = analyse(nlp, "The results were clear: \"Turnout was the lowest since the war, and most voters "
                         "stayed home.\"")
    assert [(q.quote_type, q.speaker_text) for q in qs] == [("direct", None)]
