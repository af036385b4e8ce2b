"""Diplomats serve another state: a story's setting gives its bare diplomats no country (our own sentences)."""

from __future__ import annotations

from conftest import make_article
from newscoder.extract.actors.groups import is_local_group_noun
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.registry import load_registry


def _groups(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    art = make_article(text)
    an = extract_actors(nlp(art.text), art, load_registry())
    return {a.name: (a.country_iso3, a.country_basis) for a in an.actors if a.actor_type == "group"}


def test_diplomats_are_not_people_of_the_place():
    assert not is_local_group_noun("diplomats") and not is_local_group_noun("ambassadors")
    assert is_local_group_noun("protesters") and is_local_group_noun("soldiers")


def test_bare_diplomats_in_a_story_set_in_one_country_get_no_country(nlp):
    text = ("Protesters marched through Lima on Monday. Police in Peru said the crowd reached Cusco. "
            "\"Our diplomats will keep meeting the families,\" a foreign embassy said. Peru's interior "
            "ministry said the march in Peru was peaceful.")
    groups = _groups(nlp, text)
    assert groups.get("Peruvian protesters", (None,))[0] == "PER"  # the local protesters still take the setting
    diplomats = [v for k, v in groups.items() if "diplomats" in k.lower()]
    assert diplomats and all(v[0] != "PER" for v in diplomats)
