"""Actor names, round 50 (our own sentences): dotted short forms of registered bodies, court and committee
names cut before their "for"/"on" part, editorial brackets inside a quoted name."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts
from newscoder.resolve.registry import load_registry, undot_initials


def test_dotted_initials_find_the_registered_body():
    reg = load_registry()
    assert undot_initials("U.S. Congress") == "US Congress"
    assert reg.lookup("U.S. Congress").name == "United States Congress"
    # spaced initials of a person's name are no short form and stay as written
    assert undot_initials("J. R. Kelby") == "J. R. Kelby"


def test_a_dotted_short_form_joins_the_registered_body(nlp):
    an = analyse_actors(nlp, "Both houses of the U.S. Congress must pass the amendment, Senator Dana Whitfield "
                             "said on Monday. Congress has not voted on term limits since 1995.")
    actors = actors_by_name(an)
    assert actors["United States Congress"].registry_id is not None
    assert "U.S. Congress" not in actors
    assert "U.S. Congress" in mention_texts(an, "United States Congress")


def test_a_district_court_is_named_with_its_district(nlp):
    an = analyse_actors(nlp, "The charity sued the agency on Monday. The case was filed in the US District Court "
                             "for the Eastern District of Kelbia, and the court will hear it in May.")
    names = [a.name for a in an.actors if "Court" in a.name]
    assert names == ["US District Court for the Eastern District of Kelbia"]


def test_a_select_committee_is_named_with_its_subject(nlp):
    an = analyse_actors(nlp, "Dana Whitfield chaired the House Select Committee on Harbour Safety for two years, "
                             "her office said on Tuesday.")
    names = [a.name for a in an.actors if "Committee" in a.name]
    assert names == ["House Select Committee on Harbour Safety"]


def test_a_committee_meeting_on_a_day_keeps_its_name(nlp):
    an = analyse_actors(nlp, "The House Select Committee met on Tuesday and Dana Whitfield said it would report "
                             "in March.")
    names = [a.name for a in an.actors if "Committee" in a.name]
    assert names == ["House Select Committee"]


def test_editorial_brackets_inside_a_quoted_name_are_dropped(nlp):
    an = analyse_actors(nlp, 'Dana Whitfield said: "The rebels will now side with [Omar al] Rashid because they '
                             'have nobody else." Rashid did not comment.')
    names = {a.name for a in an.actors}
    assert {"Dana Whitfield", "Omar al Rashid"} <= names
    assert not any("]" in n or "[" in n for n in names)


def _builder(text: str, actors: list[tuple[str, str]], spans: list[tuple[str, int, int]]):
    """An actor builder holding the given organisations (key, name) and name mentions (key, start, end)."""
    from newscoder.extract.actors.builder import ActorBuilder
    from newscoder.records import LocalActor, Mention

    b = ActorBuilder(registry=None)
    b.actors = {("e", key): LocalActor(key, name, "organization") for key, name in actors}
    b.mentions = [Mention(key, text[s:e], s, e, "name", 0, text) for key, s, e in spans]
    return b


def test_a_party_is_named_with_the_place_after_it(nlp):
    from newscoder.extract.actors.name_forms import subject_tails

    text = "Ana Ray of the Unity Party of Northern Ireland won in Belfast. The Unity Party of Bo Lee lost."
    doc = nlp(text)
    first, second = text.index("Unity Party"), text.rindex("Unity Party")
    b = _builder(text, [("p1", "Unity Party"), ("p2", "Labour Party")],
                 [("p1", first, first + 11), ("p2", second, second + 11)])
    subject_tails(b, doc)
    # a place after "of" names the party; a person after it does not
    assert [a.name for a in b.actors.values()] == ["Unity Party of Northern Ireland", "Labour Party"]


def test_a_states_dotted_initials_opening_a_group_name_are_written_undotted(nlp):
    an = analyse_actors(nlp, "U.S. troops left the base near the border on Monday, Captain Dana Whitfield said.")
    names = {a.name for a in an.actors}
    assert "US troops" in names
    assert "U.S. troops" not in names
