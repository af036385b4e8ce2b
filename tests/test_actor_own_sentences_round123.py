"""Round 123: in a story of two countries, a body still without a country takes the one country that all
the evidence of its own sentences points at (two pieces at least); a person needs a state or body of that
country there too, and a sentence of two countries gives nothing."""

from conftest import actors_by_name, analyse_actors

_LEAD = ("Canada and Brazil traded accusations over steel tariffs on Monday. Canadian Prime Minister Lee Dunn "
         "said Ottawa would respond. Brazilian President Rui Tavo said Brasília would not yield. ")


def test_body_whose_sentence_names_one_country(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, _LEAD + "The Harwell Steel Forum, which tracks steel prices in Toronto and Montreal, said Canada "
                     "had lost jobs."))
    assert actors["Harwell Steel Forum"].country_iso3 == "CAN"
    assert actors["Harwell Steel Forum"].country_basis == "article_context"
    assert actors["Lee Dunn"].country_iso3 == "CAN"
    assert actors["Rui Tavo"].country_iso3 == "BRA"


def test_body_whose_sentence_names_two_countries_stays_bare(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, _LEAD + "The Harwell Steel Forum, which tracks steel prices in Toronto and São Paulo, said both "
                     "sides had lost jobs."))
    assert actors["Harwell Steel Forum"].country_iso3 is None
    assert actors["Rui Tavo"].country_iso3 == "BRA"


def test_person_placed_only_by_places_stays_bare(nlp):
    # where something befell a person is not where the person is from
    actors = actors_by_name(analyse_actors(
        nlp, _LEAD + "Separately, the trader Omar Wilde was found injured in Toronto on Sunday, police in "
                     "Montreal said."))
    assert actors["Omar Wilde"].country_iso3 is None
    assert actors["Lee Dunn"].country_iso3 == "CAN"


def test_body_named_only_in_a_quotation_stays_bare(nlp):
    actors = actors_by_name(analyse_actors(
        nlp, _LEAD + 'Tavo added: "The Harwell Steel Forum is wrong about Toronto and Montreal."'))
    forum = actors.get("Harwell Steel Forum")
    assert forum is None or forum.country_iso3 is None
    assert actors["Rui Tavo"].country_iso3 == "BRA"
