"""The office's Backups page: the backup schedule, the last checked backup, "Back up now" with
progress and Stop, and the backups in the schedule's folder.

The work is the service's (circlesdesk.services.backups): every backup is checked as it is made;
keeping N deletes the older ones. The backup runs on the task runner on its own connection, so
it is one consistent copy even while an import writes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.services import backups
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.common import ProgressRow
from circlesdesk.ui.office.list_page import OfficePage, page_column, say
from circlesdesk.ui.records import plural
from circlesdesk.ui.tasks import Cancelled, Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, heading, hint, large
from circlesdesk.vault import backup as backup_files
from circlesdesk.vault.backup import Verified
from circlesdesk.vault.vault import Vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def choose_folder(parent: QWidget, start: str) -> str:
    """Ask for the backup folder (tests replace this function)."""
    return QFileDialog.getExistingDirectory(parent, _tr("Folder for the backups"), start)


class BackupsPage(OfficePage):
    """The backup schedule and the backups made."""

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunner,
        now: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        self._now = now  # fixed in tests; the real time otherwise
        self.task: Task[tuple[Verified, list[Path]]] | None = None
        layout = page_column(
            self,
            self.tr("Backups"),
            self.tr(
                "An encrypted copy of the office vault, checked as it is made, in a folder "
                "of your choice (a USB drive you keep locked away). It opens with the office "
                "passphrase or recovery code of the day it was made."
            ),
        )
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.reminder = AlertLabel(self.body)
        body.addWidget(self.reminder)
        self.last = QLabel(self.body)
        self.last.setWordWrap(True)
        self.last.setAccessibleName(self.tr("Last checked backup"))
        body.addWidget(self.last)

        body.addWidget(heading(self.tr("Schedule"), self.body))
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.folder_edit = QLineEdit(self.body)
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self.body)
        self.choose_button.setToolTip(self.tr("Choose the folder where backups are saved"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.every_box = QComboBox(self.body)
        self.every_box.setAccessibleName(self.tr("How often"))
        self.every_box.addItem(self.tr("Every day"), "daily")
        self.every_box.addItem(self.tr("Every week"), "weekly")
        self.keep_box = QSpinBox(self.body)
        self.keep_box.setRange(*backups.KEEP_RANGE)
        self.keep_box.setValue(7)
        self.keep_box.setSuffix(self.tr(" backups"))
        self.keep_box.setAccessibleName(self.tr("How many backups to keep"))
        for row, (text, widget) in enumerate(
            (
                (self.tr("&Folder:"), self.folder_edit),
                (self.tr("&How often:"), self.every_box),
                (self.tr("&Keep the newest:"), self.keep_box),
            )
        ):
            label = QLabel(text, self.body)
            label.setBuddy(widget)
            form.addWidget(label, row, 0)
            form.addWidget(widget, row, 1)
        form.addWidget(self.choose_button, 0, 2)
        body.addLayout(form)
        body.addWidget(
            hint(
                self.tr(
                    "Older backups are deleted when a new one is made, so a record deleted "
                    "under the retention policy is gone from every backup once that many "
                    "newer backups exist."
                ),
                self.body,
            )
        )
        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save the schedule"), self.body)
        self.save_button.setAccessibleName(self.tr("Save the backup schedule"))
        self.backup_button = QPushButton(self.tr("&Back up now"), self.body)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        for button in (self.save_button, self.backup_button):
            large(button)
            actions.addWidget(button)
        actions.addStretch(1)
        body.addLayout(actions)

        body.addWidget(heading(self.tr("Backups in the folder"), self.body))
        self.files = QListWidget(self.body)
        self.files.setAccessibleName(self.tr("Backups in the folder, newest first"))
        body.addWidget(self.files, 1)
        layout.addWidget(self.body, 1)
        self.progress_row = ProgressRow(self)
        layout.addWidget(self.progress_row)
        self.alert = AlertLabel(self, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        self.choose_button.clicked.connect(self._choose)
        self.save_button.clicked.connect(self.save)
        self.backup_button.clicked.connect(self.back_up_now)
        self.progress_row.stop_requested.connect(self.stop)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the schedule, the last backup and the folder's backups again."""
        if self.must_wait():
            return
        policy = backups.policy(self._vault)
        if policy is not None:
            self.folder_edit.setText(policy.folder)
            self.every_box.setCurrentIndex(self.every_box.findData(policy.every))
            self.keep_box.setValue(policy.keep)
        last = backups.last_backup(self._vault)
        say(
            self.last,
            self.tr("Last checked backup: {when}.").format(when=_local(last))
            if last
            else self.tr("No backup has been made yet."),
        )
        reminder = backups.reminder(self._vault, now=self._now)
        if reminder:
            self.reminder.show_error(user_text(reminder))
        else:
            self.reminder.clear_message()
        self._list_files()

    def save(self) -> None:
        """Store the schedule."""
        if not self._vault_free():
            return
        try:
            policy = backups.set_policy(
                self._vault,
                folder=self.folder_edit.text().strip(),
                every=str(self.every_box.currentData()),
                keep=self.keep_box.value(),
            )
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.alert.show_success(
            self.tr("The schedule is saved: {every}, keeping the newest {keep}.").format(
                every=self.every_box.currentText().lower(), keep=policy.keep
            )
        )
        self.refresh()

    def back_up_now(self) -> None:
        """Make a checked backup into the folder on the task runner (progress and Stop).

        Not held back by an import or export running: the backup reads one snapshot on its own
        connection, so it holds all of that work or none of it.
        """
        if self.task is not None:
            return
        folder = self.folder_edit.text().strip()
        if not folder or not Path(folder).is_absolute():
            self.alert.show_error(self.tr("Choose the folder the backups go to first."))
            return
        vault, keep = self._vault, self.keep_box.value()
        text = self.tr("Copying and checking the vault…")

        def work(context: TaskContext) -> tuple[Verified, list[Path]]:
            def progress(done: int, total: int) -> None:
                context.progress(done, total, text)

            try:
                return backups.create_backup(
                    vault,
                    out_dir=Path(folder),
                    keep=keep,
                    progress=progress,
                    cancelled=context.cancel.is_set,
                )
            except backup_files.BackupStopped:
                raise Cancelled() from None

        self.alert.clear_message()
        self.body.setEnabled(False)
        self.progress_row.start(self.tr("Backing up…"))
        self.task = self._runner.run(
            work,
            owner=self,
            on_success=self._made,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            on_cancelled=lambda: self.alert.show_success(
                self.tr("Stopped: no backup was written.")
            ),
            name="backup",
        )
        self.task.progressed.connect(self.progress_row.progressed)
        self.task.done.connect(self._task_done)

    def stop(self) -> None:
        """Ask the backup to stop; nothing is left behind."""
        if self.task is not None:
            self.task.cancel()

    # -- inside ------------------------------------------------------------------------------

    def _busy_sentence(self) -> str:
        return self.tr("Wait until the work in progress has finished.")

    def _choose(self) -> None:
        chosen = choose_folder(self, self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def _made(self, result: tuple[Verified, list[Path]]) -> None:
        made, deleted = result
        sentence = self.tr("Backup written and checked: {name}.").format(name=made.path.name)
        if deleted:
            sentence += " " + plural(
                self.tr("%n older backup(s) deleted.", "", len(deleted)), len(deleted)
            )
        self.alert.show_success(sentence)

    def _task_done(self) -> None:
        self.task = None
        self.body.setEnabled(True)
        self.progress_row.finish()
        self.refresh()

    def _list_files(self) -> None:
        self.files.clear()
        folder = self.folder_edit.text().strip()
        if not folder:
            return
        for path in reversed(backups.backups_in(self._vault, Path(folder))):
            self.files.addItem(
                self.tr("{name} ({size} MB)").format(
                    name=path.name, size=f"{path.stat().st_size / 1e6:.1f}"
                )
            )


def _local(when: dt.datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
