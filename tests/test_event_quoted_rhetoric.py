"""Acts told inside a direct quotation as opinion or characterisation are rhetoric, not events (our own
example sentences)."""

from __future__ import annotations

from test_eventness import code, triggers


def test_a_quoted_characterisation_is_no_event_but_a_quoted_past_act_is(nlp):
    text = ('Amnesty International said on Monday: "The Peruvian government has chosen to arrest journalists." '
            'Maria Lopez, a lawyer, said: "Peruvian police arrested my brother."')
    events = code(nlp, text)
    assert triggers(events).count("arrest") == 0
    arrests = [(e.cameo_code, src) for e, src, _ in events if e.trigger == "arrested"]
    assert arrests and arrests[0][1] is not None and arrests[0][0].startswith("17")


def test_a_quoted_negated_or_modal_clause_is_no_event(nlp):
    text = ('Peru\'s foreign minister Ana Costa said: "We have not agreed with Bolivia and we will never '
            'negotiate with Bolivia." Peru signed a treaty with Chile on Monday.')
    events = code(nlp, text)
    assert "agreed" not in triggers(events) and "negotiate" not in triggers(events)
    e, src, tgt = next(x for x in events if x[0].trigger == "signed a treaty")
    assert (e.cameo_code, src, tgt) == ("057", "Peru", "Chile")


def test_a_quoted_first_person_warning_is_the_act_itself(nlp):
    events = code(nlp, 'Ana Costa, Peru\'s foreign minister, said: "Our claims are just, and we warn Bolivia that our '
                       'patience is running out."')
    assert [(e.cameo_code[:2], src.endswith("Costa"), tgt) for e, src, tgt in events if e.trigger == "warn"] == [
        ("13", True, "Bolivia")]
