"""An actor comes from evidence that it is an entity, and its mentions are of that entity (our own sentences)."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.coref import is_pleonastic
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str, date: str = "2026-02-02"):
    art = make_article(text, date=date)
    return art, extract_actors(nlp(art.text), art, load_registry())


def _names(an) -> set[str]:
    return {a.name for a in an.actors}


def _mentions_of(an, name: str) -> list[str]:
    keys = {a.key for a in an.actors if a.name == name}
    return [m.text for m in an.mentions if m.actor_key in keys]


def test_a_building_is_not_an_actor_but_the_union_next_to_it_is(nlp):
    _, an = _analyse(nlp, "Crowds gathered outside the Harbourview Cathedral on Sunday, and the Lisbon Tenants "
                          "Union protested.")
    assert "Lisbon Tenants Union" in _names(an)
    assert not any("Cathedral" in n for n in _names(an))


def test_a_law_and_its_acronym_are_not_actors(nlp):
    _, an = _analyse(nlp, "The Clean Rivers Protection Act (CRPA) was passed in May. Critics said the CRPA would "
                          "fail. Senator Mara Quill voted against it.")
    assert "Mara Quill" in _names(an)
    assert not any("Act" in n or n == "CRPA" for n in _names(an))


def test_a_name_keeps_its_particle(nlp):
    _, an = _analyse(nlp, "Former president Marcel Dupont d'Aubigny spoke in Lyon on Monday.")
    assert "Marcel Dupont d'Aubigny" in _names(an)
    assert "Marcel Dupont" not in _names(an)


def test_a_multiword_surname_joins_the_full_name(nlp):
    _, an = _analyse(nlp, "Candidate Rosa De La Vega won the primary. De La Vega thanked her supporters.")
    people = [a for a in an.actors if a.actor_type == "person"]
    assert [a.name for a in people] == ["Rosa De La Vega"]
    assert _mentions_of(an, "Rosa De La Vega")[:2] == ["Rosa De La Vega", "De La Vega"]


def test_a_city_is_never_a_mention_of_a_person_with_its_name(nlp):
    text = "Historians praised George Washington. Protesters marched in Washington, D.C., on Friday."
    _, an = _analyse(nlp, text)
    mentions = [m for m in an.mentions if m.actor_key in {a.key for a in an.actors if a.name == "George Washington"}]
    assert [m.char_start for m in mentions] == [text.index("George Washington")]


def test_a_capital_named_as_the_place_of_a_meeting_is_not_its_government(nlp):
    text = "Leaders met in Nairobi on Sunday. Kenya said the talks went well."
    _, an = _analyse(nlp, text)
    kenya = _mentions_of(an, "Kenya")
    assert kenya == ["Kenya"]


def test_pleonastic_it_after_a_passive_verb(nlp):
    doc = nlp("The ministry said it is expected that prices will rise.")
    it = next(t for t in doc if t.lower_ == "it")
    assert is_pleonastic(it)
    _, an = _analyse(nlp, "The Bolvarian Ministry of Transport met on Monday. It is expected that fares will rise.")
    assert any("Ministry of Transport" in n for n in _names(an))
    assert not any(m.text == "It" for m in an.mentions)


def test_it_referring_to_the_body_still_links(nlp):
    text = "The Freshwater Alliance filed a complaint on Monday. It said the dam broke the law."
    _, an = _analyse(nlp, text)
    assert _mentions_of(an, "Freshwater Alliance") == ["Freshwater Alliance", "It"]


def test_it_inside_a_quotation_is_left_unlinked(nlp):
    text = 'The Freshwater Alliance filed a complaint on Monday. "It was a long fight," a member said.'
    _, an = _analyse(nlp, text)
    assert _mentions_of(an, "Freshwater Alliance") == ["Freshwater Alliance"]


@pytest.mark.parametrize("text", ["Correct. The Freshwater Alliance said so on Monday."])
def test_a_capitalised_common_word_is_not_an_actor(nlp, text):
    _, an = _analyse(nlp, text)
    assert "Freshwater Alliance" in _names(an)
    assert "Correct" not in _names(an)


def test_a_bracketed_acronym_is_the_organisation_before_it(nlp):
    text = ("Director Lena Moss of the National Institute of Ocean Studies (NIOS) spoke on Monday. "
            "NIOS later published the data.")
    _, an = _analyse(nlp, text)
    assert not any(a.name == "NIOS" for a in an.actors)
    institute = next(a for a in an.actors if "Ocean Studies" in a.name)
    assert "NIOS" in _mentions_of(an, institute.name)


def test_a_time_zone_after_a_clock_time_is_not_an_actor(nlp):
    _, an = _analyse(nlp, "The Freshwater Alliance met at 0900 UTC on Monday.")
    assert "Freshwater Alliance" in _names(an)
    assert "UTC" not in _names(an)


def test_a_pronoun_inside_a_quotation_is_left_unlinked(nlp):
    text = 'Mayor Helen Carter thanked the crews. "We stand with him and his family," she said.'
    _, an = _analyse(nlp, text)
    carter = _mentions_of(an, "Helen Carter")
    assert carter == ["Helen Carter", "she"]


def test_a_surname_tagged_alone_finds_its_untagged_given_name(nlp):
    text = "Yesterday the agency announced the death of cosmonaut Alexei Leonov. Leonov was famous."
    _, an = _analyse(nlp, text)
    people = [a.name for a in an.actors if a.actor_type == "person"]
    assert people == ["Alexei Leonov"]
    assert _mentions_of(an, "Alexei Leonov") == ["Alexei Leonov", "Leonov"]


def test_a_pronoun_in_the_second_sentence_of_a_quotation_is_left_unlinked(nlp):
    text = 'His widow Helen Carter said "We hoped for more time. His work will last." The funeral is on Friday.'
    _, an = _analyse(nlp, text)
    assert _mentions_of(an, "Helen Carter") == ["Helen Carter"]



@pytest.mark.parametrize("text, word, acts", [
    ("Nigeria criticized Togo on Monday after the vote.", "Nigeria", True),
    ("After the summit, Benin signed a trade pact with Nigeria.", "Nigeria", True),
    ("Talks with Nigeria's president ended on Friday.", "Nigeria", True),
    ("Aid workers in Nigeria said the clinic had closed.", "Nigeria", False),
    ("The storm moved from Benin towards Togo overnight.", "Togo", False),
])
def test_a_registered_state_the_model_missed_counts_only_where_it_acts(nlp, text, word, acts):
    # the registry's state names are added where the model left them untagged only when the state is a party
    # to the clause (subject, object, possessor, partner), never where it is only the place of something
    from newscoder.extract.actors.untagged import _acts

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert _acts(tok) is acts
