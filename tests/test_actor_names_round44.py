"""Actor names, round 44 (our own sentences): a shared plural head of two names, a possessor glued onto a
body's name, a descriptor phrase before a named person, a middle-word surname, a place glued before a
person, a bare "House" of a known state, brackets in a team's name, legislators' titles."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts
from newscoder.extract.actors.name_variants import _inner_name_word


def test_two_names_sharing_a_plural_head_are_two_bodies(nlp):
    an = analyse_actors(nlp, "Officials from the Kenyan Finance and Defence ministries met on Monday in Nairobi.")
    actors = actors_by_name(an)
    assert {"Kenyan Finance Ministry", "Kenyan Defence Ministry"} <= set(actors)
    assert actors["Kenyan Defence Ministry"].country_iso3 == "KEN"
    assert mention_texts(an, "Kenyan Defence Ministry") == ["Defence"]


def test_one_span_holding_two_committee_names_is_cut_in_two(nlp):
    an = analyse_actors(nlp, "The Senate Judiciary and Armed Services committees will hold hearings next week, "
                             "Senator Dana Whitfield said.")
    actors = actors_by_name(an)
    assert {"Senate Judiciary Committee", "Senate Armed Services Committee"} <= set(actors)
    assert mention_texts(an, "Senate Judiciary Committee") == ["Senate Judiciary"]
    assert "Dana Whitfield" in actors


def test_a_company_name_with_and_is_not_split_by_a_following_noun(nlp):
    an = analyse_actors(nlp, "Trump would cut Medicare and Medicaid. Federal courts have blocked similar plans.")
    names = set(actors_by_name(an))
    assert "Medicare" in names
    assert not any(n.endswith("Court") for n in names)


def test_a_possessor_glued_onto_a_body_name_becomes_its_parent(nlp):
    an = analyse_actors(nlp, "Marlow University's Institute for Coastal Studies published the report on Monday, "
                             "Marlow University said.")
    actors = actors_by_name(an)
    assert "Institute for Coastal Studies" in actors
    assert not any("'s " in n for n in actors)
    assert actors["Institute for Coastal Studies"].parent_key == actors["Marlow University"].key
    assert mention_texts(an, "Institute for Coastal Studies") == ["Institute for Coastal Studies"]


def test_a_possessive_that_is_part_of_a_name_stays(nlp):
    an = analyse_actors(nlp, "Members of the People's Party of Kelbia met the People's Alliance on Monday.")
    assert "People's Party of Kelbia" in actors_by_name(an)


def test_a_descriptor_phrase_before_a_named_person_is_that_person(nlp):
    an = analyse_actors(nlp, "Another Republican Assemblywoman, Dana Whitfield, also commented on the vote in "
                             "Carson City.")
    actors = actors_by_name(an)
    assert actors["Dana Whitfield"].actor_type == "person"
    assert not any(n.startswith(("A ", "Another ")) for n in actors)
    assert "Another Republican Assemblywoman" in mention_texts(an, "Dana Whitfield")


def test_a_legislator_title_comes_off_the_name(nlp):
    an = analyse_actors(nlp, "Newly elected Assemblywoman Dana Whitfield said, \"It is exciting.\" "
                             "Councilwoman Ana Morrow agreed.")
    actors = actors_by_name(an)
    assert actors["Dana Whitfield"].actor_type == "person"
    assert not any(n.startswith(("Assemblywoman", "Councilwoman")) for n in actors)


def test_a_middle_word_of_a_full_name_is_that_person():
    assert _inner_name_word("López", ["Ana", "López", "Ortiz"])
    assert not _inner_name_word("Ortiz", ["Ana", "López", "Ortiz"])  # the last word: the surname rule's
    assert not _inner_name_word("Kelby", ["Port", "Kelby", "Authority"])  # an organisation's head word
    assert not _inner_name_word("López", ["Ana", "López"])


def test_the_first_of_two_surnames_joins_the_full_name(nlp):
    an = analyse_actors(nlp, "The minister will be replaced by Ana López Ortiz, the deputy minister for health. "
                             "In a statement on Friday, López said she would keep the budget.")
    actors = actors_by_name(an)
    assert "Ana López Ortiz" in actors and "López" not in actors
    assert "López" in mention_texts(an, "Ana López Ortiz")


def test_a_place_glued_before_a_person_is_no_part_of_the_name(nlp):
    an = analyse_actors(nlp, "Fire crews in Kelby were called at noon. The mayor of Kelby Piotr Nowak said the "
                             "building had no permit. Nowak ordered an inquiry.")
    actors = actors_by_name(an)
    assert actors["Piotr Nowak"].actor_type == "person"
    assert not any(n.startswith("Kelby ") for n in actors)


def test_a_bare_house_of_the_united_states_is_the_house_of_representatives(nlp):
    an = analyse_actors(nlp, "Senator Dana Whitfield of Texas said the bill would pass the House on Tuesday, and "
                             "the Senate would vote in March.")
    actors = actors_by_name(an)
    assert "United States House of Representatives" in actors
    assert "US House" not in actors
    assert "House" in mention_texts(an, "United States House of Representatives")


def test_a_short_form_in_brackets_is_no_part_of_a_team_name(nlp):
    an = analyse_actors(nlp, "Researchers from the Kelby Institute of Technology (KIT) and Marlow State "
                             "University said the reef fish eat seaweed. They tracked the fish for a year.")
    teams = [a.name for a in an.actors if a.actor_type == "group"]
    assert teams == ["Researchers from the Kelby Institute of Technology and Marlow State University"]


def test_a_country_and_title_before_a_shorter_form_of_a_persons_name_is_that_person():
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.extract.actors.name_forms import people_behind_body_words
    from newscoder.records import LocalActor, Mention

    b = ActorBuilder(registry=None)
    b.actors = {("e", 1): LocalActor("a1", "United States Representative Dana Whitfield", "organization"),
                ("e", 2): LocalActor("a2", "Dana Lee Whitfield", "person", country_iso3="USA"),
                ("e", 3): LocalActor("a3", "Kelby Port Authority", "organization")}
    text = "United States Representative Dana Whitfield died. Dana Lee Whitfield was 68."
    b.mentions = [Mention("a1", text[:43], 0, 43, "name", 0, text[:44]),
                  Mention("a2", "Dana Lee Whitfield", 45, 63, "name", 1, text[45:])]
    people_behind_body_words(b)
    assert {a.name for a in b.actors.values()} == {"Dana Lee Whitfield", "Kelby Port Authority"}
    assert [m.text for m in b.mentions if m.actor_key == "a2"] == ["Dana Whitfield", "Dana Lee Whitfield"]


def _builder(text: str, actors: list[tuple[str, str, str]], spans: list[tuple[str, int, int]]):
    """An actor builder holding the given actors (key, name, type) and name mentions (key, start, end)."""
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor, Mention

    b = ActorBuilder(registry=None)
    b.actors = {("e", key): LocalActor(key, name, atype) for key, name, atype in actors}
    b.mentions = [Mention(key, text[s:e], s, e, "name", 0, text) for key, s, e in spans]
    return b


def test_a_short_form_glued_before_a_persons_full_name_is_that_person(nlp):
    from newscoder.extract.actors.name_forms import places_before_people

    text = "Omar Haddad was 30. An agent told KBC Omar Haddad had appeared in videos."
    b = _builder(text, [("a1", "Omar Haddad", "person"), ("a2", "KBC Omar Haddad", "organization")],
                 [("a1", 0, 11), ("a2", 34, 49)])
    places_before_people(b, nlp(text))
    assert [a.name for a in b.actors.values()] == ["Omar Haddad"]
    assert [m.text for m in b.mentions] == ["Omar Haddad", "Omar Haddad"]


def test_a_surname_of_a_body_is_the_person_of_that_surname():
    from newscoder.extract.actors.name_variants import _surnames_of_members

    text = "Ana Rivas led it. The lead authors, Rivas of KIMS and Tom Hale, agreed."
    b = _builder(text, [("a1", "Ana Rivas", "person"), ("a2", "Rivas of KIMS", "organization"),
                        ("a3", "Tom Hale", "person")], [("a1", 0, 9), ("a2", 36, 49), ("a3", 54, 62)])
    _surnames_of_members(b)
    assert {a.name for a in b.actors.values()} == {"Ana Rivas", "Tom Hale"}
    assert [m.text for m in b.mentions if m.actor_key == "a1"] == ["Ana Rivas", "Rivas"]


def test_a_surname_of_a_body_already_tagged_alone_is_one_mention():
    from newscoder.extract.actors.name_variants import _surnames_of_members

    text = "Ana Rivas led it. The lead authors, Rivas of KIMS and Tom Hale, agreed."
    b = _builder(text, [("a1", "Ana Rivas", "person"), ("a2", "Rivas of KIMS", "organization")],
                 [("a1", 0, 9), ("a1", 36, 41), ("a2", 36, 49)])
    _surnames_of_members(b)
    assert [(m.text, m.char_start) for m in b.mentions] == [("Ana Rivas", 0), ("Rivas", 36)]


def test_a_generic_chamber_of_a_place_without_provinces_takes_its_name(nlp):
    an = analyse_actors(nlp, "Hong Kong leader Carrie Lam spoke in the Legislative Council on Wednesday. Hong "
                             "Kong lawmakers shouted at her.")
    actors = actors_by_name(an)
    assert actors["Hong Kong Legislative Council"].country_iso3 == "HKG"
    assert "Legislative Council" not in actors


def test_a_legislative_chamber_of_a_named_province_is_the_provinces(nlp):
    an = analyse_actors(nlp, "Ontario premier Doug Ford spoke in the Legislative Assembly on Wednesday, in "
                             "Toronto, Canada.")
    actors = actors_by_name(an)
    assert actors["Ontario Legislative Assembly"].country_iso3 == "CAN"
    assert "Canadian Legislative Assembly" not in actors
