"""The parts of a form, for both roles: date and time fields, the circle picker, and the dialog
that stores one record when OK is pressed."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.services import circles as circle_service
from circlesdesk.ui import kept_dialogs
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.widgets import AlertLabel, heading, large, scrolling, set_large
from circlesdesk.vault.vault import Vault


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


def note_editor(name: str, parent: QWidget, clipboard: ClipboardGuard | None) -> QPlainTextEdit:
    """A few lines of note text; what is copied from it is cleared by the clipboard guard."""
    editor = QPlainTextEdit(parent)
    editor.setAccessibleName(name)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(editor.fontMetrics().height() * 5)
    if clipboard is not None:
        clipboard.protect(editor)
    return editor


class FormDialog(QDialog):
    """A modal form: a heading and the problem line over content that scrolls, with OK and
    Cancel below it, always in view. Escape, Cancel or the close button ask first if something
    was typed (ui/kept_dialogs.py).

    Subclasses put their content in ``body_layout`` (under ``banner``) and may override
    :meth:`accept`; ``heading_text`` is the heading when it differs from the window title.
    """

    def __init__(
        self,
        title: str,
        ok_text: str,
        parent: QWidget | None = None,
        *,
        heading_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(heading(heading_text or title, body))
        self.banner = AlertLabel(body, focus_on_show=True)  # why the form did nothing
        self.body_layout.addWidget(self.banner)
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

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask first if something was typed."""
        if kept_dialogs.may_close(self):
            super().reject()


class RecordForm(FormDialog):
    """A small form that stores one record when OK is pressed; a problem is shown in the form.

    Subclasses put their fields in ``self.form`` and implement :meth:`store`, which calls a
    service and returns the stored record's uuid or raises a :class:`UserError`.
    """

    saved = Signal(str)  # the stored record's uuid

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, ok_text, parent)
        self.record_uuid: str | None = None
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body_layout.addLayout(self.form)

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
            self.banner.show_error(user_text(error))
            return
        self.saved.emit(self.record_uuid)
        super().accept()
