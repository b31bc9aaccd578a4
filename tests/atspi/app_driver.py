"""Drives CirclesDesk on a real X display while ``bus_reader.py`` reads the AT-SPI bus.

    python -m tests.atspi.app_driver REPORT.json     (run by tests/atspi/test_screen_reader.py)

The app runs here, in the project's Python, exactly as a user starts it (xcb platform, the
accessibility bridge on); the bus is read in another process by Debian's Python and pyatspi, as
a screen reader reads it. The driver types secrets with real key events, tours every main
screen and dialog of both roles (the tour of :mod:`tools.screenshots`, each screenshot
replaced by a reading of the bus), and writes what it saw to REPORT.json for the test to judge.
"""

from __future__ import annotations

import itertools
import json
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget, QWizard

from circlesdesk.domain.records import Concern, Meeting
from circlesdesk.ui import office, style
from circlesdesk.ui.app import APP_NAME, create_application
from circlesdesk.ui.crash import CrashReporter
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.record_view import RecordView
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.unlock import UnlockWindow
from circlesdesk.ui.volunteer.concern_dialog import ConcernDialog
from circlesdesk.ui.volunteer.history import HistoryPage
from circlesdesk.ui.volunteer.home import HomePage
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.ui.volunteer.search import SearchPage
from tools import screenshots

HERE = Path(__file__).parent
READER = HERE / "bus_reader.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-pyatspi lives

# What is typed, key by key. None may ever reach the bus.
NEW_PASSPHRASE = "quiet lantern orchard 42"  # test secrets
WRONG_PASSPHRASE = "wrong horse battery"
TYPED_RECOVERY_CODE = "QX7P-M3KD-ZR9W-H2TB-LV6N-C4YF"
RECOVERY_NEW_PASSPHRASE = "velvet compass harbour 9"
SECRETS = (
    NEW_PASSPHRASE,
    WRONG_PASSPHRASE,
    TYPED_RECOVERY_CODE,
    RECOVERY_NEW_PASSPHRASE,
    screenshots.DEMO_PASSPHRASE,
)


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``condition`` holds (the app must keep answering the bus)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.005)


class Bus(QObject):
    """The bus reader process, asked one question at a time while the app keeps running."""

    answered = Signal()  # from the thread reading the reader's replies

    def __init__(self) -> None:
        super().__init__()
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(READER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.replies: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.markers = itertools.count(1)
        self.marker = QWidget()  # renamed to mark "every event before this one is in"
        self._reply()  # "listening"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.replies.put(json.loads(line))
            self.answered.emit()

    def _reply(self, timeout: float = 120.0) -> Any:
        # The app's event loop runs meanwhile: the reader's questions are answered by it.
        if self.replies.empty():
            loop = QEventLoop()
            self.answered.connect(loop.quit)
            QTimer.singleShot(int(timeout * 1000), loop.quit)
            if self.replies.empty():
                loop.exec()
            self.answered.disconnect(loop.quit)
        if self.replies.empty():
            raise TimeoutError("the bus reader did not answer")
        reply = self.replies.get()
        if not reply["ok"]:
            raise RuntimeError(f"the bus reader failed: {reply['error']}")
        return reply["answer"]

    def ask(self, **request: object) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return self._reply()

    def tree(self) -> list[dict[str, Any]]:
        """Every showing object of the app's windows, as a screen reader finds them."""
        settle()
        return list(self.ask(cmd="tree", app=APP_NAME))

    def events(self) -> list[dict[str, Any]]:
        """Every event the app has sent since the last call."""
        settle()
        name = f"marker {next(self.markers)}"
        self.marker.setAccessibleName(name)
        return list(self.ask(cmd="events", marker=name))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)


def settle() -> None:
    """Deliver posted events and deferred deletes, as the tour does before each picture."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        time.sleep(0.01)


def shown_labels() -> list[str]:
    """The text of every label a sighted user sees now, as plain words."""
    found = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for label in window.findChildren(QLabel):
            if not label.isVisibleTo(window) or not label.text().strip():
                continue
            text = label.text()
            if label.textFormat() != Qt.TextFormat.PlainText and "<" in text:
                document = QTextDocument()
                document.setHtml(text)
                text = document.toPlainText()
            if label.buddy() is not None or "&" in text:
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            found.append(" ".join(text.split()))
    return found


class Driver:
    """Types, tours and records; ``report`` is what the test judges."""

    def __init__(self, bus: Bus, runner: TaskRunner, work: Path) -> None:
        self.bus = bus
        self.runner = runner
        self.work = work
        self.report: dict[str, Any] = {"secrets": list(SECRETS), "checkpoints": [], "events": []}

    def checkpoint(self, name: str) -> dict[str, Any]:
        """Read the bus now; the test checks every checkpoint's names and labels."""
        settle()
        started = time.monotonic()
        events = self.take_events()  # first: a reader's cached names follow its events
        point = {"name": name, "labels": shown_labels(), "tree": self.bus.tree(), "events": events}
        point["seconds"] = round(time.monotonic() - started, 2)
        self.report["checkpoints"].append(point)
        return point

    def take_events(self) -> list[dict[str, Any]]:
        taken = self.bus.events()
        self.report["events"].extend(taken)
        return taken

    # -- typing secrets --------------------------------------------------------------------

    def first_run_and_unlock(self) -> None:
        """Set up a vault typing the passphrase, then a wrong one, then a recovery code."""
        folder = self.work / "typed"
        wizard = FirstRunWizard(folder, self.runner, kdf=screenshots.FAST_KDF)
        wizard.show()
        wait_until(wizard.isVisible)
        wizard.role_page.volunteer.setFocus()
        QTest.keyClick(wizard.role_page.volunteer, Qt.Key.Key_Down)  # the arrow chooses
        point = self.checkpoint("first-run-role (arrow)")
        point["role"] = wizard.role().value
        wizard.role_page.volunteer.setChecked(True)  # this laptop is a volunteer's
        wizard.next()
        QTest.keyClicks(wizard.name_page.name, "Robin Ash")
        self.checkpoint("first-run-name (typed)")
        wizard.next()
        fields = wizard.passphrase_page.fields
        fields.first.setFocus()
        QTest.keyClicks(fields.first, NEW_PASSPHRASE)
        fields.second.setFocus()
        QTest.keyClicks(fields.second, NEW_PASSPHRASE)
        self.checkpoint("first-run-passphrase (typed)")
        wizard.next()
        wait_until(lambda: wizard.currentId() == FirstRunWizard.PAGE_RECOVERY)
        wizard.recovery_page.confirmed.setChecked(True)
        wizard.button(QWizard.WizardButton.CommitButton).click()
        wait_until(lambda: wizard.currentId() == FirstRunWizard.PAGE_ENROLL)
        vault = wizard.take_vault()
        if vault is not None:
            vault.lock()
        wizard.hide()
        wizard.deleteLater()
        self.take_events()

        unlock = UnlockWindow(folder, self.runner)
        unlock.show()
        wait_until(unlock.isVisible)
        panel = unlock.unlock_panel
        panel.passphrase.setFocus()
        QTest.keyClicks(panel.passphrase, WRONG_PASSPHRASE)
        QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
        wait_until(lambda: bool(unlock.error_text))
        point = self.checkpoint("unlock-wrong-passphrase (typed)")
        point["message"] = unlock.error_text
        point["focus"] = _focus_name()

        unlock.show_recovery()
        recover = unlock.recover_panel
        QTest.keyClicks(recover.code, TYPED_RECOVERY_CODE)
        recover.fields.first.setFocus()
        QTest.keyClicks(recover.fields.first, RECOVERY_NEW_PASSPHRASE)
        recover.fields.second.setFocus()
        QTest.keyClicks(recover.fields.second, RECOVERY_NEW_PASSPHRASE)
        self.checkpoint("unlock-recovery (typed)")
        unlock.show_unlock()
        QTest.keyClicks(panel.passphrase, NEW_PASSPHRASE)
        QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
        opened: list[object] = []
        unlock.unlocked.connect(opened.append)
        wait_until(lambda: bool(opened))
        for vault in opened:
            vault.lock()  # type: ignore[attr-defined]
        unlock.hide()
        unlock.deleteLater()
        self.take_events()

    # -- the tour --------------------------------------------------------------------------

    def tour(self) -> None:
        """Every main screen and dialog of both roles, as the docs' screenshots show them."""

        def read_instead_of_saving(widget: QWidget, folder: Path, name: str) -> Path:
            self.checkpoint(name.removesuffix(".png"))
            if isinstance(widget, RecordView):
                self.read_a_meeting(widget)
            elif isinstance(widget, ConcernDialog):
                self.choose_from_the_keyboard(widget)
            elif name == "send-and-receive.png":
                self.search_with_ctrl_4(widget)
            elif name in self.more_dialogs:
                for dialog_name, opener in self.more_dialogs[name](widget):
                    self.visit_dialog(dialog_name, opener)
            return folder / name

        saving = screenshots._save  # the tour's one picture-taking step
        screenshots._save = read_instead_of_saving
        save_meeting = MeetingEditor.save

        def save_and_read(editor: MeetingEditor) -> None:
            save_meeting(editor)
            point = self.checkpoint("meeting-saved")
            point["message"] = editor.banner.text()

        MeetingEditor.save = save_and_read  # type: ignore[method-assign]
        try:
            screenshots.take_screenshots(
                self.work / "screenshots",
                runner=self.runner,
                circles=1,
                volunteers_per_circle=2,
                weeks=3,
                seed=1,  # the tiny organisation of tests/ui/test_screenshots.py
            )
        finally:
            screenshots._save = saving
            MeetingEditor.save = save_meeting  # type: ignore[method-assign]
        self.take_events()

    def read_a_meeting(self, concern_view: RecordView) -> None:
        """With a concern open in History, open the meeting it was raised in, as a blind
        volunteer would, and read it: its minutes and the office's reply."""
        history = concern_view.parent()
        assert isinstance(history, HistoryPage)
        model = history.model
        for row in range(model.rowCount()):
            entry = model.entry(row)
            if isinstance(entry.record, Meeting) and "budget sheet" in entry.record.minutes:
                break
        else:
            raise RuntimeError("the meeting written in the tour is not in History")
        view = history.open_record(model.index(row, 0))
        assert view is not None
        wait_until(view.isVisible)
        point = self.checkpoint("history-meeting")
        point["minutes"] = entry.record.minutes
        point["replies"] = [
            response.text
            for item in (model.entry(r) for r in range(model.rowCount()))
            for response in item.responses
            if response.text
            and isinstance(item.record, Concern)
            and item.record.meeting_uuid == entry.record.uuid
        ]
        view.accept()
        settle()

    @property
    def more_dialogs(self) -> dict[str, Callable[[QWidget], list[tuple[str, Callable[[], Any]]]]]:
        """The dialogs the docs' screenshots do not show, opened from the screens that do."""

        def volunteer(window: QWidget) -> list[tuple[str, Callable[[], Any]]]:
            home = window.findChild(HomePage)
            assert home is not None
            return [
                ("contact-form", home.open_contact_form),
                ("hours-form", home.open_hours_form),
                ("review-form", home.open_review_form),
            ]

        def concerns(window: QWidget) -> list[tuple[str, Callable[[], Any]]]:
            queue = window.findChild(office.ConcernQueuePage)
            assert queue is not None
            return [("office-respond", queue.respond_button.click)]

        def circles(window: QWidget) -> list[tuple[str, Callable[[], Any]]]:
            page = window.findChild(office.CirclesPage)
            assert page is not None
            return [
                ("office-new-circle", page.new_circle),
                ("office-volunteers", page.edit_volunteers),
            ]

        return {
            "home.png": volunteer,
            "office-concern-queue.png": concerns,
            "office-circles.png": circles,
        }

    def visit_dialog(self, name: str, opener: Callable[[], Any]) -> None:
        """Open a dialog, read it on the bus, close it untouched."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        opener()

        def opened() -> QDialog | None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
                    return widget
            return None

        wait_until(lambda: opened() is not None)
        dialog = opened()
        assert dialog is not None
        self.checkpoint(name)
        dialog.reject()
        wait_until(lambda: not dialog.isVisible())
        settle()

    def search_with_ctrl_4(self, window: QWidget) -> None:
        """Search opened for the first time with Ctrl+4, then back to Send and receive."""
        wait_until(window.isActiveWindow)
        assert window.findChild(SearchPage) is None
        self.take_events()
        QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)

        def searching() -> bool:
            search = window.findChild(SearchPage)
            return search is not None and search.box.hasFocus()

        wait_until(searching)
        self.checkpoint("search-by-ctrl-4")
        QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
        settle()

    def choose_from_the_keyboard(self, dialog: ConcernDialog) -> None:
        """In the concern dialog: Down in the kind of concern, Up in the urgency levels (from
        none chosen), as a blind volunteer chooses."""
        category, level = dialog.category.currentIndex(), dialog.level()
        dialog.category.setFocus()
        wait_until(dialog.category.hasFocus)
        self.take_events()
        QTest.keyClick(dialog.category, Qt.Key.Key_Down)
        point = self.checkpoint("concern-kind-down")
        point["choice"] = dialog.category.currentText()
        assert level is not None
        # As when the dialog opens: no level chosen yet (Qt's arrows then only move the focus).
        dialog.urgency.setExclusive(False)
        dialog.level_buttons[level].setChecked(False)
        dialog.urgency.setExclusive(True)
        dialog.level_buttons[level].setFocus()
        wait_until(dialog.level_buttons[level].hasFocus)
        self.take_events()
        QTest.keyClick(dialog.level_buttons[level], Qt.Key.Key_Up)
        point = self.checkpoint("concern-level-up")
        point["level"] = dialog.level()
        dialog.category.setCurrentIndex(category)
        dialog.level_buttons[level].setChecked(True)
        dialog.called.setFocus()
        settle()


class ActivateShownWindows(QObject):
    """Xvfb has no window manager: a window shown is not made active, nor is the window
    under a dialog once the dialog closes, so nothing in them would get the keyboard focus.
    Activate them as a desktop does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and watched.isWindow():
            if event.type() == QEvent.Type.Show and watched is not QApplication.activeWindow():
                watched.activateWindow()
            elif event.type() == QEvent.Type.Hide:
                parent = watched.parentWidget()
                under = parent.window() if parent is not None else None
                if under is not None and under.isVisible():
                    QTimer.singleShot(0, under.activateWindow)
        return False


def _focus_name() -> str:
    widget = QApplication.focusWidget()
    return widget.accessibleName() if widget is not None else ""


def main(argv: list[str]) -> int:
    report_path = Path(argv[0])
    app = create_application([sys.argv[0]])
    style.apply(app, dark=False)
    reporter = CrashReporter(parent=app)
    reporter.install()
    runner = TaskRunner(crash_reporter=reporter, parent=app)
    activator = ActivateShownWindows(app)
    app.installEventFilter(activator)
    bus = Bus()
    try:
        with tempfile.TemporaryDirectory(prefix="circlesdesk-atspi-") as temporary:
            driver = Driver(bus, runner, Path(temporary))
            started = time.monotonic()
            driver.first_run_and_unlock()
            driver.report["typing_seconds"] = round(time.monotonic() - started, 1)
            driver.tour()
            driver.report["seconds"] = round(time.monotonic() - started, 1)
            runner.wait_all()
            driver.report["bugs"] = reporter.count
            report_path.write_text(json.dumps(driver.report, indent=1), encoding="utf-8")
    finally:
        reporter.uninstall()
        bus.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
