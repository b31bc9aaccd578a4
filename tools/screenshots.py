"""Screenshots for the docs, made offscreen from a demo organisation in a temporary folder.

    python -m tools.screenshots docs/screenshots     (``make screenshots``)

Writes the first-run wizard's role, recovery-code and fingerprint pages, the unlock window
showing a wrong-passphrase error, and a demo volunteer's evening through the real windows, at a
laptop's window size: the meeting written up in the editor (top, then minutes and life areas),
Home with its cards and the draft's reminder, the concern dialog at urgency 3, Send and receive
after the file for the office was saved, the circle's history (and the concern opened) once the
office has answered the concern, and a search for a word from the minutes. The office's side is
real too: it sets its phone number and answers through its own vault, and its reply files are
opened by the volunteer's vault. Everything is fictional (the synthetic demo); the temporary
folder is deleted afterwards.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMessageLogContext,
    QSize,
    QTime,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QScrollArea, QWidget, QWizard

from circlesdesk.domain.enums import AttendanceStatus, PersonRole, ResponseAction
from circlesdesk.domain.records import (
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    new_record_id,
    utc_now,
)
from circlesdesk.domain.vetting import VettingStatus
from circlesdesk.services import circles, demo, meetings, office_config, reports
from circlesdesk.services import sync as sync_service
from circlesdesk.ui import dialogs, office, style
from circlesdesk.ui.app import create_application
from circlesdesk.ui.crash import CrashReporter
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.main_window import MainWindow
from circlesdesk.ui.office.enroll_dialog import EnrollDialog
from circlesdesk.ui.office.reports import ReportsPage
from circlesdesk.ui.report_pdf import write_pdf
from circlesdesk.ui.session import Session, State
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer import HISTORY, HOME, MEETING, SEARCH, SYNC
from circlesdesk.ui.volunteer.history import HistoryPage
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.ui.volunteer.search import SearchPage
from circlesdesk.ui.volunteer.sync_page import SyncPage
from circlesdesk.vault import database, store
from circlesdesk.vault.keyslots import KdfParams
from circlesdesk.vault.vault import Vault

DEMO_PASSPHRASE = "demo kettle maple window"  # noqa: S105 (a fictional demo's passphrase)
FAST_KDF = KdfParams(memory_kib=65536, iterations=1, lanes=1)
WIZARD_SIZE = QSize(860, 660)
UNLOCK_SIZE = QSize(680, 380)
MAIN_SIZE = QSize(1100, 720)
DIALOG_WIDTH = 820
LOCALE = QLocale("en_GB")

# The demo: seed 46 gives a volunteer in two circles with meetings, concerns and contacts.
DEMO_CIRCLES = 3
DEMO_VOLUNTEERS_PER_CIRCLE = 4
DEMO_WEEKS = 16
DEMO_SEED = 46
OFFICE_PHONE = "01632 960000"  # a UK number reserved for drama: it rings nowhere
SEARCH_WORD = "appointment"

# What the volunteer types ({name} is the core member's initial, as the demo's minutes use).
MINUTES = (
    "{name} arrived on time but was quieter than usual and looked tired.\n\n"
    "Work and money: the warehouse has cut {name}'s hours again, so the rent is a worry. We "
    "went through the budget sheet together.\n\n"
    'Health: {name} admitted to drinking at the weekend "to switch off", twice since we last '
    "met. We talked about what helped last time. The appointment with the talking therapies "
    "service is on Thursday.\n\n"
    "Agreed for next time: bring the letter from the housing officer."
)
LIFE_AREAS = ("work-learning", "money", "health")
ENGAGEMENT = 3
CONCERN_CATEGORY = "substance-use"
CONCERN = (
    "{name} has been drinking again, twice since the last meeting. Not drinking alcohol is one "
    "of the licence conditions."
)
CONCERN_ACTION = "Phoned the coordinator from the car park straight after the meeting."
OFFICE_RESPONSE = (
    "Thank you for phoning straight away. I have told the offender manager, who will see "
    "{name} on Monday. Carry on meeting as planned and tell me about anything new."
)
OFFICE_ACKNOWLEDGEMENT = "Thanks, noted. Let me know if it gets worse."

PageT = TypeVar("PageT", bound=QWidget)


def _quiet_offscreen_limits(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen platform's "does not support raise()" notes; print the rest."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def _wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle() -> None:
    """Let posted events, deferred deletes and layout requests run until the screen is still.

    (A widget replaced by a refresh is deleted when control returns to the event loop; here
    nothing returns to it, so the deletes are delivered by hand, or the old widget is grabbed.)
    """
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        time.sleep(0.02)


def _fit_height(dialog: QDialog, *, width: int, most: int = 1000) -> None:
    """Make a dialog as tall as its content, up to ``most`` pixels.

    (A dialog grows to its content only as far as the screen allows; the offscreen screen is
    800 pixels tall, a laptop's is taller.)
    """
    dialog.resize(width, dialog.height())
    _settle()
    area = dialog.findChild(QScrollArea)
    body = area.widget() if area is not None else None
    if area is None or body is None:
        return
    needed = body.heightForWidth(area.viewport().width())
    if needed < 0:
        needed = body.sizeHint().height()
    extra = needed - area.viewport().height()
    dialog.resize(width, min(most, dialog.height() + max(extra, 0)))
    _settle()


def _scroll_to(page: QWidget, child: QWidget, *, above: int = 0) -> None:
    """Scroll a page so that ``child`` is at the top of its view (``above`` pixels lower)."""
    area = page.findChild(QScrollArea)
    content = area.widget() if area is not None else None
    if area is None or content is None:
        return
    _settle()
    top = child.mapTo(content, child.rect().topLeft()).y()
    area.verticalScrollBar().setValue(top - above)


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    _settle()
    path = folder / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")
    return path


@contextlib.contextmanager
def _chosen_paths(*, folder: Path, file: Path | None = None) -> Iterator[None]:
    """Answer the folder and file dialogs as a volunteer would, then put the real ones back."""
    ask_folder, ask_open_file = dialogs.ask_folder, dialogs.ask_open_file

    def chosen_folder(parent: QWidget, title: str) -> Path | None:
        del parent, title
        return folder

    def chosen_file(parent: QWidget, title: str, name_filter: str) -> Path | None:
        del parent, title, name_filter
        return file

    dialogs.ask_folder, dialogs.ask_open_file = chosen_folder, chosen_file
    try:
        yield
    finally:
        dialogs.ask_folder, dialogs.ask_open_file = ask_folder, ask_open_file


# -- the demo behind the screens --------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class DemoVolunteer:
    """The volunteer whose evening is shown, and the circle their meeting is for."""

    name: str
    folder: Path
    circle_code: str
    core_member: str  # as the minutes call them ("E.")


def pick_volunteer(built: demo.Demo) -> DemoVolunteer:
    """The volunteer with the most to show: most circles, then concerns, contacts, meetings.

    The meeting is written for the circle of their newest concern (else their first circle),
    so its history shows the office's answers to both.
    """
    best: tuple[tuple[int, ...], DemoVolunteer] | None = None
    for name, folder in sorted(built.volunteers.items()):
        with Vault.unlock(folder, passphrase=DEMO_PASSPHRASE) as vault:
            listed = circles.list_circles(vault)
            if not listed:
                continue
            raised = store.find(vault.conn, Concern, order_by=("raised_at",), descending=True)
            score = (
                len(listed),
                min(len(raised), 2),
                min(store.count(vault.conn, Contact), 2),
                store.count(vault.conn, Meeting),
            )
            circle = next((c for c in listed if raised and c.uuid == raised[0].circle_uuid), None)
            circle = circle or listed[0]
            core = next(
                (
                    e.person.name
                    for e in circles.roster(vault, circle.uuid)
                    if e.membership.role == PersonRole.CORE_MEMBER.value
                ),
                "",
            )
        candidate = DemoVolunteer(
            name=name,
            folder=folder,
            circle_code=circle.code,
            core_member=core.split()[-1] if core else "C.",
        )
        if best is None or score > best[0]:
            best = (score, candidate)
    if best is None:
        raise ValueError("the demo has no volunteer in a circle")
    return best[1]


def office_gives_phone_number(built: demo.Demo, volunteer: DemoVolunteer, work: Path) -> None:
    """The office sets its phone number and sends it to the volunteer, who opens the file.

    (The demo's office starts with no number; the concern dialog shows it at urgency 3.)
    """
    with Vault.unlock(built.office, passphrase=DEMO_PASSPHRASE) as office:
        config = meetings.office_config(office)
        if config is None:
            raise ValueError("the demo office has no configuration")
        with database.transaction(office.conn):
            store.save(office.conn, config.revised(phone=OFFICE_PHONE))
        with Vault.unlock(volunteer.folder, passphrase=DEMO_PASSPHRASE) as vault:
            bundles = sync_service.export(office, to=vault.info.device_id)
            outbox = work / "office-outbox"
            outbox.mkdir(exist_ok=True)
            for path in sync_service.write_bundles(bundles, out=None, out_dir=outbox):
                sync_service.import_file(vault, path)


def office_answers(
    built: demo.Demo, volunteer: DemoVolunteer, *, device: str, bundle: Path, outbox: Path
) -> tuple[str, Path]:
    """At the office: open the volunteer's file, answer their two newest concerns, write the
    reply for their laptop. Returns the newest concern's uuid and the reply's path."""
    with Vault.unlock(built.office, passphrase=DEMO_PASSPHRASE) as office:
        sync_service.import_file(office, bundle)
        raised = store.find(
            office.conn, Concern, origin=device, order_by=("raised_at",), descending=True
        )
        if not raised:
            raise ValueError("the volunteer's file holds no concern")
        answers = [
            (ResponseAction.RESPOND, OFFICE_RESPONSE.format(name=volunteer.core_member)),
            (ResponseAction.ACKNOWLEDGE, OFFICE_ACKNOWLEDGEMENT),
        ]
        with database.transaction(office.conn):
            for concern, (action, text) in zip(raised, answers, strict=False):
                store.save(
                    office.conn,
                    ConcernResponse(
                        uuid=new_record_id(),
                        origin=office.info.device_id,
                        concern_uuid=concern.uuid,
                        action=action.value,
                        responded_at=utc_now(),
                        text=text,
                    ),
                )
        bundles = sync_service.export(office, to=device)
        outbox.mkdir(exist_ok=True)
        [reply] = sync_service.write_bundles(bundles, out=None, out_dir=outbox)
    return raised[0].uuid, reply


# -- the windows ------------------------------------------------------------------------------


def _wizard_pages(folder: Path, work: Path, runner: TaskRunner) -> list[Path]:
    written = []
    wizard = FirstRunWizard(work / "new-volunteer", runner, kdf=FAST_KDF)
    wizard.resize(WIZARD_SIZE)
    wizard.show()
    _settle()
    wizard.role_page.volunteer.setChecked(True)
    written.append(_save(wizard, folder, "first-run-role.png"))
    wizard.next()
    wizard.name_page.name.setText("Sam Taylor")
    wizard.next()
    wizard.passphrase_page.fields.first.setText(DEMO_PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(DEMO_PASSPHRASE)
    wizard.next()
    _wait_until(lambda: wizard.currentId() == FirstRunWizard.PAGE_RECOVERY)
    written.append(_save(wizard, folder, "first-run-recovery-code.png"))
    wizard.recovery_page.confirmed.setChecked(True)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    _wait_until(lambda: wizard.currentId() == FirstRunWizard.PAGE_ENROLL)
    wizard.enroll_page.saved.show_success(
        QCoreApplication.translate("EnrollPage", "Saved as {name} in {folder}.").format(
            name="enroll-3f9a61c2.req", folder="/media/usb"
        )
    )
    written.append(_save(wizard, folder, "first-run-fingerprint.png"))
    vault = wizard.take_vault()
    if vault is not None:
        vault.lock()
    wizard.hide()
    wizard.deleteLater()
    return written


def _page(window: MainWindow, key: str, kind: type[PageT]) -> PageT:
    """Show a page of the main window and return it, laid out."""
    window.show_page(key)
    page = window.page(key)
    if not isinstance(page, kind):
        raise TypeError(f"page {key!r} is not a {kind.__name__}")
    _settle()
    return page


def _write_up_meeting(editor: MeetingEditor, vault: Vault, volunteer: DemoVolunteer) -> None:
    """Fill in the editor as a volunteer would after a meeting."""
    name = volunteer.core_member
    editor.circle.set_code(volunteer.circle_code)
    started = QTime.currentTime().addSecs(-2 * 3600)
    editor.start_time.setTime(QTime(started.hour(), started.minute() // 15 * 15))
    statuses = [AttendanceStatus.LATE, AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES]
    circle = circles.find_circle(vault, volunteer.circle_code)
    for index, entry in enumerate(circles.roster(vault, circle.uuid)):
        status = AttendanceStatus.PRESENT if index == 0 else statuses[(index - 1) % len(statuses)]
        editor.attendance_row(entry.person.name).set_status(status.value)
    editor.minutes.setPlainText(MINUTES.format(name=name))
    for key in LIFE_AREAS:
        if key in editor.area_boxes:
            editor.area_boxes[key].setChecked(True)
    rating = editor.engagement.button(ENGAGEMENT)
    if rating is not None:
        rating.setChecked(True)
    editor.flush()


def _concern_dialog(editor: MeetingEditor, folder: Path, volunteer: DemoVolunteer) -> Path:
    """Add an urgency 3 concern: the phone prompt, the call ticked with its time, the details."""
    dialog = editor.add_concern()
    dialog.level_buttons[3].setChecked(True)
    dialog.called.setChecked(True)
    category = dialog.category.findData(CONCERN_CATEGORY)
    dialog.category.setCurrentIndex(max(category, 0))
    dialog.description.setPlainText(CONCERN.format(name=volunteer.core_member))
    dialog.action_taken.setPlainText(CONCERN_ACTION)
    dialog.call_time.setDateTime(dialog.call_time.dateTime().addSecs(-20 * 60))
    dialog.called.setFocus()
    _wait_until(dialog.isVisible)
    _fit_height(dialog, width=DIALOG_WIDTH)
    written = _save(dialog, folder, "concern-urgent.png")
    dialog.accept()
    _settle()
    if len(editor.concerns()) != 1:
        raise RuntimeError("the concern did not join the meeting")
    return written


def _volunteer_windows(
    folder: Path, work: Path, built: demo.Demo, volunteer: DemoVolunteer, runner: TaskRunner
) -> list[Path]:
    written = []
    session = Session(volunteer.folder, runner=runner, kdf=FAST_KDF, autolock_ms=3_600_000)
    try:
        session.start()
        unlock = session.unlock_window
        assert unlock is not None
        unlock.resize(UNLOCK_SIZE)
        unlock.unlock_panel.passphrase.setText("not my passphrase")
        unlock.unlock_panel.unlock_button.click()
        _wait_until(lambda: bool(unlock.error_text))
        written.append(_save(unlock, folder, "unlock-wrong-passphrase.png"))
        unlock.unlock_panel.passphrase.setText(DEMO_PASSPHRASE)
        unlock.unlock_panel.unlock_button.click()
        _wait_until(lambda: session.state is State.UNLOCKED)
        window, vault = session.main_window, session.vault
        assert window is not None and vault is not None
        window.resize(MAIN_SIZE)
        _settle()

        # After the meeting: write it up (kept as a draft), look at Home, add the concern, save.
        editor = _page(window, MEETING, MeetingEditor)
        _write_up_meeting(editor, vault, volunteer)
        written.append(_save(window, folder, "meeting-editor.png"))
        _page(window, HOME, QWidget)
        written.append(_save(window, folder, "home.png"))
        editor = _page(window, MEETING, MeetingEditor)
        written.append(_concern_dialog(editor, folder, volunteer))
        minutes_label = next(
            label for label in editor.findChildren(QLabel) if label.buddy() is editor.minutes
        )
        _scroll_to(editor, minutes_label, above=4)
        written.append(_save(window, folder, "meeting-editor-minutes.png"))
        editor.save()
        if editor.banner.is_error:
            raise RuntimeError("the meeting was not saved")

        # Send the file to the office.
        usb = work / "USB stick"
        usb.mkdir()
        sync = _page(window, SYNC, SyncPage)
        with _chosen_paths(folder=usb):
            sync.send_to_office()
            _wait_until(lambda: not sync.busy)
        if sync.alert.is_error:
            raise RuntimeError("the file for the office was not written")
        written.append(_save(window, folder, "send-and-receive.png"))

        # The office answers; the volunteer opens the reply.
        [bundle] = usb.iterdir()
        concern_uuid, reply = office_answers(
            built, volunteer, device=vault.info.device_id, bundle=bundle, outbox=work / "outbox"
        )
        with _chosen_paths(folder=usb, file=reply):
            sync.open_from_office()
            _wait_until(lambda: not sync.busy)
        if sync.alert.is_error:
            raise RuntimeError("the office's reply was not opened")

        history = _page(window, HISTORY, HistoryPage)
        history.show_circle(volunteer.circle_code)
        model = history.model
        for row in range(model.rowCount()):
            if model.entry(row).record.uuid == concern_uuid:
                history.view.selectRow(row)
                break
        history.view.setFocus()
        written.append(_save(window, folder, "history.png"))
        view = history.open_record(history.view.currentIndex())
        if view is None:
            raise RuntimeError("the concern did not open")
        _wait_until(view.isVisible)
        _fit_height(view, width=view.width())
        written.append(_save(view, folder, "history-concern.png"))
        view.accept()

        search = _page(window, SEARCH, SearchPage)
        search.box.setText(SEARCH_WORD)
        search.run_search()
        written.append(_save(window, folder, "search.png"))
    finally:
        session.shutdown()
        session.deleteLater()
    return written


# -- the office's side ------------------------------------------------------------------------


def volunteers_send(built: demo.Demo, inbox: Path) -> list[Path]:
    """Every demo volunteer writes the file for the office into the shared folder."""
    written: list[Path] = []
    for folder in built.volunteers.values():
        with Vault.unlock(folder, passphrase=DEMO_PASSPHRASE) as vault:
            bundles = sync_service.export(vault)
            written += sync_service.write_bundles(bundles, out=None, out_dir=inbox)
    return written


def _enrollment_request(work: Path) -> Path:
    """A new volunteer's request file (the laptop the first-run wizard set up)."""
    with Vault.unlock(work / "new-volunteer", passphrase=DEMO_PASSPHRASE) as vault:
        data, _name = sync_service.enrollment_request(vault)
    path = work / "enroll-request.req"
    path.write_bytes(data)
    return path


def _report_pdf_page(folder: Path, work: Path, vault: Vault, page: ReportsPage) -> Path:
    """The shown report as a PDF, its first page rendered to PNG (poppler's pdftoppm)."""
    shown = page.shown
    if shown is None:
        raise RuntimeError("no report is shown")
    pdf = work / "report.pdf"
    title, meta = reports.title_and_meta(
        vault, shown.report, period=shown.period, names=shown.names
    )
    write_pdf(pdf, title, meta, shown.tables, marking=office_config.document_marking(vault))
    stem = work / "report-page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    target = folder / "report-pdf-page.png"
    shutil.copyfile(stem.with_suffix(".png"), target)
    print(f"wrote {target}")
    return target


def _office_windows(folder: Path, work: Path, built: demo.Demo, runner: TaskRunner) -> list[Path]:
    """The coordinator's Monday: the inbox, the day's work, the people and the reports."""
    written = []
    inbox_folder = work / "shared folder"
    inbox_folder.mkdir()
    files = volunteers_send(built, inbox_folder)
    request = _enrollment_request(work)
    session = Session(built.office, runner=runner, kdf=FAST_KDF, autolock_ms=3_600_000)
    try:
        session.start()
        unlock = session.unlock_window
        assert unlock is not None
        unlock.unlock_panel.passphrase.setText(DEMO_PASSPHRASE)
        unlock.unlock_panel.unlock_button.click()
        _wait_until(lambda: session.state is State.UNLOCKED)
        window, vault = session.main_window, session.vault
        assert window is not None and vault is not None
        window.resize(MAIN_SIZE)

        inbox = _page(window, office.INBOX, office.InboxPage)
        inbox.add_paths(files)
        _wait_until(lambda: not inbox.busy)
        written.append(_save(window, folder, "office-inbox.png"))
        inbox.import_all_ready()
        _wait_until(lambda: not inbox.busy)
        written.append(_save(window, folder, "office-inbox-imported.png"))

        queue = _page(window, office.CONCERNS, office.ConcernQueuePage)
        queue.view.setFocus()
        written.append(_save(window, folder, "office-concern-queue.png"))
        disclosure = queue.disclose()
        if disclosure is None:
            raise RuntimeError("the disclosure form did not open")
        disclosure.agency.setText("Police (offender manager)")
        _wait_until(disclosure.isVisible)
        _fit_height(disclosure, width=DIALOG_WIDTH)
        written.append(_save(disclosure, folder, "office-disclosure.png"))
        disclosure.agency.clear()  # nothing typed is left, so closing it asks nothing
        disclosure.reject()
        _wait_until(lambda: not disclosure.isVisible())

        minutes = _page(window, office.MINUTES, office.MinutesReviewPage)
        _wait_until(lambda: minutes.model.rowCount() > 0)
        minutes.view.selectRow(0)
        written.append(_save(window, folder, "office-minutes-review.png"))

        circles_page = _page(window, office.CIRCLES, office.CirclesPage)
        circles_page.view.selectRow(0)
        written.append(_save(window, folder, "office-circles.png"))
        referrals_page = _page(window, office.REFERRALS, office.ReferralsPage)
        referrals_page.view.selectRow(0)
        written.append(_save(window, folder, "office-referrals.png"))
        _page(window, office.CONFLICTS, office.ConflictsPage)
        written.append(_save(window, folder, "office-conflicts.png"))

        devices = _page(window, office.DEVICES, office.DevicesPage)
        devices.view.selectRow(0)
        written.append(_save(window, folder, "office-devices.png"))
        dialog = EnrollDialog(vault, runner=runner, parent=window)
        dialog.load_request(request)
        dialog.show()
        _fit_height(dialog, width=DIALOG_WIDTH)
        written.append(_save(dialog, folder, "office-enroll.png"))
        dialog.reject()

        reports_page = _page(window, office.REPORTS, ReportsPage)
        reports_page.quarter_choice.setCurrentIndex(0)
        reports_page.show_report()
        _wait_until(lambda: reports_page.task is None and reports_page.shown is not None)
        reports_page.table_choice.setCurrentIndex(1)
        written.append(_save(window, folder, "office-reports.png"))
        reports_page.tabs.setCurrentIndex(1)
        written.append(_save(window, folder, "office-reports-charts.png"))
        written.append(_report_pdf_page(folder, work, vault, reports_page))

        _page(window, office.DISCLOSURES, office.DisclosuresPage)
        written.append(_save(window, folder, "office-disclosures.png"))
        audit_page = _page(window, office.AUDIT, office.AuditLogPage)
        audit_page.view.setFocus()
        written.append(_save(window, folder, "office-audit-log.png"))
        _page(window, office.RETENTION, office.RetentionPage)
        written.append(_save(window, folder, "office-retention.png"))
        _page(window, office.SETTINGS, office.OfficeSettingsPage)
        written.append(_save(window, folder, "office-settings.png"))
        _page(window, office.BACKUPS, office.BackupsPage)
        written.append(_save(window, folder, "office-backups.png"))
        risk = _page(window, office.RISK_REVIEWS, office.RiskReviewsPage)
        flagged = [len(row.flags) for row in risk.model.rows()]
        if flagged:
            risk.view.selectRow(flagged.index(max(flagged)))
        written.append(_save(window, folder, "office-risk-reviews.png"))
        records = _page(window, office.VOLUNTEER_RECORDS, office.VolunteerRecordsPage)
        # The volunteer whose DBS check has expired, as the Inbox warned.
        expired = [
            any(status is VettingStatus.EXPIRED for _check, status in row.checks.values())
            for row in records.model.rows()
        ]
        if any(expired):
            records.view.selectRow(expired.index(True))
        written.append(_save(window, folder, "office-volunteer-records.png"))
    finally:
        session.shutdown()
        session.deleteLater()
    return written


def take_screenshots(
    folder: Path,
    *,
    runner: TaskRunner,
    circles: int = DEMO_CIRCLES,
    volunteers_per_circle: int = DEMO_VOLUNTEERS_PER_CIRCLE,
    weeks: int = DEMO_WEEKS,
    seed: int = DEMO_SEED,
) -> list[Path]:
    """Build a demo organisation in a temporary folder and write every screenshot into
    ``folder``; returns their paths. Needs the application set up (style applied)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    locale = QLocale()
    QLocale.setDefault(LOCALE)  # dates as a volunteer in England sees them
    try:
        with tempfile.TemporaryDirectory(prefix="circlesdesk-screenshots-") as temporary:
            work = Path(temporary)
            print("building the demo organisation…")
            built = demo.build_demo(
                work / "demo",
                passphrase=DEMO_PASSPHRASE,
                kdf=FAST_KDF,
                circles=circles,
                volunteers_per_circle=volunteers_per_circle,
                weeks=weeks,
                seed=seed,
            )
            volunteer = pick_volunteer(built)
            office_gives_phone_number(built, volunteer, work)
            written += _wizard_pages(folder, work, runner)
            written += _volunteer_windows(folder, work, built, volunteer, runner)
            written += _office_windows(folder, work, built, runner)
            runner.wait_all()
            _settle()
    finally:
        QLocale.setDefault(locale)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Write the screenshots into the folder given (default ``docs/screenshots``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0] if args else "docs/screenshots")
    qInstallMessageHandler(_quiet_offscreen_limits)
    app = create_application([sys.argv[0]])
    style.apply(app, dark=False)
    reporter = CrashReporter(parent=app)
    reporter.install()
    runner = TaskRunner(crash_reporter=reporter, parent=app)
    started = time.monotonic()
    try:
        take_screenshots(folder, runner=runner)
    finally:
        reporter.uninstall()
    if reporter.count:
        print("a bug was reported while taking screenshots; see the log", file=sys.stderr)
        return 1
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
