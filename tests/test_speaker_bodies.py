"""Speakers that are unnamed bodies (the government, a local police force, a text), or two bodies at once
(our own sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse
from conftest import speaker_names
from newscoder.extract.speaker_bodies import home_government
from newscoder.extract.speaker_phrase import Speaker
from newscoder.records import ActorAnalysis, LocalActor, Mention


def test_the_government_is_the_state_of_a_one_country_story(nlp):
    text = ("Flooding closed roads across Malawi on Tuesday. Rivers in the Malawian capital rose by "
            "two metres, and towns in northern Malawi were evacuated. "
            "The government said that the army would deliver drinking water.")
    qs, actors = analyse(nlp, text)
    assert ("The government", "Malawi") in speaker_names(qs, actors)


def test_an_official_government_account_speaks_for_the_state(nlp):
    text = ("The Tonga government declared a measles emergency this month. Schools in Tonga were closed and "
            "clinics in Tonga opened late. An official government Facebook page said that 900 children had "
            "been vaccinated.")
    qs, actors = analyse(nlp, text)
    assert ("An official government Facebook page", "Tonga") in speaker_names(qs, actors)


def test_the_government_of_a_story_about_two_countries_stays_unlinked(nlp):
    text = ("Kenya and Tanzania signed a fishing treaty on Tuesday. Kenya will send boats and Tanzania will "
            "pay for fuel. Officials of the government said that the deal would last ten years.")
    doc = nlp(text)
    kenya, tanzania = LocalActor("s1", "Kenya", "state", "KEN"), LocalActor("s2", "Tanzania", "state", "TZA")
    actors = ActorAnalysis([kenya, tanzania], [Mention("s1", "Kenya", 0, 5, "name", 0, ""),
                                               Mention("s2", "Tanzania", 10, 18, "name", 0, "")])
    at = text.index("the government")
    assert home_government(doc, actors, Speaker("the government", at, at + 14, "noun")) is None
    # with one of the two states only, the same words are its government
    one = ActorAnalysis([kenya], [Mention("s1", "Kenya", 0, 5, "name", 0, "")])
    assert home_government(doc, one, Speaker("the government", at, at + 14, "noun")) == "s1"


def test_county_police_are_not_the_national_police(nlp):
    text = ("Shots were fired at a wedding in Ohio on Saturday. Police said that 200 guests attended. "
            "Nobody was arrested, county police said.")
    qs, actors = analyse(nlp, text)
    names = speaker_names(qs, actors)
    assert ("county police", None) in names
    assert ("Police", "US police") in names  # the bare "police" of a one-country story is still linked


def test_county_police_are_the_county_force_the_article_named(nlp):
    text = ("Officers from the Benton County Police closed the bridge in Oregon on Saturday. Nobody was hurt, "
            "county police said.")
    qs, actors = analyse(nlp, text)
    assert ("county police", "Benton County Police") in speaker_names(qs, actors)


def test_a_speaker_naming_two_bodies_is_linked_to_neither(nlp):
    text = ("A bridge collapsed in Malawi on Monday. The Transport Ministry and the Malawian Coast Guard "
            "said that divers had found no one. The Transport Ministry said that the bridge was old.")
    qs, actors = analyse(nlp, text)
    names = speaker_names(qs, actors)
    assert ("The Transport Ministry and the Malawian Coast Guard", None) in names
    assert ("The Transport Ministry", "Transport Ministry") in names


def test_a_statement_is_its_one_author_paragraphs_later(nlp):
    text = ("On Friday the Northern Rivers Authority released a statement about the dam.\n\n"
            "Engineers inspected the spillway on Saturday. Water levels fell overnight.\n\n"
            "Farmers downstream moved their cattle. Schools stayed open.\n\n"
            "\"The dam is safe,\" read the statement.")
    qs, actors = analyse(nlp, text)
    assert ("the statement", "Northern Rivers Authority") in speaker_names(qs, actors)


def test_a_statement_with_two_authors_in_the_article_stays_unlinked(nlp):
    text = ("On Friday the Northern Rivers Authority released a statement about the dam.\n\n"
            "The Farmers Union issued a statement on Saturday. Water levels fell overnight.\n\n"
            "Farmers downstream moved their cattle. Schools stayed open.\n\n"
            "\"The dam is safe,\" read the statement.")
    qs, actors = analyse(nlp, text)
    assert ("the statement", None) in speaker_names(qs, actors)


def test_a_one_word_name_that_reports_is_a_medium(nlp):
    text = ("Floods cut the road to the coast. Mbaleni reported that two villages were cut off. "
            "Mbaleni also reported that the school was closed.")
    qs, actors = analyse(nlp, text)
    assert [q.speaker_text for q in qs] == ["Mbaleni", "Mbaleni"]
    assert {actors.get(q.speaker_key).actor_type for q in qs} == {"organization"}
    # a person named in full who reports stays a person
    text = "Floods cut the road. The reporter Amina Wanjiru reported that two villages were cut off."
    qs, actors = analyse(nlp, text)
    assert [(actors.get(q.speaker_key).name, actors.get(q.speaker_key).actor_type) for q in qs] == [
        ("Amina Wanjiru", "person")]


def test_an_office_speaks_for_the_person_whose_it_is(nlp):
    text = ("Prime Minister Adaeze Okonkwo met the strikers on Monday. "
            "The prime minister's office said that talks would resume on Friday.")
    qs, actors = analyse(nlp, text)
    assert ("The prime minister's office", "Adaeze Okonkwo") in speaker_names(qs, actors)
    text = ("Senator Adaeze Okonkwo was taken to hospital on Monday. Her office said that she was resting.")
    qs, actors = analyse(nlp, text)
    assert ("Her office", "Adaeze Okonkwo") in speaker_names(qs, actors)


def test_a_nationality_names_the_government_a_source_speaks_for(nlp):
    text = ("Germany and Kenya held talks in Kenya on Monday. The German Government offered loans and Kenya "
            "offered land. A German government source said that the loans would be cheap.")
    qs, actors = analyse(nlp, text)
    assert ("A German government source", "German Government") in speaker_names(qs, actors)


def test_a_country_name_alone_as_speaker_is_no_government_phrase(nlp):
    # a speaker that is only a state's name has no government word to read: it is linked as a name, and the
    # quotes of the article are still extracted (this once raised and cost the article all its quotes)
    text = ("Chad closed its border with Sudan on Monday. Chad said the crossing at Adre would stay shut for "
            "a month. Interior Minister Ali Mahamat said that patrols would be doubled.")
    qs, actors = analyse(nlp, text)
    names = speaker_names(qs, actors)
    assert ("Chad", "Chad") in names
    assert ("Interior Minister Ali Mahamat", "Ali Mahamat") in names
    doc = nlp(text)
    chad = LocalActor("s1", "Chad", "state", "TCD")
    one = ActorAnalysis([chad], [Mention("s1", "Chad", 0, 4, "name", 0, "")])
    at = text.index("Chad said")
    assert home_government(doc, one, Speaker("Chad", at, at + 4, "name")) is None


def test_one_unnamed_official_is_not_the_state(nlp):
    text = ("Flooding closed roads across Malawi on Tuesday. Rivers in the Malawian capital rose by "
            "two metres, and towns in northern Malawi were evacuated. "
            "A government official said that the army would deliver drinking water. "
            "The government said that schools would stay closed.")
    qs, actors = analyse(nlp, text)
    names = speaker_names(qs, actors)
    assert ("A government official", None) in names  # no government body named: unlinked, never the state
    assert ("The government", "Malawi") in names
    text = ("Flooding closed roads across Malawi on Tuesday. Rivers in the Malawian capital rose by two metres. "
            "The Government of Malawi sent the army to towns in northern Malawi. A government spokesman "
            "said that the army would deliver drinking water.")
    qs, actors = analyse(nlp, text)
    assert ("A government spokesman", "Government of Malawi") in speaker_names(qs, actors)
