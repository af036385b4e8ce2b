"""Group names made of the text's own words: a group noun with the phrase that says which people (coordinated
names kept whole), no glued coordinations, no adjectives of judgement. Our own sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _groups(nlp, text: str) -> dict[str, object]:
    art = make_article(text, date="2026-02-02")
    res = extract_actors(nlp(art.text), art, load_registry())
    return {a.name: a for a in res.actors if a.actor_type == "group"}


def test_a_team_of_two_named_bodies_keeps_both_names(nlp):
    groups = _groups(nlp, "In a study out on Friday, researchers from the University of Leeds and Kelby College "
                          "reported that the lake is warming faster than expected.")
    assert "researchers from the University of Leeds and Kelby College" in groups
    assert "researchers from the University of Leeds" not in groups
    assert not any(n.startswith("researchers of") for n in groups)


def test_a_post_modifier_of_stance_names_the_group(nlp):
    groups = _groups(nlp, "The governor of Tarun province spoke to the assembly on Monday. Lawmakers from the "
                          "pro-reform camp shouted at the governor during the speech.")
    assert "Lawmakers from the pro-reform camp" in groups or "lawmakers from the pro-reform camp" in groups
    assert "lawmakers" not in groups


def test_an_adjective_of_judgement_is_no_part_of_the_name(nlp):
    groups = _groups(nlp, "MANILA, Philippines — The defence minister urged vigilant locals to report strangers "
                          "to the police in the Philippines.")
    names = set(groups)
    assert not any("vigilant" in n for n in names)
    assert any(n.endswith("locals") for n in names)


def test_two_coordinated_nationalities_are_not_glued_into_one_group(nlp):
    groups = _groups(nlp, "Neither Kenyan nor Ugandan officials gave a date for the border talks in Nairobi. "
                          "Kenyan officials said later that the talks would start in June.")
    assert "Kenyan Ugandan officials" not in groups
    assert "Kenyan officials" in groups
