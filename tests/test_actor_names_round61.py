"""Actor names, round 61 (our own sentences): a birth name is an alias of the person's usual name, a
generational suffix stays in the name, a title typed with a typo before a name is no word of it."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts
from newscoder.extract.actors.entity_bounds import misspelt_title


def test_was_born_gives_an_alias_not_a_second_person(nlp):
    an = analyse_actors(nlp, "The singer Marla Quintero died on Sunday at her home in Ohio. Quintero was born "
                             "Marlene Ruth Okonkwo in Dayton in 1931. Quintero recorded forty albums.")
    actors = actors_by_name(an)
    assert "Marlene Ruth Okonkwo" not in actors
    assert "Marlene Ruth Okonkwo" in actors["Marla Quintero"].aliases
    assert "Marlene Ruth Okonkwo" in mention_texts(an, "Marla Quintero")


def test_born_in_brackets_gives_an_alias(nlp):
    an = analyse_actors(nlp, "The painter Tobias Venn (born Tobiah Vennikov) opened an exhibition in Leeds. "
                             "Venn said the paintings took six years.")
    actors = actors_by_name(an)
    assert "Tobiah Vennikov" not in actors
    assert "Tobiah Vennikov" in actors["Tobias Venn"].aliases


def test_a_real_name_gives_an_alias(nlp):
    an = analyse_actors(nlp, "The rapper Tomi Lace performed in Lagos on Friday. His real name is Peter Walsh, "
                             "and Lace has sold a million records.")
    actors = actors_by_name(an)
    assert "Peter Walsh" not in actors
    assert "Peter Walsh" in actors["Tomi Lace"].aliases


def test_a_name_after_born_with_no_birth_relation_stays_apart(nlp):
    # "born to" names a parent: another person
    an = analyse_actors(nlp, "The actor Dario Fenn was born to Lucia Fenn in Turin. Lucia Fenn was a teacher.")
    actors = actors_by_name(an)
    assert "Dario Fenn" in actors and "Lucia Fenn" in actors


def test_a_suffix_after_a_comma_stays_in_the_name(nlp):
    an = analyse_actors(nlp, "The lawsuit was filed by county prosecutor Walter B. Hensley, Jr. on Monday. "
                             "Hensley said the case would go to trial.")
    actors = actors_by_name(an)
    assert "Walter B. Hensley Jr." in actors
    assert "Walter B. Hensley" not in actors
    assert "Walter B. Hensley, Jr." in actors["Walter B. Hensley Jr."].aliases


def test_a_name_with_a_suffix_and_its_short_form_are_one_person(nlp):
    an = analyse_actors(nlp, "Former mayor Harold Benning died on Friday, his family said. Harold Quentin "
                             "Benning Jr., first elected in 1970, was born in Tulsa. Benning served five terms.")
    actors = actors_by_name(an)
    people = [a.name for a in an.actors if a.actor_type == "person"]
    assert people == ["Harold Quentin Benning Jr."]
    assert "Harold Benning" in actors["Harold Quentin Benning Jr."].aliases
    assert "Jr." not in mention_texts(an, "Harold Quentin Benning Jr.")


def test_a_father_with_sr_stays_apart_from_his_son(nlp):
    an = analyse_actors(nlp, "Senator Calvin Merritt spoke on Monday. His parents, Otis Merritt Sr. and Rosa "
                             "Merritt, were farmers.")
    actors = actors_by_name(an)
    assert "Otis Merritt Sr." in actors
    assert "Calvin Merritt" in actors


def test_a_title_typed_with_a_typo_is_no_word_of_the_name(nlp):
    an = analyse_actors(nlp, "Senatorr Lydia Mae Okafor voted against the bill on Tuesday. Okafor said the state "
                             "would pay for new roads.")
    actors = actors_by_name(an)
    assert actors["Lydia Mae Okafor"].actor_type == "person"
    assert "Okafor" in mention_texts(an, "Lydia Mae Okafor")
    assert not any(name.startswith("Senatorr") for name in actors)
    an = analyse_actors(nlp, "On Monday, Commissionner Daniel Arthur Whitby announced the plan. Whitby said it "
                             "would cost millions.")
    actors = actors_by_name(an)
    assert "Daniel Arthur Whitby" in actors
    assert not any(name.startswith("Commissionner") for name in actors)


def test_misspelt_title_words():
    assert misspelt_title("Senatorr")
    assert misspelt_title("Represenative")
    # a known given name, a word two edits from a short title, a title itself: no typo
    assert not misspelt_title("Charlotte")
    assert not misspelt_title("Charlie")
    assert not misspelt_title("Senator")
    assert not misspelt_title("Dejene")


def test_a_body_named_short_and_with_one_more_head_word_is_one_body(nlp):
    an = analyse_actors(nlp, "The Harlow Shire Police Force said on Monday that two men were arrested. A "
                             "spokesman for the Harlow Shire Police said the men would appear in court.")
    actors = actors_by_name(an)
    assert "Harlow Shire Police" not in actors
    assert "Harlow Shire Police" in actors["Harlow Shire Police Force"].aliases


def test_a_body_named_after_a_place_keeps_apart_from_the_place(nlp):
    an = analyse_actors(nlp, "Donations went to the Ostrander Farm Trust, which runs camps. The Ostrander "
                             "Farm hosted the camps each summer.")
    actors = actors_by_name(an)
    assert "Ostrander Farm Trust" in actors
    assert "Ostrander Farm" not in actors.get("Ostrander Farm Trust").aliases


def test_whose_real_name_gives_an_alias(nlp):
    an = analyse_actors(nlp, "The wrestler Bruno Stahl, whose real name was Peter Walsh, retired on Friday. "
                             "Stahl won four titles.")
    actors = actors_by_name(an)
    assert "Peter Walsh" not in actors
    assert "Peter Walsh" in actors["Bruno Stahl"].aliases
