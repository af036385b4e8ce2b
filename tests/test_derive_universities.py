"""scripts/derive/swot_universities.py on a small folder laid out as the Swot list is (our own names)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive" / "swot_universities.py"


def _derive():
    spec = importlib.util.spec_from_file_location("swot_universities", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _write(root: Path, rel: str, text: str) -> None:
    path = root / "data" / "lib" / "domains" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_country_domains_and_edu_give_countries_generic_domains_do_not(tmp_path):
    _write(tmp_path, "uk/ac/kelby.txt", "The University of Kelby\n")
    _write(tmp_path, "edu/marlow.txt", "Marlow State University (MSU)\n")
    _write(tmp_path, "jp/ac/tarvin.txt", "Tarvin Institute of Art &amp; Design\n")
    _write(tmp_path, "com/vantor.txt", "Vantor College\n")  # a generic domain: no country
    _write(tmp_path, "de/dorn.txt", "Dorn Academy\n")
    _write(tmp_path, "at/dorn.txt", "Dorn Academy\n")  # listed under two countries: dropped
    _write(tmp_path, "fr/kiosk.txt", "Kiosk\n")  # no academic word
    table = _derive().university_countries(tmp_path)
    assert table == {"University of Kelby": "GBR", "Marlow State University": "USA",
                     "Tarvin Institute of Art & Design": "JPN"}
