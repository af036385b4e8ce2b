"""Generic groups, one-word institution names, and organisations' nationality words (our own sentences)."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import actors_by_name, make_article
from newscoder.extract.actors.entity_junk import is_junk
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _mentions(an, actor) -> list[str]:
    return [m.text for m in an.mentions if m.actor_key == actor.key]


def test_organisation_country_from_a_nationality_word_before_its_name(nlp):
    an = _analyse(nlp, "The Australian mining company Korvanta Resources said on Monday that profits fell.")
    org = actors_by_name(an)["Korvanta Resources"]
    assert (org.country_iso3, org.country_basis) == ("AUS", "nationality")


def test_organisation_country_from_a_country_of_several_words(nlp):
    an = _analyse(nlp, "Officials at United States public utility Bramwell Power confirmed the outage.")
    org = actors_by_name(an)["Bramwell Power"]
    assert (org.country_iso3, org.country_basis) == ("USA", "nationality")


def test_a_region_word_gives_no_country(nlp):
    an = _analyse(nlp, "It signed a pact with the South American group Mercosur, which was founded in 1991.")
    assert actors_by_name(an)["Mercosur"].country_iso3 is None


def test_generic_groups_without_a_country_are_no_actors(nlp):
    an = _analyse(nlp, "The mayor spoke to citizens outside the plant, where Polish protesters shouted at "
                       "students.")
    names = actors_by_name(an)
    assert names["Polish protesters"].country_iso3 == "POL"
    assert not {"citizens", "students"} & set(names)


def test_a_generic_group_that_acts_stays_for_the_events(nlp):
    an = _analyse(nlp, "Residents blocked the road to the quarry on Monday.")
    assert actors_by_name(an)["residents"].actor_type == "group"  # a common noun, written in lower case


def test_a_common_plural_noun_tagged_as_nationality_is_junk(nlp):
    doc = nlp("Protesters and Americans watched the march.")
    doc.ents = [Span(doc, 0, 1, label="NORP"), Span(doc, 2, 3, label="NORP")]
    assert is_junk(doc.ents[0])
    assert not is_junk(doc.ents[1])


def test_the_head_word_of_an_institution_joins_its_full_name(nlp):
    an = _analyse(nlp, "The House of Representatives voted on Tuesday. The House will meet again in May, "
                       "a spokesman said.")
    names = actors_by_name(an)
    assert "House" not in names
    full = next(a for a in an.actors if a.name.endswith("House of Representatives"))
    assert _mentions(an, full) == ["House of Representatives", "House"]


def test_a_newspaper_keeps_its_article(nlp):
    an = _analyse(nlp, "Maria Lind told The Times that the plan had failed. The Times first reported it in June.")
    names = actors_by_name(an)
    assert "The Times" in names and "Times" not in names
    assert names["Maria Lind"].actor_type == "person"


def test_a_classifier_noun_makes_a_name_no_actor(nlp):
    an = _analyse(nlp, "Hurricane Dorian hit the coast, and the vessel Nordlys sank. The operator, Bluewater "
                       "Lines, said the crew was safe.")
    names = actors_by_name(an)
    assert "Bluewater Lines" in names
    assert not {"Dorian", "Hurricane Dorian", "Nordlys"} & set(names)


def test_a_state_named_only_as_a_place_is_no_actor(nlp):
    an = _analyse(nlp, "The singer was treated in Singapore and lived in the Netherlands. Tourists from Canada "
                       "and Germany were hurt near Aleppo, Syria. Iran condemned the attack, and Turkey's "
                       "president sent aid to Lebanon.")
    names = set(actors_by_name(an))
    assert {"Iran", "Turkey", "Lebanon"} <= names
    assert not {"Singapore", "Netherlands", "Canada", "Germany", "Syria"} & names


def test_the_ends_of_a_route_and_listed_destinations_are_places_not_actors(nlp):
    an = _analyse(nlp, "The airline still flies in Europe, with destinations including Spain, Portugal, and Italy. "
                       "Smugglers took the refugees from Morocco to Malta. Thousands of families fled to Cyprus. "
                       "Ghana sent aid to Cyprus, and Italy said the ban was unfair.")
    names = set(actors_by_name(an))
    assert {"Ghana", "Cyprus", "Italy"} <= names  # given aid to, and a speaker: parties
    assert not {"Spain", "Portugal", "Morocco", "Malta"} & names


def test_a_list_of_countries_is_no_address(nlp):
    an = _analyse(nlp, "The council agreed to lift its sanctions on Iran, Libya, Sudan and Cuba next year.")
    assert {"Iran", "Libya", "Sudan", "Cuba"} <= set(actors_by_name(an))


def test_a_state_a_verb_acts_from_is_an_actor(nlp):
    an = _analyse(nlp, "Ghana said it will withdraw its peacekeeping force from Chad. Two tourists from Canada "
                       "were hurt.")
    names = set(actors_by_name(an))
    assert {"Ghana", "Chad"} <= names
    assert "Canada" not in names


def test_a_group_is_named_with_the_place_the_text_gives_after_it(nlp):
    an = _analyse(nlp, "Officials in Baytown closed the bridge after the storm.")
    names = actors_by_name(an)
    assert names["officials in Baytown"].actor_type == "group"
    assert "officials" not in names and "Officials" not in names


def test_a_group_is_named_with_the_organisation_it_belongs_to(nlp):
    an = _analyse(nlp, "Students at Calder University occupied the library on Friday.")
    assert actors_by_name(an)["students at Calder University"].actor_type == "group"


def test_a_bare_group_joins_the_one_qualified_group_of_the_same_noun(nlp):
    an = _analyse(nlp, "Officials in Baytown closed the bridge after the storm. Officials said it would "
                       "reopen next week.")
    group = actors_by_name(an)["officials in Baytown"]
    assert "officials" not in actors_by_name(an)
    assert len(_mentions(an, group)) == 2  # both sentences


def test_a_group_of_an_unnamed_place_keeps_its_bare_name(nlp):
    an = _analyse(nlp, "Residents of the area blocked the road to the quarry on Monday.")
    names = actors_by_name(an)
    assert names["residents"].actor_type == "group"
    assert not any(n.startswith("residents of") for n in names)


def test_a_hyphenated_qualifier_is_written_as_the_text_writes_it(nlp):
    an = _analyse(nlp, "Thousands of anti-Brexit protesters blocked the road on Saturday. Pro-democracy "
                       "lawmakers shouted at the chief executive.")
    names = actors_by_name(an)
    assert names["anti-Brexit protesters"].actor_type == "group"
    assert names["pro-democracy lawmakers"].actor_type == "group"


def test_a_bare_group_before_the_qualified_one_stays_apart(nlp):
    an = _analyse(nlp, "Protesters marched in many cities on Saturday. Later, protesters in Baytown blocked the "
                       "bridge.")
    names = actors_by_name(an)
    assert names["protesters in Baytown"].actor_type == "group"
    assert names["protesters"].actor_type == "group"


def test_a_shortened_body_name_of_several_words_joins_its_full_name(nlp):
    an = _analyse(nlp, "The Veltrian National Guard sealed the border on Monday. A spokesman said the National "
                       "Guard would stay there until Friday, and the National Guard later sent more troops.")
    names = actors_by_name(an)
    assert "National Guard" not in names
    full = names["Veltrian National Guard"]
    assert "National Guard" in _mentions(an, full)


def test_a_shortened_name_of_no_body_stays_as_it_is(nlp):
    an = _analyse(nlp, "Brannock Steel Company cut 200 jobs in Leeds. A spokesman for Steel Company said more "
                       "cuts would follow.")
    names = actors_by_name(an)
    assert "Steel Company" in names  # a company's head word: no government or military body
    assert _mentions(an, names["Brannock Steel Company"]) == ["Brannock Steel Company"]


def test_people_a_speaker_only_talks_about_in_a_quotation_are_no_actor(nlp):
    an = _analyse(nlp, 'Senator Jo Park of Ohio said, "Women in Ohio have said, \'It is time for a change.\'" Park '
                       "spoke at a rally in Columbus.")
    names = set(actors_by_name(an))
    assert "Jo Park" in names
    assert not any(n.lower().startswith("women") for n in names)
    acting = _analyse(nlp, 'The police chief said, "Protesters threw stones at our officers." Chief Dan Cole spoke '
                           "on Monday.")
    assert "protesters" in set(actors_by_name(acting))  # a side of the event the quotation reports
    named = _analyse(nlp, 'The president said, "The caliphate is destroyed, but there are thousands of Hamar '
                          'fighters over there."')
    assert "Hamar fighters" in set(actors_by_name(named))  # a group named by its body is a specific one
