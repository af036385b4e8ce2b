"""Place-only mentions of states that act: the object of a verb of going, "from" after a verb of moving away,
a capital after "of" on another noun, a country after a named court, "X-based" (round 69; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def _texts(an, name: str) -> list[str]:
    assert name in actors_by_name(an)
    return mention_texts(an, name)


def test_the_country_a_force_left_is_a_place(nlp):
    an = analyse_actors(nlp, "Chile signed a trade pact with Peru on Monday. Peruvian troops left Chile in 1884.")
    assert _texts(an, "Chile") == ["Chile"]  # the signer is kept, the country left is not


def test_the_country_a_visitor_entered_is_a_place(nlp):
    an = analyse_actors(nlp, "Norway protested the ruling. Thousands of tourists entered Norway last summer.")
    assert _texts(an, "Norway") == ["Norway"]


def test_from_after_a_verb_of_moving_away_is_a_place(nlp):
    an = analyse_actors(nlp, "Portugal condemned the killings. The smugglers came from Portugal, police said.")
    assert _texts(an, "Portugal") == ["Portugal"]


def test_a_capital_after_of_on_another_noun_is_the_city(nlp):
    an = analyse_actors(nlp, "Spain expelled two diplomats on Friday. The mayor of Madrid, Lucia Ferro, "
                             "criticised the decision.")
    texts = _texts(an, "Spain")
    assert "Madrid" not in texts and "Spain" in texts


def test_a_country_after_a_named_court_is_its_address(nlp):
    an = analyse_actors(nlp, "Kenya recalled its ambassador. The suspect appeared in Mombasa District Court, "
                             "Kenya, on Monday.")
    assert _texts(an, "Kenya").count("Kenya") == 1


def test_a_country_before_based_is_a_seat(nlp):
    an = analyse_actors(nlp, "Denmark imposed new sanctions. A Denmark-based charity, Nordhjelp, said the aid "
                             "was blocked.")
    assert _texts(an, "Denmark") == ["Denmark"]
