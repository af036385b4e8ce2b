"""Round 102 (our own names): a name that is the last words of exactly one registered organisation's name is
that organisation; a tail many bodies share ("Liberation Front"), one two bodies end in, or one that is a
place or a person's name is left alone."""

from __future__ import annotations

import pytest

from conftest import make_article, registry_with_rows
from newscoder.extract.actors.name_tails import tail_owner
from newscoder.extract.mentions import extract_actors

_ROWS = [
    "reg_test_htk,Hayat Tahrir al-Kelb,organization,SYR,,,",
    "reg_test_klf,Kelbian Liberation Front,organization,TUR,,,",
    "reg_test_nvb,Northern Varosk Brigades,organization,SYR,,,",
    "reg_test_svb,Southern Varosk Brigades,organization,SYR,,,",
    "reg_test_fdr,Friends of Dana Rusk,organization,USA,,,",
]


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return registry_with_rows(tmp_path_factory.mktemp("registry"), _ROWS)


def test_unique_tail_is_the_registered_body(registry):
    owner = tail_owner("Tahrir al-Kelb", registry)
    assert owner is not None and owner.registered.name == "Hayat Tahrir al-Kelb"


def test_generic_shared_or_personal_tails_name_no_body(registry):
    assert tail_owner("Liberation Front", registry) is None  # common words, the tail of many fronts
    assert tail_owner("Varosk Brigades", registry) is None  # two registered bodies end in it
    assert tail_owner("Dana Rusk", registry) is None  # the person a body is named after ("Friends of ...")
    assert tail_owner("Kelbian Liberation Front", registry) is None  # a full name: the registry's own lookup
    assert tail_owner("al-Kelb", registry) is None  # one word


def test_cut_name_in_a_legend_is_the_body_not_a_person(nlp, registry):
    article = make_article("Areas held by Tahrir al-Kelb are shown in green. Commander Ilya Marsk said the front "
                           "line had not moved.")
    actors = {a.name: a for a in extract_actors(nlp(article.text), article, registry).actors}
    assert "Tahrir al-Kelb" not in actors
    body = actors["Hayat Tahrir al-Kelb"]
    assert body.actor_type == "organization" and body.country_iso3 == "SYR"
    assert actors["Ilya Marsk"].actor_type == "person"


def test_generic_tail_in_text_is_not_given_a_body(nlp, registry):
    article = make_article("Commander Ilya Marsk said the Liberation Front would resume talks on Monday.")
    names = {a.name for a in extract_actors(nlp(article.text), article, registry).actors}
    assert "Kelbian Liberation Front" not in names
    assert "Ilya Marsk" in names
