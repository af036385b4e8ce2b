"""A state's bodies are named as English writes them ("Iranian army", "US military"), and publications the model
calls people are organisations. Sentences of our own."""

import pytest

from conftest import make_article
from newscoder.extract.actors.groups import country_adjective, state_body_name
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text):
    art = make_article(text)
    return art, extract_actors(nlp(art.text), art, load_registry())


def _actor(an, art, text):
    start = art.text.index(text)
    return an.get(an.actor_at(start, start + len(text)))


@pytest.mark.parametrize(("body", "iso3", "name"), [
    ("police", "PHL", "Philippine police"),  # the state's adjective, not the people's ("Filipino")
    ("army", "IRN", "Iranian army"),
    ("military", "USA", "US military"),  # the abbreviation of data/demonyms.csv
    ("Parliament", "GBR", "UK Parliament"),
    ("Parliament", "FRA", "French Parliament"),
    ("police", "HKG", "Hong Kong police"),  # no adjective: the short name as a modifier
])
def test_a_state_body_is_named_with_the_country_adjective(body, iso3, name):
    assert state_body_name(body, iso3) == name


def test_people_keep_the_people_adjective():
    assert (country_adjective("PHL"), country_adjective("PHL", state=True)) == ("Filipino", "Philippine")
    assert (country_adjective("USA"), country_adjective("USA", state=True)) == ("American", "US")


@pytest.mark.parametrize(("text", "word", "name", "iso3"), [
    ("TEHRAN — The Iranian army said on Sunday that two drones had been shot down.", "army", "Iranian army", "IRN"),
    ("Police in Manila arrested four men on Friday after a raid on a warehouse.", "Police", "Philippine police",
     "PHL"),
    ("The parliament in Paris voted on Tuesday to extend the tax credit.", "parliament", "French Parliament",
     "FRA"),
])
def test_bodies_in_the_text_take_the_usual_name(nlp, text, word, name, iso3):
    art, an = _analyse(nlp, text)
    body = _actor(an, art, word)
    assert (body.name, body.country_iso3, body.actor_type) == (name, iso3, "organization")


def test_wikinews_is_a_registered_news_organisation(nlp):
    # the model tags the site a person after "told"; the registry knows it as a news organisation
    art, an = _analyse(nlp, "Dr. Mara Quell told Wikinews that the pumps had failed twice.")
    site = _actor(an, art, "Wikinews")
    assert (site.name, site.actor_type, site.registry_id) == ("Wikinews", "organization", "reg_media_wikinews")
    assert _actor(an, art, "Mara Quell").actor_type == "person"


@pytest.mark.parametrize(("text", "name", "person"), [
    ("Vargas told Tolosa Bulletin that the bridge would reopen.", "Tolosa Bulletin", "Vargas"),
    ("Pedro Vargas told Marlow Gazette that the ward was full.", "Marlow Gazette", "Pedro Vargas"),
])
def test_a_publication_head_word_makes_an_organisation(nlp, text, name, person):
    # the model tags both names as people; the last word "Bulletin", "Gazette" names a publication
    art, an = _analyse(nlp, text)
    assert _actor(an, art, name).actor_type == "organization"
    assert _actor(an, art, person).actor_type == "person"


def test_a_given_name_before_a_publication_word_keeps_a_person(nlp):
    art, an = _analyse(nlp, "Mayor Daniel Times said the road was closed.")
    assert (_actor(an, art, "Daniel Times").name, _actor(an, art, "Daniel Times").actor_type) == (
        "Daniel Times", "person")


def test_a_rank_after_a_bare_body_takes_the_country_of_that_body(nlp):
    art, an = _analyse(nlp, "Peruvian police detained two men. Police Senior Superintendent Jorge Vela said "
                            "they were armed.")
    assert (_actor(an, art, "Peruvian police").name, _actor(an, art, "Jorge Vela").country_iso3) == (
        "Peruvian police", "PER")
