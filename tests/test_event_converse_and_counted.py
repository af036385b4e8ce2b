"""The other side of a paired act (PETRARCH2's "[043:042]" codes) and doers named inside a counted group
(our own sentences)."""

from __future__ import annotations

from test_eventness import code


def _coded(events):
    return [(e.trigger, e.cameo_code, e.plover_type, src, tgt) for e, src, tgt in events]


def test_talks_held_with_a_party_are_negotiations_on_both_sides(nlp):
    events = code(nlp, "Peru's foreign minister held talks with Chile's president in Lima on Monday.")
    assert [(c, p, s, t) for _, c, p, s, t in _coded(events)] == [
        ("046", "CONSULT", "Peru", "Chile"), ("046", "CONSULT", "Chile", "Peru")]


def test_a_host_receiving_ministers_is_their_visit_too(nlp):
    events = code(nlp, "Bolivian protesters received ministers from the Peruvian government on Monday.")
    assert sorted((c, p) for _, c, p, _, _ in _coded(events)) == [("042", "CONSULT"), ("043", "CONSULT")]
    host = next(x for x in _coded(events) if x[1] == "043")
    guest = next(x for x in _coded(events) if x[1] == "042")
    assert (guest[3], guest[4]) == (host[4], host[3])


def test_a_one_sided_meeting_or_a_planned_one_has_no_converse(nlp):
    # the dictionary does not pair "met with" (040) in most of its patterns; a plan is one side's statement
    events = code(nlp, "Peru's president met with Chile's president in Lima on Monday. "
                       "Peru's president will hold talks with Bolivia's president next week.")
    assert [(c, s, t) for _, c, _, s, t in _coded(events)] == [("040", "Peru", "Chile"), ("036", "Peru", "Bolivia")]


def test_a_counted_group_names_its_body_in_its_own_phrase(nlp):
    events = code(nlp, "Hundreds of UN troops pulled out of the border zone on Monday.")
    assert [(t, c, p, s) for t, c, p, s, _ in _coded(events)] == [("pulled", "087", "RETREAT", "UN")]


def test_a_claim_of_ones_own_attack_is_no_accusation(nlp):
    # a claim of responsibility is a statement (CAMEO 015, no PLOVER type): the attack claimed is the event, told
    # as claimed; a claim that another party attacked is an accusation of that party
    events = code(nlp, "Bolivian rebels claimed that they had attacked Peru on Monday. "
                       "Bolivian officials claimed that Chile had attacked Peru on Tuesday.")
    assert [(t, c, s, tg) for t, c, _, s, tg in _coded(events)] == [
        ("attacked", "180", "Bolivian rebels", "Peru"), ("claimed", "112", "Bolivian officials", "Chile")]
    assert [e.modality for e, _, _ in events] == ["claimed", "asserted"]


def test_wanting_to_cooperate_is_a_stated_intent_and_an_obligation_or_attack_aim_is_not(nlp):
    # CAMEO codes a stated wish to meet or give as an intent (03x); a wish to attack and a polite "would like"
    # stay wishes
    events = code(nlp, "Peru's president wants to meet Chile's president next week. "
                       "Peru wants to attack Chile. Peru's president would like to meet Bolivia's president.")
    assert [(t, c, p, s, tg) for t, c, p, s, tg in _coded(events)] == [("meet", "036", "AGREE", "Peru", "Chile")]
    assert [e.modality for e, _, _ in events] == ["planned"]


def test_a_hope_to_act_is_planned_even_when_the_tagger_misreads_the_verb(nlp):
    # the tagger lemmatises "hopes" as "hop": the cue is read from the word's regular inflection
    events = code(nlp, "Peru's president hopes to sign a trade deal with Chile.")
    assert [(c, p, s, tg) for _, c, p, s, tg in _coded(events)] == [("030", "AGREE", "Peru", "Chile")]
    assert [e.modality for e, _, _ in events] == ["planned"]
