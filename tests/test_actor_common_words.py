"""Names the model tags that are no actors: common words capitalised at a sentence start or used as things,
product models and flight numbers, people's names inside a building's name, ship names, regional labels.
Our own sentences; each test also asserts the actor that must still be found."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _actors(an) -> dict[str, str]:
    return {a.name: a.actor_type for a in an.actors}


def test_a_common_noun_opening_a_sentence_is_no_actor(nlp):
    an = _analyse(nlp, "Glaciologist Tom Reyes measured the ice for a decade. Meltwater doesn't carry any salt, "
                       "Reyes said. He sampled the meltwater every week.")
    names = _actors(an)
    assert names["Tom Reyes"] == "person"
    assert "Meltwater" not in names


def test_a_common_noun_the_model_calls_a_person_is_no_actor_where_used_as_a_medium(nlp):
    an = _analyse(nlp, "Senator Ana Ruiz criticised the plan on Twitter. She wrote on Twitter that the plan was a "
                       "mistake.")
    names = _actors(an)
    assert names["Ana Ruiz"] == "person"
    assert "Twitter" not in names


def test_a_one_word_name_that_is_also_a_noun_stays_a_person_when_it_speaks(nlp):
    # "hunter" is an English noun written in lower case here too; a speech verb with the capitalised word as
    # its subject makes it a person's name
    an = _analyse(nlp, "Rodeo judge Amy Cole watched the final ride, and later Hunter told reporters he rode "
                       "well. Every hunter in the stands cheered.")
    names = _actors(an)
    assert names["Hunter"] == "person"
    assert names["Amy Cole"] == "person"


def test_a_maker_and_a_model_code_name_a_product_not_an_organisation(nlp):
    an = _analyse(nlp, "The airline flies Boeing 767s and Airbus A320s to Lagos, its chief executive Femi Ade "
                       "said.")
    names = _actors(an)
    assert names["Femi Ade"] == "person"
    assert "Boeing 767s" not in names


def test_a_flight_number_is_no_organisation_but_a_numbered_station_is(nlp):
    an = _analyse(nlp, "Investigators said Delta Flight 1288 landed safely, spokesman Ray Dunn said.")
    assert _actors(an)["Ray Dunn"] == "person"
    assert not any("Flight" in n for n in _actors(an))
    an = _analyse(nlp, "The band Channel 4 and Radio 538 were named, presenter Ann Lee said.")
    assert {"Channel 4", "Radio 538", "Ann Lee"} <= set(_actors(an))


def test_a_name_cut_from_a_prison_name_and_used_as_the_place_is_no_actor(nlp):
    an = _analyse(nlp, "The inmate is held at Martin L. Crane Correctional Facility near Fresno. Officials said "
                       "there was an assault at Martin L. Crane Correctional Facility on Friday. He was later "
                       "returned to Crane.")
    names = _actors(an)
    assert "Crane" not in names
    assert "officials" in {n.lower() for n in names}


def test_a_ship_named_after_a_person_is_no_mention_of_that_person(nlp):
    an = _analyse(nlp, "Rescuers on the ship, MV Yusuf Demir, saved 40 people. MV Yusuf Demir docked in Malta on "
                       "Sunday, said captain Lena Berg.")
    names = _actors(an)
    assert names["Lena Berg"] == "person"
    assert "Yusuf Demir" not in names and "MV" not in names


def test_a_regional_label_is_no_group(nlp):
    an = _analyse(nlp, "The columnist wrote that \"too many Western Europeans\" had moved to the town, Mayor Ken "
                       "Lowe said. President Ivan Petrenko urged Western allies to send more tanks.")
    names = _actors(an)
    assert names["Ken Lowe"] == "person"
    assert "Western Europeans" not in names
    assert names["Western allies"] == "group"  # a compass word before a common noun: allies of the West


def test_an_ethnic_people_the_model_calls_a_person_is_a_group(nlp):
    an = _analyse(nlp, "Soldiers killed thousands of ethnic Kavango in 1983, historian Paul Ndlovu said.")
    names = _actors(an)
    assert names["Paul Ndlovu"] == "person"
    assert names.get("Kavango") in (None, "group", "organization")


def test_a_platform_named_only_as_the_channel_of_a_message_is_no_actor(nlp):
    an = _analyse(nlp, "Governor Ana Soto wrote on Snapchat, \"We will rebuild.\" Mayor Tim Hale criticized the plan "
                       "via Snapchat.")
    names = _actors(an)
    assert names["Tim Hale"] == "person"
    assert "Snapchat" not in names


def test_a_given_name_cut_from_a_couple_s_foundation_is_no_person(nlp):
    an = _analyse(nlp, "Dana Cole of the Bill and Martha Kessler Foundation said the grant would help.")
    names = _actors(an)
    assert names["Dana Cole"] == "person"
    assert "Bill" not in names
