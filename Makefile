# Two commands do all the set-up on a fresh machine:
#   make serve   install into .venv, build the brief and serve it at http://127.0.0.1:8000
#   make test    install into .venv (Chromium from Debian as root, axe-core from npm), run the whole test suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build offline test lint bench screenshots install install-test browser clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# installs are stamped: `make serve` reinstalls only when pyproject.toml changed (the package is
# installed editable, so code edits need no reinstall)
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# --dirty: a save rebuilds only the pages whose files changed (the generator writes only those),
# so an edit shows in seconds however many sources there are; `make build` is always complete
serve: install
	$(BIN)/mkdocs serve --dirty

build: install
	$(BIN)/mkdocs build --strict

# the offline edition: open site-offline/index.html from disk (links, search and filters work)
offline: install
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml

browser:
	bash .ci/install-browser
	bash .ci/install-axe

test: install-test browser
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/mypy
	$(BIN)/python -m tests.complexity
	bash .ci/pytest $(BIN)/python

bench: install
	$(BIN)/python -m brief.bench $(BENCH_ARGS)

# retake the screenshots in docs/assets (home, an actor, the timeline filtered, the sanctions table;
# desktop and phone, light and dark) from a fresh build
screenshots: install-test browser build
	PYTHONPATH=scripts:. $(BIN)/python -m tests.screenshots --site site --out docs/assets

clean:
	rm -rf site site-offline .pytest_cache .cache
