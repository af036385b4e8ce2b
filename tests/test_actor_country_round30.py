"""Round 30 (country): aides take their principal's country; members of a foreign or international
body do not take the story's country; party members take their party's country."""

from __future__ import annotations

from conftest import actor_country as _country
from conftest import analyse_actors as _analyse


def test_an_aide_takes_the_country_of_the_person_served(nlp):
    an = _analyse(nlp, "Senators in Washington and Boston debated aid on Monday. Ukrainian President Volodymyr "
                       "Zelensky wrote to them. Oksana Hrytsenko, an aide to President Zelensky, told senators in "
                       "Chicago the aid was urgent. Senator Tom Reed of Ohio agreed in Denver.")
    assert _country(an, "Oksana Hrytsenko") == ("UKR", "base")
    assert _country(an, "Tom Reed")[0] == "USA"


def test_the_head_of_an_international_body_takes_no_story_country(nlp):
    an = _analyse(nlp, "Floods hit Davao and Cebu in the Philippines on Monday. Local official Maria Santos said "
                       "Davao was worst hit. Philippine police said Cebu roads were closed. Rescuers in Davao "
                       "worked all night. The Organisation of Islamic Cooperation (OIC) head Ahmed Farouk "
                       "condemned the deaths in Davao.")
    assert _country(an, "Ahmed Farouk") == (None, None)
    assert _country(an, "Maria Santos")[0] == "PHL"


def test_a_member_of_an_international_institute_takes_no_story_country(nlp):
    an = _analyse(nlp, "Floods hit Toronto and Ottawa in Canada on Monday. Mayor Jean Roy said Ottawa was worst "
                       "hit. Residents of Toronto and Montreal were moved. Canadian police closed roads near "
                       "Ottawa. \"The rain was extreme,\" said International Flood Agency hydrologist Hanna Voss. "
                       "Local farmer Paul Girard said his fields in Ottawa were flooded.")
    assert _country(an, "Hanna Voss") == (None, None)
    assert _country(an, "Paul Girard")[0] == "CAN"


def test_party_members_take_the_country_of_their_party(nlp):
    an = _analyse(nlp, "The House in Washington debated the bill on Monday. Since then, a Republican, Mark "
                       "Lindqvist, has publicly backed the inquiry, telling the Reno Gazette he supports it. "
                       "Republicans said Texas would follow.")
    assert _country(an, "Mark Lindqvist") == ("USA", "base")
    assert _country(an, "Republicans") == ("USA", "base")


def test_a_news_outlet_named_with_a_nationality_takes_it(nlp):
    an = _analyse(nlp, "Protesters marched in Davao on Monday. Philippine news site Newsline reported that police "
                       "in Davao arrested ten people. Mayor Ana Cruz said the march was peaceful.")
    assert _country(an, "Newsline") == ("PHL", "nationality")
    assert _country(an, "Ana Cruz")[0] == "PHL"
