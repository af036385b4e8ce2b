"""Speaker resolution: labels, dash lines, pronouns and whole names (our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.speakers import Speaker, speaker_actor
from newscoder.records import ActorAnalysis, LocalActor, Mention

INTERVIEW = (
    "Wikinews spoke to engineer Marta Velasquez about the new tunnel.\n\n"
    "((Wikinews)) What was the hardest part of the project, and was it \"worth it\"?\n\n"
    "Marta Velasquez: The rock under the river was far softer than the surveys said, so we froze it first.\n\n"
    "((Wikinews)) Would you do it again?\n\n"
    "MV: Without a doubt, but with a bigger budget and a longer schedule.\n"
)


def analyse(nlp, text):
    article = make_article(text)
    doc = nlp(article.text)
    actors = extract_actors(doc, article)
    qs = extract_quotes(doc, article, actors)
    for q in qs:
        assert article.text[q.char_start : q.char_end] == q.quote_text
    return qs, actors


def test_interview_answers_take_the_label_and_questions_are_not_quotes(nlp):
    qs, _ = analyse(nlp, INTERVIEW)
    assert [(q.quote_type, q.quote_text[:24], q.speaker_text) for q in qs] == [
        ("direct", "The rock under the river", "Marta Velasquez"),
        ("direct", "Without a doubt, but wit", "Marta Velasquez"),  # initials after the full name
    ]
    assert not any("worth it" in q.quote_text or "?" in q.quote_text for q in qs)


def test_dash_line_with_a_horizontal_bar_names_the_speaker(nlp):
    text = "\u201cThe library should stay open on Sundays.\u201d \u2015 Olu Adeyemi\n"
    qs, _ = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [
        ("The library should stay open on Sundays.", "Olu Adeyemi")
    ]


def test_pronoun_speaker_is_linked_to_the_person_before_it(nlp):
    text = "Governor Lena Marsh visited the flooded town on Tuesday. She said the state would pay for the repairs."
    qs, actors = analyse(nlp, text)
    assert [(q.quote_type, q.speaker_text) for q in qs] == [("indirect", "She")]
    assert actors.get(qs[0].speaker_key).name == "Lena Marsh"


def _two_does() -> ActorAnalysis:
    jane = LocalActor("p1", "Jane Doe", "person")
    john = LocalActor("p2", "John Doe", "person", role="president")
    mentions = [
        Mention("p1", "Jane Doe", 0, 8, "name", 0, "Jane Doe"),
        Mention("p2", "John Doe", 13, 21, "name", 0, "John Doe"),
        Mention("p1", "Doe", 40, 43, "name", 1, "Doe"),  # the analysis linked a bare surname to Jane
    ]
    return ActorAnalysis(actors=[jane, john], mentions=mentions)


def test_whole_name_decides_between_people_sharing_a_surname():
    actors = _two_does()
    assert speaker_actor(actors, Speaker("John Doe", 13, 21, "name")) == "p2"
    assert speaker_actor(actors, Speaker("Jane Doe", 0, 8, "name")) == "p1"
    # "President Doe": the title names John's role, never Jane
    assert speaker_actor(actors, Speaker("President Doe", 30, 43, "name")) == "p2"
    # a bare surname both share stays unlinked rather than guessed
    assert speaker_actor(actors, Speaker("Doe", 40, 43, "name")) is None


def test_pronoun_agrees_in_number():
    org = LocalActor("o1", "Harbour Board", "organization")
    person = LocalActor("p1", "Ana Ruiz", "person")
    actors = ActorAnalysis(actors=[org, person], mentions=[
        Mention("o1", "Harbour Board", 0, 13, "name", 0, "Harbour Board"),
        Mention("p1", "Ana Ruiz", 30, 38, "name", 0, "Ana Ruiz"),
    ])
    assert speaker_actor(actors, Speaker("she", 60, 63, "pronoun")) == "p1"
    assert speaker_actor(actors, Speaker("it", 60, 62, "pronoun")) == "o1"


def test_agent_of_a_passive_cue_speaks(nlp):
    qs, _ = analyse(nlp, 'At the meeting the mayor was told by Minister Yevgeny Orlov of "at least forty people '
                         'still under the rubble".')
    assert [(q.cue, q.speaker_text) for q in qs] == [("told", "Minister Yevgeny Orlov")]


def test_possessor_of_a_statement_speaks(nlp):
    qs, _ = analyse(nlp, 'The ministry\'s statement read: "The talks will resume in the spring after the holidays."')
    assert [(q.cue, q.speaker_text) for q in qs] == [("read", "The ministry")]


def test_according_to_keeps_the_person_not_the_place(nlp):
    qs, _ = analyse(nlp, "According to Vermont Senator Paul Hale, the plane is one of eighteen still flying.")
    assert [(q.quote_type, q.speaker_text) for q in qs] == [("indirect", "Senator Paul Hale")]


def test_relative_pronoun_without_antecedent_is_no_speaker(nlp):
    qs, _ = analyse(nlp, 'The crowd shouted "Shame on all of you!" at the council. The mayor said the vote stands.')
    assert all(q.speaker_text not in ("which", "that", "who") for q in qs)
    assert ("indirect", "the vote stands", "The mayor") in [(q.quote_type, q.quote_text, q.speaker_text) for q in qs]


def test_a_document_can_open_a_colon_frame(nlp):
    qs, _ = analyse(nlp, 'The study itself outlined the link: "Sharks left the bay whenever the orcas arrived."')
    assert [(q.cue, q.speaker_text) for q in qs] == [("outlined", "The study")]


def test_who_released_a_statement_speaks_through_it(nlp):
    qs, _ = analyse(nlp, 'The airline released a statement which read, in part, "Safety is our first priority."')
    assert [(q.cue, q.speaker_text) for q in qs] == [("read", "The airline")]


def test_document_by_someone_speaks_for_them(nlp):
    qs, _ = analyse(nlp, '"The ferry carries weapons across the bay," according to a tweet on Monday by Minister '
                         'Lia Moreno.')
    assert [(q.cue, q.speaker_text) for q in qs] == [("according to", "Minister Lia Moreno")]


def test_interviewer_questions_without_answer_labels_are_not_quotes(nlp):
    text = ("((WN)) What made you run for office?\n\nI wanted to change the county for the better.\n\n"
            "((WN)) Your site says \"every road will be paved\". What do you mean by \"every road\"?\n\n"
            "Exactly that, every road in the county.")
    qs, _ = analyse(nlp, text)
    assert not any("road will be paved" in q.quote_text or q.quote_text == "every road" for q in qs)
    assert "every road will be paved" in text  # the quotation is there, inside a question
