"""Appeals, intentions, consultation, cooperation and aid (CAMEO 02-07) need a public actor on one side
(our own example sentences)."""

from __future__ import annotations

from test_eventness import code


def test_residents_donating_is_no_aid_but_an_organisation_donating_is(nlp):
    events = code(nlp, "Residents of Gdansk donated blood to the hospital on Monday. "
                       "The Red Cross donated blood to the hospital on Tuesday.")
    assert [(e.trigger, e.cameo_code, src) for e, src, _ in events] == [("donated", "070", "Red Cross")]


def test_a_private_person_meeting_an_office_holder_is_kept(nlp):
    events = code(nlp, "Ann Lake met Canadian Prime Minister Mark Carney on Monday.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events] == [("040", "Ann Lake", "Mark Carney")]


def test_a_request_names_the_compatriot_asked_to_act(nlp):
    events = code(nlp, "Governor Ann Reed requested that US President Tom Hale declare a state of emergency in Texas "
                       "on Monday.")
    assert [(e.cameo_code, src, tgt) for e, src, tgt in events if e.trigger == "requested"] == [
        ("020", "Ann Reed", "Tom Hale")]


def test_a_person_named_after_an_office_title_is_public(nlp):
    titled = code(nlp, "Governor Tom Hale urged the public to stay calm on Monday.")
    assert [(e.cameo_code, src) for e, src, _ in titled] == [("020", "Tom Hale")]
    untitled = code(nlp, "Tom Hale urged the public to stay calm on Monday.")
    assert untitled == []
