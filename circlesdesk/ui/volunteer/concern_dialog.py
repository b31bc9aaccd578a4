"""The concern dialog: urgency with the office's guidance, the phone prompt for 3 and 4, details."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain import defaults
from circlesdesk.domain import urgency as urgency_rules
from circlesdesk.domain.enums import Urgency
from circlesdesk.services import meetings
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.ui import style
from circlesdesk.ui.forms import DateTimeField, FormDialog
from circlesdesk.ui.records import urgency_names
from circlesdesk.ui.widgets import (
    AlertLabel,
    large,
    select_with_arrows,
    wrapped,
)
from circlesdesk.vault.vault import Vault


def urgency_guidance(vault: Vault) -> dict[int, str]:
    """The office's guidance for each urgency level, else the defaults."""
    config = meetings.office_config(vault)
    if config is None:
        return dict(defaults.URGENCY_GUIDANCE)
    return {
        level: config.urgency_guidance.get(str(level), defaults.URGENCY_GUIDANCE[level])
        for level in defaults.URGENCY_GUIDANCE
    }


def office_phone(vault: Vault) -> str:
    """The coordinator's phone number from the office configuration ("" when none is set)."""
    config = meetings.office_config(vault)
    return config.phone.strip() if config else ""


class ConcernDialog(FormDialog):
    """Enter one concern. ``concern_input()`` gives it back once the dialog is accepted."""

    def __init__(
        self,
        vault: Vault,
        *,
        initial: ConcernInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Add a concern"),
            self.tr("&Add concern"),
            parent,
            heading_text=self.tr("How urgent is it?"),
        )
        self._phone = office_phone(vault)
        guidance = urgency_guidance(vault)
        self._guidance = guidance
        names = urgency_names()
        body = self.body
        layout = self.body_layout

        # Urgency: one large radio button per level, the office's guidance beside it.
        self.urgency = QButtonGroup(self)
        self.urgency.setExclusive(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.level_buttons: dict[int, QRadioButton] = {}
        for level in sorted(guidance):
            button = QRadioButton(
                self.tr("&{level}  {name}").format(level=level, name=names[level]), body
            )
            large(button)
            button.setProperty("choice", "big")
            button.setAccessibleName(
                self.tr("Urgency {level}: {name}").format(level=level, name=names[level])
            )
            button.setAccessibleDescription(guidance[level])
            # Not the button's buddy: a screen reader would read the guidance twice (as the
            # description and as the label); the button's own "&3" is its shortcut.
            text = wrapped(guidance[level], body)
            self.urgency.addButton(button, level)
            self.level_buttons[level] = button
            grid.addWidget(button, level, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, level, 1)
        layout.addLayout(grid)
        select_with_arrows(self.urgency)

        # Levels 3 and 4 stop the volunteer: phone first, then say when.
        self.stop_panel = QFrame(body)
        self.stop_panel.setFrameShape(QFrame.Shape.Box)
        self.stop_panel.setLineWidth(3)
        self.stop_panel.setAccessibleName(self.tr("Phone your coordinator"))
        stop_layout = QVBoxLayout(self.stop_panel)
        # An alert to assistive technology, announced when it appears (AlertLabel).
        self.stop_message = AlertLabel(self.stop_panel)
        font = QFont(self.stop_message.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.5)
        self.stop_message.setFont(font)
        style.set_role(self.stop_message, "alert")
        stop_layout.addWidget(self.stop_message)
        stop_layout.addWidget(
            wrapped(
                self.tr(
                    "When you have made the call, tick the box and check the time of the call. "
                    "You can add the concern only after that.",
                ),
                self.stop_panel,
            )
        )
        call_row = QHBoxLayout()
        self.called = QCheckBox(self.tr("I made the &call at"), self.stop_panel)
        self.called.setAccessibleName(self.tr("I made the call"))
        large(self.called)
        self.call_time = DateTimeField(self.tr("Time the call was made"), self.stop_panel)
        self.call_time.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60 * 60))
        self.call_time.setEnabled(False)
        call_row.addWidget(self.called)
        call_row.addWidget(self.call_time, 1)
        stop_layout.addLayout(call_row)
        self.stop_panel.hide()
        layout.addWidget(self.stop_panel)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.category = QComboBox(body)
        self.category.setPlaceholderText(self.tr("Choose the kind of concern"))
        for key, label in meetings.concern_categories(vault).items():
            self.category.addItem(label, key)
        self.category.setCurrentIndex(-1)
        self.category.setAccessibleName(self.tr("Kind of concern"))
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(16)
        large(self.category)
        category_label = QLabel(self.tr("&Kind of concern:"), body)
        category_label.setBuddy(self.category)
        form.addRow(category_label, self.category)

        self.description = QPlainTextEdit(body)
        self.description.setAccessibleName(self.tr("What happened"))
        self.description.setPlaceholderText(self.tr("What you saw or heard, in your own words."))
        self.description.setTabChangesFocus(True)
        description_label = QLabel(self.tr("&What happened:"), body)
        description_label.setBuddy(self.description)
        form.addRow(description_label, self.description)

        self.action_taken = QPlainTextEdit(body)
        self.action_taken.setAccessibleName(self.tr("What you did about it"))
        self.action_taken.setPlaceholderText(self.tr("For example: talked it through, phoned."))
        self.action_taken.setTabChangesFocus(True)
        self.action_taken.setMaximumHeight(self.fontMetrics().height() * 6)
        action_label = QLabel(self.tr("What you &did about it:"), body)
        action_label.setBuddy(self.action_taken)
        form.addRow(action_label, self.action_taken)
        layout.addLayout(form)

        self.missing = wrapped("", body)
        self.missing.setAccessibleName(self.tr("Still needed"))
        layout.addWidget(self.missing)

        self.urgency.idToggled.connect(self._level_toggled)
        self.called.toggled.connect(self._called_toggled)
        self.call_time.dateTimeChanged.connect(self._update)
        self.category.currentIndexChanged.connect(self._update)
        self.description.textChanged.connect(self._update)
        if initial is not None:
            self._fill(initial)
        self._update()
        self.resize(self.sizeHint().expandedTo(self.fontMetrics().size(0, "M" * 60)))
        self._grow_to_content()

    def _grow_to_content(self) -> None:
        """Grow as tall as the content, so nothing needs scrolling, as far as the screen allows.

        (A scroll area asks for at most 24 lines; the levels and the phone prompt need more.)
        """
        outer = self.layout()
        if outer is None:
            return
        margins = outer.contentsMargins()
        wanted = (
            self.body.sizeHint().height()
            + self.buttons.sizeHint().height()
            + outer.spacing()
            + margins.top()
            + margins.bottom()
        )
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().height() * 9 // 10)
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _fill(self, concern: ConcernInput) -> None:
        self.level_buttons[concern.level].setChecked(True)
        index = self.category.findData(concern.category)
        self.category.setCurrentIndex(index)
        self.description.setPlainText(concern.description)
        self.action_taken.setPlainText(concern.action_taken or "")
        if concern.coordinator_phoned_at:
            moment = dt.datetime.fromisoformat(concern.coordinator_phoned_at).astimezone()
            self.called.setChecked(True)
            self.call_time.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def level(self) -> int | None:
        """The urgency chosen, or None."""
        level = self.urgency.checkedId()
        return level if level >= 0 else None

    def needs_phone_call(self) -> bool:
        """Whether the chosen urgency means the coordinator must be phoned first."""
        level = self.level()
        return level is not None and urgency_rules.needs_phone_call(level)

    def _level_toggled(self, level: int, checked: bool) -> None:
        if not checked:
            return
        guidance = self._guidance.get(level, "")
        if urgency_rules.needs_phone_call(level):
            self.stop_panel.show()
            self.stop_message.show_error(self._stop_text(level))
            self.stop_panel.setAccessibleDescription(self.stop_message.text())
            # The focused level says it too: every screen reader speaks a change of the
            # focused control's description.
            self.level_buttons[level].setAccessibleDescription(
                f"{self.stop_message.text()} {guidance}"
            )
            self._grow_to_content()
        else:
            self.stop_panel.hide()
        for other, button in self.level_buttons.items():
            if other != level:
                button.setAccessibleDescription(self._guidance.get(other, ""))
        self._update()

    def _stop_text(self, level: int) -> str:
        if level >= Urgency.EMERGENCY:
            if self._phone:
                return self.tr("Call 999 first, then your coordinator: {phone}").format(
                    phone=self._phone
                )
            return self.tr(
                "Call 999 first, then your coordinator, on the number the office gave you."
            )
        if self._phone:
            return self.tr("Phone your coordinator now: {phone}").format(phone=self._phone)
        return self.tr("Phone your coordinator now, on the number the office gave you.")

    def _called_toggled(self, checked: bool) -> None:
        self.call_time.setEnabled(checked)
        if checked:
            # The call was just made: now is a better default than when the dialog opened.
            now = QDateTime.currentDateTime()
            self.call_time.setMaximumDateTime(now.addSecs(60 * 60))
            self.call_time.setDateTime(now)
            # The focus stays on the tick box (a screen reader hears "checked"); the time,
            # now by default, is the next Tab stop and is read there with its name.
        self._update()

    def _still_needed(self) -> list[str]:
        needed = []
        if self.level() is None:
            needed.append(self.tr("choose how urgent it is"))
        elif self.needs_phone_call() and not self.called.isChecked():
            needed.append(self.tr("phone your coordinator and give the time of the call"))
        if self.category.currentIndex() < 0:
            needed.append(self.tr("choose the kind of concern"))
        if not self.description.toPlainText().strip():
            needed.append(self.tr("say what happened"))
        return needed

    def _update(self) -> None:
        needed = self._still_needed()
        self.ok_button.setEnabled(not needed)
        if needed:
            self.missing.setText(
                self.tr("To add the concern: {steps}.").format(steps="; ".join(needed))
            )
        else:
            self.missing.setText(self.tr("Ready to add."))
        self.missing.setAccessibleDescription(self.missing.text())

    def phoned_at(self) -> str | None:
        """The time the coordinator was phoned, as ISO 8601 with the local time zone."""
        if not (self.needs_phone_call() and self.called.isChecked()):
            return None
        moment = self.call_time.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        return moment.replace(second=0, microsecond=0).astimezone().isoformat()

    def concern_input(self) -> ConcernInput:
        """The concern as entered."""
        level = self.level()
        if level is None:
            raise ValueError("no urgency chosen")
        action = self.action_taken.toPlainText().strip()
        return ConcernInput(
            level=level,
            category=str(self.category.currentData()),
            description=self.description.toPlainText().strip(),
            action_taken=action or None,
            coordinator_phoned_at=self.phoned_at(),
        )

    def accept(self) -> None:
        """Close with OK only when everything needed is there."""
        if self._still_needed():
            return
        super().accept()
