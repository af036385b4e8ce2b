"""Round 100: names run on through "of" into lower-case words; a state body's own "of" name; a court as
the building. Invented sentences only."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts


def test_name_stops_before_of_and_lowercase_words(nlp):
    an = analyse_actors(nlp, "The attacker was described by the Daily Kelby as guilty of theft and by Kelby Press "
                             "of bank fraud, police said.")
    names = actors_by_name(an)
    assert "Kelby Press" in names
    assert not any(" of bank" in n for n in names)
    assert "Daily Kelby" in names


def test_name_own_of_kept(nlp):
    an = analyse_actors(nlp, "The Bank of Kelbia raised its rates on Monday, the Ministry of Finance said.")
    names = actors_by_name(an)
    assert "Bank of Kelbia" in names


def test_state_body_named_by_its_written_of_form(nlp):
    an = analyse_actors(nlp, "On Monday the Supreme Court of Kenya ruled that the election was void. The Court said "
                             "the vote was flawed.")
    names = actors_by_name(an)
    assert "Supreme Court of Kenya" in names
    assert names["Supreme Court of Kenya"].country_iso3 == "KEN"
    assert "Kenyan Supreme Court" not in names
    assert "Court" in mention_texts(an, "Supreme Court of Kenya")


def test_state_body_without_of_form_keeps_adjective_name(nlp):
    an = analyse_actors(nlp, "Kenyan judges met on Monday. The Supreme Court ruled that the election was void.")
    names = actors_by_name(an)
    assert "Supreme Court of Kenya" not in names


def test_court_as_building_of_a_ceremony_is_no_mention(nlp):
    an = analyse_actors(nlp, "The Supreme Court of Kenya ruled on Monday that the vote stands. Amani Kiprono "
                             "Wafula was sworn in as president at noon in the Supreme Court.")
    names = actors_by_name(an)
    assert "Supreme Court of Kenya" in names
    assert mention_texts(an, "Supreme Court of Kenya") == ["Supreme Court"]
    assert "Amani Kiprono Wafula" in names


def test_court_building_only_row_goes_but_body_acting_stays(nlp):
    an = analyse_actors(nlp, "Amani Kiprono Wafula was sworn in at the Supreme Court in Nairobi. The Kenyan "
                             "Parliament approved the budget.")
    names = actors_by_name(an)
    assert not any("Supreme Court" in n for n in names)
    assert "Kenyan Parliament" in names


def test_country_military_joins_the_named_defence_forces(nlp):
    an = analyse_actors(nlp, "The Estonian Defence Forces bought ten new trucks on Monday. The deal will supply the "
                             "Estonian military with spare parts, a spokesman for the Defence Forces said.")
    names = actors_by_name(an)
    assert "Estonian Defence Forces" in names
    assert "Estonian military" not in names
    assert "Estonian military" in mention_texts(an, "Estonian Defence Forces")
