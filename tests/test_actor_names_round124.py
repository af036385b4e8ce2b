"""Round 124: names the model cut short or typed wrong (a surname that is a post's word, a company's leading
acronym or contraction, a given name alone typed an organisation, a nickname in a quoted message)."""

from conftest import actors_by_name, analyse_actors, mention_texts


def test_surname_that_is_a_post_word_joins_the_given_name(nlp):
    an = analyse_actors(nlp, "The prize went to Didier Lindqvist and Michel Mayor. They will share the award.")
    names = actors_by_name(an)
    assert names["Michel Mayor"].actor_type == "person"
    assert "Michel" not in names
    assert "Didier Lindqvist" in names


def test_post_word_before_a_name_stays_a_title(nlp):
    an = analyse_actors(nlp, "Mayor Tomas Lindqvist opened the bridge on Sunday. Judge Ana Varga attended.")
    names = actors_by_name(an)
    assert "Tomas Lindqvist" in names and "Ana Varga" in names
    assert not any(n.endswith(("Mayor", "Judge")) for n in names)


def test_business_name_opening_with_a_contraction_is_an_organisation(nlp):
    an = analyse_actors(nlp, "The guests included the co-owners of US costume builders Don't Poke Kestrels.\n\n"
                             "The event raised $8,000 for a shelter in Varna.")
    names = actors_by_name(an)
    assert names["Don't Poke Kestrels"].actor_type == "organization"
    assert "Poke Kestrels" not in names


def test_same_business_name_at_a_paragraph_start_joins_it(nlp):
    an = analyse_actors(nlp, "The guests included the co-owners of US costume builders Don't Poke Kestrels.\n\n"
                             "Don't Poke Kestrels staff prepared the suits for the parade.")
    assert mention_texts(an, "Don't Poke Kestrels") == ["Don't Poke Kestrels"] * 2
    assert not any(a.actor_type == "person" for a in an.actors)


def test_leading_acronym_of_a_company_is_kept_and_its_translation_is_the_same_company(nlp):
    an = analyse_actors(nlp, "On Monday, state-owned enterprise XKT Vasútépítő Kft. (XKT Limited) bought the "
                             "Austrian maker Brunnwald Defence Group. XKT Limited was registered in 2018.")
    names = actors_by_name(an)
    assert names["XKT Vasútépítő Kft"].actor_type == "organization"
    assert "Vasútépítő Kft" not in names and "XKT Limited" not in names
    assert "XKT Limited" in mention_texts(an, "XKT Vasútépítő Kft")
    assert "Brunnwald Defence Group" in names


def test_given_name_alone_in_a_family_list_is_no_organisation(nlp):
    an = analyse_actors(nlp, "Talk host Bo Lund died on Friday in Texas, aged 79. Lund is survived by his second wife "
                             "Maren Holt, their two sons Jens and Tove, and four daughters, Nadine, Ashley, Elizabeth, "
                             "and Toni, from his previous marriage.")
    names = actors_by_name(an)
    assert not any(a.actor_type == "organization" for a in an.actors)
    assert names["Maren Holt"].actor_type == "person"


def test_nickname_addressed_in_a_quoted_message_is_no_actor(nlp):
    an = analyse_actors(nlp, "Talk host Bo Lund died on Friday in Texas, aged 79. His co-host wrote on Twitter: "
                             "\"Thanks for everything, Maren, Tove & Jens. Rest easy Cowboy. You have earned it.\"")
    names = actors_by_name(an)
    assert "Cowboy" not in names
    assert names["Bo Lund"].actor_type == "person"


def test_common_word_company_in_apposition_stays(nlp):
    an = analyse_actors(nlp, "The contract for the pipeline was won by its rival, Shell.")
    assert "Shell" in actors_by_name(an)


def test_party_adjective_in_a_results_table_is_part_of_the_name(nlp):
    an = analyse_actors(nlp, "Results:\n\nLiberal Democrats - 11 seats\n\nGreen Party - 1 seat\n\n"
                             "Liberal Democrats lost ten seats on Thursday.")
    names = actors_by_name(an)
    assert "Liberal Democrats" in names
    assert "Democrats" not in names
