"""Round 120: a place set before a body's kind noun gives the body's country over the story's."""

from conftest import actor_country, actors_by_name, analyse_actors


def test_shared_state_name_before_company_takes_the_country_of_a_body_read(nlp):
    an = analyse_actors(nlp, "The Kelbo Institute of the United States funded a trial in Zambia on Monday. "
                             "One drug, made by the Florida company Brightwell Labs, cut deaths by half. "
                             "Zambian doctors in Lusaka praised the results. Zambia has seen 300 cases.")
    assert actor_country(an, "Brightwell Labs")[0] == "USA"
    assert actor_country(an, "Zambia")[0] == "ZMB"


def test_shared_state_name_alone_keeps_the_story_country_off(nlp):
    an = analyse_actors(nlp, "Doctors in Zambia began a trial on Monday. One drug, made by the Florida "
                             "company Brightwell Labs, cut deaths by half. Zambian doctors in Lusaka praised "
                             "the results. Zambia has seen 300 cases.")
    assert actor_country(an, "Brightwell Labs") != ("ZMB", "article")
    assert actor_country(an, "Brightwell Labs") != ("ZMB", "article_context")


def test_based_descriptor_set_before_the_name_with_a_comma(nlp):
    an = analyse_actors(nlp, "Volunteers in Fiji cleaned a beach on Sunday. A Queensland-based charity, "
                             "Reef First, organised the work. Fiji's prime minister thanked them in Suva.")
    assert actor_country(an, "Reef First") == ("AUS", "base")
    assert "Fiji" in actors_by_name(an)


def test_state_before_company_still_read_without_comma(nlp):
    an = analyse_actors(nlp, "Villagers in Peru got new water pumps, built by the Texas manufacturer "
                             "Dorran Pumps. Peruvian officials in Lima welcomed the pumps. Peru plans more.")
    assert actor_country(an, "Dorran Pumps")[0] == "USA"


def test_place_before_another_noun_gives_the_body_nothing(nlp):
    an = analyse_actors(nlp, "Farmers in Kenya sued on Tuesday. A Florida jury, Kessler Holdings said, "
                             "had no say. Kenyan police in Nakuru arrested ten people. Kenya's president "
                             "spoke in Nairobi.")
    names = actors_by_name(an)
    if "Kessler Holdings" in names:
        assert names["Kessler Holdings"].country_iso3 != "USA"
