"""The coordinator's office pages, and how the main window gets them.

The shell makes each page from a :class:`~circlesdesk.ui.main_window.PageContext` when it is
first shown and destroys it when the vault locks, so every factory takes the vault from the
context it is given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from circlesdesk.ui.main_window import PageContext, PageFactory, PageSpec
from circlesdesk.ui.office.audit import AuditLogPage
from circlesdesk.ui.office.backups import BackupsPage
from circlesdesk.ui.office.circles import CirclesPage
from circlesdesk.ui.office.concerns import ConcernQueuePage
from circlesdesk.ui.office.conflicts import ConflictsPage
from circlesdesk.ui.office.devices import DevicesPage
from circlesdesk.ui.office.disclosures import DisclosuresPage
from circlesdesk.ui.office.inbox import InboxPage
from circlesdesk.ui.office.minutes import MinutesReviewPage
from circlesdesk.ui.office.people import PeoplePage
from circlesdesk.ui.office.referrals import ReferralsPage
from circlesdesk.ui.office.reports import ReportsPage
from circlesdesk.ui.office.retention import RetentionPage
from circlesdesk.ui.office.risk_reviews import RiskReviewsPage
from circlesdesk.ui.office.settings import OfficeSettingsPage
from circlesdesk.ui.office.volunteer_records import VolunteerRecordsPage

INBOX, CONCERNS, MINUTES, REPORTS = "inbox", "concerns", "minutes", "reports"
AUDIT, SETTINGS, DEVICES, CONFLICTS = "audit", "settings", "devices", "conflicts"
CIRCLES, DISCLOSURES, RETENTION = "circles", "disclosures", "retention"
BACKUPS, REFERRALS = "backups", "referrals"
BACKUPS = "backups"
PEOPLE = "people"
RISK_REVIEWS = "risk-reviews"
VOLUNTEER_RECORDS = "volunteer-records"

__all__ = [
    "AUDIT",
    "BACKUPS",
    "CIRCLES",
    "CONCERNS",
    "CONFLICTS",
    "DEVICES",
    "DISCLOSURES",
    "INBOX",
    "MINUTES",
    "PEOPLE",
    "REFERRALS",
    "REPORTS",
    "RETENTION",
    "RISK_REVIEWS",
    "SETTINGS",
    "VOLUNTEER_RECORDS",
    "AuditLogPage",
    "BackupsPage",
    "CirclesPage",
    "ConcernQueuePage",
    "ConflictsPage",
    "DevicesPage",
    "DisclosuresPage",
    "InboxPage",
    "MinutesReviewPage",
    "OfficeSettingsPage",
    "PeoplePage",
    "ReferralsPage",
    "ReportsPage",
    "RetentionPage",
    "RiskReviewsPage",
    "VolunteerRecordsPage",
    "office_pages",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficePages", text)


def on_vault(page: Callable[..., QWidget]) -> PageFactory:
    """The factory of a page made from the vault and the task runner alone."""
    return lambda context: page(context.vault, runner=context.runner)


def make_inbox(context: PageContext) -> InboxPage:
    """The inbox; its "Open the concern queue" leads to the queue."""
    page = InboxPage(context.vault, runner=context.runner)
    page.concerns_requested.connect(lambda: context.go_to(CONCERNS))
    page.backups_requested.connect(lambda: context.go_to(BACKUPS))
    page.records_requested.connect(lambda: context.go_to(VOLUNTEER_RECORDS))
    return page


def make_concerns(context: PageContext) -> ConcernQueuePage:
    """The concern queue, its actions and the reply bundles."""
    return ConcernQueuePage(context.vault, runner=context.runner, clipboard=context.clipboard)


def office_pages() -> list[PageSpec]:
    """The office's own pages, in navigation order (new pages go before the settings, so the
    Ctrl+1 … Ctrl+9 shortcuts people have learnt keep their pages)."""
    return [
        PageSpec(INBOX, _tr("Inbox"), "sync", make_inbox),
        PageSpec(CONCERNS, _tr("Concern queue"), "meeting", make_concerns),
        PageSpec(MINUTES, _tr("Minutes review"), "review", on_vault(MinutesReviewPage)),
        PageSpec(
            CONFLICTS,
            _tr("Conflicts and forks"),
            "conflict",
            lambda context: ConflictsPage(
                context.vault, runner=context.runner, clipboard=context.clipboard
            ),
        ),
        PageSpec(CIRCLES, _tr("Circles"), "circles", on_vault(CirclesPage)),
        PageSpec(REFERRALS, _tr("Referrals"), "people", on_vault(ReferralsPage)),
        PageSpec(DEVICES, _tr("Volunteers and devices"), "people", on_vault(DevicesPage)),
        PageSpec(REPORTS, _tr("Reports"), "search", on_vault(ReportsPage)),
        PageSpec(DISCLOSURES, _tr("Disclosures"), "review", on_vault(DisclosuresPage)),
        PageSpec(AUDIT, _tr("Audit log"), "audit", on_vault(AuditLogPage)),
        PageSpec(RETENTION, _tr("Retention"), "lock", on_vault(RetentionPage)),
        PageSpec(BACKUPS, _tr("Backups"), "history", on_vault(BackupsPage)),
        PageSpec(PEOPLE, _tr("People"), "people", on_vault(PeoplePage)),
        PageSpec(RISK_REVIEWS, _tr("Risk reviews"), "review", on_vault(RiskReviewsPage)),
        PageSpec(
            VOLUNTEER_RECORDS, _tr("Volunteers' records"), "people", on_vault(VolunteerRecordsPage)
        ),
        PageSpec(SETTINGS, _tr("Office settings"), "settings", on_vault(OfficeSettingsPage)),
    ]
