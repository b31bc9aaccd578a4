"""Small widgets every window uses: the in-window message (an accessible *alert*), headings,
hints, a busy indicator, large targets, wrapped labels, scrolled content and Tab order.

A user-facing error is never a message box and never a traceback: it is one sentence in an
:class:`AlertLabel` inside the window where it happened. Screen readers see that label with the
*alert* role and hear the sentence announced when it appears.

A secret (a passphrase, a recovery code) is typed into a :class:`SecretField`: what is typed
never reaches assistive technology (docs/qt-password-atspi.md says why Qt's own line edit is not
enough).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from PySide6.QtCore import QEvent, QLoggingCategory, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.ui import style


class AlertLabel(QLabel):
    """One sentence telling the user what went wrong (or, as ``success``, what went right).

    Hidden while empty. Use :meth:`show_error` / :meth:`show_success` / :meth:`clear_message`.
    ``focus_on_show``: every sentence takes the keyboard focus (see :meth:`show_error`), for a
    label that only reports the outcome of buttons the user pressed.
    """

    def __init__(self, parent: QWidget | None = None, *, focus_on_show: bool = False) -> None:
        super().__init__(parent)
        self.focus_on_show = focus_on_show
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Message"))
        style.set_role(self, "alert")
        self.setVisible(False)

    def show_error(self, message: str, *, focus: bool = False) -> None:
        """Show a problem, in the alert look, and announce it to assistive technology.

        ``focus`` moves the keyboard focus to the sentence, so that every screen reader
        speaks it (Orca ignores announcements): for the outcome of a button the user pressed.
        """
        self._show(message, "alert", focus=focus)

    def show_success(self, message: str, *, focus: bool = False) -> None:
        """Show that something worked, in the calm green look (``focus``: as for errors)."""
        self._show(message, "success", focus=focus)

    def clear_message(self) -> None:
        """Hide the label and forget its sentence."""
        self.clear()
        self.setVisible(False)
        self._name_changed()

    @property
    def is_error(self) -> bool:
        """Whether an error (not a success) is showing."""
        return self.isVisible() and self.property("role") == "alert"

    def _name_changed(self) -> None:
        # The accessible name is the sentence, but QLabel tells assistive technology about a
        # new text only when no accessible name is set: without this, screen readers (and
        # libatspi's cache) keep reading the sentence before.
        for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
            QAccessible.updateAccessibility(QAccessibleEvent(self, kind))

    def _show(self, message: str, role: str, *, focus: bool = False) -> None:
        style.set_role(self, role)
        self.setText(message)
        self.setVisible(True)
        self._name_changed()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        announcement = QAccessibleAnnouncementEvent(self, message)
        announcement.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if role == "alert"
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(announcement)
        if focus or self.focus_on_show:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if self.isEnabled():
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            else:  # a page still disabled while its task finishes: once it is enabled again
                QTimer.singleShot(0, self, self._take_focus)

    def _take_focus(self) -> None:
        if self.isVisible() and self.isEnabled():
            self.setFocus(Qt.FocusReason.OtherFocusReason)


class StandaloneWindow(QWidget):
    """A top-level window that is neither a main window nor a dialog (the unlock window).

    Qt shows a plain widget to assistive technology as a *filler*; this one is a *window*
    (AT-SPI role frame), so a screen reader says where the user is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        install_accessibility()
        super().__init__(parent)


class StatusLabel(QLabel):
    """A line that says how things stand and changes as they do: "4 records.", "Nothing
    found. Try another word.", "Quarterly return …: 8 tables.".

    Assistive technology sees a *status* (AT-SPI role status bar, as a web page's
    ``role="status"``) whose name is always what it shows; ``purpose`` ("How many records") is
    its description. A new text is announced politely.
    """

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        install_accessibility()
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleDescription(purpose)

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed:
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
            if text and self.isVisible():
                announcement = QAccessibleAnnouncementEvent(self, text)
                announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
                QAccessible.updateAccessibility(announcement)


class _AlertAccessible(QAccessibleWidget):
    """Tells assistive technology that an :class:`AlertLabel` is an alert (a
    :class:`StatusLabel` a status), and what it says."""

    def __init__(self, widget: QLabel, role: QAccessible.Role) -> None:
        super().__init__(widget, role)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if isinstance(widget, AlertLabel) and kind in (
            QAccessible.Text.Name,
            QAccessible.Text.Description,
        ):
            return widget.text()
        if isinstance(widget, QLabel) and kind == QAccessible.Text.Name:
            return widget.text()
        return str(super().text(kind))


class SecretField(QLineEdit):
    """A line edit for a secret: what is typed never reaches assistive technology.

    Qt's own accessible line edit sends every character typed, even in Password echo mode, in
    the text-inserted and text-removed events of the AT-SPI bus, where a screen reader speaks
    them and any program in the session can read them (docs/qt-password-atspi.md). A secret
    field is exposed instead as a named *password text* with no text interface: Qt's bridge
    then drops those events, and reading the field gives only one bullet per character.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        install_accessibility()  # before Qt makes the field's accessible interface
        super().__init__(parent)
        self.setClearButtonEnabled(False)


class _SecretAccessible(QAccessibleWidget):
    """A :class:`SecretField` as assistive technology sees it: its name, never its text."""

    def __init__(self, widget: SecretField) -> None:
        super().__init__(widget, QAccessible.Role.EditableText)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.passwordEdit = True  # AT-SPI role "password text": no key echo in screen readers
        state.editable = True
        state.focusable = True
        state.focused = self.widget().hasFocus()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Value and isinstance(widget, QLineEdit):
            return "●" * len(widget.text())
        return str(super().text(kind))


class _ChoiceSpeaker(QObject):
    """Says a combo box's new choice while it has the focus.

    Qt tells of the change with a name change (a combo box's name is its choice on Linux),
    which Orca ignores for combo boxes; it speaks a new *description* of the focused control.
    So while a combo box has the focus its description is its latest choice, and the
    description it had comes back when the focus leaves.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(old, QComboBox) and old.property("own_description") is not None:
            old.setAccessibleDescription(str(old.property("own_description")))
            old.setProperty("own_description", None)
        if isinstance(new, QComboBox) and not new.property("choice_spoken"):
            new.setProperty("choice_spoken", True)
            new.currentIndexChanged.connect(lambda _index, combo=new: self._changed(combo))

    def _changed(self, combo: QComboBox) -> None:
        if not combo.hasFocus() or combo.view().isVisible() or not combo.currentText():
            return  # in the open list, the list's own focus says each choice
        if combo.property("own_description") is None:
            combo.setProperty("own_description", combo.accessibleDescription())
        combo.setAccessibleDescription(combo.currentText())


def _accessible_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, AlertLabel):
        return _AlertAccessible(obj, QAccessible.Role.AlertMessage)
    if isinstance(obj, StatusLabel):
        return _AlertAccessible(obj, QAccessible.Role.StatusBar)
    if isinstance(obj, SecretField):
        return _SecretAccessible(obj)
    if isinstance(obj, StandaloneWindow):
        return QAccessibleWidget(obj, QAccessible.Role.Window)
    return None


_factory_installed = False

# Qt's AT-SPI bridge warns on every key typed into a secret field that the field has no text
# interface (it then drops the event, which is the point); the warnings say nothing else.
_QUIET_BRIDGE = "qt.accessibility.atspi.warning=false"


def install_accessibility() -> None:
    """Register the alert role for :class:`AlertLabel` and the secret-keeping interface of
    :class:`SecretField` (once per process, before windows)."""
    global _factory_installed
    if not _factory_installed:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return  # before the application: its windows are not made yet either
        QAccessible.installFactory(_accessible_factory)
        QLoggingCategory.setFilterRules(_QUIET_BRIDGE)
        _ChoiceSpeaker(app)
        _factory_installed = True


class _ArrowSelection(QObject):
    """Arrow keys in a group of radio buttons select the next choice, not only focus it."""

    KEYS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Down: 1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Left: -1,
    }

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self.group = group
        for button in group.buttons():
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = self.KEYS.get(Qt.Key(event.key()))
            buttons = [b for b in self.group.buttons() if b.isEnabled() and b.isVisible()]
            if step is not None and watched in buttons and not event.modifiers():
                index = buttons.index(watched)
                chosen = buttons[(index + step) % len(buttons)]
                chosen.setChecked(True)
                chosen.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


def select_with_arrows(group: QButtonGroup) -> None:
    """Make the arrow keys choose in ``group`` (a screen reader then hears "selected"): Qt
    only moves the focus while nothing in the group is chosen yet."""
    _ArrowSelection(group)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A large bold title label."""
    label = QLabel(text, parent)
    label.setWordWrap(True)  # no fixed accessible name: Qt's is the text, kept current
    style.set_role(label, "heading")
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped explanatory sentence in a softer colour."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    style.set_role(label, "hint")
    return label


def sentence(text: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped plain paragraph."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class BusyIndicator(QWidget):
    """An endless progress bar with a sentence: "Creating your vault…". Hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName(self.tr("Working"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        self.setVisible(False)

    def start(self, text: str) -> None:
        """Show the indicator with a sentence saying what is happening."""
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.setVisible(True)

    def stop(self) -> None:
        """Hide the indicator."""
        self.setVisible(False)

    @property
    def busy(self) -> bool:
        """Whether the indicator is showing."""
        return not self.isHidden()


def no_caret(view: QPlainTextEdit | QTextEdit) -> None:
    """A read-only text view shows no blinking text cursor (it would say "type here"); the
    keyboard still moves through it and selects, so nothing is lost for screen-reader users."""
    view.setReadOnly(True)
    view.setCursorWidth(0)


# How much taller than a line of text a button or choice is, so it is easy to hit.
LARGE_TARGET_LINES = 2.2


def large(widget: QWidget) -> QWidget:
    """Make a button or choice a large target, sized from the font (so it scales with it)."""
    height = int(widget.fontMetrics().height() * LARGE_TARGET_LINES)
    widget.setMinimumHeight(height)
    return widget


def large_button(text: str, parent: QWidget, *, name: str, tip: str = "") -> QPushButton:
    """A large push button with the name a screen reader says and, if given, a tooltip."""
    button = QPushButton(text, parent)
    if tip:
        button.setToolTip(tip)
    button.setAccessibleName(name)
    large(button)
    return button


def set_large(buttons: Iterable[QAbstractButton]) -> None:
    """Make every button in a row a large target."""
    for button in buttons:
        large(button)


def wrapped(text: str, parent: QWidget | None = None) -> QLabel:
    """A label that wraps and shows its text as typed (never as rich text): for user text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label


class _PageScrollArea(QScrollArea):
    """A scroll area inside a main-window page: it asks for a few lines, not all its content.

    The main window puts every page in a scroll area of its own, which sizes a page with wrapped
    text by the height the page *prefers*. Preferring all of its content, an inner area made that
    page taller than the window, so its buttons scrolled out of view with the page.
    """

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.fontMetrics().height() * 8))


def scrolling(
    content: QWidget, parent: QWidget | None = None, *, in_page: bool = False
) -> QScrollArea:
    """Put content in a scroll area, so it survives large fonts and small screens.

    ``in_page``: the area is part of a main-window page (which the window scrolls too when the
    screen is small); it grows into the room the page has rather than asking for all of it.
    """
    area = _PageScrollArea(parent) if in_page else QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # Not a Tab stop of its own (a screen reader announced an empty "Page"): focus moves
    # through the content, and the area scrolls to show the focused control.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def chain_focus(widgets: Iterable[QWidget | None]) -> None:
    """Put widgets in this Tab order (None is skipped): for content built after the page."""
    previous: QWidget | None = None
    for widget in widgets:
        if widget is None:
            continue
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget


def inline_question(
    parent: QWidget, name: str, text: str, answers: list[str]
) -> tuple[QFrame, QLabel, list[QPushButton]]:
    """A question asked inside the page (nothing pops up over it): a framed panel named ``name``
    with ``text`` over a row of large answer buttons (texts with their mnemonics), hidden until
    it is shown. Returns the panel, its text label and the buttons in order."""
    panel = QFrame(parent)
    panel.setFrameShape(QFrame.Shape.StyledPanel)
    panel.setAccessibleName(name)
    layout = QVBoxLayout(panel)
    label = wrapped(text, panel)
    layout.addWidget(label)
    row = QHBoxLayout()
    buttons = []
    for answer in answers:
        button = QPushButton(answer, panel)
        button.setAccessibleName(answer.replace("&", ""))
        large(button)
        row.addWidget(button)
        buttons.append(button)
    row.addStretch(1)
    layout.addLayout(row)
    panel.hide()
    return panel, label, buttons
