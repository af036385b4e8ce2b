"""Names that are no actors on real news (towns the model tags as people, picture credits) and countries
from a listing of universities, an apposed title and the office a spokesperson speaks for: our own
sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.actors.credits import credit_ranges
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.office_holders import organization_country
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _actors(an) -> dict[str, tuple[str, str | None, str | None]]:
    return {a.name: (a.actor_type, a.country_iso3, a.country_basis) for a in an.actors}


def test_a_town_the_model_tags_as_a_person_is_no_actor_when_only_used_as_a_place(nlp):
    an = _analyse(nlp, "The bus crashed on Thursday between Oyarzo and Havana. It was carrying locals from Oyarzo "
                       "to Havana, driver Luis Ferrer said.")
    names = _actors(an)
    assert names["Luis Ferrer"][0] == "person"
    assert "Oyarzo" not in names


def test_a_name_before_a_building_noun_and_paired_with_a_region_is_a_place(nlp):
    an = _analyse(nlp, "Twin bombs struck the Delgano Cathedral yesterday. Delgano and the region around it voted "
                       "against the measure, officials said.")
    assert "Delgano" not in _actors(an)
    assert "officials" in {a.name.lower() for a in an.actors}


def test_a_surname_that_speaks_stays_a_person(nlp):
    an = _analyse(nlp, "Anna Marasco said the family would sue the council. Marasco later told reporters she "
                       "was angry.")
    assert _actors(an)["Anna Marasco"][0] == "person"


def test_a_province_of_two_words_tagged_as_a_person_is_a_place(nlp):
    an = _analyse(nlp, "A car bomb hit a base in the centre of Afghanistan's Kamdesh Varuk province. Olan "
                       "Petrosyan, of the Kamdesh Varuk provincial council, said 30 died.")
    names = _actors(an)
    assert "Olan Petrosyan" in names
    assert "Kamdesh Varuk" not in names


def test_names_in_picture_credits_are_no_actors(nlp):
    text = ("Thousands marched through the capital on Saturday, organiser Bo Lindqvist said.\n"
            "Marchers in the square. Image: Tomas Verhoeven (flickr).\n"
            "Bo Lindqvist at the rally. Image: Ana Rautio.\n"
            "A banner at the march (Photo: Greta Holm)\n")
    an = _analyse(nlp, text)
    names = _actors(an)
    assert names["Bo Lindqvist"][0] == "person"
    assert not {"Tomas Verhoeven", "Ana Rautio", "Greta Holm"} & set(names)
    # the caption's own words before the credit are still read: "Bo Lindqvist at the rally"
    starts = {m.char_start for m in an.mentions}
    assert text.index("Bo Lindqvist at") in starts


def test_credit_ranges_cover_the_credit_only():
    from newscoder.nlp import load_nlp

    doc = load_nlp()("A march. Image: Ana Rautio (flickr).\nThe photo: a long sentence that goes on and on, "
                     "with many words, as prose in the body of a story does.\n")
    ((start, end),) = credit_ranges(doc)
    assert doc.text[start:end] == "Image: Ana Rautio (flickr)."


def test_universities_take_the_country_of_their_listing():
    assert organization_country("Princeton University") == "USA"
    assert organization_country("University of Bristol") == "GBR"
    assert organization_country("The University of Tokyo") == "JPN"
    assert organization_country("School of Medicine") is None  # a kind of body, not one body


def test_people_and_groups_of_a_listed_university_take_its_country(nlp):
    an = _analyse(nlp, "Nadia Orlova, a fifth-year student at Ural State Medical University, won the olympiad on "
                       "Friday. Researchers from Princeton University said the comet was older than thought.")
    names = _actors(an)
    assert names["Ural State Medical University"] == ("organization", "RUS", "registry")
    assert names["Nadia Orlova"][1] == "RUS"
    assert names["Princeton University"][1] == "USA"
    assert names["researchers of Princeton University"][1:] == ("USA", "base")


def test_a_team_from_two_bodies_gets_no_one_country(nlp):
    an = _analyse(nlp, "In a study published on Monday, scientists from the University of Leeds and Princeton "
                       "University say the lizards lost their tails early.")
    teams = [a for a in an.actors if a.name.startswith("scientists")]
    assert teams and all(a.country_iso3 is None for a in teams)
    assert _actors(an)["Princeton University"][1] == "USA"


def test_an_apposed_title_after_a_time_adverb_gives_the_country_of_a_place_and_its_country(nlp):
    an = _analyse(nlp, "Ravi Menon, previously the Deputy Chief Minister of the state of Kerala, India, died on "
                       "Sunday. Mourners gathered in London and Dubai.")
    assert _actors(an)["Ravi Menon"][1:] == ("IND", "title")


def test_a_spokesperson_for_a_local_official_acts_where_the_official_does(nlp):
    an = _analyse(nlp, "Gunmen attacked a checkpoint in Kandahar province of Afghanistan on Monday. Tarek Hamidi, "
                       "spokesperson for the provincial governor, said the attack had killed nine. Afghan forces "
                       "later retook the post near Kandahar. A Pakistani official condemned it.")
    assert _actors(an)["Tarek Hamidi"][1:] == ("AFG", "office")


def test_people_after_to_or_of_a_title_stay_people(nlp):
    an = _analyse(nlp, "Second and third place went to Ababel Yeshan and Gelete Burkana, both from Ethiopia. "
                       "Third place went to Abderrahman Kalou of Qatar. She lost reelection to Thom Varga, a "
                       "Republican, in 2014. Mayor of Koszalin Piotr Wisniewski has declared tomorrow a day of "
                       "mourning.")
    people = {a.name for a in an.actors if a.actor_type == "person"}
    assert {"Thom Varga", "Ababel Yeshan", "Gelete Burkana"} <= people
    assert any("Kalou" in n for n in people)
    assert any("Piotr Wisniewski" in n for n in people)
