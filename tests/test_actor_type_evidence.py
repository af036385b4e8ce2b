"""Round 31: organisations the model calls people, and names that are no actors (a celestial body, a word of
a foreign-language sentence, a thing's name before a class noun, a chamber only walked into). Our own
sentences."""

from __future__ import annotations

from conftest import analyse_actors


def _types(nlp, text: str) -> dict[str, str]:
    return {a.name: a.actor_type for a in analyse_actors(nlp, text).actors}


def test_a_name_in_apposition_with_an_agency_is_an_organisation(nlp):
    types = _types(nlp, "On Monday, Galvakos, the Greek space agency, announced a new launch.")
    assert types == {"Galvakos": "organization"}


def test_a_name_after_troupe_is_an_organisation(nlp):
    types = _types(nlp, "Belly dancing troupe Desert Evolution performed on Saturday and again that evening "
                        "at the ball.")
    assert types == {"Desert Evolution": "organization"}


def test_a_person_described_by_their_party_stays_a_person(nlp):
    types = _types(nlp, "Anna Kowalczyk, a party member, said the vote was fair. Kowalczyk spoke in Warsaw.")
    assert types == {"Anna Kowalczyk": "person"}


def test_a_co_author_next_to_a_team_in_a_quote_stays_a_person(nlp):
    types = _types(nlp, '"Our team" study co-author Tak-Sing Wong said in a press release "has developed a '
                        'coating." Wong is a professor.')
    assert types.get("Tak-Sing Wong") == "person"


def test_the_moon_is_no_actor(nlp):
    types = _types(nlp, 'The runner wrote on Twitter: "Today we went to the Moon and came back!" Juma Kariuki '
                        "thanked his fans.")
    assert "Moon" not in types
    assert types["Juma Kariuki"] == "person"


def test_a_capitalised_word_of_a_spanish_sentence_is_no_person(nlp):
    types = _types(nlp, "The governor wrote in Spanish. Nuestras familias merecen un gobierno que siempre "
                        "esté con ellas. Governor Ana Lopez said the state would recover.")
    assert "Nuestras" not in types
    assert types["Ana Lopez"] == "person"


def test_a_name_before_species_is_no_actor(nlp):
    types = _types(nlp, "The anime convention in Toronto, Canada drew thousands of fans. Singer Mila Hart "
                        "attended dressed as Pokemon species Charizard. Hart said the costume took a month.")
    assert "Pokemon" not in types
    assert types["Mila Hart"] == "person"


def test_a_chamber_only_walked_into_is_a_place(nlp):
    text = ("The ruling means that when the royal commissioners walked into the House of Lords it was as if they "
            "carried a blank sheet. The prime minister, Tom Harlow, said he disagreed with the judges.")
    types = _types(nlp, text)
    assert not any("House of Lords" in n for n in types)
    assert types.get("Tom Harlow") == "person"


def test_a_chamber_that_votes_stays(nlp):
    types = _types(nlp, "The House of Lords voted against the bill on Tuesday. Members said it went too far.")
    assert types.get("House of Lords") == "organization"


def test_other_mentions_follow_the_class_noun(nlp):
    types = _types(nlp, "Belly dancing troupe Desert Evolution performed on Saturday at the ball. Later Desert "
                        "Evolution thanked the organisers.")
    assert types == {"Desert Evolution": "organization"}


def test_a_name_only_written_before_a_common_noun_is_no_person(nlp):
    types = _types(nlp, 'Senator Ana Ruiz, responding on Twitter, attacked the inquiry as "Witch Hunt nonsense."')
    assert "Witch Hunt" not in types
    assert types["Ana Ruiz"] == "person"


def test_a_name_on_a_placard_stays_a_person(nlp):
    types = _types(nlp, 'Protesters carried a "Danny Dyer for PM" sign through central London on Saturday.')
    assert types.get("Danny Dyer") == "person"


def test_an_english_sentence_with_few_stop_words_is_not_foreign(nlp):
    from newscoder.extract.actors.type_evidence import foreign_sentence

    assert not foreign_sentence(nlp("Storms hit coastal towns, flooding roads, farms and homes.")[:])
    assert foreign_sentence(nlp("Nuestras escuelas estarán abiertas para todos y siempre serán seguras.")[:])


def test_a_name_after_supergroup_is_an_organisation(nlp):
    types = _types(nlp, "Clapton was later in another supergroup Silent Harbour with two friends. Silent Harbour "
                        "recorded only one album.")
    assert types["Silent Harbour"] == "organization"


def test_a_name_before_founder_is_an_organisation_everywhere(nlp):
    types = _types(nlp, '"It worked," SpaceX founder Elon Musk told the press after the launch. The contract '
                        "with SpaceX is worth $2 billion.")
    assert types == {"Elon Musk": "person", "SpaceX": "organization"}


def test_a_person_with_a_spokesman_stays_a_person(nlp):
    types = _types(nlp, "Trump spokesman Hogan Gidley said the president was pleased. Trump said he was happy.")
    assert types.get("Hogan Gidley") == "person"
