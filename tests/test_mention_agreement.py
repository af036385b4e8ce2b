"""Mentions that belong to another entity (round 32): a kind modifier the actor's name lacks, a place
name that begins a body's name, a state named only as a premodifier, members counted rather than their
body, and those who report taken for what their report says was done."""

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def mentions(nlp, text):
    art = make_article(text)
    an = extract_actors(nlp(art.text), art, load_registry())
    return [(m.text, an.get(m.actor_key).name) for m in an.mentions]


def test_a_descriptor_with_a_kind_modifier_needs_a_name_that_bears_it(nlp):
    text = ("The Ninth Circuit Court of Appeals ruled on Monday. The ruling overturns the decision of the "
            "district court.")
    found = mentions(nlp, text)
    assert ("Ninth Circuit Court of Appeals", "Ninth Circuit Court of Appeals") in found
    assert not any(t == "the district court" for t, _ in found)
    text = "The Ninth Circuit Court of Appeals agreed to hear the case. The appeals court said the law was valid."
    assert ("The appeals court", "Ninth Circuit Court of Appeals") in mentions(nlp, text)


def test_a_regional_nationality_word_is_not_borne_by_another_court(nlp):
    text = ("The Court of Appeal of Ontario ruled on Friday. Lawyers said the Welsh court would rule on a "
            "similar case next week.")
    found = mentions(nlp, text)
    assert ("Court of Appeal of Ontario", "Court of Appeal of Ontario") in found
    assert not any(t == "the Welsh court" for t, _ in found)


def test_an_adjective_of_kind_keeps_a_party_apart(nlp):
    text = ("The Green Party of Canada met in Ottawa on Friday. It was criticised by the opposing "
            "nationalist party.")
    found = mentions(nlp, text)
    assert ("It", "Green Party of Canada") in found
    assert not any(t == "the opposing nationalist party" for t, _ in found)


def test_a_capital_that_begins_a_company_name_is_no_mention_of_the_state(nlp):
    found = mentions(nlp, "The head of Abu Dhabi Media, Dr Salim Rashid, blamed the rebels for the attack.")
    assert ("Abu Dhabi Media", "Abu Dhabi Media") in found
    assert not any(name == "United Arab Emirates" for _, name in found)


def test_the_country_is_not_a_state_named_only_as_a_premodifier(nlp):
    # "the country" acted on (round 97: "stationed in the country" is a place, no mention of the state)
    text = ("Liberia asked for help in 2003, and Liberia welcomed U.S. marines. Roughly 200 U.S. marines remain "
            "to protect the country today.")
    found = mentions(nlp, text)
    assert ("the country", "Liberia") in found
    assert ("U.S.", "United States") in found  # still a mention of the state, only not a topic


def test_counted_police_are_officers_not_the_police_force(nlp):
    text = ("Riot police were deployed across France on Sunday. The interior minister said several police were "
            "hurt by the crowd, and the police arrested ten people.")
    found = mentions(nlp, text)
    assert not any(t == "several police" for t, _ in found)
    assert ("police", "French police") in found  # "the police arrested": the body itself


def test_reporters_are_not_what_their_report_says_was_done(nlp):
    text = ("Thousands of clay jars have been found near Luxor, and German archaeologists now say they were "
            "buried as offerings.")
    found = mentions(nlp, text)
    assert ("German archaeologists", "German archaeologists") in found
    assert not any(t == "they" for t, _ in found)


def test_a_group_that_says_what_was_done_to_it_still_links(nlp):
    text = "German archaeologists worked near Luxor in May. The archaeologists said they were robbed there."
    assert ("they", "German archaeologists") in mentions(nlp, text)


def test_they_after_coordinated_reporters_stands_for_the_set(nlp):
    text = ("Over 200 Chilean rescuers responded. The Harbour Authority and the Coast Guard said they believe a "
            "fuel leak caused the fire.")
    found = mentions(nlp, text)
    assert ("Harbour Authority", "Harbour Authority") in found
    assert not any(t == "they" for t, _ in found)


def test_police_between_a_body_and_they_is_a_plural_rival(nlp):
    text = ("Chilean farmers gathered in Santiago on Monday. The Farmers Union had sent the police a plan for "
            "the march, which they rejected.")
    found = mentions(nlp, text)
    assert ("Farmers Union", "Farmers Union") in found
    assert not any(t == "they" for t, _ in found)


def test_a_noun_with_a_plural_verb_is_a_plural_rival(nlp):
    text = "Kenyan students sang on Monday. The buffalo were then led into a field kept for them."
    found = mentions(nlp, text)
    assert ("Kenyan students", "Kenyan students") in found
    assert not any(t == "them" for t, _ in found)


def test_a_plural_subject_with_no_rival_keeps_its_pronoun(nlp):
    text = "Kenyan students sang on Monday. A field was then kept for them."
    assert ("them", "Kenyan students") in mentions(nlp, text)


def test_a_makers_name_before_a_model_number_names_the_product(nlp):
    text = ("Airbus said on Monday that it would build more jets. The carrier flies Airbus A320s and a Boeing 777 "
            "on its long routes.")
    found = mentions(nlp, text)
    assert found[0] == ("Airbus", "Airbus")  # the company that speaks
    assert [t for t, _ in found].count("Airbus") == 1
    assert not any(name == "Boeing" for _, name in found)  # named only by its aircraft: no actor


def test_a_surname_followed_by_a_state_is_a_town(nlp):
    text = "Police chief Dana Whitfield said the suspect, a man of 30 from Whitfield, Texas, was arrested on Sunday."
    assert mentions(nlp, text) == [("Dana Whitfield", "Dana Whitfield")]


def test_a_trade_word_before_company_does_not_block_the_link(nlp):
    text = "Ford Motor Co. earned $2 billion this year. Last year the car company reported a deficit."
    assert ("the car company", "Ford Motor Co.") in mentions(nlp, text)


def test_a_nationality_before_company_may_name_the_firm(nlp):
    text = ("Boeing sold fewer jets than Airbus in 2004. Critics wondered if the US company could keep its "
            "lead in the market.")
    assert ("the US company", "Boeing") in mentions(nlp, text)
