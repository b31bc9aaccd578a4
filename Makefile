# CirclesDesk developer commands. `make run` and `make test` are the two a newcomer needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
TS_FILES := $(wildcard resources/translations/circlesdesk_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

# Debian libraries Qt needs: offscreen (tests) and X11/Wayland (the real window); poppler-utils
# reads back the PDF reports in the tests.
DEB_QT_TEST := libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
	libcups2 fonts-dejavu-core poppler-utils
DEB_QT_RUN := $(DEB_QT_TEST) libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
# Validators for the Linux desktop files (tests/unit/test_packaging.py runs them).
DEB_PACKAGING := desktop-file-utils appstream shared-mime-info
# A screen reader's desktop for tests/atspi: an X server, a D-Bus session, the AT-SPI bus and
# registry, and pyatspi for Debian's /usr/bin/python3 (the app itself runs on xcb: DEB_QT_RUN).
DEB_ATSPI := xvfb dbus-daemon at-spi2-core python3-pyatspi


.PHONY: run test lint typecheck pytest deps-test deps-run demo bench screenshots clean translations dist dist-check packaging-check

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
	$(call apt_ensure,$(DEB_QT_RUN))
	$(call apt_ensure,$(DEB_PACKAGING))
	$(call apt_ensure,$(DEB_ATSPI))

deps-run:
	$(call apt_ensure,$(DEB_QT_RUN))

run: deps-run $(STAMP) $(QM_FILES)
	$(BIN)/circlesdesk

lint: $(STAMP)
	$(BIN)/ruff check circlesdesk tests bench tools
	$(BIN)/ruff format --check circlesdesk tests bench tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: deps-test $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# CI runs `make test`: the checks, the tests, and the installable app built and smoke-tested.
test: lint typecheck pytest dist

demo: $(STAMP)
	$(BIN)/circlesdesk demo --out demo

bench: $(STAMP)
	$(BIN)/python -m bench

# PNGs of every main screen for the docs and README, rendered offscreen from a demo organisation.
screenshots: deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots

# The installable app (packaging/README.md): a PyInstaller one-folder build in dist/circlesdesk,
# a smoke test of the built binary (offscreen, throwaway HOME) and the Linux tarball.
$(BIN)/pyinstaller: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'

dist: deps-run $(BIN)/pyinstaller $(QM_FILES)
	rm -rf dist/circlesdesk
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/circlesdesk.spec
	$(BIN)/python packaging/smoke_test.py dist/circlesdesk/circlesdesk
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/linux/make_tarball.py dist/circlesdesk dist

# The desktop file, AppStream metainfo and MIME type validated (also part of `make test`).
packaging-check: deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/unit/test_packaging.py

# Everything CI would run for the installable app: build, smoke test, tarball, validators.
dist-check: dist packaging-check

# Translations (docs/translating.md): `make translations` refreshes every .ts from the code,
# compiles the .qm files the app loads and builds the pseudo-locales in build/translations.
# The .qm files are built, never committed: `run` and `pytest` compile the ones out of date.
translations: $(STAMP)
	$(BIN)/python -m circlesdesk.ui.translations update

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
