"""Round 111: pronoun and descriptor links left out when a rival antecedent of the same kind is as salient:
two courts as subjects before "the court"; a possessive's clause joined to a clause with another body as
subject; two people joined as a subject before "their"; a report's possessive while another man owns the
thing at issue. The actors themselves stay, and the plain cases still link."""

from conftest import make_article
from newscoder.extract.mentions import extract_actors


def resolve(nlp, text, anaphor):
    art = make_article(text)
    an = extract_actors(nlp(art.text), art)
    start = text.index(anaphor)
    actor = an.get(an.actor_at(start, start + len(anaphor.split()[0])))
    return (actor.name if actor else None), {a.name for a in an.actors}


def test_descriptor_after_two_courts_as_subjects_links_to_no_one(nlp):
    text = ("The Supreme Court of Veldoria ruled on the appeal on Monday. "
            "The High Court of Veldoria also ruled on the case last month. "
            "For two days, the court heard arguments from both sides.")
    name, actors = resolve(nlp, text, "the court heard")
    assert name is None
    assert {"Supreme Court of Veldoria", "High Court of Veldoria"} <= actors


def test_descriptor_after_one_court_still_links(nlp):
    text = ("The Supreme Court of Veldoria ruled on the appeal on Monday. "
            "For two days, the court heard arguments from both sides.")
    name, _ = resolve(nlp, text, "the court heard")
    assert name == "Supreme Court of Veldoria"


def test_possessive_in_a_clause_joined_to_another_bodys_clause_links_to_no_one(nlp):
    text = ("The Ministry of Transport of Veldoria appealed, but the Supreme Court of Veldoria ruled against "
            "its first request on Friday.")
    name, actors = resolve(nlp, text, "its first")
    assert name is None
    assert {"Ministry of Transport of Veldoria", "Supreme Court of Veldoria"} <= actors


def test_possessive_of_the_clause_subject_without_a_rival_still_links(nlp):
    text = "The Supreme Court of Veldoria postponed its hearing on Friday."
    name, _ = resolve(nlp, text, "its hearing")
    assert name == "Supreme Court of Veldoria"


def test_their_after_two_people_joined_as_subject_links_to_no_one(nlp):
    text = ("Governor Ana Lindqvist and Senator Piet Moravec met Kelbian exiles in Ostrava on Monday. "
            "The meeting reflected their wish for change.")
    name, actors = resolve(nlp, text, "their wish")
    assert name is None
    assert {"Ana Lindqvist", "Piet Moravec"} <= actors


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
