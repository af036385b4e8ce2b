"""Actor countries, round 66 (our own sentences): a body's seat the text states in forms no rule read: a
city set before the body's kind ("the Denver law firm X"), "<place>-based" on a noun in apposition
("X, a Nairobi-based firm"), "based in" / "headquartered in" a place, "a firm in <city>"."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors


def test_a_city_before_the_kind_of_body_gives_its_seat(nlp):
    an = analyse_actors(nlp, "The Lisbon daily Correio Atlantico reported the arrests on Monday.")
    assert actor_country(an, "Correio Atlantico") == ("PRT", "base")
    an = analyse_actors(nlp, "The Denver law firm Kestrel Partners represented the family in the dispute.")
    assert actor_country(an, "Kestrel Partners") == ("USA", "base")


def test_a_city_before_another_noun_gives_no_seat(nlp):
    # a jury or a trial of a city says where a case is heard, not where the body named after it sits
    an = analyse_actors(nlp, "A Denver jury cleared Kestrel Partners of fraud on Monday.")
    assert actor_country(an, "Kestrel Partners") == (None, None)


def test_a_based_noun_in_apposition_gives_the_seat(nlp):
    an = analyse_actors(nlp, "Brightwater Analytics, a Nairobi-based firm, said the data had been leaked.")
    assert actor_country(an, "Brightwater Analytics") == ("KEN", "base")
    an = analyse_actors(nlp, "The Nairobi-headquartered Brightwater Analytics said the data had been leaked.")
    assert actor_country(an, "Brightwater Analytics") == ("KEN", "base")


def test_based_or_headquartered_in_a_place_gives_the_seat(nlp):
    for clause in ("which is based in Nairobi", "based in Nairobi", "headquartered in Nairobi"):
        an = analyse_actors(nlp, f"Brightwater Analytics, {clause}, said the data had been leaked.")
        assert actor_country(an, "Brightwater Analytics") == ("KEN", "base"), clause


def test_a_kind_of_body_in_a_city_gives_the_seat_but_activity_there_does_not(nlp):
    an = analyse_actors(nlp, "Brightwater Analytics, a firm in Nairobi, said the data had been leaked.")
    assert actor_country(an, "Brightwater Analytics") == ("KEN", "base")
    an = analyse_actors(nlp, "Brightwater Analytics, a charity active in Nairobi, said the data had been "
                             "leaked.")
    assert actor_country(an, "Brightwater Analytics") == (None, None)
    an = analyse_actors(nlp, "Brightwater Analytics, based on figures from Nairobi, said the data had "
                             "been leaked.")
    assert actor_country(an, "Brightwater Analytics") == (None, None)


def test_a_body_of_many_states_keeps_no_seat_country(nlp):
    # a body of several states sits somewhere without being that country's
    an = analyse_actors(nlp, "The Nordic Energy Forum, based in Oslo, said prices would rise.")
    actors = actors_by_name(an)
    forum = next(a for n, a in actors.items() if "Nordic Energy Forum" in n)
    assert forum.country_iso3 is None
