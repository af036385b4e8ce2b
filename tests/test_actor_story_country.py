"""The last evidence for a country: the one country a story's own actors belong to (our own sentences)."""

from __future__ import annotations

from conftest import actor_country as _country
from conftest import analyse_actors as _analyse

# a story about Kenya: its president, its ministry and its places carry their own country; the newspaper,
# the traders' union and the shopkeeper are named with none
_KENYA = ("Kenyan President Amani Kiptoo met the Kenyan Ministry of Health in Nairobi on Monday. The Kenyan "
          "Red Cross and Kenya Power sent teams to Mombasa. {extra}The Daily Drum reported that the Sokoni "
          "Traders Union would join the talks. Shopkeeper Wanjiru Odhiambo told the paper the union was "
          "ready.")




def test_people_and_bodies_of_a_one_country_story_take_its_country_but_not_its_newspaper(nlp):
    an = _analyse(nlp, _KENYA.format(extra=""))
    assert _country(an, "Amani Kiptoo")[0] == "KEN"
    assert _country(an, "Daily Drum") == (None, None)  # a news outlet reports from abroad as often
    assert _country(an, "Sokoni Traders Union") == ("KEN", "article_context")
    assert _country(an, "Wanjiru Odhiambo")[0] == "KEN"


def test_a_body_named_for_a_place_abroad_takes_nothing_from_the_story(nlp):
    an = _analyse(nlp, _KENYA.format(extra="Doha Sports Channel reporter Samir Haddad filmed the meeting. "))
    assert _country(an, "Sokoni Traders Union") == ("KEN", "article_context")
    assert _country(an, "Doha Sports Channel")[0] is None


def test_a_body_of_many_states_takes_nothing_from_the_story(nlp):
    an = _analyse(nlp, _KENYA.format(extra="The Organisation of Islamic Cooperation sent an observer. "))
    assert _country(an, "Sokoni Traders Union") == ("KEN", "article_context")
    assert _country(an, "Organisation of Islamic Cooperation")[0] is None


def test_a_story_of_two_countries_gives_no_country(nlp):
    text = ("Kenyan President Amani Kiptoo met Ugandan President Okello Ssali in Nairobi and Kampala. The Kenyan "
            "Red Cross and the Uganda Red Cross sent teams. The Daily Drum reported that the Sokoni Traders Union "
            "would join the talks.")
    an = _analyse(nlp, text)
    assert _country(an, "Amani Kiptoo")[0] == "KEN"
    assert _country(an, "Sokoni Traders Union")[0] is None
