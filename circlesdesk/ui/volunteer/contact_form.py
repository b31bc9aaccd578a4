"""The contact form: a phone call or one-to-one with the core member between meetings."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from circlesdesk.domain.enums import ContactMode
from circlesdesk.services import activity
from circlesdesk.ui.forms import CirclePicker, DateField, RecordForm
from circlesdesk.ui.records import contact_mode_names
from circlesdesk.ui.volunteer.common import choose_circle_first
from circlesdesk.ui.widgets import large, select_with_arrows, wrapped
from circlesdesk.vault.vault import Vault


class ContactForm(RecordForm):
    """Record one contact; "raise at next meeting" puts it at the top of the next meeting."""

    def __init__(
        self, vault: Vault, *, circle_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record a contact"), self.tr("&Save contact"), parent)
        self._vault = vault
        self.circle = CirclePicker(vault, parent=self.body)
        if circle_code is not None:
            self.circle.set_code(circle_code)
        self.add_row(self.tr("&Circle:"), self.circle)

        self.contact_on = DateField(
            self.tr("Date of the contact"), latest=QDate.currentDate().addDays(1), parent=self.body
        )
        self.add_row(self.tr("&Date:"), self.contact_on)

        modes = QWidget(self.body)
        modes_layout = QHBoxLayout(modes)
        modes_layout.setContentsMargins(0, 0, 0, 0)
        self.mode = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for index, (mode, text) in enumerate(contact_mode_names().items()):
            button = QRadioButton(text, modes)
            button.setAccessibleName(self.tr("Kind of contact: {mode}").format(mode=text))
            large(button)
            self.mode.addButton(button, index)
            self.mode_buttons[mode] = button
            modes_layout.addWidget(button)
        modes_layout.addStretch(1)
        select_with_arrows(self.mode)
        self.mode_buttons[ContactMode.PHONE.value].setChecked(True)
        self.add_row(self.tr("&Kind:"), modes).setBuddy(self.mode_buttons[ContactMode.PHONE.value])

        self.summary = QPlainTextEdit(self.body)
        self.summary.setAccessibleName(self.tr("What was said"))
        self.summary.setPlaceholderText(self.tr("What you talked about, briefly."))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(self.fontMetrics().height() * 6)
        self.add_row(self.tr("&What was said:"), self.summary)

        self.raise_next = QCheckBox(self.tr("&Raise this at the next meeting"), self.body)
        self.raise_next.setAccessibleName(self.tr("Raise this at the next meeting"))
        large(self.raise_next)
        self.form.addRow(self.raise_next)
        self.form.addRow(
            wrapped(
                self.tr(
                    "Circles keep no secrets: what the core member tells one volunteer is "
                    "shared with the circle."
                ),
                self.body,
            )
        )
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        self.fit()

    def mode_value(self) -> ContactMode:
        """The kind of contact chosen."""
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return ContactMode(mode)
        return ContactMode.PHONE

    def store(self) -> str:
        """Record the contact."""
        code = self.circle.code()
        if code is None:
            self.circle.setFocus()
            raise choose_circle_first()
        contact = activity.record_contact(
            self._vault,
            circle_code=code,
            contact_on=self.contact_on.iso(),
            summary=self.summary.toPlainText().strip(),
            mode=self.mode_value(),
            raise_at_next_meeting=self.raise_next.isChecked(),
        )
        return contact.uuid
