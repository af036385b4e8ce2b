"""A state that acts keeps its row, but its name used only as a place is no mention of it (our own sentences)."""

from __future__ import annotations

from conftest import analyse_actors


def _mentions(an, name: str) -> list[tuple[str, int]]:
    actor = next(a for a in an.actors if a.name == name)
    return [(m.text, m.char_start) for m in an.mentions if m.actor_key == actor.key]


def test_a_place_use_of_an_acting_state_is_no_mention(nlp):
    text = ("Norway will send two rescue ships to the strait, its fisheries minister said on Monday. "
            "The crews trained at a harbour in Norway last year.")
    an = analyse_actors(nlp, text)
    found = _mentions(an, "Norway")
    assert ("Norway", 0) in found  # the state that sends ships
    assert ("Norway", text.rindex("Norway")) not in found  # "a harbour in Norway": the place


def test_the_giver_after_from_stays_a_mention(nlp):
    text = ("Chile told reporters on Friday it had received assurances from Peru about the border. "
            "Peru denied giving any. The talks had been held in Peru in May.")
    an = analyse_actors(nlp, text)
    found = _mentions(an, "Peru")
    assert ("Peru", text.index("Peru")) in found  # assurances from Peru: Peru gave them
    assert ("Peru", text.index("Peru denied")) in found
    assert ("Peru", text.rindex("Peru")) not in found  # held in Peru: the place


def test_a_sheriff_named_by_title_and_surname_is_the_sheriff_named_in_full(nlp):
    text = ("County sheriff Dana Moss said the road would stay closed on Sunday. "
            "Sheriff Moss added that two deputies were hurt.")
    an = analyse_actors(nlp, text)
    people = [a.name for a in an.actors if a.actor_type == "person"]
    assert people == ["Dana Moss"]  # no second person "Sheriff Moss"
    assert ("Moss", text.rindex("Moss")) in _mentions(an, "Dana Moss")
