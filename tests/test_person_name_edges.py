"""A titled name the model ended before its surname runs to the surname the parser makes its head, and police
ranks are titles, not names (entity_bounds._surname_head_end, data/titles.csv)."""

import pytest
from spacy.tokens import Doc

from conftest import analyse_actors
from newscoder.extract.actors.entity_bounds import _surname_head_end
from newscoder.extract.doctext import doc_tokens


@pytest.mark.parametrize("text, name", [
    ("According to Chief Superintendent Ramon Bautista of the provincial police, four people were hurt.",
     "Ramon Bautista"),
    ("Detective Inspector Carol Webb said two men had been arrested in Leeds.", "Carol Webb"),
])
def test_police_ranks_are_titles_not_names(nlp, text, name):
    an = analyse_actors(nlp, text)
    people = [a.name for a in an.actors if a.actor_type == "person"]
    assert name in people
    assert not any(a.name.startswith(("Superintendent", "Detective", "Inspector")) for a in an.actors)


def test_a_compound_name_runs_to_its_surname_head(nlp):
    # a parse as the model gives it for a rank before a name: the entity "Officer Lena" ends on a compound
    # whose head, the surname "Marsh", no entity holds
    words = ["Officer", "Lena", "Marsh", "spoke", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, False, False],
              pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], deps=["compound", "compound", "nsubj", "ROOT", "punct"],
              heads=[2, 2, 3, 3, 3], ents=["B-PERSON", "I-PERSON", "O", "O", "O"])
    toks = doc_tokens(doc)
    assert _surname_head_end(toks, 0, 2) == 3
    assert _surname_head_end(toks, 0, 3) == 3  # a span that holds its head is left alone
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, False, False],
              pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], deps=["compound", "compound", "nsubj", "ROOT", "punct"],
              heads=[2, 2, 3, 3, 3], ents=["B-PERSON", "I-PERSON", "B-ORG", "O", "O"])
    assert _surname_head_end(doc_tokens(doc), 0, 2) == 2  # the next word is another entity's: not taken
