"""A state the event coder adds for a target ("an attack on Danish cargo ships" names Denmark without a
mention) stays only when a kept event refers to it: otherwise the article would count an actor row that
nothing in it mentions or uses."""

from __future__ import annotations

from conftest import make_article
from newscoder.stages import process_article


def _records(nlp, registry, text: str):
    article = make_article(text, date="2026-03-01")
    return process_article(nlp(article.text), article, registry)


def _unsupported(rec) -> list[str]:
    used = {m.actor_key for m in rec.mentions} | {a.parent_key for a in rec.actors if a.parent_key}
    used |= {e.source_key for e in rec.events} | {e.target_key for e in rec.events}
    used |= {q.speaker_key for q in rec.quotes}
    return [a.name for a in rec.actors if a.key not in used]


def test_state_of_a_dropped_candidate_event_is_not_kept(nlp, registry):
    rec = _records(nlp, registry, "The frigate returned to port after an attack on Danish cargo ships. "
                                  "Captain Ola Brekke said the crew was tired.")
    names = {a.name for a in rec.actors}
    assert "Ola Brekke" in names
    assert "Denmark" not in names
    assert _unsupported(rec) == []


def test_state_an_event_targets_is_kept(nlp, registry):
    rec = _records(nlp, registry, "Rebels attacked Chadian trucks near the border on Monday, the army said.")
    by_key = {a.key: a for a in rec.actors}
    assert any(by_key[e.target_key].name == "Chad" for e in rec.events if e.target_key)
    assert _unsupported(rec) == []
