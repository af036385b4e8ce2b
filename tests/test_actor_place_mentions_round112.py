"""A country's name as where people come from ("to assist migrants from X", "won by Ana Ray from X", with
"from" hung on the verb) or as where a stretch of land lies ("the X/Y border region") is a place, not the state
(round 112; our own sentences); so is a county's name as the area a weather notice covers. The acting mentions
next to them stay."""

from __future__ import annotations

from conftest import analyse_actors, mention_texts


def _names(an) -> set[str]:
    return {a.name for a in an.actors}


def test_people_from_a_country_after_a_verb_is_the_place(nlp):
    text = "Ghana said on Monday it would send food. Charities called for more effort to assist migrants from Ghana."
    an = analyse_actors(nlp, text)
    assert mention_texts(an, "Ghana") == ["Ghana", "it"]  # the state acting stays; the origin goes
    assert "migrants" in _names(an)


def test_a_runner_from_a_country_is_no_state_actor(nlp):
    text = "The old record, held by Ana Ray also from Peru, remained intact."
    an = analyse_actors(nlp, text)
    assert "Peru" not in _names(an)
    assert "Ana Ray" in _names(an)


def test_a_border_region_is_the_place(nlp):
    text = "Peru sent troops on Monday. Rebels attacked a base in the Chad/Peru border region."
    an = analyse_actors(nlp, text)
    assert mention_texts(an, "Peru") == ["Peru"]  # the sender stays; the region's name goes


def test_envoys_expelled_from_a_country_stay_the_states(nlp):
    text = "Peru expelled diplomats from Chile. Chile said it would respond."
    an = analyse_actors(nlp, text)
    assert mention_texts(an, "Chile")[:2] == ["Chile", "Chile"]  # the state whose envoys they are


def test_border_guards_of_a_country_stay_the_states(nlp):
    text = "Peru's government said the Peru border guards fired."
    an = analyse_actors(nlp, text)
    assert mention_texts(an, "Peru") == ["Peru", "Peru"]


def test_a_county_under_a_weather_notice_is_the_land(nlp):
    text = "Forecasters put Lake County under a tornado warning. Lake County said it would open shelters."
    an = analyse_actors(nlp, text)
    got = [(m.text, m.char_start) for m in an.mentions
           if m.actor_key == next(a.key for a in an.actors if a.name == "Lake County")]
    assert ("Lake County", text.index("Lake County")) not in got  # the area under the warning
    assert ("Lake County", text.rindex("Lake County")) in got  # the county's government acting
