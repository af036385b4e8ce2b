"""Verbs the project's lexicon lacks, coded by PETRARCH2's verb + object / preposition patterns (our own
sentences)."""

from __future__ import annotations

from test_eventness import code


def _coded(events):
    return [(e.trigger, e.cameo_code, e.plover_type, src, tgt) for e, src, tgt in events]


def test_a_dictionary_pattern_codes_a_verb_the_lexicon_lacks(nlp):
    events = code(nlp, "The Peruvian foreign ministry advised against travel to Bolivia on Monday.")
    assert [(c, p, s, t) for _, c, p, s, t in _coded(events)] == [
        ("160", "SANCTION", "Peruvian foreign ministry", "Bolivia")]


def test_the_pattern_carries_the_sense_and_a_bare_verb_is_not_coded(nlp):
    # "expressed opposition to" is a disapproval; "received a book from" names no event of ours (the
    # dictionary's "receive" has no pattern for it, and its block's bare code is not used)
    events = code(nlp, "Peru's president expressed opposition to Chile's proposal on Monday. "
                       "Peru received a book from Bolivia on Tuesday.")
    assert [(t, c, p, s, tg) for t, c, p, s, tg in _coded(events)] == [
        ("expressed opposition", "110", "DISAPPROVE", "Peru", "Chile")]


def test_a_pattern_coded_clause_needs_both_parties(nlp):
    # with no party acted on, a pattern codes procedure and narration more often than an act
    events = code(nlp, "Peru's president expressed opposition on Monday. "
                       "Peru's president expressed opposition to Chile's proposal on Tuesday.")
    assert [(t, c, s, tg) for t, c, _, s, tg in _coded(events)] == [
        ("expressed opposition", "110", "Peru", "Chile")]


def test_an_act_named_as_a_time_anchor_is_no_speech_content(nlp):
    # the ouster after "since" is when, not what was said, so it stays an event (the perfect "has stepped up
    # pressure since ..." sums up a policy over weeks and is not coded: test_event_senses_round13); the object
    # of a condemnation is its wording
    events = code(nlp, "Peru has stepped up pressure on Bolivia since the ouster of Bolivian president Juan Mamani "
                       "by Chile. Peru condemned the ouster of Bolivian president Ana Costa by Chile.")
    assert [(t, c, s) for t, c, _, s, _ in _coded(events)] == [
        ("ouster", "170", "Chile"), ("condemned", "111", "Peru")]
    assert [tg for *_, tg in _coded(events)][:1] == ["Juan Mamani"]


def test_a_claim_of_an_act_only_the_dictionary_codes_is_no_accusation(nlp):
    events = code(nlp, "Bolivian activists claimed that Chile had set fires in the slums on Monday. "
                       "Bolivian activists claimed that Chile had attacked Peru on Tuesday.")
    assert [(t, c, s, tg) for t, c, _, s, tg in _coded(events)] == [
        ("claimed", "112", "Bolivian activists", "Chile")]
    assert [e.modality for e, _, _ in events] == ["asserted"]


def test_a_letter_is_the_vehicle_of_the_act_it_carries(nlp):
    events = code(nlp, "On Monday, Peru sent a letter to Chile. "
                       "On Tuesday, Peru sent a letter demanding that Bolivia withdraw its troops.")
    assert [(t, c, p, s, tg) for t, c, p, s, tg in _coded(events)] == [
        ("sent a letter", "040", "CONSULT", "Peru", "Chile"), ("demanding", "100", "DEMAND", "Peru", "Bolivia")]


def test_a_target_only_pattern_codes_the_giver_act_on_the_subject(nlp):
    # PETRARCH2's "[:071]" patterns ("* LOAN # RECEIVE"): the subject undergoes the act of whoever the "from"
    # phrase names; with no giver named the clause is not coded (the criticism of Bolivia's minister)
    events = code(nlp, "Kenya received a loan from the World Bank on Monday. "
                       "Peru faced criticism from Chile over the border deal on Tuesday. "
                       "Bolivia's foreign minister faced criticism over the deal on Wednesday.")
    assert [(c, p, s, t) for _, c, p, s, t in _coded(events)] == [
        ("071", "AID", "World Bank", "Kenya"), ("111", "DISAPPROVE", "Chile", "Peru")]


def test_help_to_a_named_party_is_aid_and_a_wish_to_help_an_intent(nlp):
    # PETRARCH2 codes HELP as aid (070); a wish to help is an intent to give aid (033), planned
    events = code(nlp, "France helped Mali on Monday. Germany wants to help Greece.")
    assert [(e.cameo_code, e.modality, s, t) for e, s, t in events] == [
        ("070", "asserted", "France", "Mali"), ("033", "planned", "Germany", "Greece")]


def test_an_offer_of_troops_to_help_is_the_offer(nlp):
    # the offer has an object of its own (the troops): the help is what they are for, not the thing offered
    events = code(nlp, "Chad offered its troops to Mali on Monday to help it fight the rebels.")
    assert [(e.plover_type, s, t) for e, s, t in events][:1] == [("AGREE", "Chad", "Mali")]


def test_help_with_another_act_is_not_aid(nlp):
    # "helped organise": the act helped with is the news, not aid; a plain help to a party is
    events = code(nlp, "Norway helped organise talks between Peru and Chile in May. Norway helped Chile in June.")
    assert [(e.cameo_code, s, t) for e, s, t in events if e.cameo_code == "070"] == [("070", "Norway", "Chile")]
