"""A title's clause verb is found, or the sentence root returned, for every token: a verbless sentence (a
caption, a headline fragment) must not make the search loop (the root is its own head)."""

from __future__ import annotations

from newscoder.extract.coref import _clause_verb


def test_clause_verb_of_a_verbless_fragment_is_its_root(nlp):
    doc = nlp("The president of Kelbia in 2009.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert all(_clause_verb(t).i in (root.i, *(v.i for v in doc if v.pos_ in ("VERB", "AUX"))) for t in doc)


def test_clause_verb_of_a_title_is_its_verb(nlp):
    doc = nlp("The honour was conferred by the president of Kelbia in 2009.")
    title = next(t for t in doc if t.text == "president")
    assert _clause_verb(title).lemma_ == "confer"
