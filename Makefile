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
DIST ?= var/dist
REPO ?= var/repo
DEB_REVISION ?= 1
DEB_COMPRESS ?= xz
APT_URL ?= https://apt.guichet.invalid/

.PHONY: demo test counter deps venv translations demo-db reseed bench bench-seed lint lupdate screenshot clean chaos package repo lock

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
	@mkdir -p var
	@# Two processes on the two cores (tests/conftest.py): the clean-root install check, the
	@# unit tests and the integration tests without a card reader beside the windows, the
	@# benchmarks and the reader's tests; the second's output follows.
	@( GUICHET_TEST_PART=beside QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider $(PYTEST_ARGS) \
		> var/beside-tests.log 2>&1; echo $$? > var/beside-tests.rc ) & \
	GUICHET_TEST_PART=suite QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS); \
	suite=$$?; wait; beside=$$(cat var/beside-tests.rc); \
	echo "== tests/appliance, tests/unit, tests/integration without a reader (run beside) =="; \
	cat var/beside-tests.log; \
	case "$$suite:$$beside" in 5:5) exit 5;; [05]:[05]) exit 0;; *) exit 1;; esac

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

## bench: every benchmark of tests/bench, one after another in one run, figures printed
## (BENCH_HOUSEHOLDS, BENCH_OPERATIONS, BENCH_LINES=1000000,10000000)
bench: deps $(STAMP) translations
	$(BIN)/python -m tests.bench.run

## chaos: exactly once under SIGKILL, 100 kills of a terminal during push and apply (SQLite and PostgreSQL)
chaos: deps $(STAMP)
	$(BIN)/python -m tests.support.chaos run --kills 100

## screenshot: every session screen in every language, from real visits under Xvfb: var/screens/
screenshot: deps $(STAMP) translations
	@mkdir -p var/screens
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python -m tests.support.screens var/screens

## package: the Debian 12 packages guichet, guichet-terminal and guichet-central in var/dist/
## (DEB_REVISION, DEB_COMPRESS=xz|gzip|zstd, APT_URL: the repository the terminals follow)
package: deps $(STAMP) translations
	$(BIN)/python installer/package/build.py package --out $(DIST) --revision $(DEB_REVISION) \
		--compress $(DEB_COMPRESS) --apt-url '$(APT_URL)' --lintian

## repo: the signed apt repository made from var/dist/ (built first if empty) in var/repo/
## (GUICHET_REPO_GNUPGHOME and GUICHET_REPO_KEY for the real key; otherwise a development key
## made once in var/repo-key/)
repo: deps $(STAMP)
	@ls $(DIST)/*.deb >/dev/null 2>&1 || $(MAKE) package
	$(BIN)/python installer/package/build.py repo --dist $(DIST) --out $(REPO)

## lock: installer/requirements.lock, the hash-locked dependencies the packages are built from
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra postgres \
		--no-emit-index-url --no-emit-find-links -o installer/requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache
