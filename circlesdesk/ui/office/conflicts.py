"""Conflicts and forks: every kept record conflict and quarantined bundle, both sides, decisions.

Two tabs, each a list above a side-by-side comparison ("In the office vault" / "In the bundle";
a differing line says so in words and in bold) and the decision buttons. Every decision asks for
a note in a small form. The lists are read on the task runner (a quarantined bundle is opened
again to show its records); the page reads them again each time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.services import conflicts
from circlesdesk.services.conflicts import ConflictView, FieldComparison, QuarantinedView
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.forms import RecordForm, note_editor
from circlesdesk.ui.office.common import ProgressRow, state_names
from circlesdesk.ui.office.list_page import OfficePage, details_label, keep_chosen, say
from circlesdesk.ui.records import kind_names, local_time
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, heading, hint, large
from circlesdesk.vault.registry import Decision
from circlesdesk.vault.vault import Vault

Item = ConflictView | QuarantinedView
Lists = tuple[list[ConflictView], list[QuarantinedView]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


def choice_names() -> dict[str, str]:
    """How each decision reads on screen."""
    return {
        conflicts.KEEP_OURS: _tr("Kept the office's version"),
        conflicts.TAKE_THEIRS: _tr("Took the bundle's version"),
        conflicts.SET_ASIDE: _tr("Set aside"),
        conflicts.ACCEPT_RECORDS: _tr("Accepted its records"),
        conflicts.IMPORT_IN_SCOPE: _tr("Imported the records in the device's circles"),
    }


def decision_text(decision: Decision) -> str:
    """Who decided what, when, and the note."""
    return _tr("Decided: {choice}, by {who} on {when}. Note: {note}").format(
        choice=choice_names().get(decision.choice, decision.choice),
        who=decision.by,
        when=local_time(decision.at),
        note=decision.note,
    )


def _kind(kind: str) -> str:
    return kind_names().get(kind, kind.replace("_", " "))


class ItemModel(RowsModel[Item]):
    """Conflicts or quarantined bundles, one a row; ``cells`` says what each row shows."""

    def __init__(
        self,
        headers: tuple[str, ...],
        cells: Callable[[Any], tuple[str, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cells = cells

    def text(self, row: Item, column: int) -> str:
        return self._cells(row)[column]


class ComparisonModel(RowsModel[FieldComparison]):
    """Both sides of the chosen item, a line a field; a differing line says so and is bold."""

    FIELD, OFFICE, BUNDLE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Field"), self.tr("In the office vault"), self.tr("In the bundle"))
        self._bold = QFont()
        self._bold.setBold(True)

    def label(self, line: FieldComparison) -> str:
        """The first column: the field (and its record, in a bundle), and whether it differs."""
        label = QCoreApplication.translate("RecordField", line.label)
        if line.kind:
            label = self.tr("{kind} {number} · {field}").format(
                kind=_kind(line.kind), number=line.number, field=label
            )
        return self.tr("{field} — differs").format(field=label) if line.differs else label

    def text(self, line: FieldComparison, column: int) -> str:
        if column == self.FIELD:
            return self.label(line)
        return line.local if column == self.OFFICE else line.incoming

    def role_data(self, line: FieldComparison, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and line.differs:
            return self._bold
        return None


class Section(QWidget):
    """One tab: the list, the comparison of the chosen item, what is known about it, buttons."""

    chosen = Signal()

    def __init__(
        self,
        *,
        name: str,
        headers: tuple[str, ...],
        cells: Callable[[Any], tuple[str, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        self.model = ItemModel(headers, cells, self)
        self.view = read_only_table(self.model, name=name, parent=self, wrap=True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.status = hint("", self)
        layout.addWidget(self.status)
        self.comparison = ComparisonModel(self)
        self.comparison_view = read_only_table(
            self.comparison, name=self.tr("Both sides compared"), parent=self, wrap=True
        )
        header = self.comparison_view.horizontalHeader()
        header.setSectionResizeMode(ComparisonModel.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for column in (ComparisonModel.OFFICE, ComparisonModel.BUNDLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.comparison_view, 3)
        self.details = details_label(self.tr("About the chosen item"), self)
        layout.addWidget(self.details)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)

    def add_button(self, text: str, name: str) -> QPushButton:
        """A decision button in the row under the comparison."""
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        large(button)
        self.buttons.addWidget(button)
        return button

    def set_items(self, items: Sequence[Item], *, empty: str, counted: str) -> None:
        """Show the items, keeping the chosen one chosen; the status says how many (or the
        empty-state sentence)."""
        if not keep_chosen(self.view, self.model, items, lambda item: item.id) and items:
            self.view.selectRow(0)
        say(self.status, counted if items else empty)
        self._chosen()

    def current(self) -> Item | None:
        """The chosen item."""
        return self.model.row_at(self.view.currentIndex())

    def _chosen(self, *_args: object) -> None:
        item = self.current()
        self.comparison.set_rows(item.fields if item is not None else ())
        self.chosen.emit()

    def show_details(self, lines: Sequence[str]) -> None:
        """What the page says about the chosen item, under the comparison."""
        say(self.details, "\n".join(lines))


class DecisionDialog(RecordForm):
    """A decision with its required note; ``decide(note)`` calls the service."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        explanation: str,
        decide: Callable[[str], object],
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, ok_text, parent)
        self._decide = decide
        self.form.addRow(hint(explanation, self.body))
        self.note = note_editor(self.tr("Note"), self.body, clipboard)
        self.note.setPlaceholderText(self.tr("Why, and who you spoke to (required)"))
        self.add_row(self.tr("&Note:"), self.note)
        self.note.setFocus()
        self.fit()

    def store(self) -> str:
        self._decide(self.note.toPlainText())
        return ""


class ConflictsPage(OfficePage):
    """The coordinator's view of kept conflicts and quarantined bundles, and their decisions."""

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunner,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        self._clipboard = clipboard
        self.task: Task[Any] | None = None
        self.setAccessibleName(self.tr("Conflicts and forks"))

        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Conflicts and forks"), self.body))
        layout.addWidget(
            hint(
                self.tr(
                    "Records and bundles CirclesDesk kept instead of applying, so nothing is "
                    "overwritten silently. Compare both sides, talk to the volunteer, then "
                    "record your decision with a note."
                ),
                self.body,
            )
        )
        self.tabs = QTabWidget(self.body)
        self.tabs.setAccessibleName(self.tr("Conflicts or quarantined bundles"))
        kinds = state_names()
        self.conflict_section = Section(
            name=self.tr("Record conflicts"),
            headers=(self.tr("Decision"), self.tr("Record"), self.tr("From"), self.tr("Found")),
            cells=lambda v: (
                self._status(v.decision),
                self.tr("{kind}, revision {revision}").format(
                    kind=_kind(v.kind), revision=v.incoming.revision
                ),
                v.sender_name,
                local_time(v.detected_at),
            ),
            parent=self.tabs,
        )
        self.bundle_section = Section(
            name=self.tr("Quarantined bundles"),
            headers=(
                self.tr("Decision"),
                self.tr("Why"),
                self.tr("From"),
                self.tr("Number"),
                self.tr("Received"),
            ),
            cells=lambda v: (
                self._status(v.decision),
                kinds.get(v.state, v.state),
                v.sender_name,
                str(v.seq),
                local_time(v.received_at),
            ),
            parent=self.tabs,
        )
        self.tabs.addTab(self.conflict_section, self.tr("Record conflicts"))
        self.tabs.addTab(self.bundle_section, self.tr("Quarantined bundles"))
        layout.addWidget(self.tabs, 1)
        self.keep_button = self.conflict_section.add_button(
            self.tr("&Keep the office's version…"), self.tr("Keep the office's version")
        )
        self.take_button = self.conflict_section.add_button(
            self.tr("&Take the bundle's version…"), self.tr("Take the bundle's version")
        )
        self.keep_button.setToolTip(
            self.tr("Keep the office's version of the record; the laptop's change is not applied")
        )
        self.take_button.setToolTip(
            self.tr("Use the laptop's version of the record instead of the office's")
        )
        self.conflict_section.buttons.addStretch(1)
        self.set_aside_button = self.bundle_section.add_button(
            self.tr("&Set aside…"), self.tr("Set the bundle aside")
        )
        self.accept_button = self.bundle_section.add_button(
            self.tr("&Accept its records…"), self.tr("Accept the bundle's records")
        )
        self.set_aside_button.setToolTip(
            self.tr("Keep the quarantined file aside without importing anything from it")
        )
        self.accept_button.setToolTip(
            self.tr("Import the quarantined file's records after all (you are asked first)")
        )
        self.bundle_section.buttons.addStretch(1)
        self.alert = AlertLabel(self.body, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        self.progress_row = ProgressRow(self)
        self.progress_row.stop_button.hide()  # reading the lists is not worth stopping
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.body, 1)
        outer.addWidget(self.progress_row)

        self.conflict_section.chosen.connect(self._conflict_chosen)
        self.bundle_section.chosen.connect(self._bundle_chosen)
        self.keep_button.clicked.connect(lambda: self._decide_conflict(conflicts.KEEP_OURS))
        self.take_button.clicked.connect(lambda: self._decide_conflict(conflicts.TAKE_THEIRS))
        self.set_aside_button.clicked.connect(self._set_aside)
        self.accept_button.clicked.connect(self._accept)
        self._conflict_chosen()
        self._bundle_chosen()
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether the lists are being read."""
        return self.task is not None

    def refresh(self) -> None:
        """Read both lists again on the task runner (once another task is done, if one runs)."""
        if self._vault.is_locked or self.busy or self.must_wait():
            return
        vault = self._vault

        def work(context: TaskContext) -> Lists:
            context.progress(0, 0)
            return conflicts.conflicts(vault), conflicts.quarantined(vault)

        self.body.setEnabled(False)
        self.progress_row.start(self.tr("Reading conflicts and quarantined bundles…"))
        task = self._runner.run(
            work,
            owner=self,
            on_success=self._read,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            name="conflicts-read",
        )
        task.done.connect(self._task_done)
        self.task = task

    # -- inside ------------------------------------------------------------------------------

    def _status(self, decision: Decision | None) -> str:
        if decision is None:
            return self.tr("Open")
        return choice_names().get(decision.choice, decision.choice)

    def _read(self, lists: Lists) -> None:
        found, kept = lists
        open_conflicts = sum(1 for v in found if v.decision is None)
        open_bundles = sum(1 for v in kept if v.decision is None)
        self.conflict_section.set_items(
            found,
            empty=self.tr("No record conflicts: every record that arrived fitted."),
            counted=self.tr("{total} record conflicts kept, {open} not decided yet.").format(
                total=len(found), open=open_conflicts
            ),
        )
        self.bundle_section.set_items(
            kept,
            empty=self.tr(
                "No quarantined bundles: no forks, nothing from a revoked device, nothing "
                "outside a device's circles."
            ),
            counted=self.tr("{total} quarantined bundles, {open} not decided yet.").format(
                total=len(kept), open=open_bundles
            ),
        )

    def _task_done(self) -> None:
        self.task = None
        self.body.setEnabled(True)
        self.progress_row.finish()

    def _conflict_chosen(self) -> None:
        view = self.conflict_section.current()
        undecided = isinstance(view, ConflictView) and view.decision is None
        self.keep_button.setEnabled(undecided)
        self.take_button.setEnabled(
            undecided and isinstance(view, ConflictView) and not view.foreign
        )
        if not isinstance(view, ConflictView):
            self.conflict_section.show_details([])
            return
        lines = [
            self.tr("Another version of this {kind} arrived from {sender} on {when}.").format(
                kind=_kind(view.kind).lower(),
                sender=view.sender_name,
                when=local_time(view.detected_at),
            )
        ]
        if view.moved_on and view.local is not None:
            lines.append(
                self.tr(
                    "The office's copy changed since: it is now revision {now}; the conflict "
                    "was found against revision {then}."
                ).format(now=view.local.revision, then=view.against_revision)
            )
        if view.foreign:
            lines.append(
                self.tr(
                    "This version was made on another device than the record: it can only be "
                    "kept aside, never taken."
                )
            )
        lines.append(decision_text(view.decision) if view.decision else self.tr("Not decided yet."))
        self.conflict_section.show_details(lines)

    def _bundle_chosen(self) -> None:
        view = self.bundle_section.current()
        self.set_aside_button.setEnabled(
            isinstance(view, QuarantinedView) and view.decision is None
        )
        self.accept_button.setEnabled(isinstance(view, QuarantinedView) and view.may_accept)
        if not isinstance(view, QuarantinedView):
            self.bundle_section.show_details([])
            return
        if view.revoked_after is not None:
            why = self.tr("The device was revoked after its bundle {number}.").format(
                number=view.revoked_after
            )
        elif view.reason is not None:
            # The importer's sentence: which record, which circle (sync/scope.py).
            why = user_text(view.reason)
        elif view.imported is not None:
            why = self.tr(
                "The office already imported a different bundle with this number on {when} "
                "(a restored laptop)."
            ).format(when=local_time(view.imported.received_at))
        else:
            why = self.tr("It does not follow the bundles the office imported (a copied laptop).")
        lines = [
            self.tr("Bundle {number} from {sender}, received {when}.").format(
                number=view.seq, sender=view.sender_name, when=local_time(view.received_at)
            ),
            why + " " + self._what_next(view),
        ]
        if view.records:
            lines.append(
                self.tr(
                    "The office already holds {held} of its {total} records as they are."
                ).format(held=view.already_held, total=len(view.records))
            )
        if view.unreadable:
            lines.append(user_text(view.unreadable))
        lines.append(decision_text(view.decision) if view.decision else self.tr("Not decided yet."))
        self.bundle_section.show_details(lines)

    def _decide_conflict(self, choice: str) -> None:
        view = self.conflict_section.current()
        if not isinstance(view, ConflictView):
            return
        vault, conflict_id = self._vault, view.id
        if choice == conflicts.KEEP_OURS:
            title = self.tr("Keep the office's version")
            explanation = self.tr("The record stays as the office holds it.")
        else:
            title = self.tr("Take the bundle's version")
            explanation = self.tr(
                "The bundle's content becomes the record as the office holds it; the "
                "office's version stays in its history."
            )
        self._decide(
            lambda: DecisionDialog(
                title,
                self.tr("&Decide"),
                explanation,
                lambda note: conflicts.decide_conflict(vault, conflict_id, choice, note),
                clipboard=self._clipboard,
                parent=self,
            )
        )

    def _set_aside(self) -> None:
        view = self.bundle_section.current()
        if not isinstance(view, QuarantinedView):
            return
        vault, bundle_id = self._vault, view.id
        self._decide(
            lambda: DecisionDialog(
                self.tr("Set the bundle aside"),
                self.tr("&Set aside"),
                self.tr("The bundle stays kept and is never imported."),
                lambda note: conflicts.decide_bundle(vault, bundle_id, note),
                clipboard=self._clipboard,
                parent=self,
            )
        )

    def _what_next(self, view: QuarantinedView) -> str:
        if view.reason and view.revoked_after is None:
            return self.tr(
                "It is kept. If the volunteer should write there, add them to the circle "
                "and import the file again; their next bundle carries the records too. "
                "Otherwise you can import only the records in the device's circles."
            )
        if view.restored_laptop:
            return self.tr(
                "The laptop learns this from the office's next reply and sends again "
                "everything the office does not hold. You can also accept this bundle's "
                "records after looking at them."
            )
        return self.tr("It is kept and will never be imported.")

    def _accept(self) -> None:
        view = self.bundle_section.current()
        if not isinstance(view, QuarantinedView) or not view.may_accept:
            return
        vault, bundle_id = self._vault, view.id
        explanation = (
            self.tr(
                "The records in the device's circles are imported and the laptop is told the "
                "office holds the bundle; the records outside them are not imported and stay "
                "in the kept bundle."
            )
            if view.out_of_scope
            else self.tr(
                "Its records are stored as an import stores them: a newer revision "
                "replaces the office's, and a record that differs is kept as a conflict."
            )
        )
        self._decide(
            lambda: DecisionDialog(
                self.tr("Accept the bundle's records"),
                self.tr("&Accept"),
                explanation,
                lambda note: conflicts.accept_bundle(vault, bundle_id, note),
                clipboard=self._clipboard,
                parent=self,
            )
        )

    def _decide(self, make: Callable[[], DecisionDialog]) -> None:
        """Open the decision's form (made only once the vault is free)."""
        if not self._vault_free():
            return
        self._open_record_form(make(), self.tr("Your decision and note are recorded."))
