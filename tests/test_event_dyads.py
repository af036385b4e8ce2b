"""Event dyads: who acts on whom, at the level of countries, on our own example sentences."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex
from newscoder.resolve.registry import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def code(nlp, registry, text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(PLOVER type, source name, source country, target name, target country) of each event."""
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    events = extract_events(doc, article, actors, extract_timex(doc, article), quotes)
    out = []
    for e in events:
        src, tgt = actors.get(e.source_key), actors.get(e.target_key)
        out.append((e.plover_type, src.name if src else None, src.country_iso3 if src else None,
                    tgt.name if tgt else None, tgt.country_iso3 if tgt else None))
    return out


def countries(events, plover_type: str) -> list[tuple[str | None, str | None]]:
    return [(e[2], e[4]) for e in events if e[0] == plover_type]


# ---------------------------------------------------------------- a group's country from its own phrase
def test_nationality_adjective_on_a_group_gives_its_country(nlp, registry):
    events = code(nlp, registry, "Hundreds of Turkish Kurds marched in the city of Diyarbakir on Tuesday against "
                                 "Turkey.")
    assert countries(events, "PROTEST") == [("TUR", "TUR")]


def test_group_located_by_a_country_after_it(nlp, registry):
    events = code(nlp, registry, "Thousands of nurses throughout Kenya staged a strike on Monday against the Kenyan "
                                 "government.")
    assert ("KEN", "KEN") in countries(events, "PROTEST")


def test_group_of_a_company_in_a_capital(nlp, registry):
    events = code(nlp, registry, "Egyptian authorities pressured workers of the National Textile Company of Cairo "
                                 "to end their strike.")
    assert countries(events, "DEMAND") == [("EGY", "EGY")]


def test_supporters_of_a_person_share_the_person_country(nlp, registry):
    events = code(nlp, registry, "Supporters of Venezuelan opposition leader Maria Lopez blocked roads in Caracas "
                                 "on Monday.")
    assert [e[2] for e in events if e[0] == "PROTEST"] == ["VEN"]


def test_organisation_named_after_its_country(nlp, registry):
    events = code(nlp, registry, "Ghana Teachers Association officials demanded support from the Ghana Assembly "
                                 "on Tuesday.")
    assert countries(events, "DEMAND") == [("GHA", "GHA")]


def test_ethnic_group_keeps_no_country(nlp, registry):
    events = code(nlp, registry, "Ethnic Serbs blocked roads in the north of the region on Sunday.")
    assert [e[2] for e in events if e[0] == "PROTEST"] == [None]


def test_apposition_gives_a_named_person_country(nlp, registry):
    events = code(nlp, registry, "Amara Diallo, Guinea's best-known human rights lawyer, started a hunger strike on "
                                 "Tuesday in protest at the Guinean army.")
    assert ("GIN", "GIN") in countries(events, "PROTEST")


# ---------------------------------------------------------------- targets
def test_list_whose_last_item_follows_an_aside(nlp, registry):
    events = code(nlp, registry, "The European Union agreed to ease visa rules for Peru, Chile, Bolivia, and with "
                                 "conditions attached, Ecuador.")
    assert sorted(e[4] for e in events if e[0] == "AGREE") == ["BOL", "CHL", "ECU", "PER"]


def test_nationality_adjective_tagged_as_a_name_still_counts(nlp, registry):
    events = code(nlp, registry, "President Paul Kagame has banned Rwandan opposition candidates from the ballot.")
    assert countries(events, "COERCE") == [("RWA", "RWA")]


def test_object_of_the_complement_verb_names_the_target(nlp, registry):
    events = code(nlp, registry, "A Spanish minister threatened on Friday to impose import duties against "
                                 "Moroccan tomatoes.")
    assert countries(events, "THREATEN") == [("ESP", "MAR")]


def test_complaint_is_about_the_party_complained_of_not_the_addressee(nlp, registry):
    events = code(nlp, registry, "Lebanon complained to the Security Council on Thursday over three Israeli drone "
                                 "strikes in the south.")
    assert countries(events, "DISAPPROVE") == [("LBN", "ISR")]


def test_source_own_possession_is_not_the_target(nlp, registry):
    events = code(nlp, registry, "Kenya has offered its troops to Somalia's new President Ahmed Farah to help "
                                 "secure the capital.")
    assert [(e[1], e[3]) for e in events if e[0] == "AGREE"] == [("Kenya", "Ahmed Farah")]


def test_named_head_keeps_its_actor_over_the_apposition(nlp, registry):
    events = code(nlp, registry, "Norway, a key EU partner in the talks, has refused to send observers to Haiti.")
    assert [e[1] for e in events if e[0] == "REJECT"] == ["Norway"]


def test_acronym_in_brackets_is_the_name_before_it(nlp, registry):
    events = code(nlp, registry, "Prime Minister Ana Duarte said she was ready to lift the ban on the National "
                                 "Liberation Movement (NLM).")
    assert [e[3] for e in events if e[0] == "AGREE"] == ["National Liberation Movement"]


def test_rebels_demanding_their_own_government_act(nlp, registry):
    events = code(nlp, registry, "The Kurdistan Workers' Party issued a statement demanding that the Turkish "
                                 "government release its jailed members.")
    assert countries(events, "DEMAND") == [("TUR", "TUR")]


def test_parliament_is_a_national_body(nlp, registry):
    events = code(nlp, registry, "The Armenian parliament threatened on Wednesday to cut relations with Azerbaijan.")
    assert countries(events, "THREATEN") == [("ARM", "AZE")]


# ---------------------------------------------------------------- domestic measures
def test_state_of_emergency_targets_the_state_itself(nlp, registry):
    events = code(nlp, registry, "Niger's government lifted a state of emergency across the Tillaberi Region on "
                                 "Thursday.")
    assert countries(events, "CONCEDE") == [("NER", "NER")]


def test_group_acted_on_at_home_is_of_the_source_country(nlp, registry):
    events = code(nlp, registry, "Kenyan police dispersed students outside the parliament in Nairobi on Monday.")
    assert countries(events, "COERCE") == [("KEN", "KEN")]
