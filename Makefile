# The README's two commands: `make demo` (set up + run on the demo corpus) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint pytest eval bench train clean

demo: $(STAMP)
	$(BIN)/suivi demo

test: lint pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/suivi eval

# Rebuilds training/*.jsonl and the shipped sentence model from ../shared/eval; same seed, same files.
# `make train EXCLUDE=ids.txt` leaves the listed articles (a held-out set) out of training.
train: $(STAMP)
	$(BIN)/python -m suivi.extract.learned.train --shared ../shared/eval --seed 13 $(if $(EXCLUDE),--exclude-ids $(EXCLUDE))

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest_vs_nlp.py

$(STAMP): pyproject.toml requirements/models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
