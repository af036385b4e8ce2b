"""Each actor's country comes from evidence, and `country_basis` says which (our own sentences)."""

from __future__ import annotations

import datetime as dt

from conftest import make_article
from newscoder.extract.actors.affiliation import name_country
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.office_holders import office_holder_country, organization_country
from newscoder.resolve.places import country_of
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str, date: str = "2026-02-02"):
    art = make_article(text, date=date)
    return extract_actors(nlp(art.text), art, load_registry())


def _actor(an, name: str):
    return next(a for a in an.actors if a.name == name)


def test_one_place_to_country_lookup():
    assert country_of("Cuban", capitals=False) == "CUB"
    assert country_of("Havana") == "CUB"
    assert country_of("Havana", capitals=False) is None
    assert country_of("KYIV", cities=True) == "UKR"  # a dateline in capitals
    assert country_of("Mariupol") is None and country_of("Mariupol", cities=True) == "UKR"


def test_office_holders_match_only_inside_their_term():
    assert office_holder_country("Angela Merkel", dt.date(2010, 5, 1)) == "DEU"
    assert office_holder_country("Angela Merkel", dt.date(1965, 5, 1)) is None
    assert office_holder_country("Merkel", dt.date(2010, 5, 1)) is None  # never from a lone surname
    assert office_holder_country("Angela Merkel", None) is None


def test_organisations_of_the_field_data_and_names_holding_a_country():
    assert organization_country("Exxon Mobil") in (None, "USA")
    assert name_country("University of Geneva") == "CHE"
    assert name_country("Philippine Institute of Volcanology") == "PHL"
    assert name_country("Freshwater Alliance") is None


def test_office_holder_country_for_an_article_dated_in_the_term(nlp):
    an = _analyse(nlp, "Angela Merkel met union leaders on Monday.", date="2010-05-03")
    merkel = _actor(an, "Angela Merkel")
    assert (merkel.country_iso3, merkel.country_basis) == ("DEU", "registry")


def test_nationality_word_before_a_name(nlp):
    an = _analyse(nlp, "The Chilean poet Tomas Arrieta read from his new book on Monday.")
    poet = _actor(an, "Tomas Arrieta")
    assert (poet.country_iso3, poet.country_basis) == ("CHL", "nationality")


def test_a_person_of_a_body_takes_its_country(nlp):
    an = _analyse(nlp, "Dana Whitlock of the Norwegian Refugee Council said the camps were full.")
    council = _actor(an, "Norwegian Refugee Council")
    assert council.country_iso3 == "NOR"
    whitlock = _actor(an, "Dana Whitlock")
    assert (whitlock.country_iso3, whitlock.country_basis) == ("NOR", "base")


def test_single_country_article_gives_its_people_a_country(nlp):
    text = ("Residents of Dayton, Ohio, described the flood on Monday. Ohio officials said the water was "
            "receding. Resident Mark Tully said he lost his car.")
    an = _analyse(nlp, text)
    tully = _actor(an, "Mark Tully")
    assert (tully.country_iso3, tully.country_basis) == ("USA", "article")


def test_no_article_country_when_two_countries_are_named(nlp):
    text = ("Residents of Dayton, Ohio, described the flood on Monday. Ohio officials said the water was "
            "receding. Resident Mark Tully, who moved from Canada, said he lost his car.")
    an = _analyse(nlp, text)
    assert _actor(an, "Mark Tully").country_iso3 is None
    assert any(a.actor_type == "state" and a.country_iso3 == "CAN" for a in an.actors)


def test_a_bare_group_takes_the_single_country_of_the_article(nlp):
    text = ("Residents of Dayton, Ohio, described the flood on Monday. Ohio officials said that protesters "
            "blocked the bridge.")
    an = _analyse(nlp, text)
    # (named by the country's demonym: a bare "protesters" reads as any protesters anywhere)
    groups = [a for a in an.actors if a.actor_type == "group" and a.name == "American protesters"]
    assert [(g.country_iso3, g.country_basis) for g in groups] == [("USA", "article")]


def test_news_organisations_are_registered_with_their_country(nlp):
    an = _analyse(nlp, "The Freshwater Alliance told Reuters on Monday that the dam had failed.")
    reuters = _actor(an, "Reuters")
    assert (reuters.actor_type, reuters.country_iso3, reuters.country_basis) == ("organization", "GBR", "registry")


def test_a_state_or_city_in_an_organisations_name_gives_its_country():
    from collections import Counter

    assert name_country("Nevada Gaming Control Board") == "USA"  # a US state among the words
    assert name_country("Tulsa University") == "USA"  # a city
    assert name_country("University of Guelph") == "CAN"  # the place it is "of"
    assert name_country("Freshwater Alliance") is None
    # a town that is also another country's city counts only when the article agrees
    from newscoder.extract.actors.context import PlaceCounts

    named = PlaceCounts({"PHL": 6, "ESP": 1})
    named.places.update({"Madrid": 1, "Philippines": 6})
    assert name_country("Madrid Valley Clinic", named) is None
    assert name_country("Madrid Valley Clinic", Counter({"ESP": 3})) == "ESP"


def test_an_organisation_in_apposition_with_a_countrys_body(nlp):
    an = _analyse(nlp, "On Friday the legislature of Norway, the Storting, voted to approve the fishing bill.")
    storting = _actor(an, "Storting")
    assert (storting.country_iso3, storting.country_basis) == ("NOR", "base")


def test_an_organisation_named_with_a_state_of_the_article(nlp):
    text = ("Shares fell on Monday, Ohio officials said. Ellen Ruiz, a researcher at Dayton University, said "
            "that the Columbus Zoo had closed. Flooding hit Cleveland and Toledo.")
    an = _analyse(nlp, text)
    zoo = _actor(an, "Columbus Zoo")
    assert (zoo.country_iso3, zoo.country_basis) == ("USA", "name")
    assert _actor(an, "Ellen Ruiz").country_iso3 == "USA"


def test_article_country_survives_one_foreign_place_in_passing(nlp):
    text = ("Residents of Dayton, Ohio, described the flood on Monday. Ohio officials said the water was "
            "receding in Cincinnati and Toledo. Resident Mark Tully said he lost his car, which he had "
            "bought in Toronto.")
    an = _analyse(nlp, text)
    tully = _actor(an, "Mark Tully")
    assert (tully.country_iso3, tully.country_basis) == ("USA", "article")


def test_a_person_from_a_country_named_right_after_the_name(nlp):
    an = _analyse(nlp, "The silver medal was won by John Peterson from the United States, who finished second.")
    peterson = _actor(an, "John Peterson")
    assert (peterson.country_iso3, peterson.country_basis) == ("USA", "base")


def test_a_state_or_province_before_a_title_and_name(nlp):
    an = _analyse(nlp, "Texas Senator Ted Cruz proposed an amendment on Monday.")
    cruz = _actor(an, "Ted Cruz")
    assert (cruz.country_iso3, cruz.country_basis) == ("USA", "title")  # the state qualifies the office


def test_a_person_named_after_a_known_body_and_a_common_noun(nlp):
    an = _analyse(nlp, "Retired FBI agent Ali Hassan told reporters on Monday that the case was closed.")
    hassan = _actor(an, "Ali Hassan")
    assert (hassan.country_iso3, hassan.country_basis) == ("USA", "base")
    an = _analyse(nlp, "Scientist Rebecca Falconer, a Boston University undergraduate, said the glue worked.")
    assert (_actor(an, "Rebecca Falconer").country_iso3, _actor(an, "Boston University").country_iso3) == ("USA", "USA")


def test_a_two_word_state_before_a_title(nlp):
    an = _analyse(nlp, "South Carolina Governor Henry Lamb declared an emergency on Monday.")
    assert _actor(an, "Henry Lamb").country_iso3 == "USA"


def test_a_nationality_several_words_before_a_name(nlp):
    an = _analyse(nlp, "The German migrant marine rescue charity Sea-Watch renamed its ship on Sunday.")
    assert _actor(an, "Sea-Watch").country_iso3 == "DEU"
    an = _analyse(nlp, "Hunter wrote lyrics for the US psychedelic rock band the Grateful Dead.")
    assert _actor(an, "Grateful Dead").country_iso3 == "USA"


def test_a_board_takes_the_article_country(nlp):
    text = ("Flooding hit Dayton, Ohio on Monday. Ohio officials in Toledo and Columbus said the Transport "
            "Safety Board had warned residents.")
    board = _actor(_analyse(nlp, text), "Transport Safety Board")
    assert (board.country_iso3, board.country_basis) == ("USA", "article")


def test_a_body_owned_by_a_city_gives_its_country_to_its_staff(nlp):
    an = _analyse(nlp, "John Hutchinson, a biologist at London's Royal Veterinary College, questioned the findings.")
    assert _actor(an, "John Hutchinson").country_iso3 == "GBR"
    assert _actor(an, "Royal Veterinary College").country_iso3 == "GBR"


def test_a_titled_official_acts_where_the_article_mostly_is(nlp):
    text = ("Governor Ana Lopez said that the towns in Surigao del Sur, Philippines were damaged. Officials in "
            "Mindanao said the Philippines would send aid to Davao, and a hospital in Toronto offered help.")
    lopez = _actor(_analyse(nlp, text), "Ana Lopez")
    assert (lopez.country_iso3, lopez.country_basis) == ("PHL", "office")


def test_the_state_senate_is_a_domestic_body(nlp):
    text = ("Voters in Reno, Nevada went to the polls on Tuesday. Nevada officials in Las Vegas said the "
            "State Senate would meet in Carson City.")
    senate = next(a for a in _analyse(nlp, text).actors if a.name.lower().endswith("senate"))
    assert senate.country_iso3 == "USA"


def test_a_state_name_two_countries_share_goes_to_the_one_the_article_names():
    from collections import Counter

    from newscoder.resolve.countries import region_countries

    assert region_countries("Florida") == {"USA", "URY"}
    assert name_country("Florida Transit Board", Counter({"BHS": 5})) is None  # neither country named
    assert name_country("Florida Transit Board", Counter({"USA": 3})) == "USA"


def test_a_body_seated_in_a_city_named_after_it(nlp):
    an = _analyse(nlp, "The olympiad took place in April at the Federal Centre for Neurosurgery in Tyumen.")
    centre = _actor(an, "Federal Centre for Neurosurgery")
    assert (centre.country_iso3, centre.country_basis) == ("RUS", "base")
    an = _analyse(nlp, "Amnesty International in London said the trial was unfair.")
    assert _actor(an, "Amnesty International").country_iso3 is None  # a charity's office is not its country


def test_a_city_in_a_name_counts_when_the_article_names_its_country_otherwise():
    from newscoder.extract.actors.context import PlaceCounts

    named = PlaceCounts({"BHS": 5, "USA": 2, "ESP": 2})
    named.places.update({"Madrid": 2, "United States": 2})
    assert name_country("Miami Herald", named) == "USA"  # the United States is named too
    assert name_country("Madrid District Hospital", named) is None  # Spain only as this town's name


def test_a_demonym_noun_beside_a_name_gives_the_nationality(nlp):
    an = _analyse(nlp, "Runner Peter Wanjala, a Kenyan, won the race in Berlin on Sunday. The 20-year-old "
                       "Swede Lina Berggren addressed the assembly. Drummer Tom Hadley is a Briton.")
    assert _actor(an, "Lina Berggren").country_iso3 == "SWE"
    assert _actor(an, "Lina Berggren").country_basis == "nationality"
    assert _actor(an, "Tom Hadley").country_iso3 == "GBR"
    assert any(a.name.endswith("Peter Wanjala") and a.country_iso3 == "KEN" for a in an.actors)


def test_a_state_name_inside_an_organisation_name_follows_the_article():
    from collections import Counter

    assert name_country("Georgia Institute of Technology", Counter({"USA": 3, "GEO": 1})) == "USA"
    assert name_country("Georgia Institute of Technology", Counter({"GEO": 2})) == "GEO"


def test_a_person_listed_in_one_country_only_keeps_it_after_the_term():
    from newscoder.resolve.office_holders import person_country

    assert person_country("Angela Merkel") == "DEU"
    assert person_country("Merkel") is None  # never from a lone surname


def test_a_listed_person_named_in_full_gets_the_country_in_a_later_story(nlp):
    an = _analyse(nlp, "Stephen Lashley visited a clinic in Barbados on Monday, the Civic League said. Ian "
                       "Campbell, a painter, spoke at the clinic in Lagos.", date="2026-02-02")
    assert (_actor(an, "Stephen Lashley").country_iso3, _actor(an, "Stephen Lashley").country_basis) == (
        "BRB", "registry")
    # a listed name in a story that never names the listed country is someone else
    assert _actor(an, "Ian Campbell").country_iso3 != "AUS"


def test_a_continental_body_does_not_take_the_article_country(nlp):
    text = ("Flooding hit Dayton, Ohio on Monday. Ohio officials in Toledo and Columbus said the Nordic "
            "Weather Agency and the Transport Safety Board had warned residents.")
    an = _analyse(nlp, text)
    assert _actor(an, "Nordic Weather Agency").country_iso3 is None
    board = _actor(an, "Transport Safety Board")
    assert (board.country_iso3, board.country_basis) == ("USA", "article")


def test_a_region_word_inside_a_countrys_name_is_still_that_country():
    from newscoder.extract.actors.country_cues import names_region

    assert names_region("European Research Agency".split())
    assert names_region("Arab Parliament".split())
    assert not names_region("South African Police Service".split())
    assert not names_region("United Arab Emirates Coast Guard".split())


def test_a_post_of_a_national_body_set_before_the_name_with_a_comma(nlp):
    an = _analyse(nlp, "A member of the Peruvian Congress, Luis Amaro said the vote was fair.")
    amaro = _actor(an, "Luis Amaro")
    assert (amaro.country_iso3, amaro.country_basis) == ("PER", "base")
    assert _actor(an, "Peruvian Congress").country_iso3 == "PER"


def test_a_stated_base_before_the_name(nlp):
    an = _analyse(nlp, "The Lagos-based charity Clean Water Trust said wells had dried up.")
    trust = _actor(an, "Clean Water Trust")
    assert (trust.country_iso3, trust.country_basis) == ("NGA", "base")
    an = _analyse(nlp, "New York-based lawyer Dana Whitcombe filed the suit on Monday.")
    lawyer = _actor(an, "Dana Whitcombe")
    assert (lawyer.country_iso3, lawyer.country_basis) == ("USA", "base")  # the whole place, not "York"
    # an international body's seat is not its country
    an = _analyse(nlp, "The Geneva-based World Health Organization warned of measles.")
    assert _actor(an, "World Health Organization").country_iso3 is None


def test_a_language_tagged_nationality_before_an_agent_noun(nlp):
    # the model may tag "English" LANGUAGE; before "bassist" it is a nationality, before "teacher" a subject
    an = _analyse(nlp, "On Monday, English bassist Rob Tanfield died at home at the age of 71.")
    player = _actor(an, "Rob Tanfield")
    assert (player.country_iso3, player.country_basis) == ("GBR", "nationality")
    an = _analyse(nlp, "English teacher Mary Cole said the exam was hard.")
    assert _actor(an, "Mary Cole").country_iso3 is None


def test_state_bodies_listed_under_one_country_share_it(nlp):
    an = _analyse(nlp, "Funding came from Canada's Natural Research Council, Department of Fisheries, and "
                       "Office of Coastal Studies.")
    for name in ("Natural Research Council", "Department of Fisheries", "Office of Coastal Studies"):
        assert _actor(an, name).country_iso3 == "CAN"
    an = _analyse(nlp, "The Indian Army and Ministry of Defence said the border was calm.")
    ministry = _actor(an, "Indian Ministry of Defence")  # a bare ministry is named after its state
    assert (ministry.country_iso3, ministry.country_basis) == ("IND", "nationality")
    # a city in the first name is not a word the list shares
    an = _analyse(nlp, "Toronto General Hospital and the Lakeside Clinic treated the patients on Monday.")
    assert _actor(an, "Toronto General Hospital").country_iso3 == "CAN"
    assert _actor(an, "Lakeside Clinic").country_iso3 is None


def test_a_town_the_gazetteer_lacks_is_placed_by_the_state_after_it(nlp):
    an = _analyse(nlp, "Police named the driver as Dale Hobart of Fernvale, Kansas, on Monday.")
    hobart = _actor(an, "Dale Hobart")
    assert (hobart.country_iso3, hobart.country_basis) == ("USA", "base")
    # without the state, the unknown town says nothing
    assert _actor(_analyse(nlp, "Police named the driver as Dale Hobart of Fernvale on Monday."),
                  "Dale Hobart").country_iso3 is None


def test_school_named_without_its_parent_or_town_in_the_listing():
    # the Swot listing adds the parent after a comma; news names the college alone
    assert organization_country("University College London") == "GBR"
    assert organization_country("Goldsmiths College") == "GBR"
    assert organization_country("Princeton University") == "USA"
    assert organization_country("College of Engineering") is None  # generic: no word of its own


def test_researcher_takes_the_country_of_the_university_named_before_the_job(nlp):
    an = _analyse(nlp, "A paper by a group from University College London (UCL) came out on Monday. \"The moon "
                       "is icy,\" said UCL geologist Mira Holt. A rival group in Quebec, Canada, used Canadian "
                       "radar sited in Canada and in Ottawa, Canada.")
    assert _actor(an, "University College London").country_iso3 == "GBR"
    holt = _actor(an, "Mira Holt")
    assert (holt.country_iso3, holt.country_basis) == ("GBR", "base")


def test_scholars_named_for_the_land_they_study_take_no_country_from_the_story(nlp):
    an = _analyse(nlp, "Egyptologists said the tomb near Luxor, Egypt, was older than they thought. Egypt's "
                       "ministry said Cairo would pay for more digs in Egypt.")
    assert _actor(an, "Egypt").country_iso3 == "EGY"
    scholars = _actor(an, "Egyptologists")
    assert (scholars.actor_type, scholars.country_iso3) == ("group", None)


def test_public_bodies_without_a_country_take_the_one_of_the_articles_other_public_bodies(nlp):
    # few places named, but the House and the Justice Department are the US's by their own names
    an = _analyse(nlp, "The United States House of Representatives voted on Monday to sue the United States "
                       "Department of Justice over the files. The Ninth Circuit Court of Appeals will hear the "
                       "case, and the Budget Review Committee said it would wait. Federal authorities searched the "
                       "offices. Reporters met in Boston.")
    assert {a.country_iso3 for a in an.actors if a.name.endswith("authorities")} == {"USA"}
    for name in ("Ninth Circuit Court of Appeals", "Budget Review Committee"):
        body = _actor(an, name)
        assert (body.country_iso3, body.country_basis) == ("USA", "article_context")
    assert _actor(an, "United States House of Representatives").country_iso3 == "USA"


def test_article_context_never_for_a_person_only_named_nor_a_company(nlp):
    an = _analyse(nlp, "The United States House of Representatives voted on Monday to sue the United States "
                       "Department of Justice. The Ninth Circuit Court of Appeals will hear the case. Lena Ortiz "
                       "of Brightwave Widgets said in Boston that she was surprised.")
    assert _actor(an, "Ninth Circuit Court of Appeals").country_iso3 == "USA"
    assert _actor(an, "Lena Ortiz").country_basis != "article_context"
    assert all(a.country_basis != "article_context" for a in an.actors if "Brightwave" in a.name)


def test_names_listed_after_a_plural_title_share_its_party_country(nlp):
    an = _analyse(nlp, "Two Republican Senators, Lee Harmon and Dana Whitcomb, opposed the bill in Washington, "
                       "the US capital, and in Texas.")
    for name in ("Lee Harmon", "Dana Whitcomb"):
        person = _actor(an, name)
        assert (person.country_iso3, person.country_basis) == ("USA", "base")
