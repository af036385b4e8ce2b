"""Round 109: a nationality and a title's plural ("Armenian prosecutors") is a group of one story's office
holders, not a pooled organisation; a title dated in its clause before the holder's listed terms links to
no one."""

from __future__ import annotations

import pytest

from conftest import analyse_actors, make_article, registry_with_rows
from newscoder.extract.mentions import extract_actors
from newscoder.resolve import office_holders
from newscoder.resolve.actors import global_id


def test_national_title_plural_is_a_group_of_one_story(nlp):
    an = analyse_actors(nlp, "Armenian prosecutors charged businessman Tigran Vosk with fraud on Tuesday, "
                             "his lawyer said.")
    actors = {a.name: a for a in an.actors}
    group = next(a for a in an.actors if a.name.endswith("prosecutors"))
    assert group.actor_type == "group" and group.country_iso3 == "ARM"
    assert "Tigran Vosk" in actors
    from newscoder.resolve.registry import load_registry
    reg = load_registry()
    assert global_id(group, reg, "art_a") != global_id(group, reg, "art_b")


def test_police_stays_the_national_body(nlp):
    an = analyse_actors(nlp, "Armenian police arrested two men in Gyumri on Tuesday, a spokesperson said.")
    police = next(a for a in an.actors if a.name.endswith("police"))
    assert police.actor_type == "organization"


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return registry_with_rows(tmp_path_factory.mktemp("registry"),
                              ["reg_test_ana_varel,Ana Varel,person,ARM,,,President of Armenia"])


def _title_links(nlp, registry, monkeypatch, text: str) -> list[str]:
    monkeypatch.setattr(office_holders, "_terms",
                        lambda: {"ana varel": [("2015-04-01", "2014-01-30", "ARM")]})
    article = make_article(text, date="2019-05-02")
    an = extract_actors(nlp(article.text), article, registry)
    ana = next(a for a in an.actors if a.name == "Ana Varel")
    return [m.text for m in an.mentions if m.actor_key == ana.key]


def test_title_dated_before_the_term_links_to_no_one(nlp, registry, monkeypatch):
    said = _title_links(nlp, registry, monkeypatch, "Ana Varel opened the new library in Gyumri on Monday. "
                        "The old hall had received a medal conferred by the president in 2009.")
    assert "Ana Varel" in said and "the president" not in said


def test_title_dated_inside_the_term_still_links(nlp, registry, monkeypatch):
    said = _title_links(nlp, registry, monkeypatch, "Ana Varel opened the new library in Gyumri on Monday. "
                        "The old hall had received a medal conferred by the president in 2017.")
    assert "the president" in said
