"""The office's circle forms: a new circle or changes to one, and who volunteers in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.enums import MeetingPattern, PersonRole, Phase
from circlesdesk.errors import UserError
from circlesdesk.services import circles
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.forms import DateField, RecordForm
from circlesdesk.ui.records import short_date
from circlesdesk.ui.widgets import AlertLabel, heading, hint, large, scrolling, set_large
from circlesdesk.vault.vault import Vault

NAME_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("Circles", text)


def phase_names() -> dict[str, str]:
    """What each phase of a circle is called on screen."""
    return {
        Phase.REFERRAL.value: _tr("Referral"),
        Phase.PREPARATION.value: _tr("Preparation"),
        Phase.ACTIVE.value: _tr("Active"),
        Phase.STEP_DOWN.value: _tr("Step-down"),
        Phase.ENDING.value: _tr("Ending"),
        Phase.CLOSED.value: _tr("Closed"),
    }


def pattern_names() -> dict[str, str]:
    """How each meeting pattern reads on screen."""
    return {
        MeetingPattern.WEEKLY.value: _tr("Weekly"),
        MeetingPattern.FORTNIGHTLY.value: _tr("Fortnightly"),
        MeetingPattern.MONTHLY.value: _tr("Monthly"),
        MeetingPattern.NONE.value: _tr("Not meeting"),
    }


def _combo(names: dict[str, str], name: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in names.items():
        combo.addItem(label, value)
    combo.setAccessibleName(name)
    large(combo)
    return combo


def _line(name: str, parent: QWidget, placeholder: str = "") -> QLineEdit:
    line = QLineEdit(parent)
    line.setAccessibleName(name)
    line.setPlaceholderText(placeholder)
    large(line)
    return line


def fit_content(dialog: QDialog, body: QWidget, buttons: QWidget) -> None:
    """Make a form tall enough to show all of it, and a two-line message above it, without
    scrolling, as far as the screen allows (from the font, so it scales with it)."""
    metrics = dialog.fontMetrics()
    height = body.sizeHint().height() + buttons.sizeHint().height() + metrics.height() * 5
    screen = dialog.screen()
    if screen is not None:
        height = min(height, int(screen.availableGeometry().height() * 0.9))
    dialog.resize(
        max(dialog.width(), metrics.averageCharWidth() * 60), max(dialog.height(), height)
    )


class CircleDialog(RecordForm):
    """A new circle (``code`` None) or the changes to one: phase, pattern, venues and dates.

    Dates are typed as YYYY-MM-DD and may be left empty ("not set"); the service checks them
    and a problem is shown in the form, which stays open.
    """

    def __init__(self, vault: Vault, *, code: str | None = None, parent: QWidget | None = None):
        title = (
            self.tr("New circle") if code is None else self.tr("Change {code}").format(code=code)
        )
        ok = self.tr("&Create circle") if code is None else self.tr("&Save changes")
        super().__init__(title, ok, parent)
        self._vault = vault
        self._editing = code
        date_hint = self.tr("YYYY-MM-DD, or empty")
        self.code = _line(self.tr("Circle code"), self.body, self.tr("For example SW-014"))
        self.add_row(self.tr("Circle &code:"), self.code)
        self.core_member: QLineEdit | None = None
        if code is None:
            self.core_member = _line(
                self.tr("Core member's pseudonym"), self.body, self.tr("A pseudonym, never a name")
            )
            self.add_row(self.tr("Core &member (pseudonym):"), self.core_member)
        self.phase = _combo(phase_names(), self.tr("Phase"), self.body)
        self.add_row(self.tr("&Phase:"), self.phase)
        self.pattern = _combo(pattern_names(), self.tr("Meeting pattern"), self.body)
        self.add_row(self.tr("Meets &how often:"), self.pattern)
        self.venues = _line(self.tr("Venues"), self.body, self.tr("Separated by commas"))
        self.add_row(self.tr("&Venues:"), self.venues)
        self.started_on = _line(self.tr("Start date"), self.body, date_hint)
        self.add_row(self.tr("&Started on:"), self.started_on)
        self.next_review_on = _line(self.tr("Next review date"), self.body, date_hint)
        self.add_row(self.tr("Next &review on:"), self.next_review_on)
        if code is None:
            self.phase.setCurrentIndex(self.phase.findData(Phase.PREPARATION.value))
            self.code.setFocus()
        else:
            circle = circles.find_circle(vault, code)
            self.code.setText(circle.code)
            self.code.setReadOnly(True)  # the code names the circle everywhere; it stays
            self.phase.setCurrentIndex(self.phase.findData(circle.phase))
            self.pattern.setCurrentIndex(self.pattern.findData(circle.meeting_pattern))
            self.venues.setText(", ".join(circle.venues))
            self.started_on.setText(circle.started_on or "")
            self.next_review_on.setText(circle.next_review_on or "")
            self.phase.setFocus()
        self.fit()
        fit_content(self, self.body, self.buttons)

    def store(self) -> str:
        venues = [v.strip() for v in self.venues.text().split(",") if v.strip()]
        phase = Phase(self.phase.currentData())
        pattern = MeetingPattern(self.pattern.currentData())
        started_on = self.started_on.text().strip()
        next_review_on = self.next_review_on.text().strip()
        if self._editing is not None:
            return circles.update_circle(
                self._vault,
                code=self._editing,
                phase=phase,
                meeting_pattern=pattern,
                venues=venues,
                started_on=started_on,
                next_review_on=next_review_on,
            ).uuid
        assert self.core_member is not None
        return circles.add_circle(
            self._vault,
            code=self.code.text().strip().upper(),
            core_member=self.core_member.text().strip(),
            phase=phase,
            meeting_pattern=pattern,
            venues=venues,
            started_on=started_on,
            next_review_on=next_review_on,
        ).uuid


class VolunteersDialog(QDialog):
    """Who volunteers in a circle: add one by name (known or new), or mark one as having left.

    Each change is stored at once; ``changed`` tells the page to read the list again.
    """

    changed = Signal()

    def __init__(self, vault: Vault, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._code = code
        title = self.tr("Volunteers of {code}").format(code=code)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading(title, body))
        self.banner = AlertLabel(body)
        layout.addWidget(self.banner)
        self.core_member = hint("", body)
        layout.addWidget(self.core_member)
        # Adding comes first: it is what the form is opened for most often.
        add_form = QFormLayout()
        add_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = _line(self.tr("Volunteer's name"), body, self.tr("Known or new volunteer"))
        completer = QCompleter(circles.known_volunteers(vault), self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        popup = completer.popup()
        if popup is not None:
            popup.setAccessibleName(self.tr("Known volunteers"))
        self.name.setCompleter(completer)
        name_label = QLabel(self.tr("&Name:"), body)
        name_label.setBuddy(self.name)
        add_form.addRow(name_label, self.name)
        self.joined_on = DateField(self.tr("Joining date"), parent=body)
        joined_label = QLabel(self.tr("&Joined on:"), body)
        joined_label.setBuddy(self.joined_on)
        add_form.addRow(joined_label, self.joined_on)
        self.add_button = QPushButton(self.tr("&Add the volunteer"), body)
        self.add_button.setAccessibleName(self.tr("Add the volunteer"))
        add_form.addRow(self.add_button)
        layout.addLayout(add_form)

        members_label = QLabel(self.tr("&Volunteers now:"), body)
        self.members = QListWidget(body)
        self.members.setAccessibleName(self.tr("Volunteers in the circle"))
        self.members.setMinimumHeight(self.fontMetrics().height() * 5)
        members_label.setBuddy(self.members)
        layout.addWidget(members_label)
        layout.addWidget(self.members, 1)
        remove_form = QFormLayout()
        remove_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.left_on = DateField(self.tr("Leaving date"), parent=body)
        left_label = QLabel(self.tr("&Left on:"), body)
        left_label.setBuddy(self.left_on)
        remove_form.addRow(left_label, self.left_on)
        self.remove_button = QPushButton(self.tr("&Remove the chosen volunteer"), body)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen volunteer"))
        remove_form.addRow(self.remove_button)
        layout.addLayout(remove_form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        set_large((self.remove_button, self.add_button, close))
        # Enter adds the name typed (it never closes the form by surprise).
        for button in (self.remove_button, close):
            button.setAutoDefault(False)
        self.add_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body, self), 1)
        outer.addWidget(buttons)

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.members.currentRowChanged.connect(self._update)
        self._read()
        self.name.setFocus()
        fit_content(self, body, buttons)

    def add(self) -> None:
        """Add the volunteer named in the field (a new person if no volunteer has that name)."""
        name = self.name.text().strip()
        self._change(
            lambda: circles.add_volunteer(
                self._vault, code=self._code, name=name, joined_on=self.joined_on.iso()
            ),
            self.tr("{name} was added.").format(name=name),
        )

    def remove(self) -> None:
        """Mark the chosen volunteer as having left on the leaving date (their past stays)."""
        if self.members.currentRow() < 0:
            return
        name = str(self.members.currentItem().data(NAME_ROLE))
        self._change(
            lambda: circles.remove_member(
                self._vault, code=self._code, name=name, left_on=self.left_on.iso()
            ),
            self.tr("{name} has left the circle.").format(name=name),
        )

    def volunteer_names(self) -> list[str]:
        """The volunteers listed now."""
        return [str(self.members.item(i).data(NAME_ROLE)) for i in range(self.members.count())]

    def _change(self, action: Callable[[], object], done: str) -> None:
        self.banner.clear_message()
        try:
            action()
        except UserError as error:
            self.banner.show_error(user_text(error))
            return
        self.name.clear()
        self._read()
        self.banner.show_success(done)
        self.changed.emit()

    def _read(self) -> None:
        circle = circles.find_circle(self._vault, self._code)
        self.members.clear()
        core = []
        for entry in circles.roster(self._vault, circle.uuid):
            if entry.membership.role == PersonRole.CORE_MEMBER.value:
                core.append(entry.person.name)
                continue
            if entry.membership.role != PersonRole.VOLUNTEER.value:
                continue
            joined = entry.membership.joined_on
            text = (
                self.tr("{name} (since {date})").format(
                    name=entry.person.name, date=short_date(joined)
                )
                if joined
                else entry.person.name
            )
            item = QListWidgetItem(text, self.members)
            item.setData(NAME_ROLE, entry.person.name)
        self.core_member.setText(
            self.tr("Core member: {name}").format(name=", ".join(core)) if core else ""
        )
        self.core_member.setAccessibleName(self.core_member.text())
        if self.members.count():
            self.members.setCurrentRow(0)
        self._update()

    def _update(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.members.currentRow() >= 0)
