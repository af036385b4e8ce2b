"""Pronoun gender agreement from given names: he/she never links to a person whose given name is of the
other gender (data/given_name_genders.csv, derived by scripts/derive/nqg_given_name_genders.py); a person
with an ambiguous or unknown name stays of unknown gender."""

import importlib.util
from pathlib import Path

from conftest import make_article
from newscoder.extract.actors.word_lists import name_gender
from newscoder.extract.mentions import extract_actors

ROOT = Path(__file__).resolve().parents[1]


def resolve(nlp, text, anaphor):
    art = make_article(text)
    an = extract_actors(nlp(art.text), art)
    start = text.index(anaphor)
    actor = an.get(an.actor_at(start, start + len(anaphor.split()[0])))
    return actor.name if actor else None


def test_his_skips_the_nearer_woman_named_by_her_given_name(nlp):
    text = "Piotr Nowak founded the bakery in 1990. Monika Brandt worked for his company for ten years."
    assert resolve(nlp, text, "his company") == "Piotr Nowak"


def test_her_skips_the_nearer_man_named_by_his_given_name(nlp):
    text = "Monika Brandt founded the bakery in 1990. Piotr Nowak worked for her company for ten years."
    assert resolve(nlp, text, "her company") == "Monika Brandt"


def test_he_after_a_woman_who_speaks_is_the_man_named_before(nlp):
    text = "Lars Eriksen thanked the volunteers. Rosa Delgado said he had organised the whole event."
    assert resolve(nlp, text, "he had") == "Lars Eriksen"


def test_an_accented_given_name_shows_its_gender(nlp):
    text = "José Ramos opened the session. Ingrid Solberg said he spoke for an hour."
    assert resolve(nlp, text, "he spoke") == "José Ramos"


def test_an_ambiguous_given_name_stays_of_unknown_gender(nlp):
    # "Andrea" is a man's name in Italy and a woman's elsewhere: it shows no gender, so "he" may still
    # stand for Andrea Rossi, while Rosa Delgado is excluded
    text = "Andrea Rossi thanked the volunteers. Rosa Delgado said he had organised the whole event."
    assert resolve(nlp, text, "he had") == "Andrea Rossi"
    assert name_gender("Andrea Rossi") is None
    assert name_gender("Rosa Delgado") == "female"


def test_name_gender_needs_a_full_name_and_a_clear_given_name():
    assert name_gender("Vladimir Sokolov") == "male"
    assert name_gender("Jean-Pierre Martin") == "male"
    assert name_gender("Kim Lee") is None  # used for both
    assert name_gender("Rosa") is None  # a lone word may be a surname
    assert name_gender("General Motors") is None  # a rank word is no given name


def test_the_derivation_keeps_only_well_attested_one_gender_names():
    spec = importlib.util.spec_from_file_location("nqg", ROOT / "scripts" / "derive" / "nqg_given_name_genders.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    data = {  # [sources, observations, share recorded as women]
        "olga": [20, 5000, 0.99], "ivan": [20, 5000, 0.01], "sasha": [20, 5000, 0.7],
        "rare": [2, 5000, 1.0], "few": [20, 50, 0.0], "jean-luc": [9, 900, 0.0], "o'neil": [9, 900, 0.0],
        "major": [9, 900, 0.0],
    }
    assert mod.genders(data) == [("Ivan", "male"), ("Jean-Luc", "male"), ("Olga", "female")]
