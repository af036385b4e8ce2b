"""Actor countries, round 70 (our own sentences): the story's country (basis `article_context`) is not
given to a body that watches over many countries by its name ("... Without Borders", "Committee to Protect
Journalists"), and a nationality before a descriptor whose common words are joined by "and" ("the Kelbian
oil and gas company X") is read as the body's own."""

from __future__ import annotations

from conftest import actor_country, analyse_actors

_MALI = ("Police in Bamako, Mali, arrested two men on Monday. The Malian Ministry of Security said the men "
         "were held in Bamako. Malian President Ibrahim Keita and Malian Prime Minister Boubou Cisse met in "
         "Bamako. ")


def test_a_watchdog_body_takes_no_country_from_the_story(nlp):
    an = analyse_actors(nlp, _MALI + "The Committee to Protect Journalists said nine reporters were held in "
                                     "Mali this year.")
    assert actor_country(an, "Committee to Protect Journalists") == (None, None)
    an = analyse_actors(nlp, _MALI + "Teachers Without Borders said the schools in Bamako were closed.")
    assert actor_country(an, "Teachers Without Borders") == (None, None)
    an = analyse_actors(nlp, _MALI + "The Arctic Rights Watch said the trial was unfair.")
    assert actor_country(an, "Arctic Rights Watch") == (None, None)


def test_a_local_body_acting_in_the_story_keeps_its_country(nlp):
    # the near case: a domestic body of the same story still takes the story's country
    an = analyse_actors(nlp, _MALI + "The Kolima Reporters Association said nine reporters were held.")
    assert actor_country(an, "Kolima Reporters Association") == ("MLI", "article_context")
    an = analyse_actors(nlp, _MALI + "The Kolima Mining Company said nine workers were held in Mali.")
    assert actor_country(an, "Kolima Mining Company") == ("MLI", "article_context")


def test_a_watchdog_with_its_own_evidence_keeps_it(nlp):
    an = analyse_actors(nlp, "The Malian charity Teachers Without Borders said on Monday that the schools were "
                             "closed.")
    assert actor_country(an, "Teachers Without Borders") == ("MLI", "nationality")


def test_a_nationality_before_coordinated_common_words_gives_the_country(nlp):
    an = analyse_actors(nlp, "On Monday, Kenyan oil and gas company Tana Petroleum bought Austrian mortar and "
                             "shell manufacturer Zellner Arms Group.")
    assert actor_country(an, "Zellner Arms Group") == ("AUT", "nationality")
    assert actor_country(an, "Tana Petroleum") == ("KEN", "nationality")


def test_two_nationalities_joined_by_and_give_none_of_the_pair_by_the_join(nlp):
    # "and" between two nationality words is not a descriptor's common words: only the nearest is read, as
    # before, never the first across the join
    an = analyse_actors(nlp, "The Austrian and Kenyan oil firm Tana Petroleum said on Monday that it was sold.")
    assert actor_country(an, "Tana Petroleum")[0] != "AUT"
