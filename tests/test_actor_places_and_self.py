"""Places that are no actors (buildings, states named as where someone is from) and pronoun-like words that
belong to one noun (an emphatic "himself", "the president of <a body>"): our own sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _names(an) -> set[str]:
    return {a.name for a in an.actors}


def _linked(an, kind: str) -> list[tuple[str, str]]:
    names = {a.key: a.name for a in an.actors}
    return [(m.text, names[m.actor_key]) for m in an.mentions if m.mention_kind == kind]


def test_a_building_word_makes_a_place_even_where_the_model_sees_a_person(nlp):
    an = _analyse(nlp, "Police said three shops and Gorse Mall in Kelby were damaged. The Kelby Inn is the only "
                       "hotel in the village, mayor Ana Ferreira said.")
    assert "Ana Ferreira" in _names(an)
    assert not {"Gorse Mall", "Kelby Inn"} & _names(an)


def test_states_people_were_from_are_places(nlp):
    an = _analyse(nlp, "Of the dead, two travellers were from Chile, Peru and the Netherlands. Norway sent a "
                       "team of doctors.")
    assert "Norway" in _names(an)
    assert not {"Chile", "Peru", "Netherlands"} & _names(an)


def test_countries_given_as_examples_of_where_something_happened_are_places(nlp):
    an = _analyse(nlp, "Agents planned attacks on critics in nations including Norway, Chile, and Peru. Nations "
                       "including Ghana signed the pact on Monday.")
    assert "Ghana" in _names(an)
    assert not {"Norway", "Chile", "Peru"} & _names(an)


def test_an_emphatic_himself_belongs_to_the_name_it_follows(nlp):
    an = _analyse(nlp, "Envoy Tom Briggs arranged a meeting between Lena Ostrova and Mark Velden himself.")
    assert ("himself", "Mark Velden") in _linked(an, "pronoun")
    assert ("himself", "Tom Briggs") not in _linked(an, "pronoun")


def test_a_reflexive_object_still_binds_to_the_subject(nlp):
    an = _analyse(nlp, "Mark Velden blamed himself for the loss.")
    assert ("himself", "Mark Velden") in _linked(an, "pronoun")


def test_the_president_of_a_body_is_not_a_state_president(nlp):
    an = _analyse(nlp, "Chilean President Mark Velden opened the summit. Later, the president of the Harbour "
                       "Rowing League spoke to reporters.")
    assert "Mark Velden" in _names(an)
    assert ("the president", "Mark Velden") not in _linked(an, "title")


def test_a_title_of_a_place_or_of_the_same_body_still_links(nlp):
    an = _analyse(nlp, "Ohio Governor Mark Velden opened the fair. Later, the governor of Ohio spoke to reporters.")
    assert ("the governor", "Mark Velden") in _linked(an, "title")
    an = _analyse(nlp, "Mark Velden, chairman of the Kelby Water Board, opened the fair. Later, the chairman of the "
                       "Kelby Water Board spoke to reporters.")
    assert ("the chairman", "Mark Velden") in _linked(an, "title")


def test_a_province_name_two_countries_share_counts_for_the_one_the_article_names(nlp):
    an = _analyse(nlp, "Firefighters rescued two hikers in Florida on Monday. Dana Whitfield, a volunteer, said "
                       "the hikers were safe. Rescue crews across Florida, in the United States, were praised.")
    assert {a.name: a.country_iso3 for a in an.actors}.get("Dana Whitfield") == "USA"
    # with no country named, the shared name decides nothing
    an = _analyse(nlp, "Firefighters rescued two hikers in Florida on Monday. Dana Whitfield, a volunteer, said "
                       "the hikers were safe. Rescue crews across Florida were praised.")
    assert {a.name: a.country_iso3 for a in an.actors}.get("Dana Whitfield") is None


def test_a_word_used_only_as_a_topic_and_a_modifier_is_no_person(nlp):
    an = _analyse(nlp, "Lawmakers debated Brexit again. The Brexit deadline is October 31, and protesters "
                       "marched against Brexit.")
    names = _names(an)
    assert "Brexit" not in names
    assert {"lawmakers", "protesters"} <= {n.lower() for n in names}


def test_a_surname_that_speaks_is_still_a_person(nlp):
    an = _analyse(nlp, "Critics attacked the Okonjo plan. Okonjo said the plan would work, and voters backed "
                       "Okonjo.")
    assert "Okonjo" in _names(an)


def test_the_south_of_a_divided_country_is_its_state(nlp):
    an = _analyse(nlp, "North Korea fired shells at South Korea on Monday. The South answered with artillery "
                       "aimed at the North.")
    mentions = {m.text: an.get(m.actor_key).name for m in an.mentions}
    assert mentions["South"] == "South Korea" and mentions["North"] == "North Korea"
    other = _analyse(nlp, "Storms hit the South of England. South Africa sent aid to the South.")
    assert [m.text for m in other.mentions if other.get(m.actor_key).name == "South Africa"] == ["South Africa"]
