"""Round 74: full names over short forms the article (or the registry) writes out."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors
from newscoder.resolve.registry import _initials, load_registry


def test_number_word_initials_spell_a_figure_acronym():
    assert _initials("Group of Seventy-Seven") == "G77"
    assert _initials("Anti-Corruption Office") == "ACO"
    reg = load_registry()
    assert reg.actors["reg_g7"].name == "Group of Seven"
    assert reg.actors["reg_media_bbc"].name == "British Broadcasting Corporation"


def test_kin_given_name_joins_the_one_full_named_person(nlp):
    an = analyse_actors(nlp, "Ron Tasker died on Friday. His wife Marlena said he died at home. "
                             "Marlena Voss, a painter, met him in 1990.")
    names = actors_by_name(an)
    assert "Marlena" not in names
    assert "Marlena" in names["Marlena Voss"].aliases
    assert "Ron Tasker" in names


def test_given_name_spelt_one_edit_apart_joins_and_takes_the_usual_spelling(nlp):
    an = analyse_actors(nlp, "Ron Tasker died on Friday. He is survived by his wife Marlena Voss. Friends "
                             "said Marelna had cared for him. Marelna thanked the nurses, and Marelna said "
                             "she would write a book.")
    names = actors_by_name(an)
    assert "Marelna" not in names
    assert "Marelna Voss" in names
    assert "Ron Tasker" in names


def test_titled_speaker_takes_the_fuller_name_written_after_the_same_title(nlp):
    from conftest import analyse_quotes, speaker_names

    qs, actors = analyse_quotes(nlp, "On Saturday, Kelbia's Raksa Dee Party withdrew from using Princess "
                                     "Orntharika Mahasak as their candidate for prime minister. Officially, "
                                     "Princess Orntharika no longer holds a royal title, having lost it in 1980. "
                                     "In support of her candidacy, Princess Orntharika pointed out she had "
                                     "\"relinquished my royal titles and lived as a commoner[.]\"")
    assert speaker_names(qs, actors) == [("Princess Orntharika", "Orntharika Mahasak")]
    assert "Orntharika" not in {a.name for a in actors.actors}
    assert "Raksa Dee Party" in {a.name for a in actors.actors}
