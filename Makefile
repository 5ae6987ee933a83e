# Guichet: set-up, demo and tests on Debian 12. `make demo` and `make test` are the two entry points.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
DEMO_HOUSEHOLDS ?= 400
DEMO_SEED ?= 1
PYTEST_ARGS ?=

.PHONY: demo test counter deps venv translations demo-db reseed bench bench-seed lint lupdate screenshot clean chaos

## demo: install what is missing, seed the demo database once, open the kiosk window
demo: deps $(STAMP) translations demo-db
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/guichet --mode kiosk --simulated-card demo; \
	else \
		echo "No display: opening the kiosk window on a virtual screen (Xvfb), screenshot in var/kiosk.png"; \
		mkdir -p var && xvfb-run -a -s "-screen 0 1280x1024x24" \
			$(BIN)/guichet --mode kiosk --simulated-card demo --screenshot var/kiosk.png; \
	fi

## counter: the same program in counter mode (windowed, for staff)
counter: deps $(STAMP) translations demo-db
	$(BIN)/guichet --mode counter --simulated-card demo

## test: the same set-up, then lint and the whole suite, headless
test: deps $(STAMP) translations demo-db lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

deps:
	@installer/install-deps.sh

venv: $(STAMP)
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	@touch $@

translations: $(QM)
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

## lupdate: refresh the .ts sources from the tr() calls under ui/ (then translate in Qt Linguist)
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find ui -name '*.py' | sort) -ts $(TS)

demo-db: $(STAMP)
	@$(BIN)/guichet-central seed --households $(DEMO_HOUSEHOLDS) --seed $(DEMO_SEED) --if-empty
	@$(BIN)/guichet-central demo-cards --quiet "$$($(BIN)/python -c 'from app.config import load_settings; print(load_settings().data_dir)')/demo-cards"

## reseed: drop the demo central database and seed it again (DEMO_HOUSEHOLDS, DEMO_SEED)
reseed: $(STAMP)
	$(BIN)/guichet-central seed --households $(DEMO_HOUSEHOLDS) --seed $(DEMO_SEED) --replace

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## bench: the benchmarks of tests/bench, figures printed
bench: deps $(STAMP) translations
	$(BIN)/python -m tests.bench.run

## chaos: exactly once under SIGKILL, 100 kills of a terminal during push and apply (SQLite and PostgreSQL)
chaos: deps $(STAMP)
	$(BIN)/python -m tests.support.chaos run --kills 100

## screenshot: every session screen in every language, from real visits under Xvfb: var/screens/
screenshot: deps $(STAMP) translations
	@mkdir -p var/screens
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python -m tests.support.screens var/screens

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache
