"""Enrolling a volunteer's laptop: the request file, the fingerprints compared, the circles, the
welcome file, and the office fingerprint the volunteer compares in turn.

Nothing is stored until the coordinator has ticked "The fingerprints match" and chosen where the
welcome file goes. Enrolling and writing the file run on the task runner (writing to a USB stick
can be slow). If the file cannot be written, the laptop is enrolled all the same and the welcome
can be saved again from the dialog, as often as needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.services import circles
from circlesdesk.services import sync as sync_service
from circlesdesk.services.sync import Enrolled, RequestCheck
from circlesdesk.ui import dialogs
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.fingerprint import FingerprintView
from circlesdesk.ui.records import local_time
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, BusyIndicator, heading, large, scrolling, sentence
from circlesdesk.vault.vault import Vault

REQUEST_FILTER = "CirclesDesk enrollment requests (*.req);;All files (*)"
WELCOME_FILTER = "CirclesDesk files (*.cdb);;All files (*)"
T = TypeVar("T")


class EnrollDialog(QDialog):
    """Enroll one volunteer's laptop from the request file their CirclesDesk saved."""

    enrolled = Signal(object)  # the Enrolled, once the device is registered

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self.request_data: bytes | None = None
        self.check: RequestCheck | None = None
        self.enrolled_device: Enrolled | None = None
        self.saved_to: Path | None = None
        self.task: Task[Any] | None = None
        title = self.tr("Enroll a volunteer")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading(title, body))
        layout.addWidget(
            sentence(
                self.tr(
                    "1. Choose the enrollment request file the volunteer's CirclesDesk saved. "
                    "It holds only their name and their laptop's public keys."
                ),
                body,
            )
        )
        self.choose_button = QPushButton(self.tr("C&hoose the request file…"), body)
        self.choose_button.setAccessibleName(self.tr("Choose the request file"))
        large(self.choose_button)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.request_box = QWidget(body)
        request = QVBoxLayout(self.request_box)
        request.setContentsMargins(0, 0, 0, 0)
        self.who = sentence("", self.request_box)
        self.compare = sentence("", self.request_box)
        self.fingerprint = FingerprintView(self.request_box)
        self.matches = QCheckBox(
            self.tr("The fingerprints &match, digit for digit"), self.request_box
        )
        self.matches.setAccessibleName(self.tr("The fingerprints match"))
        large(self.matches)
        self.circles_label = sentence(
            self.tr("3. Tick the circles this volunteer joins (you can change them later):"),
            self.request_box,
        )
        self.circles = QListWidget(self.request_box)
        self.circles.setAccessibleName(self.tr("Circles to assign"))
        self.circles_label.setBuddy(self.circles)
        self.enroll_button = QPushButton(self.tr("&Enroll and save the welcome file…"), body)
        self.enroll_button.setAccessibleName(self.tr("Enroll and save the welcome file"))
        large(self.enroll_button)
        for widget in (self.who, self.compare, self.fingerprint, self.matches):
            request.addWidget(widget)
        request.addWidget(self.circles_label)
        request.addWidget(self.circles)
        request.addWidget(self.enroll_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.request_box)

        self.done_box = QWidget(body)
        done = QVBoxLayout(self.done_box)
        done.setContentsMargins(0, 0, 0, 0)
        self.done_text = sentence("", self.done_box)
        self.office_fingerprint = FingerprintView(self.done_box)
        self.save_again_button = QPushButton(self.tr("&Save the welcome file again…"), body)
        self.save_again_button.setAccessibleName(self.tr("Save the welcome file again"))
        large(self.save_again_button)
        again_row = QHBoxLayout()
        again_row.addWidget(self.save_again_button)
        again_row.addStretch(1)
        done.addWidget(self.done_text)
        done.addWidget(self.office_fingerprint)
        done.addLayout(again_row)
        layout.addWidget(self.done_box)

        self.busy = BusyIndicator(body)
        layout.addWidget(self.busy)
        self.alert = AlertLabel(body, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        large(close)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body, self), 1)
        outer.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_request)
        self.matches.toggled.connect(self._update)
        self.enroll_button.clicked.connect(self.enroll)
        self.save_again_button.clicked.connect(self.save_welcome)
        self.request_box.hide()
        self.done_box.hide()
        self._update()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 70, metrics.height() * 34)

    # -- steps -----------------------------------------------------------------------------

    def choose_request(self) -> None:
        """Ask for the request file and show whom it enrolls."""
        path = dialogs.ask_open_file(
            self, self.tr("Choose the enrollment request"), self.tr(REQUEST_FILTER)
        )
        if path is not None:
            self.load_request(path)

    def load_request(self, path: Path) -> None:
        """Read and check a request file (nothing is stored); a bad file shows why."""
        self.alert.clear_message()
        self.request_data = self.check = None
        self.request_box.hide()
        try:
            data = sync_service.read_request(path)
            check = sync_service.check_request(self._vault, data)
        except UserError as error:
            self.alert.show_error(user_text(error))
            self._update()
            return
        self.request_data, self.check = data, check
        self.who.setText(
            self.tr("This request comes from “{name}”, made on {when}.").format(
                name=check.name, when=local_time(check.requested_at)
            )
        )
        self.compare.setText(
            self.tr(
                "2. Ask {name} to open CirclesDesk at “Introduce this laptop to your "
                "coordinator”. Read the numbers to each other, in person or by phone, or scan "
                "the code with a phone: every digit must be the same as on their screen. If "
                "one differs, do not enroll: the file may not be theirs."
            ).format(name=check.name)
        )
        self.fingerprint.set_fingerprint(check.fingerprint)
        self.matches.setChecked(False)
        self._fill_circles()
        self.request_box.show()
        self.matches.setFocus()
        self._update()

    def enroll(self) -> None:
        """Ask where the welcome file goes, then enroll the laptop and write the file."""
        data, check = self.request_data, self.check
        if data is None or check is None:
            return
        if not self.matches.isChecked():
            self.alert.show_error(
                self.tr(
                    "Compare the fingerprints with the volunteer first, then tick “The "
                    "fingerprints match”."
                )
            )
            return
        path = self._ask_welcome_path()
        if path is None:
            return
        vault, codes = self._vault, self.chosen_circles()

        def work(_context: TaskContext) -> tuple[Enrolled, str | None]:
            sync_service.require_folder(path.parent)  # refused before anything is stored
            enrolled = sync_service.enroll(vault, data, assign=codes)
            return enrolled, _save(enrolled.welcome.data, path)

        self._start(work, self.tr("Enrolling the laptop…"), lambda r: self._enrolled(r, path))

    def save_welcome(self) -> None:
        """Write the welcome file again, to a place the user chooses."""
        enrolled = self.enrolled_device
        if enrolled is None:
            return
        path = self._ask_welcome_path()
        if path is None:
            return
        self._start(
            lambda _context: _save(enrolled.welcome.data, path),
            self.tr("Saving the welcome file…"),
            lambda problem: self._saved(path, problem),
        )

    def chosen_circles(self) -> list[str]:
        """The codes of the ticked circles."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.circles.item(row) for row in range(self.circles.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_circle_checked(self, code: str, checked: bool = True) -> None:
        """Tick (or untick) one circle by its code."""
        for row in range(self.circles.count()):
            item = self.circles.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- inside ------------------------------------------------------------------------------

    def _fill_circles(self) -> None:
        self.circles.clear()
        for circle in circles.list_circles(self._vault):
            item = QListWidgetItem(circle.code, self.circles)
            item.setData(Qt.ItemDataRole.UserRole, circle.code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        if not self.circles.count():
            self.circles_label.setText(
                self.tr("3. There are no circles yet: the volunteer joins one later.")
            )
        self.circles.setVisible(self.circles.count() > 0)

    def _ask_welcome_path(self) -> Path | None:
        suggested = (
            self.enrolled_device.welcome.file_name
            if self.enrolled_device is not None
            else self.check.welcome_file_name
            if self.check is not None
            else ""
        )
        return dialogs.ask_save_file(
            self, self.tr("Save the welcome file"), suggested, self.tr(WELCOME_FILTER)
        )

    def _start(
        self, work: Callable[[TaskContext], T], label: str, on_success: Callable[[T], None]
    ) -> None:
        if not self._runner.vault_free(self.alert):  # one thread on the vault at a time
            return
        self.alert.clear_message()
        self.busy.start(label)
        task = self._runner.run(
            work,
            owner=self,
            on_success=on_success,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            name="enroll",
        )
        task.done.connect(self._task_done)
        self.task = task
        self._update()

    def _task_done(self) -> None:
        self.task = None
        self.busy.stop()
        self._update()

    def _enrolled(self, outcome: tuple[Enrolled, str | None], path: Path) -> None:
        enrolled, problem = outcome
        self.enrolled_device = enrolled
        self.request_box.hide()
        self.office_fingerprint.set_fingerprint(enrolled.office_fingerprint)
        self.done_box.show()
        self.enrolled.emit(enrolled)
        self._saved(path, problem)

    def _saved(self, path: Path, problem: str | None) -> None:
        enrolled = self.enrolled_device
        assert enrolled is not None
        if problem is not None:
            self.done_text.setText(
                self.tr(
                    "{name}'s laptop is enrolled, but its welcome file is not saved yet. "
                    "Choose “Save the welcome file again…”, perhaps in another folder."
                ).format(name=enrolled.name)
            )
            self.alert.show_error(problem)
            return
        self.saved_to = path
        self.done_text.setText(
            self.tr(
                "4. {name}'s laptop is enrolled and the welcome file is saved as {file} in "
                "{folder}. Give it to {name}. When their CirclesDesk imports it, it shows the "
                "office's fingerprint: ask them to compare it with this one, digit for digit."
            ).format(name=enrolled.name, file=path.name, folder=path.parent)
        )
        self.alert.show_success(self.tr("Enrolled. The welcome file is saved."))

    def _update(self) -> None:
        idle = self.task is None
        loaded = self.check is not None and self.enrolled_device is None
        self.choose_button.setEnabled(idle and self.enrolled_device is None)
        self.enroll_button.setEnabled(idle and loaded and self.matches.isChecked())
        self.save_again_button.setVisible(
            self.enrolled_device is not None and self.saved_to is None
        )
        self.save_again_button.setEnabled(idle)


def _save(data: bytes, path: Path) -> str | None:
    """Write a welcome file; the plain sentence if it could not be written (the device stays
    enrolled, so the user can try another place)."""
    try:
        sync_service.write_file(data, out=path)
    except UserError as error:
        return user_text(error)
    return None
