# Werkroute: `make demo` runs the portal with demo content, `make test` runs the whole suite.
# Both start from a fresh clone: they create .venv, install the Python and npm packages and
# build the front-end files first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
LANGS := nl en ar fa ti tr

.PHONY: demo test test-unit test-unit-demo test-unit-skeleton test-browser install install-dev assets system-packages messages lint format clean backup restore

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

core/static/vendor/.built: node_modules/.package-lock.json scripts/build_assets.py core/static/css/portal.css $(VENV)/.installed
	$(BIN)/python scripts/build_assets.py

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev
assets: core/static/vendor/.built

demo: install assets
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@echo ""
	@echo "Werkroute runs at http://$(HOST):$(PORT)/  (Dutch: /nl/, English: /en/, Arabic: /ar/,"
	@echo "Persian: /fa/, Tigrinya: /ti/, Turkish: /tr/); the editors' admin is at /admin/."
	@echo "Log in with the demo logins printed above. Stop with Ctrl+C."
	$(MANAGE) runserver $(HOST):$(PORT)

# Browser tests run in their own pytest session: they serve demo content from the test
# database for the whole session, which the unit tests must not see.
test: install-dev assets system-packages
	$(MAKE) --no-print-directory test-unit test-browser

# Chromium, fonts and gettext from Debian, when missing and this user may install them.
system-packages:
	bash scripts/system_packages.sh

# The unit tests in two sessions side by side, each with its own test database: the tests marked
# `skeleton` on the skeleton site and their own factory data, the others on the whole demo.
# UNIT_WORKERS=n spreads the demo session over n pytest-xdist workers (each loads the demo).
# Each session ends with its 20 slowest steps, so a test that grows slow shows in every run.
UNIT_WORKERS ?= 0
UNIT := $(BIN)/python -m pytest tests --ignore=tests/browser -p no:cacheprovider --durations=20

test-unit:
	$(MAKE) --no-print-directory -j2 --output-sync=target test-unit-demo test-unit-skeleton

test-unit-demo:
	$(UNIT) -m "not skeleton" -n $(UNIT_WORKERS) --dist loadgroup

test-unit-skeleton:
	$(UNIT) -m skeleton

test-browser:
	$(BIN)/python -m pytest tests/browser -p no:cacheprovider

# Refresh the gettext catalogues after changing UI strings (needs GNU gettext).
messages: install
	$(MANAGE) makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --no-location --no-wrap \
		--ignore=.venv --ignore=node_modules --ignore=static_collected --ignore=tests --ignore=bench
	$(MANAGE) compilemessages --ignore=.venv

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Database dump, media and manifest into a new directory under BACKUP_DIR (docs/backups.md).
backup:
	$(MANAGE) backup_site

# make restore BACKUP=backups/werkroute-20260110T021500Z (asks before it replaces anything).
restore:
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=path/to/backup-directory" >&2; exit 2; }
	$(MANAGE) restore_site "$(BACKUP)"

clean:
	rm -rf $(VENV) node_modules core/static/vendor static_collected .test-db.sqlite3* .test-media
