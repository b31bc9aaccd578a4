"""Send and receive: write the file for the office, open the office's reply, see where sync stands.

Export and import run on a worker thread through the shell's :class:`~circlesdesk.ui.tasks.
TaskRunner`, with a progress bar and a Stop button. Only one thread may use the vault at a time,
so the page is disabled while a task runs and :attr:`SyncPage.busy_changed` tells the shell to
keep the other pages off the vault too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.services import sync as sync_service
from circlesdesk.sync.exporter import OutgoingBundle
from circlesdesk.sync.importer import ImportResult, State
from circlesdesk.ui import dialogs, style
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.fingerprint import FingerprintView
from circlesdesk.ui.records import counted_list, plural
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, heading, hint, large, scrolling, wrapped
from circlesdesk.vault.vault import Vault

Exported = tuple[list[OutgoingBundle], list[Path]]
T = TypeVar("T")


class SyncPage(QWidget):
    """Send my records to the office and open the office's replies."""

    busy_changed = Signal(bool)  # a task is using the vault (True) or has finished (False)
    synced = Signal()  # an export or import changed what the vault holds

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self.task: Task[Any] | None = None
        self.setAccessibleName(self.tr("Send and receive"))

        body = QWidget(self)
        self.body = body
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Send and receive"), body))
        layout.addWidget(
            hint(
                self.tr(
                    "Your records travel to the office in a locked file that only the office "
                    "can open. Save it on a USB stick or attach it to an email to your "
                    "coordinator. When the office sends a file back, open it here."
                ),
                body,
            )
        )

        self.status_box = QGroupBox(self.tr("Your office"), body)
        self.status_box.setAccessibleName(self.tr("Your office"))
        form = QFormLayout(self.status_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.office_name = self._fact(form, self.tr("Office:"))
        self.fingerprint = self._fact(form, self.tr("Office fingerprint:"))
        style.set_role(self.fingerprint, "fingerprint")
        self.last_sent = self._fact(form, self.tr("Last file sent:"))
        self.last_receipt = self._fact(form, self.tr("Last file the office confirmed:"))
        self.unsynced = self._fact(form, self.tr("Not yet confirmed:"))
        layout.addWidget(self.status_box)

        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("&Send to office…"), body)
        self.send_button.setToolTip(
            self.tr("Save your new records in one encrypted file to take or send to the office")
        )
        self.send_button.setAccessibleName(self.tr("Send to office"))
        self.send_button.setToolTip(self.tr("Save a file with your new records for the office."))
        self.open_button = QPushButton(self.tr("&Open a file from the office…"), body)
        self.open_button.setToolTip(
            self.tr("Import a file the office sent you (its replies and your circles)")
        )
        self.open_button.setAccessibleName(self.tr("Open a file from the office"))
        for button in (self.send_button, self.open_button):
            large(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # Trust on first use: a welcome's office fingerprint is shown and confirmed before
        # anything is imported (as the first-run wizard asks).
        self.welcome_box = QGroupBox(self.tr("Is this your office?"), body)
        self.welcome_box.setAccessibleName(self.tr("Is this your office?"))
        welcome_layout = QVBoxLayout(self.welcome_box)
        self.welcome_question = wrapped("", self.welcome_box)
        self.welcome_fingerprint = FingerprintView(self.welcome_box)
        self.match_button = QPushButton(self.tr("The numbers &match: import"), self.welcome_box)
        self.match_button.setAccessibleName(self.tr("The numbers match: import"))
        self.differ_button = QPushButton(self.tr("They are &different"), self.welcome_box)
        self.differ_button.setAccessibleName(self.tr("They are different"))
        answers = QHBoxLayout()
        answers.addWidget(self.match_button)
        answers.addWidget(self.differ_button)
        answers.addStretch(1)
        welcome_layout.addWidget(self.welcome_question)
        welcome_layout.addWidget(self.welcome_fingerprint)
        welcome_layout.addLayout(answers)
        self.welcome_box.hide()
        layout.addWidget(self.welcome_box)
        self._welcome: tuple[list[Path], str] | None = None  # files and the digits shown
        self._has_office = False

        self.alert = AlertLabel(body, focus_on_show=True)  # file saved, or why not
        layout.addWidget(self.alert)
        layout.addStretch(1)

        # Shown while a task runs: what is happening, how far, and a way to stop.
        self.progress_row = QWidget(self)
        progress_layout = QHBoxLayout(self.progress_row)
        self.progress_label = QLabel(self.progress_row)
        self.progress_label.setWordWrap(True)
        self.progress = QProgressBar(self.progress_row)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.stop_button = QPushButton(self.tr("S&top"), self.progress_row)
        self.stop_button.setAccessibleName(self.tr("Stop"))
        large(self.stop_button)
        progress_layout.addWidget(self.progress_label, 1)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(self.stop_button)
        self.progress_row.hide()

        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body, self, in_page=True), 1)
        outer.addWidget(self.progress_row)

        self.send_button.clicked.connect(self.send_to_office)
        self.open_button.clicked.connect(self.open_from_office)
        self.stop_button.clicked.connect(self.stop)
        self.match_button.clicked.connect(self._welcome_confirmed)
        self.differ_button.clicked.connect(self._welcome_refused)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether an export or import is running."""
        return self.task is not None

    def refresh(self) -> None:
        """Show where this vault stands with its office."""
        if self._vault.is_locked or self.busy:
            return
        status = sync_service.sync_status(self._vault)
        self.office_name.setText(status.office_name or self.tr("Not set up yet"))
        self.fingerprint.setText(status.office_fingerprint or "")
        self.fingerprint.setVisible(bool(status.office_fingerprint))
        self.last_sent.setText(
            self.tr("No. {number}").format(number=status.last_sent)
            if status.last_sent
            else self.tr("None yet")
        )
        self.last_receipt.setText(
            self.tr("No. {number}").format(number=status.last_receipt)
            if status.last_receipt
            else self.tr("None yet")
        )
        self.unsynced.setText(
            counted_list(status.unsynced)
            if status.unsynced
            else self.tr("Nothing: the office has everything.")
        )
        for label in (
            self.office_name,
            self.fingerprint,
            self.last_sent,
            self.last_receipt,
            self.unsynced,
        ):
            label.setAccessibleDescription(label.text())
        self.send_button.setEnabled(status.office_name is not None)
        self._has_office = status.office_name is not None

    def send_to_office(self) -> None:
        """Ask for a folder, then write the next bundle for the office there."""
        folder = dialogs.ask_folder(self, self.tr("Choose where to save the file for the office"))
        if folder is None:
            return
        vault = self._vault

        def work(context: TaskContext) -> Exported:
            context.progress(0, 0)
            bundles = sync_service.export(vault)
            # Stopping here writes nothing; the next file repeats everything not confirmed.
            context.check_cancelled()
            paths = sync_service.write_bundles(bundles, out=None, out_dir=folder)
            return bundles, paths

        self._start(
            work,
            self.tr("Making the file for the office…"),
            self._exported,
            lambda: self.alert.show_success(
                self.tr("Stopped. No file was saved; your records go in the next one.")
            ),
            name="export",
        )

    def open_from_office(self) -> None:
        """Ask for a file from the office, then import it."""
        path = dialogs.ask_open_file(
            self,
            self.tr("Open a file from the office"),
            self.tr("CirclesDesk files (*.cdb)"),
        )
        if path is not None:
            self.open_bundles([path])

    def open_bundles(self, paths: list[Path]) -> None:
        """Import files from the office (picked, dropped on the window or opened from the file
        manager), oldest first; the last one's result is shown."""
        if not paths:
            return
        self.welcome_box.hide()
        self._welcome = None
        if not self._has_office:
            # Nothing is trusted before the user has compared the office's fingerprint.
            vault, first = self._vault, paths[0]
            self._start(
                lambda _context: sync_service.inspect_welcome(vault, first),
                self.tr("Checking the file…"),
                lambda checked: self._ask_about_welcome(checked, paths),
                lambda: self.alert.show_success(self.tr("Stopped. Nothing was opened.")),
                name="check-welcome",
            )
            return
        self._import(paths, office_fingerprint=None)

    def _ask_about_welcome(self, checked: sync_service.WelcomeCheck, paths: list[Path]) -> None:
        if not checked.needs_confirmation:
            self.alert.show_error(
                self.tr(
                    "This laptop is not linked to an office yet. Open the welcome file your "
                    "coordinator gave you first."
                )
            )
            return
        self.welcome_question.setText(
            self.tr(
                "This welcome file comes from “{office}”. Ask your coordinator to read out the "
                "office's fingerprint. Do these numbers match the office's?"
            ).format(office=checked.office_name)
        )
        self.welcome_fingerprint.set_fingerprint(checked.office_fingerprint)
        self._welcome = (paths, checked.office_fingerprint)
        self.welcome_box.show()
        self.match_button.setFocus()

    def _welcome_confirmed(self) -> None:
        if self._welcome is None:
            return
        paths, fingerprint = self._welcome
        self._welcome = None
        self.welcome_box.hide()
        self._import(paths, office_fingerprint=fingerprint)

    def _welcome_refused(self) -> None:
        self._welcome = None
        self.welcome_box.hide()
        self.alert.show_error(
            self.tr(
                "Nothing was imported. Don't use this file: phone your coordinator and tell "
                "them the numbers were different."
            )
        )

    def _import(self, paths: list[Path], *, office_fingerprint: str | None) -> None:
        vault = self._vault

        def work(context: TaskContext) -> ImportResult:
            context.progress(0, 0)
            # Once started an import runs to its end: each is one transaction, all or nothing.
            context.check_cancelled()
            result = None
            for path in paths:
                result = sync_service.import_file(
                    vault, path, office_fingerprint=office_fingerprint
                )
                context.check_cancelled()
            assert result is not None
            return result

        self._start(
            work,
            self.tr("Opening the file from the office…"),
            self._imported,
            lambda: self.alert.show_success(
                self.tr("Stopped. Files already opened are kept; the rest were not opened.")
            ),
            name="import",
        )

    def stop(self) -> None:
        """Ask the running task to stop (it stops at the next safe point)."""
        if self.task is not None:
            self.task.cancel()
            self.progress_label.setText(self.tr("Stopping…"))
            self.stop_button.setEnabled(False)

    # -- inside ------------------------------------------------------------------------------

    def _fact(self, form: QFormLayout, name: str) -> QLabel:
        value = wrapped("", self.status_box)
        value.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        value.setAccessibleName(name.rstrip(":"))
        form.addRow(QLabel(name, self.status_box), value)
        return value

    def _start(
        self,
        work: Callable[[TaskContext], T],
        label: str,
        on_success: Callable[[T], None],
        on_cancelled: Callable[[], None],
        *,
        name: str,
    ) -> None:
        self.alert.clear_message()
        self._set_busy(True, label)
        task = self._runner.run(
            work,
            owner=self,
            on_success=on_success,
            on_error=self._failed,
            on_cancelled=on_cancelled,
            name=name,
        )
        task.progressed.connect(self._progressed)
        task.done.connect(self._task_done)
        self.task = task

    def _set_busy(self, busy: bool, label: str = "") -> None:
        self.body.setEnabled(not busy)
        self.progress_row.setVisible(busy)
        self.progress_label.setText(label)
        self.progress.setRange(0, 0)
        self.stop_button.setEnabled(busy)
        self.busy_changed.emit(busy)

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        if total > 0:
            self.progress.setValue(min(done, total))
        if text:
            self.progress_label.setText(text)

    def _task_done(self) -> None:
        self.task = None
        self._set_busy(False)
        self.refresh()

    def _exported(self, exported: Exported) -> None:
        bundles, paths = exported
        counts: dict[str, int] = {}
        for bundle in bundles:
            for kind, n in bundle.counts.items():
                counts[kind] = counts.get(kind, 0) + n
        names = ", ".join(path.name for path in paths)
        folder = str(paths[0].parent) if paths else ""
        contents = (
            self.tr("It holds {records}.").format(records=counted_list(counts))
            if counts
            else self.tr("It holds no new records; it tells the office you are up to date.")
        )
        self.alert.show_success(
            self.tr(
                "Saved the file {name} in {folder}. {contents} Take it to the office on a USB "
                "stick or attach it to an email to your coordinator."
            ).format(name=names, folder=folder, contents=contents)
        )
        self.synced.emit()

    def _imported(self, result: ImportResult) -> None:
        changed = result.outcomes.get("new", 0) + result.outcomes.get("updated", 0)
        if result.state is State.READY:
            parts = [
                plural(
                    self.tr(
                        "The file from the office is in: %n new or changed record(s).", "", changed
                    ),
                    changed,
                )
            ]
            if result.purged:
                parts.append(
                    plural(
                        self.tr(
                            "Removed %n old record(s) from this laptop: the office holds them.",
                            "",
                            result.purged,
                        ),
                        result.purged,
                    )
                )
            if result.restored:
                parts.append(
                    self.tr(
                        "The office holds a newer file from this laptop than this copy wrote: "
                        "the laptop was restored from a backup. Nothing was removed, and the "
                        "next file you send carries again everything the office does not hold."
                    )
                )
            if result.office_fingerprint:
                parts.append(
                    self.tr(
                        "Check this office fingerprint with your coordinator: {fingerprint}"
                    ).format(fingerprint=result.office_fingerprint)
                )
            self.alert.show_success(" ".join(parts))
            self.synced.emit()
            return
        messages = {
            State.ALREADY_IMPORTED: self.tr(
                "This file was opened before. There is nothing new in it."
            ),
            State.COVERED: self.tr(
                "A newer file from the office already brought everything in this one."
            ),
            State.WAITING: self.tr(
                "This file is kept until an earlier file from the office is opened. "
                "Ask your coordinator for the earlier file."
            ),
            State.FORK: self.tr(
                "This file could not be used and has been set aside. Tell your coordinator."
            ),
            State.REVOKED: self.tr(
                "This file could not be used and has been set aside. Tell your coordinator."
            ),
        }
        text = messages.get(result.state, self.tr("The file was checked."))
        if result.state in (State.ALREADY_IMPORTED, State.COVERED):
            self.alert.show_success(text)
        else:
            self.alert.show_error(text)

    def _failed(self, error: UserError) -> None:
        self.alert.show_error(user_text(error))

    def page_shown(self) -> None:
        """The shell shows the page: show the latest state."""
        self.refresh()
