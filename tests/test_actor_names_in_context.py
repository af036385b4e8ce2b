"""Actor names read from the rest of the article: a bare crowd named by the place of its action. Our own
sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _actors(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def test_bare_protesters_take_the_country_of_the_protests(nlp):
    res = _actors(nlp, "Anti-government protests continued in Baghdad on Sunday. The United States and Iran "
                       "traded threats. Protesters have blocked the main bridge, and the other protesters ran "
                       "from the square.")
    groups = {a.name: a for a in res.actors if a.actor_type == "group"}
    assert "Iraqi protesters" in groups
    assert groups["Iraqi protesters"].country_iso3 == "IRQ"
    assert not {"protesters", "other protesters"} & set(groups)


def test_protests_placed_in_two_countries_leave_the_crowd_unplaced(nlp):
    res = _actors(nlp, "Protests spread across Chile and Bolivia on Sunday. Protesters have blocked the main "
                       "bridges, officials said.")
    groups = {a.name: a for a in res.actors if a.actor_type == "group"}
    assert not {"Chilean protesters", "Bolivian protesters"} & set(groups)
    assert groups["protesters"].country_iso3 is None


def test_bare_police_join_the_one_police_force_the_article_names(nlp):
    res = _actors(nlp, "TORONTO, Canada — Kelby Regional Police arrested a man on Monday. The man had been "
                       "questioned by police twice before, officers said.")
    orgs = {a.name for a in res.actors if a.actor_type == "organization"}
    assert "Kelby Regional Police" in orgs
    assert "Canadian police" not in orgs
    police = next(a for a in res.actors if a.name == "Kelby Regional Police")
    assert "police" in {m.text for m in res.mentions if m.actor_key == police.key}


def test_county_police_are_not_the_national_police(nlp):
    res = _actors(nlp, "DENVER, Colorado — A bridge collapsed in Denver on Monday. County police closed the "
                       "road, and police said the driver was hurt.")
    orgs = {a.name: a for a in res.actors if a.actor_type == "organization"}
    assert "US police" in orgs  # the bare "police" of a US dateline story
    texts = {m.text for m in res.mentions if m.actor_key == orgs["US police"].key}
    assert "police" in texts
    assert not any("County" in t for t in texts)


def test_a_name_after_newspaper_is_an_organisation(nlp):
    res = _actors(nlp, "On Monday, Hungarian daily newspaper Vilag Hirek revealed a deal between two arms "
                       "makers. Editor Marek Hudak said the deal was secret.")
    types = {a.name: a.actor_type for a in res.actors}
    assert types.get("Vilag Hirek") == "organization"
    assert types.get("Marek Hudak") == "person"


def test_plural_people_named_with_capitals_are_a_group(nlp):
    res = _actors(nlp, "The House of Representatives passed the bill on Tuesday. Labour Senators attacked the "
                       "bill, and Ruritanians marched against it.")
    types = {a.name: a.actor_type for a in res.actors}
    assert types.get("Labour Senators") == "group"
    assert [t for n, t in types.items() if n.endswith("House of Representatives")] == ["organization"]


def test_a_body_named_people_for_a_cause_keeps_its_whole_name(nlp):
    res = _actors(nlp, "In 2016, she became the first Fijian to win the Parliamentarians for Clean Oceans' "
                       "Ocean Award.")
    types = {a.name: a.actor_type for a in res.actors}
    assert types.get("Parliamentarians for Clean Oceans") == "organization"
    assert "Parliamentarians" not in types


def test_a_body_whose_name_ends_in_people_stays_an_organisation(nlp):
    res = _actors(nlp, "The Committee to Protect Journalists said on Monday that two reporters were held. "
                       "Labour Senators called for their release.")
    types = {a.name: a.actor_type for a in res.actors}
    assert types.get("Committee to Protect Journalists") == "organization"
    assert types.get("Labour Senators") == "group"


def _surname_owner(res, surname: str) -> str:
    key = next(m.actor_key for m in res.mentions if m.text == surname)
    return next(a.name for a in res.actors if a.key == key)


def test_a_lone_surname_means_the_salient_namesake_not_the_longest_name(nlp):
    res = _actors(nlp, "Senator Mara Okoro spoke in Lagos on Monday. Her brother Tobias Okoro ran a shipping "
                       "firm. Okoro said the claims were false.")
    assert _surname_owner(res, "Okoro") == "Mara Okoro"
    assert "Tobias Okoro" in {a.name for a in res.actors}


def test_protesters_opening_a_sentence_take_the_place_they_marched_in(nlp):
    res = _actors(nlp, "About a million people marched in Lisbon on Saturday. Protesters, carrying placards, "
                       "walked to the parliament.")
    groups = {a.name: a for a in res.actors if a.actor_type == "group"}
    assert groups["Portuguese protesters"].country_iso3 == "PRT"
    assert not {"Protesters", "protesters"} & {a.name for a in res.actors}


def test_a_name_only_modifying_things_in_a_caption_is_no_person(nlp):
    res = _actors(nlp, "Fans gathered at the convention centre on Saturday.\n\nKelbomon sculptures at the "
                       "entrance.\n\nOrganiser Dana Whitfield said the crowd was large.")
    people = [a.name for a in res.actors if a.actor_type == "person"]
    assert "Kelbomon" not in people
    assert any(n.endswith("Dana Whitfield") for n in people)


def test_a_captioned_person_performing_stays_a_person(nlp):
    res = _actors(nlp, "Fans gathered at the convention centre on Saturday.\n\nViolinist Dana Whitfield "
                       "performs\n\nKelbomon sculptures at the entrance.")
    people = [a.name for a in res.actors if a.actor_type == "person"]
    assert any(n.endswith("Dana Whitfield") for n in people)
    assert "Kelbomon" not in people
