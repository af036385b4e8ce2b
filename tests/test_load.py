"""newscoder.load: typed DataFrames from the published files."""

from __future__ import annotations

import pandas as pd
import pytest

import newscoder
from newscoder.loader import find_data_dir, load
from newscoder.publish import publish
from newscoder.schema import TABLES
from test_publish import CREATED, SOURCES, sample_tables


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("pkg")
    publish(sample_tables(), root / "data", root / "datapackage.json", sources=SOURCES, version="0.1.0",
            created=CREATED)
    return root / "data"


def test_load_types_from_the_schema(data_dir):
    events = newscoder.load("events", data_dir)
    assert pd.api.types.is_datetime64_any_dtype(events.event_date)
    assert events.event_date.item() == pd.Timestamp("2026-02-01")
    assert isinstance(events.plover_type.dtype, pd.CategoricalDtype)
    assert len(events.plover_type.cat.categories) == 18 and "DEMAND" in events.plover_type.cat.categories
    assert events.cameo_code.item() == "046"
    assert events.cameo_code.dtype == "string"
    assert events.trigger_char_start.dtype == "Int64"
    assert events.confidence.dtype == "float64"


def test_load_keeps_missing_integers_and_booleans_nullable(data_dir):
    quotes = load("quotes", data_dir).set_index("quote_id")
    assert quotes.speaker_char_start.dtype == "Int64"
    assert quotes.loc["quo_2", "speaker_char_start"] == 543
    assert quotes.loc["quo_1", "speaker_char_start"] is pd.NA
    assert list(quotes.quote_type.cat.categories) == ["direct", "indirect", "mixed"]
    actors = load("actors", data_dir).set_index("actor_id")
    assert actors.is_registered.dtype == "boolean"
    assert actors.loc["act_donald_trump", "is_registered"] == True  # noqa: E712  (numpy/pandas bool)
    assert pd.isna(actors.loc["act_cuba", "first_seen_date"])
    assert actors.loc["act_donald_trump", "name"] == "Donald Trump"


def test_csv_fallback_gives_the_same_frame(data_dir, tmp_path):
    for name in TABLES:
        (tmp_path / f"{name}.csv").write_bytes((data_dir / f"{name}.csv").read_bytes())
    for name in TABLES:
        pd.testing.assert_frame_equal(load(name, tmp_path), load(name, data_dir))


def test_load_all(data_dir):
    tables = newscoder.load_all(data_dir)
    assert list(tables) == list(TABLES)
    assert len(tables["actor_aliases"]) == 4


def test_unknown_table_name():
    with pytest.raises(ValueError, match="valid tables: articles, article_texts, actors, actor_aliases, mentions"):
        load("quote")


def test_missing_data_names_the_path(tmp_path):
    with pytest.raises(FileNotFoundError, match=str(tmp_path / "quotes.parquet")):
        load("quotes", tmp_path)


def test_default_data_dir_is_found_from_the_working_directory(data_dir, monkeypatch):
    monkeypatch.delenv("NEWSCODER_DATA", raising=False)
    sub = data_dir.parent / "notebooks" / "2026"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    assert find_data_dir() == data_dir
    assert load("articles").published_date.item() == pd.Timestamp("2026-02-02")


def test_data_dir_from_the_environment(data_dir, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSCODER_DATA", str(data_dir))
    assert find_data_dir() == data_dir
    assert newscoder.__version__ == "0.1.0"
