"""Countries of actors from what ties them to a body, an office or a nation (our own sentences)."""

from __future__ import annotations

from collections import Counter

from conftest import make_article
from newscoder.extract.actors.affiliation import is_international, name_country
from newscoder.extract.mentions import extract_actors
from newscoder.records import LocalActor
from newscoder.resolve.office_holders import is_international_organization, organization_country
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str, date: str = "2026-02-02"):
    art = make_article(text, date=date)
    return extract_actors(nlp(art.text), art, load_registry())


def _actor(an, name: str):
    return next(a for a in an.actors if a.name == name)


def test_a_national_qualifier_before_an_office_name_gives_the_country(nlp):
    an = _analyse(nlp, "United States District Judge Rhea Calloway set the trial for March.")
    judge = _actor(an, "Rhea Calloway")
    assert (judge.country_iso3, judge.country_basis) == ("USA", "title")
    an = _analyse(nlp, "US Attorney Maria Lopez said the case would go to trial in the spring.")
    assert (_actor(an, "Maria Lopez").country_iso3, _actor(an, "Maria Lopez").country_basis) == ("USA", "title")


def test_a_person_of_an_untagged_body_whose_name_holds_a_country(nlp):
    an = _analyse(nlp, "Joseph Ruto of Clean Water Coalition Kenya welcomed the vote.")
    person = _actor(an, "Joseph Ruto")
    assert (person.country_iso3, person.country_basis) == ("KEN", "base")
    # the model tags no body here; since round 91 the untagged name with its country is one organisation
    body = _actor(an, "Clean Water Coalition Kenya")
    assert (body.actor_type, body.country_iso3) == ("organization", "KEN")
    assert not any(a.name == "Kenya" for a in an.actors)


def test_a_spokesman_for_a_body_takes_its_country(nlp):
    an = _analyse(nlp, "Mark Fell, a spokesman for the Kenya Wildlife Service, said the rhinos were safe.")
    assert _actor(an, "Kenya Wildlife Service").country_iso3 == "KEN"
    assert (_actor(an, "Mark Fell").country_iso3, _actor(an, "Mark Fell").country_basis) == ("KEN", "base")


def test_a_station_of_a_network_is_where_the_network_is(nlp):
    an = _analyse(nlp, "The fire was first reported by NBC affiliate WXYZ-TV on Sunday.")
    station = _actor(an, "WXYZ-TV")
    assert (station.country_iso3, station.country_basis) == ("USA", "base")


def test_a_rival_is_not_a_part(nlp):
    an = _analyse(nlp, "Shares of NBC rival Zentrix Mobile fell on Monday.")
    assert _actor(an, "Zentrix Mobile").country_iso3 is None


def test_an_official_of_an_international_body_gets_no_country_from_the_story(nlp):
    text = ("Dr Tom Barker, a WHO official, said the vaccine works. The outbreak in Beni, Congo, killed 20. "
            "Congolese officials said Goma was safe. Kinshasa sent doctors. Health officials in Goma praised "
            "Barker.")
    an = _analyse(nlp, text)
    assert _actor(an, "Tom Barker").country_iso3 is None
    assert _actor(an, "Congolese officials").country_iso3 == "COD"


def test_international_bodies_are_known_from_the_field_data_and_their_names():
    assert is_international_organization("World Tourism Organization")
    assert not is_international_organization("Kenya Wildlife Service")
    assert is_international(LocalActor("a1", "International Rescue Committee", "organization"))
    assert not is_international(LocalActor("a1", "Florida International University", "organization"))
    assert not is_international(LocalActor("a1", "World Wide Widgets", "organization", country_iso3="USA"))


def test_one_word_company_names_of_the_field_data():
    assert organization_country("JetBlue") == "USA"
    assert organization_country("Vodafone") == "GBR"
    assert organization_country("UDA") is None  # a short acronym stands for many bodies


def test_a_two_word_demonym_split_by_the_model(nlp):
    an = _analyse(nlp, "In the report, the judge said that giving American Samoans passports was fair.")
    group = next(a for a in an.actors if a.name.endswith("Samoans"))
    assert (group.name, group.country_iso3) == ("American Samoans", "ASM")


def test_a_university_named_after_a_nation_is_not_always_in_it():
    assert name_country("Chinese University of Hong Kong") == "HKG"
    assert name_country("Chinese University", Counter({"HKG": 4, "CHN": 1})) is None
    assert name_country("American University", Counter({"USA": 2})) == "USA"
    assert name_country("Australian National University") == "AUS"


def test_a_language_edition_is_not_a_country():
    assert name_country("Al Jazeera English") is None
    assert name_country("Open Courts Alliance Taiwan") == "TWN"


def test_a_common_word_that_is_a_province_does_not_place_a_body():
    assert name_country("Clean Rivers Alliance") is None  # Rivers is a Nigerian state
    assert name_country("Ohio Rivers Alliance") == "USA"


def test_an_untagged_body_before_a_job_noun(nlp):
    an = _analyse(nlp, "The prize went to Lakeside Radio Kenya cameraman Omar Haji for his film.")
    assert _actor(an, "Omar Haji").country_iso3 == "KEN"


def test_a_name_holding_a_two_word_demonym_or_ending_in_american():
    assert name_country("American Samoan Teachers Union") == "ASM"
    assert name_country("Scientific American") == "USA"  # not a language edition


def test_a_country_owning_the_description_before_a_name(nlp):
    an = _analyse(nlp, "Kenya's top marathoner Paul Kiprono won the race in Berlin.")
    runner = _actor(an, "Paul Kiprono")
    assert (runner.country_iso3, runner.country_basis) == ("KEN", "nationality")
    an = _analyse(nlp, "Apple's chief designer Tom Hale left the company.")
    assert _actor(an, "Tom Hale").country_iso3 is None  # a company's, not a country's


def test_a_multi_word_country_in_an_apposed_title(nlp):
    an = _analyse(nlp, "Talks stalled after Kurt Vogel, the United States trade envoy to the region, left Lima.")
    envoy = _actor(an, "Kurt Vogel")
    assert (envoy.country_iso3, envoy.country_basis) == ("USA", "title")


def test_staff_of_an_office_holder_serve_the_holder_country(nlp):
    an = _analyse(nlp, "The story was denied by Angela Merkel's spokesman, Stefan Seibold.")
    assert (_actor(an, "Stefan Seibold").country_iso3, _actor(an, "Stefan Seibold").country_basis) == ("DEU", "base")
    an = _analyse(nlp, "Angela Merkel's son Tom Merkel said it is possible.")
    assert _actor(an, "Tom Merkel").country_iso3 is None  # kin are not staff
    assert _actor(an, "Angela Merkel").country_iso3 == "DEU"


def test_a_list_of_names_both_from_a_country(nlp):
    an = _analyse(nlp, "The podium was completed by Abebe Tola and Gete Burka, both from Ethiopia.")
    assert (_actor(an, "Abebe Tola").country_iso3, _actor(an, "Gete Burka").country_iso3) == ("ETH", "ETH")
    an = _analyse(nlp, "The old mark still belongs to Mary Kiplagat, also from Kenya.")
    assert _actor(an, "Mary Kiplagat").country_iso3 == "KEN"


def test_a_body_named_after_its_parent(nlp):
    an = _analyse(nlp, "Vlada Stanic of the NASA Jet Propulsion Laboratory wrote the software.")
    lab = _actor(an, "NASA Jet Propulsion Laboratory")
    assert (lab.country_iso3, lab.country_basis) == ("USA", "registry")
    assert _actor(an, "Vlada Stanic").country_iso3 == "USA"
    an = _analyse(nlp, "The United Nations Development Programme said the Kenya office would close.")
    assert _actor(an, "United Nations Development Programme").country_iso3 is None


def test_a_regional_edition_or_a_bare_chamber_is_no_parent(nlp):
    an = _analyse(nlp, "Condolences came from Sky News Arabia producer Jamal Idris.")
    assert _actor(an, "Sky News Arabia").country_iso3 is None  # an edition based elsewhere
    assert _actor(an, "Jamal Idris").country_iso3 is None
    an = _analyse(nlp, "The House of Representatives' Fisheries Committee met on Monday.")
    assert all(a.country_iso3 is None for a in an.actors if "Committee" in a.name)
    assert any("Committee" in a.name for a in an.actors)


def test_a_registered_movement_named_by_its_adjective(nlp):
    an = _analyse(nlp, "On the radio, Houthi military spokesperson Abdul Karim said the drones hit the plant.")
    assert (_actor(an, "Abdul Karim").country_iso3, _actor(an, "Abdul Karim").country_basis) == ("YEM", "base")
    an = _analyse(nlp, "Hamas official Musa Abu said the truce held.")
    assert _actor(an, "Musa Abu").country_iso3 == "PSE"


def test_a_registered_party_adjective_when_the_article_names_its_country(nlp):
    text = ("Republican Senator Tom Reedman backed the bill, officials in Ohio and Texas said. Canada and "
            "Mexico objected.")
    reedman = _actor(_analyse(nlp, text), "Tom Reedman")
    assert (reedman.country_iso3, reedman.country_basis) == ("USA", "base")


def test_names_listed_under_a_plural_noun_with_a_nationality(nlp):
    an = _analyse(nlp, "Big US companies such as Gorex and Fintrix objected.")
    assert {a.name: a.country_iso3 for a in an.actors if a.name in ("Gorex", "Fintrix")} == {
        "Gorex": "USA", "Fintrix": "USA"}
    an = _analyse(nlp, "Celebrities such as designer Tim Gunn attended.")
    assert _actor(an, "Tim Gunn").country_iso3 is None  # no nationality on the list's noun


def test_an_office_of_one_state_gives_that_state(nlp):
    an = _analyse(nlp, "On Thursday, Pope Leo announced a new church law in Rome.")
    pope = next(a for a in an.actors if a.name.endswith("Leo"))
    assert (pope.country_iso3, pope.country_basis) == ("VAT", "title")


def test_of_georgia_follows_the_places_the_article_names(nlp):
    text = ("Committee member Dan Collier of Georgia said the vote was unfair. Lawmakers in Ohio, Texas and "
            "Florida disagreed.")
    assert _actor(_analyse(nlp, text), "Dan Collier").country_iso3 == "USA"
    an = _analyse(nlp, "Chess champion Maia Beridze of Georgia won the final in Tbilisi on Sunday.")
    assert _actor(an, "Maia Beridze").country_iso3 == "GEO"


def test_a_post_held_at_a_body_past_coordinated_titles_and_nested_phrases(nlp):
    an = _analyse(nlp, "Dr Lena Okafor, a soil chemist and senior lecturer at the University of Ghana, said the "
                       "samples were clean.")
    assert _actor(an, "University of Ghana").country_iso3 == "GHA"
    lecturer = _actor(an, "Lena Okafor")
    assert (lecturer.country_iso3, lecturer.country_basis) == ("GHA", "base")


def test_a_post_held_at_a_body_without_a_country_gives_none(nlp):
    an = _analyse(nlp, "Dr Lena Okafor, a soil chemist and senior lecturer at the Quillon Institute, said the "
                       "samples were clean.")
    assert _actor(an, "Lena Okafor").country_iso3 is None
    assert any(a.name == "Quillon Institute" for a in an.actors)


def test_a_city_owning_the_title_before_a_name_gives_its_country(nlp):
    an = _analyse(nlp, "Winnipeg's mayor Arnold Berg opened the new bridge on Monday. Berg said it cost too much.")
    mayor = _actor(an, "Arnold Berg")
    assert (mayor.country_iso3, mayor.country_basis) == ("CAN", "title")


def test_a_city_before_a_title_gives_its_country_a_bare_name_none(nlp):
    an = _analyse(nlp, "The Calgary mayor Arnold Berg opened the new bridge on Monday. Later, Tom Reed said it cost "
                       "too much.")
    assert (_actor(an, "Arnold Berg").country_iso3, _actor(an, "Arnold Berg").country_basis) == ("CAN", "title")
    assert _actor(an, "Tom Reed").country_iso3 is None


def test_a_relative_clause_of_holding_a_post_at_a_body(nlp):
    an = _analyse(nlp, "Lena Okafor, who teaches chemistry at the University of Ghana, said the samples were clean.")
    assert _actor(an, "University of Ghana").country_iso3 == "GHA"
    assert (_actor(an, "Lena Okafor").country_iso3, _actor(an, "Lena Okafor").country_basis) == ("GHA", "base")
