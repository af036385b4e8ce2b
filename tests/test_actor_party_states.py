"""A US party-and-state tag after a legislator's name gives the United States. Our own sentences."""

from __future__ import annotations

from conftest import analyse_actors


def _countries(nlp, text: str) -> dict[str, str | None]:
    return {a.name: a.country_iso3 for a in analyse_actors(nlp, text).actors}


def test_a_party_and_state_in_parentheses_gives_the_united_states(nlp):
    found = _countries(nlp, "A trade bill about fishing quotas stalled in Ottawa on Monday. Rep. Norah Quill "
                            "(D-Maine) called the delay harmful to fishermen.")
    assert found.get("Norah Quill") == "USA"


def test_a_party_and_postal_code_after_a_comma_gives_the_united_states(nlp):
    found = _countries(nlp, "Talks on the border treaty resumed in Mexico City. Senator Dale Harkin, R-TX, said "
                            "he expected a vote within weeks.")
    assert found.get("Dale Harkin") == "USA"


def test_no_tag_and_an_unknown_state_abbreviation_give_nothing_from_it(nlp):
    from newscoder.extract.actors.party_states import party_state_country
    text = ("Ana Ray (D-Calif.) spoke. Bo Li (D-Ontario) spoke. Cy Moss (R-N.Y.) spoke. Di Vos spoke. "
            "Ed Kay (D-New York) spoke. Flo Hart, D-Day veteran, spoke.")
    doc = nlp(text)
    names = ("Ana Ray", "Bo Li", "Cy Moss", "Di Vos", "Ed Kay", "Flo Hart")
    people = [doc.char_span(text.index(n), text.index(n) + len(n)) for n in names]
    assert [party_state_country(doc, p) for p in people] == [None, None, "USA", None, "USA", None]
