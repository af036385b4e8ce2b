"""Round 36: a process's name takes an indefinite article, a programme named after "talk show", a firm's plural
head word. Our own sentences."""

from __future__ import annotations

from conftest import analyse_actors


def _types(nlp, text: str) -> dict[str, str]:
    return {a.name: a.actor_type for a in analyse_actors(nlp, text).actors}


def test_a_name_after_an_indefinite_article_is_a_process_not_a_person(nlp):
    types = _types(nlp, "Finance minister Elena Markou warned against a disorderly Grexit. Markou said Grexit "
                        "would hurt pensioners, and a sudden Grexit would close the banks.")
    assert "Grexit" not in types
    assert types["Elena Markou"] == "person"


def test_a_person_whose_name_follows_a_noun_with_an_article_stays_a_person(nlp):
    types = _types(nlp, "After a week Marlowe was back in court. Marlowe told reporters he was innocent.")
    assert types.get("Marlowe") == "person"


def test_a_show_named_after_talk_show_is_no_person(nlp):
    types = _types(nlp, "Governor Dana Whitfield spoke on the late-night talk show Evening Banter when she "
                        "announced her run. Whitfield said she would win.")
    assert "Evening Banter" not in types
    assert types["Dana Whitfield"] == "person"


def test_a_name_ending_in_a_firms_plural_head_word_is_an_organisation(nlp):
    types = _types(nlp, "The Kestrel was owned by Harbour Aquatics and chartered by Worldwide Sailing Adventures. "
                        "Both companies have been in operation since the 1970s.")
    assert types == {"Worldwide Sailing Adventures": "organization", "Harbour Aquatics": "organization"}

