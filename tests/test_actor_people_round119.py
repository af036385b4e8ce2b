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


def _texts_of(an, name: str) -> list[str]:
    keys = {a.key for a in an.actors if a.name == name}
    return [m.text for m in an.mentions if m.actor_key in keys]


def test_ordinal_of_a_post_stays_in_the_role_and_the_prime_minister_is_someone_else(nlp):
    an = analyse_actors(nlp, "First Minister of Wales Nicola Marwood criticised Prime Minister Tom Hadley on "
                             "Monday. Marwood said the prime minister had misled the Queen about the plan.")
    names = actors_by_name(an)
    assert names["Nicola Marwood"].role == "First Minister of Wales"
    assert "the prime minister" not in _texts_of(an, "Nicola Marwood")
    assert names["Tom Hadley"].actor_type == "person"


def test_part_of_a_state_in_a_post_is_no_mention_of_the_state(nlp):
    an = analyse_actors(nlp, "First Minister of Scotland Nicola Marwood said the United Kingdom government "
                             "had broken the law. The UK government said it would appeal.")
    assert "Scotland" not in _texts_of(an, "United Kingdom")
    assert "United Kingdom" in actors_by_name(an)
    assert actors_by_name(an)["Nicola Marwood"].actor_type == "person"
