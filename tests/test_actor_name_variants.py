"""Variant names of one actor in one article (our own sentences): misspellings, stems, surnames, qualified
body and party names, ordinal office phrases."""

from __future__ import annotations

from conftest import actors_by_name, make_article
from newscoder.extract.actors.name_variants import one_edit_apart
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _mentions(an, actor) -> list[str]:
    return [m.text for m in an.mentions if m.actor_key == actor.key]


def test_one_edit_apart_covers_swaps_and_substitutions_of_long_words_only():
    assert one_edit_apart("Haldren", "Hadlren") and one_edit_apart("Morrow", "Marrow")
    assert one_edit_apart("Kessing", "Kesing")
    assert not one_edit_apart("Iran", "Iraq") and not one_edit_apart("Austria", "Australia")


def test_a_misspelt_surname_joins_the_person_of_the_same_article(nlp):
    an = _analyse(nlp, "Senator Teodor Valbrenko spoke in Paris on Monday. Valbrenko said the law was wrong. "
                       "Later Valbrekno told reporters he would vote against it. Valbrenko left at noon.")
    names = actors_by_name(an)
    person = names["Teodor Valbrenko"]
    assert "Valbrekno" not in names
    assert "Valbrekno" in _mentions(an, person) and "Valbrenko" in _mentions(an, person)


def test_a_shortened_ministry_name_joins_the_longer_one_of_the_same_stem(nlp):
    an = _analyse(nlp, "Moldova's Emergency Situations Ministry said nine people were hurt on Monday. "
                       "In a statement, the Emergencies Ministry later said the road had reopened.")
    names = actors_by_name(an)
    ministry = names["Moldovan Emergency Situations Ministry"]
    assert "Emergencies Ministry" not in names
    assert ministry.country_iso3 == "MDA"
    assert "Emergencies Ministry" in _mentions(an, ministry)


def test_a_bare_coast_guard_takes_the_nationality_the_article_gives_it(nlp):
    an = _analyse(nlp, "A ferry went missing off Sulawesi on Tuesday. The Coast Guard said it sent two boats. "
                       "The Indonesian coast guard later found the crew alive.")
    names = actors_by_name(an)
    assert "Indonesian Coast Guard" in names
    assert names["Indonesian Coast Guard"].country_iso3 == "IDN"
    assert "Coast Guard" not in names
    guards = [a for a in an.actors if "guard" in a.name.lower()]
    assert len(guards) == 1
    assert "Indonesian coast guard" in _mentions(an, guards[0])


def test_a_party_name_takes_the_word_party_the_article_writes_after_it(nlp):
    an = _analyse(nlp, "Lumina Forward was dissolved by the court on Thursday. The Lumina Forward Party had "
                       "nominated a princess, the court said. Lumina Forward denied wrongdoing.")
    names = actors_by_name(an)
    assert "Lumina Forward Party" in names
    assert "Lumina Forward" not in names
    assert [a.name for a in an.actors].count("Lumina Forward Party") == 1
    assert _mentions(an, names["Lumina Forward Party"]).count("Lumina Forward") == 2


def test_an_ordinal_office_phrase_is_no_actor_but_the_person_it_names_is(nlp):
    an = _analyse(nlp, "Two presidents were impeached. A third president, Harold Brenner, resigned first.")
    names = actors_by_name(an)
    assert "third president" not in names
    assert "Harold Brenner" in names


def test_short_names_one_letter_apart_stay_two_actors(nlp):
    an = _analyse(nlp, "Iran and Iraq signed a border treaty on Monday. Iran said the talks had gone well.")
    names = actors_by_name(an)
    assert "Iran" in names and "Iraq" in names
    assert names["Iran"].key != names["Iraq"].key


def test_two_given_names_one_letter_apart_stay_two_people(nlp):
    an = _analyse(nlp, "Maria Kessington and her sister Marta Kessington opened the bakery on Monday. "
                       "Maria Kessington said the town needed bread.")
    names = actors_by_name(an)
    assert "Maria Kessington" in names and "Marta Kessington" in names
    assert "Marta Kessington" in _mentions(an, names["Marta Kessington"])


def test_a_war_named_as_a_time_is_no_actor(nlp):
    an = _analyse(nlp, "At the height of the Syrian Civil War, the Red Crescent ran clinics in Aleppo. "
                       "The Red Crescent said it treated thousands of people.")
    names = actors_by_name(an)
    assert "Syrian Civil War" not in names and "Red Crescent" in names


def test_a_body_named_for_a_war_is_still_an_actor(nlp):
    an = _analyse(nlp, "Kestrel Nurses Against the War held a march in Leeds on Saturday. "
                       "Kestrel Nurses Against the War said the march drew thousands.")
    names = actors_by_name(an)
    assert "Kestrel Nurses Against the War" in names


def test_an_upper_case_short_form_with_the_same_last_word_joins_the_longer_name(nlp):
    an = _analyse(nlp, "A team from the University of Oregon at Eugene (UO Eugene) published the study on Monday. "
                       "UO Eugene sent a ship to the reef.")
    names = actors_by_name(an)
    uni = names["University of Oregon at Eugene"]
    assert "UO Eugene" not in names and uni.actor_type == "organization"
    assert _mentions(an, uni).count("UO Eugene") == 2


def test_a_rank_word_opening_a_sentence_is_no_part_of_the_name(nlp):
    an = _analyse(nlp, "The festival had many panels this year. Lead Paul Ko-Hyun Park talked about how the "
                       "series has grown. Fans cheered.")
    names = actors_by_name(an)
    assert "Paul Ko-Hyun Park" in names and names["Paul Ko-Hyun Park"].actor_type == "person"
    assert not any(n.startswith("Lead") for n in names)


def test_a_person_named_after_a_registered_body_is_the_person(nlp):
    an = _analyse(nlp, '"The arrests are unlawful," Hong Kong director of Amnesty International Man-kei Tam '
                       "said in a statement.")
    names = actors_by_name(an)
    assert "Man-kei Tam" in names and names["Man-kei Tam"].actor_type == "person"
    assert not any(n.startswith("Amnesty International ") for n in names)


def test_a_given_name_before_a_particle_surname_is_one_person(nlp):
    an = _analyse(nlp, "Kestrel is nevertheless to include them within it.\n\nArnel dela Torre of the army's "
                       "Southern Command said the Kestrel Group are the suspected perpetrators.")
    names = actors_by_name(an)
    assert "Arnel dela Torre" in names and names["Arnel dela Torre"].actor_type == "person"
    assert "Southern Command" in names and "Arnel" not in names


def test_words_before_a_name_agree_with_the_pattern_they_replace():
    # speed round 33: the word before each written name is found without a pattern per name; the answers
    # must be those of the case-blind pattern (no overlapping matches, whole words only, ASCII letters)
    import re

    from newscoder.extract.actors.name_variants import _words_before

    text = ("The Veldan coast guard said the Coast Guard Guard rescued two. A_Coast Guard, 9Bo Coast Guard, "
            "Café Coast Guard and the Ostrian COAST GUARDS left; Kelb Corp. and Kelb Corp.x too.")
    for name in ("Coast Guard", "coast guard", "Guard", "Corp.", "Kelb Corp.", "COAST GUARD"):
        expected = [m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text, re.IGNORECASE)]
        assert _words_before(text, name) == expected
    assert _words_before("the \u212aelbian Guard", "Guard") is None  # a letter "ignore case" folds to ASCII
