"""Mentions and countries of round 46: a report's own speaker, a capital as a destination, and countries
the text gives to officials, politicians and managers (docs/methodology-actors.md, Round 46)."""

from conftest import analyse_actors


def mentions(nlp, text):
    an = analyse_actors(nlp, text)
    return [(m.text, an.get(m.actor_key).name) for m in an.mentions]


def test_the_subject_of_a_report_is_its_speaker(nlp):
    text = ("Governor Michael Brandt said the flood had been severe, while Transport Secretary Tomasz Wilk "
            "wrote he had ordered inspections of every bridge in the region.")
    found = mentions(nlp, text)
    assert ("he", "Tomasz Wilk") in found
    assert ("Michael Brandt", "Michael Brandt") in found


def test_a_capital_as_a_destination_is_a_place(nlp):
    text = ("The cargo ship Northern Star, last bound for Jakarta, sank on Monday. Indonesia sent two rescue "
            "vessels.")
    found = mentions(nlp, text)
    assert ("Indonesia", "Indonesia") in found
    assert not any(t == "Jakarta" for t, _ in found)
    text = "Jakarta said it would send two rescue vessels to the area."
    assert ("Jakarta", "Indonesia") in mentions(nlp, text)


def country(an, name):
    return next(a.country_iso3 for a in an.actors if a.name == name)


def test_a_politician_in_a_country_is_of_it(nlp):
    text = ("The court ruled for the plaintiff, Anna Kovalenko-Berger, a politician in Austria, and against "
            "the social network. Mark Dunning, a student in Germany, watched the hearing.")
    an = analyse_actors(nlp, text)
    assert country(an, "Anna Kovalenko-Berger") == "AUT"
    assert country(an, "Mark Dunning") is None


def test_an_office_takes_the_country_of_its_named_department(nlp):
    text = ("Brazil's farmers protested in Brasília on Monday after the United States Department of "
            "Agriculture banned Brazilian beef. The farm minister of Brazil, Marcos Prado, called the ban "
            "unfair. Brazil's farmers asked Laura Whitcombe, the Secretary of Agriculture, to meet them.")
    an = analyse_actors(nlp, text)
    assert country(an, "Laura Whitcombe") == "USA"
    text = ("The United States Department of Agriculture and the Ministry of Agriculture of Brazil met in "
            "Strelsau. Laura Whitcombe, the Secretary of Agriculture, spoke first.")
    an = analyse_actors(nlp, text)
    assert country(an, "Laura Whitcombe") is None
    assert country(an, "United States Department of Agriculture") == "USA"


def test_a_company_noun_makes_a_facility_name_a_company(nlp):
    # (the model tags "Mahan Air" here as a facility)
    text = ("Poland on Monday banned Iranian airline Mahan Air from landing in the country. Mahan's director, "
            "Reza Karimi, denied the claims.")
    an = analyse_actors(nlp, text)
    assert country(an, "Mahan Air") == "IRN"
    assert country(an, "Reza Karimi") == "IRN"


def test_an_office_held_abroad_does_not_give_the_country_it_is_held_in(nlp):
    # a commander or an envoy "in" a country often serves there for another; a politician "in" it is its own
    an = analyse_actors(nlp, "Mark Holt, a coalition commander in Syria, met ministers of Jordan and Turkey on Monday.")
    assert any(a.name == "Mark Holt" and a.actor_type == "person" for a in an.actors)
    assert country(an, "Mark Holt") != "SYR"
    an = analyse_actors(nlp, "Greta Lindqvist, a politician in Sweden, filed the complaint on Monday.")
    assert country(an, "Greta Lindqvist") == "SWE"
