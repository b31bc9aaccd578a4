"""The installable app's files: desktop entry, AppStream metainfo, MIME type, icons, Qt modules.

The validators (desktop-file-validate, appstreamcli, update-mime-database) are Debian packages
that ``make test`` installs (DEB_PACKAGING in the Makefile); a missing one fails its test with the
package to install instead of skipping, so a check can never silently disappear. The built app
itself is tested by ``make dist`` (packaging/smoke_test.py); here ``--self-test`` runs from source.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

from circlesdesk import __version__
from circlesdesk.ui.app import DESKTOP_FILE
from tests.vault_kit import OTHER_PASSPHRASE, PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.circlesdesk.CirclesDesk"
BUNDLE_TYPE = "application/x-circlesdesk-bundle"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def load(path: Path) -> ModuleType:
    """A script of packaging/ as a module (packaging/ is not a package: the name is taken)."""
    spec = importlib.util.spec_from_file_location(f"_packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def tool(name: str, package: str) -> str:
    """The validator's path; fails (never skips) when it is not installed."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install the Debian package {package} (make deps-test)")
    return found


def project() -> dict[str, str]:
    with (REPO / "pyproject.toml").open("rb") as handle:
        table: dict[str, str] = tomllib.load(handle)["project"]
    return table


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# -- the desktop entry -------------------------------------------------------------------------


def test_the_desktop_entry_names_the_app_its_icon_and_bundle_type() -> None:
    entry = desktop_entry()
    assert DESKTOP.stem == DESKTOP_FILE == APP_ID  # Wayland matches windows to it by this id
    assert entry["Type"] == "Application"
    assert entry["Name"] == "CirclesDesk"
    assert entry["Exec"] == "circlesdesk %f"  # a double-clicked .cdb file arrives as argument
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert BUNDLE_TYPE in entry["MimeType"].split(";")


def test_desktop_file_validate_accepts_the_desktop_entry() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


# -- AppStream ---------------------------------------------------------------------------------


def test_the_metainfo_matches_the_desktop_entry_and_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "circlesdesk"
    assert root.findtext("provides/mediatype") == BUNDLE_TYPE
    assert root.findtext("project_license") == project()["license"]
    releases = [release.get("version") for release in root.iterfind("releases/release")]
    assert releases[0] == __version__  # the newest release is the one being built


def test_appstreamcli_validates_the_metainfo() -> None:
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# -- the MIME type of bundle files ----------------------------------------------------------------


def test_cdb_files_get_the_bundle_type_the_desktop_entry_opens(tmp_path: Path) -> None:
    root = ET.parse(MIME).getroot()
    (declared,) = root.iterfind(f"{MIME_NS}mime-type")
    assert declared.get("type") == BUNDLE_TYPE
    assert [g.get("pattern") for g in declared.iterfind(f"{MIME_NS}glob")] == ["*.cdb"]

    mime = Path(os.environ["XDG_DATA_HOME"]) / "mime"  # the test's own (conftest)
    assert mime.is_relative_to(tmp_path)
    (mime / "packages").mkdir(parents=True)
    shutil.copyfile(MIME, mime / "packages" / f"{APP_ID}.xml")
    updater = tool("update-mime-database", "shared-mime-info")
    done = subprocess.run([updater, str(mime)], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stderr) == (0, "")
    globs = (mime / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:{BUNDLE_TYPE}:*.cdb" in globs


# -- icons -------------------------------------------------------------------------------------


def test_the_app_icon_renders_at_every_hicolor_size(tmp_path: Path) -> None:
    icons = load(LINUX / "render_icons.py")
    written = icons.render(tmp_path)
    for size in icons.SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
        assert image.pixelColor(0, 0).alpha() < 255  # rounded corner: transparent
    scalable = tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (REPO / "resources" / "icons" / "app.svg").read_bytes()
    assert len(written) == len(icons.SIZES) + 1


# -- which Qt modules the build bundles --------------------------------------------------------


def test_the_qt_modules_imported_by_a_package_are_found(tmp_path: Path) -> None:
    qt = load(PACKAGING / "qt_modules.py")
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.py").write_text("from PySide6.QtCore import Qt\nimport PySide6.QtSvg\n")
    (tmp_path / "sub" / "b.py").write_text("from PySide6 import QtGui, QtWidgets\n")
    (tmp_path / "c.py").write_text("x = 1  # no Qt\n")
    assert qt.imported_by(tmp_path) == {"QtCore", "QtSvg", "QtGui", "QtWidgets"}


def test_the_build_bundles_what_circlesdesk_imports_and_excludes_the_rest() -> None:
    import PySide6

    qt = load(PACKAGING / "qt_modules.py")
    folder = Path(PySide6.__file__).parent
    bundled, excluded = qt.needed_and_excluded(REPO / "circlesdesk", folder)
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= bundled
    assert qt.imported_by(REPO / "circlesdesk") <= bundled
    assert not {f"PySide6.{name}" for name in bundled} & set(excluded)
    assert {f"PySide6.{name}" for name in bundled} | set(excluded) == {
        f"PySide6.{name}" for name in qt.available(folder)
    }
    assert "PySide6.QtQml" in excluded  # QML is never used


def test_pyside6_6_12_is_excluded_only_where_none_is_mortal() -> None:
    from packaging.requirements import Requirement

    pins = [Requirement(d) for d in project()["dependencies"] if d.startswith("PySide6")]
    for python, allowed in (("3.11", False), ("3.12", True), ("3.13", True)):
        applying = [
            r for r in pins if r.marker is None or r.marker.evaluate({"python_version": python})
        ]
        assert len(applying) == 1, python
        assert applying[0].specifier.contains("6.12.0") is allowed, python
        assert applying[0].specifier.contains("6.11.3"), python


def test_void_calls_keep_the_references_to_none(qapp: object) -> None:
    """The trigger of PySide6 6.12's crash on Python 3.11: each void method call (here a scroll
    bar moved, as the History view does) dropped a reference to None it did not hold, until
    Python aborted with "deallocating None". On 3.12+ None is immortal and its count fixed."""
    from PySide6.QtWidgets import QScrollBar

    bar = QScrollBar()
    bar.setRange(0, 10_000)
    before = sys.getrefcount(None)
    for value in range(5_000):
        bar.setValue(value)
    assert sys.getrefcount(None) >= before - 50


def test_the_lint_tools_are_pinned() -> None:
    with (REPO / "pyproject.toml").open("rb") as handle:
        test_extra = tomllib.load(handle)["project"]["optional-dependencies"]["test"]
    for tool_name in ("ruff", "mypy"):
        [pin] = [d for d in test_extra if d.startswith(tool_name)]
        assert "==" in pin, pin


def test_the_app_needs_only_pyside6_essentials_not_the_addons() -> None:
    qt = load(PACKAGING / "qt_modules.py")
    dependencies = [d.replace(" ", "") for d in project()["dependencies"]]
    assert not [d for d in dependencies if d.lower().startswith("pyside6-addons")]
    assert "QtCharts" not in qt.imported_by(REPO / "circlesdesk")  # charts are drawn by QPainter


# -- the self-test the smoke test runs in the built app ------------------------------------------


def _self_test(vault_folder: Path, home: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CIRCLESDESK_", "XDG_"))}
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        CIRCLESDESK_DATA_DIR=str(vault_folder),
        CIRCLESDESK_PASSPHRASE=passphrase,
        PYTHONPATH=str(REPO),
    )
    return subprocess.run(
        [sys.executable, str(PACKAGING / "launcher.py"), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=home,
    )


def test_the_self_test_unlocks_and_shows_the_main_window(
    volunteer_vault_dir: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = _self_test(volunteer_vault_dir, home, PASSPHRASE)
    assert done.returncode == 0, done.stderr
    shown = "self-test: main window shown with pages "
    first, unlock = done.stdout.splitlines()
    assert first.startswith(shown), done.stdout
    assert {"home", "meeting", "sync"} <= set(first[len(shown) :].split(","))
    assert unlock == "self-test: unlock button 'Unlock'"  # as the user saw it (no mnemonic &)


def test_the_self_test_fails_with_the_wrong_passphrase(
    volunteer_vault_dir: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = _self_test(volunteer_vault_dir, home, OTHER_PASSPHRASE)
    assert done.returncode == 1
    assert done.stdout.startswith("self-test: the unlock window said: ")
    assert OTHER_PASSPHRASE not in done.stdout + done.stderr


def test_the_smoke_test_sandbox_hides_the_callers_data_and_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    smoke = load(PACKAGING / "smoke_test.py")
    monkeypatch.setenv("CIRCLESDESK_DATA_DIR", "/somewhere/real")
    monkeypatch.setenv("XDG_DATA_HOME", "/somewhere/else")
    env = smoke.sandbox_env(tmp_path, passphrase="p")
    assert env["HOME"] == str(tmp_path / "home")
    assert not {k for k in env if k.startswith("XDG_") and k != "XDG_RUNTIME_DIR"}
    assert "CIRCLESDESK_DATA_DIR" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    expected = smoke.expected_data_dir(Path(env["HOME"]))
    assert expected.is_relative_to(tmp_path / "home") and expected.name == "CirclesDesk"


# -- the Linux tarball and its installer ----------------------------------------------------------


def test_the_tarball_layout_installs_into_a_prefix(tmp_path: Path) -> None:
    tarball = load(LINUX / "make_tarball.py")
    app = tmp_path / "built" / "circlesdesk"
    (app / "_internal").mkdir(parents=True)
    (app / "circlesdesk").write_text('#!/bin/sh\necho built app "$@"\n')
    (app / "circlesdesk").chmod(0o755)
    for name in tarball.LICENCE_FILES:
        (app / "_internal" / name).write_text(f"{name} text\n")
    top = tmp_path / "circlesdesk-test"
    tarball.lay_out(app, top)
    doc = top / "share" / "doc" / "circlesdesk"
    assert (doc / "THIRD-PARTY-NOTICES.txt").read_text() == "THIRD-PARTY-NOTICES.txt text\n"
    assert (top / "bin" / "circlesdesk").resolve() == (top / "lib" / "circlesdesk" / "circlesdesk")
    assert (top / "share" / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()

    prefix = tmp_path / "prefix"
    tool("update-mime-database", "shared-mime-info")
    env = {**os.environ, "HOME": str(tmp_path / "home"), "PATH": os.environ["PATH"]}
    done = subprocess.run(
        ["sh", str(top / "install.sh"), str(prefix)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"CirclesDesk is installed in {prefix}" in done.stdout
    ran = subprocess.run(
        [str(prefix / "bin" / "circlesdesk"), "x.cdb"], capture_output=True, text=True, check=True
    )
    assert ran.stdout == "built app x.cdb\n"
    globs = (prefix / "share" / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"60:{BUNDLE_TYPE}:*.cdb" in globs.splitlines()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()


# -- licences ----------------------------------------------------------------------------------


def test_the_project_licence_is_the_gpl_the_metadata_declares() -> None:
    assert project()["license"] == "GPL-3.0-or-later"
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text
    assert project()["license-files"] == ["LICENSE"]


def test_the_notices_hold_a_licence_text_for_every_bundled_distribution() -> None:
    third_party = load(PACKAGING / "third_party.py")
    bundled = third_party.bundled_distributions()
    assert {"pyside6-essentials", "shiboken6", "sqlcipher3", "cryptography", "platformdirs"} <= set(
        bundled
    )
    notices = third_party.notices()
    assert "Python 3." in notices and "PSF-2.0" in notices
    for name in bundled:
        assert third_party.licence_files(name), name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices  # Qt, shiboken
    assert "ZETETIC LLC" in notices  # SQLCipher, statically linked into sqlcipher3


def test_a_distribution_without_a_licence_text_stops_the_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    third_party = load(PACKAGING / "third_party.py")
    monkeypatch.setattr(third_party, "licence_files", lambda name: [])
    with pytest.raises(SystemExit, match="ships no licence text"):
        third_party.notices()


# -- version, changelog, entry points ------------------------------------------------------------


def test_the_version_has_one_source() -> None:
    assert "version" not in project()
    assert "version" in project()["dynamic"]
    with (REPO / "pyproject.toml").open("rb") as handle:
        hatch = tomllib.load(handle)["tool"]["hatch"]
    assert hatch["version"]["path"] == "circlesdesk/__init__.py"
    assert load(LINUX / "make_tarball.py").version() == __version__


def test_the_changelog_starts_with_the_version_being_built() -> None:
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[0] == "## Unreleased"
    assert headings[1].startswith(f"## {__version__} ")


def test_the_desktop_launcher_is_a_gui_script() -> None:
    with (REPO / "pyproject.toml").open("rb") as handle:
        table = tomllib.load(handle)["project"]
    assert table["gui-scripts"] == {"circlesdesk-gui": "circlesdesk.cli:main"}
    assert table["scripts"]["circlesdesk"] == "circlesdesk.cli:main"


def test_the_smoke_test_refuses_unused_qt_modules_the_spec_leaves_out() -> None:
    smoke = load(PACKAGING / "smoke_test.py")
    assert smoke.unused_qt("libQt6Quick.so.6") and smoke.unused_qt("libqtvirtualkeyboardplugin.so")
    assert smoke.unused_qt("libqpdf.so") and smoke.unused_qt("libQt6QmlModels.so.6")
    assert not smoke.unused_qt("libQt6Widgets.so.6") and not smoke.unused_qt("libqsvg.so")
    spec = (PACKAGING / "circlesdesk.spec").read_text(encoding="utf-8")
    assert f"UNUSED_QT = {smoke.UNUSED_QT!r}".replace("'", '"') in spec
