"""What the window says after unlock about the vault itself, and the quick check behind it.

Three things the core finds and the GUI must not keep to itself: files that other users could
read (made private by the unlock), the new recovery code of a key rotation that was cut short
(shown in a dialog until seen once), and what the background quick check found
(services/vault_health.py), run a few seconds after unlock, once the pages have read the vault.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from circlesdesk.services import vault_health
from circlesdesk.ui.main_window import MainWindow
from circlesdesk.ui.tasks import TaskContext, TaskRunner
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

QUICK_CHECK_DELAY_MS = 3000  # after the home page's own reads: the check then costs nothing
QUICK_CHECK_RETRY_MS = 2000  # the runner was busy (an import, a report): try again later
STATUS_MS = 15_000


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("VaultNotices", text, None, n)


def announce(window: MainWindow, vault: Vault) -> None:
    """Tell the user what the unlock found: tightened permissions, an unshown recovery code."""
    if vault.tightened:
        window.show_user_error(
            _tr(
                "Other users of this computer could read some of the vault's files; they are "
                "private again now."
            )
        )
    code = vault.unshown_recovery_code()
    if code is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, "CirclesDesk", "", parent=window)
        box.setObjectName("new-recovery-code")
        box.setText(
            _tr(
                "A change of the vault's key was interrupted. Your old recovery code no longer "
                "works. Write down your new recovery code now:"
            )
        )
        box.setInformativeText(code)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: _shown(vault))
        box.open()


def _shown(vault: Vault) -> None:
    if not vault.is_locked:
        vault.recovery_code_shown()


def schedule_quick_check(
    window: MainWindow,
    vault: Vault,
    runner: TaskRunner,
    *,
    delay_ms: int = QUICK_CHECK_DELAY_MS,
    on_done: Callable[[vault_health.HealthReport], None] | None = None,
) -> None:
    """Run the quick check in the background once the runner is idle, and show the result."""

    def start() -> None:
        if vault.is_locked:
            return  # locked meanwhile: the next unlock checks again
        if not runner.vault_free():
            QTimer.singleShot(QUICK_CHECK_RETRY_MS, window, start)
            return

        def check(_context: TaskContext) -> vault_health.HealthReport:
            return vault_health.quick_check(vault)

        def show(report: vault_health.HealthReport) -> None:
            if report.ok:
                window.statusBar().showMessage(
                    _tr("The vault was checked after unlocking: every page is intact."),
                    STATUS_MS,
                )
            else:
                window.show_user_error(
                    _tr(
                        "The vault check found %n damaged page(s) in the vault file (a failing "
                        "disk or USB stick). Copy the vault folder somewhere safe now and ask "
                        "your coordinator before you record more.",
                        report.damaged_pages,
                    )
                )
            if on_done is not None:
                on_done(report)

        runner.run(check, owner=window, on_success=show, name="quick-check")

    QTimer.singleShot(delay_ms, window, start)  # dropped if the window goes first
