"""Mention links, round 60 (our own sentences): a possessive whose clause names another party it may
stand for (the verb's object or passive agent, the first of "X and his Y") links to no one; a surname
written alone once, shared by several people of the article, goes to the one named in full just before."""

from __future__ import annotations

from conftest import analyse_actors, mention_texts


def _names(an) -> set[str]:
    return {a.name for a in an.actors}


def test_a_possessive_in_a_phrase_after_the_object_is_not_the_judges(nlp):
    an = analyse_actors(nlp, "Judge Marcus Webb sentenced local man Peter Karlsson to six years in prison for "
                             "driving his truck into a crowded market.")
    assert {"Marcus Webb", "Peter Karlsson"} <= _names(an)
    assert "his" not in mention_texts(an, "Marcus Webb")


def test_a_possessive_after_a_passive_agent_is_not_an_earlier_person(nlp):
    an = analyse_actors(nlp, "Senator Hugo Falk spoke to reporters on Monday. Lena Brandt was appointed by "
                             "Governor Tomas Reyes as his chief of staff in 2015.")
    assert {"Hugo Falk", "Lena Brandt", "Tomas Reyes"} <= _names(an)
    assert "his" not in mention_texts(an, "Hugo Falk")


def test_x_and_his_y_is_not_the_subjects(nlp):
    an = analyse_actors(nlp, "Mayor Ivan Petrov asked the council to investigate Oskar Lind and his son.")
    assert {"Ivan Petrov", "Oskar Lind"} <= _names(an)
    assert "his" not in mention_texts(an, "Ivan Petrov")


def test_an_as_phrase_still_gives_the_possessive_to_the_subject(nlp):
    an = analyse_actors(nlp, "Mayor Ivan Petrov named Oskar Lind as his deputy on Tuesday.")
    assert "his" in mention_texts(an, "Ivan Petrov")


def test_a_possessive_beside_an_indirect_object_is_not_that_objects(nlp):
    an = analyse_actors(nlp, "Mayor Ivan Petrov told Oskar Lind his plans for the harbour.")
    assert "his" not in mention_texts(an, "Oskar Lind")


def test_a_surname_written_alone_once_goes_to_the_namesake_just_named(nlp):
    an = analyse_actors(nlp, "Broadcaster Daniel Keller announced on Monday that his mother, the novelist Clara "
                             "Keller, had died aged 90. She was married three times, last to the architect Simon "
                             "Keller. She would later say her union with Keller was her only happy marriage.")
    assert {"Daniel Keller", "Clara Keller", "Simon Keller"} <= _names(an)
    assert "Keller" in mention_texts(an, "Simon Keller")
    assert "Keller" not in mention_texts(an, "Daniel Keller")


def test_a_surname_written_alone_again_and_again_stays_with_the_story_person(nlp):
    an = analyse_actors(nlp, "Painter Nora Vance died on Friday, her brother Paul Vance said. Vance was born in "
                             "Leeds in 1931. Vance studied in Paris and later taught there.")
    assert "Vance" in mention_texts(an, "Nora Vance")
    assert "Vance" not in mention_texts(an, "Paul Vance")


def test_a_possessive_of_an_unnamed_accused_is_not_the_judges(nlp):
    an = analyse_actors(nlp, "Police said a man was charged on Friday. Judge Oliver Grant ordered the accused "
                             "remain in custody until his next court appearance in May.")
    assert "Oliver Grant" in _names(an)
    assert "his" not in mention_texts(an, "Oliver Grant")


def test_a_possessive_of_one_of_the_victims_is_not_the_lawyers(nlp):
    an = analyse_actors(nlp, "Prosecutor Helen Marsh told the court the abuse lasted years. One of the victims "
                             "decided to allow her name to be made public.")
    assert "Helen Marsh" in _names(an)
    assert "her" not in mention_texts(an, "Helen Marsh")


def test_a_named_subject_still_owns_the_possessive(nlp):
    an = analyse_actors(nlp, "Judge Oliver Grant adjourned the hearing until his return from leave in May.")
    assert "his" in mention_texts(an, "Oliver Grant")
