"""Groups named only by bare common nouns, and the peoples of a continent, make no published actor
(our own sentences; each test also asserts what must still be found)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.actors.bare_groups import is_bare_group_name, is_region_people
from newscoder.extract.mentions import extract_actors
from newscoder.stages import process_article


def _records(nlp, registry, text: str):
    art = make_article(text, date="2026-03-03")
    return process_article(nlp(art.text), art, registry)


def _names(rec) -> set[str]:
    return {a.name for a in rec.actors}


def test_a_bare_group_name_is_lower_case_words_only():
    assert is_bare_group_name("students") and is_bare_group_name("morning rush-hour passengers")
    assert not is_bare_group_name("Polish doctors") and not is_bare_group_name("G7 leaders")
    assert not is_bare_group_name("residents of Kelby")


def test_the_peoples_of_a_continent_are_a_region_not_a_state():
    assert is_region_people("Europeans") and is_region_people("West Africans")
    assert not is_region_people("Ghanaians") and not is_region_people("Hong Kong protesters")


def test_a_speaking_bare_group_goes_and_its_quote_keeps_the_words_unlinked(nlp, registry):
    rec = _records(nlp, registry, "Heavy rain flooded the old town of Kelby on Sunday. "
                                  "Local authorities said the bridge would stay closed until Friday. "
                                  "The Kelby Water Board said its pumps were working.")
    assert "local authorities" not in _names(rec) and "Local authorities" not in _names(rec)
    assert "Kelby Water Board" in _names(rec)
    by_speaker = {q.speaker_text: q for q in rec.quotes}
    assert by_speaker["Local authorities"].speaker_key is None
    board = next(a for a in rec.actors if a.name == "Kelby Water Board")
    assert by_speaker["The Kelby Water Board"].speaker_key == board.key


def test_a_bare_group_that_does_an_event_stays_as_its_doer(nlp, registry):
    rec = _records(nlp, registry, "Authorities seized the servers of the Varno Media Group on Tuesday.")
    doers = {a.key: a.name for a in rec.actors}
    assert any(doers.get(e.source_key, "").lower() == "authorities" for e in rec.events)


def test_a_bare_group_aimed_at_keeps_its_words_as_the_target_text(nlp, registry):
    rec = _records(nlp, registry, "Prime Minister Ana Ruiz urged residents to evacuate.")
    assert "residents" not in _names(rec)
    event = next(e for e in rec.events if e.source_key is not None)
    source = next(a for a in rec.actors if a.key == event.source_key)
    assert source.name == "Ana Ruiz"
    assert (event.target_key, event.target_text) == (None, "residents")


def test_a_group_the_text_qualifies_is_kept(nlp, registry):
    rec = _records(nlp, registry, "Scientists at the Ocean Institute said the reef was recovering. "
                                  "Students gathered outside the hall on Monday.")
    assert "scientists of Ocean Institute" in _names(rec)
    assert "students" not in _names(rec) and "Students" not in _names(rec)


def test_people_of_a_continent_make_no_actor(nlp, registry):
    art = make_article("The islanders had no contact with Europeans until 1722, when Dutch sailors "
                       "landed on the island.", date="2026-03-03")
    names = {a.name for a in extract_actors(nlp(art.text), art, registry).actors}
    assert "Europeans" not in names
    assert "Dutch sailors" in names
