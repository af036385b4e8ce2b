"""A mention that names something other than the actor leaves it (round 126; our own sentences): a
network's short name used as the network is no mention of its news division; a country's name after an
honorific is a title; a capital named with the city's own office is the city. The acting mentions next to
them stay."""

from __future__ import annotations

from conftest import analyse_actors, mention_texts


def _names(an) -> set[str]:
    return {a.name for a in an.actors}


def test_a_networks_pilot_is_the_network_and_its_report_the_news_division(nlp):
    text = ("Ana Ray starred in a CBC comedy pilot in 2004 and is talking to CBC about a second series. "
            "According to CBC, the show was filmed in Halifax.")
    an = analyse_actors(nlp, text)
    network = next(a for a in an.actors if a.name == "CBC")
    assert network.actor_type == "organization" and network.country_iso3 == "CAN"
    assert mention_texts(an, "CBC") == ["CBC", "CBC"]
    assert mention_texts(an, "CBC News") == ["CBC"]  # the news use stays the division's
    assert "Ana Ray" in _names(an)


def test_a_network_named_only_as_the_network_is_not_its_news_division(nlp):
    an = analyse_actors(nlp, "Bo Li was cast in a CBC drama pilot in 1999.")
    assert "CBC News" not in _names(an) and "CBC" in _names(an)
    assert "Bo Li" in _names(an)


def test_a_reporting_use_in_a_list_stays_the_news_division(nlp):
    an = analyse_actors(nlp, "According to Reuters and CBC, the minister resigned on Monday.")
    assert "CBC News" in _names(an) and "CBC" not in _names(an)


def test_a_country_after_an_honorific_is_a_title(nlp):
    an = analyse_actors(nlp, "The comedy Mister Chile premiered at a festival in Toronto on Friday.")
    assert "Chile" not in _names(an)


def test_a_country_after_an_honorific_keeps_its_acting_mentions(nlp):
    text = "Chile said on Monday it would raise taxes. The comedy Mister Chile premiered on Friday."
    an = analyse_actors(nlp, text)
    assert mention_texts(an, "Chile")[0] == "Chile"
    chile = next(a for a in an.actors if a.name == "Chile")
    assert all(m.char_start < text.index("Mister") for m in an.mentions if m.actor_key == chile.key)


def test_a_capital_with_its_mayor_in_the_sentence_is_the_city(nlp):
    an = analyse_actors(nlp, 'The mayor of Oslo, Kari Lund, wrote on Monday: "Oslo is mourning its own."')
    assert "Norway" not in _names(an)
    assert "Kari Lund" in _names(an)


def test_a_capital_as_the_government_stays_the_state(nlp):
    an = analyse_actors(nlp, "Oslo warned Moscow on Monday over the naval exercise.")
    assert "Oslo" in mention_texts(an, "Norway")
