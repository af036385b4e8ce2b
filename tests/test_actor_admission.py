"""Which spans become actors, named how and typed how: words in another language, forms of address,
names of storms and places, titles glued to names, amounts of people (our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analyse(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _types(an) -> dict[str, str]:
    return {a.name: a.actor_type for a in an.actors}


def _mentions_of(an, name: str) -> list[str]:
    keys = {a.key for a in an.actors if a.name == name}
    return [m.text for m in an.mentions if m.actor_key in keys]


def test_words_of_a_quotation_in_another_language_are_not_actors(nlp):
    an = _analyse(nlp, 'The mayor wrote: "La situation reste grave. Si el pueblo quiere, Nuestra ciudad necesita '
                       'estabilidad." Mayor Ana Ferreira thanked the firefighters.')
    assert _types(an).get("Ana Ferreira") == "person"
    assert not any(n.startswith(("Le", "la ", "Si", "Nuestra")) for n in _types(an))


def test_a_job_word_opening_the_sentence_is_not_part_of_the_name(nlp):
    an = _analyse(nlp, "Lawyer Tom Briggs welcomed the ruling. Lead Dana Whitfield praised the cast.")
    assert _types(an).get("Tom Briggs") == "person"
    assert _types(an).get("Dana Whitfield") == "person"
    assert not any(n.startswith(("Lawyer", "Lead")) for n in _types(an))


def test_a_form_of_address_alone_names_nobody(nlp):
    an = _analyse(nlp, "The judges ruled that what Her Majesty was told had been improper. Lawyer Tom "
                       "Briggs welcomed the ruling on Tuesday.")
    assert _types(an).get("Tom Briggs") == "person"
    assert "Majesty" not in _types(an)


def test_a_lower_case_span_is_no_name(nlp):
    an = _analyse(nlp, "Okafor et al said the lakes could hold oxygen. Professor Lena Okafor led the "
                       "team.")
    assert _types(an).get("Lena Okafor") == "person"
    assert "al" not in _types(an)


def test_an_honorific_before_a_name_is_not_part_of_it(nlp):
    an = _analyse(nlp, "Comrade Tendai Moyo spoke. Cde Moyo was buried on Sunday.")
    assert _types(an) == {"Tendai Moyo": "person"}
    assert _mentions_of(an, "Tendai Moyo") == ["Tendai Moyo", "Moyo"]


def test_a_person_with_a_title_tagged_as_an_organisation_is_a_person(nlp):
    an = _analyse(nlp, "Spokesperson Marta Kubicka said the ship left the harbour.")
    assert _types(an) == {"Marta Kubicka": "person"}


def test_a_storm_named_again_without_its_class_word_is_no_actor(nlp):
    an = _analyse(nlp, "Hurricane Marisol hit the Bahamas on Monday. Marisol killed five people, the Coastal "
                       "Rescue Service said. Typhoon Kalmaegi struck Luzon. Kalmaegi destroyed homes.")
    assert _types(an).get("Coastal Rescue Service") == "organization"
    assert not any(n in _types(an) for n in ("Marisol", "Kalmaegi", "Typhoon Kalmaegi"))


def test_a_named_square_or_county_is_a_place(nlp):
    an = _analyse(nlp, "Crowds filled Harbour Square on Sunday, and the Dock Workers Union marched to County "
                       "Kerry.")
    assert "Dock Workers Union" in _types(an)
    assert "Harbour Square" not in _types(an) and "County Kerry" not in _types(an)


def test_an_amount_of_people_is_not_a_group_but_people_who_act_are(nlp):
    an = _analyse(nlp, "The government promised more troops for the border. More than 200 farmers "
                       "blocked the main road on Friday.")
    assert _types(an).get("farmers") == "group"
    assert _mentions_of(an, "farmers") == ["More than 200 farmers"]
    assert not any("troops" in n for n in _types(an))


def test_it_as_an_object_is_a_thing_not_the_organisation(nlp):
    an = _analyse(nlp, "The Harbour Board approved the plan on Monday. Residents said they opposed it.")
    assert _mentions_of(an, "Harbour Board") == ["Harbour Board"]


def test_an_organisation_cut_short_by_the_model_gets_its_full_name(nlp):
    an = _analyse(nlp, "Officials of the Andean League for the Protection of Farmers met on Monday. A rapporteur "
                       "from the Office of the UN Special Envoy for Coastal Affairs visited the port.")
    names = _types(an)
    assert names.get("Andean League for the Protection of Farmers") == "organization"
    assert names.get("Office of the UN Special Envoy for Coastal Affairs") == "organization"
    assert "Protection of Farmers" not in names and "Office of the UN" not in names


def test_two_organisations_joined_by_and_stay_two(nlp):
    an = _analyse(nlp, "The Ministry of Health and the Tax Office disagreed on Monday.")
    assert {"Ministry of Health", "Tax Office"} <= set(_types(an))


def test_a_tally_after_a_party_name_is_not_part_of_it(nlp):
    an = _analyse(nlp, "Seats won: Harbour Labour Party - 203, Coastal Green Party - 11.")
    assert {"Harbour Labour Party", "Coastal Green Party"} <= set(_types(an))
    assert not any(n[-1].isdigit() for n in _types(an))


def test_a_group_noun_the_model_tagged_as_a_name_is_a_group(nlp):
    an = _analyse(nlp, "Protesters carried placards. Protesters, carrying flags, marched to the square.")
    # a group of common words is written in lower case whatever its place in the sentence
    assert _types(an).get("protesters") == "group"


def test_the_medium_a_statement_went_out_on_is_no_actor(nlp):
    # the channel of a message is an instrument, not a party (audit rubric; `common_words._medium_use`)
    an = _analyse(nlp, "Mayor Ana Ferreira wrote on Twitter that the city would recover.")
    assert _types(an) == {"Ana Ferreira": "person"}


def test_a_word_of_a_title_or_a_contraction_is_no_actor(nlp):
    an = _analyse(nlp, "Under the charter the Secretary of State takes over, Tom Briggs said. "
                       "I‘m very thankful for the help, said Tom Briggs.")
    assert _types(an) == {"Tom Briggs": "person"}


def test_a_prison_named_after_a_person_is_a_place(nlp):
    an = _analyse(nlp, "Tomas Reyes is serving his sentence at Harold K. Mercer Correctional Facility in Marin "
                       "County.")
    assert "Tomas Reyes" in _types(an)
    assert not any("Facility" in n for n in _types(an))


def test_a_place_the_model_took_for_a_person_is_no_actor(nlp):
    an = _analyse(nlp, "A car bomb was rammed into a military base in Maidan Korvash on Monday, Governor Ali "
                       "Rahimi said. An engineer was killed while working at Kelby station.")
    assert _types(an) == {"Ali Rahimi": "person"}


def test_a_span_ending_on_a_link_word_is_a_piece_of_a_longer_name(nlp):
    from spacy.tokens import Span

    from newscoder.extract.actors.entity_junk import is_junk

    doc = nlp("Papers on Operation Swift and Silent were withheld by the Harbour Trading Board.")
    words = [t.text for t in doc]
    cut = Span(doc, words.index("Operation"), words.index("and") + 1, label="ORG")
    board = Span(doc, words.index("Harbour"), words.index("Board") + 1, label="ORG")
    assert is_junk(cut)
    assert not is_junk(board)


def test_a_storm_with_a_class_word_of_two_words_is_no_actor(nlp):
    an = _analyse(nlp, "Tropical Storm Orla hit the coast on Monday, the Coastal Rescue Service said. Orla "
                       "later weakened over the sea.")
    assert _types(an).get("Coastal Rescue Service") == "organization"
    assert not any("Orla" in n for n in _types(an))


def test_a_character_of_fiction_is_no_actor(nlp):
    an = _analyse(nlp, "One role she played this year was Lizard Queen, a comic-book character. Fan Marta "
                       "Kubicka dressed as Captain Stellar for the parade.")
    assert _types(an).get("Marta Kubicka") == "person"
    assert not any(n in _types(an) for n in ("Lizard Queen", "Captain Stellar"))


def test_a_day_named_after_a_person_is_a_holiday_not_an_actor(nlp):
    an = _analyse(nlp, "Senator Dana Whitfield fought to make Walter Okafor Jr. Day a national holiday, the "
                       "Civic League said.")
    assert _types(an).get("Dana Whitfield") == "person"
    assert not any("Okafor" in n for n in _types(an))
