"""Round 121: a state organ named by one capitalised word ("Cabinet", "the Legislature") is named after the
article's state when that state is clear, and stays bare when it is not."""

from conftest import actors_by_name, analyse_actors


def test_cabinet_of_a_prime_ministers_country(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "Kenyan Prime Minister Doran Vasse said on Friday the plan would go to Cabinet next week. "
             "Vasse told reporters the plan was sound. Germany and France welcomed the plan."))
    assert "Cabinet" not in actors
    assert actors["Kenyan Cabinet"].country_iso3 == "KEN"
    assert actors["Doran Vasse"].country_iso3 == "KEN"


def test_legislature_of_the_story_country(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, "Brazilian President Rui Tavo met ministers on Monday. The Legislature passed the budget, and "
             "the Supreme Court upheld it."))
    assert "Legislature" not in actors
    assert actors["Brazilian Legislature"].country_iso3 == "BRA"
    assert actors["Rui Tavo"].country_iso3 == "BRA"


def test_cabinet_of_a_story_of_two_countries_stays_bare(nlp):
    # people of two countries: the article's most-named country need not be the prime minister's
    actors = actors_by_name(analyse_actors(
        nlp, "Prime Minister Ana Koru of Iceland said on Tuesday the report would go to Cabinet on Monday. "
             "Koru met Lena Moss, a Norwegian diplomat, and researchers of the Norwegian Polar Institute."))
    cabinets = [a for name, a in actors.items() if name.endswith("Cabinet")]
    assert all(a.name == "Cabinet" for a in cabinets)
    assert actors["Ana Koru"].country_iso3 == "ISL"


def test_legislature_of_a_story_naming_a_province_stays_bare(nlp):
    # a province has a legislature too: whose it is is not settled
    actors = actors_by_name(analyse_actors(
        nlp, "Canadian Prime Minister Lee Dunn spoke in Manitoba on Monday. Later the Legislature passed the "
             "budget."))
    assert "Canadian Legislature" not in actors
    assert actors["Lee Dunn"].country_iso3 == "CAN"
