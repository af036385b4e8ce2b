"""Linking a quote's speaker to an actor when the actor analysis gives none or a shorter name (our own
sentences)."""

from __future__ import annotations

from conftest import analyse_quotes as analyse
from conftest import speaker_names
from newscoder.extract.speaker_links import _title_holder, link_speaker
from newscoder.extract.speaker_phrase import Speaker
from newscoder.records import ActorAnalysis, LocalActor, Mention


def test_surname_alone_is_the_person_named_in_full_before(nlp):
    text = ("Two roads were shut. Chief Inspector Rosalind Achterberg of the city police gave the figures. "
            "Achterberg said that nobody had been hurt.")
    doc = nlp(text)
    full = text.index("Rosalind")
    police = LocalActor("o1", "city police", "organization")
    where = (text.index("city"), text.index(" gave"))
    actors = ActorAnalysis([police], [Mention("o1", "city police", *where, "name", 1, "")])
    at = text.rindex("Achterberg")
    sp = Speaker("Achterberg", at, at + len("Achterberg"), "noun")  # the parser may read it as a common noun
    key = link_speaker(doc, actors, sp)
    actor = actors.get(key)
    assert (actor.name, actor.actor_type) == ("Rosalind Achterberg", "person")
    assert {(m.char_start, m.text) for m in actors.mentions if m.actor_key == key} == {
        (full, "Rosalind Achterberg"), (at, "Achterberg")}


def test_surname_is_not_guessed_when_two_full_names_end_in_it(nlp):
    text = ("The farm is run by Rosalind Achterberg and her brother Piet Achterberg. "
            "Achterberg said that the harvest was late.")
    doc = nlp(text)
    at = text.rindex("Achterberg")
    actors = ActorAnalysis([], [])
    assert link_speaker(doc, actors, Speaker("Achterberg", at, at + 10, "noun")) is None
    # the full name is still linked when written whole
    at = text.index("Rosalind")
    assert link_speaker(doc, actors, Speaker("Rosalind Achterberg", at, at + 19, "name")) is not None


def test_title_alone_is_the_one_person_holding_it(nlp):
    text = ("President Maria Vandeleur opened the new bridge on Monday. The President said that the crossing "
            "would cut the journey to the coast by an hour.")
    qs, actors = analyse(nlp, text)
    assert ("The President", "Maria Vandeleur") in speaker_names(qs, actors)


def test_untagged_outlet_in_speaker_position_becomes_an_actor(nlp):
    text = "Three roads were closed after the landslide. Kabarnetpost reported that two villages were cut off."
    qs, actors = analyse(nlp, text)
    assert [(q.quote_text, q.speaker_text) for q in qs] == [("two villages were cut off", "Kabarnetpost")]
    actor = actors.get(qs[0].speaker_key)
    assert (actor.name, actor.actor_type) == ("Kabarnetpost", "organization")
    assert any(m.actor_key == actor.key and m.text == "Kabarnetpost" for m in actors.mentions)


def test_longest_matching_name_wins():
    amazon = LocalActor("o1", "Northwind", "organization")
    cloud = LocalActor("o2", "Northwind Cloud Services", "organization")
    actors = ActorAnalysis([amazon, cloud], [Mention("o1", "Northwind", 0, 9, "name", 0, "")])
    sp = Speaker("Northwind Cloud Services", 0, 24, "name")
    assert link_speaker(None, actors, sp) == "o2"  # not the shorter "Northwind" whose mention overlaps


def test_shared_surname_stays_unlinked_when_two_people_carry_it(nlp):
    doc = nlp("Ann Castellano and Bob Castellano won. " * 5 + "Castellano said that it was a fine day.")
    ann = LocalActor("p1", "Ann Castellano", "person", aliases=["Castellano"])
    bob = LocalActor("p2", "Bob Castellano", "person")
    actors = ActorAnalysis([ann, bob], [])
    sp = Speaker("Castellano", 200, 210, "name")
    assert link_speaker(doc, actors, sp) is None
    # the whole name still decides
    assert link_speaker(doc, actors, Speaker("Bob Castellano", 200, 214, "name")) == "p2"


def test_person_of_a_firm_is_the_person_not_the_firm(nlp):
    text = ("Tomas Wieczorek of Harbourlight Marine said that the buoys would be replaced before winter.")
    qs, actors = analyse(nlp, text)
    assert [q.quote_text for q in qs] == ["the buoys would be replaced before winter"]
    actor = actors.get(qs[0].speaker_key)
    assert (actor.name, actor.actor_type) == ("Tomas Wieczorek", "person")


def test_definite_title_is_the_one_person_introduced_with_it(nlp):
    text = ("The harbour reopened on Friday. Piers Olusanya, the port commissioner, inspected the new quay. "
            "The commissioner said that ferries would run again from Monday.")
    qs, actors = analyse(nlp, text)
    assert ("The commissioner", "Piers Olusanya") in speaker_names(qs, actors)


def test_definite_title_is_not_guessed_when_two_were_introduced_with_it(nlp):
    text = ("Piers Olusanya, the port commissioner, met Dana Whitlock, the water commissioner, on the quay. "
            "The commissioner said that ferries would run again from Monday.")
    doc = nlp(text)
    olu, dana = LocalActor("p1", "Piers Olusanya", "person"), LocalActor("p2", "Dana Whitlock", "person")
    mentions = [Mention("p1", "Piers Olusanya", 0, 14, "name", 0, ""),
                Mention("p2", "Dana Whitlock", text.index("Dana"), text.index("Dana") + 13, "name", 0, "")]
    at = text.index("The commissioner")
    sp = Speaker("The commissioner", at, at + 16, "noun")
    assert _title_holder(doc, ActorAnalysis([olu, dana], mentions), sp) is None
    # with one of them named, the title is hers
    assert _title_holder(doc, ActorAnalysis([dana], mentions[1:]), sp) == "p2"


def test_definite_body_noun_is_the_one_body_named_with_it(nlp):
    text = ("The Harvest Union Party chose a new leader on Sunday. The party said that the vote had been fair.")
    qs, actors = analyse(nlp, text)
    assert ("The party", "Harvest Union Party") in speaker_names(qs, actors)


def test_untagged_word_that_is_part_of_a_persons_name_elsewhere_is_no_new_body(nlp):
    text = ("Governor Pell Hardcastle toured the dam. Three roads were closed after the landslide. "
            "Hardcastle reported that two villages were cut off.")
    doc = nlp(text)
    at = text.rindex("Hardcastle")
    actors = ActorAnalysis([], [])
    key = link_speaker(doc, actors, Speaker("Hardcastle", at, at + 10, "name"))
    # the surname goes to the person named in full before it, never to a new organisation "Hardcastle"
    assert key is not None and (actors.get(key).name, actors.get(key).actor_type) == ("Pell Hardcastle", "person")
