"""Event targets: a place that only says where a noun is is no target; a definite "the attack" takes the party
the attack told just before hit. Sentences written for this file (none from a gold set)."""

from __future__ import annotations

import pytest

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.events.arguments import locative_place
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, registry, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(trigger, PLOVER type, source name, target name) of each event."""
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    events = extract_events(doc, article, actors, extract_timex(doc, article), quotes)
    name = {a.key: a.name for a in actors.actors}
    return [(e.trigger, e.plover_type, name.get(e.source_key), name.get(e.target_key)) for e in events]


@pytest.mark.parametrize("text, noun, place, expected", [
    ("The court fined a blogger in Ireland for the post.", "blogger", "Ireland", True),
    ("The senator quoted a message by a priest in Mexico.", "priest", "Mexico", True),
    # a place inside a place is the wider place itself, and a force in a country serves there
    ("Officials questioned several guards at the border near Chile.", "border", "Chile", False),
    ("France sent troops to a peace-keeping force in Mali.", "force", "Mali", False),
    # a party phrase names whom the act is aimed at: not a locative
    ("The council imposed sanctions against Iran on Monday.", "sanctions", "Iran", False),
    # a locative phrase with no place in it ("in the morning") is not a place
    ("The envoy met a minister in the morning.", "minister", "morning", False),
])
def test_locative_place_on_a_noun(nlp, text, noun, place, expected):
    doc = nlp(text)
    obj = next(t for t in doc if t.text == place)
    prep = obj.head
    assert prep.dep_ == "prep" and (prep.head.text == noun or not expected)
    assert locative_place(prep) is expected


def test_definite_attack_takes_the_party_hit_before(nlp, registry):
    text = ("A car bomb hit a barracks of the Colombian army near Cali on Monday. "
            "On Tuesday the ELN said it had carried out the attack.")
    events = code(nlp, registry, text)
    attack = [e for e in events if e[0] == "carried out the attack"]
    assert attack and attack[0][1] == "ASSAULT"
    assert attack[0][2] == "National Liberation Army" and attack[0][3] is not None and "Colombia" in attack[0][3]


def test_attack_named_by_its_own_phrase_keeps_its_target(nlp, registry):
    # "the attack on X": the phrase names the party itself; nothing is taken from the sentence before
    text = ("Drones struck a barracks of the Colombian army on Monday. "
            "The ELN said it had carried out the attack on Venezuela.")
    events = code(nlp, registry, text)
    attack = [e for e in events if "attack" in e[0]]
    assert attack and attack[0][2] == "National Liberation Army" and attack[0][3] == "Venezuela"


@pytest.mark.parametrize("text, source, target", [
    ("Senator Ann Wells criticised the closure of the mine by the company Nordic Metals on Monday.",
     "Ann Wells", "Nordic Metals"),
    ("Sweden rejected the offer made by Nordic Metals on Monday.", "Sweden", "Nordic Metals"),
])
def test_a_judgement_of_an_act_is_aimed_at_its_doer(nlp, registry, text, source, target):
    events = code(nlp, registry, text)
    assert [(e[2], e[3]) for e in events if e[1] in ("DISAPPROVE", "REJECT")] == [(source, target)]


def test_a_judged_act_with_no_doer_keeps_its_patient(nlp, registry):
    # no "by" phrase: the one the act was done to stays the target
    events = code(nlp, registry, "Senator Ann Wells criticised the arrest of Maria Lopez on Monday.")
    assert [(e[2], e[3]) for e in events if e[1] == "DISAPPROVE"] == [("Ann Wells", "Maria Lopez")]



def test_company_named_in_full_is_the_target_not_its_state(nlp):
    # the company is called by its short name elsewhere; the act hits it, not the state its adjective names
    from newscoder.extract.events.arguments import _actor_of
    from newscoder.records import ActorAnalysis, LocalActor, Mention
    text = "Germany banned Iranian airline Delara Air from flying in the country."
    doc = nlp(text)
    obj = next(t for t in doc if t.dep_ == "dobj")
    start = text.index("Iranian")
    actors = ActorAnalysis(
        actors=[LocalActor("a1", "Iran", "state", "IRN"), LocalActor("a2", "Delara", "organization")],
        mentions=[Mention("a1", "Iranian", start, start + 7, "name", 0, text)])
    assert obj.text == "Air" and actors.actor_at(start, start + 7) == "a1"
    assert _actor_of(obj, actors, set()) == "a2"
    # with no actor of that name, the state stays the party
    actors.actors.pop()
    assert _actor_of(obj, actors, set()) == "a1"


def test_protest_outside_of_a_body_is_addressed_to_it(nlp, registry):
    events = code(nlp, registry, "Farmers protested outside of the Norwegian Parliament on Monday.")
    assert ("protested", "PROTEST", "farmers", "Norwegian Parliament") in events


@pytest.mark.parametrize("text, trigger, source", [
    # a state's own air force is how it strikes, not whom
    ("Egypt joined the war in 2016, providing airstrikes with the Egyptian Air Force.", "providing airstrikes",
     "Egypt"),
    # nor do the source's own soldiers name its state as the target of their deployment
    ("Norwegian Prime Minister Anna Berg said on Monday she would deploy 2,000 Norwegian soldiers along the Baltic "
     "coast.", "deploy", "Anna Berg"),
])
def test_the_sources_own_forces_are_no_target(nlp, registry, text, trigger, source):
    events = code(nlp, registry, text)
    rows = [e for e in events if e[0] == trigger]
    assert rows and rows[0][2] == source and rows[0][3] is None


def test_own_forces_of_another_state_stay_the_target(nlp, registry):
    # the same armed body is a target when another state acts on it
    events = code(nlp, registry, "Libya attacked the Egyptian Air Force on Monday.")
    assert [(e[2], e[3]) for e in events if e[1] in ("ASSAULT", "FIGHT")] == [("Libya", "Egyptian Air Force")]


@pytest.mark.parametrize("text, source, target", [
    # the source's own state moved out of a deal: the party is whom the deal is with
    ("Norwegian Prime Minister Anna Berg withdrew Norway from the fishing treaty with Iceland in May.", "Anna Berg",
     "Iceland"),
])
def test_own_state_withdrawn_from_a_deal(nlp, registry, text, source, target):
    events = code(nlp, registry, text)
    rows = [e for e in events if e[0] == "withdrew"]
    assert rows and (rows[0][2], rows[0][3]) == (source, target)


@pytest.mark.parametrize("text, trigger, source, target", [
    # an object pronoun is never its own clause's subject: "him" is the president met before
    ("President Omar Diaz of Peru met General Mark Jones in June. On Tuesday, Jones criticised him in a speech.",
     "criticised", "Mark Jones", "Omar Diaz"),
    ("President Omar Diaz of Peru met Senator Mark Jones in June. On Tuesday, Jones praised him in a speech.",
     "praised", "Mark Jones", "Omar Diaz"),
])
def test_object_pronoun_target_is_not_the_subject(nlp, registry, text, trigger, source, target):
    events = code(nlp, registry, text)
    assert [(e[2], e[3]) for e in events if e[0] == trigger] == [(source, target)]


def test_a_gunman_shooting_an_office_holder_is_coded(nlp, registry):
    # the pronoun is the senator named before (not the gunman), and an attack on an office holder is political
    text = "Senator Omar Diaz of Peru spoke in Lima in June. On Tuesday, Mark Jones shot him outside the hotel."
    events = code(nlp, registry, text)
    assert [(e[1], e[2], e[3]) for e in events if e[0] == "shot"] == [("ASSAULT", "Mark Jones", "Omar Diaz")]


def test_after_a_preposition_the_pronoun_may_be_the_subject(nlp, registry):
    # "with him" is the subject himself: the object rule does not apply after a preposition
    text = "Senator Omar Diaz met Mark Jones in Lima on Monday. Jones brought his daughter with him."
    doc = nlp(text)
    actors = extract_actors(doc, make_article(text), registry)
    names = {a.key: a.name for a in actors.actors}
    him = next(m for m in actors.mentions if m.text == "him")
    assert names[him.actor_key] == "Mark Jones"


def test_a_thing_issued_by_a_named_body_is_that_bodys(nlp, registry):
    # "with the subpoena issued by X": a reduced relative, not an absolute "with" clause
    text = "Senator Jane Roe refused to comply with the subpoena issued by the Senate Judiciary Committee."
    events = code(nlp, registry, text)
    assert [(e[2], e[3]) for e in events if e[0] == "refused"] == [("Jane Roe", "Senate Judiciary Committee")]


def test_the_withdrawal_told_as_leaving(nlp, registry):
    text = ("On Sunday, President Donald Trump announced US troops would be leaving Syria. "
            "The Syrian Democratic Forces opposed the withdrawal on Monday.")
    events = code(nlp, registry, text)
    # (the troops leave at their state's decision: the opposition is aimed at the state)
    assert [(e[2], e[3]) for e in events if e[0] == "opposed"] == [("Syrian Democratic Forces", "United States")]


@pytest.mark.parametrize("text, trigger, source, target", [
    # "in response to / in protest at" the act of a party: that party is the target
    ("On Monday, Peru's Labour Party withdrew from the election in response to a statement from President Omar "
     "Diaz.", "withdrew", "Labour Party", "Omar Diaz"),
    ("Foreign Minister Anna Berg of Norway resigned on Monday in protest at Prime Minister Omar Diaz's fishing deal.",
     "resigned", "Anna Berg", "Omar Diaz"),
    ("On Monday, the Peruvian army withdrew from the border town in response to a demand by Chile.", "withdrew",
     "Peruvian army", "Chile"),
])
def test_the_party_an_act_answers(nlp, registry, text, trigger, source, target):
    events = code(nlp, registry, text)
    assert [(e[2], e[3]) for e in events if e[0] == trigger] == [(source, target)]


@pytest.mark.parametrize("text, trigger, source, target", [
    # the party of the object nominal: possessor, compound, from-phrase; the beneficiary of aid; a protest's seat
    ("The Syrian Democratic Forces opposed the US withdrawal from the border area on Monday.", "opposed",
     "Syrian Democratic Forces", "United States"),
    ("Germany condemned Turkey's operation in northern Syria on Tuesday.", "condemned", "Germany", "Turkey"),
    ("Senator Jane Roe refused the subpoenas from the Senate Judiciary Committee.", "refused", "Jane Roe",
     "Senate Judiciary Committee"),
    ("Japan pledged funds for Syria's reconstruction on Friday.", "pledged", "Japan", "Syria"),
    ("Greenpeace protested outside the Norwegian parliament on Friday.", "protested", "Greenpeace",
     "Norwegian Parliament"),
])
def test_the_party_of_the_object_nominal(nlp, registry, text, trigger, source, target):
    events = code(nlp, registry, text)
    assert [(e[2], e[3]) for e in events if e[0] == trigger] == [(source, target)]


def test_a_figurative_fight_with_an_office_holder_stays_dropped(nlp, registry):
    # only physical harm makes a private person's act on an office holder political violence
    text = "Mark Jones helped fight Senator Omar Diaz over the mascot in June. Mark Jones shot Senator Omar Diaz."
    events = code(nlp, registry, text)
    assert [(e[0], e[2], e[3]) for e in events] == [("shot", "Mark Jones", "Omar Diaz")]
