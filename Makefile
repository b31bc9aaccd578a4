# CirclesDesk developer commands. `make run` and `make test` are the two a newcomer needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

# Debian libraries Qt needs: offscreen (tests) and X11/Wayland (the real window).
DEB_QT_TEST := libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
	libcups2 fonts-dejavu-core
DEB_QT_RUN := $(DEB_QT_TEST) libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1


.PHONY: run test lint typecheck pytest deps-test deps-run demo bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Install missing Debian packages (only possible as root or with sudo; otherwise name them).
define apt_ensure
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages Qt needs:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "Please install:$$missing"; exit 1; fi; \
	fi
endef

deps-test:
	$(call apt_ensure,$(DEB_QT_TEST))

deps-run:
	$(call apt_ensure,$(DEB_QT_RUN))

run: deps-run $(STAMP)
	$(BIN)/circlesdesk

lint: $(STAMP)
	$(BIN)/ruff check circlesdesk tests bench
	$(BIN)/ruff format --check circlesdesk tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck pytest

demo: $(STAMP)
	$(BIN)/circlesdesk demo --out demo

bench: $(STAMP)
	$(BIN)/python -m bench

# PNGs of every main screen for the docs and README, rendered offscreen from a demo organisation.
screenshots: deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m circlesdesk.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
