"""Pieces of other things the model tags as actors: a portfolio cut from an office title, a time zone or
code in capitals typed as a person, and a constitution or charter typed as an organisation. Our own
sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _actors(nlp, text: str) -> dict[str, str]:
    art = make_article(text, date="2026-02-02")
    return {a.name: a.actor_type for a in extract_actors(nlp(art.text), art, load_registry()).actors}


def test_a_portfolio_before_a_title_is_part_of_the_title(nlp):
    actors = _actors(nlp, "Lawmakers voted to censure Commerce Secretary Dana Whitfield and Treasury Secretary "
                          "Omar Castellanos on Tuesday, the committee chairman said.")
    assert actors.get("Dana Whitfield") == "person"
    assert actors.get("Omar Castellanos") == "person"
    assert not {"Commerce", "Treasury"} & set(actors)


def test_an_acronym_typed_as_a_person_is_no_person(nlp):
    actors = _actors(nlp, "The launch took place at 10:05 p.m. BST on Friday. Engineer Ana Ferreira said "
                          "the rocket reached orbit. He was pleased, her colleague Omar Castellanos said.")
    assert actors.get("Ana Ferreira") == "person"
    assert actors.get("Omar Castellanos") == "person"
    assert "BST" not in actors


def test_a_constitution_is_a_law_not_an_organisation(nlp):
    actors = _actors(nlp, "The United States Constitution says that the president serves four years, judge "
                          "Maria Lopez said.")
    assert actors.get("Maria Lopez") == "person"
    assert not {"United States Constitution", "Constitution"} & set(actors)


def test_a_brand_naming_a_kind_of_thing_in_a_caption_is_no_actor(nlp):
    actors = _actors(nlp, "Thousands of fans came to the show on Saturday, organiser Ana Ferreira said.\n\n\n"
                          "KMX superheroes\n\n\nTwo wizards\n")
    assert actors.get("Ana Ferreira") == "person"
    assert "KMX" not in actors


def test_a_brand_whose_workers_act_stays_an_actor(nlp):
    actors = _actors(nlp, "KMX workers went on strike on Monday, union leader Ana Ferreira said.")
    assert actors.get("Ana Ferreira") == "person"
    assert actors.get("KMX") == "organization"
    actors = _actors(nlp, "Car sales fell in May. Honda sales dropped 28%, analyst Ana Ferreira said.")
    assert actors.get("Honda") == "organization"  # a firm's own sales, in a sentence: the firm
