"""Actor names, round 95 (our own sentences): post-nominal letters (data/post_nominals.csv) are no part of a
person's name, also where the model tagged the name an organisation or tagged the letters alone."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_letters_after_a_name_come_off_and_the_surname_still_joins(nlp):
    an = analyse_actors(nlp, "Prosecutor Tova Brennick QC said the defendants had shown no remorse. Brennick "
                             "told the jury the evidence was clear.")
    actors = actors_by_name(an)
    assert "Tova Brennick QC" not in actors
    assert actors["Tova Brennick"].actor_type == "person"
    assert mention_texts(an, "Tova Brennick")[:2] == ["Tova Brennick", "Brennick"]


def test_letters_tagged_alone_after_a_person_are_no_body(nlp):
    an = analyse_actors(nlp, "The report was written by Dr Mira Okafor OBE, who said Okafor's team had "
                             "worked on it for years.")
    actors = actors_by_name(an)
    assert "OBE" not in actors
    assert actors["Mira Okafor"].actor_type == "person"


def test_a_generational_suffix_stays_in_the_name(nlp):
    an = analyse_actors(nlp, "Senator Corwin Blaise Jr. said the bill would pass. Blaise spoke in Denver.")
    names = set(actors_by_name(an))
    assert any(n.startswith("Corwin Blaise J") for n in names)
