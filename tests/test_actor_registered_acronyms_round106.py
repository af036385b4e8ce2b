"""Round 106 (our own names): a body the article names in full with its acronym in brackets is the registered
body whose alias that acronym is, even when the registry writes the full name another way; an acronym two
registered bodies share, or a full name with no word of the registered names, is left alone."""

from __future__ import annotations

import pytest

from conftest import make_article, registry_with_rows
from newscoder.extract.mentions import extract_actors

_ACTORS = [
    "reg_test_kpd,Kelbian People's Defence Units,organization,ARM,,,",
    "reg_test_vla,Varosk Liberation Army,organization,GEO,,,",
    "reg_test_vlb,Varosk Labour Bloc,organization,GEO,,,",
]
_ALIASES = [
    "reg_test_kpd,KPDU",
    "reg_test_vla,VLA",
    "reg_test_vlb,VLA",
]


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return registry_with_rows(tmp_path_factory.mktemp("registry"), _ACTORS, _ALIASES)


def _actors(nlp, registry, text: str) -> dict:
    article = make_article(text)
    return {a.name: a for a in extract_actors(nlp(article.text), article, registry).actors}


def test_bracketed_acronym_makes_the_registered_body(nlp, registry):
    actors = _actors(nlp, registry, "Commander Ilya Marsk said the Kelbian People's Protection Units (KPDU) had "
                                    "left the town. The KPDU said on Monday that talks would resume.")
    assert "Kelbian People's Protection Units" not in actors
    body = actors["Kelbian People's Defence Units"]
    assert body.registry_id == "reg_test_kpd"
    assert body.actor_type == "organization" and body.country_iso3 == "ARM"
    assert actors["Ilya Marsk"].actor_type == "person"


def test_acronym_of_two_registered_bodies_is_left_alone(nlp, registry):
    actors = _actors(nlp, registry, "Commander Ilya Marsk said the Varosk Liberation Movement (VLA) had left the "
                                    "town. The VLA said on Monday that talks would resume.")
    assert "Varosk Liberation Army" not in actors and "Varosk Labour Bloc" not in actors
    assert actors["Ilya Marsk"].actor_type == "person"


def test_full_name_of_another_body_keeps_its_own_name(nlp, registry):
    actors = _actors(nlp, registry, "Commander Ilya Marsk said the Kazan Park Design Union (KPDU) would open the "
                                    "gardens in May. The KPDU said on Monday that visitors would pay.")
    assert "Kelbian People's Defence Units" not in actors
    body = actors["Kazan Park Design Union"]
    assert body.registry_id is None and body.country_iso3 != "ARM"
    assert actors["Ilya Marsk"].actor_type == "person"
