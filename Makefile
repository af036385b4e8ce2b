# Quick start (README): `make data` builds the dataset, `make test` runs the tests.
# Both create .venv and install the locked dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: data test lint lock bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

## data: build the dataset from data/raw into data/ and datapackage.json, then validate it
data: $(STAMP)
	$(BIN)/newscoder build --raw data/raw --out data

## test: run the test suite (ruff first)
test: $(STAMP)
	$(BIN)/ruff check scripts tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check scripts tests benchmarks

## lock: re-pin every dependency (runtime, dev and dask extras) after changing pyproject.toml
lock: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,dask]"
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

## docs: regenerate the data dictionary (docs/data-dictionary.md) from the Table Schemas
docs: $(STAMP)
	$(BIN)/python -c "from newscoder.schema import write_data_dictionary as w; w('docs/data-dictionary.md')"

bench: $(STAMP)
	$(BIN)/python benchmarks/extract.py

clean:
	rm -rf $(VENV) .cache .pytest_cache .ruff_cache
