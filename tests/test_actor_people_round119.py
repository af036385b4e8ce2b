"""Round 119: a post's word glued to a person's name ("Guests of Honour Ana", "Minister of Wales Ana Ray")."""

from conftest import actors_by_name, analyse_actors


def test_noun_of_a_post_is_cut_from_the_name(nlp):
    an = analyse_actors(nlp, "Guests of Honour Marta and Tomas Lindqvist gave a talk on Sunday. "
                             "Marta said she started at age twelve.")
    names = actors_by_name(an)
    assert not any(n.startswith("Honour") for n in names)
    assert "Tomas Lindqvist" in names and names["Tomas Lindqvist"].actor_type == "person"


def test_holder_after_title_of_country_is_a_person(nlp):
    an = analyse_actors(nlp, "First Minister of Wales Nicola Marwood said via Twitter, "
                             "\"Today's judgment is of huge significance.\"")
    names = actors_by_name(an)
    assert "Wales Nicola Marwood" not in names
    assert names["Nicola Marwood"].actor_type == "person"


def test_firm_word_before_a_given_name_stays(nlp):
    an = analyse_actors(nlp, "The data came from a tracking firm, according to the founder of Brinstock Marine.")
    assert not any(n == "Marine" for n in actors_by_name(an))
