"""The first-run wizard: who you are, your name, your passphrase, your recovery code, and (for a
volunteer) introducing this laptop to the coordinator's office.

Pages: role → name → passphrase (commit: the vault is created on a worker thread) → recovery
code (commit: shown once) → for a volunteer, the enrollment request with the fingerprint and its
QR code → the welcome file (skippable). When it finishes, ``vault_ready`` carries the unlocked
vault to the session. The KDF is a constructor parameter so tests never calibrate.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from circlesdesk.domain import validation
from circlesdesk.domain.enums import Role
from circlesdesk.errors import UserError
from circlesdesk.services import setup
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import importer
from circlesdesk.ui import dialogs, enrollment, style
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.fingerprint import FingerprintView
from circlesdesk.ui.passphrase import PassphraseFields
from circlesdesk.ui.tasks import TaskContext, TaskRunner
from circlesdesk.ui.unlock import ScrollingPanel
from circlesdesk.ui.widgets import AlertLabel, BusyIndicator, hint, select_with_arrows, sentence
from circlesdesk.vault.keyslots import KdfParams
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

BUNDLE_FILTER = "CirclesDesk files (*.cdb);;All files (*)"


class _Page(QWizardPage):
    """A wizard page: an introduction under the title, the page's own content, an alert line
    for its errors, all in a scroll area.

    The content scrolls rather than being cut when a large font or a longer language needs more
    room than the window has. The introduction is a label in the page, not QWizard's subtitle:
    the wizard's header keeps a subtitle to two lines and cuts the rest.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        panel = ScrollingPanel(self)
        self.content = panel.content
        self.intro = sentence("", panel.body)
        self.intro.setVisible(False)
        self.content.addWidget(self.intro)
        self.alert = AlertLabel(panel.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(panel)

    def commit_page(self, title: str, intro: str, commit: str) -> None:
        """A page whose Next does what cannot be taken back (``commit`` names it): no way back
        from here."""
        self.setTitle(title)
        self.set_intro(intro)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, commit)

    def set_intro(self, text: str) -> None:
        """Show the sentence that introduces the page."""
        self.intro.setText(text)
        self.intro.setAccessibleName(text)
        self.intro.setVisible(bool(text))

    def first_run(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard


# -- 1. role ---------------------------------------------------------------------------------


class _ButtonText(QLabel):
    """The wrapping sentence beside or under a radio button or check box (whose own text would
    not wrap); clicking it clicks the button too, a larger target."""

    def __init__(self, text: str, choice: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.choice = choice
        self.setWordWrap(True)
        self.setBuddy(choice)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.choice.click()
        super().mouseReleaseEvent(event)


class RolePage(_Page):
    """ "I'm a volunteer" or "I'm a coordinator"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to CirclesDesk"))
        self.set_intro(
            self.tr(
                "CirclesDesk keeps your circle's records safe on this computer. "
                "First, how will you use it?"
            )
        )
        self.volunteer = QRadioButton(self.tr("I'm a &volunteer"), self)
        self.volunteer.setAccessibleName(self.tr("I'm a volunteer"))
        self.coordinator = QRadioButton(self.tr("I'm a &coordinator"), self)
        self.coordinator.setAccessibleName(self.tr("I'm a coordinator"))
        volunteer_text = self.tr("I meet with a circle and write up our meetings on this laptop.")
        coordinator_text = self.tr(
            "I run the office: I look after circles, volunteers and their laptops."
        )
        self.volunteer.setAccessibleDescription(volunteer_text)
        self.coordinator.setAccessibleDescription(coordinator_text)
        self.group = QButtonGroup(self)
        layout = self.content
        for button, text in (
            (self.volunteer, volunteer_text),
            (self.coordinator, coordinator_text),
        ):
            button.setProperty("choice", "big")
            self.group.addButton(button)
            explanation = _ButtonText(text, button, self)
            explanation.setProperty("choice", "explanation")
            button.toggled.connect(self.completeChanged)
            layout.addWidget(button)
            layout.addWidget(explanation)
        select_with_arrows(self.group)
        layout.addStretch(1)
        layout.addWidget(self.alert)

    def initializePage(self) -> None:
        (self.group.checkedButton() or self.volunteer).setFocus()  # typing starts here

    def isComplete(self) -> bool:
        return self.group.checkedButton() is not None

    def role(self) -> Role:
        """The role chosen."""
        return Role.OFFICE if self.coordinator.isChecked() else Role.VOLUNTEER


# -- 2. name ---------------------------------------------------------------------------------


class NamePage(_Page):
    """The volunteer's name, or the office's name and phone number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("Your name"))
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(40)
        self.phone.setAccessibleName(self.tr("Office phone number"))
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.phone_label = QLabel(self.tr("Office &phone number (optional):"), self)
        self.phone_label.setBuddy(self.phone)
        self.explanation = hint("", self)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.phone_label, self.phone)
        layout = self.content
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.alert)
        self.name.textChanged.connect(self.completeChanged)
        self.name.textChanged.connect(self.alert.clear_message)

    def initializePage(self) -> None:
        office = self.first_run().role() is Role.OFFICE
        if office:
            self.setTitle(self.tr("Your office"))
            self.set_intro(self.tr("This name is shown to your volunteers."))
            self.name_label.setText(self.tr("Office &name:"))
            self.name.setAccessibleName(self.tr("Office name"))
            self.explanation.setText(
                self.tr(
                    "The phone number is the one volunteers call about an urgent concern. "
                    "You can change both later."
                )
            )
        else:
            self.setTitle(self.tr("Your name"))
            self.set_intro(self.tr("Your coordinator sees this name when you send your records."))
            self.name_label.setText(self.tr("Your &name:"))
            self.name.setAccessibleName(self.tr("Your name"))
            self.explanation.setText(
                self.tr("Use the name your coordinator knows you by, for example “Ann Smith”.")
            )
        self.phone.setVisible(office)
        self.phone_label.setVisible(office)
        self.name.setFocus()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        office = self.first_run().role() is Role.OFFICE
        try:
            validation.name(
                self.name.text().strip(),
                field="office name" if office else "name",
                max_length=100,
            )
            if office:
                validation.text(
                    self.phone.text().strip(), field="coordinator phone number", required=False
                )
        except UserError as error:
            self.alert.show_error(user_text(error))
            return False
        return True


# -- 3. passphrase (creates the vault) -------------------------------------------------------


class PassphrasePage(_Page):
    """The passphrase, twice; leaving this page creates the vault on a worker thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commit_page(
            self.tr("Choose a passphrase"),
            self.tr(
                "You will type it each time you open CirclesDesk. It locks your records on "
                "this computer."
            ),
            self.tr("&Create my vault"),
        )
        self.fields = PassphraseFields(self)
        self.busy = BusyIndicator(self)
        layout = self.content
        layout.addWidget(self.fields)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.alert)
        self.fields.changed.connect(self.completeChanged)
        self.fields.changed.connect(self.alert.clear_message)
        self._creating = False

    def initializePage(self) -> None:
        self.fields.first.setFocus()

    def isComplete(self) -> bool:
        return self.fields.is_filled() and not self._creating

    def validatePage(self) -> bool:
        wizard = self.first_run()
        if wizard.vault is not None:
            return True
        if self._creating or not self.fields.check():
            return False
        self._start_creating(wizard)
        return False

    def _start_creating(self, wizard: FirstRunWizard) -> None:
        folder, kdf = wizard.folder, wizard.kdf
        role = wizard.role()
        name = wizard.name_page.name.text().strip()
        phone = wizard.name_page.phone.text().strip() if role is Role.OFFICE else ""
        secret = self.fields.passphrase()

        def create(_task: TaskContext) -> tuple[Vault, str]:
            return setup.create_vault(
                folder, role=role, name=name, passphrase=secret, kdf=kdf, phone=phone
            )

        self._set_creating(True)
        wizard.runner.run(
            create,
            owner=self,
            on_success=self._created,
            on_error=self._failed,
            name="create-vault",
        )

    @property
    def creating(self) -> bool:
        """Whether the vault is being made right now."""
        return self._creating

    def _set_creating(self, creating: bool) -> None:
        self._creating = creating
        self.fields.setEnabled(not creating)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not creating)
        if creating:
            self.alert.clear_message()
            self.busy.start(
                self.tr("Creating your vault… this takes a few seconds on a slower computer.")
            )
        else:
            self.busy.stop()
        self.completeChanged.emit()

    def _created(self, result: tuple[Vault, str]) -> None:
        wizard = self.first_run()
        wizard.vault, wizard.recovery_code = result
        log.info("vault created from the first-run wizard")
        self.fields.clear()
        self._set_creating(False)
        wizard.vault_created()
        wizard.next()

    def _failed(self, error: UserError) -> None:
        self._set_creating(False)
        self.alert.show_error(user_text(error))


# -- 4. recovery code ------------------------------------------------------------------------


def recovery_code_lines(code: str) -> str:
    """``ABCD-EFGH-…`` as two lines of three groups, for large display."""
    groups = code.split("-")
    half = (len(groups) + 1) // 2
    return "  ".join(groups[:half]) + "\n" + "  ".join(groups[half:])


class RecoveryPage(_Page):
    """The recovery code, shown once, big, with Print… and a required confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commit_page(
            self.tr("Your recovery code"),
            self.tr(
                "If you ever forget your passphrase, this code opens your vault. "
                "It is shown only this once."
            ),
            self.tr("&Next"),
        )
        self.code_label = QLabel(self)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        style.set_role(self.code_label, "secret")
        self.advice = sentence("", self)
        self.print_dialog: QPrintDialog | None = None  # the printer choice, while it is open
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_note = hint("", self)
        self.confirmed = QCheckBox(self)
        self.confirmed.setAccessibleName(self.tr("I have written it down"))
        confirmed_text = _ButtonText(
            self.tr("I have &written it down and put it somewhere safe"), self.confirmed, self
        )
        self.confirmed.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(self._print)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.print_note, 1)
        layout = self.content
        layout.addWidget(self.code_label)
        layout.addWidget(self.advice)
        layout.addLayout(print_row)
        layout.addStretch(1)
        confirmed_row = QHBoxLayout()
        confirmed_row.addWidget(self.confirmed)
        confirmed_row.addWidget(confirmed_text, 1)
        layout.addLayout(confirmed_row)
        layout.addWidget(self.alert)

    def initializePage(self) -> None:
        wizard = self.first_run()
        code = wizard.recovery_code or ""
        self.code_label.setText(recovery_code_lines(code))
        self.code_label.setAccessibleDescription(
            ", ".join(" ".join(group) for group in code.split("-"))
        )
        if wizard.role() is Role.OFFICE:
            self.advice.setText(
                self.tr(
                    "Write it on paper, put it in a sealed envelope and keep it in the office "
                    "safe. Don't photograph it or save it in a file."
                )
            )
        else:
            self.advice.setText(
                self.tr(
                    "Write it on paper and keep it somewhere safe at home, away from this "
                    "laptop. Don't photograph it or save it in a file."
                )
            )
        printers = printer_available()
        self.print_button.setEnabled(printers)
        self.print_note.setText(
            self.tr("Printing goes straight to paper, never to a file.")
            if printers
            else self.tr("No printer is set up on this computer, so please write it by hand.")
        )
        self.confirmed.setFocus()

    def isComplete(self) -> bool:
        return self.confirmed.isChecked()

    def validatePage(self) -> bool:
        if not self.confirmed.isChecked():
            return False
        # Shown once: forget it as soon as the user moves on.
        self.code_label.clear()
        self.code_label.setAccessibleDescription("")
        self.first_run().recovery_code = None
        return True

    def nextId(self) -> int:
        if self.first_run().role() is Role.OFFICE:
            return -1
        return FirstRunWizard.PAGE_ENROLL

    @Slot()
    def _print(self) -> None:
        code = self.first_run().recovery_code
        if code:
            self.print_dialog = print_recovery_code(self, code, self._printed)

    def _printed(self, problem: str | None) -> None:
        if problem:
            self.alert.show_error(problem)
        else:
            self.alert.clear_message()


def printer_available() -> bool:
    """Whether the system has at least one real printer."""
    return bool(QPrinterInfo.availablePrinterNames())


def print_recovery_code(
    parent: QWidget, code: str, on_printed: Callable[[str | None], object]
) -> QPrintDialog:
    """Ask for a printer without blocking (``open()``), then print the code on paper (never to a
    PDF file); ``on_printed`` gets a problem sentence or None. Cancelling prints nothing."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setDocName("CirclesDesk")
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setWindowTitle(QCoreApplication.translate("RecoveryPage", "Print the recovery code"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The printer lives as long as this connection (the dialog holds only a pointer to it).
    dialog.accepted.connect(lambda: on_printed(_print_code(printer, code)))
    QDialog.open(dialog)  # PySide6 offers QPrintDialog only open(receiver, member)
    return dialog


def _print_code(printer: QPrinter, code: str) -> str | None:
    """Print the code on the printer chosen; a problem sentence if it is a file."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
        return QCoreApplication.translate(
            "RecoveryPage",
            "CirclesDesk prints the recovery code only on paper, not to a file. "
            "Please choose a printer.",
        )
    document = QTextDocument()
    document.setHtml(
        "<h2>CirclesDesk recovery code</h2>"
        f"<p style='font-size:28pt; font-family:monospace'><b>{html.escape(code)}</b></p>"
        "<p>Keep this paper somewhere safe. With this code and the computer, anyone can open "
        "the records, so never keep the two together.</p>"
    )
    document.print_(printer)
    log.info("recovery code printed")
    return None


# -- 5. enrollment request and fingerprint (volunteer) ---------------------------------------


class EnrollPage(_Page):
    """Save the enrollment request; show this laptop's fingerprint in digits and as a QR code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Introduce this laptop to your coordinator"))
        self.set_intro(
            self.tr("Your coordinator needs to know this laptop before you can send records.")
        )
        self.step_one = sentence(
            self.tr(
                "1. Save this laptop's enrollment request and give the file to your coordinator, "
                "on a USB stick or by email. It holds only your name and this laptop's public "
                "keys: no notes."
            ),
            self,
        )
        self.save_button = QPushButton(self.tr("&Save enrollment request…"), self)
        self.save_button.setAccessibleName(self.tr("Save enrollment request"))
        self.saved = AlertLabel(self, focus_on_show=True)  # "Saved as …"
        self.step_two = sentence(
            self.tr(
                "2. When your coordinator enrolls the file, they will read out a fingerprint "
                "or scan the code. It must be the same as this one:"
            ),
            self,
        )
        self.fingerprint = FingerprintView(self)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout = self.content
        layout.addWidget(self.step_one)
        layout.addLayout(save_row)
        layout.addWidget(self.saved)
        layout.addWidget(self.step_two)
        layout.addWidget(self.fingerprint, 1)
        layout.addWidget(self.alert)
        self.save_button.clicked.connect(self._save)
        self.request: bytes | None = None
        self.saved_to: Path | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves the request while it is not saved yet, instead of skipping the step."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.saved_to is None:
            event.accept()
            self.save_button.click()
            return
        super().keyPressEvent(event)

    def initializePage(self) -> None:
        vault = self.first_run().vault
        assert vault is not None
        try:
            self.request, fingerprint = sync_service.enrollment_request(vault)
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.fingerprint.set_fingerprint(fingerprint)
        self.save_button.setFocus()

    @Slot()
    def _save(self) -> None:
        vault = self.first_run().vault
        if vault is None or self.request is None:
            return
        self.saved_to = enrollment.save_enrollment_request(self, vault, self.request, self.saved)


# -- 6. the welcome file (volunteer, skippable) ----------------------------------------------


class WelcomePage(_Page):
    """Check the welcome file, confirm the office fingerprint with the user, then import it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import your welcome file"))
        self.set_intro(
            self.tr(
                "After enrolling this laptop, your coordinator gives you a welcome file. "
                "If you don't have it yet, choose “I'll do this later”: you can import it from "
                "the Send and receive page."
            )
        )
        self.choose_button = QPushButton(self.tr("&Choose the welcome file…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the welcome file"))
        self.busy = BusyIndicator(self)
        self.question = sentence("", self)
        self.fingerprint = FingerprintView(self)
        self.match_button = QPushButton(self.tr("The numbers &match: import"), self)
        self.match_button.setAccessibleName(self.tr("The numbers match: import"))
        self.differ_button = QPushButton(self.tr("They are &different"), self)
        self.differ_button.setAccessibleName(self.tr("They are different"))
        self.confirm = QWidget(self)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addWidget(self.match_button)
        confirm_buttons.addWidget(self.differ_button)
        confirm_buttons.addStretch(1)
        confirm_layout = QVBoxLayout(self.confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(self.question)
        confirm_layout.addWidget(self.fingerprint)
        confirm_layout.addLayout(confirm_buttons)
        self.confirm.setVisible(False)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        layout = self.content
        layout.addLayout(choose_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.confirm, 1)
        layout.addStretch(0)
        layout.addWidget(self.alert)
        self.choose_button.clicked.connect(self._choose)
        self.match_button.clicked.connect(self._import)
        self.differ_button.clicked.connect(self._refuse)
        self.path: Path | None = None
        self.office_fingerprint: str | None = None  # shown to the user, and confirmed
        self.result: importer.ImportResult | None = None
        self._finish_text(imported=False)

    def initializePage(self) -> None:
        self.choose_button.setFocus()

    def _finish_text(self, *, imported: bool) -> None:
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("&Start using CirclesDesk") if imported else self.tr("&I'll do this later"),
        )

    @Slot()
    def _choose(self) -> None:
        vault = self.first_run().vault
        path = dialogs.ask_open_file(self, self.tr("Choose the welcome file"), BUNDLE_FILTER)
        if vault is None or path is None:
            return
        self.alert.clear_message()
        self.confirm.setVisible(False)
        self.path = path
        self.busy.start(self.tr("Checking the welcome file…"))
        self.choose_button.setEnabled(False)
        self.first_run().runner.run(
            lambda _task: sync_service.inspect_welcome(vault, path),
            owner=self,
            on_success=self._checked,
            on_error=self._failed,
            name="check-welcome",
        )

    def _checked(self, checked: sync_service.WelcomeCheck) -> None:
        self.busy.stop()
        self.choose_button.setEnabled(True)
        if not checked.welcome:
            self.alert.show_error(
                self.tr(
                    "This file is not a welcome file. Ask your coordinator for the welcome "
                    "file made for this laptop."
                )
            )
            return
        self.question.setText(
            self.tr(
                "This welcome file comes from “{office}”. Ask your coordinator to read out "
                "the office's fingerprint, and compare it with this one:"
            ).format(office=checked.office_name)
        )
        self.office_fingerprint = checked.office_fingerprint
        self.fingerprint.set_fingerprint(checked.office_fingerprint)
        self.confirm.setVisible(True)
        self.match_button.setFocus()

    @Slot()
    def _import(self) -> None:
        vault, path = self.first_run().vault, self.path
        if vault is None or path is None:
            return
        self.busy.start(self.tr("Importing the welcome file…"))
        self.match_button.setEnabled(False)
        self.differ_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        fingerprint = self.office_fingerprint
        self.first_run().runner.run(
            lambda _task: sync_service.import_file(vault, path, office_fingerprint=fingerprint),
            owner=self,
            on_success=self._imported,
            on_error=self._failed,
            name="import-welcome",
        )

    def _imported(self, result: importer.ImportResult) -> None:
        self.busy.stop()
        self.result = result
        self.confirm.setVisible(False)
        self.match_button.setEnabled(True)
        self.differ_button.setEnabled(True)
        self.choose_button.setEnabled(False)
        self.alert.show_success(
            self.tr("Welcome file imported. This laptop is now linked to “{office}”.").format(
                office=result.sender_name
            )
        )
        self._finish_text(imported=True)
        log.info("welcome bundle imported from the first-run wizard")

    @Slot()
    def _refuse(self) -> None:
        self.confirm.setVisible(False)
        self.path = None
        self.alert.show_error(
            self.tr(
                "Nothing was imported. Don't use this file: phone your coordinator and tell "
                "them the numbers were different."
            )
        )

    def _failed(self, error: UserError) -> None:
        self.busy.stop()
        self.choose_button.setEnabled(True)
        self.match_button.setEnabled(True)
        self.differ_button.setEnabled(True)
        self.alert.show_error(user_text(error))


# -- the wizard ------------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """Sets up a new vault. ``vault_ready(vault)`` is emitted when the user finishes."""

    vault_ready = Signal(object)

    PAGE_ROLE, PAGE_NAME, PAGE_PASSPHRASE, PAGE_RECOVERY, PAGE_ENROLL, PAGE_WELCOME = range(6)

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.runner = runner
        self.kdf = kdf  # None: calibrate on this computer (about a second)
        self.vault: Vault | None = None
        self.recovery_code: str | None = None
        self.setWindowTitle(self.tr("CirclesDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.role_page = RolePage()
        self.name_page = NamePage()
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryPage()
        self.enroll_page = EnrollPage()
        self.welcome_page = WelcomePage()
        for page_id, page in (
            (self.PAGE_ROLE, self.role_page),
            (self.PAGE_NAME, self.name_page),
            (self.PAGE_PASSPHRASE, self.passphrase_page),
            (self.PAGE_RECOVERY, self.recovery_page),
            (self.PAGE_ENROLL, self.enroll_page),
            (self.PAGE_WELCOME, self.welcome_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(self.PAGE_ROLE)
        for button, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Continue")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.button(button).setAccessibleName(name)
        self.resize(820, 640)

    def role(self) -> Role:
        """The role chosen on the first page."""
        return self.role_page.role()

    def show_user_error(self, message: str) -> None:
        """Show a sentence on the current page (the task runner's default for errors)."""
        page = self.currentPage()
        if isinstance(page, _Page):
            page.alert.show_error(message)

    def vault_created(self) -> None:
        """The vault exists now: there is no cancelling, only finishing."""
        self.setOption(QWizard.WizardOption.NoCancelButton, True)

    # -- leaving ---------------------------------------------------------------------------

    def accept(self) -> None:
        vault = self.vault
        if vault is None:
            return
        self.vault = None
        self.vault_ready.emit(vault)
        super().accept()

    def reject(self) -> None:
        if self.passphrase_page.creating:
            return  # the vault is being made: its recovery code must be shown
        if self.vault is None:
            super().reject()
            return
        # The vault exists. Leaving before the recovery code is confirmed would lose it.
        if self.currentId() in (self.PAGE_PASSPHRASE, self.PAGE_RECOVERY):
            return
        self.accept()

    def take_vault(self) -> Vault | None:
        """The vault, if it was created but the wizard did not finish (the app is quitting)."""
        vault, self.vault = self.vault, None
        return vault
