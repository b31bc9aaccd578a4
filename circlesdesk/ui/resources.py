"""Icons, style sheets and translations shipped with the app, found in the wheel or the checkout.

The wheel carries the repository's ``resources/`` folder as ``circlesdesk/resources`` (see
``pyproject.toml``'s force-include); an editable install reads the checkout's ``resources/``
beside the package. :func:`resource_root` is the one place that knows both; everything reads
through :mod:`importlib.resources` traversables, so a zipped install works too.
"""

from __future__ import annotations

import functools
import logging
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QByteArray, QLibraryInfo, QLocale, QRectF, Qt, QTranslator
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

PACKAGE = "circlesdesk"
FOLDER = "resources"
# The one stroke colour every line icon is drawn with; recoloured for a dark palette.
ICON_INK = "#2E5E6E"
ICON_INK_DARK = "#A9D3DC"
# On a selected item (accent background), the ink is the accent's text colour.
ICON_ON_ACCENT = "#FFFFFF"
ICON_ON_ACCENT_DARK = "#0E1416"
# Line icons are shown at 16–32 points (up to 64 pixels on a high-DPI screen); the app icon also
# as the window's and the about box's, larger. Rendering only these keeps the first window quick.
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64)
APP_ICON = "app"
APP_ICON_SIZES = (*ICON_SIZES, 96, 128, 256)


_KEEP_ALIVE: list[bytes] = []


class ResourcesMissing(RuntimeError):
    """The resources folder is in neither place: a broken installation, not a user error."""


@functools.cache
def resource_root() -> Traversable:
    """The folder holding ``icons/``, ``style/`` and ``translations/``."""
    package = resources.files(PACKAGE)
    inside = package.joinpath(FOLDER)
    if inside.is_dir():
        return inside
    if isinstance(package, Path):
        beside = package.parent / FOLDER
        if beside.is_dir():
            return beside
    raise ResourcesMissing("CirclesDesk's resources folder is missing from the installation")


def read_bytes(*parts: str) -> bytes:
    """A resource file's bytes, e.g. ``read_bytes("icons", "home.svg")``."""
    return resource_root().joinpath(*parts).read_bytes()


def read_text(*parts: str) -> str:
    """A resource text file (UTF-8)."""
    return read_bytes(*parts).decode("utf-8")


GUIDE = ("help", "user-guide.md")


def user_guide() -> str:
    """The user guide's Markdown, readable offline.

    The wheel and the PyInstaller build ship ``docs/user-guide.md`` as ``help/user-guide.md``
    under the resources (pyproject's force-include, packaging/circlesdesk.spec); a checkout
    reads ``docs/user-guide.md`` itself, so the guide is written once.
    """
    shipped = resource_root().joinpath(*GUIDE)
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    package = resources.files(PACKAGE)
    if isinstance(package, Path):
        checkout = package.parent / "docs" / GUIDE[-1]
        if checkout.is_file():
            return checkout.read_text(encoding="utf-8")
    raise ResourcesMissing("CirclesDesk's user guide is missing from the installation")


def icon(name: str, *, dark: bool | None = None) -> QIcon:
    """A shipped SVG icon, rendered crisply at every common size (high-DPI safe).

    Line icons are drawn in :data:`ICON_INK`; on a dark palette (``dark`` None asks the running
    application) that ink is swapped for a light one, and the *selected* mode (a highlighted
    list item) uses the accent's text colour. A ``QApplication`` must exist.
    """
    if dark is None:
        dark = _palette_is_dark()
    return QIcon(_icon(name, dark))


@functools.cache
def _icon(name: str, dark: bool) -> QIcon:
    data = read_bytes("icons", f"{name}.svg")
    ink = ICON_INK_DARK if dark else ICON_INK
    selected_ink = ICON_ON_ACCENT_DARK if dark else ICON_ON_ACCENT
    result = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, ink), (QIcon.Mode.Selected, selected_ink)):
        renderer = QSvgRenderer(QByteArray(data.replace(ICON_INK.encode(), colour.encode())))
        if not renderer.isValid():
            raise ResourcesMissing(f"icon {name!r} is not a valid SVG file")
        for size in APP_ICON_SIZES if name == APP_ICON else ICON_SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result


def clear_icon_cache() -> None:
    """Forget rendered icons (after the palette switches between light and dark)."""
    _icon.cache_clear()


def _palette_is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().window().color().lightness() < 128


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and CirclesDesk's translations for the locale, where they exist.

    CirclesDesk's are ``translations/circlesdesk_<lang>.qm``. The translators are children of
    ``app``; the installed ones are returned.
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        qt_translator.deleteLater()
    folder = resource_root().joinpath("translations")
    for name in locale.uiLanguages():
        candidate = folder.joinpath(f"circlesdesk_{name.replace('-', '_')}.qm")
        if candidate.is_file():
            ours = QTranslator(app)
            data = candidate.read_bytes()
            if ours.load(data):
                # Qt reads the translation from these bytes without copying them.
                _KEEP_ALIVE.append(data)
                app.installTranslator(ours)
                installed.append(ours)
                log.info("translation loaded for %s", name)
            else:
                ours.deleteLater()
            break
    return installed
