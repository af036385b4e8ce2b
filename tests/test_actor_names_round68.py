"""Names, not entities (round 68; our own sentences): a maker's name standing for its product, the spelled-out
form of a plural acronym, a foreign name cut at its "and", a party adjective glued to a chamber, a road."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_the_car_someone_drives_is_not_its_maker(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Police said Mara Quist was driving the Vendramotor when it "
                                                "left the road near Bergen."))
    assert not any("Vendramotor" in name for name in actors)
    assert actors["Mara Quist"].actor_type == "person"


def test_a_phone_named_by_its_maker_is_no_actor(nlp):
    actors = actors_by_name(analyse_actors(nlp, "He filmed the attack on a Kelbatel phone, said detective "
                                                "Ruth Obi."))
    assert not any("Kelbatel" in name for name in actors)
    assert "Ruth Obi" in actors


def test_a_maker_that_acts_keeps_its_row(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Vendramotor said on Monday it would recall the model, "
                                                "spokeswoman Ines Lutz said."))
    assert actors["Vendramotor"].actor_type == "organization"


def test_the_expansion_of_a_plural_acronym_is_no_body(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The ship was run by NGOs (Non-Governmental Organisations), "
                                                "said Lena Vogt of the Harbour Aid Foundation."))
    assert not any("Non-Governmental" in name for name in actors)
    assert "Lena Vogt" in actors


def test_a_foreign_name_goes_on_after_its_and(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Two detectives worked for the Groupe de Surveillance et "
                                                "d\u2019Intervention, an elite unit, Marc Dubois said."))
    assert "Groupe de Surveillance et d\u2019Intervention" in actors
    assert "Groupe de Surveillance" not in actors
    assert actors["Marc Dubois"].actor_type == "person"


def test_a_foreign_name_after_y_is_one_name(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The study was funded by the Banco de Fomento y Desarrollo, "
                                                "according to minister Pedro Ruiz."))
    assert "Banco de Fomento y Desarrollo" in actors
    assert "Pedro Ruiz" in actors


def test_a_party_adjective_is_no_part_of_a_chamber(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Ivo Brask, the Democratic Senate Majority Whip, said the bill "
                                                "would pass. The Senate votes on Friday."))
    assert not any(name.startswith("Democratic") for name in actors)
    assert any("Senate" in name for name in actors)
    assert actors["Ivo Brask"].actor_type == "person"


def test_a_numbered_route_is_a_road_not_a_body(nlp):
    actors = actors_by_name(analyse_actors(nlp, "A truck stopped on US Route 9 near Albany, trooper Dan Holt "
                                                "said."))
    assert not any("Route" in name for name in actors)
    assert "Dan Holt" in actors


def test_a_maker_written_before_a_model_then_with_the_is_the_product(nlp):
    actors = actors_by_name(analyse_actors(nlp, "A cyclist was hit by a Saab 9000 on the coast road. Detectives "
                                                "said the Saab had been stolen, according to Nils Berg."))
    assert not any("Saab" in name for name in actors)
    assert actors["Nils Berg"].actor_type == "person"


def test_a_maker_that_speaks_beside_its_model_keeps_its_row(nlp):
    actors = actors_by_name(analyse_actors(nlp, "A Peugeot 308 was recalled last year. Peugeot said on Monday "
                                                "the fault was fixed, spokeswoman Ines Lutz said."))
    assert actors["Peugeot"].actor_type == "organization"
    assert "Ines Lutz" in actors
