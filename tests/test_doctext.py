"""The shared per-Doc text: the article's own string is used only when it is the parsed text."""

from newscoder.extract.doctext import adopt_text, children_of, doc_sents, doc_text, doc_tokens


def test_the_parsed_string_is_adopted_and_reads_the_same(nlp):
    text = "The council met on Monday.\n\nIt voted to close the bridge."
    doc = nlp(text)
    adopt_text(doc, text)
    assert doc_text(doc) is text
    assert doc_text(doc) == doc.text


def test_a_string_of_another_length_is_not_adopted(nlp):
    doc = nlp("The council met on Monday.")
    adopt_text(doc, "The council met on Tuesday.")
    assert doc_text(doc) == "The council met on Monday."


def test_an_empty_doc_adopts_only_the_empty_string(nlp):
    doc = nlp("")
    adopt_text(doc, "not this")
    assert doc_text(doc) == ""


def test_sentences_tokens_and_text_are_those_of_the_doc_asked_about(nlp):
    first = nlp("The council met on Monday. It voted to close the bridge.")
    second = nlp("Rain fell in Lyon.")
    assert [s.text for s in doc_sents(first)] == ["The council met on Monday.", "It voted to close the bridge."]
    assert doc_sents(first) is doc_sents(first)  # computed once per Doc
    assert [s.text for s in doc_sents(second)] == ["Rain fell in Lyon."]
    assert [t.text for t in doc_tokens(second)] == ["Rain", "fell", "in", "Lyon", "."]
    assert doc_text(second) == "Rain fell in Lyon."
    assert doc_text(first) == "The council met on Monday. It voted to close the bridge."
    assert [s.text for s in doc_sents(first)][1] == "It voted to close the bridge."


def test_children_are_spacys_for_each_doc_asked_about(nlp):
    first = nlp("The mayor of Lyon said the council would close the old bridge on Monday.")
    second = nlp("Rain fell.")
    said = next(t for t in first if t.text == "said")
    assert [c.text for c in children_of(said)] == [c.text for c in said.children]
    assert [c.text for c in children_of(second[1])] == ["Rain", "."]  # another Doc: its own children
    assert children_of(said) == tuple(said.children)  # the first Doc again
    for doc in (first, second):
        for tok in doc:
            assert [c.i for c in children_of(tok)] == [c.i for c in tok.children]


def test_foreign_stop_words_read_from_their_files_match_spacys():
    # the type evidence reads spaCy's stop-word files without importing the language packages (speed); the
    # words must be the same as the packages'
    from spacy.lang.fr.stop_words import STOP_WORDS as french

    from newscoder.extract.actors.type_evidence import _stop_words

    assert _stop_words("fr") == set(french)
    assert "nous" in _stop_words("fr")
