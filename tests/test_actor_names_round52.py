"""Actor names, round 52 (our own sentences): acronyms whose full name the article also writes with a
possessive, a body's original-language name in brackets, company names with a legal-form tail, a
hyphenated first word the model left out, a national-body descriptor beside the body's proper name."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts
from newscoder.extract.actors.acronyms import _company_tail
from newscoder.extract.actors.word_lists import org_heads


def test_an_acronym_takes_the_full_name_also_written_with_a_possessive(nlp):
    an = analyse_actors(nlp, "Forecasters at the Kelbian Storm Office said the storm would weaken by Friday. "
                             "The KSO expects heavy rain, and the Kelbian Storm Office's director urged residents "
                             "to stay indoors.")
    actors = actors_by_name(an)
    assert "KSO" not in actors
    assert "KSO" in mention_texts(an, "Kelbian Storm Office")


def test_an_original_language_name_in_brackets_joins_the_body(nlp):
    an = analyse_actors(nlp, "The Danish broadcaster (Danmarks Radio) aired the debate. The Danish Broadcasting "
                             "Corporation (Danmarks Radio) said viewers complained.")
    actors = actors_by_name(an)
    assert "Danmarks Radio" not in actors
    assert actors["Danish Broadcasting Corporation"].country_iso3 == "DNK"
    assert "Danmarks Radio" in mention_texts(an, "Danish Broadcasting Corporation")


def test_a_company_tail_after_a_short_name():
    heads = org_heads()
    assert _company_tail(["Motor", "Company"], heads)
    assert _company_tail(["S.A."], heads)
    # a product line, a national subsidiary and an organ of a body are other entities
    assert not _company_tail(["Web", "Services"], heads)
    assert not _company_tail(["Ireland", "Limited"], heads)
    assert not _company_tail(["General", "Assembly"], heads)


def test_a_hyphenated_first_word_opens_the_name(nlp):
    an = analyse_actors(nlp, "In 1948 the Co-operative Commonwealth Alliance won the seat, and the "
                             "Pro-Democracy Workers Party lost.")
    actors = actors_by_name(an)
    assert "Co-operative Commonwealth Alliance" in actors
    assert "Commonwealth Alliance" not in actors
    assert "Pro-Democracy Workers Party" in actors


def test_a_national_body_descriptor_joins_the_proper_name(nlp):
    an = analyse_actors(nlp, "Peruvian police arrested two men on Sunday. A spokesman for the Peruvian National "
                             "Police said both were foreigners.")
    actors = actors_by_name(an)
    assert "Peruvian police" not in actors
    assert actors["Peruvian National Police"].country_iso3 == "PER"
    assert "Peruvian police" in mention_texts(an, "Peruvian National Police")


def test_a_city_police_is_not_the_national_body(nlp):
    an = analyse_actors(nlp, "Peruvian police arrested two men on Sunday. A spokesman for the Lima Metropolitan "
                             "Police said both were foreigners.")
    actors = actors_by_name(an)
    assert "Peruvian police" in actors
    assert "Lima Metropolitan Police" in actors


def test_a_given_name_alone_is_the_one_person_named_in_full(nlp):
    an = analyse_actors(nlp, "Officials said Farouk bin Tamir was killed in a raid. The death of Farouk weakens "
                             "the network, and Farouk led its youth wing.")
    actors = actors_by_name(an)
    assert "Farouk" not in actors
    assert actors["Farouk bin Tamir"].actor_type == "person"
    assert mention_texts(an, "Farouk bin Tamir").count("Farouk") == 2
