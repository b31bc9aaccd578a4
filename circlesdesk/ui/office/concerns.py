"""The concern queue: open concerns, most urgent then oldest first, with due clocks and actions.

The clock column says "Overdue", "Due soon" or "On time" in words and is coloured red or amber
too. Acknowledge acts at once; Respond…, Escalate… and Close… open small forms. "Write reply
bundles…" writes one reply per enrolled device into a chosen folder on the task runner.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.services import office
from circlesdesk.services.office import QueueEntry
from circlesdesk.ui import dialogs, kept_dialogs
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.common import CLOCK_COLOURS, CLOCK_TEXT_COLOUR, clock_names
from circlesdesk.ui.office.concern_dialogs import CloseDialog, EscalateDialog, RespondDialog
from circlesdesk.ui.office.disclosure_dialog import DisclosureDialog
from circlesdesk.ui.office.list_page import ListPage, details_label, page_column, say
from circlesdesk.ui.records import (
    first_words,
    local_time,
    plural,
    response_action_names,
    urgency_names,
)
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, hint, large
from circlesdesk.vault.vault import Vault


class QueueModel(RowsModel[QueueEntry]):
    """Queue entries in the order the service gives (urgency, then age)."""

    URGENCY, CIRCLE, VOLUNTEER, RAISED, DUE, CONCERN, OFFICE = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Urgency"),
            self.tr("Circle"),
            self.tr("From"),
            self.tr("Raised"),
            self.tr("Due"),
            self.tr("Concern"),
            self.tr("Office so far"),
        )
        self._urgency = urgency_names()
        self._clocks = clock_names()
        self._actions = response_action_names()

    def role_data(self, entry: QueueEntry, column: int, role: int) -> Any:
        if column == self.DUE and entry.clock in CLOCK_COLOURS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return CLOCK_COLOURS[entry.clock]
            if role == Qt.ItemDataRole.ForegroundRole:
                return CLOCK_TEXT_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CONCERN:
            return entry.concern.description
        if role == Qt.ItemDataRole.ToolTipRole and column == self.OFFICE:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DUE:
            return self.due_text(entry) or None
        return None

    def clock_text(self, entry: QueueEntry) -> str:
        """The due clock in words: overdue, due soon, on time or answered. When it is due is in
        the cell's tooltip and the chosen concern's sentence: in the cell it pushed the
        concern's own words off the table."""
        if entry.answered:
            return self.tr("Answered")
        return self._clocks[entry.clock]

    def due_text(self, entry: QueueEntry) -> str:
        """When the office's answer is due, in words ("" once it is answered)."""
        if entry.answered:
            return ""
        return self.tr("{state}: due {when}.").format(
            state=self._clocks[entry.clock], when=local_time(entry.due_at.isoformat())
        )

    def text(self, entry: QueueEntry, column: int) -> str:
        """What a cell shows."""
        concern = entry.concern
        if column == self.URGENCY:
            return f"{concern.level} · {self._urgency[concern.level]}"
        if column == self.CIRCLE:
            return entry.circle_code
        if column == self.VOLUNTEER:
            return entry.volunteer
        if column == self.RAISED:
            return local_time(concern.raised_at)
        if column == self.DUE:
            return self.clock_text(entry)
        if column == self.CONCERN:
            return first_words(concern.description)
        if not entry.responses:
            return self.tr("Nothing yet")
        return "; ".join(self._actions[r.action] for r in entry.responses)


class ConcernQueuePage(ListPage[QueueEntry]):
    """The day's concerns and what the office does about them."""

    SKIP_FIRST_SHOW = True  # the shell calls page_shown() right after building the page

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunner,
        clipboard: ClipboardGuard | None = None,
        now: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        self._clipboard = clipboard
        self._now = now  # fixed in tests; the real clock otherwise
        self.task: Task[Any] | None = None
        layout = page_column(
            self,
            self.tr("Concern queue"),
            self.tr(
                "Open concerns, most urgent first, then oldest first. The due column says "
                "whether each is on time, due soon or overdue until the office answers it."
            ),
        )
        self.model: QueueModel = QueueModel(self)
        self.view = read_only_table(
            self.model, name=self.tr("Open concerns"), parent=self, wrap=True
        )
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QueueModel.CONCERN, QHeaderView.ResizeMode.Stretch)
        # What the office did so far can be long ("The coordinator responded; Escalated"): it
        # keeps the width of its heading (the whole text is its tooltip and in the sentence
        # below), so the concern's own words get the room.
        header.setSectionResizeMode(QueueModel.OFFICE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            QueueModel.OFFICE,
            self.view.fontMetrics().horizontalAdvance(
                self.model.headerData(QueueModel.OFFICE, Qt.Orientation.Horizontal)
            )
            + 24,
        )
        header.setResizeContentsPrecision(0)  # fit the rows on screen, not hundreds of them
        layout.addWidget(self.view, 2)

        self.details = details_label(self.tr("The chosen concern"), self)
        layout.addWidget(self.details, 1)

        actions = QHBoxLayout()
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"), self)
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge the concern"))
        self.respond_button = QPushButton(self.tr("&Respond…"), self)
        self.respond_button.setToolTip(self.tr("Write the office's answer to the chosen concern"))
        self.respond_button.setAccessibleName(self.tr("Respond to the volunteer"))
        self.escalate_button = QPushButton(self.tr("&Escalate…"), self)
        self.escalate_button.setToolTip(
            self.tr(
                "Record that the chosen concern was passed on to an agency (police, probation…)"
            )
        )
        self.escalate_button.setAccessibleName(self.tr("Escalate to an agency"))
        self.close_button = QPushButton(self.tr("&Close…"), self)
        self.close_button.setToolTip(self.tr("Close the chosen concern, saying how it ended"))
        self.close_button.setAccessibleName(self.tr("Close the concern"))
        self.disclose_button = QPushButton(self.tr("&Disclose…"), self)
        self.disclose_button.setAccessibleName(self.tr("Prepare a disclosure to an agency"))
        self.disclose_button.setToolTip(
            self.tr("Choose what goes to an agency, see it, and write it as a PDF or a bundle.")
        )
        self.replies_button = QPushButton(self.tr("&Write reply bundles…"), self)
        self.replies_button.setAccessibleName(self.tr("Write reply bundles"))
        self.replies_button.setToolTip(
            self.tr("One file for each volunteer's laptop, with the office's responses.")
        )
        self._concern_buttons = (
            self.acknowledge_button,
            self.respond_button,
            self.escalate_button,
            self.close_button,
            self.disclose_button,
        )
        for button in (*self._concern_buttons, self.replies_button):
            large(button)
        for button in self._concern_buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.replies_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = hint("", self)
        self.status.setAccessibleName(self.tr("How many open concerns"))
        layout.addWidget(self.status)
        self.alert = AlertLabel(self, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.respond_button.clicked.connect(lambda: self._open_form(RespondDialog))
        self.escalate_button.clicked.connect(lambda: self._open_form(EscalateDialog))
        self.close_button.clicked.connect(lambda: self._open_form(CloseDialog))
        self.disclose_button.clicked.connect(self.disclose)
        self.replies_button.clicked.connect(self.write_replies)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the queue again, keeping the chosen concern chosen if it is still open."""
        if self.must_wait():
            return
        entries = office.concern_queue(self._vault, now=self._now)
        self.show_rows(
            entries,
            lambda entry: entry.concern.uuid,
            counted=plural(self.tr("%n open concern(s).", "", len(entries)), len(entries)),
            empty=self.tr("No open concerns."),
        )

    def acknowledge(self) -> None:
        """Tell the volunteer the office has seen the chosen concern."""
        entry = self.current()
        if entry is None or not self._vault_free():
            return
        try:
            office.acknowledge(self._vault, entry.concern.uuid)
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.alert.show_success(self.tr("Acknowledged. The volunteer sees it after the reply."))
        self.refresh()

    def write_replies(self) -> None:
        """Ask for a folder and write one reply bundle per device there."""
        folder = dialogs.ask_folder(self, self.tr("Choose where to write the reply bundles"))
        if folder is None or not self._vault_free():
            return
        vault = self._vault

        def work(context: TaskContext) -> list[Path]:
            context.progress(0, 0)
            return office.write_replies(vault, folder)

        self.alert.clear_message()
        self.setEnabled(False)
        self.task = self._runner.run(
            work,
            owner=self,
            on_success=self._written,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            name="write-replies",
        )
        self.task.done.connect(self._task_done)

    def disclose(self) -> DisclosureDialog | None:
        """Prepare a disclosure of the chosen concern (pre-checked) to an outer-circle agency."""
        entry = self.current()
        if entry is None or not self._vault_free():
            return None
        self.alert.clear_message()
        dialog = DisclosureDialog(self._vault, concern_uuid=entry.concern.uuid, parent=self)
        dialog.disclosed.connect(self._disclosed)
        self._keep(dialog, "disclosure", entry.concern.uuid)
        self._open(dialog)
        return dialog

    def reopen_dialog(self, kind: str, target: dict[str, Any]) -> QDialog | None:
        """After an unlock: choose the concern again and open the form that was open."""
        forms: dict[str, type[RespondDialog | EscalateDialog | CloseDialog]] = {
            "respond": RespondDialog,
            "escalate": EscalateDialog,
            "close": CloseDialog,
        }
        concern_uuid = target.get("concern")
        rows = self.model.rows()
        found = [row for row, entry in enumerate(rows) if entry.concern.uuid == concern_uuid]
        if not found or (kind not in forms and kind != "disclosure"):
            return None
        self.view.selectRow(found[0])
        return self.disclose() if kind == "disclosure" else self._open_form(forms[kind])

    # -- inside ------------------------------------------------------------------------------

    def _keep(self, dialog: QDialog, kind: str, concern_uuid: str) -> None:
        kept_dialogs.keep_typed(
            dialog, self._vault, kind=kind, target={"concern": concern_uuid}, runner=self._runner
        )

    def _open_form(
        self, form: type[RespondDialog | EscalateDialog | CloseDialog]
    ) -> QDialog | None:
        entry = self.current()
        if entry is None or not self._vault_free():
            return None
        dialog = form(self._vault, entry.concern.uuid, clipboard=self._clipboard, parent=self)
        kinds = {RespondDialog: "respond", EscalateDialog: "escalate", CloseDialog: "close"}
        self._keep(dialog, kinds[form], entry.concern.uuid)
        return self._open_record_form(
            dialog, self.tr("Saved. It travels to the volunteer in the next reply.")
        )

    def _disclosed(self, _log_id: int) -> None:
        self.alert.show_success(self.tr("Disclosed. It is in the disclosure log."))

    def _written(self, paths: list[Path]) -> None:
        if not paths:
            self.alert.show_success(self.tr("No device is enrolled: no reply was written."))
            return
        self.alert.show_success(
            plural(
                self.tr("Wrote %n reply bundle(s) in {folder}: {names}.", "", len(paths)),
                len(paths),
            ).format(folder=str(paths[0].parent), names=", ".join(p.name for p in paths))
        )

    def _task_done(self) -> None:
        self.task = None
        self.setEnabled(True)

    def _chosen(self, *_args: object) -> None:
        entry = self.current()
        for button in self._concern_buttons:
            button.setEnabled(entry is not None)
        if entry is None:
            say(self.details, "")
            return
        lines = [
            self.tr("{level} concern in {circle}, from {volunteer}, raised {when}:").format(
                level=urgency_names()[entry.concern.level],
                circle=entry.circle_code,
                volunteer=entry.volunteer,
                when=local_time(entry.concern.raised_at),
            ),
            entry.concern.description,
        ]
        if due := self.model.due_text(entry):
            lines.insert(1, due)
        if entry.concern.action_taken:
            lines.append(self.tr("Action taken: {text}").format(text=entry.concern.action_taken))
        actions = response_action_names()
        for response in entry.responses:
            said = response.text or response.agency or response.outcome or ""
            lines.append(f"{actions[response.action]} ({local_time(response.responded_at)}) {said}")
        say(self.details, "\n".join(lines))
