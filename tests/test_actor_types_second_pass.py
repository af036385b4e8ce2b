"""Round 36: a process's name takes an indefinite article, a programme named after "talk show", a firm's plural
head word. Our own sentences."""

from __future__ import annotations

from conftest import analyse_actors


def _types(nlp, text: str) -> dict[str, str]:
    return {a.name: a.actor_type for a in analyse_actors(nlp, text).actors}


def test_a_name_after_an_indefinite_article_is_a_process_not_a_person(nlp):
    types = _types(nlp, "Finance minister Elena Markou warned against a no-deal Grexit. Markou said Grexit "
                        "would hurt pensioners, and a long-delayed Grexit would close the banks.")
    assert "Grexit" not in types
    assert types["Elena Markou"] == "person"


def test_a_person_whose_name_follows_a_noun_with_an_article_stays_a_person(nlp):
    types = _types(nlp, "After a week Marlowe was back in court. Marlowe told reporters he was innocent.")
    assert types.get("Marlowe") == "person"


def test_a_show_named_after_talk_show_is_no_person(nlp):
    types = _types(nlp, "Governor Dana Whitfield spoke on the late-night talk show Evening Banter when she "
                        "announced her run. Whitfield said she would win.")
    assert "Evening Banter" not in types
    assert types["Dana Whitfield"] == "person"


def test_a_name_ending_in_a_firms_plural_head_word_is_an_organisation(nlp):
    types = _types(nlp, "The Kestrel was owned by Harbour Aquatics and chartered by Worldwide Sailing Adventures. "
                        "Both companies have been in operation since the 1970s.")
    assert types == {"Worldwide Sailing Adventures": "organization", "Harbour Aquatics": "organization"}



def test_a_portrait_with_an_indefinite_article_leaves_the_person(nlp):
    types = _types(nlp, 'The curator Lena Ostrova said: "He would paint a blue Marisol and a red Marisol, and '
                        'buyers chose one." His pictures of Marisol sold well.')
    assert types["Lena Ostrova"] == "person"
    assert types.get("Marisol") == "person"


def test_a_word_of_a_species_name_before_a_compound_noun_is_no_actor(nlp):
    text = ("Biologist Ines Varga counted Kelbanian penguins on the coast. Female Kelbanian penguins are "
            "smaller than males. The team also weighed Kelbanian penguin chicks at hatching.")
    types = _types(nlp, text)
    assert not any("Kelbanian" in name for name in types)
    assert types["Ines Varga"] == "person"


def test_a_troupe_retyped_from_person_takes_the_story_country(nlp):
    text = ("The harvest fair opened in Austin, Texas on Friday. Belly dancing troupe Desert Evolution performed "
            "on Saturday in Dallas, Texas. Ana Ruiz, the organiser, said the fair drew crowds from across Texas.")
    actors = {a.name: a for a in analyse_actors(nlp, text).actors}
    assert actors["Desert Evolution"].actor_type == "organization"
    assert actors["Desert Evolution"].country_iso3 == "USA"


def test_a_name_the_model_calls_an_organisation_after_an_age_is_a_person(nlp):
    from spacy.tokens import Span

    from newscoder.extract.actors.entity_labels import relabel

    doc = nlp("The first victim was 40-year-old Skandan Velupillai, a former tenant of the landlord.")
    start = next(t.i for t in doc if t.text == "Skandan")
    doc.ents = [Span(doc, start, start + 2, label="ORG")]  # the label the model gives some such names
    ent = doc.ents[0]
    assert relabel(doc, ent, ent.start, ent.end) == "PERSON"
    other = nlp("The first sponsor was Harbour Dynamics, a former tenant of the landlord.")
    start = next(t.i for t in other if t.text == "Harbour")
    other.ents = [Span(other, start, start + 2, label="ORG")]
    assert relabel(other, other.ents[0], start, start + 2) == "ORG"
