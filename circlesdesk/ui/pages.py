"""Which pages the main window shows, in order: the one list to edit when a page is added.

Each entry is a :class:`~circlesdesk.ui.main_window.PageSpec`: a stable key, a translated
title, an icon name from ``resources/icons`` and a factory ``(PageContext) -> QWidget``; see
``main_window.py`` for what a page may define (``page_shown``, ``before_lock``).
"""

from __future__ import annotations

from circlesdesk.domain.enums import Role
from circlesdesk.ui.main_window import PageSpec


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
