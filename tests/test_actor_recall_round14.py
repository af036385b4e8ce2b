"""Names the extraction used to miss: an agency named "<domain> <country>" inside a spokesperson's title, and a
later mention of a name with a possessive inside it. Sentences of our own."""

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text):
    art = make_article(text)
    return art, extract_actors(nlp(art.text), art, load_registry())


def _actor(an, art, text, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(text, start + 1)
    return an.get(an.actor_at(start, start + len(text)))


def test_agency_in_a_spokespersons_title_is_the_agency_not_the_state(nlp):
    text = "Transport Canada spokeswoman Marie Dulac said the inspection of the ferry would take a week."
    art, an = _analyse(nlp, text)
    agency = _actor(an, art, "Transport Canada")
    assert (agency.name, agency.actor_type, agency.country_iso3) == ("Transport Canada", "organization", "CAN")
    assert an.get(agency.parent_key).name == "Canada"
    # the spokeswoman is still found, with the country of her agency
    person = _actor(an, art, "Marie Dulac")
    assert (person.name, person.actor_type, person.country_iso3) == ("Marie Dulac", "person", "CAN")
    # the bare country is no mention of its own there
    assert not [m for m in an.mentions if m.text == "Canada"]


def test_a_country_in_a_plain_title_is_still_the_state(nlp):
    text = "Canada spokeswoman Marie Dulac said the ferry would sail again on Monday."
    art, an = _analyse(nlp, text)
    assert _actor(an, art, "Canada").name == "Canada"
    assert _actor(an, art, "Canada").actor_type == "state"
    assert _actor(an, art, "Marie Dulac").actor_type == "person"


def test_a_name_with_a_possessive_inside_is_found_again_untagged(nlp):
    # the model tags the first "Varnian People's Army" and leaves the one inside the quotation untagged
    text = ("The chief of the Varnian People's Army gave an order on Friday. \"Commanders of the Varnian People's "
            "Army must hold the bridge until dawn,\" the radio said.")
    art, an = _analyse(nlp, text)
    first = _actor(an, art, "Varnian People's Army")
    again = _actor(an, art, "Varnian People's Army", nth=1)
    assert first is not None and again is not None
    assert (again.key, again.name, again.actor_type) == (first.key, "Varnian People's Army", "organization")


def test_a_nationality_word_of_the_next_noun_is_cut_off_the_name(nlp):
    # the model reads "Scientology on German" as one name; "German" goes with "radio"
    art, an = _analyse(nlp, "The activist had campaigned against Scientology on German radio for years.")
    church = _actor(an, art, "Scientology")
    assert (church.name, church.actor_type) == ("Scientology", "organization")
    assert [m.text for m in an.mentions if m.actor_key == church.key] == ["Scientology"]


def test_a_nationality_word_inside_a_name_stays(nlp):
    text = "Officials of the Federation of German Industries said on Monday that exports fell."
    art, an = _analyse(nlp, text)
    body = _actor(an, art, "Federation of German Industries")
    assert (body.name, body.actor_type, body.country_iso3) == ("Federation of German Industries", "organization",
                                                               "DEU")


def test_home_secretary_is_a_title_not_an_organisation(nlp):
    art, an = _analyse(nlp, "On Monday, Home Secretary Ann Ray told reporters that the plan would go ahead.")
    assert _actor(an, art, "Ann Ray").actor_type == "person"
    assert [a.name for a in an.actors] == ["Ann Ray"]


def test_a_shadow_portfolio_is_a_title_not_an_organisation(nlp):
    art, an = _analyse(nlp, "Labour's Shadow Home Secretary Tom Bell said the plan had failed.")
    assert _actor(an, art, "Tom Bell").actor_type == "person"
    assert sorted(a.name for a in an.actors) == ["Labour", "Tom Bell"]


def test_the_home_office_stays_an_organisation(nlp):
    art, an = _analyse(nlp, "The Home Office said the plan would go ahead.")
    office = _actor(an, art, "Home Office")
    assert (office.name, office.actor_type, office.country_iso3) == ("Home Office", "organization", "GBR")


def test_a_surname_with_a_lower_case_particle_joins_the_full_name(nlp):
    text = ("The bridge was closed, said Transport Minister Karim al-Hadi. According to al-Hadi, repairs will "
            "take a month.")
    art, an = _analyse(nlp, text)
    full = _actor(an, art, "Karim al-Hadi")
    assert (full.name, full.actor_type) == ("Karim al-Hadi", "person")
    assert _actor(an, art, "al-Hadi", nth=1).key == full.key


def test_a_particle_surname_alone_is_no_actor(nlp):
    # with no full name in the article there is nothing to give it; the sentence's other name still counts
    art, an = _analyse(nlp, "Officials said al-Hadi would meet Omar Farouk on Monday.")
    assert _actor(an, art, "Omar Farouk").actor_type == "person"
    assert [a.name for a in an.actors if a.actor_type == "person"] == ["Omar Farouk"]


def test_a_particle_surname_of_two_people_stays_out(nlp):
    art, an = _analyse(nlp, "Karim al-Hadi spoke. His son Omar al-Hadi was killed, and al-Hadi said the army was to "
                            "blame.")
    assert sorted(a.name for a in an.actors if a.actor_type == "person") == ["Karim al-Hadi", "Omar al-Hadi"]
    assert an.actor_at(art.text.rindex("al-Hadi"), art.text.rindex("al-Hadi") + 7) is None
