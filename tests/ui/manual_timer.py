"""A QTimer that a test runs by hand: it never fires by itself, only when the test calls
``fire()``, so a test shows what happens when the time is up (or that nothing happens before)
without waiting for the clock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class ManualTimer(QTimer):
    """Counts its starts and runs only when :meth:`fire` is called."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self.starts = 0

    def start(self, msec: int | None = None) -> None:  # type: ignore[override]
        if msec is not None:
            self.setInterval(msec)
        self.running = True
        self.starts += 1

    def stop(self) -> None:
        self.running = False

    def isActive(self) -> bool:
        return self.running

    def fire(self) -> None:
        """The time is up: emit ``timeout`` if the timer is running, as Qt would."""
        if self.running:
            self.running = not self.isSingleShot()
            self.timeout.emit()


def manual_timers(made: list[ManualTimer]) -> Callable[[QObject], QTimer]:
    """A timer factory for code that makes its own timers: each is a ManualTimer, kept in
    ``made`` for the test to fire."""

    def make(parent: QObject) -> QTimer:
        made.append(ManualTimer(parent))
        return made[-1]

    return make
