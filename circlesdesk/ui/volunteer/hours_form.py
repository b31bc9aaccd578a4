"""The hours form: time a volunteer gave to a circle (meeting, travel, training, contact)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from circlesdesk.errors import ValidationError
from circlesdesk.services import activity
from circlesdesk.ui.forms import CirclePicker, DateField, RecordForm
from circlesdesk.ui.widgets import large
from circlesdesk.vault.vault import Vault


class HoursForm(RecordForm):
    """Record the time given on one day."""

    def __init__(
        self, vault: Vault, *, circle_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record your hours"), self.tr("&Save hours"), parent)
        self._vault = vault
        self.worked_on = DateField(
            self.tr("Date"), latest=QDate.currentDate().addDays(1), parent=self.body
        )
        self.add_row(self.tr("&Date:"), self.worked_on)

        duration = QWidget(self.body)
        row = QHBoxLayout(duration)
        row.setContentsMargins(0, 0, 0, 0)
        self.hours = QSpinBox(duration)
        self.hours.setRange(0, 24)
        self.hours.setValue(1)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("Hours"))
        self.minutes = QSpinBox(duration)
        self.minutes.setRange(0, 55)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        minutes_label = QLabel(self.tr("&and"), duration)
        minutes_label.setBuddy(self.minutes)
        for widget in (self.hours, self.minutes):
            large(widget)
        row.addWidget(self.hours, 1)
        row.addWidget(minutes_label)
        row.addWidget(self.minutes, 1)
        self.add_row(self.tr("&Time given:"), duration).setBuddy(self.hours)

        self.activity = QComboBox(self.body)
        for key, label in self.activities().items():
            self.activity.addItem(label, key)
        self.activity.setAccessibleName(self.tr("What for"))
        large(self.activity)
        self.add_row(self.tr("&What for:"), self.activity)

        self.circle = CirclePicker(
            vault, allow_none=self.tr("Not for one circle"), parent=self.body
        )
        if circle_code is not None:
            self.circle.set_code(circle_code)
        elif len(self.circle.codes()) == 1:
            self.circle.set_code(self.circle.codes()[0])
        self.add_row(self.tr("&Circle:"), self.circle)
        self.fit()

    def activities(self) -> dict[str, str]:
        """What time can be given for: the stored key and what the user reads."""
        return {
            "meeting": self.tr("Circle meeting"),
            "travel": self.tr("Travel"),
            "contact": self.tr("Contact between meetings"),
            "training": self.tr("Training or supervision"),
            "other": self.tr("Something else"),
        }

    def total_minutes(self) -> int:
        """The time given, in minutes."""
        return self.hours.value() * 60 + self.minutes.value()

    def store(self) -> str:
        """Record the hours."""
        if self.total_minutes() == 0:
            self.hours.setFocus()
            raise ValidationError("hours.time_missing")
        hours = activity.record_hours(
            self._vault,
            worked_on=self.worked_on.iso(),
            minutes=self.total_minutes(),
            activity=str(self.activity.currentData()),
            circle_code=self.circle.code(),
        )
        return hours.uuid
