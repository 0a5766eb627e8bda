# examgen: `make build` sets up what is missing and builds the sample notes into build/;
# `make test` runs the test suite. Both work as root on a fresh Debian 12 machine.

VENV    ?= .venv
PY      := $(VENV)/bin/python
EXAMGEN := $(VENV)/bin/examgen
APT_PACKAGES := fonts-noto-cjk fonts-noto-core libharfbuzz-subset0 poppler-utils python3-venv \
                chromium chromium-driver

.PHONY: build test eval lint bench golden docs-images system-deps venv clean

build: system-deps $(VENV)/.installed
	$(EXAMGEN) build

test: system-deps $(VENV)/.installed
	$(PY) -m ruff check examgen tests bench
	$(PY) -m pytest -q

# Extraction scored on the corpus of real notes (../shared/corpus); fails when a total falls
# below eval/ratchet.json. `$(PY) bench/eval.py --raise` records better figures.
eval: $(VENV)/.installed
	$(PY) bench/eval.py

lint: $(VENV)/.installed
	$(PY) -m ruff check examgen tests bench
	$(PY) -m ruff format --check examgen tests bench

bench: system-deps $(VENV)/.installed
	$(PY) bench/run.py

# Refresh the golden files (facts of the sample, HTML handed to WeasyPrint) after an
# intended change; review the diff before committing.
golden: $(VENV)/.installed
	EXAMGEN_UPDATE_GOLDEN=1 $(PY) -m pytest -q tests -k golden

# The pictures in the README, made from the sample notes.
docs-images: system-deps $(VENV)/.installed
	$(PY) bench/docs_images.py
	$(PY) bench/practice_image.py

# Installs only what dpkg does not already have, so a second run installs nothing.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf build .pytest_cache .ruff_cache
