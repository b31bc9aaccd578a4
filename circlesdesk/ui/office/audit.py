"""The audit log page: every change to this vault, newest first, and "Verify chain".

The table reads the log a batch at a time as it is scrolled (``canFetchMore``/``fetchMore``),
so a log of 100,000 entries opens as fast as a short one. It shows when, what, which kind of
record, a short record id, which device and the entry's details (ids and counts: the log never
holds names or note text). Each batch is read by entry number (keyset paging), so the last
batch costs what the first does. "Verify chain" recomputes every entry's hash on the task
runner, with a percentage and Stop, and says whether the log is intact or at which entry it was
altered. Below the log, the laptops' witnesses: for each device the entry it last signed back,
when it got it, and whether the log still holds that entry as witnessed; "Verify chain" checks
them too and names the first laptop whose witness no longer matches (docs/sync.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QWidget

from circlesdesk.services import audit_log
from circlesdesk.services.audit_log import (
    AuditEntry,
    AuditReport,
    VerifyStopped,
    WitnessCheck,
    WitnessState,
)
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.common import ProgressRow
from circlesdesk.ui.office.list_page import OfficePage, page_column, say
from circlesdesk.ui.records import kind_names, local_time
from circlesdesk.ui.table_model import Index, RowsModel, read_only_table
from circlesdesk.ui.tasks import Cancelled, Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, hint, large
from circlesdesk.vault.vault import Vault

BATCH = 200
SHORT_ID = 8


class AuditModel(RowsModel[AuditEntry]):
    """Audit entries, newest first, read a batch at a time while ``may_read()`` allows it."""

    NUMBER, WHEN, ACTION, KIND, RECORD, DEVICE, DETAIL = range(7)

    def __init__(
        self,
        vault: Vault,
        *,
        may_read: Callable[[], bool],
        batch: int = BATCH,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._may_read = may_read
        self._batch = batch
        self._complete = True
        self._devices: dict[str, str] = {}
        self._people: dict[str, str] = {}
        self._kinds = kind_names()
        self.total = 0
        self._headers = (
            self.tr("No."),
            self.tr("When"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Record id"),
            self.tr("Device"),
            self.tr("Details"),
        )

    def reload(self) -> None:
        """Start again from the newest entry (the first batch is read now)."""
        self.beginResetModel()
        self._rows = []
        self._complete = False
        self._devices = audit_log.device_names(self._vault)
        self._people = audit_log.person_names(self._vault)
        self.total = audit_log.entry_count(self._vault)
        self._rows = self._read()
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._complete and self._may_read()

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._read()
        if not more:
            return
        start = len(self._rows)
        self.beginInsertRows(parent, start, start + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def _read(self) -> list[AuditEntry]:
        before = self._rows[-1].id if self._rows else None
        more = audit_log.entries(self._vault, before_id=before, limit=self._batch)
        self._complete = len(more) < self._batch
        return more

    def role_data(self, entry: AuditEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RECORD:
            return entry.record_uuid
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAIL:
            return entry.detail
        return None

    def text(self, entry: AuditEntry, column: int) -> str:
        """What a cell shows."""
        if column == self.NUMBER:
            return str(entry.id)
        if column == self.WHEN:
            return local_time(entry.at)
        if column == self.ACTION:
            return entry.action
        if column == self.KIND:
            return self._kinds.get(entry.kind, entry.kind) if entry.kind else ""
        if column == self.RECORD:
            return (entry.record_uuid or "")[:SHORT_ID]
        if column == self.DEVICE:
            device = self._devices.get(entry.actor, entry.actor[:SHORT_ID])
            person = self._people.get(entry.staff_id or "")
            return (
                self.tr("{device}: {person}").format(device=device, person=person)
                if (person and person != device)
                else device
            )
        return entry.detail


def _fit_columns(view: QTableView, *, stretch: int) -> None:
    """Short columns sized to their contents; column ``stretch`` takes the remaining width."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class WitnessModel(RowsModel[WitnessCheck]):
    """Each laptop's witness of the log: device, witnessed entry, when, matches or not."""

    DEVICE, ENTRY, WHEN, STATE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Device"),
            self.tr("Witnessed entry"),
            self.tr("When"),
            self.tr("Matches the log"),
        )

    def text(self, witness: WitnessCheck, column: int) -> str:
        """What a cell shows."""
        if column == self.DEVICE:
            return witness.device_name
        if column == self.ENTRY:
            return str(witness.length)
        if column == self.WHEN:
            return local_time(witness.witnessed_at)
        return self.state_text(witness)

    def state_text(self, witness: WitnessCheck) -> str:
        """Matches, or how it does not, in words."""
        if witness.state is WitnessState.MATCHES:
            return self.tr("Matches")
        if witness.state is WitnessState.MISSING:
            return self.tr("Does not match: the log is shorter")
        return self.tr("Does not match: that entry was changed")

    def role_data(self, witness: WitnessCheck, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DEVICE:
            return self.tr("In its bundle {number}").format(number=witness.bundle_seq)
        return None


class AuditLogPage(OfficePage):
    """Read the audit log and check that nobody altered it."""

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        self.task: Task[AuditReport] | None = None
        layout = page_column(
            self,
            self.tr("Audit log"),
            self.tr(
                "Everything done to this vault, newest first: what was done to which "
                "record, by which device. It never holds names or note text. Each entry is "
                "linked to the one before, so a change to any entry can be found."
            ),
        )
        self.model = AuditModel(vault, may_read=self._may_read, parent=self)
        self.view = read_only_table(
            self.model, name=self.tr("Audit log entries"), parent=self, wrap=False
        )
        _fit_columns(self.view, stretch=AuditModel.DETAIL)
        layout.addWidget(self.view, 3)
        self.status = hint("", self)
        self.status.setAccessibleName(self.tr("How many entries"))
        layout.addWidget(self.status)
        self.witness_model = WitnessModel(self)
        self.witness_view = read_only_table(
            self.witness_model, name=self.tr("Witnesses of the audit log"), parent=self
        )
        _fit_columns(self.witness_view, stretch=WitnessModel.STATE)
        layout.addWidget(self.witness_view, 1)
        self.witness_status = hint("", self)
        self.witness_status.setAccessibleName(self.tr("Witnesses"))
        layout.addWidget(self.witness_status)

        buttons = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setAccessibleName(self.tr("Verify the audit log's chain"))
        self.verify_button.setToolTip(
            self.tr("Recompute every entry's link to the one before and say if any was altered.")
        )
        large(self.verify_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = ProgressRow(self)
        layout.addWidget(self.progress)
        self.alert = AlertLabel(self, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        self.verify_button.clicked.connect(self.verify)
        self.progress.stop_requested.connect(self.stop)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the log again from the newest entry (later, if a task is using the vault)."""
        if self.must_wait():
            return
        self.model.reload()
        total = self.model.total
        say(
            self.status,
            self.tr("{entries} in the log.").format(entries=self._entries(total))
            if total
            else self.tr("The audit log is empty."),
        )
        self._show_witnesses(audit_log.witness_checks(self._vault))

    def verify(self) -> None:
        """Check the chain on the task runner, then say what was found."""
        if not self._vault_free():
            return
        vault = self._vault

        def work(context: TaskContext) -> AuditReport:
            try:
                return audit_log.verify(
                    vault, progress=context.progress, cancelled=context.cancel.is_set
                )
            except VerifyStopped:
                raise Cancelled() from None

        self.alert.clear_message()
        self.verify_button.setEnabled(False)
        self.progress.start(self.tr("Checking every entry of the audit log…"))
        self.task = self._runner.run(
            work,
            owner=self,
            on_success=self._verified,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            on_cancelled=self._stopped,
            name="audit-verify",
        )
        self.task.progressed.connect(self.progress.progressed)
        self.task.done.connect(self._task_done)

    def stop(self) -> None:
        """Ask "Verify chain" to stop at its next thousand entries."""
        if self.task is not None:
            self.task.cancel()

    # -- inside ------------------------------------------------------------------------------

    def _may_read(self) -> bool:
        """Whether the page may read the vault now (it is unlocked; tasks have their own
        connections)."""
        return not self._vault.is_locked

    def _entries(self, n: int) -> str:
        """How many entries, in words: "1 entry", "2 entries"."""
        return self.tr("1 entry") if n == 1 else self.tr("%n entries", "", n)

    def _show_witnesses(self, checks: tuple[WitnessCheck, ...]) -> None:
        self.witness_model.set_rows(checks)
        say(
            self.witness_status,
            self.tr(
                "Each laptop signs back the newest entry it was sent: if that entry changes, "
                "the log was rewritten since."
            )
            if checks
            else self.tr(
                "No laptop has witnessed the log yet: each does when it sends a bundle after "
                "a reply."
            ),
        )

    def _verified(self, report: AuditReport) -> None:
        self._show_witnesses(report.witnesses)
        chain = report.chain
        if report.ok:
            intact = self.tr("The audit log is intact: {entries}.").format(
                entries=self._entries(chain.rows)
            )
            if report.witnesses:
                intact += " " + self.tr("Every laptop's witness matches it.")
            self.alert.show_success(intact)
            return
        problems = []
        if not chain.ok:
            problems.append(
                self.tr("The audit log was altered at entry {number}.").format(
                    number=chain.first_broken
                )
            )
        first = report.first_break
        if first is not None:
            problems.append(self._break(first, intact_up_to=report.intact_up_to))
        self.alert.show_error(" ".join(problems))

    def _break(self, witness: WitnessCheck, *, intact_up_to: int) -> str:
        """The first laptop whose witness the log no longer matches, in words."""
        when = local_time(witness.witnessed_at)
        if witness.state is WitnessState.MISSING:
            return self.tr(
                "The audit log is shorter than {device}'s laptop saw it on {when}: it had "
                "{number} entries then. Entries were removed, or an older backup was restored."
            ).format(device=witness.device_name, when=when, number=witness.length)
        text = self.tr(
            "The audit log was rewritten: entry {number} is not the one {device}'s laptop "
            "witnessed on {when}."
        ).format(number=witness.length, device=witness.device_name, when=when)
        if intact_up_to:
            text += " " + self.tr(
                "The change is after entry {intact} (still as another laptop witnessed it)."
            ).format(intact=intact_up_to)
        return text

    def _stopped(self) -> None:
        self.alert.show_error(
            self.tr("Stopped before the end: the audit log was not fully checked.")
        )

    def _task_done(self) -> None:
        self.task = None
        self.progress.finish()
        self.verify_button.setEnabled(True)
