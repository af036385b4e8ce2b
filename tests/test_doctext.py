"""The shared per-Doc text: the article's own string is used only when it is the parsed text."""

from newscoder.extract.doctext import adopt_text, doc_text


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
