"""The unlock window: the passphrase, or "Forgot your passphrase?" with the recovery code.

Unlocking runs on a worker thread (Argon2id takes about half a second) with the button disabled.
Every vault error (wrong passphrase, damaged vault, missing or damaged key file, vault too new,
vault open in another window…) is shown as its own sentence in the window, in an alert line:
never a message box, never a traceback. ``unlocked(vault)`` carries the open vault.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.ui import resources
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.passphrase import PassphraseField, PassphraseFields
from circlesdesk.ui.tasks import TaskContext, TaskRunner
from circlesdesk.ui.widgets import (
    AlertLabel,
    BusyIndicator,
    SecretField,
    StandaloneWindow,
    heading,
    hint,
    scrolling,
)
from circlesdesk.vault import keyslots
from circlesdesk.vault.keyslots import KdfParams
from circlesdesk.vault.vault import KEYS_FILE, Vault

log = logging.getLogger(__name__)


class ScrollingPanel(QWidget):
    """A panel whose content (laid out on :attr:`content`) scrolls up and down rather than
    being cut when a large font or a longer language needs more height than the window has.

    It asks for the width its content needs (it never scrolls sideways), so the window's
    minimum width still keeps every label and button whole. The first-run wizard's pages
    use it too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QWidget(self)
        self.content = QVBoxLayout(self.body)
        self.area = scrolling(self.body, self)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)

    def sizeHint(self) -> QSize:
        """As wide as the content would like, and as tall as it then needs (no scrolling)."""
        hint = self.body.sizeHint().expandedTo(self.body.minimumSizeHint())
        if self.body.hasHeightForWidth():
            hint.setHeight(self.body.heightForWidth(hint.width()))
        return hint

    def minimumSizeHint(self) -> QSize:
        """As wide as the content needs, with room for the scroll bar; any height."""
        width = self.body.minimumSizeHint().width()
        width += self.area.verticalScrollBar().sizeHint().width()
        return super().minimumSizeHint().expandedTo(QSize(width, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body:
            if event.type() == QEvent.Type.LayoutRequest:
                self.updateGeometry()  # the content's minimum width may have changed
            elif event.type() == QEvent.Type.Show:
                # Shown for the first time, the content gets the scroll area's height for its
                # width while its widgets are still being made, and Qt sends it no resize for
                # it: lay it out again, or wrapped labels keep their first, shorter heights.
                self.content.invalidate()
        return super().eventFilter(watched, event)


class UnlockPanel(ScrollingPanel):
    """Passphrase field, Unlock button, "Forgot your passphrase?"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Unlock CirclesDesk"), self)
        self.explanation = hint(self.tr("Type your passphrase to open your records."), self)
        self.passphrase = PassphraseField(self)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        # At an office where several people work: who is signing in (their own key slot).
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setToolTip(self.tr("Your name as the office knows you: it opens your own slot"))
        self.name_label = QLabel(self.tr("Your &name:"), self)
        self.name_label.setBuddy(self.name)
        self.alert = AlertLabel(self)
        self.busy = BusyIndicator(self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton(self.tr("&Forgot your passphrase?"), self)
        self.forgot_button.setAccessibleName(self.tr("Forgot your passphrase?"))
        self.forgot_button.setFlat(True)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(label, self.passphrase)
        self.set_asks_name(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = self.content
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.alert)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.forgot_button)
        self.passphrase.returnPressed.connect(self.unlock_button.click)
        self.passphrase.textEdited.connect(self._edited)

    @Slot()
    def _edited(self) -> None:
        if self.alert.is_error:
            self.alert.clear_message()
        self.passphrase.setAccessibleDescription("")

    def set_asks_name(self, asks: bool) -> None:
        """Show the name field (several people work at this office) or hide it."""
        self.name.setVisible(asks)
        self.name_label.setVisible(asks)
        if asks:
            self.explanation.setText(self.tr("Type your name and your own passphrase."))
        else:
            self.explanation.setText(self.tr("Type your passphrase to open your records."))

    def signing_in(self) -> str | None:
        """The name typed, or None where no name is asked for (or none was typed)."""
        return (self.name.text().strip() or None) if self.name.isVisibleTo(self) else None


class RecoverPanel(ScrollingPanel):
    """Recovery code, a new passphrase twice, and the button that opens the vault with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Use your recovery code"), self)
        self.explanation = hint(
            self.tr(
                "Type the recovery code you wrote down when you set up CirclesDesk: six groups "
                "of four letters and digits. Then choose a new passphrase."
            ),
            self,
        )
        self.code = SecretField(self)  # shown as typed, but never sent to assistive technology
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(60)
        code_label = QLabel(self.tr("&Recovery code:"), self)
        code_label.setBuddy(self.code)
        self.fields = PassphraseFields(self)
        self.alert = AlertLabel(self)
        self.busy = BusyIndicator(self)
        self.recover_button = QPushButton(self.tr("&Set new passphrase and unlock"), self)
        self.recover_button.setAccessibleName(self.tr("Set new passphrase and unlock"))
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the passphrase"))
        form = QFormLayout()
        form.addRow(code_label, self.code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout = self.content
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.alert)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.code, self.fields.first)
        self.setTabOrder(self.fields.second, self.fields.show_text)
        self.setTabOrder(self.fields.show_text, self.recover_button)
        self.setTabOrder(self.recover_button, self.back_button)
        self.code.textEdited.connect(self.alert.clear_message)
        self.code.textEdited.connect(lambda: self.code.setAccessibleDescription(""))

    def clear(self) -> None:
        """Forget everything typed."""
        self.code.clear()
        self.code.setAccessibleDescription("")
        self.fields.clear()
        self.alert.clear_message()


class UnlockWindow(StandaloneWindow):
    """A small top-level window; emits ``unlocked(vault)`` and, when closed, ``closed``."""

    unlocked = Signal(object)
    closed = Signal()

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.runner = runner
        self.kdf = kdf  # for the new passphrase after recovery; None calibrates
        self.setWindowTitle(self.tr("CirclesDesk"))
        self.setWindowIcon(resources.icon("app"))
        self.stack = QStackedWidget(self)
        self.unlock_panel = UnlockPanel(self.stack)
        self.recover_panel = RecoverPanel(self.stack)
        self.stack.addWidget(self.unlock_panel)
        self.stack.addWidget(self.recover_panel)
        logo = QLabel(self)
        logo.setPixmap(resources.icon("app").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        logo.setAccessibleName(self.tr("CirclesDesk logo"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(20)
        layout.addWidget(logo)
        layout.addWidget(self.stack, 1)
        self.unlock_panel.unlock_button.clicked.connect(self._unlock)
        self.unlock_panel.forgot_button.clicked.connect(self.show_recovery)
        self.unlock_panel.set_asks_name(_several_people(folder))
        self.recover_panel.back_button.clicked.connect(self.show_unlock)
        self.recover_panel.recover_button.clicked.connect(self._recover)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.recover_panel, self.show_unlock)
        self._waiting_for_lock = False
        # Room for the panels without scrolling, if the screen has it.
        self.resize(
            QSize(640, 360)
            .expandedTo(self.sizeHint())
            .boundedTo(self.screen().availableGeometry().size())
        )

    # -- what the session calls ------------------------------------------------------------

    def reset(self) -> None:
        """Back to an empty passphrase field (after locking)."""
        self.unlock_panel.set_asks_name(_several_people(self.folder))
        self.unlock_panel.passphrase.clear()
        self.unlock_panel.passphrase.setAccessibleDescription("")
        self.unlock_panel.alert.clear_message()
        self.recover_panel.clear()
        self.show_unlock()

    def set_waiting(self, waiting: bool) -> None:
        """While the last task of the previous session finishes, unlocking has to wait."""
        self._waiting_for_lock = waiting
        panel = self.unlock_panel
        if waiting:
            panel.busy.start(self.tr("Locking… one moment."))
        else:
            panel.busy.stop()
        self._set_busy(waiting)

    def show_user_error(self, message: str) -> None:
        """Show a sentence on the panel in view."""
        panel = self.stack.currentWidget()
        alert = getattr(panel, "alert", None)
        if isinstance(alert, AlertLabel):
            alert.show_error(message)

    @property
    def error_text(self) -> str:
        """The sentence showing on the panel in view ("" if none)."""
        panel = self.stack.currentWidget()
        alert = getattr(panel, "alert", None)
        return alert.text() if isinstance(alert, AlertLabel) and alert.is_error else ""

    @property
    def busy(self) -> bool:
        """Whether an unlock or recovery is running."""
        return not self.unlock_panel.unlock_button.isEnabled()

    @Slot()
    def show_unlock(self) -> None:
        """The passphrase panel."""
        self.recover_panel.clear()
        self.stack.setCurrentWidget(self.unlock_panel)
        self.unlock_panel.unlock_button.setDefault(True)
        self.unlock_panel.passphrase.setFocus()

    @Slot()
    def show_recovery(self) -> None:
        """The recovery-code panel."""
        self.unlock_panel.passphrase.clear()
        self.unlock_panel.alert.clear_message()
        self.stack.setCurrentWidget(self.recover_panel)
        self.recover_panel.recover_button.setDefault(True)
        self.recover_panel.code.setFocus()

    # -- unlocking -------------------------------------------------------------------------

    @Slot()
    def _unlock(self) -> None:
        panel = self.unlock_panel
        secret = panel.passphrase.text()
        if self.busy or self._waiting_for_lock:
            return
        if not secret:
            panel.alert.show_error(self.tr("Please type your passphrase."))
            panel.passphrase.setFocus()
            return
        folder = self.folder
        name = panel.signing_in()

        def unlock(_task: TaskContext) -> Vault:
            return Vault.unlock(folder, passphrase=secret, name=name)

        panel.alert.clear_message()
        panel.busy.start(self.tr("Unlocking…"))
        self._set_busy(True)
        self.runner.run(
            unlock, owner=self, on_success=self._opened, on_error=self._failed, name="unlock"
        )

    @Slot()
    def _recover(self) -> None:
        panel = self.recover_panel
        code = panel.code.text()
        if self.busy or self._waiting_for_lock:
            return
        if not code.strip():
            panel.alert.show_error(self.tr("Please type your recovery code."))
            panel.code.setFocus()
            return
        if not panel.fields.check():
            return
        folder, new, kdf = self.folder, panel.fields.passphrase(), self.kdf

        def recover(_task: TaskContext) -> Vault:
            return Vault.recover(folder, recovery_code=code, new_passphrase=new, kdf=kdf)

        panel.alert.clear_message()
        panel.busy.start(self.tr("Checking the recovery code…"))
        self._set_busy(True)
        self.runner.run(
            recover, owner=self, on_success=self._opened, on_error=self._failed, name="recover"
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.unlock_panel.unlock_button,
            self.unlock_panel.forgot_button,
            self.unlock_panel.passphrase,
            self.recover_panel.recover_button,
            self.recover_panel.back_button,
            self.recover_panel.code,
            self.recover_panel.fields,
        ):
            widget.setEnabled(not busy)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.unlock_panel.busy.stop()
        self.recover_panel.busy.stop()
        recovered = self.stack.currentWidget() is self.recover_panel
        log.info("vault unlocked%s", " with the recovery code" if recovered else "")
        self.reset()
        self.unlocked.emit(vault)

    def _failed(self, error: UserError) -> None:
        self._set_busy(False)
        self.unlock_panel.busy.stop()
        self.recover_panel.busy.stop()
        log.info("unlock refused: %s", type(error).__name__)
        self.show_user_error(user_text(error))
        # The focus goes back to the field, which carries the sentence as its description:
        # a screen reader speaks it with the field (Orca ignores the alert's announcement).
        field = (
            self.unlock_panel.passphrase
            if self.stack.currentWidget() is self.unlock_panel
            else self.recover_panel.code
        )
        field.setAccessibleDescription(user_text(error))
        field.selectAll()
        field.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def _several_people(folder: Path) -> bool:
    """Whether the vault's key file has person slots (several people work at this office)."""
    try:
        return bool(keyslots.load(folder / KEYS_FILE).people)
    except UserError:
        return False  # no or a damaged key file: unlocking says so in its own words
