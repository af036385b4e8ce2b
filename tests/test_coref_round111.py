"""Round 111: pronoun and descriptor links left out when a rival antecedent of the same kind is as salient:
two courts as subjects before "the court"; a possessive's clause joined to a clause with another body as
subject; two people joined as a subject before "their"; a report's possessive while another man owns the
thing at issue. The actors themselves stay, and the plain cases still link."""

from conftest import pronoun_antecedent as resolve


def test_descriptor_after_two_courts_as_subjects_links_to_no_one(nlp):
    text = ("The Supreme Court of Chile ruled on the appeal on Monday. "
            "The Court of Appeals of Santiago also ruled on the case last month. "
            "For two days, the court heard arguments from both sides.")
    name, actors = resolve(nlp, text, "the court heard")
    assert name is None
    assert {"Supreme Court of Chile", "Court of Appeals of Santiago"} <= actors


def test_descriptor_after_one_court_still_links(nlp):
    text = ("The Supreme Court of Chile ruled on the appeal on Monday. "
            "For two days, the court heard arguments from both sides.")
    name, _ = resolve(nlp, text, "the court heard")
    assert name == "Supreme Court of Chile"


def test_possessive_in_a_clause_joined_to_another_bodys_clause_links_to_no_one(nlp):
    text = ("The Chilean Ministry of Health appealed, but the Supreme Court of Chile ruled against "
            "its first request on Friday.")
    name, actors = resolve(nlp, text, "its first")
    assert name is None
    assert {"Chilean Ministry of Health", "Supreme Court of Chile"} <= actors


def test_possessive_of_the_clause_subject_without_a_rival_still_links(nlp):
    text = "The Chilean Ministry of Health postponed its decision on Friday."
    name, _ = resolve(nlp, text, "its decision")
    assert name == "Chilean Ministry of Health"


def test_their_after_two_people_joined_as_subject_links_to_no_one(nlp):
    text = ("Governor Maria Silva and Senator John Parker met Cuban exiles in Miami on Monday. "
            "The meeting reflected their wish for change.")
    name, actors = resolve(nlp, text, "their wish")
    assert name is None
    assert {"Maria Silva", "John Parker", "Cuban exiles"} <= actors


def test_report_about_the_man_whose_nomination_is_at_issue_links_to_no_one(nlp):
    text = ("The assembly delayed Tomas Varga's nomination on Monday. "
            "Speaker Jonas Ekberg objected to the swearing-in of Varga, and suggested there were not enough "
            "votes for his confirmation.")
    name, actors = resolve(nlp, text, "his confirmation")
    assert name is None
    assert {"Tomas Varga", "Jonas Ekberg"} <= actors


def test_report_with_the_owner_in_the_speakers_own_phrase_still_links(nlp):
    text = ("Marta Lind, Eva Lind's mother, told reporters the sentence would not bring her daughter back.")
    name, _ = resolve(nlp, text, "her daughter")
    assert name == "Marta Lind"
