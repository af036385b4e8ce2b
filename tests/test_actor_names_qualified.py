"""Actor names a reader can use on their own: bare groups named by their country, generic titles no actor,
occupation words off people's names, a surname cut off a name with a middle name. Our own sentences."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _actors(nlp, text: str):
    art = make_article(text, date="2026-02-02")
    return extract_actors(nlp(art.text), art, load_registry())


def _names(nlp, text: str) -> set[str]:
    return {a.name for a in _actors(nlp, text).actors}


def test_a_bare_group_with_a_country_is_named_by_its_demonym(nlp):
    res = _actors(nlp, "PUNE, India — A warehouse burned down in Pune, India on Tuesday. Such blazes happen often "
                       "in India. Activists say building codes go unenforced.")
    groups = {a.name: a for a in res.actors if a.actor_type == "group"}
    assert "Indian activists" in groups
    assert groups["Indian activists"].country_iso3 == "IND"
    assert "activists" not in groups


def test_a_group_the_text_qualifies_keeps_its_words(nlp):
    names = _names(nlp, "Doctors went on strike in Warsaw on Monday. Polish doctors said the hospitals were "
                        "short of staff.")
    assert "Polish doctors" in names
    assert not any(n.startswith("Polish Polish") for n in names)


def test_a_generic_title_is_no_actor_but_a_qualified_one_is(nlp):
    res = _actors(nlp, "A warehouse burned down in Pune, India. A fire officer said the exits were blocked. He said "
                       "the owner had fled. A senior Indian official said the warehouse had no permit.")
    names = {a.name for a in res.actors}
    assert "fire officer" not in names
    assert "senior Indian official" in names
    # the pronoun that pointed to the unnamed officer goes with it: no mention of a dropped actor is left
    keys = {a.key for a in res.actors}
    assert all(m.actor_key in keys for m in res.mentions)


def test_an_occupation_word_opening_a_sentence_is_not_part_of_the_name(nlp):
    names = _names(nlp, "A storm hit the coast on Monday. Columnist Harriet Vance Moore wrote that the city was "
                        "unprepared. Broadcaster Leo Brandt said the streets flooded.")
    assert "Harriet Vance Moore" in names
    assert "Leo Brandt" in names
    assert not {"Columnist Harriet Vance Moore", "Broadcaster Leo Brandt"} & names


def test_a_surname_cut_off_a_middle_named_person_rejoins_the_full_name(nlp):
    res = _actors(nlp, "A court in Washington sentenced the lobbyist on Monday. The lobbyist was sentenced by "
                       "Judge Maria Delgado Ruiz to five years. Judge Ruiz said the crime was serious. Ruiz added "
                       "that she had read the letters.")
    people = [a for a in res.actors if a.actor_type == "person"]
    assert [a.name for a in people] == ["Maria Delgado Ruiz"]
    assert sum(m.text == "Ruiz" for m in res.mentions if m.actor_key == people[0].key) == 2


def test_people_of_any_country_keep_a_bare_name_where_the_country_is_only_the_articles(nlp):
    res = _actors(nlp, "NEW DELHI, India — A train derailed near New Delhi, India on Tuesday. Officials said "
                       "forty passengers were hurt. Passengers said the train was late.")
    names = {a.name for a in res.actors}
    assert "Indian officials" in names
    assert "Indian passengers" not in names


def test_a_common_word_the_model_tags_is_no_actor(nlp):
    res = _actors(nlp, "Marine biologist Ana Reyes filmed the pod near Kelby. These orcas, she suggested, "
                       "specialize in hunting seals.")
    names = {a.name for a in res.actors}
    assert not any(n.lower() == "orcas" for n in names)
    assert any("Reyes" in n for n in names)


def test_the_demonym_goes_after_an_adjective_of_kind_and_before_a_noun_modifier():
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.extract.actors.groups import name_by_demonym
    from newscoder.records import LocalActor

    b = ActorBuilder(None)
    for i, (name, iso3, basis) in enumerate([("local officials", "RUS", "article"),
                                              ("government authorities", "IDN", "article"),
                                              ("researchers", "EGY", "article"),
                                              ("researchers", "PER", "nationality"),
                                              ("residents of Kelby", "PER", "article"),
                                              ("protesters", "HKG", "nationality")]):
        b.actors[("group", i)] = LocalActor(key=f"a{i + 1}", name=name, actor_type="group", country_iso3=iso3,
                                            country_basis=basis)
    name_by_demonym(b)
    assert [a.name for a in b.actors.values()] == ["local Russian officials", "Indonesian government authorities",
                                                   "researchers", "Peruvian researchers", "residents of Kelby",
                                                   "Hong Kong protesters"]


def test_a_national_head_of_government_title_is_not_part_of_the_name(nlp):
    names = _names(nlp, "Leaders met in Cork on Monday. Taoiseach Leo Varadkar said the border must stay open. "
                        "Varadkar spoke for an hour.")
    assert "Leo Varadkar" in names
    assert "Taoiseach Leo Varadkar" not in names


def test_spaced_letters_in_brackets_that_are_no_initials_qualify_the_name(nlp):
    res = _actors(nlp, "Results by party:\nLabour Party - 200 seats\nGreen Party (E & W) - 1 seat\nOn Thursday, "
                       "the Green Party said it was pleased.")
    names = {a.name for a in res.actors}
    assert "Green Party (E & W)" in names
    assert "E & W" not in {m.text for m in res.mentions}
