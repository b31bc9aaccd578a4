"""The retention page: how long each record type is kept after a circle closed, the closed
circles due for deletion, and their deletion after a confirmation that says exactly what goes.

The work is the service's (circlesdesk.services.retention); the deletion runs on the task runner
with a progress row and Stop (between circles), then one sentence says what was deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.services import retention
from circlesdesk.services.retention import DeletionResult, ScheduledCircle
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.common import ProgressRow
from circlesdesk.ui.office.list_page import OfficePage, page_column
from circlesdesk.ui.records import plural
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, heading, hint, large
from circlesdesk.vault.vault import Vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("Retention", text)


def rule_names() -> dict[str, str]:
    """What each retention rule's record type is called on the page."""
    return {
        "circle": _tr("Closed circles, their rosters and core members"),
        "meeting": _tr("Minutes and attendance"),
        "concern": _tr("Concerns and the office's responses"),
        "contact": _tr("Contacts between meetings"),
        "review": _tr("Risk reviews"),
        "hours": _tr("Volunteer hours"),
    }


def record_names() -> dict[str, str]:
    """What each kind of deleted row is called in the confirmation and the result."""
    return {
        "circle": _tr("circles"),
        "membership": _tr("roster entries"),
        "person": _tr("people"),
        "meeting": _tr("meetings"),
        "attendance": _tr("attendance records"),
        "concern": _tr("concerns"),
        "concern_response": _tr("responses to concerns"),
        "contact": _tr("contacts"),
        "review": _tr("risk reviews"),
        "hours": _tr("hours records"),
        "history": _tr("earlier versions"),
        "other": _tr("review marks, conflicts and drafts"),
    }


def counted(counts: dict[str, int]) -> str:
    """The counts in words, in a fixed order: "meetings: 2, attendance records: 3"."""
    names = record_names()
    return ", ".join(f"{names[kind]}: {counts[kind]}" for kind in names if counts.get(kind))


def ask_first(parent: QWidget, title: str, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    """Ask before something that cannot be undone, without blocking (``open()``, so a lock can
    close the page meanwhile): ``on_yes`` runs after Yes; Cancel, Escape or closing do nothing."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.finished.connect(lambda _result: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box


class DueModel(RowsModel[ScheduledCircle]):
    """The closed circles due for deletion."""

    CODE, CLOSED, KEPT, RECORDS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Circle"),
            self.tr("Closed on"),
            self.tr("Kept until"),
            self.tr("Records"),
        )

    def text(self, circle: ScheduledCircle, column: int) -> str:
        """What a cell shows."""
        return (
            circle.code,
            circle.closed_on.isoformat(),
            circle.keep_until.isoformat(),
            str(circle.total),
        )[column]

    def role_data(self, circle: ScheduledCircle, column: int, role: int) -> Any:
        return counted(circle.counts) if role == Qt.ItemDataRole.ToolTipRole else None


class RetentionPage(OfficePage):
    """The office's retention policy and the circles due for deletion."""

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunner,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        self._today = today  # fixed in tests; the real date otherwise
        self.task: Task[DeletionResult] | None = None
        self.question: QMessageBox | None = None  # the last "Delete…?" asked
        layout = page_column(
            self,
            self.tr("Retention"),
            self.tr(
                "How many years each kind of record is kept after its circle closed. A "
                "closed circle is deleted whole, once the longest period of what it holds "
                "is over."
            ),
        )
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        # A grid, not a form layout: each rule's name on one line beside a narrow spin box (a
        # form layout cut wrapped names in half).
        form = QGridLayout()
        form.setColumnStretch(2, 1)
        self.spin_boxes: dict[str, QSpinBox] = {}
        for row, (kind, name) in enumerate(rule_names().items()):
            box = QSpinBox(self.body)
            box.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
            box.setSuffix(self.tr(" years"))
            box.setAccessibleName(name)
            label = QLabel(name, self.body)
            label.setBuddy(box)
            form.addWidget(label, row, 0)
            form.addWidget(box, row, 1)
            self.spin_boxes[kind] = box
        body.addLayout(form)
        self.save_button = QPushButton(self.tr("&Save the policy"), self.body)
        self.save_button.setAccessibleName(self.tr("Save the retention policy"))
        large(self.save_button)
        body.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

        body.addWidget(heading(self.tr("Due for deletion"), self.body))
        self.model = DueModel(self)
        self.view = read_only_table(
            self.model, name=self.tr("Circles due for deletion"), parent=self.body
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.view, 1)
        self.empty = hint(self.tr("No closed circle is due for deletion."), self.body)
        body.addWidget(self.empty)
        actions = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete selected…"), self.body)
        self.delete_button.setToolTip(
            self.tr(
                "Delete the chosen circles whose keeping time has ended, with all their "
                "records (you are asked first)"
            )
        )
        self.delete_button.setAccessibleName(self.tr("Delete the selected circles"))
        large(self.delete_button)
        self.approval_button = QPushButton(self.tr("Ask a manager to appro&ve"), self.body)
        self.approval_button.setToolTip(
            self.tr("Once a second person works at the office, a manager approves a deletion")
        )
        self.approval_button.setAccessibleName(self.tr("Ask a manager to approve"))
        large(self.approval_button)
        actions.addWidget(self.approval_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        body.addLayout(actions)
        layout.addWidget(self.body, 1)
        self.progress_row = ProgressRow(self)
        layout.addWidget(self.progress_row)
        self.alert = AlertLabel(self, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_selected)
        self.approval_button.clicked.connect(self.ask_approval)
        self.progress_row.stop_requested.connect(self.stop)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rules and the due list again."""
        if self.must_wait():
            return
        for kind, years in retention.rules(self._vault).items():
            self.spin_boxes[kind].setValue(years)
        circles = retention.due_for_deletion(self._vault, self._today)
        self.model.set_rows(circles)
        self.view.setVisible(bool(circles))
        self.empty.setVisible(not circles)
        self._update()

    def save(self) -> None:
        """Store every rule that changed."""
        if not self._vault_free():
            return
        stored = retention.rules(self._vault)
        try:
            for kind, box in self.spin_boxes.items():
                if box.value() != stored[kind]:
                    retention.set_rule(self._vault, kind, box.value())
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.alert.show_success(self.tr("The retention policy is saved."))
        self.refresh()

    def selected(self) -> list[ScheduledCircle]:
        """The chosen circles, in list order."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row(row) for row in rows]

    def ask_approval(self) -> None:
        """Ask a manager to approve deleting the chosen circles (the four-eyes rule)."""
        chosen = self.selected()
        if not chosen:
            return
        try:
            retention.ask_approval(self._vault, [c.uuid for c in chosen])
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.alert.show_success(
            self.tr("Awaiting a manager's approval: a manager approves it on Office → People.")
        )

    def delete_selected(self) -> None:
        """Say exactly what goes, ask, then delete on the task runner."""
        chosen = self.selected()
        if not chosen or not self._vault_free():
            return
        totals: dict[str, int] = {}
        for circle in chosen:
            for kind, number in circle.counts.items():
                totals[kind] = totals.get(kind, 0) + number
        text = self.tr(
            "Delete {circles} and everything recorded about them ({records})? The records and "
            "their earlier versions are overwritten in the vault. This cannot be undone."
        ).format(circles=", ".join(c.code for c in chosen), records=counted(totals))
        self.question = ask_first(
            self, self.tr("Delete closed circles"), text, lambda: self._delete(chosen)
        )

    def _delete(self, chosen: list[ScheduledCircle]) -> None:
        if not self._vault_free():
            return
        vault, today = self._vault, self._today
        uuids = [c.uuid for c in chosen]
        label = self.tr("Deleting circle {code}…")

        def work(context: TaskContext) -> DeletionResult:
            def progress(done: int, total: int, code: str) -> None:
                context.progress(done, total, label.format(code=code) if code else "")

            return retention.delete_due(
                vault, uuids, today=today, progress=progress, cancelled=context.cancel.is_set
            )

        self.alert.clear_message()
        self.body.setEnabled(False)
        self.progress_row.start(self.tr("Deleting…"))
        self.task = self._runner.run(
            work,
            owner=self,
            on_success=self._deleted,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            name="retention-delete",
        )
        self.task.progressed.connect(self.progress_row.progressed)
        self.task.done.connect(self._task_done)

    def stop(self) -> None:
        """Ask the deletion to stop before the next circle."""
        if self.task is not None:
            self.task.cancel()

    # -- inside ------------------------------------------------------------------------------

    def _busy_sentence(self) -> str:
        return self.tr("Wait until the work in progress has finished.")

    def _update(self, *_args: object) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.delete_button.setEnabled(chosen)
        self.approval_button.setEnabled(chosen)

    def _deleted(self, result: DeletionResult) -> None:
        if not result.codes:
            self.alert.show_success(self.tr("Stopped before anything was deleted."))
            return
        sentence = plural(
            self.tr("Deleted %n circle(s) ({codes}): {records}.", "", len(result.codes)),
            len(result.codes),
        ).format(codes=", ".join(result.codes), records=counted(result.counts))
        if result.cancelled:
            sentence += " " + self.tr("Stopped before the others.")
        self.alert.show_success(sentence)

    def _task_done(self) -> None:
        self.task = None
        self.body.setEnabled(True)
        self.progress_row.finish()
        self.refresh()
