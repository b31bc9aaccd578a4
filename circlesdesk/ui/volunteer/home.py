"""The volunteer's home page: my circles as cards, what is waiting to be sent, and reminders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.enums import Phase
from circlesdesk.services import home
from circlesdesk.services import sync as sync_service
from circlesdesk.services.home import CircleCard, Reminder
from circlesdesk.ui import kept_dialogs
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.enrollment import save_enrollment_request
from circlesdesk.ui.fingerprint import FingerprintView
from circlesdesk.ui.records import long_date, plural
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.contact_form import ContactForm
from circlesdesk.ui.volunteer.hours_form import HoursForm
from circlesdesk.ui.volunteer.review_form import ReviewForm
from circlesdesk.ui.widgets import AlertLabel, chain_focus, heading, hint, large, scrolling, wrapped
from circlesdesk.vault.vault import Vault

FormT = TypeVar("FormT", bound=QDialog)


class ReminderButton(QPushButton):
    """A large button with a bold title and a sentence under it, both wrapping, both scaling.

    The button paints both itself: two labels in each of many reminders made the home page
    slow to build and lay out. (QCommandLinkButton looks similar but draws its text at a fixed
    9 points.)
    """

    _FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    _MEASURE = 100_000  # the height of the box text is measured in: more than any text needs

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.description = description
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._heights: dict[int, int] = {}

    def _bold(self) -> QFont:
        font = self.font()
        font.setBold(True)
        return font

    def _text_rect(self, rect: QRect) -> QRect:
        """Where the text goes in a button of this size: inside the style's layout margins."""
        metric = self.style().pixelMetric
        return rect.adjusted(
            metric(QStyle.PixelMetric.PM_LayoutLeftMargin),
            metric(QStyle.PixelMetric.PM_LayoutTopMargin),
            -metric(QStyle.PixelMetric.PM_LayoutRightMargin),
            -metric(QStyle.PixelMetric.PM_LayoutBottomMargin),
        )

    def _texts(self, rect: QRect) -> list[tuple[QFont, str, QRect]]:
        """Each text with its font and the box it fills, the description under the title."""
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        title = self._bold()
        box = QRect(rect.left(), rect.top(), rect.width(), self._MEASURE)
        below = box.top() + QFontMetrics(title).boundingRect(box, self._FLAGS, self.title).height()
        return [
            (title, self.title, box),
            (self.font(), self.description, box.adjusted(0, below + spacing - box.top(), 0, 0)),
        ]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Layouts ask the same widths again and again; text measuring is slow, so remember.
        height = self._heights.get(width)
        if height is None:
            outer = QRect(0, 0, width, self._MEASURE)
            inner = self._text_rect(outer)
            *_above, (font, text, box) = self._texts(inner)
            bottom = box.top() + QFontMetrics(font).boundingRect(box, self._FLAGS, text).height()
            height = self._heights[width] = bottom + outer.bottom() - inner.bottom()
        return max(height, self.minimumHeight())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()  # measured with another font or style
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 50
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 16
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the panel, its focus frame and state; the texts are drawn below
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        for font, text, box in self._texts(self._text_rect(self.rect())):
            painter.setFont(font)
            self.style().drawItemText(
                painter,
                box,
                int(self._FLAGS),
                self.palette(),
                self.isEnabled(),
                text,
                QPalette.ColorRole.ButtonText,
            )


class FactsLabel(QLabel):
    """Names and values in two columns, row by row, as a grid of labels would show them, in one
    label that paints them (a card had six labels). Its text, for screen readers, is the pairs,
    one a line; the values are short and do not wrap."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__("\n".join(f"{name} {value}" for name, value in rows), parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._rows = rows

    def _spacing(self) -> tuple[int, int]:
        metric = self.style().pixelMetric
        return (
            metric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing),
            metric(QStyle.PixelMetric.PM_LayoutVerticalSpacing),
        )

    def _names_width(self) -> int:
        return max((self.fontMetrics().horizontalAdvance(n) for n, _v in self._rows), default=0)

    def sizeHint(self) -> QSize:
        across, down = self._spacing()
        metrics = self.fontMetrics()
        values = max((metrics.horizontalAdvance(v) for _n, v in self._rows), default=0)
        rows = len(self._rows)
        margins = self.contentsMargins()
        return QSize(
            self._names_width() + across + values + margins.left() + margins.right(),
            rows * metrics.height() + max(rows - 1, 0) * down + margins.top() + margins.bottom(),
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        across, down = self._spacing()
        area = self.contentsRect()
        height = self.fontMetrics().height()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for row, (name, value) in enumerate(self._rows):
            top = area.top() + row * (height + down)
            name_box = QRect(area.left(), top, self._names_width(), height)
            value_box = QRect(name_box.right() + 1 + across, top, area.width(), height)
            for box, text in ((name_box, name), (value_box, value)):
                self.style().drawItemText(
                    painter,
                    box,
                    int(left),
                    self.palette(),
                    self.isEnabled(),
                    text,
                    QPalette.ColorRole.WindowText,
                )


class CircleCardWidget(QFrame):
    """One circle: code and core member, phase, next meeting, open concerns, and its actions."""

    def __init__(self, card: CircleCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        code = card.circle.code
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = (
            self.tr("{code} with {core_member}").format(code=code, core_member=card.core_member)
            if card.core_member
            else code
        )
        self.setAccessibleName(self.tr("Circle {title}").format(title=title))
        layout = QVBoxLayout(self)
        title_label = heading(title, self)
        title_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title_label)
        phases = {
            Phase.REFERRAL.value: self.tr("Referral"),
            Phase.PREPARATION.value: self.tr("Preparation"),
            Phase.ACTIVE.value: self.tr("Active: meeting weekly"),
            Phase.STEP_DOWN.value: self.tr("Step-down: meeting less often"),
            Phase.ENDING.value: self.tr("Ending"),
            Phase.CLOSED.value: self.tr("Closed"),
        }
        rows = [
            (self.tr("Phase:"), phases.get(card.circle.phase, card.circle.phase)),
            (
                self.tr("Next meeting:"),
                long_date(card.next_meeting) if card.next_meeting else self.tr("not planned"),
            ),
            (
                self.tr("Open concerns:"),
                plural(self.tr("%n open concern(s)", "", card.open_concerns), card.open_concerns)
                if card.open_concerns
                else self.tr("none"),
            ),
        ]
        self.facts: dict[str, str] = dict(rows)
        layout.addWidget(FactsLabel(rows, self))

        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record a meeting"), self)
        self.record_button.setAccessibleName(
            self.tr("Record a meeting of {code}").format(code=code)
        )
        # The card's facts, for someone who reaches the card by Tab with a screen reader.
        self.record_button.setAccessibleDescription(
            "; ".join(f"{name} {value}" for name, value in rows)
        )
        self.record_button.setProperty("choice", "big")
        large(self.record_button)
        font = self.record_button.font()
        font.setBold(True)
        self.record_button.setFont(font)
        self.history_button = QPushButton(self.tr("History"), self)
        self.history_button.setAccessibleName(self.tr("History of {code}").format(code=code))
        large(self.history_button)
        buttons.addWidget(self.record_button, 2)
        buttons.addWidget(self.history_button, 1)
        layout.addLayout(buttons)


class HomePage(QWidget):
    """What a volunteer sees first: circles, reminders, what is waiting for the office."""

    record_meeting_requested = Signal(str)  # circle code
    open_draft_requested = Signal(str)  # draft id
    history_requested = Signal(str)  # circle code
    sync_requested = Signal()
    record_saved = Signal(str)  # a contact, hours or review was stored (its uuid)

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self.form: QDialog | None = None
        self.cards: list[CircleCardWidget] = []
        self.reminder_buttons: list[tuple[Reminder, ReminderButton]] = []
        self.setAccessibleName(self.tr("Home"))

        body = QWidget(self)
        layout = QVBoxLayout(body)
        greeting = heading(self.tr("Your circles"), body)
        layout.addWidget(greeting)

        # Until the office's welcome file is imported: finish enrolling from here, any time.
        self.setup_box = QGroupBox(self.tr("Set up this laptop"), body)
        self.setup_box.setAccessibleName(self.tr("Set up this laptop"))
        setup_layout = QVBoxLayout(self.setup_box)
        setup_layout.addWidget(
            wrapped(
                self.tr(
                    "Your coordinator needs to know this laptop before your records can reach "
                    "the office. Save the enrollment request and give the file to your "
                    "coordinator; when they enroll it, they read out these numbers (or scan the "
                    "code), which must be the same. Then open the welcome file they give you on "
                    "the Send and receive page."
                ),
                self.setup_box,
            )
        )
        setup_row = QHBoxLayout()
        self.request_button = QPushButton(self.tr("Save &enrollment request…"), self.setup_box)
        self.request_button.setToolTip(
            self.tr("Save a file for the office that asks it to enroll this laptop")
        )
        self.request_button.setAccessibleName(self.tr("Save enrollment request"))
        self.welcome_button = QPushButton(self.tr("Open the &welcome file…"), self.setup_box)
        self.welcome_button.setToolTip(
            self.tr("Open the welcome file the office made for this laptop (you check its numbers)")
        )
        self.welcome_button.setAccessibleName(self.tr("Open the welcome file"))
        for button in (self.request_button, self.welcome_button):
            large(button)
            setup_row.addWidget(button)
        setup_row.addStretch(1)
        setup_layout.addLayout(setup_row)
        self.request_saved = AlertLabel(self.setup_box)
        setup_layout.addWidget(self.request_saved)
        self.fingerprint = FingerprintView(self.setup_box)
        setup_layout.addWidget(self.fingerprint)
        layout.addWidget(self.setup_box)

        unsynced_row = QHBoxLayout()
        self.unsynced = wrapped("", body)
        self.unsynced.setAccessibleName(self.tr("Waiting to be sent"))
        self.send_button = QPushButton(self.tr("&Send to office…"), body)
        self.send_button.setToolTip(
            self.tr("Save your new records in one encrypted file to take or send to the office")
        )
        self.send_button.setAccessibleName(self.tr("Send to office"))
        large(self.send_button)
        unsynced_row.addWidget(self.unsynced, 1)
        unsynced_row.addWidget(self.send_button)
        layout.addLayout(unsynced_row)

        self.reminders_box = QGroupBox(self.tr("To do"), body)
        self.reminders_box.setAccessibleName(self.tr("To do"))
        self.reminders_layout = QVBoxLayout(self.reminders_box)
        layout.addWidget(self.reminders_box)

        self.cards_layout = QVBoxLayout()
        layout.addLayout(self.cards_layout)
        self.no_circles = hint(
            self.tr(
                "You are not in a circle yet. When the office adds you to one, open the "
                "file they send you on the Send and receive page."
            ),
            body,
        )
        layout.addWidget(self.no_circles)

        actions = QGroupBox(self.tr("Between meetings"), body)
        actions.setAccessibleName(self.tr("Between meetings"))
        actions_layout = QHBoxLayout(actions)
        self.contact_button = QPushButton(self.tr("Record a &contact…"), actions)
        self.contact_button.setToolTip(
            self.tr("Record a contact with the core member between meetings")
        )
        self.contact_button.setAccessibleName(self.tr("Record a contact"))
        self.hours_button = QPushButton(self.tr("Record ho&urs…"), actions)
        self.hours_button.setToolTip(self.tr("Record the hours you gave outside meetings"))
        self.hours_button.setAccessibleName(self.tr("Record hours"))
        self.review_button = QPushButton(self.tr("Do a re&view…"), actions)
        self.review_button.setToolTip(self.tr("Record a review of a circle's risks and progress"))
        self.review_button.setAccessibleName(self.tr("Do a review"))
        for button in (self.contact_button, self.hours_button, self.review_button):
            large(button)
            actions_layout.addWidget(button)
        actions_layout.addStretch(1)
        layout.addWidget(actions)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, self, in_page=True))

        self.send_button.clicked.connect(self.sync_requested)
        self.request_button.clicked.connect(self.save_enrollment_request)
        self.welcome_button.clicked.connect(self.sync_requested)
        self.contact_button.clicked.connect(lambda: self.open_contact_form())
        self.hours_button.clicked.connect(lambda: self.open_hours_form())
        self.review_button.clicked.connect(lambda: self.open_review_form())
        if runner is not None:
            runner.idle.connect(self._runner_idle)
        self._stale = True
        self.refresh()
        # The shell calls page_shown() right after building the page: nothing new to read then.
        self._just_built = True

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read circles, reminders and the unsent count again (a task's uncommitted writes are
        not seen; the page reads again when the task ends)."""
        if self._vault.is_locked:
            self._stale = True
            return
        self._stale = False
        total = home.unsynced_total(self._vault)
        enrolled = home.enrolled(self._vault)
        self._show_setup(enrolled)
        if not enrolled:
            # Nothing can have reached an office that has not welcomed this laptop yet.
            self.unsynced.setText(
                plural(
                    self.tr(
                        "%n record(s) kept on this laptop until it is set up with the office.",
                        "",
                        total,
                    ),
                    total,
                )
                if total
                else self.tr("This laptop is not set up with the office yet.")
            )
        else:
            self.unsynced.setText(
                plural(self.tr("%n record(s) waiting to go to the office.", "", total), total)
                if total
                else self.tr("Everything has reached the office.")
            )
        self.unsynced.setAccessibleDescription(self.unsynced.text())
        cards = home.circle_cards(self._vault)
        self._show_reminders(home.reminders(self._vault, cards=cards))
        self._show_cards(cards)
        chain_focus(
            [
                self.send_button,
                *(button for _reminder, button in self.reminder_buttons),
                *(b for card in self.cards for b in (card.record_button, card.history_button)),
                self.contact_button,
                self.hours_button,
                self.review_button,
            ]
        )

    def save_enrollment_request(self) -> None:
        """Save this laptop's enrollment request (enrollment finished later, from Home)."""
        request, _fingerprint = sync_service.enrollment_request(self._vault)
        save_enrollment_request(self, self._vault, request, self.request_saved)

    def _show_setup(self, enrolled: bool) -> None:
        self.setup_box.setVisible(not enrolled)
        self.send_button.setEnabled(enrolled)
        if not enrolled and not self.fingerprint.fingerprint:
            _request, fingerprint = sync_service.enrollment_request(self._vault)
            self.fingerprint.set_fingerprint(fingerprint)

    def open_contact_form(self, circle_code: str | None = None) -> ContactForm:
        """Open the contact form (window-modal); the page refreshes when it is saved."""
        form = ContactForm(self._vault, circle_code=circle_code, parent=self)
        return self._open(form, kind="contact", circle_code=circle_code)

    def open_hours_form(self, circle_code: str | None = None) -> HoursForm:
        """Open the hours form."""
        form = HoursForm(self._vault, circle_code=circle_code, parent=self)
        return self._open(form, kind="hours", circle_code=circle_code)

    def open_review_form(self, circle_code: str | None = None) -> ReviewForm:
        """Open the review form."""
        form = ReviewForm(self._vault, circle_code=circle_code, parent=self)
        return self._open(form, kind="review", circle_code=circle_code)

    def reopen_dialog(self, kind: str, target: dict[str, Any]) -> QDialog | None:
        """After an unlock: open the form that was open (see ui/kept_dialogs.py)."""
        opening: dict[str, Callable[[str | None], QDialog]] = {
            "contact": self.open_contact_form,
            "hours": self.open_hours_form,
            "review": self.open_review_form,
        }
        code = target.get("circle")
        return opening[kind](code if isinstance(code, str) else None) if kind in opening else None

    # -- inside ------------------------------------------------------------------------------

    def _open(self, form: FormT, *, kind: str, circle_code: str | None) -> FormT:
        saved = getattr(form, "saved", None)
        if saved is not None:
            saved.connect(self.record_saved)
            saved.connect(lambda _uuid: self.refresh())
        form.finished.connect(form.deleteLater)
        self.form = form
        kept_dialogs.keep_typed(
            form, self._vault, kind=kind, target={"circle": circle_code}, runner=self._runner
        )
        form.open()
        return form

    def _show_cards(self, cards: list[CircleCard]) -> None:
        for widget in self.cards:
            self.cards_layout.removeWidget(widget)
            widget.deleteLater()
        self.cards = []
        for card in cards:
            widget = CircleCardWidget(card, self)
            code = card.circle.code
            widget.record_button.clicked.connect(
                lambda _checked=False, c=code: self.record_meeting_requested.emit(c)
            )
            widget.history_button.clicked.connect(
                lambda _checked=False, c=code: self.history_requested.emit(c)
            )
            self.cards_layout.addWidget(widget)
            self.cards.append(widget)
        self.no_circles.setVisible(not cards)
        self.review_button.setEnabled(bool(cards))
        self.contact_button.setEnabled(bool(cards))

    def _show_reminders(self, reminders: list[Reminder]) -> None:
        for _reminder, button in self.reminder_buttons:
            self.reminders_layout.removeWidget(button)
            button.deleteLater()
        self.reminder_buttons = []
        titles: dict[str, Callable[[Reminder], str]] = {
            "draft": lambda r: self.tr("Finish your meeting record"),
            "minutes": lambda r: self.tr("Write the minutes for {code}").format(code=r.circle_code),
            "review": lambda r: self.tr("Review {code}").format(code=r.circle_code),
        }
        for reminder in reminders:
            title = titles.get(reminder.kind, lambda r: self.tr("Reminder"))(reminder)
            button = ReminderButton(title, user_text(reminder.text), self.reminders_box)
            button.clicked.connect(lambda _checked=False, r=reminder: self._reminder_clicked(r))
            self.reminders_layout.addWidget(button)
            self.reminder_buttons.append((reminder, button))
        self.reminders_box.setVisible(bool(reminders))

    def _reminder_clicked(self, reminder: Reminder) -> None:
        if reminder.kind == "draft" and reminder.draft_id:
            self.open_draft_requested.emit(reminder.draft_id)
        elif reminder.kind == "minutes" and reminder.circle_code:
            self.record_meeting_requested.emit(reminder.circle_code)
        elif reminder.kind == "review":
            self.open_review_form(reminder.circle_code)

    def _runner_idle(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def page_shown(self) -> None:
        """The shell shows the page: show what changed since it was last read."""
        if self._just_built:
            self._just_built = False
        else:
            self.refresh()
