"""Names holding more or less than one actor's name (our own sentences): invisible characters, a glued
article, a body word glued to a person, two names joined by a small word, appositive and "also called"
names of one body."""

from __future__ import annotations

from conftest import analyse_actors, mention_texts
from newscoder.extract.actors.name_forms import strip_format_chars
from newscoder.resolve.registry import normalize_name


def _names(an) -> set[str]:
    return {a.name for a in an.actors}


def test_format_characters_are_no_part_of_a_name():
    assert strip_format_chars("Kelby Courier\u200d") == "Kelby Courier"
    assert strip_format_chars("Ana\u00adRay") == "AnaRay"
    assert normalize_name("Kelby Courier\u200d") == normalize_name("Kelby Courier") == "kelby courier"


def test_actor_name_loses_a_zero_width_joiner(nlp):
    an = analyse_actors(nlp, "The weekly newspaper Kelby Courier\u200d's editor, Ana Morrow, said the "
                             "report was wrong. Morrow spoke in Toronto on Monday.")
    names = _names(an)
    assert "Kelby Courier" in names
    assert not any("\u200d" in n for n in names)


def test_lower_case_article_is_not_glued_to_a_body_name(nlp):
    an = analyse_actors(nlp, "Waves were recorded offshore by a National Harbour Survey Agency (NHSA) buoy, "
                             "the agency said on Tuesday.")
    names = _names(an)
    assert any(n.startswith("National Harbour Survey Agency") for n in names)
    assert not any(n.startswith(("a ", "an ")) for n in names)


def test_body_word_of_a_title_glued_to_a_person_is_that_person(nlp):
    an = analyse_actors(nlp, "The magazine also considered the Speaker of the House Marta Delgado, and "
                             "others, for the award.")
    people = {a.name: a.actor_type for a in an.actors}
    assert people.get("Marta Delgado") == "person"
    assert not any(n.startswith("House ") for n in people)


def test_two_names_joined_by_for_are_two_actors_when_the_tail_is_an_actor(nlp):
    an = analyse_actors(nlp, "The bassist Tom Hale left Kelby Brass Ensemble for The Marlow Sound in 1970. "
                             "A spokesman for The Marlow Sound said Hale was welcome.")
    names = _names(an)
    # "The" written capitalised mid-sentence every time is the band's own (round 67)
    assert {"Kelby Brass Ensemble", "The Marlow Sound", "Tom Hale"} <= names
    assert not any(" for " in n for n in names)
    marlow = mention_texts(an, "The Marlow Sound")
    assert len(marlow) == 2 and marlow[0] == "The Marlow Sound"  # the tail of the joined span is its mention


def test_a_name_with_for_stays_whole_when_its_tail_is_no_actor(nlp):
    an = analyse_actors(nlp, "The Centre for Coastal Weather Studies said the storm would weaken. The "
                             "Centre for Coastal Weather Studies is based in Kelby.")
    assert "Centre for Coastal Weather Studies" in _names(an)


def test_descriptor_in_apposition_to_a_proper_name_is_that_body(nlp):
    an = analyse_actors(nlp, "After the king died, Fiji's parliament, the National Council, was closed. The "
                             "parliament will meet again in March, and the parliament will elect a new leader.")
    bodies = [a for a in an.actors if a.actor_type == "organization"]
    assert len(bodies) == 1 and bodies[0].name.endswith("National Council")
    assert bodies[0].country_iso3 == "FJI"


def test_also_called_gives_another_name_of_the_same_body(nlp):
    an = analyse_actors(nlp, "She studied at Kelby State Medical University, also called Marlow University. "
                             "Two students from Marlow University won prizes.")
    names = _names(an)
    assert "Kelby State Medical University" in names and "Marlow University" not in names
    assert mention_texts(an, "Kelby State Medical University").count("Marlow University") == 2


def _builder(nlp, text: str, actors: list[tuple[str, list[str], str]]):
    """A builder holding organisations with mentions at the first occurrences of the given texts, and the
    parsed doc."""
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor, Mention

    doc = nlp(text)
    b = ActorBuilder(None)
    for i, (name, texts, kind) in enumerate(actors):
        key = f"a{i + 1}"
        b.actors[("org", i)] = LocalActor(key=key, name=name, actor_type="organization")
        pos = 0
        for t in texts:
            start = text.index(t, pos)
            pos = start + 1
            b.mentions.append(Mention(key, t, start, start + len(t), kind, 0, ""))
    return b, doc


def test_an_organisation_written_only_as_the_end_of_a_longer_name_is_that_organisation(nlp):
    from newscoder.extract.actors.name_forms import tails_of_written_names

    text = "The Center for Kelby Wildlife announced a count. Remarked Center for Kelby Wildlife scientist Ana Ray."
    b, doc = _builder(nlp, text, [("Center for Kelby Wildlife", ["Center for Kelby Wildlife"], "name"),
                                  ("Kelby Wildlife", ["Kelby Wildlife"], "name")])
    # the second actor's mention is the one inside "Remarked Center for Kelby Wildlife"
    b.mentions[1] = b.mentions[1].__class__("a2", "Kelby Wildlife", text.rindex("Kelby Wildlife"),
                                            text.rindex("Kelby Wildlife") + 14, "name", 0, "")
    tails_of_written_names(b, doc)
    assert [a.name for a in b.actors.values()] == ["Center for Kelby Wildlife"]
    assert [(m.actor_key, m.text, m.char_start) for m in b.mentions] == [
        ("a1", "Center for Kelby Wildlife", 4), ("a1", "Center for Kelby Wildlife", text.rindex("Center"))]


def test_an_organisation_also_written_alone_is_not_a_tail(nlp):
    from newscoder.extract.actors.name_forms import tails_of_written_names

    text = "The Center for Kelby Wildlife met. Kelby Wildlife, a charity, said it would help."
    b, doc = _builder(nlp, text, [("Center for Kelby Wildlife", ["Center for Kelby Wildlife"], "name"),
                                  ("Kelby Wildlife", ["Kelby Wildlife"], "name")])
    b.mentions[1] = b.mentions[1].__class__("a2", "Kelby Wildlife", text.rindex("Kelby Wildlife"),
                                            text.rindex("Kelby Wildlife") + 14, "name", 0, "")
    tails_of_written_names(b, doc)
    assert sorted(a.name for a in b.actors.values()) == ["Center for Kelby Wildlife", "Kelby Wildlife"]


def test_country_of_a_title_glued_to_another_actors_name_is_that_actor(nlp):
    from newscoder.extract.actors.name_forms import people_behind_body_words

    text = "Speakers included the First Minister of Norway Ana Ray. Later, Ana Ray said it was a good day."
    b, _ = _builder(nlp, text, [("Norway Ana Ray", ["Norway Ana Ray"], "name"), ("Ana Ray", ["Ana Ray"], "name")])
    b.mentions[1] = b.mentions[1].__class__("a2", "Ana Ray", text.rindex("Ana Ray"), text.rindex("Ana Ray") + 7,
                                            "name", 0, "")
    people_behind_body_words(b)
    assert [a.name for a in b.actors.values()] == ["Ana Ray"]
    assert [(m.text, m.char_start) for m in b.mentions] == [("Ana Ray", text.index("Ana Ray")),
                                                            ("Ana Ray", text.rindex("Ana Ray"))]
