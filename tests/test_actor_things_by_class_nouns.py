"""Names of things the model calls actors (round 45): a drug, a disease or a species set in apposition to
its class noun, a landform, trial or programme named by the word before its class noun. Our own sentences."""

from __future__ import annotations

from conftest import analyse_actors


def _actors(nlp, text: str) -> dict[str, str]:
    r = analyse_actors(nlp, text)
    return {a.name: a.actor_type for a in r.actors}


def test_a_drug_in_apposition_to_its_class_noun_is_no_actor_anywhere(nlp):
    got = _actors(nlp, "A second antibody cocktail, Korvexa, did well in early tests. Doctors at the Kelby "
                       "General Hospital treated forty patients with Korvexa, said Ana Ray, the lead "
                       "researcher.")
    assert got.get("Ana Ray") == "person"
    assert "Korvexa" not in got


def test_a_disease_and_its_bracketed_short_form_are_no_actor(nlp):
    got = _actors(nlp, "Marsh lung disease (MLD) spreads through dust. Past MLD outbreaks killed many farmers, "
                       "the health minister Ana Ray said on Monday.")
    assert got.get("Ana Ray") == "person"
    assert "MLD" not in got


def test_a_volcano_named_before_its_class_noun_is_no_person_anywhere(nlp):
    got = _actors(nlp, "Lava from the Tavuro volcano buried two villages in March. Scientists from the "
                       "University of Kelby sailed close to the coast while Tavuro kept pouring out ash, said "
                       "Ana Ray.")
    assert got.get("Ana Ray") == "person"
    assert "Tavuro" not in got


def test_a_trial_named_by_its_own_word_is_no_organisation(nlp):
    got = _actors(nlp, "The TUMAINI trial, whose name means hope, opened in March with 400 volunteers. In the "
                       "TUMAINI trial, an older drug was the control arm. A second study, at the same clinics "
                       "as TUMAINI, starts in May, Ana Ray said.")
    assert got.get("Ana Ray") == "person"
    assert "TUMAINI" not in got


def test_a_court_case_named_after_a_person_of_the_article_keeps_the_person(nlp):
    got = _actors(nlp, "Ana Ray Kelso was charged in March. The Kelso trial opened on Monday in the district "
                       "court, prosecutors said. Kelso denied the charges.")
    assert "Ana Ray Kelso" in got and got["Ana Ray Kelso"] == "person"


def test_a_ship_named_after_a_person_keeps_the_person(nlp):
    got = _actors(nlp, "The charity renamed its vessel after Omar Haddad, a boy who drowned in 2015. Their "
                       "ship, Omar Haddad, left port on Sunday, said Ana Ray, a spokeswoman.")
    assert got.get("Omar Haddad") == "person" and got.get("Ana Ray") == "person"


def test_a_building_in_apposition_and_its_variant_spelling_are_no_person(nlp):
    got = _actors(nlp, "The mayor wants to turn Marova Tessel, once a Byzantine church and later a museum, "
                       "into a mosque. He said \"Marrova Tessel should serve worshippers again,\" Ana Ray "
                       "reported.")
    assert got.get("Ana Ray") == "person"
    assert not any("Tessel" in name for name in got)


def test_a_person_described_as_working_in_a_building_stays(nlp):
    got = _actors(nlp, "Ana Ray, a guide at the city museum, said the roof leaked. Bo Lindqvist, the museum's "
                       "director, agreed.")
    assert got.get("Ana Ray") == "person" and got.get("Bo Lindqvist") == "person"


def test_a_character_named_with_a_possessive_after_its_class_noun_is_no_actor(nlp):
    got = _actors(nlp, "The actress joked about the character Vanta Korr's chair on the set, which sat on a "
                       "high platform. Denise Marlowe said the crew laughed.")
    assert got.get("Denise Marlowe") == "person"
    assert "Vanta Korr" not in got


def test_a_short_province_name_written_as_a_place_is_no_person(nlp):
    got = _actors(nlp, "Ana Ray, a former minister of Goa, died on Sunday. Goa's cabinet declared a week of "
                       "mourning. The Kelby Party in Goa praised her honesty.")
    assert got.get("Ana Ray") == "person" and got.get("Kelby Party") == "organization"
    assert "Goa" not in got


def test_a_genus_named_with_its_species_beside_a_species_noun_is_no_actor(nlp):
    got = _actors(nlp, "The team modelled Kelvoraptor minor, a dinosaur as large as a turkey. Ana Ray doubted "
                       "the result, arguing Kelvoraptor could have folded its arms. Kelvoraptor died out long "
                       "ago.")
    assert got.get("Ana Ray") == "person"
    assert "Kelvoraptor" not in got


def test_a_person_said_before_a_species_noun_stays(nlp):
    got = _actors(nlp, "The bones were dug up by Ana Ray. Ray said, a dinosaur hunter told reporters, that the "
                       "site was rich.")
    assert got.get("Ana Ray") == "person"


def test_works_bracketed_after_a_creator_are_no_actors(nlp):
    got = _actors(nlp, "Illustrator Lena Marsh (Moon Girl, Kelvo and the Stars) talked about her early years. "
                       "Actor Daniel Ortega signed autographs.")
    assert got.get("Lena Marsh") == "person" and got.get("Daniel Ortega") == "person"
    assert "Moon Girl" not in got and "Kelvo" not in got


def test_a_country_bracketed_after_a_writer_is_no_work(nlp):
    got = _actors(nlp, "The writer Lena Marsh (Chile) won the prize, and Chile's president praised her.")
    assert got.get("Lena Marsh") == "person"


def test_a_characters_given_name_alone_is_the_character(nlp):
    got = _actors(nlp, "Fans cheered the character Tomas Brell. Tomas, she said, was her favourite. Lena Marsh, "
                       "the organiser, said the hall was full.")
    assert got.get("Lena Marsh") == "person"
    assert "Tomas" not in got and "Tomas Brell" not in got


def test_a_place_noun_given_a_name_by_a_naming_verb_is_a_place(nlp):
    got = _actors(nlp, "On Friday the government announced that the new region, to be called Kelmoro, would "
                       "govern itself from 2022. Kelmoro is to include the islands, Ana Ray said.")
    assert got.get("Ana Ray") == "person"
    assert "Kelmoro" not in got


def test_a_body_given_a_name_by_a_naming_verb_stays(nlp):
    got = _actors(nlp, "The new agency, to be called Kelmoro Water Authority, will run the dams, Ana Ray said. The "
                       "Kelmoro Water Authority will hire 300 people.")
    assert got.get("Ana Ray") == "person" and got.get("Kelmoro Water Authority") == "organization"
