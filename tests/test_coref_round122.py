"""Round 122: the subject "he"/"she" of an adverbial clause ("since he was a boy") hanging on a clause whose
subject, named before it, is another person the pronoun may stand for (a full name, a surname alone, "the
younger X", a possessor) is left unlinked, not given to the sentence's main subject or speaker. The people
themselves stay, and the plain cases (the speaker's own clause, a thing as subject, a rival of the other
gender) still link."""

from conftest import pronoun_antecedent as resolve


def test_subject_pronoun_in_a_since_clause_of_a_report_about_another_man_links_to_no_one(nlp):
    text = ("Karl Brenner leads the movement in the north. "
            "Analyst Paul Varga said Brenner had wanted power since he was a young boy.")
    name, actors = resolve(nlp, text, "he was a young")
    assert name is None
    assert {"Karl Brenner", "Paul Varga"} <= actors


def test_the_younger_surname_as_the_reported_subject_is_a_rival(nlp):
    text = ("Retired diplomat Paul Varga, who advised Karl Brenner for years, said the younger Brenner had "
            "been trained for office since he was a teenager.")
    name, actors = resolve(nlp, text, "he was a teenager")
    assert name is None
    assert {"Karl Brenner", "Paul Varga"} <= actors


def test_subject_pronoun_in_a_when_clause_after_a_possessor_links_to_no_one(nlp):
    text = ("Karl Brenner leads the movement in the north. "
            "Analyst Paul Varga said Brenner's family had moved to Graz when he was six.")
    name, actors = resolve(nlp, text, "he was six")
    assert name is None
    assert {"Karl Brenner", "Paul Varga"} <= actors


def test_speakers_own_clause_still_links(nlp):
    text = ("Karl Brenner leads the movement in the north. "
            "Analyst Paul Varga said he had studied the group since he was a student.")
    name, _ = resolve(nlp, text, "he was a student")
    assert name == "Paul Varga"


def test_a_thing_as_the_clause_subject_still_links(nlp):
    text = "Analyst Paul Varga said the market had grown since he joined the firm."
    name, _ = resolve(nlp, text, "he joined")
    assert name == "Paul Varga"


def test_a_rival_of_the_other_gender_still_links(nlp):
    text = ("Analyst Paul Varga met Maria Brenner in May. "
            "She left the firm. He said Brenner had been in charge since he joined it.")
    name, _ = resolve(nlp, text, "he joined")
    assert name == "Paul Varga"


def test_an_unnamed_person_as_the_clause_subject_is_a_rival(nlp):
    text = "Analyst Paul Varga said the boy had been ill since he was born."
    name, actors = resolve(nlp, text, "he was born")
    assert name is None
    assert "Paul Varga" in actors
