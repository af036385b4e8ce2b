"""The per-article stage: one failing extractor costs only its own rows, and is reported."""

from __future__ import annotations

import newscoder.stages as stages
from conftest import make_article


def test_a_failing_extractor_is_reported_and_the_others_still_run(nlp, monkeypatch):
    def broken(*args):
        raise ValueError("unexpected token")

    monkeypatch.setattr(stages, "code_events", broken)
    text = 'Mexican President Claudia Sheinbaum said on Sunday: "We will send aid."'
    article = make_article(text, date="2026-02-02")
    rec = stages.process_article(nlp(text), article)
    assert rec.failures == [("events", "ValueError: unexpected token")]
    assert rec.events == []
    assert [q.quote_text for q in rec.quotes] == ["We will send aid."]
    assert any(a.name == "Claudia Sheinbaum" for a in rec.actors)
    assert [t.value for t in rec.timex] == ["2026-02-01"]


def test_no_failures_on_the_seed_article(seed_article, seed_doc):
    rec = stages.process_article(seed_doc, seed_article)
    assert rec.failures == []
    # every extractor contributed rows
    assert (len(rec.quotes), any(e.plover_type == "THREATEN" for e in rec.events)) == (15, True)
    assert {"Donald Trump", "Claudia Sheinbaum"} <= {a.name for a in rec.actors}
