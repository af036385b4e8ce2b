"""A person's name the model cut at its left edge takes back its first word (our own sentences): an untagged
capitalised proper noun right before a tagged name of two words, after a comma or a lower-case word; a
capitalised common noun there (a job) stays out."""

from __future__ import annotations

from conftest import analyse_actors


def _names(nlp, text: str) -> set[str]:
    return {a.name for a in analyse_actors(nlp, text).actors}


def test_an_untagged_first_name_before_a_two_word_name_is_taken_in(nlp):
    names = _names(nlp, "The farm passed to her aunt, Gertrude Halloway Pruitt, who sold it in 1950.")
    assert "Gertrude Halloway Pruitt" in names
    assert "Halloway Pruitt" not in names


def test_a_capitalised_job_noun_before_a_name_stays_out(nlp):
    names = _names(nlp, "The fire was reported at dawn, Firefighter Halloway Pruitt said.")
    assert "Halloway Pruitt" in names
    assert "Firefighter Halloway Pruitt" not in names


def test_a_lower_case_class_noun_after_a_company_name_is_no_word_of_it(nlp):
    names = _names(nlp, "The owner of the Kelby Crate subscription service spoke. "
                        "The Kelby Crate company's banner hung over the stand.")
    assert "Kelby Crate" in names
    assert "Kelby Crate company" not in names


def test_a_registered_party_written_with_a_lower_case_party_keeps_its_name(nlp):
    names = _names(nlp, "Lawmakers from the Democratic party voted for the bill in Washington on Tuesday.")
    assert "Democratic Party" in names
    assert "Democratic" not in names
