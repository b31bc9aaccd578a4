"""Which pages the main window shows, in order: the one list to edit when a page is added.

Each entry is a :class:`~circlesdesk.ui.main_window.PageSpec`: a stable key, a translated
title, an icon name from ``resources/icons`` and a factory ``(PageContext) -> QWidget``. The
daily-use pages (home cards, meeting editor, history, search, sync) replace the placeholders
here; see ``main_window.py`` for what a page may define (``page_shown``, ``before_lock``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from circlesdesk.domain.enums import Role
from circlesdesk.ui.main_window import PageContext, PageFactory, PageSpec
from circlesdesk.ui.widgets import heading, hint


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


class PlaceholderPage(QWidget):
    """A page that is not built yet: its title and one sentence about what will be there."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(title, self))
        body = hint(text, self)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(body)
        layout.addStretch(1)


def placeholder(title: str, text: str) -> PageFactory:
    """A factory for a :class:`PlaceholderPage`."""

    def make(_context: PageContext) -> QWidget:
        return PlaceholderPage(title, text)

    return make


def default_pages(role: Role) -> list[PageSpec]:
    """The pages for a vault of this role, in navigation order."""
    home = _tr("Home")
    record = _tr("Record a meeting")
    history = _tr("History")
    search = _tr("Search")
    sync = _tr("Sync")
    if role is Role.OFFICE:
        record_text = _tr("Meetings arrive here from your volunteers' bundles.")
        sync_text = _tr(
            "Import your volunteers' bundles and write their replies here (for now, use "
            "“circlesdesk import” and “circlesdesk export” in a terminal)."
        )
    else:
        record_text = _tr(
            "Write up this week's meeting here: who came, what was talked about, and any concern."
        )
        sync_text = _tr("Make the file you take to the office, and import the office's reply here.")
    return [
        PageSpec(
            "home",
            home,
            "home",
            placeholder(home, _tr("Your circles and what needs doing will be shown here.")),
        ),
        PageSpec("meeting", record, "meeting", placeholder(record, record_text)),
        PageSpec(
            "history",
            history,
            "history",
            placeholder(history, _tr("Past meetings, concerns and contacts will be listed here.")),
        ),
        PageSpec(
            "search",
            search,
            "search",
            placeholder(search, _tr("Find a word in any minutes, concern or contact here.")),
        ),
        PageSpec("sync", sync, "sync", placeholder(sync, sync_text)),
    ]
