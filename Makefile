# The README's two commands are `make dashboard` and `make test`.
# Each creates the virtual environment first when it is missing or stale.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

CHROMIUM := /usr/bin/chromium

.PHONY: dashboard test lint bench clean demo

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

# Debian's Chromium for the browser tests (playwright drives it; it never downloads a browser).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "note: install Debian's chromium (sudo apt-get install chromium) for the browser tests"; fi

# The scored demo corpus, so that a fresh server's first page needs no analysers (it is
# rebuilt whenever the demo files, the data or the code change: its name is their hash).
demo: $(STAMP)
	$(PY) -m framing.scoring.demo

dashboard: $(STAMP) demo
	$(PY) -m streamlit run app.py

test: $(STAMP) $(CHROMIUM) demo
	$(PY) -m ruff check .
	$(PY) -m pytest -n 2

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .cache
