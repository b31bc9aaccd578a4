"""`make screenshots`: every screen of the docs is written from a (tiny) demo organisation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from circlesdesk.ui.tasks import TaskRunner
from tools import screenshots

EXPECTED = {
    "first-run-role.png",
    "first-run-recovery-code.png",
    "first-run-fingerprint.png",
    "unlock-wrong-passphrase.png",
    "home.png",
    "meeting-editor.png",
    "meeting-editor-minutes.png",
    "concern-urgent.png",
    "send-and-receive.png",
    "history.png",
    "history-concern.png",
    "search.png",
    "office-inbox.png",
    "office-inbox-imported.png",
    "office-concern-queue.png",
    "office-disclosure.png",
    "office-minutes-review.png",
    "office-circles.png",
    "office-referrals.png",
    "office-conflicts.png",
    "office-devices.png",
    "office-enroll.png",
    "office-reports.png",
    "office-reports-charts.png",
    "report-pdf-page.png",
    "office-disclosures.png",
    "office-audit-log.png",
    "office-retention.png",
    "office-settings.png",
    "office-backups.png",
    "office-risk-reviews.png",
    "office-volunteer-records.png",
}


def colours(image: QImage, *, step: int = 7) -> int:
    """How many different colours a grid of the image's pixels has."""
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_every_screenshot_is_written_and_shows_something(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "screenshots"
    written = screenshots.take_screenshots(
        folder, runner=runner, circles=1, volunteers_per_circle=2, weeks=3, seed=1
    )
    assert {path.name for path in written} == EXPECTED
    assert {path.name for path in folder.iterdir()} == EXPECTED
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() >= 600 and image.height() >= 350, path.name
        assert colours(image) >= 8, f"{path.name} is nearly blank"
    main_window = QImage(str(folder / "history.png"))
    assert (main_window.width(), main_window.height()) == (
        screenshots.MAIN_SIZE.width(),
        screenshots.MAIN_SIZE.height(),
    )
