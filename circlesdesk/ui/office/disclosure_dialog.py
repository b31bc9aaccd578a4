"""Preparing a disclosure to an outer-circle agency: pick, check, see exactly what goes, write.

The core member's consent status stands at the top (with a way to record a change). The
coordinator picks concerns and minutes of one circle, names the agency and the legal basis, and
reads the preview: the text that goes, HTML-escaped, the same HTML the PDF is made from. "Write
PDF…" and "Write partner bundle…" write the previewed draft and log it (services/disclosures.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.consent import Consent, ConsentStatus
from circlesdesk.errors import UserError
from circlesdesk.services import disclosures, office_config
from circlesdesk.services.disclosures import Disclosure
from circlesdesk.ui import dialogs, kept_dialogs, style
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.forms import CirclePicker
from circlesdesk.ui.report_pdf import write_html_pdf
from circlesdesk.ui.widgets import (
    AlertLabel,
    heading,
    large,
    no_caret,
    scrolling,
    set_large,
    wrapped,
)
from circlesdesk.vault.vault import Vault

PICK_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    """Translate a text of the disclosure screens outside a widget."""
    return QCoreApplication.translate("Disclosures", text)


def consent_names() -> dict[ConsentStatus, str]:
    """How each consent status reads on screen."""
    return {
        ConsentStatus.GIVEN: tr("Consent given"),
        ConsentStatus.REFUSED: tr("Consent refused"),
        ConsentStatus.WITHDRAWN: tr("Consent withdrawn"),
        ConsentStatus.NOT_ASKED: tr("Consent not asked"),
    }


def legal_bases() -> list[str]:
    """The common legal bases offered (the coordinator may type another)."""
    return [
        tr("The core member's consent"),
        tr(
            "UK GDPR Art. 6(1)(e) public task; Art. 10 with DPA 2018 Sch. 1 para 10 "
            "(preventing or detecting unlawful acts)"
        ),
        tr("Safeguarding children or adults at risk (DPA 2018 Sch. 1 para 18)"),
        tr("A court order"),
    ]


class DisclosureDialog(QDialog):
    """Pick what goes to an agency, see it, and write it as a PDF or a partner bundle."""

    disclosed = Signal(int)  # the log entry's id

    def __init__(
        self,
        vault: Vault,
        circle_code: str | None = None,
        concern_uuid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.draft: Disclosure | None = None
        title = self.tr("Disclose to an agency")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading(title, body))
        self.consent_label = wrapped("", body)
        self.consent_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.consent_label)
        consent_row = QHBoxLayout()
        self.consent_choice = QComboBox(body)
        self.consent_choice.setAccessibleName(self.tr("Consent status to record"))
        for status, name in consent_names().items():
            self.consent_choice.addItem(name, status.value)
        self.consent_button = QPushButton(self.tr("Record &consent"), body)
        self.consent_button.setAccessibleName(self.tr("Record the consent status"))
        large(self.consent_choice)
        large(self.consent_button)
        consent_row.addWidget(self.consent_choice, 1)
        consent_row.addWidget(self.consent_button)
        layout.addLayout(consent_row)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.circle = CirclePicker(vault, parent=body)
        self.agency = QLineEdit(body)
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.setPlaceholderText(self.tr("For example: Police, Probation, MAPPA"))
        large(self.agency)
        self.basis = QComboBox(body)
        self.basis.setEditable(True)
        self.basis.addItems(legal_bases())
        self.basis.setCurrentIndex(-1)
        self.basis.setAccessibleName(self.tr("Legal basis"))
        line = self.basis.lineEdit()
        if line is not None:  # the text box inside, where the focus is: named too
            line.setAccessibleName(self.tr("Legal basis"))
        self.basis.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.basis.setMinimumContentsLength(12)
        large(self.basis)
        for text, field in (
            (self.tr("C&ircle:"), self.circle),
            (self.tr("&Agency:"), self.agency),
            (self.tr("Legal &basis:"), self.basis),
        ):
            label = QLabel(text, body)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("What to disclose:"), body))
        self.picks = QListWidget(body)
        self.picks.setAccessibleName(self.tr("What to disclose"))
        self.picks.setMinimumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.picks)
        layout.addWidget(QLabel(self.tr("Exactly what goes:"), body))
        self.preview = QTextBrowser(body)
        self.preview.setAccessibleName(self.tr("Exactly what will be disclosed"))
        self.preview.setOpenLinks(False)
        no_caret(self.preview)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 10)
        layout.addWidget(self.preview, 1)

        writes = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Write &PDF…"), body)
        self.pdf_button.setAccessibleName(self.tr("Write the disclosure as a PDF"))
        self.bundle_button = QPushButton(self.tr("Write partner &bundle…"), body)
        self.bundle_button.setAccessibleName(self.tr("Write the disclosure as a partner bundle"))
        self.approval_button = QPushButton(self.tr("Ask a manager to appro&ve"), body)
        self.approval_button.setAccessibleName(self.tr("Ask a manager to approve"))
        self.approval_button.setToolTip(
            self.tr("Once a second person works at the office, a manager approves a disclosure")
        )
        set_large((self.pdf_button, self.bundle_button, self.approval_button))
        writes.addWidget(self.approval_button)
        writes.addWidget(self.pdf_button)
        writes.addWidget(self.bundle_button)
        writes.addStretch(1)
        layout.addLayout(writes)
        self.banner = AlertLabel(body)
        layout.addWidget(self.banner)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        large(close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body, self), 1)
        outer.addWidget(buttons)

        checked: set[str] = set()
        if concern_uuid is not None:
            try:
                circle_code = circle_code or disclosures.concern_circle(vault, concern_uuid)
                checked.add(concern_uuid)
            except UserError as error:
                self.banner.show_error(user_text(error))
        if circle_code is not None:
            self.circle.set_code(circle_code)
        self._load_circle(checked)
        self.circle.currentIndexChanged.connect(lambda _i: self._load_circle(set()))
        self.picks.itemChanged.connect(lambda _item: self.update_preview())
        self.agency.textChanged.connect(lambda _t: self.update_preview())
        self.basis.currentTextChanged.connect(lambda _t: self.update_preview())
        self.consent_button.clicked.connect(self.record_consent)
        self.pdf_button.clicked.connect(self.write_pdf)
        self.approval_button.clicked.connect(self.ask_approval)
        self.bundle_button.clicked.connect(self.write_bundle)
        self.agency.setFocus()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.height() * 40)

    # -- public ----------------------------------------------------------------------------

    def picked(self) -> list[disclosures.Pick]:
        """The (kind, uuid) of every checked item, in list order."""
        result = []
        for row in range(self.picks.count()):
            item = self.picks.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kind, uuid = item.data(PICK_ROLE)
                result.append((kind, uuid))
        return result

    def update_preview(self) -> None:
        """Prepare the draft from the choices and show exactly what would go (or why not)."""
        try:
            self.draft = disclosures.prepare(
                self._vault,
                self.picked(),
                agency=self.agency.text(),
                basis=self.basis.currentText(),
            )
        except UserError as error:
            self.draft = None
            self.preview.setPlainText(user_text(error))
        else:
            self.preview.setHtml(disclosures.disclosure_html(self.draft))
            self._show_consent(self.draft.subject)
        self.pdf_button.setEnabled(self.draft is not None)
        self.bundle_button.setEnabled(self.draft is not None)
        self.approval_button.setEnabled(self.draft is not None)

    def record_consent(self) -> None:
        """Record the consent status chosen for the circle's core member."""
        code = self.circle.code()
        if code is None:
            return
        try:
            consent = disclosures.set_consent(
                self._vault, circle_code=code, status=str(self.consent_choice.currentData())
            )
        except UserError as error:
            self.banner.show_error(user_text(error))
            return
        self._show_consent(consent)
        self.banner.show_success(self.tr("Consent status recorded."))
        self.update_preview()

    def ask_approval(self) -> None:
        """Ask a manager to approve the previewed draft (the four-eyes rule)."""
        draft = self.draft
        if draft is None:
            return
        try:
            disclosures.ask_approval(self._vault, draft)
        except UserError as error:
            self.banner.show_error(user_text(error))
            return
        self.banner.show_success(
            self.tr(
                "Awaiting a manager's approval: a manager approves it on Office → People. "
                "Then write it here."
            )
        )

    def write_pdf(self) -> None:
        """Ask where, write the previewed draft as a PDF, and log it."""
        draft = self.draft
        if draft is None:
            return
        try:
            disclosures.check_approved(self._vault, draft)
        except UserError as error:
            self.banner.show_error(user_text(error))
            return
        path = dialogs.ask_save_file(
            self,
            self.tr("Write the disclosure as a PDF"),
            _file_name("pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        try:
            digest = write_html_pdf(
                path,
                disclosures.DISCLOSURE_TITLE,
                disclosures.disclosure_html(draft),
                marking=office_config.document_marking(self._vault),
            )
            entry = disclosures.record(self._vault, draft, disclosures.DisclosureFormat.PDF, digest)
        except UserError as error:
            self.banner.show_error(user_text(error))
            return
        self._written(entry.id, path)

    def write_bundle(self) -> None:
        """Ask for the partner office's key file and where to write, then seal, write and log."""
        draft = self.draft
        if draft is None:
            return
        key = dialogs.ask_open_file(
            self,
            self.tr("Choose the partner office's key file"),
            self.tr("CirclesDesk key files (*.req);;All files (*)"),
        )
        if key is None:
            return
        path = dialogs.ask_save_file(
            self,
            self.tr("Write the partner bundle"),
            _file_name("cdb"),
            self.tr("CirclesDesk bundles (*.cdb)"),
        )
        if path is None:
            return
        try:
            partner = disclosures.read_partner_key(key)
            entry = disclosures.write_partner_bundle(self._vault, draft, key, path)
        except UserError as error:
            self.banner.show_error(user_text(error))
            return
        self._written(entry.id, path)
        self.banner.show_success(
            self.tr(
                "Written to {path} for {office}. Before sending it, compare this fingerprint "
                "with that office by phone: {fingerprint}"
            ).format(path=str(path), office=partner.name, fingerprint=partner.fingerprint)
        )

    # -- inside ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Close: ask first if something was typed and not yet written."""
        if kept_dialogs.may_close(self):
            super().reject()

    def _written(self, entry_id: int, path: Path) -> None:
        self.banner.show_success(self.tr("Written to {path} and logged.").format(path=str(path)))
        keeper = kept_dialogs.keeper_of(self)
        if keeper is not None:
            keeper.settle()
        self.disclosed.emit(entry_id)

    def _load_circle(self, checked: set[str]) -> None:
        self.picks.blockSignals(True)
        self.picks.clear()
        code = self.circle.code()
        if code is not None:
            try:
                self._show_consent(disclosures.consent_status(self._vault, circle_code=code))
                found = disclosures.candidates(self._vault, code)
            except UserError as error:
                self.consent_label.setText(user_text(error))
                found = []
            for candidate in found:
                item = QListWidgetItem(candidate.title, self.picks)
                item.setData(PICK_ROLE, (candidate.kind, candidate.uuid))
                item.setToolTip(candidate.text[:500])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if candidate.uuid in checked else Qt.CheckState.Unchecked
                )
        self.picks.blockSignals(False)
        self.update_preview()

    def _show_consent(self, consent: Consent) -> None:
        name = consent_names()[consent.status]
        text = self.tr("{core_member}: {status}").format(
            core_member=consent.core_member, status=name
        )
        if consent.recorded_at:
            text += " " + self.tr("(recorded {when})").format(when=consent.recorded_at[:10])
        self.consent_label.setText(text)
        self.consent_label.setAccessibleName(text)
        style.set_role(
            self.consent_label, "success" if consent.status is ConsentStatus.GIVEN else "alert"
        )
        self.consent_choice.setCurrentIndex(self.consent_choice.findData(consent.status.value))


def _file_name(suffix: str) -> str:
    """A suggested file name that carries no personal data."""
    return f"disclosure-{dt.date.today().isoformat()}.{suffix}"
