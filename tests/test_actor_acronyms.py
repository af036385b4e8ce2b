"""Acronyms and short forms (our own sentences): the full name the article or the registry gives is the
actor's name, the short form an alias; outlets keep their acronym; two candidate full names leave it."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors
from newscoder.extract.actors.acronyms import _expansion_pattern, _letters
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    return analyse_actors(nlp, text)


def test_letters_of_an_acronym_and_the_full_names_they_match():
    assert _letters("NHC") == "NHC" and _letters("TfL") == "TL"
    assert _letters("Reuters") is None and _letters("New York") is None
    pat = _expansion_pattern("TL")
    assert pat.search("said Transport for London on Monday").group(0) == "Transport for London"
    # "The" opens sentences: it is no initial
    assert _expansion_pattern("TC").search("The Council met.") is None


def test_an_acronym_takes_the_full_name_the_article_writes(nlp):
    an = _analyse(nlp, "The Coastal Storm Office issued a warning on Monday for the northern shore. "
                       "Forecasters at the CSO said the storm would reach land by the evening.")
    names = actors_by_name(an)
    assert "CSO" not in names
    body = names["Coastal Storm Office"]
    assert body.actor_type == "organization"


def test_a_one_word_short_form_joins_the_body_named_with_a_head_word(nlp):
    an = _analyse(nlp, "Shares of Corvell Limited rose on Friday. "
                       "Analysts said Corvell had sold more ships than expected.")
    names = actors_by_name(an)
    firm = names["Corvell Limited"]
    assert "Corvell" not in names
    assert "Corvell" in [m.text for m in an.mentions if m.actor_key == firm.key]


def test_registered_acronyms_take_their_full_name_outlets_too():
    reg = load_registry()
    assert reg.lookup("NATO").name == "North Atlantic Treaty Organization"
    assert reg.lookup("North Atlantic Treaty Organization").actor_id == reg.lookup("NATO").actor_id
    assert reg.lookup("BBC").name == "British Broadcasting Corporation"
    assert reg.lookup("British Broadcasting Corporation").actor_id == reg.lookup("BBC").actor_id
    assert reg.lookup("CNN").name == "CNN"  # no registered synonym that spells it
    # no synonym whose initials spell it: the acronym stays the name
    assert reg.lookup("UNICEF").name == "UNICEF"


def test_initials_of_a_person_named_in_full_join_that_person(nlp):
    an = _analyse(nlp, "Nadia Gorski led the survey. NG said the seals were easy to count. "
                       "NG will fly again in May.")
    person = actors_by_name(an)["Nadia Gorski"]
    assert person.actor_type == "person"
    assert not any(a.name == "NG" for a in an.actors)
    assert [m.text for m in an.mentions if m.actor_key == person.key].count("NG") == 2
