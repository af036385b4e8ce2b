"""Round 86: a name's own capitalised "The" and a name's opening contraction are kept (invented sentences)."""

from __future__ import annotations

from conftest import actors_by_name, analyse_actors, make_article


def _with_quotes(nlp, text: str) -> dict:
    """The actors of one article after the quote pass (which adds untagged speakers)."""
    from newscoder.extract.mentions import extract_actors
    from newscoder.extract.quotes import extract_quotes
    from newscoder.resolve.registry import load_registry

    article = make_article(text)
    doc = nlp(text)
    an = extract_actors(doc, article, load_registry())
    extract_quotes(doc, article, an)
    return actors_by_name(an)


def test_name_keeps_the_written_mid_sentence_though_first_mention_opens_a_sentence(nlp):
    an = analyse_actors(nlp, "The Aviation Journal reported the failed landing. Another plane made an emergency "
                             "go around at low height according to The Aviation Journal. The Aviation Journal "
                             "states the plane was a freighter.")
    names = actors_by_name(an)
    assert "The Aviation Journal" in names
    assert "Aviation Journal" not in names
    assert names["The Aviation Journal"].actor_type == "organization"


def test_untagged_source_after_according_to_keeps_its_the(nlp):
    names = _with_quotes(nlp, "Kestrel Motors started its investigation by hiring law firm Dale Brook, "
                              "according to The Spindle.")
    assert "The Spindle" in names and "Spindle" not in names
    assert "Kestrel Motors" in names


def test_lower_case_the_is_no_part_of_a_name(nlp):
    an = analyse_actors(nlp, "Officials of the Harbour Rescue Agency said on Monday that the Harbour Rescue "
                             "Agency would reopen the port.")
    names = actors_by_name(an)
    assert "Harbour Rescue Agency" in names
    assert "The Harbour Rescue Agency" not in names
