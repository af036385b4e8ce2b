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
