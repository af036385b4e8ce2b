from pathlib import Path

from newscoder.resolve.registry import load_registry, normalize_name


def test_default_registry_loads_with_seed_actors():
    reg = load_registry()
    assert reg.lookup("Trump").name == "Donald Trump"
    assert reg.lookup("Cuban Communist Party").name == "Communist Party of Cuba"
    assert reg.lookup("US State Department").actor_id == reg.get("reg_us_wha_bureau").parent_actor_id
    assert reg.state("CUB").name == "Cuba"
    assert len(reg.fingerprint()) == 64


def test_every_parent_is_registered():
    reg = load_registry()
    for actor in reg.actors.values():
        assert actor.parent_actor_id is None or actor.parent_actor_id in reg.actors


def test_normalize_name_ignores_accents_case_and_article():
    assert normalize_name("Nicolás Maduro") == normalize_name("nicolas maduro")
    assert normalize_name("the United Nations") == "united nations"


def test_custom_registry_folder(tmp_path: Path):
    (tmp_path / "actors.csv").write_text(
        "actor_id,name,actor_type,country_iso3,wikidata_id,parent_actor_id,role\n"
        "reg_x,Example Agency,organization,FRA,,,\n",
        encoding="utf-8",
    )
    (tmp_path / "aliases.csv").write_text("actor_id,alias\nreg_x,EXA\n", encoding="utf-8")
    reg = load_registry(tmp_path)
    assert reg.lookup("EXA").actor_id == "reg_x"
    assert reg.lookup("Donald Trump") is None


def test_short_acronym_alias_is_case_sensitive():
    from newscoder.resolve.registry import load_registry as _load

    reg = _load()
    assert reg.lookup("WHO").name == "World Health Organization"
    assert reg.lookup("who") is None
    assert reg.lookup("ice") is None
    assert reg.lookup("the DEA").country_iso3 == "USA"
