"""Actor names, round 92 (our own sentences): a name the model cut before the head noun that completes a
registered alias ("the Chinese army"), and the singular of a registered body's plural name beside that name."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_a_name_cut_before_the_head_noun_of_a_registered_alias_is_that_body(nlp):
    an = analyse_actors(nlp, "The Chinese army held drills near the border on Monday, officials in Lhasa said.")
    actors = actors_by_name(an)
    assert "Chinese army" not in actors
    body = actors["People's Liberation Army"]
    assert body.registry_id is not None and body.country_iso3 == "CHN"
    assert mention_texts(an, "People's Liberation Army") == ["Chinese army"]


def test_a_nationality_before_another_noun_names_no_registered_body(nlp):
    an = analyse_actors(nlp, "Chinese tourists visited a museum in Lhasa on Monday, Lena Marsh of the Arvel "
                             "Travel Company said.")
    names = set(actors_by_name(an))
    assert "People's Liberation Army" not in names
    assert "Lena Marsh" in names


def test_the_singular_of_a_registered_plural_joins_the_registered_body(nlp):
    an = analyse_actors(nlp, "The Zetas attacked a convoy near Monterrey on Friday. Zeta gunmen fled before "
                             "police arrived, and a Zeta commander was later arrested.")
    actors = actors_by_name(an)
    assert "Zeta" not in actors
    assert actors["Los Zetas"].country_iso3 == "MEX"
    assert mention_texts(an, "Los Zetas") == ["Zetas", "Zeta", "Zeta"]


def test_the_singular_alone_is_not_made_the_registered_body(nlp):
    # without the registered name in the article the singular keeps its own row (its country still borrowed)
    an = analyse_actors(nlp, "Zeta gunmen attacked a convoy near Monterrey on Friday, police said.")
    actors = actors_by_name(an)
    assert "Los Zetas" not in actors
    assert actors["Zeta"].country_iso3 == "MEX"
