"""A state's descriptor or capital used only as a place is no mention of the state (round 97; our own
sentences): "in the country", "out of the kingdom", "its <capital> branch", a capital listed with provinces.
A state kept only as the parent of another actor loses such mentions too; the state's acting mentions and
the child's country stay."""

from __future__ import annotations

from conftest import actor_country, analyse_actors, mention_texts


def test_the_country_as_a_location_is_no_mention(nlp):
    an = analyse_actors(nlp, "There are many good doctors in Peru. Peru's government said about 900 troops are now "
                             "in the country. They smuggled the papers out of the country. People in the rest "
                             "of the country were angry. The country's cabinet met on Monday.")
    texts = mention_texts(an, "Peru")
    assert "Peru" in texts  # "Peru's government": the state acting
    assert texts.count("The country") == 1  # "The country's cabinet" stays
    assert "the country" not in texts


def test_the_kingdom_as_a_location_is_no_mention(nlp):
    an = analyse_actors(nlp, "Morocco's king said the unrest inside the kingdom was over.")
    texts = mention_texts(an, "Morocco")
    assert texts[0] == "Morocco"
    assert "the kingdom" not in texts


def test_a_capital_naming_a_branch_or_a_concert_is_the_city(nlp):
    an = analyse_actors(nlp, "He worked at the firm's Lima restaurant. His brother is a chef at the Lima location "
                             "now. The band played several Lima and Oslo concerts. Lima said it would tax "
                             "the firm.")
    assert mention_texts(an, "Peru") == ["Lima", "it"]  # only the capital that speaks for the state
    assert "Norway" not in {a.name for a in an.actors}


def test_a_capital_listed_with_provinces_is_a_place(nlp):
    an = analyse_actors(nlp, "Members came from the states of Ohio, New York, Texas, Virginia, Washington and "
                             "Washington, D.C. The White House said it was pleased.")
    assert mention_texts(an, "United States") == ["White House", "it"]


def test_a_parent_named_only_as_a_place_keeps_its_row_without_place_mentions(nlp):
    an = analyse_actors(nlp, "Floods are frequent in Peru. Peruvian police arrested three men on Monday.")
    assert mention_texts(an, "Peru") == []
    police = next(a for a in an.actors if a.name == "Peruvian police")
    peru = next(a for a in an.actors if a.name == "Peru")
    assert police.parent_key == peru.key
    assert actor_country(an, "Peruvian police")[0] == "PER"
