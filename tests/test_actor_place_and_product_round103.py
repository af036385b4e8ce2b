"""A capital the text calls a city, and a company's name modifying a product, are no mentions of the state or
the company acting (round 103; our own sentences). The acting mentions next to them stay."""

from __future__ import annotations

from conftest import analyse_actors, mention_texts


def test_a_capital_after_capital_is_the_city(nlp):
    an = analyse_actors(nlp, "The roof of the Kelby cathedral in Peruvian capital Lima caught fire yesterday. "
                             "Lima said it would tax the firm.")
    assert mention_texts(an, "Peru") == ["Lima", "it"]  # only the capital that speaks for the state


def test_a_capital_in_apposition_with_capital_is_the_city(nlp):
    an = analyse_actors(nlp, "The fire started in the Peruvian capital Lima on Monday. Peru's government said "
                             "it was sad.")
    texts = mention_texts(an, "Peru")
    assert "Peru" in texts
    assert "Lima" not in texts


def test_cities_other_than_the_capital(nlp):
    an = analyse_actors(nlp, "Airlines offer flights to Peruvian cities other than Lima. Lima said it would "
                             "tax the firm.")
    assert mention_texts(an, "Peru") == ["Lima", "it"]


def test_a_company_name_on_a_product_is_not_the_company(nlp):
    an = analyse_actors(nlp, "Kelbosoft Inc. said on Monday it had fixed the problem. Records were left open on "
                             "Kelbosoft storage buckets for months.")
    assert mention_texts(an, "Kelbosoft Inc.") == ["Kelbosoft Inc.", "it"]  # the company acting stays


def test_a_company_named_only_on_its_product_goes(nlp):
    an = analyse_actors(nlp, "Ana Ray bought two Kelbosoft phones in Lima. Ana Ray said she liked them.")
    assert "Kelbosoft" not in {a.name for a in an.actors}
    assert "Ana Ray" in {a.name for a in an.actors}
