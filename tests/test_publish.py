"""Publishing: deterministic bytes, atomic moves, readable by pandas and valid for Frictionless."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from frictionless import validate

from newscoder.publish import PARQUET_PROPERTY, publish
from newscoder.schema import TABLES, arrow_schema

ART = "art_89f2a3a01362d289"
SENTENCE = ("US President Donald Trump said Sunday that Washington was negotiating with Havana's leadership "
            "to strike a deal, days after he threatened Cuba's reeling economy with a virtual oil blockade.")
QUOTED = ('"Cuba is a failing nation. It has been for a long time, but now it doesn\'t have Venezuela to prop '
          'it up," Trump told reporters at his Mar-a-Lago estate in Florida.')
SOURCES = [{"path": "data/raw/000_df562d561251218f.txt", "hash": "sha256:" + "b" * 64}]
CREATED = "2026-02-02T00:00:00Z"


def _prov(extractor: str, start: int, end: int, sentence: int = 0, evidence: str = SENTENCE) -> dict:
    return {"article_id": ART, "char_start": start, "char_end": end, "sentence_index": sentence,
            "evidence": evidence, "extractor": f"newscoder.extract.{extractor}", "extractor_version": "0.1.0"}


def sample_tables() -> dict[str, pd.DataFrame]:
    """Small hand-made tables, rows deliberately out of key order, with missing values in every type."""
    articles = pd.DataFrame([{
        "article_id": ART, "external_id": "000_df562d561251218f", "title": None, "publisher": "AFP",
        "byline": None, "url": None, "published_date": dt.date(2026, 2, 2), "language": "en",
        "word_count": 501, "text_sha256": "a" * 64, "source_path": "data/raw/000_df562d561251218f.txt",
        "source_format": "txt", "source_sha256": "b" * 64, "license": None, "attribution": None}])
    actors = pd.DataFrame([
        {"actor_id": "act_usa", "name": "United States", "actor_type": "state", "country_iso3": "USA",
         "country_basis": "name",
         "role": None, "parent_actor_id": None, "wikidata_id": "Q30", "is_registered": True,
         "n_mentions": 1, "n_articles": 1, "first_seen_date": dt.date(2026, 2, 2),
         "last_seen_date": dt.date(2026, 2, 2)},
        {"actor_id": "act_donald_trump", "name": "Donald Trump", "actor_type": "person", "country_iso3": "USA",
         "country_basis": "registry",
         "role": "US President", "parent_actor_id": "act_usa", "wikidata_id": "Q22686", "is_registered": True,
         "n_mentions": 2, "n_articles": 1, "first_seen_date": "2026-02-02", "last_seen_date": "2026-02-02"},
        {"actor_id": "act_cuba", "name": "Cuba", "actor_type": "state", "country_iso3": "CUB", "role": None,
         "country_basis": "name",
         "parent_actor_id": None, "wikidata_id": None, "is_registered": False, "n_mentions": 0,
         "n_articles": 0, "first_seen_date": None, "last_seen_date": None},
    ])
    aliases = pd.DataFrame({"actor_id": ["act_usa", "act_donald_trump", "act_donald_trump", "act_cuba"],
                            "alias": ["Washington", "Trump", "Donald Trump", "Havana"]})
    mentions = pd.DataFrame([
        {"mention_id": "men_b", "actor_id": "act_usa", "text": "Washington", "mention_kind": "metonym",
         **_prov("mentions", 43, 53)},
        {"mention_id": "men_a", "actor_id": "act_donald_trump", "text": "Donald Trump", "mention_kind": "name",
         **_prov("mentions", 13, 25)},
    ])
    quotes = pd.DataFrame([
        {"quote_id": "quo_2", "attribution_id": "quo_2", "speaker_actor_id": "act_donald_trump",
         "speaker_text": "Trump",
         "speaker_char_start": 543, "speaker_char_end": 548, "cue": "told", "cue_char_start": 549,
         "cue_char_end": 553, "via_actor_id": None, "via_text": None, "quote_type": "direct",
         "quote_text": "Cuba is a failing nation. It has been for a long time, but now it doesn't have "
                       "Venezuela to prop it up,", "confidence": 0.9, "review_status": "unreviewed",
         **_prov("quotes", 438, 541, 2, QUOTED)},
        {"quote_id": "quo_1", "attribution_id": "quo_1", "speaker_actor_id": None, "speaker_text": None,
         "speaker_char_start": None,
         "speaker_char_end": None, "cue": "said", "cue_char_start": 26, "cue_char_end": 30,
         "via_actor_id": None, "via_text": None, "quote_type": "indirect",
         "quote_text": "Washington was negotiating with Havana's leadership",
         "confidence": 0.5, "review_status": "unreviewed", **_prov("quotes", 43, 94)},
    ])
    events = pd.DataFrame([{
        "event_id": "evt_1", "source_actor_id": "act_usa", "target_actor_id": "act_cuba", "target_text": None,
        "cameo_code": "046",
        "plover_type": "CONSULT", "trigger": "negotiating", "trigger_char_start": 58, "trigger_char_end": 69,
        "modality": "asserted", "event_date": dt.date(2026, 2, 1), "date_precision": "day",
        "date_text": "Sunday", "date_basis": "relative", "location_text": None, "location_country_iso3": None,
        "confidence": 0.7, "review_status": "unreviewed", **_prov("events", 43, 111)}])
    return {"articles": articles, "actors": actors, "actor_aliases": aliases, "mentions": mentions,
            "quotes": quotes, "events": events}


def _publish(root, tables=None, **kw):
    return publish(tables or sample_tables(), root / "data", root / "datapackage.json", sources=SOURCES,
                   version=kw.get("version", "0.1.0"), created=CREATED)


@pytest.fixture
def published(tmp_path):
    summary = _publish(tmp_path)
    return tmp_path, summary


def _files(root) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_publishes_are_byte_identical(tmp_path):
    _publish(tmp_path / "one")
    shuffled = {name: df.iloc[::-1] for name, df in sample_tables().items()}  # input order must not matter
    _publish(tmp_path / "two", shuffled)
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert sorted(one) == ["data/" + f"{n}.{ext}" for n in sorted(TABLES) for ext in ("csv", "parquet")] + [
        "datapackage.json"]
    assert one == two


def test_frictionless_validates_the_package(published):
    root, _ = published
    report = validate(root / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "type", "note"])


def test_frictionless_catches_a_broken_foreign_key(tmp_path):
    tables = sample_tables()
    tables["quotes"].loc[0, "speaker_actor_id"] = "act_nobody"
    _publish(tmp_path, tables)
    report = validate(tmp_path / "datapackage.json")
    assert not report.valid
    assert [e[0] for e in report.flatten(["type"])] == ["foreign-key"]


def test_csv_conventions(published):
    root, _ = published
    raw = (root / "data" / "actors.csv").read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    lines = raw.decode("utf-8").splitlines()
    assert lines[0].startswith("actor_id,name,actor_type,country_iso3")
    # sorted by key; booleans true/false; missing values empty; dates ISO
    assert lines[1] == "act_cuba,Cuba,state,CUB,name,,,,false,0,0,,,unreviewed,,"
    assert lines[2] == ("act_donald_trump,Donald Trump,person,USA,registry,US President,act_usa,Q22686,true,2,1,"
                        "2026-02-02,2026-02-02,unreviewed,,")
    events = (root / "data" / "events.csv").read_text(encoding="utf-8")
    assert ",046,CONSULT," in events  # CAMEO keeps its leading zero in the file


def test_csv_quotes_fields_with_commas_quotes_and_line_breaks(tmp_path):
    tables = sample_tables()
    tables["quotes"].loc[1, "quote_text"] = 'He said "no",\nthen\rleft'
    _publish(tmp_path, tables)
    df = pd.read_csv(tmp_path / "data" / "quotes.csv")
    assert df.loc[df.quote_id == "quo_1", "quote_text"].item() == 'He said "no",\nthen\rleft'


def test_plain_pandas_reads_csv_and_parquet(published):
    root, _ = published
    for name in TABLES:
        csv_df = pd.read_csv(root / "data" / f"{name}.csv")
        pq_df = pd.read_parquet(root / "data" / f"{name}.parquet")
        assert list(csv_df.columns) == list(pq_df.columns) == arrow_schema(name).names
        assert len(csv_df) == len(pq_df)
    quotes = pd.read_parquet(root / "data" / "quotes.parquet")
    assert quotes.quote_id.tolist() == ["quo_1", "quo_2"]
    assert quotes.set_index("quote_id").loc["quo_2", "speaker_actor_id"] == "act_donald_trump"
    assert pd.isna(quotes.set_index("quote_id").loc["quo_1", "speaker_char_start"])
    events = pd.read_parquet(root / "data" / "events.parquet")
    assert events.cameo_code.item() == "046"
    assert events.event_date.item() == dt.date(2026, 2, 1)
    assert events.plover_type.dtype == "category"


def test_parquet_schema_and_metadata(published):
    root, _ = published
    schema = pq.read_schema(root / "data" / "events.parquet")
    assert schema.remove_metadata().equals(arrow_schema("events").remove_metadata(), check_metadata=True)
    assert schema.metadata[b"newscoder:package"] == b"newscoder"
    assert schema.metadata[b"newscoder:version"] == b"0.1.0"
    assert b"pandas" not in schema.metadata
    assert pq.ParquetFile(root / "data" / "events.parquet").metadata.row_group(0).column(0).compression == "ZSTD"


def test_datapackage_descriptor(published):
    root, summary = published
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    assert (root / "datapackage.json").read_text(encoding="utf-8").endswith("}\n")
    assert pkg["name"] == "newscoder" and pkg["version"] == "0.1.0" and pkg["created"] == CREATED
    assert pkg["licenses"][0]["name"] == "CC-BY-4.0" and "MIT" in pkg["description"]
    assert pkg["sources"] == [{**SOURCES[0], "title": SOURCES[0]["path"]}]
    assert [r["name"] for r in pkg["resources"]] == list(TABLES)
    for res in pkg["resources"]:
        csv_bytes = (root / res["path"]).read_bytes()
        assert res["path"] == f"data/{res['name']}.csv" and res["format"] == "csv"
        assert res["bytes"] == len(csv_bytes)
        assert res["hash"] == "sha256:" + hashlib.sha256(csv_bytes).hexdigest()
        twin = res[PARQUET_PROPERTY]
        pq_bytes = (root / twin["path"]).read_bytes()
        assert twin["path"] == f"data/{res['name']}.parquet"
        assert twin["hash"] == "sha256:" + hashlib.sha256(pq_bytes).hexdigest() and twin["bytes"] == len(pq_bytes)
    assert summary["tables"]["quotes"]["rows"] == 2


def test_version_is_written_into_the_package(tmp_path):
    _publish(tmp_path, version="0.2.0")
    assert json.loads((tmp_path / "datapackage.json").read_text())["version"] == "0.2.0"
    assert pq.read_schema(tmp_path / "data" / "actors.parquet").metadata[b"newscoder:version"] == b"0.2.0"


def test_republish_replaces_files_and_leaves_no_temporary_folders(published):
    root, _ = published
    tables = sample_tables()
    tables["actor_aliases"] = tables["actor_aliases"].iloc[:2]
    _publish(root, tables)
    assert len(pd.read_csv(root / "data" / "actor_aliases.csv")) == 2
    assert not [p for p in root.rglob("*") if p.name.startswith(".publish-")]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t["events"].__setitem__("plover_type", ["NEGOTIATE"]), r"values \['NEGOTIATE'\] not allowed"),
        (lambda t: t.update(quotes=t["quotes"].drop(columns="cue")), r"missing: \['cue'\]"),
        (lambda t: t["quotes"].__setitem__("extra", 1), r"not in schema: \['extra'\]"),
        (lambda t: t["mentions"].__setitem__("mention_id", "men_a"), "duplicate primary key"),
        (lambda t: t["quotes"].__setitem__("evidence", None), "2 empty values in a required column"),
        (lambda t: t["articles"].__setitem__("word_count", [1.5]), "not a whole number"),
        (lambda t: t.pop("events"), r"missing: \['events'\]"),
    ],
)
def test_bad_tables_are_refused_before_anything_is_written(tmp_path, change, message):
    tables = sample_tables()
    change(tables)
    with pytest.raises(ValueError, match=message):
        _publish(tmp_path, tables)
    assert not (tmp_path / "datapackage.json").exists()
    assert not (tmp_path / "data").exists()
