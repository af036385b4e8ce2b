"""The table schemas: valid Frictionless, fully documented, and in step with the Arrow schemas."""

from __future__ import annotations

import re

import pyarrow as pa
import pytest
from frictionless import Schema

from newscoder.schema import (
    DICTIONARY_END,
    DICTIONARY_START,
    TABLES,
    arrow_schema,
    data_dictionary_markdown,
    field_names,
    load_schema,
    write_data_dictionary,
)

PROVENANCE = ["article_id", "char_start", "char_end", "evidence", "extractor", "extractor_version"]

# The essential columns of DESIGN.md's tables table: these keep their names and meaning.
DESIGN_COLUMNS = {
    "articles": ["article_id", "external_id", "title", "publisher", "byline", "url", "published_date",
                 "language", "word_count", "text_sha256", "source_path", "source_format", "source_sha256",
                 "license", "attribution"],
    "article_texts": ["article_id", "text"],
    "actors": ["actor_id", "name", "actor_type", "country_iso3", "role", "parent_actor_id", "wikidata_id",
               "is_registered", "n_mentions", "n_articles", "first_seen_date", "last_seen_date"],
    "actor_aliases": ["actor_id", "alias"],
    "mentions": ["mention_id", "actor_id", "text", "mention_kind", "sentence_index", *PROVENANCE],
    "quotes": ["quote_id", "speaker_actor_id", "speaker_text", "speaker_char_start", "speaker_char_end", "cue",
               "cue_char_start", "cue_char_end", "via_actor_id", "via_text", "quote_type", "quote_text",
               "confidence", "review_status",
               "sentence_index", *PROVENANCE],
    "events": ["event_id", "source_actor_id", "target_actor_id", "cameo_code", "plover_type", "trigger",
               "trigger_char_start", "trigger_char_end", "modality", "event_date", "date_precision",
               "date_text", "date_basis", "location_text", "location_country_iso3", "confidence",
               "review_status", "sentence_index", *PROVENANCE],
}

ENUMS = {
    ("actors", "actor_type"): ["person", "organization", "state", "group", "other"],
    ("mentions", "mention_kind"): ["name", "title", "descriptor", "pronoun", "metonym"],
    ("quotes", "quote_type"): ["direct", "indirect", "mixed"],
    ("events", "modality"): ["asserted", "claimed", "planned", "negated", "hypothetical"],
    ("events", "date_precision"): ["day", "week", "month", "year", "unknown"],
    ("events", "date_basis"): ["explicit", "relative", "lead", "publication", "none"],
    ("quotes", "review_status"): ["unreviewed", "verified", "corrected", "rejected"],
    ("events", "review_status"): ["unreviewed", "verified", "corrected", "rejected"],
    ("actors", "review_status"): ["unreviewed", "verified", "corrected", "rejected"],
    ("mentions", "review_status"): ["unreviewed", "verified", "corrected", "rejected"],
    ("events", "plover_type"): ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
                                "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST",
                                "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT"],
}


def _field(table: str, name: str) -> dict:
    return next(f for f in load_schema(table)["fields"] if f["name"] == name)


@pytest.mark.parametrize("table", TABLES)
def test_schema_is_valid_frictionless(table):
    report = Schema.validate_descriptor(load_schema(table))
    assert report.valid, report.flatten(["type", "note"])


@pytest.mark.parametrize("table", TABLES)
def test_schema_has_every_design_column(table):
    assert set(DESIGN_COLUMNS[table]) <= set(field_names(table))


@pytest.mark.parametrize("table", TABLES)
def test_every_field_documented_with_a_valid_example(table):
    schema = load_schema(table)
    assert schema["description"]
    for field in schema["fields"]:
        assert len(field["description"]) > 15, field["name"]
        assert field.get("example") not in (None, ""), field["name"]
        c = field.get("constraints", {})
        if "enum" in c:
            assert field["example"] in c["enum"]
        if "pattern" in c:
            assert re.fullmatch(c["pattern"], str(field["example"])), field["name"]
        if "minimum" in c:
            assert field["example"] >= c["minimum"]
        if "maximum" in c:
            assert field["example"] <= c["maximum"]


def test_names_follow_the_conventions():
    for table in TABLES:
        for field in load_schema(table)["fields"]:
            name, kind = field["name"], field["type"]
            assert re.fullmatch(r"[a-z][a-z0-9_]*", name)
            assert (kind == "date") == name.endswith("_date"), name
            assert (kind == "boolean") == name.startswith("is_"), name


@pytest.mark.parametrize(("table", "field"), sorted(ENUMS))
def test_enums_have_every_value_defined(table, field):
    f = _field(table, field)
    assert f["constraints"]["enum"] == ENUMS[(table, field)]
    assert list(f["enumDescriptions"]) == ENUMS[(table, field)]
    assert all(len(text) > 10 for text in f["enumDescriptions"].values())


def test_every_enum_field_defines_its_values():
    for table in TABLES:
        for f in load_schema(table)["fields"]:
            if "enum" in f.get("constraints", {}):
                assert list(f["enumDescriptions"]) == f["constraints"]["enum"], (table, f["name"])


def test_patterns_for_ids_codes_and_hashes():
    id_pattern = "^[a-z]{3}_[a-z0-9_]+$"
    assert _field("actors", "actor_id")["constraints"]["pattern"] == id_pattern
    assert re.fullmatch(id_pattern, "act_donald_trump")
    assert re.fullmatch(id_pattern, "art_89f2a3a01362d289")
    cameo = _field("events", "cameo_code")["constraints"]["pattern"]
    assert re.fullmatch(cameo, "046") and re.fullmatch(cameo, "1312") and not re.fullmatch(cameo, "46a")
    assert not re.fullmatch(_field("actors", "country_iso3")["constraints"]["pattern"], "us")
    sha = _field("articles", "text_sha256")["constraints"]["pattern"]
    assert re.fullmatch(sha, "0" * 64) and not re.fullmatch(sha, "0" * 63)
    assert _field("quotes", "confidence")["constraints"] == {"required": True, "minimum": 0, "maximum": 1}
    assert _field("events", "trigger_char_start")["constraints"] == {"minimum": 0}


def test_keys_and_foreign_keys_point_to_real_fields():
    for table in TABLES:
        schema = load_schema(table)
        names = field_names(table)
        assert all(k in names for k in schema["primaryKey"])
        for fk in schema.get("foreignKeys", []):
            target = fk["reference"]["resource"] or table  # "" is the table itself
            assert target in TABLES
            assert fk["fields"] in names
            assert fk["reference"]["fields"] in field_names(target)
    assert load_schema("actor_aliases")["primaryKey"] == ["actor_id", "alias"]


def test_every_actor_and_article_reference_is_a_foreign_key():
    for table in TABLES:
        schema = load_schema(table)
        fks = {fk["fields"]: fk["reference"] for fk in schema.get("foreignKeys", [])}
        for name in field_names(table):
            if name == schema["primaryKey"][0] and len(schema["primaryKey"]) == 1:
                continue
            if name.endswith("actor_id"):
                assert fks[name]["fields"] == "actor_id", (table, name)
                assert fks[name]["resource"] in ("actors", "")
            if name == "article_id":
                assert fks[name] == {"resource": "articles", "fields": "article_id"}


_ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
          "date": pa.date32()}


@pytest.mark.parametrize("table", TABLES)
def test_arrow_schema_matches_json_schema(table):
    """The drift test: every JSON field has its Arrow twin, same order, type, nullability, description."""
    fields = load_schema(table)["fields"]
    schema = arrow_schema(table)
    assert schema.names == [f["name"] for f in fields]
    for f, a in zip(fields, schema, strict=True):
        c = f.get("constraints", {})
        expected = pa.dictionary(pa.int32(), pa.string()) if "enum" in c else _ARROW[f["type"]]
        assert a.type == expected, f["name"]
        assert a.nullable == (not c.get("required", False)), f["name"]
        assert a.metadata[b"description"].decode() == f["description"]


def test_data_dictionary_defines_every_field_and_value():
    text = data_dictionary_markdown()
    for table in TABLES:
        assert f"### `{table}`" in text
        for name in field_names(table):
            assert f"| `{name}` |" in text
    assert "- `metonym`: A place or building standing for a government" in text
    assert "- `ASSAULT`: " in text


def test_write_data_dictionary_replaces_only_between_markers(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\n{DICTIONARY_START}\nold text\n{DICTIONARY_END}\n\n## After\n")
    assert write_data_dictionary(readme) is True
    text = readme.read_text()
    assert text.startswith("# Title\n\n" + DICTIONARY_START)
    assert text.endswith(DICTIONARY_END + "\n\n## After\n")
    assert "old text" not in text and "### `events`" in text
    assert write_data_dictionary(readme) is False  # idempotent


def test_write_data_dictionary_needs_the_markers(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# no markers\n")
    with pytest.raises(ValueError, match="markers"):
        write_data_dictionary(readme)


def test_unknown_table_lists_the_valid_ones():
    with pytest.raises(ValueError, match="valid tables: articles, article_texts, actors"):
        load_schema("quote")
