"""A conjunct of a clause that is another act's content is content too (our own sentences)."""

from __future__ import annotations

from test_eventness import code


def _coded(events):
    return [(e.trigger, e.cameo_code, src, tgt) for e, src, tgt in events]


def test_a_second_alleged_clause_is_what_is_alleged(nlp):
    events = code(nlp, "Peru alleged that Chile knew of the plot and that Chilean troops had attacked Bolivia.")
    assert _coded(events) == [("alleged", "112", "Peru", "Chile")]


def test_a_second_threatened_act_is_what_is_threatened(nlp):
    events = code(nlp, "Peru threatened to impose sanctions on Chile and to expel its ambassador.")
    assert _coded(events) == [("threatened", "130", "Peru", "Chile")]


def test_a_conjunct_of_the_governing_act_is_an_act_of_its_own(nlp):
    events = code(nlp, "Peru accused Chile of spying and attacked Bolivia on Monday.")
    assert _coded(events) == [("accused", "112", "Peru", "Chile"), ("attacked", "180", "Peru", "Bolivia")]


def test_a_finite_verb_joined_to_an_urged_act_is_an_act_of_its_own(nlp):
    events = code(nlp, "Peru's foreign minister Ana Costa urged Chile to reconsider and spoke with Bolivian "
                       "foreign minister Juan Mamani about the case on Monday.")
    # (a consultation is coded once, from the one the text says spoke, not mirrored back)
    assert [(t, c, s) for t, c, s, _ in _coded(events)] == [
        ("urged", "020", "Ana Costa"), ("spoke", "040", "Ana Costa")]
