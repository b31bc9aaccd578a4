"""The user guide in the app: F1 opens it at the section for the page or dialog in view.

The guide is ``docs/user-guide.md``, shipped with the app (:func:`resources.user_guide`) and
shown as Markdown in a :class:`QTextBrowser`, so it reads offline. Which section belongs to
which page is said once, in :data:`PAGE_SECTIONS`; a dialog or window names its own section
with a ``help_section`` attribute.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from circlesdesk.ui import resources

log = logging.getLogger(__name__)

VOLUNTEERS = "4. Weekly use — volunteers"
COORDINATORS = "5. Weekly use — coordinators"
PAGE_SECTIONS = {
    "home": VOLUNTEERS,
    "meeting": VOLUNTEERS,
    "history": VOLUNTEERS,
    "search": VOLUNTEERS,
    "sync": VOLUNTEERS,
    "inbox": COORDINATORS,
    "concerns": COORDINATORS,
    "minutes": COORDINATORS,
    "conflicts": COORDINATORS,
    "circles": COORDINATORS,
    "referrals": COORDINATORS,
    "reports": COORDINATORS,
    "risk-reviews": COORDINATORS,
    "volunteer-records": COORDINATORS,
    "disclosures": COORDINATORS,
    "retention": COORDINATORS,
    "audit": COORDINATORS,
    "settings": COORDINATORS,
    "devices": "3. Enrollment: introducing a laptop to the office",
    "backups": "5a. Backups — coordinators",
    "people": "5b. Several people at the office",
}
FIRST_RUN = "2. First run"
TROUBLE = "When something goes wrong"


class HelpViewer(QDialog):
    """The user guide, opened at one section; links to the web open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CirclesDesk user guide"))
        self.setAccessibleName(self.tr("CirclesDesk user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(resources.user_guide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def show_section(self, title: str) -> bool:
        """Scroll so the heading ``title`` is at the top (its text cursor there, for screen
        readers); False (the guide from its start) if the guide has no such heading."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == title:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = document.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        log.warning("the user guide has no section the app asked for")
        self.browser.verticalScrollBar().setValue(0)
        return False

    def heading_in_view(self) -> str:
        """The first heading at or below the top of the view (for tests and screen readers)."""
        document = self.browser.document()
        top = self.browser.verticalScrollBar().value()
        block = document.begin()
        while block.isValid():
            rect = document.documentLayout().blockBoundingRect(block)
            if block.blockFormat().headingLevel() > 0 and rect.bottom() > top:
                return block.text().strip()
            block = block.next()
        return ""


def section_for(window: QWidget | None, page_key: str | None) -> str | None:
    """The section for what is in view: the active dialog's own, else the page's."""
    own = getattr(window, "help_section", None)
    if isinstance(own, str) and own:
        return own
    return PAGE_SECTIONS.get(page_key or "")


def open_guide(parent: QWidget | None, section: str | None) -> HelpViewer:
    """Open the guide over ``parent`` at ``section`` (its start if None)."""
    viewer = HelpViewer(parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    if section:
        viewer.show_section(section)
    return viewer
