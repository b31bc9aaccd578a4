"""The disclosure log, new disclosures, and the subject-access export.

The log is read-only: when, agency, basis, the consent status shown, format and how many records,
with the chosen row's records (kind, revision, content hash) in the pane below. "New
disclosure…" opens :class:`DisclosureDialog`. "Subject access…" writes everything held about the
chosen core member as one JSON file, on the task runner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QWidget,
)

from circlesdesk.domain.consent import ConsentStatus
from circlesdesk.services import disclosures
from circlesdesk.services import subject_access as access_service
from circlesdesk.services.disclosures import LogEntry
from circlesdesk.services.subject_access import SubjectAccess
from circlesdesk.ui import dialogs, kept_dialogs
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.common import ProgressRow
from circlesdesk.ui.office.disclosure_dialog import DisclosureDialog, consent_names
from circlesdesk.ui.office.list_page import OfficePage, details_label, page_column, say
from circlesdesk.ui.records import first_words, local_time
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, hint, large
from circlesdesk.vault.vault import Vault


class LogModel(RowsModel[LogEntry]):
    """The disclosure log, newest first."""

    WHEN, AGENCY, BASIS, CONSENT, FORMAT, RECORDS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("When"),
            self.tr("Agency"),
            self.tr("Basis"),
            self.tr("Consent shown"),
            self.tr("Format"),
            self.tr("Records"),
        )
        self._formats = {"pdf": self.tr("PDF"), "bundle": self.tr("Partner bundle")}

    def text(self, entry: LogEntry, column: int) -> str:
        """What a cell shows."""
        return {
            self.WHEN: local_time(entry.made_at),
            self.AGENCY: entry.agency,
            self.BASIS: first_words(entry.basis, 60),
            self.CONSENT: consent_names()[ConsentStatus(entry.consent)],
            self.FORMAT: self._formats.get(entry.format, entry.format),
            self.RECORDS: str(len(entry.items)),
        }[column]


class DisclosuresPage(OfficePage):
    """What the office passed to outer-circle agencies, and the way to pass on more."""

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        self.task: Task[Any] | None = None
        layout = page_column(
            self,
            self.tr("Disclosures"),
            self.tr(
                "Every disclosure to an outer-circle agency: when, to whom, on what basis, "
                "the core member's consent as it stood, and exactly which records went."
            ),
        )
        self.model = LogModel(self)
        self.view = read_only_table(self.model, name=self.tr("Disclosure log"), parent=self)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LogModel.BASIS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 2)
        self.details = details_label(self.tr("The chosen disclosure"), self)
        layout.addWidget(self.details, 1)

        self.new_button = QPushButton(self.tr("&New disclosure…"), self)
        self.new_button.setToolTip(
            self.tr("Record information given to an agency: what, when and on what basis")
        )
        self.new_button.setAccessibleName(self.tr("New disclosure"))
        large(self.new_button)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        access = QHBoxLayout()
        self.core_member = QComboBox(self)
        self.core_member.setAccessibleName(self.tr("Core member for subject access"))
        self.core_member.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.core_member.setMinimumContentsLength(10)
        self.access_button = QPushButton(self.tr("&Subject access…"), self)
        self.access_button.setAccessibleName(self.tr("Subject access export"))
        self.access_button.setToolTip(
            self.tr("Everything held about one core member, as one JSON file.")
        )
        for widget in (self.core_member, self.access_button):
            large(widget)
        access.addWidget(self.core_member, 1)
        access.addWidget(self.access_button)
        self.access_warning = hint(
            self.tr(
                "A subject-access file holds everything kept about one core member: minutes, "
                "concerns and responses, reviews, contacts, consent and disclosures, with names "
                "and note text, unencrypted. Give it only to him or his representative, and "
                "delete your copy once it is handed over."
            ),
            self,
        )
        self.access_warning.setAccessibleDescription(self.tr("What a subject-access file holds"))
        layout.addWidget(self.access_warning)
        layout.addLayout(access)
        self.progress = ProgressRow(self)
        layout.addWidget(self.progress)
        self.alert = AlertLabel(self, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.new_button.clicked.connect(lambda: self.new_disclosure())
        self.access_button.clicked.connect(self.subject_access)
        self.progress.stop_requested.connect(self._stop)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the log and the core members again."""
        if self._vault.is_locked:
            return
        self.model.set_rows(disclosures.disclosure_log(self._vault))
        if self.model.rowCount():
            self.view.selectRow(0)
        self._chosen()
        chosen = self.core_member.currentData()
        self.core_member.clear()
        for member in access_service.core_members(self._vault):
            label = self.tr("{pseudonym} ({circles})").format(
                pseudonym=member.pseudonym, circles=", ".join(member.circle_codes)
            )
            self.core_member.addItem(label, member.pseudonym)
        if chosen is not None:
            self.core_member.setCurrentIndex(max(0, self.core_member.findData(chosen)))
        self.access_button.setEnabled(self.core_member.count() > 0)

    def new_disclosure(
        self, circle_code: str | None = None, concern_uuid: str | None = None
    ) -> DisclosureDialog | None:
        """Open the form that prepares a disclosure (from a concern: pre-checked)."""
        if not self._vault_free():
            return None
        dialog = DisclosureDialog(
            self._vault, circle_code=circle_code, concern_uuid=concern_uuid, parent=self
        )
        dialog.disclosed.connect(self._disclosed)
        kept_dialogs.keep_typed(
            dialog,
            self._vault,
            kind="disclosure",
            target={"circle": circle_code, "concern": concern_uuid},
            runner=self._runner,
        )
        self._open(dialog)
        return dialog

    def reopen_dialog(self, kind: str, target: dict[str, Any]) -> QDialog | None:
        """After an unlock: open the disclosure form that was open (see ui/kept_dialogs.py)."""
        if kind != "disclosure":
            return None
        circle_code, concern_uuid = target.get("circle"), target.get("concern")
        return self.new_disclosure(
            circle_code if isinstance(circle_code, str) else None,
            concern_uuid if isinstance(concern_uuid, str) else None,
        )

    def _disclosed(self, _log_id: int) -> None:
        self.refresh()

    def subject_access(self) -> None:
        """Ask where, then write everything held about the chosen core member (on the runner)."""
        pseudonym = self.core_member.currentData()
        if not isinstance(pseudonym, str) or not self._vault_free():
            return
        path = dialogs.ask_save_file(
            self,
            self.tr("Write the subject-access export"),
            "subject-access.json",
            self.tr("JSON files (*.json)"),
        )
        if path is None:
            return
        vault = self._vault

        def work(context: TaskContext) -> SubjectAccess:
            context.progress(0, 0)
            return access_service.subject_access(vault, pseudonym, path)

        self.alert.clear_message()
        self.progress.start(self.tr("Writing the subject-access export…"))
        self.setEnabled(False)
        self.task = self._runner.run(
            work,
            owner=self,
            on_success=self._exported,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            name="subject-access",
        )
        self.task.done.connect(self._task_done)

    # -- inside ------------------------------------------------------------------------------

    def _exported(self, written: SubjectAccess) -> None:
        self.alert.show_success(
            self.tr("Wrote {count} records to {path}.").format(
                count=sum(written.counts.values()), path=str(written.path)
            )
        )

    def _task_done(self) -> None:
        self.task = None
        self.progress.finish()
        self.setEnabled(True)

    def _stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _chosen(self, *_args: object) -> None:
        entry = self.model.row_at(self.view.currentIndex())
        if entry is None:
            say(
                self.details,
                self.tr("No disclosures have been made.") if not self.model.rowCount() else "",
            )
            return
        lines = [
            self.tr("To {agency} on {when}, about {core_member}.").format(
                agency=entry.agency, when=local_time(entry.made_at), core_member=entry.core_member
            ),
            self.tr("Basis: {basis}").format(basis=entry.basis),
            self.tr("File SHA-256: {digest}").format(digest=entry.file_sha256),
        ]
        lines += [
            self.tr("{kind}, revision {revision}, hash {digest}").format(
                kind=item.kind.replace("_", " "), revision=item.revision, digest=item.content_hash
            )
            for item in entry.items
        ]
        say(self.details, "\n".join(lines))
