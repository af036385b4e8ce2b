"""Relayed words, documents as speakers, plural pronouns and set-off cues (our own sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse


def test_as_reported_by_keeps_the_speaker_and_records_the_medium_as_via(nlp):
    text = ('On Tuesday the governor Ann Keller said — as reported by the Valley Gazette — "The bridge will '
            'reopen next spring. Its repairs are funded."')
    qs, actors = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text, q.cue, q.via_text, q.quote_type) for q in qs] == [
        ("The bridge will reopen next spring. Its repairs are funded.", "Ann Keller", "said",
         "the Valley Gazette", "direct")]
    assert actors.get(qs[0].speaker_key).name == "Ann Keller"


def test_an_active_as_clause_is_not_a_relay(nlp):
    text = "The mayor Tom Brandt said the harbour needs a new wall, as the engineers reported in May."
    qs, _ = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("the harbour needs a new wall"))
    assert row.speaker_text == "The mayor Tom Brandt" and row.via_text is None


def test_released_a_statement_which_said_is_spoken_by_who_released_it(nlp):
    text = ('The Baltic Fisheries Council met on Monday in Riga. The Baltic Fisheries Council released a statement '
            'which said, "The quotas must be cut before the season opens."')
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("The quotas must be cut"))
    assert row.speaker_text == "The Baltic Fisheries Council"
    assert actors.get(row.speaker_key).name == "Baltic Fisheries Council"


def test_an_indefinite_document_with_no_author_is_no_speaker(nlp):
    text = 'The village held a vote on the harbour. A statement said, "The quotas must be cut before the season opens."'
    qs, _ = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("The quotas must be cut"))
    assert row.quote_type == "direct" and row.speaker_text is None


def test_the_possessor_of_a_statement_is_its_speaker(nlp):
    text = 'The ministry\'s statement said, "The border will stay open through the winter months."'
    qs, _ = analyse(nlp, text)
    assert [q.speaker_text for q in qs] == ["The ministry"]


def test_citing_participle_is_no_cue_of_its_own(nlp):
    text = "The Nordic Herald, citing two unnamed bankers, reported that lending and deposits had fallen sharply."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.cue) for q in qs] == [("lending and deposits had fallen sharply", "reported")]


def test_set_off_cue_reports_only_the_clause_after_a_semicolon(nlp):
    text = "Two lorries collided near the bridge; about 40 litres of oil, firefighters said, leaked onto the road."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("about 40 litres of oil, firefighters said, leaked onto the road", "firefighters")]


def test_they_is_never_a_country(nlp):
    text = ("Canada and the Hansen Trust announced a fund for old theatres. The singer, they said, wanted no "
            "public funeral.")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if "public funeral" in q.quote_text)
    assert row.speaker_text == "they"
    assert row.speaker_key is None or actors.get(row.speaker_key).actor_type != "state"


def test_they_goes_to_the_nearest_organisation_not_a_country(nlp):
    text = ("The singer lived in Canada for years. The Hansen Trust announced a fund for old theatres. The singer, "
            "they said, wanted no public funeral.")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if "public funeral" in q.quote_text)
    assert actors.get(row.speaker_key).name == "Hansen Trust"


def test_the_one_who_urges_speaks_not_the_addressee(nlp):
    text = "The Ministry of Agriculture has been urging farmers such as growers in the north to sell their grain early."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text, q.cue) for q in qs] == [
        ("sell their grain early", "The Ministry of Agriculture", "urging")]


def test_subject_hung_on_an_auxiliary_is_still_the_speaker(nlp):
    text = "The EU has been encouraging members such as Poland to restrict imports of coal."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("restrict imports of coal", "The EU")]


def test_the_causee_of_a_causative_is_not_the_speaker(nlp):
    text = "In May, the parents tried to have the driver released by saying they forgave him for the crash."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("they forgave him for the crash", "the parents")]


def test_reported_x_as_saying_quotes_x_via_the_reporter(nlp):
    text = "The Daily Star reported the minister as saying that taxes would not rise."
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text, q.via_text) for q in qs] == [
        ("taxes would not rise", "the minister", "The Daily Star")]


def test_trailing_they_said_is_the_plural_people_subject_of_the_clause(nlp):
    text = ("The officials met the press on Friday. County prosecutors charged the driver with manslaughter, "
            "they said Sunday. The two men were held overnight, they said.")
    qs, actors = analyse(nlp, text)
    got = {q.quote_text: q.speaker_text for q in qs}
    assert got["County prosecutors charged the driver with manslaughter"] == "County prosecutors"
    held = next(q for q in qs if q.quote_text == "The two men were held overnight")
    assert held.speaker_text == "they"  # a passive subject is acted on: the pronoun stays
    assert actors.get(held.speaker_key).name.lower().endswith("officials")


def test_they_goes_to_a_body_named_after_the_last_group(nlp):
    text = ("Many Christians visited the church on Sunday. On Thursday the Baltic Heritage Commission criticized "
            "the decision. They released a statement which said, \"The church must remain a museum for everyone.\"")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("The church must remain"))
    assert row.speaker_text == "They"
    assert actors.get(row.speaker_key).name == "Baltic Heritage Commission"


def test_they_may_be_a_country_named_as_its_government(nlp):
    text = ("The Congress will vote on the bill in May. The government of Norway issued a statement on Tuesday. "
            "Their statement also read, \"The fishing rights must stay with the coastal towns.\"")
    qs, actors = analyse(nlp, text)
    row = next(q for q in qs if q.quote_text.startswith("The fishing rights"))
    assert actors.get(row.speaker_key).name == "Norway"


def test_the_one_told_is_never_the_speaker(nlp):
    text = ('Calling it "just another apology", Maria Lund of "Safe Harbour", a support charity, told Reuters "it '
            'looks as if the letter was written before anyone saw the film". "We will rebuild the pier," Mayor '
            'Ines Castell told reporters on Friday.')
    qs, _ = analyse(nlp, text)
    told = next(q for q in qs if q.quote_text.startswith("it looks as if"))
    assert told.speaker_text != "Reuters"
    pier = next(q for q in qs if q.quote_text.startswith("We will rebuild"))
    assert pier.speaker_text == "Mayor Ines Castell"
