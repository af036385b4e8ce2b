"""Datasette over the SQLite export, through Datasette's own test client, and `newscoder serve` on loopback."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from datasette.app import Datasette

from newscoder.schema import load_schema
from newscoder.serve import HOST, free_port, prepare
from test_export import publish_tricky

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return publish_tricky(tmp_path_factory.mktemp("pkg"))  # the export tests' package, with its tricky cells


@pytest.fixture(scope="module")
def datasette(package, tmp_path_factory):
    db, metadata, exported = prepare(package, tmp_path_factory.mktemp("db") / "newscoder.db")
    assert exported and db.is_file()
    return Datasette([str(db)], metadata=metadata)


def get(ds: Datasette, path: str):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response


def test_every_table_has_title_licence_source_and_column_descriptions(datasette):
    meta = get(datasette, "/-/metadata.json").json()
    tables = meta["databases"]["newscoder"]["tables"]
    quotes = tables["quotes"]
    assert quotes["title"] == "Quotes"
    assert quotes["license"] == "CC-BY-4.0"
    assert quotes["license_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert quotes["source"] == "newscoder data package 0.1.0, built from 1 source files"
    described = {f["name"]: f["description"] for f in load_schema("quotes")["fields"]}
    assert quotes["columns"]["quote_text"] == described["quote_text"]  # the schema's own description
    assert quotes["columns"]["quote_type"] == described["quote_type"] + " Values: direct, indirect, mixed."
    for name in ("articles", "actors", "actor_aliases", "mentions", "quotes", "events"):
        assert tables[name]["license"] and tables[name]["source"] and tables[name]["columns"], name
    assert tables["actors"]["label_column"] == "name"


def test_facets_on_enum_and_country_columns(datasette):
    meta = get(datasette, "/-/metadata.json").json()["databases"]["newscoder"]["tables"]
    assert {"quote_type", "review_status"} <= set(meta["quotes"]["facets"])
    assert {"plover_type", "modality", "location_country_iso3"} <= set(meta["events"]["facets"])
    assert {"actor_type", "country_iso3"} <= set(meta["actors"]["facets"])
    page = get(datasette, "/newscoder/quotes.json?_extra=facet_results").json()
    facets = page["facet_results"]
    facets = facets.get("results", facets)
    assert {"quote_type", "review_status"} <= set(facets)
    counts = {v["value"]: v["count"] for v in facets["quote_type"]["results"]}
    assert counts == {"direct": 1, "indirect": 1}


def test_full_text_search_and_foreign_key_labels(datasette):
    rows = get(datasette, "/newscoder/quotes.json?_search=HYPERLINK&_labels=on&_shape=objects").json()["rows"]
    assert [r["quote_id"] for r in rows] == ["quo_2"]
    assert rows[0]["speaker_actor_id"] == {"value": "act_donald_trump", "label": "Donald Trump"}
    body = get(datasette, "/newscoder/quotes?_search=HYPERLINK").text.split("<tbody>")[1]
    assert ">Donald Trump</a>" in body  # the speaker's name, through the label column of actors
    body = get(datasette, "/newscoder/quotes?_search=figure").text.split("<tbody>")[1]
    assert "was the figure he gave" in body and ">Donald Trump</a>" not in body  # quo_1 has no speaker
    html = get(datasette, "/newscoder/events").text
    assert ">United States</a>" in html and ">Cuba</a>" in html  # source and target shown by name


def test_views_and_hidden_bookkeeping(datasette):
    rows = get(datasette, "/newscoder/quotes_named.json?_shape=objects&quote_id=quo_2").json()["rows"]
    assert rows[0]["speaker_name"] == "Donald Trump"
    listing = get(datasette, "/newscoder.json").json()
    hidden = {t["name"] for t in listing["tables"] if t["hidden"]}
    assert "newscoder_export" in hidden and "quotes" not in hidden


def test_export_is_reused_until_the_package_changes(package, tmp_path):
    db = tmp_path / "n.db"
    assert prepare(package, db)[2] is True
    assert prepare(package, db)[2] is False
    data = json.loads(package.read_text())
    other = tmp_path / "other" / "datapackage.json"
    other.parent.mkdir()
    (other.parent / "data").symlink_to(package.parent / "data")
    data["version"] = "0.1.1"
    other.write_text(json.dumps(data))
    assert prepare(other, db)[2] is True


def serve_process(package: Path, db: Path, port: int) -> subprocess.Popen:
    """`newscoder serve` in a child process; the caller terminates it."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SCRIPTS), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-m", "newscoder", "serve", "--package", str(package), "--db", str(db),
                             "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited: {proc.stdout.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer in {timeout} s")


def test_newscoder_serve_answers_on_loopback(package, tmp_path):
    port = free_port()
    proc = serve_process(package, tmp_path / "newscoder.db", port)
    try:
        wait_until_up(f"http://{HOST}:{port}/-/versions.json", proc)
        with urllib.request.urlopen(f"http://{HOST}:{port}/newscoder/actors.json?_shape=objects") as response:
            names = {r["name"] for r in json.load(response)["rows"]}
        assert names == {"United States", "Donald Trump", "Cuba"}
    finally:
        proc.terminate()
        proc.wait(timeout=20)
