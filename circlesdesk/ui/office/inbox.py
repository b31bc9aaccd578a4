"""The office's inbox: bundle files picked, dropped or found in a folder, verified, then imported.

Every file is verified first (nothing is written) and listed with its sender, sequence, record
counts and state with a plain reason. "Import all ready" runs on the shell's task runner with
progress and Stop; the result says what arrived, urgent concerns first. While a task uses the
vault the page is disabled and :attr:`InboxPage.busy_changed` says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.enums import VettingCheck
from circlesdesk.domain.vetting import VettingStatus
from circlesdesk.errors import UserError
from circlesdesk.services import backups, office, volunteer_records
from circlesdesk.services.office import INVALID, ImportSummary, InboxItem, QueueEntry
from circlesdesk.services.volunteer_records import VettingAlert
from circlesdesk.sync.importer import State
from circlesdesk.ui import dialogs, style
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.common import ProgressRow, state_names
from circlesdesk.ui.office.list_page import say
from circlesdesk.ui.records import counted_list, first_words, plural, short_date, urgency_names
from circlesdesk.ui.table_model import ROW_ROLE, RowsModel, read_only_table
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, StatusLabel, heading, hint, large
from circlesdesk.vault.vault import Vault

STATE_ROLE = ROW_ROLE + 1
T = TypeVar("T")
Imported = tuple[ImportSummary, list[InboxItem]]


class InboxModel(RowsModel[InboxItem]):
    """The inspected bundle files, in the order they were added."""

    FILE, SENDER, SEQUENCE, RECORDS, STATE, REASON = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("File"),
            self.tr("From"),
            self.tr("No."),
            self.tr("Records"),
            self.tr("State"),
            self.tr("Why"),
        )
        self._states = state_names()
        # Files imported from this page since it opened: "Imported just now", not "already".
        self.just_imported: set[Path] = set()

    def _imported_now(self, item: InboxItem) -> bool:
        return item.state == State.ALREADY_IMPORTED.value and item.path in self.just_imported

    def role_data(self, item: InboxItem, column: int, role: int) -> Any:
        if role == STATE_ROLE:
            return item.state
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.reason(item)
        return None

    def reason(self, item: InboxItem) -> str:
        """The plain sentence for an item's state."""
        if self._imported_now(item):
            return self.tr("Imported just now.")
        return user_text(item.reason)

    def text(self, item: InboxItem, column: int) -> str:
        """What a cell shows."""
        if column == self.FILE:
            return item.path.name
        if column == self.SENDER:
            return item.sender_name or self.tr("Unknown")
        if column == self.SEQUENCE:
            return "" if item.sequence is None else str(item.sequence)
        if column == self.RECORDS:
            return counted_list(item.counts) if item.counts else ""
        if column == self.STATE:
            if self._imported_now(item):
                return self.tr("Imported just now")
            return self._states.get(item.state, item.state)
        return self.reason(item)


def vetting_alert_sentence(widget: QWidget, alert: VettingAlert) -> str:
    """An expiry alert in words, through tr()."""
    check = {
        VettingCheck.ENHANCED_DBS.value: widget.tr("enhanced DBS check"),
        VettingCheck.PRISON_VETTING.value: widget.tr("prison vetting"),
    }[alert.vetting.check_type]
    if alert.status is VettingStatus.EXPIRED:
        text = widget.tr(
            "%1's %2 expired on %3: they cannot be assigned to a circle until a new one is "
            "recorded."
        )
    else:
        text = widget.tr("%1's %2 expires on %3.")
    return (
        text.replace("%1", alert.person.name)
        .replace("%2", check)
        .replace("%3", short_date(alert.vetting.expires_on))
    )


class InboxPage(QWidget):
    """Pick, drop or point at bundle files; see what each would do; import the ready ones."""

    busy_changed = Signal(bool)
    imported = Signal(object)  # the ImportSummary
    concerns_requested = Signal()  # "Open the concern queue"
    backups_requested = Signal()  # "Open Backups" under the reminder that a backup is due
    records_requested = Signal()  # "Open Volunteers' records" under the vetting alerts

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._paths: list[Path] = []
        self.task: Task[Any] | None = None
        self.summary: ImportSummary | None = None
        self.setAccessibleName(self.tr("Inbox"))
        self.setAcceptDrops(True)

        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Inbox"), self.body))
        layout.addWidget(
            hint(
                self.tr(
                    "Add the bundle files your volunteers sent: pick them, choose a folder, or "
                    "drop them on this page. Each file is checked before anything is imported."
                ),
                self.body,
            )
        )
        # The office home: a backup older than the schedule allows is said first.
        self.backup_reminder = AlertLabel(self.body)
        self.backups_button = QPushButton(self.tr("Open &Backups"), self.body)
        self.backups_button.setAccessibleName(self.tr("Open the Backups page"))
        large(self.backups_button)
        self.backups_button.hide()
        layout.addWidget(self.backup_reminder)
        layout.addWidget(self.backups_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Then volunteers' checks that have expired or expire within 30 days.
        # A standing notice, not the outcome of an action: a status, read politely.
        self.vetting_alerts = StatusLabel(
            self.tr("Volunteers' checks that have expired or expire within 30 days"), self.body
        )
        style.set_role(self.vetting_alerts, "alert")
        self.vetting_alerts.hide()
        self.records_button = QPushButton(self.tr("Open &Volunteers' records"), self.body)
        self.records_button.setAccessibleName(self.tr("Open the Volunteers' records page"))
        large(self.records_button)
        self.records_button.hide()
        layout.addWidget(self.vetting_alerts)
        layout.addWidget(self.records_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("Add a &file…"), self.body)
        self.add_file_button.setToolTip(self.tr("Choose files from laptops to check and import"))
        self.add_file_button.setAccessibleName(self.tr("Add a bundle file"))
        self.add_folder_button = QPushButton(self.tr("Add a f&older…"), self.body)
        self.add_folder_button.setToolTip(
            self.tr("Choose a folder (a USB stick) and check every file from laptops in it")
        )
        self.add_folder_button.setAccessibleName(self.tr("Add every bundle in a folder"))
        self.import_button = QPushButton(self.tr("&Import all ready"), self.body)
        self.import_button.setAccessibleName(self.tr("Import all ready bundles"))
        self.clear_button = QPushButton(self.tr("C&lear the list"), self.body)
        self.clear_button.setAccessibleName(self.tr("Clear the list"))
        for button in (
            self.add_file_button,
            self.add_folder_button,
            self.import_button,
            self.clear_button,
        ):
            large(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = InboxModel(self)
        self.view = read_only_table(
            self.model, name=self.tr("Bundle files"), parent=self.body, wrap=True
        )
        header = self.view.horizontalHeader()
        for column in (InboxModel.FILE, InboxModel.SENDER, InboxModel.SEQUENCE, InboxModel.STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InboxModel.RECORDS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(InboxModel.REASON, QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(self.fontMetrics().averageCharWidth() * 24)
        layout.addWidget(self.view, 2)
        self.status = hint("", self.body)
        self.status.setAccessibleName(self.tr("How many files"))
        layout.addWidget(self.status)

        self.alert = AlertLabel(self.body, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)
        self.attention_heading = heading(self.tr("Needs attention first"), self.body)
        self.attention = QListWidget(self.body)
        self.attention.setAccessibleName(self.tr("Concerns that arrived, most urgent first"))
        self.concerns_button = QPushButton(self.tr("Open the &concern queue"), self.body)
        self.concerns_button.setAccessibleName(self.tr("Open the concern queue"))
        large(self.concerns_button)
        layout.addWidget(self.attention_heading)
        layout.addWidget(self.attention, 1)
        layout.addWidget(self.concerns_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.attention_heading, self.attention, self.concerns_button):
            widget.hide()

        self.progress_row = ProgressRow(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.body, 1)
        outer.addWidget(self.progress_row)

        self.add_file_button.clicked.connect(self.add_file)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.import_button.clicked.connect(self.import_all_ready)
        self.clear_button.clicked.connect(self.clear)
        self.concerns_button.clicked.connect(self.concerns_requested)
        self.backups_button.clicked.connect(self.backups_requested)
        self.records_button.clicked.connect(self.records_requested)
        self.progress_row.stop_requested.connect(self.stop)
        self._update()
        self.show_backup_reminder()

    # -- public ----------------------------------------------------------------------------

    def show_backup_reminder(self) -> None:
        """Say so when the last checked backup is older than the backup schedule allows."""
        if self._vault.is_locked:
            return
        reminder = backups.reminder(self._vault)
        if reminder:
            self.backup_reminder.show_error(user_text(reminder))
        else:
            self.backup_reminder.clear_message()
        self.backups_button.setVisible(bool(reminder))
        self.show_vetting_alerts()

    def show_vetting_alerts(self) -> None:
        """List the volunteers' checks that have expired or expire within 30 days."""
        if self._vault.is_locked:
            return
        alerts = volunteer_records.expiry_alerts(self._vault)
        sentences = [vetting_alert_sentence(self, alert) for alert in alerts]
        self.vetting_alerts.setVisible(bool(sentences))
        self.vetting_alerts.setText("\n".join(sentences))
        self.records_button.setVisible(bool(sentences))

    @property
    def busy(self) -> bool:
        """Whether a check or an import is running."""
        return self.task is not None

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Add files (a folder adds the bundles in it) and check them all again."""
        added = list(self._paths)
        try:
            for path in paths:
                for file in office.bundle_files(path) if path.is_dir() else [path]:
                    if file not in added:
                        added.append(file)
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self._paths = added
        self.check_files()

    def check_files(self) -> None:
        """Verify every listed file again (nothing is written)."""
        if not self._paths:
            self.model.set_rows([])
            self._update()
            return
        vault, paths = self._vault, list(self._paths)

        def work(context: TaskContext) -> list[InboxItem]:
            context.progress(0, 0)
            return office.inspect_files(vault, paths)

        self._start(work, self.tr("Checking the files…"), self._checked, name="inbox-check")

    def add_file(self) -> None:
        """Ask for a bundle file and add it."""
        path = dialogs.ask_open_file(
            self, self.tr("Add a bundle file"), self.tr("CirclesDesk bundles (*.cdb)")
        )
        if path is not None:
            self.add_paths([path])

    def add_folder(self) -> None:
        """Ask for a folder and add every bundle in it."""
        folder = dialogs.ask_folder(self, self.tr("Choose the folder with the bundle files"))
        if folder is not None:
            self.add_paths([folder])

    def clear(self) -> None:
        """Empty the list (nothing in the vault changes)."""
        self._paths = []
        self.model.set_rows([])
        self.alert.clear_message()
        self._show_attention([])
        self._update()

    def import_all_ready(self) -> None:
        """Import every ready bundle on a worker thread, then check the list again."""
        items = self.model.rows()
        if not any(item.ready for item in items):
            self.alert.show_error(self.tr("No bundle in the list is ready to import."))
            return
        vault, paths = self._vault, list(self._paths)
        label = self.tr("Importing bundle {number} of {total}…")

        def work(context: TaskContext) -> Imported:
            def progress(done: int, total: int, _text: str) -> None:
                context.progress(
                    done, total, label.format(number=min(done + 1, total), total=total)
                )

            summary = office.import_ready(
                vault, items, progress=progress, cancelled=context.cancel.is_set
            )
            return summary, office.inspect_files(vault, paths)

        self._start(work, self.tr("Importing…"), self._imported, name="inbox-import")

    def stop(self) -> None:
        """Ask the running task to stop between two bundles."""
        if self.task is not None:
            self.task.cancel()

    def page_shown(self) -> None:
        """The shell shows the page: only the backup reminder is read (files are added)."""
        self.show_backup_reminder()

    # -- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.busy and _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if self.busy or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    # -- inside ------------------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[TaskContext], T],
        label: str,
        on_success: Callable[[T], None],
        *,
        name: str,
    ) -> None:
        if not self._runner.vault_free(self.alert):  # one thread on the vault at a time
            return
        self.alert.clear_message()
        self.body.setEnabled(False)
        self.progress_row.start(label)
        self.busy_changed.emit(True)
        task = self._runner.run(
            work, owner=self, on_success=on_success, on_error=self._failed, name=name
        )
        task.progressed.connect(self.progress_row.progressed)
        task.done.connect(self._task_done)
        self.task = task

    def _task_done(self) -> None:
        self.task = None
        self.body.setEnabled(True)
        self.progress_row.finish()
        self.busy_changed.emit(False)
        self._update()

    def _failed(self, error: UserError) -> None:
        self.alert.show_error(user_text(error))

    def _checked(self, items: list[InboxItem]) -> None:
        self.model.set_rows(items)
        self._update()

    def _imported(self, result: Imported) -> None:
        summary, items = result
        self.summary = summary
        self.model.just_imported |= {
            b.item.path for b in summary.bundles if b.state == State.READY.value
        }
        self.model.set_rows(items)
        parts = [plural(self.tr("Imported %n bundle(s).", "", summary.applied), summary.applied)]
        if summary.arrived:
            parts.append(self.tr("New: {records}.").format(records=counted_list(summary.arrived)))
        if summary.updated:
            parts.append(
                plural(self.tr("%n record(s) changed.", "", summary.updated), summary.updated)
            )
        failed = [b for b in summary.bundles if b.state == INVALID]
        if failed:
            parts.append(
                plural(
                    self.tr("%n bundle(s) could not be imported: see the list.", "", len(failed)),
                    len(failed),
                )
            )
        if summary.urgent:
            parts.append(
                plural(
                    self.tr("%n urgent concern(s) to look at now.", "", len(summary.urgent)),
                    len(summary.urgent),
                )
            )
        if summary.cancelled:
            parts.append(self.tr("Stopped: the bundles not yet imported are still ready."))
        self.alert.show_success(" ".join(parts))
        self._show_attention(summary.concerns)
        self._update()
        self.imported.emit(summary)

    def _show_attention(self, entries: list[QueueEntry]) -> None:
        self.attention.clear()
        for entry in entries:
            self.attention.addItem(
                self.tr("{level} · {circle} · from {volunteer}: {text}").format(
                    level=urgency_names()[entry.concern.level],
                    circle=entry.circle_code,
                    volunteer=entry.volunteer or self.tr("unknown"),
                    text=first_words(entry.concern.description),
                )
            )
        for widget in (self.attention_heading, self.attention, self.concerns_button):
            widget.setVisible(bool(entries))

    def _update(self) -> None:
        items = self.model.rows()
        ready = sum(1 for item in items if item.ready)
        self.import_button.setEnabled(ready > 0 and not self.busy)
        self.clear_button.setEnabled(bool(items) and not self.busy)
        say(
            self.status,
            plural(self.tr("%n file(s), ", "", len(items)), len(items))
            + plural(self.tr("%n ready to import.", "", ready), ready)
            if items
            else self.tr("No files added yet."),
        )


def _local_paths(urls: Iterable[Any]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
