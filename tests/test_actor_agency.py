"""Low-evidence organisation names are actors only where the sentence has them act (our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _names(nlp, text: str) -> dict[str, str]:
    art = make_article(text, date="2026-02-02")
    an = extract_actors(nlp(art.text), art, load_registry())
    return {a.name: a.actor_type for a in an.actors}


def test_a_name_only_after_in_or_under_is_not_an_actor_but_one_that_acts_is(nlp):
    names = _names(nlp, "The findings of Dr. Lena Ortiz were published in Zyntara Review last week. "
                        "Students enrolled under Brightpath can apply. Vorlex announced a recall on Monday.")
    assert names.get("Vorlex") == "organization"
    assert names.get("Lena Ortiz") == "person"
    assert "Zyntara Review" not in names
    assert "Brightpath" not in names


def test_a_possessor_an_agent_or_a_name_beside_an_actor_noun_is_an_actor(nlp):
    names = _names(nlp, "The NDRP's decision was final. The plan was approved by the BVK on Friday. "
                        "The retailer Tescoma opened a shop in the town.")
    assert names.get("NDRP") == "organization"
    assert names.get("BVK") == "organization"
    assert names.get("Tescoma") == "organization"


def test_names_listed_after_a_class_of_actors_share_its_role(nlp):
    names = _names(nlp, "Retail firms including Tescoma and Vorlex have announced plans to leave the market. "
                        "The scheme was described in a lawsuit by the group NDRP.")
    assert names.get("Tescoma") == "organization"
    assert names.get("NDRP") == "organization"


def test_a_bare_chamber_takes_the_article_country(nlp):
    art = make_article("Thousands protested in Nairobi on Monday. The Senate rejected the finance bill.",
                       date="2026-02-02")
    an = extract_actors(nlp(art.text), art, load_registry())
    senate = next(a for a in an.actors if a.name == "Kenyan Senate")  # named after its state
    assert (senate.country_iso3, senate.country_basis) == ("KEN", "article")


def test_a_bare_chamber_without_country_is_never_pooled_across_articles():
    from newscoder.records import LocalActor
    from newscoder.resolve.actors import global_id

    reg = load_registry()
    bare = LocalActor(key="a1", name="Senate", actor_type="organization")
    placed = LocalActor(key="a1", name="Senate", actor_type="organization", country_iso3="KEN")
    board = LocalActor(key="a1", name="Vorlex", actor_type="organization")
    assert global_id(bare, reg, "art_1") != global_id(bare, reg, "art_2")
    assert global_id(placed, reg, "art_1") == global_id(placed, reg, "art_2")
    assert global_id(board, reg, "art_1") == global_id(board, reg, "art_2")


def test_an_employer_named_before_a_role_and_a_person_is_an_actor(nlp):
    names = _names(nlp, "The deal was praised by Tescoma editor Dana Whitfield. Before politics, Ana Ray spent "
                        "ten years working for Vorlex.")
    assert names.get("Dana Whitfield") == "person"
    assert names.get("Tescoma") == "organization"
    assert names.get("Vorlex") == "organization"


def test_a_doubtful_person_named_only_as_where_things_happen_is_a_place(nlp):
    names = _names(nlp, "Mourners gathered at Qasr Tallah on Monday, and the bus later stopped near Qasr Tallah. "
                        "Omar Haddad thanked Kamal Nasri for the help.")
    assert names.get("Omar Haddad") == "person"
    assert names.get("Kamal Nasri") == "person"
    assert "Qasr Tallah" not in names


def test_the_owner_of_a_party_and_a_name_before_a_group_noun_are_actors(nlp):
    names = _names(nlp, "Storms closed the shops of Tescoma across the region. The minister urged NDRP allies "
                        "to send more aid.")
    assert names.get("Tescoma") == "organization"
    assert names.get("NDRP") == "organization"


def test_a_group_of_common_nouns_without_country_is_one_per_article():
    from newscoder.records import LocalActor
    from newscoder.resolve.actors import global_id

    reg = load_registry()
    riders = LocalActor(key="a1", name="passengers", actor_type="group")
    officials = LocalActor(key="a1", name="Authorities", actor_type="group")
    placed = LocalActor(key="a1", name="passengers", actor_type="group", country_iso3="KEN")
    faithful = LocalActor(key="a1", name="Muslims", actor_type="group")
    assert global_id(riders, reg, "art_1") != global_id(riders, reg, "art_2")
    assert global_id(officials, reg, "art_1") != global_id(officials, reg, "art_2")
    assert global_id(placed, reg, "art_1") == global_id(placed, reg, "art_2")
    assert global_id(faithful, reg, "art_1") == global_id(faithful, reg, "art_2")


def test_a_venue_whose_country_comes_from_its_name_is_still_only_a_place_where_it_does_nothing(nlp):
    names = _names(nlp, "The harvest fair was held at the Dallas Convention Center last weekend. Mia Torres, the "
                        "organiser, said the fair will return next year.")
    assert names.get("Mia Torres") == "person"
    assert "Dallas Convention Center" not in names
    acting = _names(nlp, "The Dallas Convention Center said it would close for repairs. Mia Torres, the organiser, "
                         "said the fair will move.")
    assert acting.get("Dallas Convention Center") == "organization"


def test_a_name_opened_by_a_building_word_is_a_building_not_a_person(nlp):
    names = _names(nlp, 'The mayor said, "Those who stay silent when Masjid Al-Noor is attacked cannot lecture us." '
                        "Mayor Omar Haddad spoke on Tuesday.")
    assert names.get("Omar Haddad") == "person"
    assert not any("Masjid" in n for n in names)


def test_a_character_named_as_the_design_of_a_product_is_no_actor(nlp):
    names = _names(nlp, "The toy maker showed a new Kira Vale helmet at the fair. Spokesperson Lena Ortiz said "
                        "fans had asked for it.")
    assert names.get("Lena Ortiz") == "person"
    assert "Kira Vale" not in names
    owner = _names(nlp, "Kira Vale bought a helmet. Later, Kira Vale's helmet was stolen.")
    assert owner.get("Kira Vale") == "person"  # the owner of a real helmet stays
