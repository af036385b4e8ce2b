"""Round 125: a state body written by its generic name alone ("the Statistics Office", "the U.S. military",
a misspelt "Marine Corp") gets its usual full name with its state; the written form stays an alias."""

from conftest import actors_by_name, analyse_actors
from newscoder.extract.actors.usual_body_names import generic_body_words, usual_body_name


def test_agency_of_the_story_country_named_with_of(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "Unemployment in Norway fell in March, the Statistics Office said on Monday. Norwegian Finance "
             "Minister Per Dalen welcomed the figures."))
    assert "Statistics Office" not in actors
    office = actors["Statistics Office of Norway"]
    assert office.country_iso3 == "NOR"
    assert "Statistics Office" in office.aliases


def test_investigative_committee_of_the_state(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "A fire destroyed a warehouse in Kazan on Tuesday. Russian President Vlad Orin ordered an "
             "inquiry. The Investigative Committee said it had opened a criminal case."))
    assert "Investigative Committee" not in actors
    assert actors["Investigative Committee of Russia"].country_iso3 == "RUS"
    assert actors["Vlad Orin"].country_iso3 == "RUS"


def test_us_agency_takes_the_registry_form_country_first(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "The Census Bureau will count residents of Ohio and Texas next year, US Commerce Secretary Ray "
             "Dunmore said."))
    assert "Census Bureau" not in actors
    assert actors["United States Census Bureau"].country_iso3 == "USA"
    assert "Ray Dunmore" in actors


def test_military_of_a_state_is_its_armed_forces(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "Women make up 14% of the U.S. military, a report by Senator Dana Whitfield of Ohio said on Friday."))
    assert "US military" not in actors
    forces = actors["United States Armed Forces"]
    assert forces.country_iso3 == "USA"
    assert "US military" in forces.aliases
    assert "Dana Whitfield" in actors


def test_military_of_another_state_takes_its_adjective(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "A helicopter crashed near Valdivia on Sunday, according to the Chilean military. Three crew "
             "members died."))
    assert "Chilean military" not in actors
    assert actors["Chilean Armed Forces"].country_iso3 == "CHL"


def test_body_without_a_clear_state_stays_bare(nlp):
    # people of two other countries: whose statistics office it is, is not settled
    actors = actors_by_name(analyse_actors(
        nlp, "Unemployment in Norway fell in March, the Statistics Office said on Monday. Icelandic Prime "
             "Minister Ana Koru and Swedish minister Lars Berg discussed the figures."))
    assert not any(name.startswith("Statistics Office of") for name in actors)
    assert actors["Ana Koru"].country_iso3 == "ISL"


def test_misspelt_registered_corps(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "Kai Bremer, an Ohio activist, served with the US Marine Corp in Afghanistan before he joined "
             "the campaign."))
    assert "US Marine Corp" not in actors
    corps = actors["United States Marine Corps"]
    assert corps.registry_id is not None and corps.country_iso3 == "USA"
    assert "Kai Bremer" in actors


def test_company_named_corp_is_left(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "Shares of Kelbo Corp rose 4% on Monday after the firm reported higher profits, analysts at "
             "Dunmore Partners said."))
    assert "Kelbo Corp" in actors
    assert actors["Kelbo Corp"].registry_id is None


def test_generic_words_read_with_and_without_the_state():
    assert generic_body_words("Secret Service", "USA") == "secret service"
    assert generic_body_words("Iranian military", "IRN") == "military"
    assert generic_body_words("Kenyan military", "USA") is None  # another state's word
    assert generic_body_words("secret service", "USA") is None  # a common phrase of a sentence
    assert generic_body_words("Internal Revenue Service", "USA") is None  # a name of its own


def test_usual_forms(registry):
    assert usual_body_name("military", "GBR", registry) == "British Armed Forces"  # not "UK Armed Forces"
    assert usual_body_name("military", "PHL", registry) == "Philippine Armed Forces"
    assert usual_body_name("investigative committee", "BLR", registry) == "Investigative Committee of Belarus"
    assert usual_body_name("secret service", "USA", registry) == "United States Secret Service"
