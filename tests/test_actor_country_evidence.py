"""Countries of actors from the evidence in their names and around them, read with care (our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.actors.body_names import name_country
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str, date: str = "2026-02-02"):
    art = make_article(text, date=date)
    return extract_actors(nlp(art.text), art, load_registry())


def _actor(an, name: str):
    return next(a for a in an.actors if a.name == name)


def test_a_state_or_province_of_several_words_is_read_whole_before_a_country_word_inside_it():
    assert name_country("Legislative Council of New South Wales") == "AUS"  # not Wales
    assert name_country("Northern Ireland Housing Office") == "GBR"  # not Ireland
    assert name_country("New Mexico Water Board") == "USA"  # not Mexico
    assert name_country("New England Review of Books") is None  # a region, not England
    assert name_country("Papua New Guinea Defence Force") == "PNG"  # the country of three words
    assert name_country("Kenya Wildlife Service") == "KEN"


def test_a_country_word_naming_a_cause_or_a_war_is_not_the_body_seat():
    assert name_country("Friends of Syria") is None
    assert name_country("Iraq Veterans Against the War") is None
    assert name_country("Vietnam Veterans of America") == "USA"  # the "of" after the war names the seat
    assert name_country("Committee for a Free Tibet") is None
    assert name_country("Centre for Research on Iran") is None
    assert name_country("Solidarity with Palestine Network") is None
    assert name_country("Tunisian League for the Defence of Human Rights") == "TUN"  # its own demonym counts
    assert name_country("Federal Centre for Neurosurgery in Tyumen") == "RUS"  # "in" names the seat again


def test_a_state_parliament_takes_the_country_of_the_state(nlp):
    an = _analyse(nlp, "Yesterday the Parliament of New South Wales voted to pass the water bill. "
                       "Farmers in Dubbo welcomed the vote.")
    body = _actor(an, "Parliament of New South Wales")
    assert (body.country_iso3, body.country_basis) == ("AUS", "name")


def test_a_country_after_a_gloss_in_brackets_ends_the_name(nlp):
    an = _analyse(nlp, "The Federal Court of Appeal (Bundesberufungsgericht) of Austria sent the question to "
                       "the judges in Luxembourg on Monday.")
    court = _actor(an, "Austrian Federal Court of Appeal")  # a bare body named after its state
    assert (court.country_iso3, court.country_basis) == ("AUT", "name")


def test_a_school_at_a_university_is_where_the_university_is(nlp):
    an = _analyse(nlp, "Dr Tom Vale, a professor in the Department of Community Health at the Boston University "
                       "School of Public Health, said the data were clear.")
    dept = _actor(an, "Department of Community Health")
    assert (dept.country_iso3, dept.country_basis) == ("USA", "base")
    assert _actor(an, "Tom Vale").country_iso3 == "USA"


def test_a_definite_demonym_subject_gives_the_person_named_just_before_a_nationality(nlp):
    an = _analyse(nlp, "On Wednesday, a magazine named climate activist Lena Varga as its campaigner of the decade. "
                       "The sixteen-year-old Swede is the youngest winner so far.")
    person = _actor(an, "Lena Varga")
    assert (person.country_iso3, person.country_basis) == ("SWE", "nationality")


def test_a_demonym_subject_after_two_people_names_no_one(nlp):
    an = _analyse(nlp, "Maria Lopez met Lena Varga in Geneva on Monday. The Swede said the talks went well.")
    assert _actor(an, "Maria Lopez").country_iso3 is None
    assert _actor(an, "Lena Varga").country_iso3 is None


def test_a_country_word_inside_a_body_name_is_not_read_again_as_the_party_phrase(nlp):
    from newscoder.stages import process_article

    art = make_article("In 2007 the group Iraq Veterans Against the War sued the Pentagon over its records. "
                       "Members of Iraq Veterans Against the War protested outside the Pentagon on Monday.")
    records = process_article(nlp(art.text), art, load_registry())
    bodies = {a.name: a.country_iso3 for a in records.actors if a.actor_type == "organization"}
    assert any("Veterans" in name for name in bodies)
    assert not any(iso3 == "IRQ" for iso3 in bodies.values())
    assert bodies["United States Department of Defense"] == "USA"


def test_a_police_rank_after_a_body_with_a_place_in_its_name(nlp):
    an = _analyse(nlp, "Hong Kong Police Senior Superintendent Mary Tam Siu-ling said officers were attacked.")
    officer = _actor(an, "Mary Tam Siu-ling")
    assert (officer.country_iso3, officer.country_basis) == ("HKG", "base")


def test_a_bare_police_rank_takes_the_country_of_the_story_police(nlp):
    an = _analyse(nlp, "Protests continued in Hong Kong on Monday. Police fired tear gas at protesters. "
                       "Police Senior Superintendent Mary Tam Siu-ling said officers were attacked. "
                       "The protests in Hong Kong began in June.")
    assert _actor(an, "Mary Tam Siu-ling").country_iso3 == "HKG"


def test_a_national_zoo_in_a_story_about_one_country_is_that_country_but_a_national_centre_is_not(nlp):
    text = ("The National Zoo closed on Monday as the shutdown went on in Washington. The National Storm "
            "Centre warned that rivers in Texas would rise. Officials in Houston and Dallas opened shelters. "
            "The governor of Texas asked residents of Austin and San Antonio to stay home.")
    an = _analyse(nlp, text)
    zoo = _actor(an, "National Zoo")
    assert (zoo.country_iso3, zoo.country_basis) == ("USA", "article")
    assert _actor(an, "National Storm Centre").country_iso3 is None  # it reports on storms abroad too


def test_a_registered_movement_tagged_as_a_person_keeps_its_registered_country(nlp):
    an = _analyse(nlp, "The port is held by a coalition fighting the Houthis. Yemen has been at war since 2014.")
    movement = _actor(an, "Houthi movement")
    assert (movement.country_iso3, movement.country_basis) == ("YEM", "registry")
    assert _actor(an, "Yemen").country_iso3 == "YEM"


def test_the_lead_past_a_date_line_gives_the_story_country_to_a_bare_police_rank(nlp):
    text = ("Wednesday, March 4, 2026\n\n\nStudents marched again in Hong Kong yesterday.\n\n\n"
            "Police Chief Inspector Alan Wong Ka-ming said the march was unlawful. Officials in Beijing "
            "and the Chinese government backed the police.")
    an = _analyse(nlp, text)
    officer = _actor(an, "Alan Wong Ka-ming")
    assert (officer.country_iso3, officer.country_basis) == ("HKG", "base")


def test_a_party_that_governs_a_place_is_of_that_place_country(nlp):
    an = _analyse(nlp, "The Civic Front, which rules Lagos State, welcomed the trade talks between Ghana, "
                       "Japan and Canada.")
    party = _actor(an, "Civic Front")
    assert (party.country_iso3, party.country_basis) == ("NGA", "base")


def test_a_post_of_a_body_before_a_comma_and_an_honorific(nlp):
    an = _analyse(nlp, "The director of the Kenya Wildlife Service, Dr Amina Odhiambo, said the rhinos were safe. "
                       "Tourists from Japan and Ghana visited.")
    person = _actor(an, "Amina Odhiambo")
    assert (person.country_iso3, person.country_basis) == ("KEN", "base")


def test_a_person_of_a_common_noun_body_in_a_country(nlp):
    an = _analyse(nlp, "Sharif Hotak of the provincial council in Afghanistan said 35 bodies were found.")
    person = _actor(an, "Sharif Hotak")
    assert (person.country_iso3, person.country_basis) == ("AFG", "base")


def test_an_office_taken_as_the_subject_gives_its_country(nlp):
    an = _analyse(nlp, "Pedro Alvarez was sworn in on Friday as Puerto Rico's new governor. Critics in "
                       "Chile and Canada objected.")
    assert (_actor(an, "Pedro Alvarez").country_iso3, _actor(an, "Pedro Alvarez").country_basis) == ("PRI", "title")
    an = _analyse(nlp, "Maria Lopez became the president of Peru in 2020. Critics in Chile and Canada "
                       "objected.")
    assert _actor(an, "Maria Lopez").country_iso3 == "PER"


def test_meeting_an_office_holder_gives_no_country(nlp):
    an = _analyse(nlp, "Maria Lopez met the president of Peru in 2020. Critics in Chile and Canada "
                       "objected.")
    assert _actor(an, "Maria Lopez").country_iso3 is None
    assert _actor(an, "Peru").country_iso3 == "PER"
