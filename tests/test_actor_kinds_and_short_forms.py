"""Round-8 actor rules: a name with "a"/"an" is a kind, a product used as a vehicle, a venue glued to an
event, a town the model calls a person; organisation and movement types; names cut after a preposition,
short forms joined to the full name; a country inside a medium's name, a place's acronym. Our own
sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.actors.things import (
    organisation_names,
    person_tagged_organisation,
    plural_group_name,
    vehicle_use,
)
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _analysis(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _types(nlp, text: str) -> dict[str, str]:
    return {a.name: a.actor_type for a in _analysis(nlp, text).actors}


def _mentions(nlp, text: str) -> dict[str, list[str]]:
    an = _analysis(nlp, text)
    names = {a.key: a.name for a in an.actors}
    out: dict[str, list[str]] = {}
    for m in an.mentions:
        out.setdefault(names[m.actor_key], []).append(m.text)
    return out


def test_a_name_with_an_indefinite_article_is_a_kind_not_an_actor(nlp):
    types = _types(nlp, "Officials said the small plane, a Corvane Strider, was flying to Kelby. The firm "
                        "said it had moved to a recycled PLX for its boxes, the Kestrel Group said.")
    assert "Kestrel Group" in types
    assert not {"Corvane Strider", "PLX"} & set(types)


def test_a_generic_title_with_a_is_no_actor(nlp):
    types = _types(nlp, "The seat of Gorseby has always elected a Labour Member of Parliament, the Electoral "
                        "Commission said on Friday.")
    assert "Electoral Commission" in types
    assert "Labour Member of Parliament" not in types


def test_a_name_launched_docked_or_before_a_capsule_is_used_as_a_vehicle(nlp):
    doc = nlp("On Saturday, the Kestrel Dragon was launched from Cape Canaveral. The Harrow Star capsule "
              "docked with the station, said Ana Ruiz of the Gorse Agency.")
    toks = [t.text for t in doc]
    kestrel, harrow = toks.index("Kestrel"), toks.index("Harrow")
    assert vehicle_use(doc, kestrel, kestrel + 2)
    assert vehicle_use(doc, harrow, harrow + 2)
    ruiz = toks.index("Ana")
    assert not vehicle_use(doc, ruiz, ruiz + 2)  # the speaker is no vehicle


def test_a_venue_glued_to_an_event_is_no_organisation(nlp):
    types = _types(nlp, "Thousands of fans descended on the Gorse Congress Centre for Harbour Con last week. "
                        "Harbour Con was first held in 1997, organiser Ana Ruiz said. The Center for Marine "
                        "Diversity praised the show.")
    assert "Center for Marine Diversity" in types  # its second part is never written alone
    assert "Gorse Congress Centre for Harbour Con" not in types


def test_a_town_the_text_calls_a_settlement_is_no_person(nlp):
    types = _types(nlp, "The nearest settlement to the base is Tarvin in Lincoln County. Over a thousand "
                        "people reached Tarvin, sheriff Kerry Lee said.")
    assert types.get("Kerry Lee") == "person"
    assert "Tarvin" not in types


def test_an_organisation_label_with_the_elsewhere_beats_a_person_label(nlp):
    doc = nlp("The Harbour Survey Institute (Hasurvin) reported the quake. Later, the Gorse Trust Fund "
              "said it would help, Maria Weber said.")
    names = organisation_names(doc)
    assert {"Harbour Survey Institute", "Hasurvin"} <= names
    assert person_tagged_organisation("Hasurvin", names)
    assert not person_tagged_organisation("Maria Weber", names | {"Maria Weber"})  # a first name: a person


def test_a_plural_name_after_the_whose_singular_is_a_modifier_is_a_movement(nlp):
    doc = nlp("It hosts an anti-Sandinista coalition fighting the Sandinistas, minister Omar Williams said. "
              "The court heard Williams.")
    toks = [t.text for t in doc]
    assert plural_group_name(doc, toks.index("Sandinistas"), toks.index("Sandinistas") + 1)
    last = len(toks) - 1 - toks[::-1].index("Williams")
    assert not plural_group_name(doc, last, last + 1)  # a surname in "s": no "William" modifier


def test_a_name_cut_after_a_preposition_goes_on_with_the(nlp):
    types = _types(nlp, "Kokan joined the Harbour Veterans Against the War in 2007, and the group backed him "
                        "on Monday, spokesman Ian Dale said.")
    assert types.get("Ian Dale") == "person"
    assert "Harbour Veterans Against the War" in types
    assert "Harbour Veterans Against" not in types


def test_a_one_word_short_form_joins_the_one_longer_name(nlp):
    mentions = _mentions(nlp, "Walter Kess took a job at the Marlow Institution of Oceanography in 1947. He "
                              "was recalled to Marlow in 1944, where he worked on waves.")
    assert "Marlow" in mentions.get("Marlow Institution of Oceanography", [])
    assert "Marlow" not in mentions


def test_a_bracketed_short_form_takes_the_full_name(nlp):
    mentions = _mentions(nlp, "The Harbour Survey Institute of Volcanology and Seismology (Hasurvin) reported "
                              "the quake on Monday. Hasurvin recorded 600 aftershocks by Saturday.")
    full = mentions.get("Harbour Survey Institute of Volcanology and Seismology", [])
    assert full.count("Hasurvin") == 2
    assert "Hasurvin" not in mentions


def test_a_country_in_a_medium_s_name_is_no_mention_of_the_state(nlp):
    mentions = _mentions(nlp, "Governor Alexander Pima told CNN Philippines the towns damaged were Carmen and "
                              "Lanuza. The Philippines sent troops on Monday.")
    assert mentions.get("CNN Philippines") == ["CNN Philippines"]
    assert mentions.get("Philippines") == ["Philippines"]  # the state, named on its own


def test_a_place_s_acronym_is_no_mention_of_its_parliament(nlp):
    mentions = _mentions(nlp, "Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass "
                              "the bill. The NSW legislature in Sydney abolished the old rules.")
    assert mentions.get("Parliament of New South Wales") == ["Parliament of New South Wales"]


def test_he_after_an_unnamed_man_is_not_the_named_prosecutor(nlp):
    mentions = _mentions(nlp, "Local prosecutor Paul Renard said the driver's wife was held. Officials said the "
                              "man was 45 years old. He lived in a suburb of Lyon. Renard said he would appeal.")
    renard = mentions.get("Paul Renard", [])
    assert "He" not in renard  # "He lived": the man
    assert "he" in renard  # "Renard said he would appeal": the prosecutor


def test_a_school_name_cut_at_and_takes_its_second_field(nlp):
    types = _types(nlp, "The study was a project between Neil Hammer of the Gorse School of Marine and "
                        "Atmospheric Science at the University of Miami and Chris Fallows. The Ministry of "
                        "Defence and the Home Office agreed.")
    assert "Gorse School of Marine and Atmospheric Science" in types
    assert not {"Gorse School of Marine", "Atmospheric Science"} & set(types)
    assert {"Ministry of Defence", "Home Office", "University of Miami"} <= set(types)  # two bodies stay two


def test_a_verb_between_an_article_and_a_name_keeps_the_person(nlp):
    from newscoder.extract.actors.things import indefinite_use

    doc = nlp("On Monday, a weekly named climate campaigner Ona Petrauskas as its voice of the year.")
    # the parser makes the name the head of "a weekly ... Petrauskas"; the verb "named" shows it is not
    start = next(t.i for t in doc if t.text == "Ona")
    assert not indefinite_use(doc, start, start + 2)
    kind = nlp("The factory switched to a Dunmore Plastic for its bottles.")
    k = next(t.i for t in kind if t.text == "Dunmore")
    assert indefinite_use(kind, k, k + 2)
