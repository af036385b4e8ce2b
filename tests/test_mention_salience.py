"""Pronouns linked by salience when a person's gender is not shown (round 37): the person of the sentence
before is not hidden by a name inside the pronoun's own sentence, the main subject of the pronoun's own
sentence outranks an agreeing person of earlier sentences, an object pronoun stands for the owner of its
clause's subject, and an emphatic reflexive belongs to the name it follows."""

from conftest import analyse_actors


def mentions(nlp, text):
    an = analyse_actors(nlp, text)
    return [(m.text, an.get(m.actor_key).name) for m in an.mentions]


def test_a_name_inside_the_pronouns_sentence_does_not_hide_the_person_before(nlp):
    text = ("Mary Okafor paints murals in Leeds. Zorana Pelt has sewn quilts for ten years. "
            "Inspired by Bram Velder's show, she sewed a quilt of maps.")
    found = mentions(nlp, text)
    assert ("she", "Zorana Pelt") in found
    assert ("Mary Okafor", "Mary Okafor") in found


def test_the_main_subject_of_the_pronouns_sentence_outranks_an_earlier_agreeing_person(nlp):
    text = ("Mary Okafor paints murals in Leeds. She sold one last year. "
            "Zorana Pelt sewed all night, a choice leaving her exhausted.")
    found = mentions(nlp, text)
    assert ("her", "Zorana Pelt") in found
    assert ("She", "Mary Okafor") in found


def test_an_object_pronoun_stands_for_the_owner_of_its_clauses_subject(nlp):
    text = ("President John Harlow met envoys on Monday. Kestin Varro resigned on Friday. "
            "Varro's post as envoy put him at the centre of the talks.")
    found = mentions(nlp, text)
    assert ("him", "Kestin Varro") in found
    assert ("John Harlow", "John Harlow") in found


def test_an_emphatic_reflexive_belongs_to_the_name_it_follows(nlp):
    text = ("Kestin Varro resigned on Friday. Varro had tried to arrange a meeting with President John Harlow "
            "himself in Warsaw.")
    found = mentions(nlp, text)
    assert ("himself", "John Harlow") in found
    assert ("Kestin Varro", "Kestin Varro") in found


def test_the_object_of_a_clause_with_its_own_subject_is_not_that_subject(nlp):
    text = "Mary Marsh died on Sunday in Leeds. An older brother, Tobin Marsh, predeceased her."
    found = mentions(nlp, text)
    assert ("her", "Mary Marsh") in found
    assert ("Tobin Marsh", "Tobin Marsh") in found


def test_an_unnamed_titled_person_between_subject_and_pronoun_is_a_rival(nlp):
    text = ("President John Harlow spoke on Monday in Ottawa. "
            "Zorana Pelt questioned the president's power to act as he proposed.")
    found = mentions(nlp, text)
    assert ("he", "John Harlow") in found
    assert ("Zorana Pelt", "Zorana Pelt") in found
