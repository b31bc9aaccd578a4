"""The volunteer's daily-use pages, and how the main window gets them.

The shell makes each page from a :class:`~circlesdesk.ui.main_window.PageContext` when it is
first shown and destroys it when the vault locks, so the vault is never captured here: every
factory takes it from the context it is given. Use either::

    register_pages(window)                      # adds the pages to a MainWindow
    Session(..., pages=lambda role: volunteer_pages())   # or hand the specs to the session
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from circlesdesk.services import drafts
from circlesdesk.ui.main_window import MainWindow, PageContext, PageSpec
from circlesdesk.ui.volunteer.history import HistoryPage
from circlesdesk.ui.volunteer.home import HomePage
from circlesdesk.ui.volunteer.meeting_editor import DRAFT_KIND, MeetingEditor
from circlesdesk.ui.volunteer.search import SearchPage
from circlesdesk.ui.volunteer.sync_page import SyncPage

HOME, MEETING, HISTORY, SEARCH, SYNC = "home", "meeting", "history", "search", "sync"
P = TypeVar("P", bound=QWidget)

__all__ = [
    "HISTORY",
    "HOME",
    "MEETING",
    "SEARCH",
    "SYNC",
    "HistoryPage",
    "HomePage",
    "MeetingEditor",
    "SearchPage",
    "SyncPage",
    "register_pages",
    "volunteer_pages",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("VolunteerPages", text)


def _page(context: PageContext, key: str, kind: type[P]) -> P:
    """Show a page and return its widget (made now if it was not yet)."""
    context.go_to(key)
    widget = context.window.page(key)
    if not isinstance(widget, kind):
        raise TypeError(f"page {key!r} is not a {kind.__name__}")
    return widget


def make_home(context: PageContext) -> HomePage:
    """Home: the cards lead to the editor, the history and the sync page."""
    page = HomePage(context.vault, runner=context.runner)
    page.record_meeting_requested.connect(
        lambda code: _page(context, MEETING, MeetingEditor).new_meeting(code)
    )
    page.open_draft_requested.connect(
        lambda draft_id: _page(context, MEETING, MeetingEditor).open_draft(draft_id)
    )
    page.history_requested.connect(
        lambda code: _page(context, HISTORY, HistoryPage).show_circle(code)
    )
    page.sync_requested.connect(lambda: context.go_to(SYNC))
    return page


def make_meeting_editor(context: PageContext) -> MeetingEditor:
    """The editor, reopening the newest unfinished draft if there is one."""
    unfinished = drafts.open_drafts(context.vault, kind=DRAFT_KIND)
    return MeetingEditor(
        context.vault,
        draft_id=unfinished[0].id if unfinished else None,
        runner=context.runner,
    )


def make_history(context: PageContext) -> HistoryPage:
    """The history of one circle at a time; a meeting opened there can be changed."""
    page = HistoryPage(context.vault, runner=context.runner)
    page.edit_meeting_requested.connect(
        lambda uuid: _page(context, MEETING, MeetingEditor).edit_meeting(uuid)
    )
    return page


def make_search(context: PageContext) -> SearchPage:
    """Search across minutes, concerns and contacts; a meeting found can be changed."""
    page = SearchPage(context.vault, runner=context.runner)
    page.edit_meeting_requested.connect(
        lambda uuid: _page(context, MEETING, MeetingEditor).edit_meeting(uuid)
    )
    return page


def make_sync(context: PageContext) -> SyncPage:
    """Send to the office and open its replies, on a worker thread."""
    return SyncPage(context.vault, runner=context.runner)


def volunteer_pages() -> list[PageSpec]:
    """The volunteer's pages, in navigation order (keys match the shell's placeholders)."""
    return [
        PageSpec(HOME, _tr("Home"), "home", make_home),
        PageSpec(MEETING, _tr("Record a meeting"), "meeting", make_meeting_editor),
        PageSpec(HISTORY, _tr("History"), "history", make_history),
        PageSpec(SEARCH, _tr("Search"), "search", make_search),
        PageSpec(SYNC, _tr("Send and receive"), "sync", make_sync),
    ]


def register_pages(window: MainWindow) -> None:
    """Add the volunteer's pages to the main window (once, before the session starts)."""
    window.add_pages(volunteer_pages())
