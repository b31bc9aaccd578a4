"""Resources are found, icons render, the style sheet is complete, the QR code is well formed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)
from pytestqt.qtbot import QtBot

from circlesdesk.ui import resources, style
from circlesdesk.ui.fingerprint import QUIET_ZONE, FingerprintView, grouped_lines, qr_matrix

FINGERPRINT = "12345 67890 13579 24680 11223 34455 66778 89900"


def test_the_checkout_resources_are_found() -> None:
    root = resources.resource_root()
    assert isinstance(root, Path) and root.name == "resources"
    assert root.joinpath("style", "app.qss").is_file()


@pytest.mark.parametrize(
    "name", ["app", "home", "meeting", "history", "search", "sync", "lock", "quit"]
)
@pytest.mark.parametrize("dark", [False, True])
def test_every_icon_renders(qtbot: QtBot, name: str, dark: bool) -> None:
    icon = resources.icon(name, dark=dark)
    assert not icon.isNull()
    image = icon.pixmap(48, 48).toImage()
    assert image.width() == 48
    painted = sum(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48))
    assert painted > 40


def test_dark_icons_are_drawn_in_a_light_ink(qtbot: QtBot) -> None:
    light = resources.icon("lock", dark=False).pixmap(64, 64).toImage()
    dark = resources.icon("lock", dark=True).pixmap(64, 64).toImage()

    def ink_lightness(image: object) -> float:
        values = [
            image.pixelColor(x, y).lightness()  # type: ignore[attr-defined]
            for x in range(64)
            for y in range(64)
            if image.pixelColor(x, y).alpha() > 200  # type: ignore[attr-defined]
        ]
        return sum(values) / len(values)

    assert ink_lightness(dark) > ink_lightness(light) + 60


@pytest.mark.parametrize("scheme", [style.LIGHT, style.DARK])
def test_the_style_sheet_has_every_colour_filled_in(scheme: style.Scheme) -> None:
    sheet = style.style_sheet(scheme, 12)
    assert "$" not in sheet
    assert scheme.alert_bg in sheet and 'QLabel[role="alert"]' in sheet


def test_the_base_font_is_readable(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.font().pointSizeF() >= 11
    assert app.applicationName() == "CirclesDesk"
    assert not app.windowIcon().isNull()


def test_qr_matrix_is_a_real_qr_code() -> None:
    matrix = qr_matrix(FINGERPRINT)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    assert (size - 17) % 4 == 0  # version v is 17 + 4v modules wide
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):  # the three finder patterns
        assert all(matrix[top][left + i] for i in range(7))
        assert all(matrix[top + 6][left + i] for i in range(7))
        assert not matrix[top + 1][left + 1] and matrix[top + 3][left + 3]


def test_fingerprint_view_shows_groups_and_draws_the_code(qtbot: QtBot) -> None:
    view = FingerprintView()
    qtbot.addWidget(view)
    view.set_fingerprint(FINGERPRINT)
    view.resize(700, 260)
    view.show()
    qtbot.waitExposed(view)
    assert view.digits.text() == grouped_lines(FINGERPRINT)
    assert view.digits.text().count("\n") == 1
    image = view.qr.grab().toImage()
    side = min(image.width(), image.height())
    modules = len(view.qr.matrix) + 2 * QUIET_ZONE
    unit = side // modules
    left = (image.width() - unit * modules) // 2
    top = (image.height() - unit * modules) // 2
    corner = image.pixelColor(left + QUIET_ZONE * unit + unit // 2, top + QUIET_ZONE * unit + 1)
    quiet = image.pixelColor(left + unit // 2, top + unit // 2)
    assert corner.lightness() < 50 and quiet.lightness() > 200


TS_FILE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>UnlockPanel</name>
<message><source>Unlock CirclesDesk</source>
<translation>Déverrouiller CirclesDesk</translation></message>
</context>
</TS>
"""


def test_a_shipped_translation_changes_what_the_window_says(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    import PySide6
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from circlesdesk.ui.unlock import UnlockPanel

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    if not lrelease.exists():
        pytest.skip("PySide6's lrelease is not installed")
    root = tmp_path / "resources"
    (root / "translations").mkdir(parents=True)
    (tmp_path / "fr.ts").write_text(TS_FILE, encoding="utf-8")
    subprocess.run(
        [
            str(lrelease),
            str(tmp_path / "fr.ts"),
            "-qm",
            str(root / "translations/circlesdesk_fr.qm"),
        ],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(resources, "resource_root", lambda: root)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = resources.install_translators(app, QLocale(QLocale.Language.French))
    try:
        assert installed
        panel = UnlockPanel()
        qtbot.addWidget(panel)
        assert panel.title.text() == "Déverrouiller CirclesDesk"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
            translator.deleteLater()


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_check_boxes_and_radio_buttons_stand_out_on_either_palette(
    qtbot: QtBot, qapp: QApplication, dark: bool, kind: type[QCheckBox | QRadioButton]
) -> None:
    scheme = style.apply(qapp, dark=dark)
    try:
        button = kind("Present")
        qtbot.addWidget(button)
        button.show()
        image = button.grab().toImage()
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if kind is QCheckBox
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        box = button.style().subElementRect(element, option, button)
        ratio = image.devicePixelRatio()
        window = QColor(scheme.window)
        # The strongest edge of the empty indicator against the window around it (what an eye
        # finds): at least 3:1, WCAG's minimum for a control's outline.
        edge = [
            QColor(image.pixel(int(x * ratio), int(box.center().y() * ratio)))
            for x in range(box.left(), box.left() + 4)
        ]
        assert max(contrast(colour, window) for colour in edge) >= 3.0
    finally:
        style.apply(qapp, dark=False)
