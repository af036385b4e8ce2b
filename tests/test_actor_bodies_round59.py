"""Names of national bodies, round 59 (our own sentences): a legislature descriptor beside the legislature's
proper name, a legislature named with the ordinal of its term, "Cabinet" capitalised alone in a story of one
country, "the Administration" beside "<leader> administration", and a broadcaster's short name beside its
news division's name."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, mention_texts
from newscoder.extract.actors.builder import ActorBuilder
from newscoder.extract.actors.fuller_names import descriptor_bodies
from newscoder.records import LocalActor, Mention


def test_a_legislature_descriptor_joins_the_named_legislature(nlp):
    an = analyse_actors(nlp, "Judges in Oslo ruled that the Parliament of Norway had acted lawfully. The ministers "
                             "argued that the power was given by the legislature to the executive.")
    actors = actors_by_name(an)
    assert "Norwegian legislature" not in actors
    assert actors["Parliament of Norway"].country_iso3 == "NOR"
    assert "legislature" in mention_texts(an, "Parliament of Norway")


def test_an_ordinal_term_of_a_legislature_is_the_legislature(nlp):
    an = analyse_actors(nlp, "Members of the 118th U.S. Congress were sworn in on Tuesday. Senator Dana Whitfield "
                             "said Congress must pass a budget.")
    actors = actors_by_name(an)
    assert "118th U.S. Congress" not in actors
    assert "118th U.S. Congress" in mention_texts(an, "United States Congress")
    assert actors["Dana Whitfield"].actor_type == "person"


def test_ordinals_of_courts_and_units_stay(nlp):
    an = analyse_actors(nlp, "The Second Circuit Court of Appeals ruled on Monday. The 2nd Infantry Division left "
                             "Seoul.")
    actors = actors_by_name(an)
    assert "Second Circuit Court of Appeals" in actors
    assert "2nd Infantry Division" in actors


def test_cabinet_alone_in_a_story_of_one_country(nlp):
    # the Cabinet acts here: a body named only in "Cabinet officers" is no actor (round 67)
    an = analyse_actors(nlp, "The Senate voted to hold two current Cabinet officers, Energy Secretary Paul Dorn and "
                             "Interior Secretary Mia Vale, in contempt of Congress. The Department of Justice "
                             "objected, and the Cabinet rejected the vote.")
    actors = actors_by_name(an)
    assert "Cabinet" not in actors
    assert actors["US Cabinet"].country_iso3 == "USA"
    assert actors["Paul Dorn"].actor_type == "person"


def test_cabinet_alone_in_a_story_of_two_countries_stays_bare(nlp):
    an = analyse_actors(nlp, "The Senate voted to hold two current Cabinet officers in contempt. The Department of "
                        "Justice and the Mexican Foreign Ministry objected.")
    actors = actors_by_name(an)
    assert "US Cabinet" not in actors
    assert actors["Mexican Foreign Ministry"].country_iso3 == "MEX"


def _mention(key: str, text: str, start: int) -> Mention:
    return Mention(key, text, start, start + len(text), "name", 0, "test")


def test_the_administration_joins_the_owner_of_the_leaders_administration():
    b = ActorBuilder(registry=None)
    state = LocalActor(key="a1", name="Chile", actor_type="state", country_iso3="CHL")
    bare = LocalActor(key="a2", name="Administration", actor_type="organization")
    b.actors = {("state", "CHL"): state, ("org", "Administration"): bare}
    b.mentions = [_mention("a1", "Rivas administration", 0), _mention("a2", "Administration", 40)]
    descriptor_bodies(b)
    assert [a.name for a in b.actors.values()] == ["Chile"]
    assert {m.actor_key for m in b.mentions} == {"a1"}


def test_the_administration_stays_when_two_owners_have_administrations():
    b = ActorBuilder(registry=None)
    one = LocalActor(key="a1", name="Chile", actor_type="state", country_iso3="CHL")
    two = LocalActor(key="a3", name="Peru", actor_type="state", country_iso3="PER")
    bare = LocalActor(key="a2", name="Administration", actor_type="organization")
    b.actors = {("state", "CHL"): one, ("org", "Administration"): bare, ("state", "PER"): two}
    b.mentions = [_mention("a1", "Rivas administration", 0), _mention("a2", "Administration", 40),
                  _mention("a3", "Lopez administration", 80)]
    descriptor_bodies(b)
    assert "Administration" in [a.name for a in b.actors.values()]


def test_a_broadcasters_short_name_joins_its_news_division(nlp):
    an = analyse_actors(nlp, "CBS reported the fire on Sunday. CBS News said three people died, according to the "
                             "Los Angeles Fire Department.")
    actors = actors_by_name(an)
    assert "CBS" not in actors
    assert "CBS" in mention_texts(an, "CBS News")
    assert "Los Angeles Fire Department" in actors
