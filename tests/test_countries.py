from newscoder.resolve.countries import (
    country_name,
    iso3_for_capital,
    iso3_for_demonym,
    iso3_for_name,
    resolve_country,
    search_country,
)


def test_short_names_and_official_names():
    assert iso3_for_name("US") == "USA"
    assert iso3_for_name("the United States") == "USA"
    assert iso3_for_name("Britain") == "GBR"
    assert iso3_for_name("People's Republic of China") == "CHN"
    assert iso3_for_name("Kosovo") == "XKX"


def test_pronoun_us_is_not_a_country():
    assert iso3_for_name("us") is None


def test_demonyms_and_capitals():
    assert iso3_for_demonym("Cuban") == "CUB"
    assert iso3_for_demonym("Cubans") == "CUB"
    assert iso3_for_demonym("Mexican") == "MEX"
    assert iso3_for_capital("Havana") == "CUB"
    assert iso3_for_capital("Washington") == "USA"
    assert resolve_country("Cuba's") == "CUB"


def test_display_names():
    assert country_name("USA") == "United States"
    assert country_name("CUB") == "Cuba"
    assert country_name("IRN") == "Iran"


def test_search_inside_a_phrase():
    assert search_country("an American destroyer") == ("USA", "an  destroyer")
    assert search_country("a team of lawyers")[0] is None


def test_country_before_a_hyphenated_suffix_locates_the_phrase():
    assert search_country("an Iran-backed militia", regions=True)[0] == "IRN"
    assert search_country("a well-known group", regions=True)[0] is None


def test_province_without_its_administrative_suffix():
    assert search_country("Sichuan province officials", regions=True)[0] == "CHN"
