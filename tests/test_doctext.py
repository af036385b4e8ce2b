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


_TWO_DOCS = ("The mayor of Lyon, Ana Ferreira, said the Rhone Transit Authority would close the old bridge.",
             "Heavy rain fell in Ghent on Monday.")


def test_columns_are_spacys_attributes_for_each_doc_asked_about(nlp):
    from newscoder.extract.doctext import doc_column

    first, second = (nlp(t) for t in _TWO_DOCS)
    for doc in (first, second, first, nlp("")):
        for attr in ("text", "lower_", "lemma_", "dep_", "tag_", "ent_type_", "idx", "is_alpha"):
            assert doc_column(doc, attr) == [getattr(t, attr) for t in doc]
    assert doc_column(first, "dep_") is doc_column(first, "dep_")  # computed once per Doc


def test_span_roots_char_spans_and_span_entities_are_spacys(nlp):
    from newscoder.extract.doctext import char_span, span_ents, span_root

    first, second = (nlp(t) for t in _TWO_DOCS)
    for doc in (first, second, first):
        n = len(doc)
        for start in range(n):
            for end in range(start + 1, min(n, start + 4) + 1):
                assert span_root(doc, start, end).i == doc[start:end].root.i
        for sent in doc.sents:
            assert [(e.start, e.end, e.label_) for e in span_ents(sent)] == \
                [(e.start, e.end, e.label_) for e in sent.ents]
        text = doc.text
        for start, end in ((0, 3), (1, 5), (4, 20), (0, len(text)), (len(text) - 6, len(text))):
            for mode in ("strict", "expand", "contract"):
                ours, spacys = char_span(doc, start, end, alignment_mode=mode), doc.char_span(
                    start, end, alignment_mode=mode)
                assert (ours is None) == (spacys is None)
                if ours is not None:
                    assert (ours.start, ours.end) == (spacys.start, spacys.end)
    doc = nlp("Ruritania sent aid to Kelby.")
    sent = next(iter(doc.sents))
    assert [e.text for e in span_ents(sent)] == [e.text for e in sent.ents]


def test_the_name_pattern_prefilters_pass_every_text_their_patterns_could_match():
    # speed: two rules compile a pattern per name; they first check, with `str.find`, for what any accepted
    # match must hold
    from newscoder.extract.actors.name_variants import _before_capital
    from newscoder.extract.actors.type_evidence import _hyphen_shortly_before

    assert _hyphen_shortly_before("Voters fear a no-deal Quorvex.", "Quorvex")
    assert _hyphen_shortly_before("It was a long-delayed and costly Quorvex.", "Quorvex")
    assert not _hyphen_shortly_before("A well-known vote, then a costly and slow Quorvex.", "Quorvex")
    assert not _hyphen_shortly_before("Quorvex said a deal was near.", "Quorvex")
    assert _before_capital("the Harbour Board Party met", "Harbour Board")
    assert not _before_capital("the Harbour Board met the Harbour Board staff", "Harbour Board")
    assert not _before_capital("they met the Harbour Board", "Harbour Board")
