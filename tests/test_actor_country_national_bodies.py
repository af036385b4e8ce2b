"""National bodies and people PETRARCH2 lists without a term: derived by scripts/derive/petrarch_actors.py
(on a small dictionary of our own invention, laid out as PETRARCH2's), then used for actor countries."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import make_article
from newscoder.extract.mentions import extract_actors
from newscoder.resolve.office_holders import organization_country, person_country
from newscoder.resolve.registry import load_registry

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive" / "petrarch_actors.py"

_COUNTRIES = """\
NORWAY_
+NORWEGIAN_
+OSLO_
\t[NOR]
KELBY_ISLANDS_
\t[GBRKLB]
ROYAL_NORDIC_ARMED_FORCES_
+ROYAL_NORDIC_NAVY_
+ROYAL_NORDIC_AIR_CORPS_
+RNAC_
+NORDIC_ARMY_SPOKESMAN
+SENATE_
+FEDERAL_LAW_ENFORCEMENT_
\t[NORMIL]
KARI_VESTLUND_
+VESTLUND_
\t[NORELI]
PER_HOLMBAKK_
\t[NORELI]
\t[NORGOV 20050101-20091231]
TWO_NATIONS_BUREAU_
\t[NORGOV]
\t[SWEGOV]
"""
_AGENTS = ("SENATE [~LEG]\nLAW_ENFORCEMENT [~COP]\nSPOKESMAN [~GOV]\nAIR_FORCE [~MIL]\nNAVY [~MILGOV]\n"
           "CELEBRITY [~ELI]\n")


def _derive():
    spec = importlib.util.spec_from_file_location("petrarch_actors", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_each_usable_alias_of_an_undated_entry_is_its_own_name_country_row(tmp_path):
    mod = _derive()
    (tmp_path / "countries.txt").write_text(_COUNTRIES, encoding="latin-1")
    (tmp_path / "agents.txt").write_text(_AGENTS, encoding="latin-1")
    agents = tmp_path / "agents.txt"
    rows = mod.country_actors(tmp_path / "countries.txt", mod.agent_nouns(agents), mod.sector_codes(agents))
    table = {r["name"]: (r["country_iso3"], r["code"]) for r in rows}
    # the navy and the air corps are different bodies of one entry: each is a name of its own
    assert table == {"Royal Nordic Armed Forces": ("NOR", "NORMIL"), "Royal Nordic Navy": ("NOR", "NORMIL"),
                     "Royal Nordic Air Corps": ("NOR", "NORMIL"), "Kari Vestlund": ("NOR", "NORELI")}
    # not written: the country and its places, a territory, a role ("... SPOKESMAN"), a generic agent of
    # any state ("SENATE", "FEDERAL LAW ENFORCEMENT"), a four-letter acronym, a lone surname, a person with
    # a dated term (office_holders.csv holds him) and a body listed under two countries


def test_a_national_body_listed_without_a_term_gives_its_country():
    assert organization_country("Royal Air Force") == "GBR"
    assert organization_country("Royal Navy") == "GBR"
    assert organization_country("Shin Bet") == "ISR"
    assert organization_country("White House") == "USA"
    assert organization_country("Senate") is None  # every state has one


def test_the_royal_air_force_named_in_a_story_is_british(nlp):
    art = make_article("The Royal Air Force flew supplies to the flooded island on Tuesday, and a "
                       "local charity, Harbour Aid, handed them out.", date="2026-02-02")
    an = extract_actors(nlp(art.text), art, load_registry())
    raf = next(a for a in an.actors if a.name == "Royal Air Force")
    assert (raf.country_iso3, raf.country_basis) == ("GBR", "registry")


def test_a_listed_person_without_a_term_needs_the_country_named_in_the_story(nlp):
    assert person_country("Samir Geagea") == "LBN"
    assert person_country("Geagea") is None  # never from a lone surname
    art = make_article("Samir Geagea spoke to reporters in Beirut on Monday about the new cabinet.",
                       date="2026-02-02")
    an = extract_actors(nlp(art.text), art, load_registry())
    person = next(a for a in an.actors if a.name == "Samir Geagea")
    assert (person.country_iso3, person.country_basis) == ("LBN", "registry")
    # a namesake in a story that never names Lebanon, its people or its places stays without a country
    art = make_article("Samir Geagea, a chef, opened a bakery in Lyon on Monday, the Lyon Daily Post said.",
                       date="2026-02-02")
    an = extract_actors(nlp(art.text), art, load_registry())
    names = {a.name: a.country_iso3 for a in an.actors}
    assert "Samir Geagea" in names and names["Samir Geagea"] != "LBN"
