"""The coordinator's office pages, and how the main window gets them.

The shell makes each page from a :class:`~circlesdesk.ui.main_window.PageContext` when it is
first shown and destroys it when the vault locks, so every factory takes the vault from the
context it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from circlesdesk.ui.main_window import PageContext, PageSpec
from circlesdesk.ui.office.concerns import ConcernQueuePage
from circlesdesk.ui.office.inbox import InboxPage

INBOX, CONCERNS = "inbox", "concerns"

__all__ = ["CONCERNS", "INBOX", "ConcernQueuePage", "InboxPage", "office_pages"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficePages", text)


def make_inbox(context: PageContext) -> InboxPage:
    """The inbox; its "Open the concern queue" leads to the queue."""
    page = InboxPage(context.vault, runner=context.runner)
    page.concerns_requested.connect(lambda: context.go_to(CONCERNS))
    return page


def make_concerns(context: PageContext) -> ConcernQueuePage:
    """The concern queue, its actions and the reply bundles."""
    return ConcernQueuePage(context.vault, runner=context.runner, clipboard=context.clipboard)


def office_pages() -> list[PageSpec]:
    """The office's own pages, in navigation order."""
    return [
        PageSpec(INBOX, _tr("Inbox"), "sync", make_inbox),
        PageSpec(CONCERNS, _tr("Concern queue"), "meeting", make_concerns),
    ]
