"""Small widgets and words shared by the volunteer's pages: words for codes, pickers, forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMargins,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain import defaults
from circlesdesk.errors import UserError, ValidationError
from circlesdesk.services import circles as circle_service
from circlesdesk.ui import kept_dialogs
from circlesdesk.ui.widgets import AlertLabel, heading
from circlesdesk.vault.vault import Vault

# How much taller than a line of text a button or choice is, so it is easy to hit.
LARGE_TARGET_LINES = 2.2


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return plural(QCoreApplication.translate("Volunteer", text, disambiguation, n), n)


def plural(translated: str, n: int) -> str:
    """English plurals for ``%n`` texts when no translation supplies them: "(s)" → "s" or "".

    ``self.tr("%n record(s)", "", n)`` is what translators see; without a translation Qt
    returns it with only ``%n`` filled in, and this finishes the English.
    """
    return translated.replace("(s)", "" if n == 1 else "s")


def choose_circle_first() -> ValidationError:
    """The problem shown when a form is saved without a circle chosen."""
    return ValidationError(_tr("Choose the circle first."))


def urgency_names() -> dict[int, str]:
    """The name of each urgency level, in the user's language."""
    names = {
        0: _tr("Note"),
        1: _tr("Watch"),
        2: _tr("Concern"),
        3: _tr("Urgent"),
        4: _tr("Emergency"),
    }
    assert set(names) == set(defaults.URGENCY_NAMES)
    return names


def kind_names() -> dict[str, str]:
    """What each kind of record is called on screen."""
    return {
        "meeting": _tr("Meeting"),
        "attendance": _tr("Attendance"),
        "concern": _tr("Concern"),
        "contact": _tr("Contact"),
        "review": _tr("Review"),
        "hours": _tr("Hours"),
    }


def counted(kind: str, n: int) -> str:
    """``n`` records of a kind in words ("3 meetings", "1 concern")."""
    forms = {
        "meeting": _tr("%n meeting(s)", "", n),
        "attendance": _tr("%n attendance record(s)", "", n),
        "concern": _tr("%n concern(s)", "", n),
        "contact": _tr("%n contact(s)", "", n),
        "review": _tr("%n review(s)", "", n),
        "hours": _tr("%n hours record(s)", "", n),
        "concern_response": _tr("%n response(s) from the office", "", n),
        "circle": _tr("%n circle(s)", "", n),
        "person": _tr("%n person record(s)", "", n),
        "membership": _tr("%n roster change(s)", "", n),
        "office_config": _tr("%n office setting(s)", "", n),
    }
    return forms.get(kind, _tr("%n other record(s)", "", n))


def counted_list(counts: dict[str, int]) -> str:
    """Counts by kind as one phrase ("2 meetings, 6 attendance records")."""
    parts = [counted(kind, n) for kind, n in counts.items() if n]
    return ", ".join(parts)


def attendance_names() -> dict[str, str]:
    """How each attendance status reads on screen, with a mnemonic."""
    return {
        "present": _tr("Present"),
        "late": _tr("Late"),
        "apologies": _tr("Apologies"),
        "absent": _tr("Absent"),
    }


def contact_mode_names() -> dict[str, str]:
    """How each kind of contact reads on screen."""
    return {
        "phone": _tr("Phone call"),
        "one-to-one": _tr("One-to-one"),
        "message": _tr("Message"),
        "other": _tr("Other"),
    }


def response_action_names() -> dict[str, str]:
    """What each kind of office response reads as."""
    return {
        "acknowledge": _tr("Seen by the coordinator"),
        "respond": _tr("The coordinator responded"),
        "escalate": _tr("Passed on by the coordinator"),
        "close": _tr("Closed by the coordinator"),
    }


def long_date(iso: str | None) -> str:
    """An ISO date as the user's locale writes it in full ("Wednesday, 2 December 2026")."""
    if not iso:
        return _tr("not set")
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    return QLocale().toString(date, QLocale.FormatType.LongFormat)


def short_date(iso: str | None) -> str:
    """An ISO date as the user's locale writes it briefly."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    return QLocale().toString(date, QLocale.FormatType.ShortFormat)


def local_time(iso: str | None) -> str:
    """The local date and time of an ISO timestamp, briefly."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    time = QTime(moment.hour, moment.minute)
    clock = QLocale().toString(time, QLocale.FormatType.ShortFormat)
    return f"{short_date(moment.date().isoformat())} {clock}"


def first_words(text: str, limit: int = 80) -> str:
    """The start of a text on one line, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut + "…"


def large(widget: QWidget) -> QWidget:
    """Make a button or choice a large target, sized from the font (so it scales with it)."""
    height = int(widget.fontMetrics().height() * LARGE_TARGET_LINES)
    widget.setMinimumHeight(height)
    return widget


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control the name a screen reader says (and, optionally, a longer description)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def wrapped(text: str, parent: QWidget | None = None) -> QLabel:
    """A label that wraps and shows its text as typed (never as rich text): for user text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label


class _PageScrollArea(QScrollArea):
    """A scroll area inside a main-window page: it asks for a few lines, not all its content.

    The main window puts every page in a scroll area of its own, which sizes a page with wrapped
    text by the height the page *prefers*. Preferring all of its content, an inner area made that
    page taller than the window, so its buttons scrolled out of view with the page.
    """

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.fontMetrics().height() * 8))


def scrolling(
    content: QWidget, parent: QWidget | None = None, *, in_page: bool = False
) -> QScrollArea:
    """Put content in a scroll area, so it survives large fonts and small screens.

    ``in_page``: the area is part of a main-window page (which the window scrolls too when the
    screen is small); it grows into the room the page has rather than asking for all of it.
    """
    area = _PageScrollArea(parent) if in_page else QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # Not a Tab stop of its own (a screen reader announced an empty "Page"): focus moves
    # through the content, and the area scrolls to show the focused control.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class CirclePicker(QComboBox):
    """Choose one of my circles: shown by code and core member pseudonym, holding the code."""

    def __init__(
        self, vault: Vault, *, allow_none: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._allow_none = allow_none
        self.setAccessibleName(self.tr("Circle"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        large(self)
        self.reload()

    def reload(self) -> None:
        """Read the circles again, keeping the current choice if it still exists."""
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self._allow_none is not None:
            self.addItem(self._allow_none, None)
        for code, core_member in circle_service.choices(self._vault):
            label = (
                self.tr("{code} (with {core_member})").format(code=code, core_member=core_member)
                if core_member
                else code
            )
            self.addItem(label, code)
        if current is not None:
            self.set_code(current)
        self.blockSignals(False)
        if self.code() != current:  # the chosen circle is gone: say the choice changed
            self.currentIndexChanged.emit(self.currentIndex())

    def code(self) -> str | None:
        """The chosen circle's code, or None."""
        data = self.currentData()
        return data if isinstance(data, str) else None

    def codes(self) -> list[str]:
        """Every circle code offered."""
        return [c for i in range(self.count()) if isinstance(c := self.itemData(i), str)]

    def set_code(self, code: str | None) -> bool:
        """Choose the circle with this code; False if it is not offered."""
        index = self.findData(code)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True


def chain_focus(widgets: Iterable[QWidget | None]) -> None:
    """Put widgets in this Tab order (None is skipped): for content built after the page."""
    previous: QWidget | None = None
    for widget in widgets:
        if widget is None:
            continue
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget


def set_large(buttons: Iterable[QAbstractButton]) -> None:
    """Make every button in a row a large target."""
    for button in buttons:
        large(button)


class RecordForm(QDialog):
    """A small form that stores one record when OK is pressed; a problem is shown in the form.

    Subclasses put their fields in ``self.form`` and implement :meth:`store`, which calls a
    service and returns the stored record's uuid or raises a :class:`UserError`.
    """

    saved = Signal(str)  # the stored record's uuid

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.record_uuid: str | None = None
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(heading(title, body))
        self.banner = AlertLabel(body, focus_on_show=True)  # why the form was not saved
        self.body_layout.addWidget(self.banner)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body_layout.addLayout(self.form)
        self.body = body
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        set_large((self.ok_button, cancel))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body, self), 1)
        outer.addWidget(self.buttons)

    def add_row(self, text: str, field: QWidget) -> QLabel:
        """A labelled field; ``text`` carries the mnemonic that moves to the field."""
        label = QLabel(text, self.body)
        label.setWordWrap(True)
        label.setBuddy(field)
        self.form.addRow(label, field)
        return label

    def fit(self) -> None:
        """A comfortable starting size, from the font (so it scales with it)."""
        metrics = self.fontMetrics()
        self.resize(
            self.sizeHint().expandedTo(
                metrics.size(0, "M" * 45).grownBy(QMargins(0, 0, 0, metrics.height() * 20))
            )
        )

    def store(self) -> str:
        """Store the record through its service; return its uuid."""
        raise NotImplementedError

    def accept(self) -> None:
        """Store the record; stay open with the problem shown if the service refuses it."""
        self.banner.clear_message()
        try:
            self.record_uuid = self.store()
        except UserError as error:
            self.banner.show_error(str(error))
            return
        self.saved.emit(self.record_uuid)
        super().accept()

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask first if something was typed."""
        if kept_dialogs.may_close(self):
            super().reject()


def date_format() -> str:
    """The user's short date format, always with a four-digit year (never a guessed century)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def time_format() -> str:
    """The user's short time format (hours and minutes)."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


class DateField(QDateEdit):
    """A date with a calendar to pick from; Tab leaves the field (arrows move within it)."""

    def __init__(self, name: str, *, latest: QDate | None = None, parent: QWidget | None = None):
        super().__init__(QDate.currentDate(), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        if latest is not None:
            self.setMaximumDate(latest)
        self.setAccessibleName(name)
        large(self)

    def iso(self) -> str:
        """The date as YYYY-MM-DD."""
        return self.date().toString(Qt.DateFormat.ISODate)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TimeField(QTimeEdit):
    """A time of day in hours and minutes; Tab leaves the field."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(time_format())
        self.setAccessibleName(name)
        large(self)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateTimeField(QDateTimeEdit):
    """A date and time with a calendar to pick from; Tab leaves the field."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(QDateTime.currentDateTime(), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(f"{date_format()} {time_format()}")
        self.setAccessibleName(name)
        large(self)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
