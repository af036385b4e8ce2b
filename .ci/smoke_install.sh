#!/usr/bin/env bash
# Install newscoder from pyproject.toml alone (no lock) into a fresh venv and run `newscoder extract` on one
# text and one HTML article: catches a runtime import that is not a declared dependency (issue 16).
# Usage: .ci/smoke_install.sh [VENV_DIR]   (default: a temporary folder, removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
venv=${1:-}
if [[ -z "$venv" ]]; then
  venv=$(mktemp -d)/venv
  trap 'rm -rf "$(dirname "$venv")"' EXIT
fi
out=$(mktemp -d)
trap 'rm -rf "$out"; [[ -z "${1:-}" ]] && rm -rf "$(dirname "$venv")"' EXIT
"$PYTHON" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet .
"$venv/bin/newscoder" extract tests/fixtures/smoke -o "$out/smoke.jsonl"
"$venv/bin/python" - "$out/smoke.jsonl" <<'PY'
import json, sys
objs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
formats = sorted(o["article"]["source_format"] for o in objs)
assert formats == ["html", "txt"], f"expected one html and one txt article, got {formats}"
assert all(o["quotes"] for o in objs), "every smoke article has a quote"
print(f"smoke install OK: {len(objs)} articles, {sum(len(o['quotes']) for o in objs)} quotes")
PY
