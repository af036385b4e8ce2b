"""Round 101: a possessive or object pronoun inside a clause reported by a speaker, while another person of
its gender is the main subject of the sentence before, is left unlinked; the speaker and the other person
stay actors, and a report with no such rival still links to its speaker."""

from conftest import pronoun_antecedent as resolve


def test_pronoun_in_a_report_about_the_man_named_before_links_to_no_one(nlp):
    text = ("Tomas Varga, the baker of the Linden Cafe, was found dead on Tuesday in Kessel. "
            "Jonas Ekberg, the owner of the cafe, said his neighbours last saw him on Sunday.")
    name, actors = resolve(nlp, text, "him on Sunday")
    assert name is None
    assert {"Tomas Varga", "Jonas Ekberg"} <= actors


def test_report_without_a_rival_still_links_to_the_speaker(nlp):
    text = ("The workers held a meeting on Monday in Kessel. "
            "Jonas Ekberg, the owner of the cafe, said his neighbours had supported him for years.")
    name, _ = resolve(nlp, text, "his neighbours")
    assert name == "Jonas Ekberg"


def test_possessive_after_another_man_reported_by_the_speaker_links_to_no_one(nlp):
    text = ("The club opened a new hall on Friday in Kessel. "
            "Sports writer Jonas Ekberg told reporters Tomas Varga had run the club for years and his brother "
            "now coached the team.")
    name, actors = resolve(nlp, text, "his brother")
    assert name is None
    assert {"Tomas Varga", "Jonas Ekberg"} <= actors


def test_object_pronoun_of_the_reported_subjects_own_clause_stays_with_the_speaker(nlp):
    text = ("The club opened a new hall on Friday in Kessel. "
            "Marta Lind said Tomas Varga had been rude to her at the opening.")
    name, _ = resolve(nlp, text, "her at")
    assert name == "Marta Lind"
