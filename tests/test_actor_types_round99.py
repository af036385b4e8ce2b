"""Actor types, round 99 (our own sentences): a name the model calls a person that holds a word of armed and
political groups' names (data/group_name_words.csv, derived from PETRARCH2) is an organisation."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors
from newscoder.extract.actors.word_lists import group_name_words


def test_group_words_are_derived_and_hold_no_person_particle():
    words = group_name_words()
    assert {"harakat", "jaish", "ansar"} <= words
    assert not {"abu", "bin", "al", "ibn"} & words


def test_armed_group_names_are_organisations(nlp):
    for text, name in [
        ("Harakat Kelbi Daulah claimed the attack on the checkpoint, said Tomas Rielle.", "Harakat Kelbi Daulah"),
        ("Lashkar Velbo Taiba said on Monday that it would fight, Mayor Dana Kettering said.", "Lashkar Velbo Taiba"),
    ]:
        actors = actors_by_name(analyse_actors(nlp, text))
        found = [a for n, a in actors.items() if name in n or n in name and len(n.split()) > 1]
        assert found, (name, list(actors))
        assert all(a.actor_type == "organization" for a in found)
        assert any(a.actor_type == "person" for a in actors.values())


def test_a_person_stays_a_person(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Abu Kelbo Harun said the talks had failed."))
    assert all(a.actor_type == "person" for n, a in actors.items() if "Kelbo" in n)


def test_transliterated_spellings_reach_the_group_words():
    # round 116: a word's spellings pool their groups ("Harkat" of "Harakat", "Jemaah" of "Jamaah")
    words = group_name_words()
    assert {"harkat", "jamaah", "jemaah", "hezb"} <= words
    assert "junayd" not in words  # a given name is no spelling of "Jund"


def test_group_word_the_model_left_out_of_the_name(nlp):
    # round 116: the model tags only "Tirbani Sollah" a person; the name's first word, left out, is a group word
    text = "Police said the suspects were linked to the Jamaah Tirbani Sollah network, which operates in the north. " \
           "Mayor Dana Kettering thanked the police."
    actors = actors_by_name(analyse_actors(nlp, text))
    assert "Jamaah Tirbani Sollah" in actors, list(actors)
    assert actors["Jamaah Tirbani Sollah"].actor_type == "organization"
    assert not any(a.actor_type == "person" and "Sollah" in n for n, a in actors.items())
    assert actors["Dana Kettering"].actor_type == "person"
