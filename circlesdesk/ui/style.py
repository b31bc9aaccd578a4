"""The look: Fusion style, a calm light palette (or a dark one when the system is dark), a
readable base font, and the style sheet in ``resources/style/app.qss``.

Widgets opt into the sheet's looks through dynamic properties, e.g. ``role="alert"`` on a label
(see :func:`set_role`), never through fixed colours in code.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from circlesdesk.ui import resources

BASE_POINT_SIZE = 12  # readable for every volunteer; scales with the platform's DPI


@dataclass(frozen=True)
class Scheme:
    """Colours of one palette; names match the ``$names`` in ``app.qss``."""

    window: str
    base: str
    alternate: str
    text: str
    muted: str
    disabled_text: str
    button: str
    button_hover: str
    button_disabled: str
    border: str
    sidebar: str
    accent: str
    accent_text: str
    link: str
    focus: str
    alert_text: str
    alert_bg: str
    alert_border: str
    ok_text: str
    ok_bg: str
    ok_border: str
    weak: str
    fair: str


# Each colour of the two palettes side by side: name → (light, dark).
_COLOURS: dict[str, tuple[str, str]] = {
    "window": ("#F5F6F3", "#1E2326"),
    "base": ("#FFFFFF", "#262C30"),
    "alternate": ("#F0F3F1", "#2B3236"),
    "text": ("#1F2A30", "#E6EAEC"),
    "muted": ("#505E66", "#A9B4BA"),
    "disabled_text": ("#9AA3A7", "#66727A"),
    "button": ("#ECEFEC", "#2F373B"),
    "button_hover": ("#DFE7E5", "#3A4449"),
    "button_disabled": ("#F0F1EF", "#283034"),
    "border": ("#BCC6C4", "#4A565D"),
    "sidebar": ("#EBEFEC", "#22282B"),
    "accent": ("#2E5E6E", "#4F95A8"),
    "accent_text": ("#FFFFFF", "#0E1416"),
    "link": ("#1D5B86", "#8CC4EA"),
    "focus": ("#A8660C", "#F2C14E"),
    "alert_text": ("#7A1F1F", "#FFD9D9"),
    "alert_bg": ("#FBEAEA", "#4A2427"),
    "alert_border": ("#E2A3A3", "#86454A"),
    "ok_text": ("#1E5631", "#D2F0DB"),
    "ok_bg": ("#E7F4EA", "#1F3B2A"),
    "ok_border": ("#9ECDAC", "#3F6E50"),
    "weak": ("#B83227", "#E0675B"),
    "fair": ("#C77C0E", "#E5A34A"),
}
LIGHT = Scheme(**{name: light for name, (light, _dark) in _COLOURS.items()})
DARK = Scheme(**{name: dark for name, (_light, dark) in _COLOURS.items()})


INDICATOR_INK = 0.65  # how much of the text colour (over the base) outlines an indicator


def indicator_outline(colours: QPalette) -> QColor:
    """The outline of a check box or radio button: the text colour mixed into the base, so it
    stands out on a light and on a dark palette alike."""
    text, base = colours.color(QPalette.ColorRole.Text), colours.color(QPalette.ColorRole.Base)
    mix = INDICATOR_INK
    return QColor.fromRgbF(
        text.redF() * mix + base.redF() * (1 - mix),
        text.greenF() * mix + base.greenF() * (1 - mix),
        text.blueF() * mix + base.blueF() * (1 - mix),
    )


class ClearIndicators(QProxyStyle):
    """Fusion, with every check box and radio button outlined in :func:`indicator_outline`.

    Fusion outlines them in the window colour darkened, which vanishes on a dark palette: the
    boxes could not be seen. The outline is drawn over Fusion's own indicator, so the check
    mark, the dot and the focus look stay Fusion's.
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        box = element == QStyle.PrimitiveElement.PE_IndicatorCheckBox
        if not box and element != QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(indicator_outline(option.palette), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.75, 0.75, -0.75, -0.75)
        if box:
            painter.drawRoundedRect(rect, 2, 2)
        else:
            painter.drawEllipse(rect)
        painter.restore()


def system_is_dark() -> bool:
    """Whether the platform says it prefers a dark colour scheme (Qt 6.5+ knows on most)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(scheme: Scheme) -> QPalette:
    """A QPalette made from a scheme."""
    result = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: scheme.window,
        role.WindowText: scheme.text,
        role.Base: scheme.base,
        role.AlternateBase: scheme.alternate,
        role.Text: scheme.text,
        role.Button: scheme.button,
        role.ButtonText: scheme.text,
        role.Highlight: scheme.accent,
        role.HighlightedText: scheme.accent_text,
        role.Link: scheme.link,
        role.ToolTipBase: scheme.base,
        role.ToolTipText: scheme.text,
        role.PlaceholderText: scheme.muted,
        role.Mid: scheme.border,
    }
    for colour_role, value in pairs.items():
        result.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(scheme.disabled_text))
    return result


def style_sheet(scheme: Scheme, base_points: float) -> str:
    """``app.qss`` with the scheme's colours and sizes filled in."""
    template = string.Template(resources.read_text("style", "app.qss"))
    sizes = {
        "big_pt": f"{base_points * 1.2:.1f}pt",
        "heading_pt": f"{base_points * 1.45:.1f}pt",
        "secret_pt": f"{base_points * 1.6:.1f}pt",
        "code_pt": f"{base_points * 2.0:.1f}pt",
    }
    return template.substitute(vars(scheme) | sizes)


def apply(app: QApplication, *, dark: bool | None = None) -> Scheme:
    """Give the application its style, palette, font and style sheet; returns the scheme used."""
    dark = system_is_dark() if dark is None else dark
    scheme = DARK if dark else LIGHT
    if not app.property("circlesdesk_fusion"):
        # Only once: replacing the style under live widgets (with a style sheet) can crash Qt.
        app.setStyle(ClearIndicators("Fusion"))
        app.setProperty("circlesdesk_fusion", True)
    if app.palette() != palette(scheme):
        app.setPalette(palette(scheme))
        resources.clear_icon_cache()
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    sheet = style_sheet(scheme, font.pointSizeF())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    return scheme


def follow_system(app: QApplication) -> None:
    """Switch between the light and dark look when the platform's colour scheme changes."""
    if app.property("circlesdesk_follows_system"):
        return
    app.setProperty("circlesdesk_follows_system", True)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget one of the style sheet's looks (``heading``, ``hint``, ``alert``…)."""
    widget.setProperty("role", role)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
