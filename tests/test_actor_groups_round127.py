"""Round 127: rows that describe someone rather than name a group or body that acts: parents named by a
kinship phrase, an identity acronym before a person noun, a kind of club the text counts, and a group word
cut from its hyphenated prefix. Our own sentences."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors


def test_the_parents_of_a_person_make_no_group(nlp):
    an = analyse_actors(nlp, "US Senator Maria Lopez, the daughter of Greek immigrants, said on Monday that the "
                             "bill would fail. Lopez spoke in Boston.")
    actors = actors_by_name(an)
    assert not any(a.actor_type == "group" for a in actors.values())
    assert actors["Maria Lopez"].actor_type == "person"
    assert actors["Maria Lopez"].country_iso3 == "USA"


def test_born_to_refugees_makes_no_group_but_acting_refugees_stay(nlp):
    an = analyse_actors(nlp, "Mayor Tom Baker of Chicago, who was born to Syrian refugees, said the city would "
                             "appeal. On Tuesday, Syrian refugees marched outside the consulate in Beirut.")
    actors = actors_by_name(an)
    assert "Tom Baker" in actors
    groups = [a for a in actors.values() if a.actor_type == "group"]
    assert [g.name for g in groups] == ["Syrian refugees"]
    assert groups[0].country_iso3 == "SYR"


def test_a_plural_demonym_after_a_kinship_noun_is_no_group(nlp):
    an = analyse_actors(nlp, "Novelist Ana Ruiz, a granddaughter of Peruvians, won the prize on Friday. Ruiz "
                             "thanked her publisher in Madrid.")
    actors = actors_by_name(an)
    assert "Peruvians" not in actors
    assert "Ana Ruiz" in actors


def test_an_identity_acronym_before_a_person_noun_is_no_organisation(nlp):
    an = analyse_actors(nlp, "Many residents knew the victim, LGBT activist Sam Ford, 52, who vanished in 2016. "
                             "Police were slow to respond. Some members of the local LGBT community have been "
                             "critical; Mayor Ann Lee of Ottawa said the city would review the case.")
    actors = actors_by_name(an)
    assert "LGBT" not in actors
    assert not any(a.actor_type == "organization" and "LGBT" in a.name for a in actors.values())
    assert actors["Sam Ford"].actor_type == "person"
    assert actors["LGBT community"].actor_type == "group"
    assert actors["LGBT community"].country_iso3 == "CAN"


def test_an_identity_acronym_alone_makes_no_actor(nlp):
    an = analyse_actors(nlp, "The charity said that LGBTQ writer Jo March had been invited. March, 41, lives in "
                             "Leeds and has written six novels.")
    actors = actors_by_name(an)
    assert not any("LGBTQ" in name for name in actors)
    assert actors["Jo March"].actor_type == "person"


def test_counted_clubs_are_a_kind_and_a_qualified_club_keeps_its_name(nlp):
    an = analyse_actors(nlp, "Numerous Coding Clubs from nearby schools were on hand, showing their projects.\n\n"
                             "Coding Club for St Bede, a local school in Akron. Image: Lee Park.")
    names = set(actors_by_name(an))
    assert not any(n.lower().startswith("numerous") for n in names)
    assert "Coding Club" not in names
    assert "Coding Club for St Bede" in names


def test_a_qualified_club_name_runs_on_through_a_capitalised_determiner(nlp):
    an = analyse_actors(nlp, "Numerous Robotics Clubs from nearby schools came. The Robotics Club for All Hallows "
                             "Day School in Akron won.")
    names = set(actors_by_name(an))
    assert "Robotics Club" not in names
    assert "Robotics Club for All Hallows Day School" in names


def test_a_bare_club_the_text_counts_is_no_actor_but_a_named_one_stays(nlp):
    an = analyse_actors(nlp, "Several Chess Clubs sent players to the final. The Chess Club hosted the meeting, "
                             "and the Riverside Rowing Club said it would send a crew.")
    names = set(actors_by_name(an))
    assert "Chess Club" not in names
    assert not any("Chess Clubs" in n for n in names)
    assert "Riverside Rowing Club" in names


def test_a_club_not_counted_elsewhere_stays(nlp):
    an = analyse_actors(nlp, "The Maple Chess Club said on Sunday that its tournament would go ahead in Halifax.")
    assert actors_by_name(an)["Maple Chess Club"].actor_type == "organization"


def test_a_hyphenated_group_word_keeps_its_prefix(nlp):
    an = analyse_actors(nlp, "The march in Omaha, Nebraska drew wide attention in the United States because the "
                             "governor praised both the marchers and the counter-protesters, for which he was "
                             "criticised by Nebraska senators.")
    names = set(actors_by_name(an))
    assert not any(n.endswith(" protesters") and "counter" not in n for n in names)
    assert any("counter-protesters" in n for n in names)
