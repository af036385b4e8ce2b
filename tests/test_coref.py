"""Antecedents: the most recent compatible subject, not merely the nearest noun."""

from conftest import make_article
from newscoder.extract.mentions import extract_actors


def resolve(nlp, text, anaphor, nth=0):
    art = make_article(text)
    an = extract_actors(nlp(art.text), art)
    start = -1
    for _ in range(nth + 1):
        start = text.index(anaphor, start + 1)
    actor = an.get(an.actor_at(start, start + len(anaphor)))
    return actor.name if actor else None


def test_it_prefers_the_main_subject_over_the_nearest_noun(nlp):
    text = ("Germany's Ministry of Finance rejected the claim that Poland owed money to the European Union. "
            "It said the figures were wrong.")
    assert resolve(nlp, text, "It said") == "German Ministry of Finance"


def test_he_and_she_go_to_people(nlp):
    text = "Senator Mary Smith met the Canadian delegation on Monday. She said the talks went well."
    assert resolve(nlp, text, "She said") == "Mary Smith"


def test_the_agency_needs_an_agency_like_name(nlp):
    text = ("The Federal Emergency Management Agency said Texas would receive aid, and Governor Greg Abbott "
            "thanked Washington. The agency added that more funds were coming.")
    assert resolve(nlp, text, "The agency") == "Federal Emergency Management Agency"


def test_possessive_government_is_the_persons_state(nlp):
    text = "Brazilian President Luiz Lula said his government would send doctors."
    assert resolve(nlp, text, "his government") == "Brazil"


def test_pleonastic_it_is_not_linked(nlp):
    text = "The World Bank cut its forecast. It is clear that growth will slow."
    assert resolve(nlp, text, "It is") is None
    assert resolve(nlp, text, "its forecast") == "World Bank"  # the possessive in the same text is linked


def test_she_points_back_to_an_unnamed_official(nlp):
    text = ("The European Union sent aid to the region on Saturday, the bloc's crisis commissioner said. "
            "She told reporters that more would follow.")
    assert resolve(nlp, text, "She told") == "bloc's crisis commissioner"


def test_a_pronoun_prefers_a_person_known_to_be_of_its_gender(nlp):
    art = make_article("Designer Maria Lindqvist had three sons. Another son, Dorsey Lindqvist, predeceased her.")
    an = extract_actors(nlp(art.text), art)
    by_name = {a.name: a.key for a in an.actors}
    linked = [m.actor_key for m in an.mentions if m.text == "her"]
    assert linked == [by_name["Maria Lindqvist"]]
    assert "Dorsey Lindqvist" in by_name


def test_a_title_as_predicate_names_no_one(nlp):
    text = ("Harbour Police Chief Maria Ferreira said the search was over. The call came from someone at the "
            "station, who may have been the chief. Later the chief said no one was found.")
    assert resolve(nlp, text, "the chief", nth=1) == "Maria Ferreira"  # the subject of "said"
    assert resolve(nlp, text, "the chief", nth=0) is None  # "may have been the chief": what someone is


def test_he_in_another_report_is_the_person_reported_about(nlp):
    text = ("Mayor Tomas Lopez was stabbed on Sunday. Minister Pedro Ferreira said Lopez needed resuscitation "
            "and was in a serious condition; Radio Kelby reported he received surgery.")
    assert resolve(nlp, text, "he received") == "Tomas Lopez"


def test_he_who_says_more_is_still_the_speaker(nlp):
    text = "Minister Pedro Ferreira said Tomas Lopez had lied. He added that he would sue."
    assert resolve(nlp, text, "He added") == "Pedro Ferreira"
    assert resolve(nlp, text, "he would") == "Pedro Ferreira"


def test_a_nearer_thing_keeps_it_from_the_body(nlp):
    text = ("The Ocean Survey Group found the wreck of the old freighter last month, placing its probable "
            "location near the cape.")
    assert resolve(nlp, text, "Ocean Survey Group") == "Ocean Survey Group"
    assert resolve(nlp, text, "its probable") is None


def test_it_links_to_the_body_when_no_other_thing_stands_between(nlp):
    text = "The Ocean Survey Group said it had found the wreck. It said the search would go on."
    assert resolve(nlp, text, "it had") == "Ocean Survey Group"
    assert resolve(nlp, text, "It said") == "Ocean Survey Group"


def test_they_after_a_nearer_plural_noun_is_not_the_group(nlp):
    text = ("Greenpeace activists blocked the road. Police said the trucks had left the farm before they "
            "were stopped.")
    assert resolve(nlp, text, "Greenpeace activists") == "Greenpeace activists"
    assert resolve(nlp, text, "they") is None


def test_a_noun_inside_a_quotation_does_not_keep_it_from_the_speaker(nlp):
    text = ('The Kelby Water Board issued a statement. "The dam is safe and the repairs are finished", it added.')
    assert resolve(nlp, text, "Kelby Water Board") == "Kelby Water Board"
    assert resolve(nlp, text, "it added") == "Kelby Water Board"


def test_a_body_reporting_about_itself_keeps_it_past_another_name(nlp):
    text = ("The Kelby Water Board said that Norway does not owe any money, but added that it is willing to talk.")
    assert resolve(nlp, text, "Norway") == "Norway"
    assert resolve(nlp, text, "it is willing") == "Kelby Water Board"
