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
    """The pages for a vault of this role, in navigation order.

    The office has its inbox and concern queue, then the circles' history and search.
    """
    from circlesdesk.ui.volunteer import HISTORY, SEARCH, volunteer_pages

    pages = volunteer_pages()
    if role is Role.VOLUNTEER:
        return pages
    # Imported only for the office: a volunteer's first unlock does not load the office's pages.
    from circlesdesk.ui.office import office_pages

    shared = {spec.key: spec for spec in pages if spec.key in (HISTORY, SEARCH)}
    return [*office_pages(), shared[HISTORY], shared[SEARCH]]
