#!/usr/bin/env bash
# Install newscoder from pyproject.toml alone (no lock) into a fresh venv, then run `newscoder extract` on one
# text and one HTML article from outside the checkout: fails when a runtime import is not a declared
# dependency (issue 16: lxml >= 5.2 without lxml_html_clean broke HTML input).
# Usage: .ci/smoke_install.sh [VENV_DIR]   (default: a temporary venv, removed afterwards)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
venv=${1:-$work/venv}
"$PYTHON" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "$repo"
cd "$work"  # not a checkout: the installed package must carry everything it reads
"$venv/bin/newscoder" extract "$repo/tests/fixtures/smoke" -o smoke.jsonl
"$venv/bin/python" - smoke.jsonl <<'PY'
import json, sys
objs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
formats = sorted(o["article"]["source_format"] for o in objs)
assert formats == ["html", "txt"], f"expected one html and one txt article, got {formats}"
assert all(o["quotes"] for o in objs), "every smoke article has a quote"
print(f"smoke install OK: {len(objs)} articles, {sum(len(o['quotes']) for o in objs)} quotes")
PY
