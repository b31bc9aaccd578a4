"""The application's states and the moves between them: first run → unlocked ⇄ locked.

:class:`Session` owns the unlocked :class:`~circlesdesk.vault.vault.Vault` (only ever one),
the windows, the task runner, the inactivity watcher and the clipboard guard. Locking (Ctrl+L,
inactivity, the app hidden or suspended) keeps what is typed in any open dialog as an encrypted
draft (:mod:`circlesdesk.ui.kept_dialogs`), closes the dialog, destroys every page widget, clears
guarded clipboard text, locks the vault (once no task is using it) and shows the unlock window.
After the next unlock the dialog opens again where the person was, with what they typed. Ctrl+L
locks even while a dialog is open.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from circlesdesk.domain.enums import Role
from circlesdesk.errors import UserError
from circlesdesk.services import meetings
from circlesdesk.ui import autolock, kept_dialogs, screen_fit, vault_notices
from circlesdesk.ui.clipboard import CLEAR_AFTER_MS, ClipboardGuard
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.main_window import MainWindow, PageContext, PageSpec, owner_text
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.unlock import UnlockWindow
from circlesdesk.vault.keyslots import KdfParams
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
MODAL_CLOSE_ATTEMPTS = 20


class State(enum.Enum):
    """Where the session is."""

    NEW = "new"
    FIRST_RUN = "first-run"
    LOCKED = "locked"
    UNLOCKED = "unlocked"
    CLOSED = "closed"


class Session(QObject):
    """Drives the windows. Make one per application run, then call :meth:`start`."""

    state_changed = Signal(str)
    quit_requested = Signal()

    # How long after unlock the background quick check starts (tests shorten it).
    quick_check_delay_ms = vault_notices.QUICK_CHECK_DELAY_MS

    def __init__(
        self,
        folder: Path,
        *,
        runner: TaskRunner,
        kdf: KdfParams | None = None,
        autolock_ms: int | None = None,
        clipboard_delay_ms: int = CLEAR_AFTER_MS,
        pages: Callable[[Role], list[PageSpec]] = default_pages,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.runner = runner
        self.kdf = kdf
        self.pages = pages
        self._autolock_override = autolock_ms
        self.state = State.NEW
        self.vault: Vault | None = None
        self.wizard: FirstRunWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.clipboard = ClipboardGuard(delay_ms=clipboard_delay_ms, parent=self)
        self.watcher = autolock.InactivityWatcher(
            interval_ms=autolock_ms or autolock.DEFAULT_MINUTES * MINUTE_MS, parent=self
        )
        self.watcher.timed_out.connect(self._inactive)
        self.watcher.app_went_away.connect(self._went_away)
        self._vault_to_lock: Vault | None = None
        self._held: kept_dialogs.Held = []  # typed dialog fields waiting to be written
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+L locks even while a modal dialog hides the main window's shortcut; every
        window and dialog is fitted to its screen as it is shown (ui/screen_fit.py)."""
        screen_fit.fit_when_shown(watched, event)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state is State.UNLOCKED
            and event.key() == Qt.Key.Key_L
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and QApplication.activeModalWidget() is not None
        ):
            event.accept()
            QTimer.singleShot(0, self.lock)
            return True
        return False

    # -- starting ----------------------------------------------------------------------------

    def start(self) -> None:
        """The wizard if there is no vault yet, else the unlock window."""
        if Vault.exists(self.folder):
            self._show_unlock()
        else:
            self._show_wizard()

    def _set_state(self, state: State) -> None:
        self.state = state
        self.state_changed.emit(state.value)

    def _show_wizard(self) -> None:
        wizard = FirstRunWizard(self.folder, self.runner, kdf=self.kdf)
        wizard.vault_ready.connect(self._opened)
        wizard.rejected.connect(self.quit)
        self.wizard = wizard
        self._set_state(State.FIRST_RUN)
        wizard.show()

    def _unlock_window(self) -> UnlockWindow:
        if self.unlock_window is None:
            window = UnlockWindow(self.folder, self.runner, kdf=self.kdf)
            window.unlocked.connect(self._opened)
            window.closed.connect(self._unlock_window_closed)
            self.unlock_window = window
        return self.unlock_window

    def _show_unlock(self) -> None:
        window = self._unlock_window()
        window.reset()
        self._set_state(State.LOCKED)
        window.show()
        window.raise_()
        window.activateWindow()
        window.unlock_panel.passphrase.setFocus()

    # -- unlocked ----------------------------------------------------------------------------

    @Slot(object)
    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.runner.vault = vault
        window = self._main_window(vault.info.role)
        context = PageContext(
            vault=vault, runner=self.runner, clipboard=self.clipboard, window=window
        )
        window.start_session(context, owner=owner_text(vault))
        self.watcher.interval_ms = self._autolock_ms(vault)
        self._set_state(State.UNLOCKED)
        if screen_fit.is_small(window.screen().availableGeometry()):
            window.showMaximized()  # a small laptop screen: all of it for the records
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        if self.unlock_window is not None:
            self.unlock_window.hide()
        if self.wizard is not None:
            wizard, self.wizard = self.wizard, None
            wizard.hide()
            wizard.deleteLater()
        self.watcher.start()
        self._reopen_kept_dialog()
        vault_notices.announce(window, vault)
        vault_notices.schedule_quick_check(
            window, vault, self.runner, delay_ms=self.quick_check_delay_ms
        )

    @Slot()
    def _reopen_kept_dialog(self) -> None:
        """Open again the dialog a lock or a crash closed, once the pages have read the vault."""
        if not self.runner.vault_free():  # the unlock itself is still delivering
            self.runner.idle.connect(self._reopen_when_idle)
            return
        if self.state is not State.UNLOCKED or self.vault is None or self.main_window is None:
            return
        try:
            kept_dialogs.reopen(self.main_window, self.vault)
        except UserError as error:
            log.warning("a kept dialog could not be reopened: %s", type(error).__name__)

    @Slot()
    def _reopen_when_idle(self) -> None:
        self.runner.idle.disconnect(self._reopen_when_idle)
        QTimer.singleShot(0, self._reopen_kept_dialog)  # after the pages' own idle refresh

    def _main_window(self, role: Role) -> MainWindow:
        if self.main_window is None:
            window = MainWindow()
            window.add_pages(self.pages(role))
            window.lock_requested.connect(self.lock)
            window.quit_requested.connect(self.quit)
            self.main_window = window
        return self.main_window

    def _autolock_ms(self, vault: Vault) -> int:
        if self._autolock_override is not None:
            return self._autolock_override
        minutes = autolock.DEFAULT_MINUTES
        try:
            config = meetings.office_config(vault)
        except UserError as error:
            log.warning("office configuration unreadable: %s", type(error).__name__)
            config = None
        if config is not None:
            minutes = config.autolock_minutes
        return minutes * MINUTE_MS

    # -- locking -----------------------------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Lock now: destroy the pages, lock the vault, show the unlock window."""
        self._lock(reason="user")

    @Slot()
    def _inactive(self) -> None:
        self._lock(reason="inactivity")

    @Slot()
    def _went_away(self) -> None:
        self._lock(reason="application hidden")

    def _lock(self, *, reason: str, attempt: int = 0) -> None:
        if self.state is not State.UNLOCKED:
            return
        self._held += kept_dialogs.hold_all()
        if self._close_modal_dialogs() and attempt < MODAL_CLOSE_ATTEMPTS:
            # A dialog's own event loop must end before the page under it goes.
            QTimer.singleShot(0, lambda: self._lock(reason=reason, attempt=attempt + 1))
            return
        log.info("locking (%s)", reason)
        self.watcher.stop()
        self.clipboard.clear_now()
        vault, self.vault = self.vault, None
        if self.main_window is not None:
            self.main_window.clear_pages()
        self._show_unlock()
        if self.main_window is not None:
            self.main_window.hide()
        if vault is not None:
            self._lock_vault_when_idle(vault)

    def _close_modal_dialogs(self) -> bool:
        """Close every modal window but the unlock window; True if there was one."""
        closed = False
        modal = QApplication.activeModalWidget()
        while modal is not None and modal is not self.unlock_window:
            closed = True
            if isinstance(modal, QDialog):
                modal.done(QDialog.DialogCode.Rejected)
            else:
                modal.close()
            following = QApplication.activeModalWidget()
            if following is modal:
                break
            modal = following
        return closed

    def _lock_vault_when_idle(self, vault: Vault) -> None:
        """Lock the vault now, or as soon as the tasks still using it have ended."""
        if self.runner.vault_free():
            self._write_held()
            vault.lock()
            return
        self.runner.cancel_all()
        self._vault_to_lock = vault
        if self.unlock_window is not None:
            self.unlock_window.set_waiting(True)
        self.runner.idle.connect(self._lock_pending_vault)

    @Slot()
    def _lock_pending_vault(self) -> None:
        self.runner.idle.disconnect(self._lock_pending_vault)
        vault, self._vault_to_lock = self._vault_to_lock, None
        if vault is not None:
            self._write_held()
            vault.lock()
        if self.unlock_window is not None:
            self.unlock_window.set_waiting(False)

    # -- quitting ----------------------------------------------------------------------------

    @Slot()
    def _unlock_window_closed(self) -> None:
        if self.state is State.LOCKED:
            self.quit()

    @Slot()
    def quit(self) -> None:
        """Lock everything and ask the application to quit."""
        self.shutdown()
        self.quit_requested.emit()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop tasks, lock every open vault, close the windows (safe to call twice)."""
        if self.state is State.CLOSED:
            return
        self._held += kept_dialogs.hold_all()
        self.watcher.stop()
        self.clipboard.clear_now()
        self.runner.cancel_all()
        if not self.runner.wait_all(timeout_ms):
            log.warning("a task did not stop in time; quitting anyway")
        if self.main_window is not None:
            self.main_window.clear_pages()  # pages save their drafts while the vault is open
        self._write_held()
        for vault in (self.vault, self._vault_to_lock, self._wizard_vault()):
            if vault is not None:
                vault.lock()
        self.vault = self._vault_to_lock = None
        self._set_state(State.CLOSED)
        for window in (self.main_window, self.unlock_window, self.wizard):
            if window is not None:
                window.hide()
                window.deleteLater()
        self.main_window = self.unlock_window = self.wizard = None

    def _write_held(self) -> None:
        held, self._held = self._held, []
        try:
            kept_dialogs.write(held)
        except Exception:
            log.exception("typed dialog fields could not be kept")

    def _wizard_vault(self) -> Vault | None:
        return self.wizard.take_vault() if self.wizard is not None else None
