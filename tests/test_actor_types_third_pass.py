"""Places the model calls people (a province the ISO list knows, "the town of X", "X in the province of Y")
and a place class word cut from a longer name ("State"): no actors. Our own sentences."""

from __future__ import annotations

from conftest import analyse_actors


def _analyse(nlp, text: str):
    return analyse_actors(nlp, text)


def _types(an) -> dict[str, str]:
    return {a.name: a.actor_type for a in an.actors}


def test_a_known_province_is_no_person_even_when_it_declares(nlp):
    an = _analyse(nlp, "Odisha's government announced a holiday, minister Ana Ferreira said. Odisha declared a "
                       "state of emergency.")
    assert _types(an).get("Ana Ferreira") == "person"
    assert "Odisha" not in _types(an)


def test_a_town_set_inside_a_province_is_a_place(nlp):
    an = _analyse(nlp, "At least two towns, including Kelbyville in the province of Northern Varna, declared a "
                       "state of emergency after the quake, mayor Ana Ferreira said.")
    assert _types(an).get("Ana Ferreira") == "person"
    assert "Kelbyville" not in _types(an)


def test_the_town_of_a_name_makes_it_a_place_in_every_mention(nlp):
    an = _analyse(nlp, "Aid reached the town of Tobrava on Monday, and Tobrava now has power again, Ana Ferreira "
                       "said.")
    assert _types(an).get("Ana Ferreira") == "person"
    assert "Tobrava" not in _types(an)


def test_a_place_class_word_cut_from_a_longer_name_is_no_actor(nlp):
    an = _analyse(nlp, "Ohio City and State Republican officials sued the mayor, Ana Ferreira, on Monday. State "
                       "officials did not comment.")
    assert _types(an).get("Ana Ferreira") == "person"
    assert "State" not in _types(an)


def test_a_state_a_person_comes_from_is_a_place_after_a_people_word(nlp):
    # the parser tags "Palestinian" an adjective; set off as an apposition it names the person
    an = _analyse(nlp, "Bo Lindqvist, a young Palestinian from Norway, opposed Senator Ana Ferreira's plan.")
    assert _types(an).get("Bo Lindqvist") == "person"
    assert _types(an).get("Ana Ferreira") == "person"
    assert "Norway" not in _types(an)


def test_a_named_hill_someone_is_missing_from_is_a_place(nlp):
    an = _analyse(nlp, "The Kelby Herald reported that Senator Ana Ferreira had been ill and was missing from "
                       "Capitol Hill for weeks.")
    assert _types(an).get("Ana Ferreira") == "person"
    assert _types(an).get("Kelby Herald") == "organization"
    assert "Capitol Hill" not in _types(an)
