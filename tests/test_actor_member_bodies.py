"""Countries from the body an actor belongs to, named elsewhere in the article (our own sentences)."""

from __future__ import annotations

from conftest import actor_country as _country
from conftest import analyse_actors as _analyse


def test_a_judge_in_a_story_naming_one_state_s_court_is_of_that_state(nlp):
    an = _analyse(nlp, "The banker was sentenced in U.S. Federal Court on Monday. Judge Marta Quillan gave him "
                       "two years. His lawyers had flown in from Ukraine and Cyprus to plead for him.")
    assert _country(an, "Marta Quillan") == ("USA", "title")


def test_a_bare_judge_gets_nothing_when_the_story_names_courts_of_two_states(nlp):
    an = _analyse(nlp, "The U.S. Federal Court and the Supreme Court of Canada both heard the case. "
                       "Judge Marta Quillan gave the banker two years, and the Kremlin and Ukraine protested.")
    assert _country(an, "Marta Quillan")[0] is None
    assert _country(an, "US Federal Court")[0] == "USA"


def test_listed_representatives_are_of_the_named_house(nlp):
    an = _analyse(nlp, "The subpoena was issued by Representatives Dale Voss, Ana Ritter, and Tom Keane, who chair "
                       "three committees of the United States House of Representatives. Officials in Ukraine and "
                       "Russia, Poland and Ukraine again declined to comment on Ukraine.")
    for name in ("Dale Voss", "Ana Ritter", "Tom Keane"):
        assert _country(an, name) == ("USA", "title")


def test_a_party_and_state_tag_marks_a_member_of_the_us_congress(nlp):
    an = _analyse(nlp, "Brad Hollin (R-SC) said the sanctions on Turkey and Syria were too weak for Iran.")
    assert _country(an, "Brad Hollin") == ("USA", "title")


def test_a_body_belonging_to_another_takes_the_owner_s_country(nlp):
    an = _analyse(nlp, "The cargo jet was flown by Zarin Cargo Airways, owned by the Iranian Air Force. "
                       "Officials in Kyrgyzstan and Iran said the crew survived.")
    assert _country(an, "Iranian Air Force")[0] == "IRN"
    assert _country(an, "Zarin Cargo Airways") == ("IRN", "base")


def test_staff_of_a_body_owned_by_another_take_the_owner_s_country(nlp):
    an = _analyse(nlp, "The cargo jet was flown by Zarin Cargo Airways, owned by the Iranian Air Force. "
                       "Zarin Cargo Airways pilot Reza Kamali said the runway was wet. "
                       "Officials in Kyrgyzstan and Iran said the crew survived.")
    assert _country(an, "Zarin Cargo Airways") == ("IRN", "base")
    assert _country(an, "Reza Kamali") == ("IRN", "base")


def test_a_body_named_as_a_client_is_not_owned(nlp):
    an = _analyse(nlp, "Zarin Cargo Airways, which flew for the Iranian Air Force, lost a jet. "
                       "Officials in Kyrgyzstan and Iran said the crew survived.")
    assert _country(an, "Iranian Air Force")[0] == "IRN"
    assert _country(an, "Zarin Cargo Airways")[0] is None


def test_a_part_of_a_national_service_takes_the_service_s_country(nlp):
    an = _analyse(nlp, "The Indonesian Navy sent four ships to search for the tanker, which vanished near "
                       "Singapore. Navy Information Agency head Agus Wibowo said the search would go on. "
                       "A ship from Malaysia and one from Australia joined.")
    assert _country(an, "Indonesian navy")[0] == "IDN"
    assert _country(an, "Navy Information Agency") == ("IDN", "base")
    assert _country(an, "Agus Wibowo") == ("IDN", "base")


def test_a_service_part_gets_nothing_when_two_states_services_are_named(nlp):
    an = _analyse(nlp, "The Indonesian Navy and the Malaysian Navy sent ships to search for the tanker. "
                       "Navy Information Agency head Agus Wibowo said the search would go on.")
    assert _country(an, "Indonesian Navy")[0] == "IDN"
    assert _country(an, "Navy Information Agency")[0] is None


def test_a_paper_named_after_a_service_is_no_part_of_it(nlp):
    an = _analyse(nlp, "The Iraqi military said two rockets hit the base near Baghdad, "
                       "the Military Times reported, citing officials in Iraq.")
    # round 125: "the Iraqi military" is published under its usual name
    assert _country(an, "Iraqi Armed Forces")[0] == "IRQ"
    assert _country(an, "Military Times")[0] != "IRQ"


def test_a_place_modifying_an_apposed_noun_gives_its_country(nlp):
    an = _analyse(nlp, "Orbit Comics, a California comics publisher, sent staff to the fair in Toronto, Canada; "
                       "others came from Mexico.")
    assert _country(an, "Orbit Comics") == ("USA", "base")
    an = _analyse(nlp, "Dan Rell, a New York lawyer, said the fair in Toronto was busy; guests came from Canada "
                       "and Mexico.")
    assert _country(an, "Dan Rell") == ("USA", "base")


def test_a_place_glued_to_another_word_gives_nothing(nlp):
    # round 69: "guests came from Canada" is a place only (no Canada row); Canada acting keeps the row
    an = _analyse(nlp, "Dan Rell, a Paris-born lawyer, said the fair in Toronto was busy; Canada and Mexico "
                       "sent guests.")
    assert _country(an, "Dan Rell")[0] is None
    assert any(a.name == "Canada" for a in an.actors)
