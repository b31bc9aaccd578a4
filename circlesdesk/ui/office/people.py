"""Office → People: who works at the office, their roles and circles, and the approval queue.

A manager adds a colleague (name, role, circles; the colleague types their own passphrase with
the strength meter), gives someone a new passphrase, changes a role or removes a person: their
passphrase stops opening the vault at once. Below, the disclosures and deletions waiting for a
manager's approval (the four-eyes rule); a manager approves or refuses each with a reason, or a
manager at this desk types their own name and passphrase in the dialog. Key-slot work (Argon2id)
runs on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from circlesdesk.domain.permissions import Permission, StaffRole
from circlesdesk.errors import UserError
from circlesdesk.services import access, approvals, circles, staff
from circlesdesk.services.approvals import Approval
from circlesdesk.services.staff import StaffMember
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.devices import _Confirm
from circlesdesk.ui.office.list_page import ListPage, details_label, page_column, say
from circlesdesk.ui.passphrase import PassphraseField, PassphraseFields
from circlesdesk.ui.records import local_time, plural
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, hint, large
from circlesdesk.vault.keyslots import KdfParams
from circlesdesk.vault.vault import Vault


def role_names(widget: QWidget) -> dict[StaffRole, str]:
    """Each role as the People page names it."""
    return {
        StaffRole.COORDINATOR: widget.tr("Coordinator"),
        StaffRole.MANAGER: widget.tr("Manager"),
        StaffRole.DPO: widget.tr("Data-protection officer"),
    }


class PeopleModel(RowsModel[tuple[StaffMember, list[str]]]):
    """People working at the office, by name, with their circles."""

    NAME, ROLE, CIRCLES = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Role"), self.tr("Circles"))
        self._roles = role_names(parent or QWidget())

    def text(self, row: tuple[StaffMember, list[str]], column: int) -> str:
        member, codes = row
        if column == self.NAME:
            return member.name
        if column == self.ROLE:
            return self._roles[member.role]
        if member.role is not StaffRole.COORDINATOR:
            return self.tr("All")
        return ", ".join(codes) if codes else self.tr("None")

    def role_data(self, row: tuple[StaffMember, list[str]], column: int, role: int) -> Any:
        return None


class ApprovalsModel(RowsModel[Approval]):
    """Requests waiting for a manager, newest first."""

    WHAT, ASKED_BY, WHEN = range(3)

    def __init__(self, names: Callable[[], dict[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._names = names
        self._headers = (self.tr("What"), self.tr("Asked by"), self.tr("When"))

    def text(self, row: Approval, column: int) -> str:
        if column == self.WHAT:
            return describe(self, row)
        if column == self.ASKED_BY:
            return self._names().get(row.requested_by or "", self.tr("The office"))
        return local_time(row.requested_at)

    def role_data(self, row: Approval, column: int, role: int) -> Any:
        return None


def describe(widget: QWidget | ApprovalsModel, approval: Approval) -> str:
    """What a request is for, in words."""
    if approval.kind == approvals.Kind.DISCLOSURE.value:
        return widget.tr("A disclosure ({summary})").format(summary=approval.summary)
    return widget.tr("Deleting whole circles ({summary})").format(summary=approval.summary)


class PeoplePage(ListPage[tuple[StaffMember, list[str]]]):
    """Who works at the office, and what waits for a manager's approval."""

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunner,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(vault, runner=runner, parent=parent)
        self._kdf = kdf  # None: calibrated on this machine
        self._names: dict[str, str] = {}
        layout = page_column(
            self,
            self.tr("People"),
            self.tr(
                "Everyone who works at this office has their own name and passphrase. A "
                "coordinator works on the circles given to them; a manager sees every circle, "
                "adds and removes people and approves disclosures and deletions; a "
                "data-protection officer answers subject access requests and keeps the "
                "retention policy."
            ),
        )
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a person…"), self)
        self.add_button.setToolTip(self.tr("Add a colleague; they type their own passphrase"))
        self.passphrase_button = QPushButton(self.tr("Set &passphrase…"), self)
        self.passphrase_button.setToolTip(
            self.tr("The chosen person types a new passphrase (they forgot theirs)")
        )
        self.role_button = QPushButton(self.tr("Change r&ole or circles…"), self)
        self.role_button.setToolTip(self.tr("Change the chosen person's role and circles"))
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setToolTip(
            self.tr("The chosen person leaves: their passphrase stops opening the vault")
        )
        more = QHBoxLayout()  # two rows, so the page fits a small screen at large text
        for row, pair in (
            (buttons, (self.add_button, self.passphrase_button)),
            (more, (self.role_button, self.remove_button)),
        ):
            for button in pair:
                button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
                large(button)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

        self.model = PeopleModel(self)
        self.view = read_only_table(self.model, name=self.tr("People"), parent=self, wrap=True)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PeopleModel.CIRCLES, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 2)
        self.details = details_label(self.tr("The chosen person"), self)
        layout.addWidget(self.details)
        self.status = hint("", self)
        self.status.setAccessibleName(self.tr("How many people"))
        layout.addWidget(self.status)

        layout.addWidget(QLabel(self.tr("<b>Waiting for approval</b>"), self))
        self.approvals = ApprovalsModel(lambda: self._names, self)
        self.approvals_view = read_only_table(
            self.approvals, name=self.tr("Waiting for approval"), parent=self, wrap=True
        )
        header = self.approvals_view.horizontalHeader()
        for column in range(self.approvals.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ApprovalsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.approvals_view, 1)
        decide_row = QHBoxLayout()
        self.decide_button = QPushButton(self.tr("&Approve or refuse…"), self)
        self.decide_button.setAccessibleName(self.tr("Approve or refuse the chosen request"))
        self.decide_button.setToolTip(
            self.tr("A manager approves or refuses the chosen request, with a reason")
        )
        large(self.decide_button)
        decide_row.addWidget(self.decide_button)
        decide_row.addStretch(1)
        layout.addLayout(decide_row)
        self.approvals_status = hint("", self)
        layout.addWidget(self.approvals_status)
        self.alert = AlertLabel(self, focus_on_show=True)
        layout.addWidget(self.alert)

        self.add_button.clicked.connect(self.add_person)
        self.passphrase_button.clicked.connect(self.set_passphrase)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove_person)
        self.decide_button.clicked.connect(self.decide)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the people and the waiting requests again."""
        if self.must_wait():
            return
        manages = access.allowed(self._vault, Permission.MANAGE_STAFF)
        for button in (self.add_button, self.passphrase_button, self.role_button):
            button.setEnabled(manages)
        self._names = staff.names(self._vault)
        rows = [(m, staff.circles_of(self._vault, m)) for m in staff.people(self._vault)]
        self.show_rows(
            rows,
            lambda row: row[0].id,
            counted=plural(self.tr("People working here: %n.", "", len(rows)), len(rows)),
            empty=self.tr("Nobody is recorded as working here."),
        )
        waiting = approvals.waiting(self._vault)
        self.approvals.set_rows(waiting)
        if waiting:
            self.approvals_view.selectRow(0)
        self.decide_button.setEnabled(bool(waiting))
        say(
            self.approvals_status,
            plural(self.tr("Requests waiting for a manager: %n.", "", len(waiting)), len(waiting))
            if waiting
            else self.tr("Nothing waits for a manager's approval."),
        )

    def add_person(self) -> None:
        """Open the dialog to add a colleague."""
        dialog = PersonDialog(self._vault, runner=self._runner, kdf=self._kdf, parent=self)
        dialog.done_text.connect(self._done)
        self._open(dialog)

    def set_passphrase(self) -> None:
        """Open the dialog where the chosen person types a new passphrase."""
        row = self.current()
        if row is not None:
            dialog = PersonDialog(
                self._vault, runner=self._runner, kdf=self._kdf, member=row[0], parent=self
            )
            dialog.done_text.connect(self._done)
            self._open(dialog)

    def change_role(self) -> None:
        """Open the dialog to change the chosen person's role and circles."""
        row = self.current()
        if row is not None:
            dialog = RoleDialog(self._vault, row[0], row[1], parent=self)
            dialog.done_text.connect(self._done)
            self._open(dialog)

    def remove_person(self) -> None:
        """Ask to confirm removing the chosen person."""
        row = self.current()
        if row is not None:
            dialog = RemoveDialog(self._vault, row[0], parent=self)
            dialog.done_text.connect(self._done)
            self._open(dialog)

    def decide(self) -> None:
        """Open the approval dialog for the chosen request."""
        chosen = self.approvals.row_at(self.approvals_view.currentIndex())
        if chosen is not None:
            dialog = DecideDialog(self._vault, chosen, self._names, parent=self)
            dialog.done_text.connect(self._done)
            self._open(dialog)

    # -- inside ----------------------------------------------------------------------------

    def _done(self, text: str) -> None:
        self.refresh()
        self.alert.show_success(text)

    def _chosen(self, *_args: object) -> None:
        row = self.current()
        manages = access.allowed(self._vault, Permission.MANAGE_STAFF)
        self.remove_button.setEnabled(manages and row is not None)
        if row is None:
            say(self.details, "")
            return
        member = row[0]
        say(
            self.details,
            self.tr("{name}, {role}, working here since {when}.").format(
                name=member.name,
                role=role_names(self)[member.role].lower(),
                when=local_time(member.added_at),
            ),
        )


class PersonDialog(_Confirm):
    """Add a person (name, role, circles, their passphrase) or give one a new passphrase."""

    done_text = Signal(str)

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunner,
        kdf: KdfParams | None,
        member: StaffMember | None = None,
        parent: QWidget | None = None,
    ) -> None:
        adding = member is None
        title = self.tr("Add a person") if adding else self.tr("Set a new passphrase")
        super().__init__(title, self.tr("&Add") if adding else self.tr("&Set passphrase"), parent)
        self._vault = vault
        self._runner = runner
        self._kdf = kdf
        self._member = member
        form = QFormLayout()
        self.name = QLineEdit(self.body)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox(self.body)
        self.role.setAccessibleName(self.tr("Role"))
        for role, text in role_names(self).items():
            self.role.addItem(text, role.value)
        self.circles = circle_checklist(vault, (), self.body)
        if adding:
            form.addRow(self.tr("&Name:"), self.name)
            form.addRow(self.tr("&Role:"), self.role)
            form.addRow(self.tr("&Circles (a coordinator's):"), self.circles)
        else:
            assert member is not None
            self.body_layout.addWidget(
                hint(
                    self.tr("{name} types their new passphrase here.").format(name=member.name),
                    self.body,
                )
            )
        self.body_layout.addLayout(form)
        self.body_layout.addWidget(
            hint(self.tr("Hand the keyboard over: only they should know it."), self.body)
        )
        self.fields = PassphraseFields(self.body)
        self.body_layout.addWidget(self.fields)
        self.finish_layout()
        self.ok_button.setDefault(True)
        (self.name if adding else self.fields.first).setFocus()

    def confirm(self) -> None:
        if not self.fields.check():
            return
        vault, kdf, member = self._vault, self._kdf, self._member
        secret = self.fields.passphrase()
        if member is None:
            name = self.name.text()
            role = str(self.role.currentData())
            codes = checked(self.circles)

            def work(_task: TaskContext) -> str:
                added = staff.add_person(
                    vault, name=name, role=role, passphrase=secret, circle_codes=codes, kdf=kdf
                )
                return self.tr("{name} can now unlock with their own passphrase.").format(
                    name=added.name
                )

        else:

            def work(_task: TaskContext) -> str:
                staff.set_passphrase(vault, member, passphrase=secret, kdf=kdf)
                return self.tr("{name}'s new passphrase is set.").format(name=member.name)

        self.ok_button.setEnabled(False)
        self._runner.run(
            work, owner=self, on_success=self._finished, on_error=self._failed, name="person"
        )

    def _finished(self, text: str) -> None:
        self.done_text.emit(text)
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.ok_button.setEnabled(True)
        self.alert.show_error(user_text(error))


class RoleDialog(_Confirm):
    """Change a person's role and (for a coordinator) their circles."""

    done_text = Signal(str)

    def __init__(
        self, vault: Vault, member: StaffMember, codes: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Change a role"), self.tr("&Save"), parent)
        self._vault = vault
        self._member = member
        self.role = QComboBox(self.body)
        self.role.setAccessibleName(self.tr("Role"))
        for role, text in role_names(self).items():
            self.role.addItem(text, role.value)
        self.role.setCurrentIndex(self.role.findData(member.role.value))
        self.circles = circle_checklist(vault, codes, self.body)
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Circles (a coordinator's):"), self.circles)
        self.body_layout.addWidget(hint(member.name, self.body))
        self.body_layout.addLayout(form)
        self.finish_layout()
        self.ok_button.setDefault(True)

    def confirm(self) -> None:
        try:
            staff.set_role(self._vault, self._member, str(self.role.currentData()))
            staff.set_circles(self._vault, self._member, checked(self.circles))
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.done_text.emit(self.tr("{name}'s role is saved.").format(name=self._member.name))
        self.accept()


class RemoveDialog(_Confirm):
    """Confirm removing a person: their passphrase stops opening the vault now."""

    done_text = Signal(str)

    def __init__(self, vault: Vault, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remove a person"), self.tr("&Remove"), parent)
        self._vault = vault
        self._member = member
        self.body_layout.addWidget(
            hint(
                self.tr(
                    "{name}'s passphrase stops opening this vault at once. Their name stays in "
                    "the audit log. The vault's key does not change: if they might have kept a "
                    "copy of the vault, rotate it too (circlesdesk rotate-key)."
                ).format(name=member.name),
                self.body,
            )
        )
        self.finish_layout()
        self.cancel_button.setFocus()

    def confirm(self) -> None:
        try:
            staff.remove_person(self._vault, self._member)
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.done_text.emit(
            self.tr("{name} no longer works here: their passphrase opens nothing.").format(
                name=self._member.name
            )
        )
        self.accept()


class DecideDialog(_Confirm):
    """A manager approves or refuses a request with a reason; at another person's desk, the
    manager types their own name and passphrase."""

    done_text = Signal(str)

    def __init__(
        self,
        vault: Vault,
        approval: Approval,
        names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Approve or refuse"), self.tr("&Approve"), parent)
        self._vault = vault
        self._approval = approval
        asker = names.get(approval.requested_by or "", self.tr("the office"))
        self.body_layout.addWidget(
            hint(
                self.tr("{what}, asked by {name}.").format(
                    what=describe(self, approval), name=asker
                ),
                self.body,
            )
        )
        self.reason = QPlainTextEdit(self.body)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Rea&son:"), self.reason)
        # Someone else signed in (or the one who asked): the manager confirms who they are.
        me = vault.staff
        self.asks_manager = not access.allowed(vault, Permission.APPROVE) or (
            me is not None and me.id == approval.requested_by
        )
        self.manager = QLineEdit(self.body)
        self.manager.setAccessibleName(self.tr("Manager's name"))
        self.manager_passphrase = PassphraseField(self.body)
        self.manager_passphrase.setAccessibleName(self.tr("Manager's passphrase"))
        if self.asks_manager:
            form.addRow(self.tr("&Manager's name:"), self.manager)
            form.addRow(self.tr("Manager's &passphrase:"), self.manager_passphrase)
        else:
            self.manager.hide()
            self.manager_passphrase.hide()
        self.body_layout.addLayout(form)
        self.refuse_button = QPushButton(self.tr("Re&fuse"), self)
        self.refuse_button.setAccessibleName(self.tr("Refuse"))
        large(self.refuse_button)
        self.buttons.addButton(self.refuse_button, self.buttons.ButtonRole.ActionRole)
        self.refuse_button.clicked.connect(lambda: self._decide(approve=False))
        self.finish_layout()
        self.reason.setFocus()

    def confirm(self) -> None:
        self._decide(approve=True)

    def _decide(self, *, approve: bool) -> None:
        manager = self.manager.text() if self.asks_manager else None
        secret = self.manager_passphrase.text() if self.asks_manager else None
        try:
            approvals.decide(
                self._vault,
                self._approval.id,
                approve=approve,
                reason=self.reason.toPlainText(),
                manager_name=manager,
                manager_passphrase=secret,
            )
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.done_text.emit(
            self.tr("Approved: it can be done now, once.")
            if approve
            else self.tr("Refused: it will not be done.")
        )
        self.accept()


def circle_checklist(
    vault: Vault, chosen: list[str] | tuple[str, ...], parent: QWidget
) -> QListWidget:
    """Every circle as a check box, ``chosen`` ticked."""
    checklist = QListWidget(parent)
    checklist.setAccessibleName(parent.tr("Circles"))
    for circle in circles.list_circles(vault):
        item = QListWidgetItem(circle.code, checklist)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if circle.code in chosen else Qt.CheckState.Unchecked
        )
    checklist.setMaximumHeight(checklist.fontMetrics().height() * 7)
    return checklist


def checked(checklist: QListWidget) -> list[str]:
    """The codes ticked."""
    items = (checklist.item(row) for row in range(checklist.count()))
    return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]
