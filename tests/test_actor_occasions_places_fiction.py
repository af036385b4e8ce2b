"""Names that are no actors (round 43): the name of a rally, places listed after a place preposition or
entered by troops, characters and works of fiction in photo captions, a technical system the model cut
before "system", a building's class word left alone. Our own sentences."""

from __future__ import annotations

from conftest import analyse_actors


def _actors(nlp, text: str) -> dict[str, str]:
    r = analyse_actors(nlp, text)
    return {a.name: a.actor_type for a in r.actors}


def test_a_name_only_written_before_rally_is_the_rally_not_an_actor(nlp):
    got = _actors(nlp, "The Save the Harbour rally drew thousands of people on Saturday. Critics of the Save "
                       "the Harbour rally said the police were absent. Ana Ray, a city councillor, said the "
                       "crowd was peaceful.")
    assert got.get("Ana Ray") == "person"
    assert not any("Harbour" in name for name in got)


def test_places_listed_after_a_place_preposition_are_no_people(nlp):
    got = _actors(nlp, "Marchers set off at the park, Varro Bay, and Tin Kelso on Sunday afternoon and walked "
                       "to the harbour. Ana Ray, a police spokeswoman, said nobody was hurt.")
    assert got.get("Ana Ray") == "person"
    assert "Varro Bay" not in got and "Tin Kelso" not in got


def test_people_listed_as_the_subject_after_a_place_stay(nlp):
    got = _actors(nlp, "The meeting ended at the harbour, Ana Ray and Bo Lindqvist said.")
    assert got.get("Ana Ray") == "person" and got.get("Bo Lindqvist") == "person"


def test_a_person_named_after_a_body_in_a_list_stays(nlp):
    got = _actors(nlp, "The prizes went to Oleg Marin, a student at the Kelby Medical Academy, and Irina "
                       "Sokolova, a student at the Varna State University.")
    assert got.get("Oleg Marin") == "person" and "Irina Sokolova" in got  # kept (typed by other rules)


def test_towns_entered_by_troops_are_places(nlp):
    got = _actors(nlp, "The Syrian Army entered Tell Varno and Ain Kasra yesterday according to state media. "
                       "Troops set up a checkpoint at Ain Kasra, the general Ana Ray said.")
    assert got.get("Ana Ray") == "person" and got.get("Syrian Army") == "organization"
    assert "Ain Kasra" not in got


def test_characters_and_franchises_in_photo_captions_are_no_actors(nlp):
    got = _actors(nlp, "Characters from Moonlit Fairies\n\nkelbofan99 as Comet Girl\n\nGinny Marsh from the "
                       "Wandmaker series\n\nActor Daniel Ortega signed autographs at the convention on Friday.")
    assert got.get("Daniel Ortega") == "person"
    assert "Moonlit Fairies" not in got and "Comet Girl" not in got and "Ginny Marsh" not in got


def test_a_tracking_system_cut_before_system_is_no_organisation(nlp):
    got = _actors(nlp, "Ships broadcast their position through both the Automatic Harbour System and the Long "
                       "Range Position Reporting and Tracking (LRPRT) system. Ana Ray, a port official, said "
                       "LRPRT is used by seagoing nations.")
    assert got.get("Ana Ray") == "person"
    assert not any("Tracking" in name or name == "LRPRT" for name in got)


def test_a_buildings_class_word_alone_is_no_organisation(nlp):
    got = _actors(nlp, "The attacker left the Hall and ran onto the bridge. A conference was being held at "
                       "Gorseway Hall that morning, Ana Ray of the City Police said.")
    assert got.get("Ana Ray") == "person" and got.get("City Police") == "organization"
    assert "Hall" not in got


def test_a_character_from_a_title_in_a_caption_line_is_no_actor(nlp):
    got = _actors(nlp, "Actor Daniel Ortega signed autographs at the convention on Friday.\n\nMarty Kell from "
                       "Back to the Kelbos\n\n")
    assert got.get("Daniel Ortega") == "person"
    assert "Marty Kell" not in got


def test_a_site_named_mostly_as_a_place_is_no_person(nlp):
    got = _actors(nlp, "Researchers counted penguins at Punta Varnos in March. Punta Varnos is one of the "
                       "breeding sites of the species. Chicks were banded at Punta Varnos every year, and "
                       "volunteers spend months at Punta Varnos, Ana Ray said. Birds also leave Punta Varnos "
                       "for other colonies.")
    assert got.get("Ana Ray") == "person"
    assert "Punta Varnos" not in got


def test_a_name_listed_with_a_university_is_an_organisation(nlp):
    got = _actors(nlp, "Funding came from the University of Kelby and UC Davis, the report said.")
    assert got.get("UC Davis") == "organization"
    assert got.get("University of Kelby") == "organization"


def test_a_company_with_a_legal_form_suffix_is_an_organisation(nlp):
    got = _actors(nlp, "On Monday the state-owned firm announced that Kelbo Ipari Kft. had bought the plant.")
    assert got.get("Kelbo Ipari Kft") == "organization"


def test_a_deity_named_once_with_its_class_noun_is_no_person_anywhere(nlp):
    got = _actors(nlp, "Priests prayed to the goddess Kelmara at the temple. Farmers asked Kelmara for rain, the "
                       "historian Ana Ray said.")
    assert got.get("Ana Ray") == "person"
    assert "Kelmara" not in got


def test_a_process_named_like_a_person_is_no_actor(nlp):
    got = _actors(nlp, "The country is leaving the union in a process termed Kelbexit. The Kelbexit deadline is "
                       "in March, and the Kelbexit referendum was held in 2016. \"We must get Kelbexit done,\" "
                       "the prime minister Ana Ray said. She could not agree a Kelbexit deal.")
    assert got.get("Ana Ray") == "person"
    assert "Kelbexit" not in got


def test_a_name_winning_seats_in_a_results_table_is_a_party(nlp):
    got = _actors(nlp, "The Kelby Party won the election on Friday.\n\n\u2588\u2588\u00a0Kelby Party - 50 seats\n\n"
                       "\u2588\u2588\u00a0Sinn Kelbo - 4 seats\n\n")
    assert got.get("Kelby Party") == "organization"
    assert got.get("Sinn Kelbo") == "organization"
