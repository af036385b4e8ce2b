"""Actor countries, round 62 (our own sentences): a nationality the text gives a named person through a
later definite descriptor ("The Kelbian cyclist"), a relative clause ("who is a Kelbian engineer"), a
predicate adjective ("X is Kelbian") or a citizenship held."""

from __future__ import annotations

from conftest import actor_country, actors_by_name, analyse_actors


def test_a_later_national_descriptor_gives_the_person_named_before(nlp):
    an = analyse_actors(nlp, "Lena Brandt was hurt in the crash near Lyon. The German cyclist was taken to "
                             "hospital, where Brandt said she felt lucky.")
    assert actor_country(an, "Lena Brandt") == ("DEU", "nationality")


def test_a_nationality_noun_alone_as_a_later_subject(nlp):
    an = analyse_actors(nlp, "Officers detained Arvo Saar near the harbour on Monday. The 30-year-old Estonian "
                             "was charged with fraud.")
    assert actor_country(an, "Arvo Saar") == ("EST", "nationality")


def test_a_descriptor_after_two_named_people_gives_neither(nlp):
    an = analyse_actors(nlp, "Tomas Vilja met Ana Kova in Riga. The Estonian physicist said the talks went "
                             "well.")
    people = actors_by_name(an)
    assert people["Tomas Vilja"].country_iso3 is None
    assert people["Ana Kova"].country_iso3 is None


def test_an_office_a_body_or_a_country_name_is_no_descriptor_of_the_person(nlp):
    # "the German ambassador" is an office anyone may hold; the envoy is found, the crash victim keeps none
    an = analyse_actors(nlp, "Lena Brandt was hurt in the crash. The German ambassador visited the site.")
    assert actor_country(an, "Lena Brandt") == (None, None)
    an = analyse_actors(nlp, "Police questioned Tomas Vilja on Monday. The German carrier said it would "
                             "cooperate.")
    assert actor_country(an, "Tomas Vilja") == (None, None)
    an = analyse_actors(nlp, "Officials said Kai Dorn had died two years ago. But the US had only recently "
                             "come to believe he was dead.")
    assert actor_country(an, "Kai Dorn") == (None, None)


def test_a_relative_clause_of_being_a_national(nlp):
    an = analyse_actors(nlp, "Maria Delgado, who is a Peruvian engineer, designed the bridge. Delgado said it "
                             "would open in May.")
    assert actor_country(an, "Maria Delgado") == ("PER", "nationality")
    an = analyse_actors(nlp, "Maria Delgado, who became a Peruvian citizen in 2001, designed the bridge.")
    assert actor_country(an, "Maria Delgado") == ("PER", "nationality")
    # a nationality on another thing in the clause is not the person's
    an = analyse_actors(nlp, "Maria Delgado, who is an expert on Peruvian law, spoke in Oslo.")
    assert actor_country(an, "Maria Delgado") == (None, None)


def test_a_predicate_adjective_or_a_citizenship_held(nlp):
    an = analyse_actors(nlp, "Maria Delgado designed the bridge. Delgado is Peruvian and lives in Oslo.")
    assert actor_country(an, "Maria Delgado") == ("PER", "nationality")
    an = analyse_actors(nlp, "Maria Delgado, who is Peruvian, spoke in Oslo on Friday.")
    assert actor_country(an, "Maria Delgado") == ("PER", "nationality")
    an = analyse_actors(nlp, "Maria Delgado, who holds Peruvian citizenship, designed the bridge.")
    assert actor_country(an, "Maria Delgado") == ("PER", "nationality")
    # two citizenships give no one country; a feeling for a country's food gives none
    an = analyse_actors(nlp, "Maria Delgado, who holds dual Peruvian and Chilean citizenship, spoke in Oslo.")
    assert actor_country(an, "Maria Delgado") == (None, None)
    an = analyse_actors(nlp, "Maria Delgado, who is proud of Peruvian food, spoke in Oslo.")
    assert actor_country(an, "Maria Delgado") == (None, None)


def test_a_descriptor_goes_to_no_one_when_a_national_of_that_country_is_named(nlp):
    an = analyse_actors(nlp, "Maria Delgado, a Peruvian, won the final in Vienna. Her coach Jorge Balbuena "
                             "praised her on Sunday. The Peruvian athlete said she was tired.")
    assert actor_country(an, "Maria Delgado") == ("PER", "nationality")
    # the coach, named just before the descriptor, is not given the athlete's nationality by it
    assert actor_country(an, "Jorge Balbuena")[1] != "nationality"
