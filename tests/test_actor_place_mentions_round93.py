"""A country reached past a compass adjective ("into north-eastern X") and a country modifying a noun of
sites ("X production sites") is a place, not the state (round 93; our own sentences)."""

from __future__ import annotations

from conftest import analyse_actors, mention_texts


def test_a_part_of_a_country_by_the_compass_after_into_is_a_place(nlp):
    an = analyse_actors(nlp, "Chile's army moved on Monday after Peru began a military offensive into "
                             "north-eastern Chile. Chile said it would defend its borders.")
    assert mention_texts(an, "Chile") == ["Chile", "Chile", "it", "its"]  # "Chile's army", "Chile said"
    assert mention_texts(an, "Peru") == ["Peru"]


def test_aid_to_a_country_with_another_adjective_stays_the_state(nlp):
    an = analyse_actors(nlp, "Peru sent aid to war-torn Chile on Monday. Chile thanked Peru.")
    assert mention_texts(an, "Chile") == ["Chile", "Chile"]


def test_a_country_modifying_a_noun_of_sites_is_where_they_are(nlp):
    an = analyse_actors(nlp, "Under the deal, German, Austrian and Peru production sites are to be kept. Peru's "
                             "trade minister Ana Ruiz welcomed the deal.")
    assert mention_texts(an, "Peru") == ["Peru"]  # the trade minister's Peru stays


def test_a_state_named_only_beside_sites_has_no_row(nlp):
    an = analyse_actors(nlp, "Under the deal, the Austrian and Peru production sites are to be kept, the company "
                             "Kelby Arms said.")
    names = {a.name for a in an.actors}
    assert "Peru" not in names
    assert "Kelby Arms" in names


def test_military_bases_of_a_state_stay_its_mentions(nlp):
    an = analyse_actors(nlp, "The United States has bases in Japan. Japan said US bases would stay.")
    assert mention_texts(an, "United States") == ["United States", "US"]
