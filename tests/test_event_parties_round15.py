"""Event sources and targets, round 15: a march that belongs to a protest campaign is aimed at what the campaign is
against; a crowd given as an estimate ("what organizers estimated at N X") is the crowd, not the estimator.
Sentences written for this file (none from a gold set)."""

from __future__ import annotations

from conftest import event_parties as code


def test_a_march_in_a_campaign_is_aimed_at_what_the_campaign_is_against(nlp, registry):
    rows = code(nlp, registry, "Thousands of Chileans marched in Santiago in the third week of protests against the "
                               "Peruvian government.")
    # Peru, not Chile (the place marched in)
    assert [(r[0], r[2], r[3]) for r in rows] == [("marched", "Chileans", "Peru")]
    rows = code(nlp, registry, "Students rallied in Lima on Sunday as part of the protests against the Bolivian "
                               "government.")
    assert [(r[0], r[3]) for r in rows] == [("rallied", "Bolivia")]


def test_a_campaign_over_an_issue_names_no_party(nlp, registry):
    # "over" may name an issue: the campaign adds no target, the place's state stays as before
    rows = code(nlp, registry, "Students rallied in Lima on Sunday as part of the protests over the Bolivian "
                               "election.")
    assert [(r[0], r[2]) for r in rows] == [("rallied", "students")]
    assert rows[0][3] != "Bolivia"


def test_an_estimated_crowd_marched_not_its_estimator(nlp):
    doc = nlp("Yesterday, what organizers estimated at 20,000 Chileans, about a tenth of the city, marched to the "
              "square.")
    from newscoder.extract.events.crowd_phrases import estimated_crowd

    organizers = next(t for t in doc if t.text == "organizers")
    marched = next(t for t in doc if t.text == "marched")
    estimated = next(t for t in doc if t.text == "estimated")
    crowd = estimated_crowd(organizers, marched)
    assert crowd is not None and crowd.text == "Chileans"
    # the estimating verb's own subject did estimate
    assert estimated_crowd(organizers, estimated) is None


def test_a_name_cut_short_by_the_name_finder_still_names_the_person(nlp):
    # the person's mention covers "Ana Costa" but not the second surname the phrase ends in: the apposed title's
    # state ("Ohio's governor") is not the doer
    from newscoder.extract.events.arguments import _find_actor
    from newscoder.records import ActorAnalysis, LocalActor, Mention

    text = "Ana Costa Ruiz, Ohio's governor, resigned on Monday."
    doc = nlp(text)
    actors = ActorAnalysis(
        actors=[LocalActor("p1", "Ana Costa", "person"), LocalActor("s1", "Ohio", "state")],
        mentions=[Mention("p1", "Ana Costa", 0, 9, "name", 0, text), Mention("s1", "Ohio", 16, 20, "name", 0, text)])
    head = next(t for t in doc if t.text == "Ruiz")
    assert head.dep_ == "nsubj" and doc[1].dep_ == "compound"
    assert _find_actor(head, actors, set())[0] == "p1"
    # an organisation's name before the head is no person: the apposition is read as before
    actors = ActorAnalysis(
        actors=[LocalActor("o1", "Ana Costa", "organization"), LocalActor("s1", "Ohio", "state")],
        mentions=[Mention("o1", "Ana Costa", 0, 9, "name", 0, text), Mention("s1", "Ohio", 16, 20, "name", 0, text)])
    assert _find_actor(head, actors, set())[0] == "s1"


def test_the_cut_start_of_an_office_title_is_not_the_source(nlp, registry):
    rows = code(nlp, registry, "The county's Police and Crime Commissioner Jan Nowak urged the embassy to act.")
    # (the office is "Police and Crime Commissioner": "Police and Crime" is no body of its own)
    assert [(r[0], r[2]) for r in rows] == [("urged", "Jan Nowak")]
    # a body named on its own elsewhere still stands for its officer's act
    rows = code(nlp, registry, "Globex Corporation said on Monday it would appeal. Globex Corporation CEO Jane Doe "
                               "criticized the Peruvian government.")
    assert [(r[0], r[2], r[3]) for r in rows] == [("criticized", "Globex Corporation", "Peru")]
