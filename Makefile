# The two commands of the README: `make run` and `make test`. Both create what they need.
SHELL := /bin/sh
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
DEMO_DB ?= demo/operation.sqlite
DEMO_PEOPLE ?= 2200

.PHONY: run qt-check test test-fast floors venv lint bench screenshots clean

$(PY):
	"$$(tools/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# The linters at the versions pyproject.toml pins (its dev extra).
$(DEV_STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP) $(DEV_STAMP)

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	$(VENV)/bin/evacplan --db $(DEMO_DB) demo --people $(DEMO_PEOPLE) --seed 1

# Before a window opens: can Qt load its platform plugin here? If not, one line says
# which system packages to install (tools/qt_platform_check.py).
run: $(STAMP) qt-check $(DEMO_DB)
	$(VENV)/bin/evacplan --db $(DEMO_DB) gui

qt-check: $(STAMP)
	@$(PY) tools/qt_platform_check.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The suite without the tests marked slow (real processes killed, end-to-end command runs).
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

# Every dependency at its declared floor in a throwaway venv, an import and a few tests
# (tools/floors.py) on the oldest Python the project supports: the floors are wheels for it
# (numpy 2.0 has none for 3.13 and would build from source for many minutes). It downloads
# the old releases, so it is not part of `make test`.
FLOORS_PYTHON ?= python3.11
floors:
	$(FLOORS_PYTHON) tools/floors.py

# ruff, then mypy on the product (its cache in .mypy_cache: about 15 s once warm).
lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check planner solvers ui tests benchmarks
	$(VENV)/bin/mypy planner solvers ui

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
