"""Choosing a new passphrase: typed twice, with a strength meter and the rule in plain words.

Used by the first-run wizard and by "Forgot your passphrase?". The rule and the sentences come
from :mod:`circlesdesk.vault.keyslots` (``check_passphrase`` raises ``WeakPassphrase`` with the
sentence), so the GUI and the command line say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.ui import style
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.widgets import AlertLabel, SecretField, hint
from circlesdesk.vault import keyslots


class PassphraseField(SecretField):
    """A line edit whose text is never shown (echo off), never offered to other apps and never
    sent to assistive technology."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMinimumWidth(320)


class PassphraseFields(QWidget):
    """New passphrase, repeated, a 0–4 strength meter, the rule, and an inline problem line."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PassphraseField(self)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = PassphraseField(self)
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setValue(0)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength = QLabel(self)
        self.strength.setAccessibleName(self.tr("Passphrase strength in words"))
        self.show_text = QCheckBox(self.tr("S&how what I type"), self)
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        self.rule = hint(
            self.tr(
                "Use at least 10 characters, with some letters and some variety. A few unrelated "
                "words work well, like “kettle maple window seven”. Nobody can reset it for you, "
                "so choose one you will remember."
            ),
            self,
        )
        self.problem = AlertLabel(self)

        first_label = QLabel(self.tr("&New passphrase:"), self)
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Type it again:"), self)
        second_label.setBuddy(self.second)
        meter_label = QLabel(self.tr("Strength:"), self)
        meter_label.setBuddy(self.meter)
        meter_row = QWidget(self)
        meter_layout = QVBoxLayout(meter_row)
        meter_layout.setContentsMargins(0, 0, 0, 0)
        meter_layout.addWidget(self.meter)
        meter_layout.addWidget(self.strength)

        form = QFormLayout()
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow(meter_label, meter_row)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule)
        layout.addLayout(form)
        layout.addWidget(self.problem)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._show_text)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_text)
        self._update()

    # -- reading ---------------------------------------------------------------------------

    def passphrase(self) -> str:
        """The passphrase typed (check :meth:`check` first)."""
        return self.first.text()

    def is_filled(self) -> bool:
        """Whether both fields have something in them."""
        return bool(self.first.text()) and bool(self.second.text())

    def check(self) -> bool:
        """Show the first problem inline (weak, or the two differ); True if there is none."""
        try:
            keyslots.check_passphrase(self.first.text())
        except UserError as error:
            self.problem.show_error(user_text(error))
            self.first.setFocus()
            return False
        if self.first.text() != self.second.text():
            self.second.clear()
            self.second.setFocus()
            self.problem.show_error(
                self.tr("The two passphrases are not the same. Please type the second again.")
            )
            return False
        self.problem.clear_message()
        return True

    def clear(self) -> None:
        """Forget what was typed."""
        self.first.clear()
        self.second.clear()
        self.problem.clear_message()

    def strength_words(self) -> tuple[str, ...]:
        """The meter's levels 0–4 in words."""
        return (
            self.tr("Too weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )

    # -- inside ----------------------------------------------------------------------------

    @Slot()
    def _update(self) -> None:
        score = keyslots.passphrase_strength(self.first.text()) if self.first.text() else 0
        self.meter.setValue(score)
        self.meter.setProperty("strength", str(score))
        style.repolish(self.meter)
        words = self.strength_words()[score] if self.first.text() else ""
        self.strength.setText(words)
        self.meter.setAccessibleDescription(words)
        if self.problem.isVisible():
            self.problem.clear_message()
        self.changed.emit()

    @Slot(bool)
    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)
