"""Event sources and targets read off reported speech and claims: "X said he had ordered ..." is X's act whoever
the coreference chose; "the accusation against X is that he ..." is X's alleged act; "arrested one person" has
the person as its target words. Sentences written for this file (none from a gold set)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.events import extract_events
from newscoder.extract.mentions import extract_actors
from newscoder.extract.quotes import extract_quotes
from newscoder.extract.timex import extract_timex


def code(nlp, registry, text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(trigger, source name, target name, target words, modality) of each event."""
    article = make_article(text)
    doc = nlp(text)
    actors = extract_actors(doc, article, registry)
    quotes = extract_quotes(doc, article, actors)
    events = extract_events(doc, article, actors, extract_timex(doc, article), quotes)
    name = {a.key: a.name for a in actors.actors}
    return [(e.trigger, name.get(e.source_key), name.get(e.target_key), e.target_text, e.modality) for e in events]


def test_he_of_indirect_speech_is_the_reporter(nlp, registry):
    text = ("President Mark Duda praised the firemen while Interior Minister Peter Novak wrote he had ordered "
            "safety checks on all clubs.")
    events = code(nlp, registry, text)
    assert ("praised", "Mark Duda", None, None, "asserted") in events
    ordered = [e for e in events if e[0] == "ordered"]
    assert ordered and ordered[0][1] == "Peter Novak"


def test_he_is_not_a_reporter_of_the_other_gender(nlp, registry):
    text = ("Governor Tom Reed praised the plan, but Mary Brown said he had ordered the arrest of two "
            "reporters.")
    events = code(nlp, registry, text)
    ordered = [e for e in events if e[0] == "ordered"]
    assert ordered and ordered[0][1] != "Mary Brown"


def test_he_inside_a_quotation_is_not_the_speaker(nlp):
    from newscoder.extract.events.arguments import indirect_reporter

    article = make_article('Mayor Jane Smith met the governor. "He lied to us," Mary Brown said.')
    doc = nlp(article.text)
    actors = extract_actors(doc, article)
    he = next(t for t in doc if t.text == "He")
    assert indirect_reporter(he, actors) is None
    said = "Peter Novak said he had ordered the checks."
    doc = nlp(said)
    actors = extract_actors(doc, make_article(said))
    assert actors.get(indirect_reporter(next(t for t in doc if t.text == "he"), actors)).name == "Peter Novak"


def test_content_of_an_accusation_is_the_accused_partys_claimed_act(nlp, registry):
    text = ("Donald Harris spoke with Joe Smith on Monday. The accusation against Smith is that he threatened "
            "Peru during the vote.")
    events = code(nlp, registry, text)
    assert ("threatened", "Joe Smith", "Peru", None, "claimed") in events


def test_one_person_arrested_is_the_target(nlp, registry):
    events = code(nlp, registry, "Sheriff Lee said they arrested one person for theft.")
    arrested = [e for e in events if e[0] == "arrested"]
    # the source is the sheriff, named without the title ("sheriff" is a title, data/titles.csv)
    assert arrested and arrested[0][3] == "one person" and arrested[0][1] == "Lee"


def test_denied_allegations_answer_the_accuser(nlp, registry):
    text = "Maria Lopez accused Governor John Reed of fraud on Monday. Reed rejected the allegations on Tuesday."
    events = code(nlp, registry, text)
    assert ("accused", "Maria Lopez", "John Reed", None, "asserted") in events
    assert ("rejected", "John Reed", "Maria Lopez", None, "asserted") in events


def test_the_decision_is_the_act_announced_just_before(nlp, registry):
    text = ("President Tom Harris announced the withdrawal of troops from Mali. General Paul Mason criticized "
            "the decision.")
    events = code(nlp, registry, text)
    assert ("criticized", "Paul Mason", "Tom Harris", None, "asserted") in events
    # an act that was not announced or decided is not "the decision"
    other = code(nlp, registry, "President Tom Harris visited Mali. General Paul Mason criticized the decision.")
    assert [e for e in other if e[0] == "criticized"] == [("criticized", "Paul Mason", None, None, "asserted")]


def test_reporter_called_she_elsewhere_is_not_he(nlp, registry):
    text = ("Officer Kim Dale stopped Omar Baines near a bridge. She told reporters about the stop. "
            "Dale said he refused her request for identification.")
    events = code(nlp, registry, text)
    refused = [e for e in events if e[0] == "refused"]
    assert refused and refused[0][1] != "Kim Dale"
