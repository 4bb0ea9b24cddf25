# The two commands: `make serve` and `make test`. Everything else is a step of those.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8866
HOST ?= 127.0.0.1
# warm kernels kept ready: about the number of learners who open an exercise at the same moment
POOL ?= 4
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: serve workshop test test-hub book publish install install-dev install-hub system-deps axe book-pdf lint bench bench-workshop clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

# The JupyterHub path: jupyterhub from PyPI, configurable-http-proxy from npm into deploy/node_modules.
$(VENV)/.hub-installed: requirements-hub.txt $(VENV)/.dev-installed
	$(PY) -m pip install -q -r requirements-hub.txt
	touch $@

deploy/node_modules/.installed: deploy/package.json deploy/package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null)
	cd deploy && npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.dev-installed
install-hub: $(VENV)/.hub-installed deploy/node_modules/.installed

# Debian packages the tests need: chromium for the browser tests, hunspell for the spelling check,
# postgresql for the store's PostgreSQL test, LibreOffice (no GUI) to open the plan's downloads,
# poppler-utils (pdftotext) to read the book's PDF.
system-deps:
	@missing=""; \
	for pkg in chromium hunspell hunspell-lv postgresql libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils; do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

# The book, with the exercise pages executed as static previews (cached between builds).
book: $(VENV)/.installed
	$(PY) tools/book_fresh.py
	CRAFTBOOK_STATIC=1 $(VENV)/bin/jupyter-book build . -W -n --keep-going

# The book as a static site for any web host, and a zip for offline reading (_build/publish/).
# APP_URL names the workbook server the exercise buttons open (empty: no server, the pages say how).
APP_URL ?=
publish: book
	$(PY) tools/publish.py --app-url="$(APP_URL)" --zip

serve: book
	$(PY) -m widgets.serve --port=$(PORT) --host=$(HOST) --pool=$(POOL)

# A trainer-led class on the local network: a new room (NAME=), a pool sized for the class (POOL=30),
# listening on every interface (HOST=0.0.0.0). Prints the learners' address, the join code and the
# trainer's link.
workshop: HOST = 0.0.0.0
workshop: POOL = 30
workshop: book
	$(PY) -m widgets.workshop --name="$(NAME)" --port=$(PORT) --host=$(HOST) --pool=$(POOL)

# axe-core (the accessibility engine of Lighthouse and most audits) for the browser tests, from the npm
# registry into a project-local folder; the tests inject this file, nothing is fetched while they run.
AXE_VERSION := 4.10.3
AXE := .cache/axe/node_modules/axe-core/axe.min.js
$(AXE):
	command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null)
	npm install --prefix .cache/axe --no-audit --no-fund --save-exact --loglevel=error axe-core@$(AXE_VERSION) >/dev/null
	@test -f $@
axe: $(AXE)

# The whole book as one PDF (Debian chromium prints the built pages; pypdf merges them, with page
# numbers): _build/html/amatnieku-burtnica.pdf, linked from the front page once it exists.
book-pdf: book $(VENV)/.dev-installed system-deps
	$(PY) tools/book_pdf.py

test: $(VENV)/.dev-installed install-hub system-deps $(AXE)
	$(VENV)/bin/ruff check widgets tests tools bench
	$(PY) tools/make_notebooks.py --check
	$(PY) -m pytest --nbval-lax tests exercises

# A real JupyterHub with two users, their servers and the PostgreSQL store, and the lint of the
# deployment files (deploy/): also part of `make test`.
test-hub: install-hub system-deps
	$(PY) -m pytest -m hub tests/test_hub.py

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check widgets tests tools bench

bench: $(VENV)/.dev-installed book system-deps
	$(PY) bench/run.py

# A class of 30 saving 100 answers each at once, on SQLite and on PostgreSQL (bench/workshop.py).
bench-workshop: $(VENV)/.dev-installed book system-deps
	$(PY) bench/workshop.py

clean:
	rm -rf _build
