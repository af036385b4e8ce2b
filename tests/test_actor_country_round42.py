"""Round 42: countries from places that own an office, the lead's second sentence, local police forces and
people's bases read again late (our own sentences)."""

from __future__ import annotations

from conftest import actor_country as _country
from conftest import analyse_actors as _analyse


def test_a_city_owning_an_office_set_before_the_name_with_a_comma(nlp):
    an = _analyse(nlp, "The Toronto mayor, Harriet Coombe, said the bridge will reopen in May. Coombe said "
                       "the repairs cost more than planned.")
    assert _country(an, "Harriet Coombe") == ("CAN", "title")


def test_a_comma_before_the_name_after_a_common_word_that_is_no_office_gives_nothing(nlp):
    an = _analyse(nlp, "The Leeds bakers sold out by noon. Among the Leeds customers, Harriet Coombe waited "
                       "for an hour. Peter Vance of the University of Geneva said the queue was long.")
    assert _country(an, "Peter Vance")[0] == "CHE"  # a base stated in the same text is still read
    assert _country(an, "Harriet Coombe")[1] not in ("title", "nationality", "base")


def test_the_county_named_before_owns_the_office_of_the_county(nlp):
    an = _analyse(nlp, "Heavy rain flooded homes in Northumberland, England on Friday. Two drivers were hurt. "
                       "The county's fire and rescue commissioner Olwen Pryce asked for a review of the road.")
    assert _country(an, "Olwen Pryce") == ("GBR", "base")


def test_the_city_of_two_countries_places_says_nothing(nlp):
    an = _analyse(nlp, "Floods hit Toronto and Leeds on Friday. The city's deputy mayor Olwen Pryce asked "
                       "for help. Dutch engineer Pieter Smit said the pumps failed.")
    assert _country(an, "Pieter Smit")[0] == "NLD"
    assert _country(an, "Olwen Pryce")[1] != "base"


def test_the_second_sentence_of_the_lead_places_a_local_police_force_and_its_ranks(nlp):
    text = ("On Monday, Wessex Vale Police said they had arrested a third man over the theft. A silver clock "
            "was stolen last week from a country house in Wiltshire, England. The clock was made in Italy "
            "and once belonged to an American banker. \"We urge anyone with information to call us,\" said "
            "Detective Inspector Rhys Morgan.")
    an = _analyse(nlp, text)
    assert _country(an, "Wessex Vale Police") == ("GBR", "office")
    assert _country(an, "Rhys Morgan") == ("GBR", "office")


def test_a_police_force_in_a_story_placed_nowhere_gets_no_country(nlp):
    text = ("On Monday, Wessex Vale Police said they had arrested a third man over the theft. The clock was "
            "made by Italian craftsman Paolo Neri and once belonged to a banker.")
    an = _analyse(nlp, text)
    assert _country(an, "Paolo Neri")[0] == "ITA"
    assert _country(an, "Wessex Vale Police")[0] is None



_CUSCO = ("Floods closed the main road in Cusco, Peru on Monday. Peruvian President Ana Quispe visited the town, "
          "and Peruvian Interior Minister Luis Condori sent soldiers. Peruvian engineer Rosa Mamani said the "
          "bridge would reopen. {source} reported two villages were cut off.")


def test_a_body_the_quote_pass_adds_takes_the_story_country(nlp):
    from conftest import analyse_quotes

    _, an = analyse_quotes(nlp, _CUSCO.format(source="Andina24"))
    assert an.story_iso3 == "PER"
    assert _country(an, "Andina24") == ("PER", "article_context")


def test_a_body_the_quote_pass_adds_in_a_story_of_two_countries_takes_none(nlp):
    from conftest import analyse_quotes

    _, an = analyse_quotes(nlp, "Floods closed roads in Cusco, Peru and in Arica, Chile on Monday. Peruvian "
                                "President Ana Quispe and Chilean President Pedro Soto visited the border. "
                                "Chilean engineer Rosa Vidal said the bridge would reopen. Andina24 reported two "
                                "villages were cut off.")
    assert _country(an, "Rosa Vidal")[0] == "CHL"
    assert an.story_iso3 is None
    assert _country(an, "Andina24") == (None, None)


def test_a_body_followed_by_an_address_with_a_country_takes_that_country(nlp):
    an = _analyse(nlp, "Jonas Meyer, owner of Kestrel Ridge Wildlife Lodge near Pretoria, South Africa, was "
                       "hurt on Tuesday. The lodge closed for a week.")
    assert _country(an, "Kestrel Ridge Wildlife Lodge") == ("ZAF", "base")


def test_a_campaign_group_in_a_city_takes_no_country_from_the_address(nlp):
    an = _analyse(nlp, "Jonas Meyer, owner of Kestrel Ridge Wildlife Lodge near Pretoria, South Africa, was "
                       "hurt on Tuesday. A statement by Greenpeace in London, England criticised the lodge.")
    assert _country(an, "Kestrel Ridge Wildlife Lodge") == ("ZAF", "base")
    assert _country(an, "Greenpeace") == (None, None)


def test_a_county_named_as_a_body_is_seated_in_the_state_after_it(nlp):
    an = _analyse(nlp, "A hurricane neared the United States on Saturday. Marlow County in Florida ordered "
                       "residents to leave their homes on Sunday.")
    assert _country(an, "Marlow County") == ("USA", "base")


def test_a_countryman_takes_the_country_of_the_person_named_before(nlp):
    an = _analyse(nlp, "Mary Wanjiru of Kenya won the women's race in Berlin on Sunday. Countryman Peter Kamau "
                       "won the men's race. Wanjiru's compatriot Alice Chebet came third.")
    assert _country(an, "Mary Wanjiru") == ("KEN", "base")
    assert _country(an, "Peter Kamau") == ("KEN", "nationality")
    assert _country(an, "Alice Chebet") == ("KEN", "nationality")


def test_a_countryman_of_a_person_without_a_country_takes_none(nlp):
    an = _analyse(nlp, "Mary Wanjiru won the women's race in Berlin on Sunday. Countryman Peter Kamau won the "
                       "men's race, ahead of Ethiopian runner Abebe Tola.")
    assert _country(an, "Abebe Tola") == ("ETH", "nationality")
    assert _country(an, "Peter Kamau") == (None, None)


def test_a_nationality_before_named_is_the_named_person_s(nlp):
    an = _analyse(nlp, "Passers-by stopped the thief on Friday. One of them, a Portuguese waiter named Duarte "
                       "Pinto, held him until police arrived.")
    assert _country(an, "Duarte Pinto") == ("PRT", "nationality")


_STUDY = ("In findings published on Monday, researchers from the University of Geneva and {other} reported "
          "that glaciers shrank faster than expected. \"The loss doubled in ten years,\" said study co-author "
          "Margrit Vogt.")


def test_a_co_author_takes_the_one_country_of_the_bodies_the_authors_come_from(nlp):
    an = _analyse(nlp, _STUDY.format(other="the University of Lausanne"))
    assert _country(an, "Margrit Vogt") == ("CHE", "base")


def test_a_co_author_of_authors_from_two_countries_takes_none_of_them(nlp):
    an = _analyse(nlp, _STUDY.format(other="the University of Oslo"))
    assert _country(an, "University of Oslo")[0] == "NOR"
    assert _country(an, "Margrit Vogt")[1] != "base"
