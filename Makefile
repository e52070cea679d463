# meapp — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: venv run test lint bench translations demo dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	@touch $@

$(TESTSTAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[test]'
	@touch $(STAMP) $@

venv: $(STAMP)

run: $(STAMP) translations-compiled
	$(PY) main.py

test: $(TESTSTAMP) translations-compiled
	$(MAKE) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(TESTSTAMP)
	$(VENV)/bin/ruff check meapp tests bench main.py
	$(VENV)/bin/ruff format --check meapp tests bench main.py
	$(VENV)/bin/mypy meapp

# Update the .ts catalogues from the sources, then compile them to .qm.
translations: $(STAMP)
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py compile

translations-compiled: $(STAMP)
	$(PY) scripts/translations.py compile

bench: $(TESTSTAMP) translations-compiled
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
