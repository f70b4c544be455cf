# The README's two commands are `make run` and `make test`; `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_VERSION := 3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
SERVICES := scripts/services.sh
# Loads DATABASE_URL and ELASTICSEARCH_URL written by `scripts/services.sh up`.
WITH_SERVICES := set -a && . .services/env && set +a &&
# pytest-xdist: a worker per core, each with its own database, search indexes and media.
# "load" hands tests out in their collected order, so each worker still runs the transactional
# (browser) tests last, after the tests that need the rows they flush; they spread over both
# workers; tests marked `last` (long walks) come after all the others, where "load" hands out
# a few tests at a time, so they spread too (tests/conftest.py). (worksteal can run a test
# after a browser test has emptied the database; loadfile does.) PYTEST_ARGS comes after:
# "-n 0" in it runs serially, as --pdb needs.
PYTEST_PARALLEL := -n 2 --dist load
# With the services up: the migration and translation checks, then pytest.
CHECKS_AND_PYTEST := $(WITH_SERVICES) DJANGO_SETTINGS_MODULE=wego_site.settings.test \
		$(MANAGE) makemigrations --check --dry-run && \
	$(PY) scripts/translations.py check && \
	$(WITH_SERVICES) $(VENV)/bin/pytest $(PYTEST_PARALLEL)

.PHONY: help run test test-fast bench load lint format services services-down services-status install system-packages

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	@command -v python$(PYTHON_VERSION) >/dev/null || { echo "Python $(PYTHON_VERSION) is needed"; exit 1; }
	test -x $(PY) || python$(PYTHON_VERSION) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-fund --no-audit --loglevel=error
	touch $@

locale/.compiled: $(wildcard locale/*/LC_MESSAGES/django.po) $(VENV)/.installed
	$(PY) scripts/translations.py compile
	touch $@

install: $(VENV)/.installed node_modules/.installed locale/.compiled ## Create .venv, install the Python and npm packages, compile the translations

system-packages: ## Install the Debian packages the tests need (PostgreSQL, Chromium)
	scripts/system-packages.sh

run: install ## Serve the site on http://127.0.0.1:8000/ with a task worker (SQLite unless DATABASE_URL is set)
	$(MANAGE) migrate --no-input
	$(MANAGE) load_initial_content
	$(MANAGE) create_demo_user
	$(MANAGE) load_nexus_groups
	$(MANAGE) load_nexus_events
	$(MANAGE) update_nexus_index
	@echo "Site: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/   Nexus: http://127.0.0.1:8000/en/nexus/"
	@# One task worker beside the server (mail, index updates), stopped with it.
	$(MANAGE) db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT; \
	$(MANAGE) runserver 127.0.0.1:8000

services: ## Start PostgreSQL and Elasticsearch and print how to use them
	$(SERVICES) up
	@echo "To use them: set -a; . .services/env; set +a   (then make run)"

services-down: ## Stop PostgreSQL and Elasticsearch
	$(SERVICES) down

services-status: ## Say whether PostgreSQL and Elasticsearch run, and where
	$(SERVICES) status

lint: install ## Check code style with ruff and the architecture contracts with import-linter
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install ## Reformat the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: install system-packages ## Start the services, run lint, checks and the whole suite, stop the services
	$(MAKE) --no-print-directory lint
	$(SERVICES) up
	trap '$(SERVICES) down' EXIT; $(CHECKS_AND_PYTEST) $(PYTEST_ARGS)

test-fast: install ## Like `make test` without the browser tests (those that drive Chromium)
	$(MAKE) --no-print-directory lint
	$(SERVICES) up
	trap '$(SERVICES) down' EXIT; $(CHECKS_AND_PYTEST) -m "not browser" $(PYTEST_ARGS)

bench: install ## Measure requests/s and p50/p99 latency of key pages (gunicorn, PostgreSQL)
	scripts/system-packages.sh postgresql wrk
	$(SERVICES) up
	trap '$(SERVICES) down' EXIT; $(PY) scripts/bench.py

load: install ## Load run: 200 users for 5 min (LOAD_USERS, LOAD_DURATION), p50/p95 per endpoint, limits checked
	scripts/load.sh
