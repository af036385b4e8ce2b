"""Round 104 (our own sentences): major news organisations, a few US federal agencies and foundations are
registered with their country (common knowledge a reader expects filled); a registered name that is an
English noun ("Time") is not read into a title ("Once Upon a Time") nor into a newspaper's plural."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors


def test_newspaper_and_its_reporter_take_the_registered_country(nlp):
    an = analyse_actors(nlp, "Dana Whitfield of The Times said the ferry to Kelby Island was late again. "
                             "The Times said the operator would be fined.")
    assert actor_country(an, "The Times") == ("GBR", "registry")
    assert actor_country(an, "Dana Whitfield")[0] == "GBR"


def test_weather_agency_is_of_its_state_in_a_story_set_elsewhere(nlp):
    an = analyse_actors(nlp, "The storm brushed past Bermuda on Tuesday, the National Hurricane Center said. "
                             "Forecasters at the National Hurricane Center expect it to weaken by Friday.")
    assert actor_country(an, "National Hurricane Center") == ("USA", "registry")


def test_magazine_is_registered_but_a_book_title_holding_the_word_is_not(nlp):
    an = analyse_actors(nlp, "Time magazine named the climber Ana Ray its person of the year. "
                             "Time said the choice was unanimous.")
    assert actor_country(an, "Time") == ("USA", "registry")
    book = analyse_actors(nlp, "The author Bo Lindqvist wrote the memoirs Once Upon a Time and Later, "
                               "and he said he would write no more.")
    names = actors_by_name(book)
    assert "Bo Lindqvist" in names
    assert "Time" not in names


def test_a_singular_is_no_newspaper_plural():
    from types import SimpleNamespace

    from newscoder.extract.actors.body_names import plural_registered
    from newscoder.resolve.registry import load_registry

    b = SimpleNamespace(registry=load_registry())
    assert plural_registered(b, "Time") is None  # "The Times" is a newspaper, not Time's plural
    assert plural_registered(b, "Houthi") == "YEM"  # a movement named by its registered plural still is
