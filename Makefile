# PlainPolicy: the two commands a new user needs are `make site` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Material for MkDocs prints a multi-line notice about MkDocs 2 on every build.
export NO_MKDOCS_2_WARNING := 1
# Page dates (sitemap) come from the last commit, so a rebuild of the same commit is identical.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: site serve test generate chromium clean lock help bench

help:
	@echo "make site   - install, generate the pages and build the site into site/"
	@echo "make serve  - preview at http://127.0.0.1:8000 (regenerates on edits)"
	@echo "make test   - install test tools (and chromium) and run every test"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.site-installed: pyproject.toml setup.py constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -c constraints.txt -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml setup.py constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	@touch $@ $(VENV)/.site-installed

site: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict --site-dir site
	@echo
	@echo "Site built in site/. Preview it with: make serve"

serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

generate: $(VENV)/.site-installed
	$(BIN)/plainpolicy build

# Browser tests drive Debian's chromium package; install it when it is missing.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

test: $(VENV)/.test-installed chromium
	$(BIN)/python -m pytest

# Synthetic corpora of 100, 1,000 and 10,000 policies, every stage timed: writes bench/results.md.
# Takes about an hour on 2 cores (10,000 policies dominate); BENCH_ARGS="--sizes 100,1000" for a quick run.
bench: $(VENV)/.test-installed
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# Refresh constraints.txt after changing dependencies in pyproject.toml.
lock: | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^plainpolicy' > constraints.txt

clean:
	rm -rf site .pytest_cache
