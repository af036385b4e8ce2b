"""Round 48 (types): a common noun opening a photo caption, a creature of myth in apposition, a
programme "for all", and a college named by one word before its staff noun. Our own sentences."""

from __future__ import annotations

from conftest import analyse_actors


def _actors(nlp, text: str) -> dict[str, str]:
    r = analyse_actors(nlp, text)
    return {a.name: a.actor_type for a in r.actors}


def test_a_common_noun_opening_a_caption_is_no_person(nlp):
    text = ("Hundreds of protestors marched in Kelby on Saturday, said the organiser Ana Ray.\n\n"
            "Protestors holding flags. Image: Bo Li.\n\n"
            "Protestor dressed as a skeleton near the town hall. Image: Bo Li.\n\n"
            "The protestors stayed until dark, Ray said.")
    got = _actors(nlp, text)
    assert got.get("Ana Ray") == "person"
    assert "Protestor" not in got


def test_a_name_opening_a_caption_and_written_in_the_text_stays(nlp):
    text = ("Senator Tomas Brell opened the bridge over the Kelby river on Monday.\n\n"
            "Brell at the opening. Image: Bo Li.\n\n"
            "Brell said the bridge cost four million dollars.")
    got = _actors(nlp, text)
    assert got.get("Tomas Brell") == "person"


def test_a_dragon_in_apposition_is_no_actor(nlp):
    text = ("Fans in costume filled the hall, said the organiser Ana Ray.\n\n"
            "Pepper Moss, a dragon. Image: Bo Li.\n\n")
    got = _actors(nlp, text)
    assert got.get("Ana Ray") == "person"
    assert "Pepper Moss" not in got


def test_a_programme_for_all_is_no_organisation(nlp):
    text = ("Governor Ana Ray said she opposes Kelbocare for all, a plan to cover every resident, and "
            "called it too costly.")
    got = _actors(nlp, text)
    assert got.get("Ana Ray") == "person"
    assert "Kelbocare" not in got


def test_one_word_before_a_professor_is_the_college_not_a_person(nlp):
    text = ("Scientists at the College of Wooster in Ohio measured the melt for six years, said Ana Ray. The "
            "Wooster professor said the ice would keep thinning.")
    got = _actors(nlp, text)
    assert got.get("Ana Ray") == "person"
    assert got.get("College of Wooster") == "organization"
    assert "Wooster" not in got


def test_a_place_alone_in_a_caption_is_no_person_but_a_portrait_caption_is(nlp):
    text = ("Thousands marched through the city on Saturday, said the organiser Ana Ray.\n\n"
            "Moravia Square. Image: Bo Li.\n\n"
            "Tomas Brell. Image: Bo Li.\n\n"
            "Brell spoke at the end of the march.")
    got = _actors(nlp, text)
    assert got.get("Tomas Brell") == "person"
    assert "Moravia Square" not in got


def test_a_plural_name_owning_an_album_is_a_band(nlp):
    text = ("The drummer Ana Ray moved to Lagos in 1970. There she played on Kestrels's album Night Roads "
            "with the singer Tomas Brell.")
    got = _actors(nlp, text)
    assert got.get("Ana Ray") == "person"
    assert got.get("Tomas Brell") == "person"
    assert got.get("Kestrels") == "organization"


def test_a_self_described_kind_is_no_person(nlp):
    got = _actors(nlp, "The court heard that Tomas Brell, a self-described Neo-Nazi, attacked the crowd in "
                       "Kelby, said the prosecutor Ana Ray.")
    assert got.get("Tomas Brell") == "person"
    assert got.get("Ana Ray") == "person"
    assert "Neo-Nazi" not in got


def test_an_editors_bracket_in_a_quoted_word_is_no_name(nlp):
    got = _actors(nlp, "\"[W]e must act now,\" said Ana Ray, the mayor of Kelby.")
    assert got.get("Ana Ray") == "person"
    assert "W]e" not in got


def test_a_name_crossed_twice_is_a_stretch_of_water(nlp):
    got = _actors(nlp, "The swimmer Ana Ray crossed the Narrows on Sunday. It was her third try to cross the "
                       "Narrows, after a storm in May. The waters of the Narrows are cold, and a swim across the "
                       "Narrows takes ten hours, Ray said.")
    assert got.get("Ana Ray") == "person"
    assert "Narrows" not in got
