"""The CAMEO tables derived from PETRARCH2's dictionary and PLOVER's crosswalk, and their use for word sense."""

from __future__ import annotations

import csv
import importlib.util
from importlib import resources
from pathlib import Path

from newscoder.extract.events import cameo_patterns, trigger_table

ROOT = Path(__file__).resolve().parents[1]


def _table(name: str) -> list[dict[str, str]]:
    with resources.files("newscoder.data").joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _derive():
    spec = importlib.util.spec_from_file_location("cameo_lexicon", ROOT / "scripts" / "derive" / "cameo_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# a miniature dictionary in the PETRARCH format, written for this test
MINI_DICTIONARY = """\
####### SYNONYM SETS #######

&CAPTIVE
+CAPTIVE
+DETAINEES

####### VERB PATTERNS #######

---  LET_GO   [080]  ---
UNCHAIN
+SET_LOOSE
- * &CAPTIVE                                          [0841]        # UNCHAIN
- * MEMO                                              [---]         # UNCHAIN
- * (TO AUTHORITIES)                                  [063]         # UNCHAIN
- OFFICIALS *                                         [0841]        # a subject-side pattern: skipped
"""


def test_the_derivation_reads_verbs_patterns_and_synonym_sets():
    derive = _derive()
    lines = MINI_DICTIONARY.splitlines()
    sets = derive.read_synsets(lines)
    verbs, patterns = derive.read_verbs(lines, sets)
    assert sets == {"&CAPTIVE": ["CAPTIVE", "DETAINEES"]}
    assert [(v["lemma"], v["particle"], v["cameo_code"]) for v in verbs] == [("unchain", "", "080"),
                                                                               ("set", "loose", "080")]
    got = {(p["object"], p["prep"], p["prep_object"], p["cameo_code"]) for p in patterns}
    assert got == {("&captive", "", "", "0841"), ("memo", "", "", ""), ("", "to", "authority", "063")}


def test_the_crosswalk_uses_the_projects_plover_type_names():
    types = {r["type"] for r in _table("plover_types.csv")}
    crosswalk = {r["cameo_code"]: r["plover_type"] for r in _table("cameo_plover.csv")}
    assert set(crosswalk.values()) <= types
    assert [cameo_patterns.plover_type(c) for c in ("020", "112", "090", "0841", "195", "010")] == [
        "DEMAND", "DISAPPROVE", "INVESTIGATE", "CONCEDE", "FIGHT", None]


def test_every_derived_pattern_names_a_block_of_a_known_verb_and_a_known_synonym_set():
    blocks = {r["block"] for r in _table("cameo_verbs.csv")}
    sets = {r["synset"] for r in _table("cameo_synsets.csv")}
    patterns = _table("cameo_verb_patterns.csv")
    assert len(patterns) > 3000
    for p in patterns:
        assert p["block"] in blocks
        for word in (p["object"], p["prep_object"]):
            assert not word.startswith("&") or word in sets


def test_a_verb_object_pattern_the_dictionary_does_not_code_blocks_the_verbs_sense(nlp):
    released_report = nlp("Peru released a report on Monday.")
    released_people = nlp("Peru released the prisoners on Monday.")
    verb_a, verb_b = released_report[1], released_people[1]
    assert cameo_patterns.blocks(verb_a, "release", trigger_table.verb_object(verb_a), set())
    assert trigger_table.match_verb(verb_a) is None
    m = trigger_table.match_verb(verb_b)
    assert m is not None and (m.entry.cameo_code, m.entry.plover_type) == ("084", "CONCEDE")


def test_a_public_statement_pattern_is_not_coded_but_a_denial_denies_responsibility(nlp):
    condolences, aid = nlp("Peru offered condolences to Chile."), nlp("Peru offered aid to Chile.")
    assert trigger_table.match_verb(condolences[1]) is None  # CAMEO 018, a statement: no PLOVER type
    m = trigger_table.match_verb(aid[1])
    assert m is not None and m.entry.plover_type == "AGREE"
    denial = nlp("Peru denied the charges.")
    m = trigger_table.match_verb(denial[1])
    # the dictionary's "deny" + "charge" pattern: CAMEO 016 deny responsibility, a rejection in PLOVER's terms
    assert m is not None and (m.entry.cameo_code, m.entry.plover_type) == ("016", "REJECT")
    refusal = nlp("Peru denied the request.")
    m = trigger_table.match_verb(refusal[1])
    assert m is not None and (m.entry.cameo_code, m.entry.plover_type) == ("120", "REJECT")


def test_an_infinitive_the_dictionary_marks_as_a_statement_is_not_coded(nlp):
    # "refuse" + "comment" is CAMEO 011 (decline comment), a statement with no PLOVER type: no rejection
    comment, talks = nlp("Peru declined to comment."), nlp("Peru declined the offer of talks.")
    assert trigger_table.match_verb(comment[1]) is None
    m = trigger_table.match_verb(talks[1])
    assert m is not None and m.entry.plover_type == "REJECT"


def test_a_plea_in_court_is_no_appeal_but_pleading_with_someone_is(nlp):
    plea, appeal = nlp("The senator pleaded guilty."), nlp("The senator pleaded with Peru for help.")
    assert trigger_table.match_verb(plea[2]) is None
    m = trigger_table.match_verb(appeal[2])
    assert m is not None and (m.entry.cameo_code, m.entry.plover_type) == ("020", "DEMAND")


def test_the_discard_contexts_are_sentence_phrases_without_story_level_marks():
    phrases = [r["phrase"] for r in _table("event_discards.csv")]
    assert "football" in phrases and "film festival" in phrases
    assert all(p == p.lower() and not p.startswith("+") for p in phrases)
