"""Bodies named only inside a job noun, a capital naming where an attack happened, a publication's or band's
own "The", the second of two people a plural job noun names (round 67; our own sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_a_body_named_only_inside_a_job_noun_is_no_actor(nlp):
    actors = actors_by_name(analyse_actors(nlp, "Lawmakers voted to censure two senior Cabinet officers, Home "
                                                "Secretary Maren Dahl and Trade Secretary Ivo Brask, on Tuesday."))
    assert not any("Cabinet" in name for name in actors)
    assert actors["Maren Dahl"].actor_type == "person"


def test_a_body_that_acts_keeps_its_row_beside_a_job_noun(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The Cabinet approved the budget on Monday. A Cabinet officer "
                                                "said the vote was close."))
    assert any("Cabinet" in name for name in actors)


def test_a_capital_before_an_attack_noun_is_where_it_happened(nlp):
    an = analyse_actors(nlp, "The Chilean government condemned the violence. Last month a Santiago car bombing "
                             "killed four people.")
    assert "Chile" in actors_by_name(an)
    assert "Santiago" not in mention_texts(an, "Chile")


def test_a_capitalised_the_mid_sentence_belongs_to_a_band_name(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The band toured with The Copper Kettles and Velvet Records in "
                                                "1971, Piet Arendsen said."))
    assert "The Copper Kettles" in actors
    assert "Copper Kettles" not in actors
    assert actors["Piet Arendsen"].actor_type == "person"


def test_a_lower_case_the_stays_outside_the_name(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The striker signed with the Harbour Rovers in May. Fans of "
                                                "the Harbour Rovers cheered."))
    assert "The Harbour Rovers" not in actors


def test_the_second_of_two_named_artists_is_a_person(nlp):
    actors = actors_by_name(analyse_actors(nlp, "The fair's featured guests were visual artists Rook Lantern "
                                                "and Fox-Heron Bamu, as well as a local band."))
    assert actors["Fox-Heron Bamu"].actor_type == "person"
    assert actors["Rook Lantern"].actor_type == "person"
