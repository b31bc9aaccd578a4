"""Volunteers and devices: every enrolled laptop, its circles and its bundles; enrolling,
revoking, and rotating the office key.

The table is read-only. "Enroll a volunteer…" opens :class:`EnrollDialog`; "Revoke…" and
"Rotate office key…" ask for confirmation in small dialogs that say what the action means, and
the new office fingerprint is shown after a rotation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.enums import Role
from circlesdesk.errors import UserError
from circlesdesk.services import sync as sync_service
from circlesdesk.services.sync import DeviceRow
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.fingerprint import FingerprintView
from circlesdesk.ui.office.enroll_dialog import EnrollDialog
from circlesdesk.ui.office.list_page import ListPage, details_label, page_column, say
from circlesdesk.ui.records import local_time, plural, short_date
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import (
    AlertLabel,
    heading,
    hint,
    large,
    large_button,
    scrolling,
    sentence,
)
from circlesdesk.vault.vault import Vault

LARGEST_SEQUENCE = 2**31 - 1  # what the revocation cut-off accepts


class DevicesModel(RowsModel[DeviceRow]):
    """Enrolled devices, by name."""

    NAME, ROLE, CIRCLES, ENROLLED, LAST_IN, LAST_OUT, UNCONFIRMED, STATE = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Circles"),
            self.tr("Enrolled"),
            self.tr("Last bundle in"),
            self.tr("Last reply out"),
            self.tr("Not yet confirmed"),
            self.tr("State"),
        )

    def role_data(self, device: DeviceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.UNCONFIRMED:
            return self.tr(
                "Bundles written to this laptop since its last bundle came in: it confirms "
                "them by sending its next bundle."
            )
        return None

    def text(self, device: DeviceRow, column: int) -> str:
        """What a cell shows."""
        peer = device.peer
        if column == self.NAME:
            return peer.name
        if column == self.ROLE:
            return self.tr("Office") if peer.role == Role.OFFICE.value else self.tr("Volunteer")
        if column == self.CIRCLES:
            return ", ".join(device.circles) if device.circles else self.tr("None")
        if column == self.ENROLLED:
            return short_date(peer.enrolled_at)
        if column == self.LAST_IN:
            return self.numbered(peer.last_seq_in, device.last_in_at)
        if column == self.LAST_OUT:
            return self.numbered(peer.last_seq_out, device.last_out_at)
        if column == self.UNCONFIRMED:
            count = device.unconfirmed
            return plural(self.tr("%n bundle(s)", "", count), count) if count else self.tr("None")
        return self.state(device)

    def numbered(self, sequence: int, when: str | None) -> str:
        """ "No. 3, 02/03/2026 09:15", or "None yet"."""
        if not sequence:
            return self.tr("None yet")
        if not when:
            return self.tr("No. {number}").format(number=sequence)
        return self.tr("No. {number}, {when}").format(number=sequence, when=local_time(when))

    def state(self, device: DeviceRow) -> str:
        """Active or revoked, and any bundles waiting or kept aside."""
        parts = [
            self.tr("Revoked after No. {number}").format(number=device.peer.revoked_after_seq)
            if device.revoked
            else self.tr("Active")
        ]
        if device.held:
            parts.append(plural(self.tr("%n waiting", "", device.held), device.held))
        if device.quarantined:
            parts.append(
                plural(self.tr("%n kept aside", "", device.quarantined), device.quarantined)
            )
        return "; ".join(parts)


class DevicesPage(ListPage[DeviceRow]):
    """The office's enrolled laptops, and enrolling, revoking and the office key."""

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(vault, runner=runner, parent=parent)
        layout = page_column(
            self,
            self.tr("Volunteers and devices"),
            self.tr(
                "Every laptop enrolled with this office: its volunteer's circles, the last "
                "bundle it sent, the last reply written to it and what it has not yet "
                "confirmed."
            ),
        )
        buttons = QHBoxLayout()
        self.enroll_button = large_button(
            self.tr("&Enroll a volunteer…"),
            self,
            name=self.tr("Enroll a volunteer"),
            tip=self.tr("Import a laptop's enrollment request and make its welcome file"),
        )
        self.revoke_button = large_button(
            self.tr("&Revoke…"),
            self,
            name=self.tr("Revoke the chosen device"),
            tip=self.tr("Stop trusting the chosen laptop (lost, stolen or retired)"),
        )
        self.rotate_button = large_button(
            self.tr("R&otate office key…"),
            self,
            name=self.tr("Rotate the office key"),
            tip=self.tr(
                "Make a new office key; reply files then give it to every laptop still trusted"
            ),
        )
        for button in (self.enroll_button, self.revoke_button, self.rotate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = DevicesModel(self)
        self.view = read_only_table(
            self.model, name=self.tr("Enrolled devices"), parent=self, wrap=True
        )
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DevicesModel.STATE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 2)
        self.details = details_label(self.tr("The chosen device"), self)
        layout.addWidget(self.details)
        self.status = hint("", self)
        self.status.setAccessibleName(self.tr("How many devices"))
        layout.addWidget(self.status)
        self.alert = AlertLabel(self, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        self.enroll_button.clicked.connect(self.enroll)
        self.revoke_button.clicked.connect(self.revoke)
        self.rotate_button.clicked.connect(self.rotate_key)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the devices again, keeping the chosen one chosen."""
        if self.must_wait():
            return
        rows = sync_service.devices(self._vault)
        self.show_rows(
            rows,
            lambda row: row.peer.device_id,
            counted=plural(self.tr("%n device(s) enrolled.", "", len(rows)), len(rows)),
            empty=self.tr("No device is enrolled yet. Choose “Enroll a volunteer…” to start."),
        )

    def enroll(self) -> None:
        """Open the enrollment dialog."""
        if self._vault_free():
            dialog = EnrollDialog(self._vault, runner=self._runner, parent=self)
            dialog.enrolled.connect(self._enrolled)
            self._open(dialog)

    def revoke(self) -> None:
        """Ask to confirm revoking the chosen device."""
        device = self.current()
        if device is not None and self._vault_free():
            dialog = RevokeDialog(self._vault, device, parent=self)
            dialog.revoked.connect(self._revoked)
            self._open(dialog)

    def rotate_key(self) -> None:
        """Ask to confirm making a new office key."""
        if self._vault_free():
            dialog = RotateKeyDialog(self._vault, parent=self)
            dialog.rotated.connect(self._rotated)
            self._open(dialog)

    # -- inside ------------------------------------------------------------------------------

    def _enrolled(self, _enrolled: object) -> None:
        self.refresh()

    def _revoked(self, name: str) -> None:
        self.alert.show_success(
            self.tr("{name}'s laptop is revoked: its later bundles will not be imported.").format(
                name=name
            )
        )
        self.refresh()

    def _rotated(self) -> None:
        self.alert.show_success(
            self.tr("A new office key was made. Write reply bundles so every laptop learns it.")
        )
        self.refresh()

    def _chosen(self, *_args: object) -> None:
        device = self.current()
        self.revoke_button.setEnabled(
            device is not None and device.peer.role == Role.VOLUNTEER.value
        )
        if device is None:
            say(self.details, "")
            return
        text = self.tr("{name}: device {device}, fingerprint {fingerprint}.").format(
            name=device.peer.name, device=device.peer.device_id, fingerprint=device.fingerprint
        )
        if device.peer.revoked_at:
            text += " " + self.tr("Revoked on {when}.").format(
                when=local_time(device.peer.revoked_at)
            )
        say(self.details, text)


class _Confirm(QDialog):
    """A small confirmation: a heading, what the action means, extra fields, two buttons."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addWidget(heading(title, self.body))
        self.alert = AlertLabel(self.body, focus_on_show=True)  # the outcome of a button
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)  # Enter does not revoke or rotate by accident
        for button in (self.ok_button, self.cancel_button):
            large(button)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(self.body, self, in_page=True), 1)
        outer.addWidget(self.buttons)

    def finish_layout(self) -> None:
        """Put the message line last and choose a starting size from the font."""
        self.body_layout.addWidget(self.alert)
        self.body_layout.addStretch(1)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 64, metrics.height() * 22)

    def confirm(self) -> None:
        """Do the action; stay open with the problem shown if it is refused."""
        raise NotImplementedError


class RevokeDialog(_Confirm):
    """Confirm revoking a laptop, optionally accepting bundles up to a later number."""

    revoked = Signal(str)  # the volunteer's name

    def __init__(self, vault: Vault, device: DeviceRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Revoke a device"), self.tr("&Revoke the device"), parent)
        self._vault = vault
        self._device = device
        last = device.peer.last_seq_in
        self.body_layout.addWidget(
            sentence(
                self.tr(
                    "Revoking {name}'s laptop means every bundle it makes after the last one "
                    "imported (No. {number}) is refused: it is kept aside, not imported. "
                    "Nothing already imported is removed. Do this when a laptop is lost, "
                    "stolen or replaced."
                ).format(name=device.peer.name, number=last),
                self.body,
            )
        )
        if device.revoked:
            self.body_layout.addWidget(
                hint(
                    self.tr(
                        "It is already revoked after No. {number}; this changes the number."
                    ).format(number=device.peer.revoked_after_seq),
                    self.body,
                )
            )
        self.accept_more = QCheckBox(self.tr("&Accept bundles up to No.:"), self.body)
        self.accept_more.setAccessibleName(self.tr("Accept bundles up to a later number"))
        self.up_to = QSpinBox(self.body)
        self.up_to.setRange(last, LARGEST_SEQUENCE)
        self.up_to.setValue(last + 1 if last < LARGEST_SEQUENCE else last)
        self.up_to.setAccessibleName(self.tr("Last bundle number to accept"))
        self.up_to.setEnabled(False)
        large(self.accept_more)
        large(self.up_to)
        self.accept_more.toggled.connect(self.up_to.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.accept_more)
        row.addWidget(self.up_to)
        row.addStretch(1)
        self.body_layout.addWidget(
            hint(
                self.tr(
                    "Tick it if the volunteer still has bundles on their way that you trust, "
                    "for example one made before the laptop was lost."
                ),
                self.body,
            )
        )
        self.body_layout.addLayout(row)
        self.finish_layout()
        self.cancel_button.setFocus()

    def after_seq(self) -> int:
        """The last bundle number that will still be imported."""
        return self.up_to.value() if self.accept_more.isChecked() else self._device.peer.last_seq_in

    def confirm(self) -> None:
        try:
            sync_service.revoke(
                self._vault, self._device.peer.device_id, after_seq=self.after_seq()
            )
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.revoked.emit(self._device.peer.name)
        self.accept()


class RotateKeyDialog(_Confirm):
    """Confirm making a new office key, then show its fingerprint."""

    rotated = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Rotate the office key"), self.tr("&Make a new office key"), parent
        )
        self._vault = vault
        self.explanation = sentence(
            self.tr(
                "CirclesDesk makes a new office key. The old one is kept, so bundles already on "
                "their way still open. Each laptop learns the new key from its next reply "
                "bundle, so write reply bundles afterwards. Do this if the office computer or "
                "its key may have been exposed."
            ),
            self.body,
        )
        self.body_layout.addWidget(self.explanation)
        self.result_text = sentence(
            self.tr(
                "The new office fingerprint is below. Volunteers' laptops show it after their "
                "next reply; read it out to anyone who asks to compare."
            ),
            self.body,
        )
        self.fingerprint = FingerprintView(self.body)
        self.body_layout.addWidget(self.result_text)
        self.body_layout.addWidget(self.fingerprint)
        self.result_text.hide()
        self.fingerprint.hide()
        self.finish_layout()
        self.cancel_button.setFocus()

    def confirm(self) -> None:
        try:
            public = sync_service.rotate_office_key(self._vault)
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.explanation.hide()
        self.fingerprint.set_fingerprint(public.fingerprint())
        self.result_text.show()
        self.fingerprint.show()
        self.ok_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.rotated.emit()
