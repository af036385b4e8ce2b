"""Variant names of one actor in one article (our own sentences): misspellings, stems, surnames, qualified
body and party names, ordinal office phrases."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.actors.name_variants import one_edit_apart
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _by_name(an) -> dict:
    return {a.name: a for a in an.actors}


def _mentions(an, actor) -> list[str]:
    return [m.text for m in an.mentions if m.actor_key == actor.key]


def test_one_edit_apart_covers_swaps_and_substitutions_of_long_words_only():
    assert one_edit_apart("Haldren", "Hadlren") and one_edit_apart("Morrow", "Marrow")
    assert one_edit_apart("Kessing", "Kesing")
    assert not one_edit_apart("Iran", "Iraq") and not one_edit_apart("Austria", "Australia")


def test_a_misspelt_surname_joins_the_person_of_the_same_article(nlp):
    an = _analyse(nlp, "Senator Teodor Valbrenko spoke in Paris on Monday. Valbrenko said the law was wrong. "
                       "Later Valbrekno told reporters he would vote against it. Valbrenko left at noon.")
    names = _by_name(an)
    person = names["Teodor Valbrenko"]
    assert "Valbrekno" not in names
    assert "Valbrekno" in _mentions(an, person) and "Valbrenko" in _mentions(an, person)


def test_a_shortened_ministry_name_joins_the_longer_one_of_the_same_stem(nlp):
    an = _analyse(nlp, "Moldova's Emergency Situations Ministry said nine people were hurt on Monday. "
                       "In a statement, the Emergencies Ministry later said the road had reopened.")
    names = _by_name(an)
    ministry = names["Moldovan Emergency Situations Ministry"]
    assert "Emergencies Ministry" not in names
    assert ministry.country_iso3 == "MDA"
    assert "Emergencies Ministry" in _mentions(an, ministry)


def test_a_bare_coast_guard_takes_the_nationality_the_article_gives_it(nlp):
    an = _analyse(nlp, "A ferry went missing off Sulawesi on Tuesday. The Coast Guard said it sent two boats. "
                       "The Indonesian coast guard later found the crew alive.")
    names = _by_name(an)
    assert "Indonesian Coast Guard" in names
    assert names["Indonesian Coast Guard"].country_iso3 == "IDN"
    assert "Coast Guard" not in names
    guards = [a for a in an.actors if "guard" in a.name.lower()]
    assert len(guards) == 1
    assert "Indonesian coast guard" in _mentions(an, guards[0])


def test_a_party_name_takes_the_word_party_the_article_writes_after_it(nlp):
    an = _analyse(nlp, "Lumina Forward was dissolved by the court on Thursday. The Lumina Forward Party had "
                       "nominated a princess, the court said. Lumina Forward denied wrongdoing.")
    names = _by_name(an)
    assert "Lumina Forward Party" in names
    assert "Lumina Forward" not in names
    assert [a.name for a in an.actors].count("Lumina Forward Party") == 1
    assert _mentions(an, names["Lumina Forward Party"]).count("Lumina Forward") == 2


def test_an_ordinal_office_phrase_is_no_actor_but_the_person_it_names_is(nlp):
    an = _analyse(nlp, "Two presidents were impeached. A third president, Harold Brenner, resigned first.")
    names = _by_name(an)
    assert "third president" not in names
    assert "Harold Brenner" in names


def test_short_names_one_letter_apart_stay_two_actors(nlp):
    an = _analyse(nlp, "Iran and Iraq signed a border treaty on Monday. Iran said the talks had gone well.")
    names = _by_name(an)
    assert "Iran" in names and "Iraq" in names
    assert names["Iran"].key != names["Iraq"].key


def test_two_given_names_one_letter_apart_stay_two_people(nlp):
    an = _analyse(nlp, "Maria Kessington and her sister Marta Kessington opened the bakery on Monday. "
                       "Maria Kessington said the town needed bread.")
    names = _by_name(an)
    assert "Maria Kessington" in names and "Marta Kessington" in names
    assert "Marta Kessington" in _mentions(an, names["Marta Kessington"])
