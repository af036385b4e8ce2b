"""Round 79: a relative named beside a possessed family noun is another person than the possessor."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_mother_with_a_middle_name_stays_apart_from_her_daughter(nlp):
    an = analyse_actors(nlp, "Mara Lind grew up in Oslo. Her mother, Mara Berg Lind, fought for custody. "
                             "Lind later became a lawyer.")
    names = actors_by_name(an)
    assert "Mara Lind" in names and "Mara Berg Lind" in names
    assert mention_texts(an, "Mara Berg Lind") == ["Mara Berg Lind"]
    assert "Mara Lind" in mention_texts(an, "Mara Lind")


def test_son_named_after_his_father_does_not_rename_the_father(nlp):
    an = analyse_actors(nlp, "Peter Kowal was elected mayor in 2010. His son, Peter James Kowal, runs the "
                             "family firm. Kowal said he was proud.")
    names = actors_by_name(an)
    assert "Peter Kowal" in names and "Peter James Kowal" in names
    assert mention_texts(an, "Peter James Kowal") == ["Peter James Kowal"]
    assert "Kowal" in mention_texts(an, "Peter Kowal")


def test_middle_name_form_of_one_person_still_joins(nlp):
    an = analyse_actors(nlp, "Peter Kowal was elected mayor in 2010. Peter James Kowal, 54, runs the family "
                             "firm. Kowal said he was proud.")
    names = actors_by_name(an)
    assert "Peter Kowal" not in names
    assert "Peter Kowal" in names["Peter James Kowal"].aliases


def test_pronouns_in_a_reported_clause_stand_for_its_own_subject(nlp):
    an = analyse_actors(nlp, "Analyst Tom Ward told the radio that Sam Price had led the group since he was a "
                             "teenager and his uncle trained him.")
    assert mention_texts(an, "Sam Price") == ["Sam Price", "he", "his", "him"]
    assert mention_texts(an, "Tom Ward") == ["Tom Ward"]


def test_object_of_the_reported_subjects_own_clause_stays_with_the_reporter(nlp):
    an = analyse_actors(nlp, "Singer Ella Moss said that Jon Reyes had been cruel to her.")
    assert "her" in mention_texts(an, "Ella Moss")
    assert mention_texts(an, "Jon Reyes") == ["Jon Reyes"]
    an = analyse_actors(nlp, "Analyst Tom Ward said that Sam Price had asked him to stay.")
    assert "him" in mention_texts(an, "Tom Ward")
    assert mention_texts(an, "Sam Price") == ["Sam Price"]


def test_reporter_keeps_the_pronoun_of_a_reported_clause_about_a_woman(nlp):
    an = analyse_actors(nlp, "Lawyer Paul Brandt said that Nina Roe was innocent and that he would appeal.")
    assert "he" in mention_texts(an, "Paul Brandt")
    assert mention_texts(an, "Nina Roe") == ["Nina Roe"]
