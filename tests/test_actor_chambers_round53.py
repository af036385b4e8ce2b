"""Generic institution names, round 53 (our own sentences): a bare chamber word the text ties to a state or
territory is that place's chamber, not the nation's of the same word."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_a_possessed_state_senate_is_the_states(nlp):
    an = analyse_actors(nlp, "Former US Senator Mara Quill died on Sunday at 71. In 1994 Quill won a seat in "
                             "Nebraska's state Senate, and in 2006 she defeated Senator Rolf Ebner.")
    actors = actors_by_name(an)
    assert "Nebraska Senate" in actors
    assert actors["Nebraska Senate"].country_iso3 == "USA"
    assert "US Senate" not in actors
    assert "Mara Quill" in actors  # the person next to it is still found


def test_the_senate_of_the_state_is_the_named_states(nlp):
    an = analyse_actors(nlp, "In the US state of Oregon, Governor Lena Marsh signed the water bill on Friday. "
                             "The bill passed the Senate of the state on Tuesday.")
    actors = actors_by_name(an)
    assert actors["Oregon Senate"].country_iso3 == "USA"
    assert "Senate" in mention_texts(an, "Oregon Senate")


def test_a_territorys_chambers_are_its_own_and_the_us_house_stays(nlp):
    an = analyse_actors(nlp, "Guam's governor named Rafael Tenorio as his deputy on Monday. The territory's "
                             "House of Representatives confirmed him, but the Senate had not. Both houses of the "
                             "Legislative Assembly must confirm a deputy. Tenorio once served as a delegate to "
                             "the U.S. House of Representatives.")
    actors = actors_by_name(an)
    assert actors["Guam Senate"].country_iso3 == "GUM"
    assert actors["Guam House of Representatives"].country_iso3 == "GUM"
    assert actors["Legislative Assembly of Guam"].country_iso3 == "GUM"
    assert mention_texts(an, "United States House of Representatives") == ["U.S. House of Representatives"]


def test_a_bare_senate_of_a_national_story_stays_national(nlp):
    an = analyse_actors(nlp, "Senator Rolf Ebner of Oregon said on Monday the Senate would vote on the budget "
                             "next week. The House of Representatives passed it in May.")
    names = {a.name for a in an.actors}
    assert "Oregon Senate" not in names
    assert not any(n.startswith("Legislative") or n.startswith("Oregon House") for n in names)


def test_a_bare_party_of_the_one_state_its_sentence_names(nlp):
    an = analyse_actors(nlp, "Students marched in Macau on Sunday, organisers said. Tuesday is the anniversary "
                             "of the Communist Party's rise to power in China.")
    actors = actors_by_name(an)
    party = next(a for a in an.actors if "Communist Party" in a.name)
    assert party.country_iso3 == "CHN" and party.registry_id is not None
    assert "Communist Party" not in actors


def test_a_bare_party_of_a_sentence_naming_two_states_stays(nlp):
    an = analyse_actors(nlp, "The Communist Party won seats in both Nepal and India, the paper said.")
    party = next(a for a in an.actors if "Communist Party" in a.name)
    assert party.country_iso3 is None


def test_a_network_before_station_is_no_mention_of_the_network(nlp):
    an = analyse_actors(nlp, "Witnesses told CBS station WQRT-TV that the fire began at noon. "
                             "Fire chief Dana Orr said two homes burned.")
    assert not any(m.text == "CBS" for m in an.mentions)
    assert "Dana Orr" in actors_by_name(an)


def test_a_capital_at_the_end_of_a_route_is_a_place(nlp):
    an = analyse_actors(nlp, "The coach carried tourists from Soroti to Nairobi when it overturned. "
                             "Police said the driver survived.")
    assert not any(m.text == "Nairobi" for m in an.mentions)


def test_a_capital_after_an_ordinal_is_a_figure_of_speech(nlp):
    an = analyse_actors(nlp, "The region was once called the second Paris by its boosters. Mayor Lena Marsh "
                             "opened the festival on Friday.")
    assert not any(m.text == "Paris" for m in an.mentions)
    assert "Lena Marsh" in actors_by_name(an)


def test_a_capital_that_acts_is_still_its_state(nlp):
    an = analyse_actors(nlp, "Nairobi rejected the proposal on Monday, and the envoy flew to Addis Ababa.")
    kenya = next(a for a in an.actors if a.country_iso3 == "KEN" and a.actor_type == "state")
    assert any(m.text == "Nairobi" and m.actor_key == kenya.key for m in an.mentions)
    assert not any(m.text == "Addis Ababa" for m in an.mentions)
