"""The office's referrals: every referral by stage, the chosen one in full, and the actions that
move it on: assessed, accepted or declined, and a circle formed from an accepted one.

Referrals stay at the office (no bundle carries them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QPushButton, QWidget

from circlesdesk.domain.enums import ReferralStage
from circlesdesk.domain.records import ASSESSMENT_KINDS, Referral
from circlesdesk.services import referrals
from circlesdesk.ui.office.list_page import ListPage, details_label, page_column, say
from circlesdesk.ui.office.referral_dialogs import (
    AdvanceDialog,
    FormCircleDialog,
    ReferralDialog,
    carer_consent_names,
    stage_names,
)
from circlesdesk.ui.records import plural, short_date
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import AlertLabel, hint, large
from circlesdesk.vault.vault import Vault


class ReferralModel(RowsModel[Referral]):
    """Referrals, newest received first."""

    RECEIVED, AGENCY, CORE_MEMBER, STAGE, SINCE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Received"),
            self.tr("Agency"),
            self.tr("Core member"),
            self.tr("Stage"),
            self.tr("Since"),
        )
        self._stages = stage_names()

    def text(self, row: Referral, column: int) -> str:
        """What a cell shows."""
        if column == self.RECEIVED:
            return short_date(row.received_on)
        if column == self.AGENCY:
            return row.agency
        if column == self.CORE_MEMBER:
            return row.core_member
        if column == self.STAGE:
            return self._stages.get(row.stage, row.stage)
        since = (row.formed_on, row.decided_on, row.assessed_on, row.received_on)
        return short_date(next(day for day in since if day is not None))


class ReferralsPage(ListPage[Referral]):
    """Referrals by stage; the chosen one's details; new, next stage, form a circle."""

    model: ReferralModel

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        layout = page_column(
            self,
            self.tr("Referrals"),
            self.tr(
                "Every referral from the agency that made it to the circle formed from it. "
                "Referrals stay at the office; they never go to a laptop."
            ),
        )
        filters = QHBoxLayout()
        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("All stages"), None)
        for value, label in stage_names().items():
            self.stage.addItem(label, value)
        self.stage.setAccessibleName(self.tr("Show referrals at stage"))
        large(self.stage)
        filters.addWidget(hint(self.tr("Show:"), self))
        filters.addWidget(self.stage)
        filters.addStretch(1)
        layout.addLayout(filters)  # "New referral…" joins this row below
        self.model = ReferralModel(self)
        self.view = read_only_table(self.model, name=self.tr("Referrals"), parent=self)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReferralModel.AGENCY, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 2)
        self.details = details_label(self.tr("The chosen referral"), self)
        layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New referral…"), self)
        self.new_button.setToolTip(self.tr("Record a referral received from an agency"))
        self.new_button.setAccessibleName(self.tr("New referral"))
        self.assessed_button = QPushButton(self.tr("A&ssessed…"), self)
        self.assessed_button.setToolTip(self.tr("Record the day the chosen referral was assessed"))
        self.assessed_button.setAccessibleName(self.tr("Mark the chosen referral assessed"))
        self.accept_button = QPushButton(self.tr("&Accept…"), self)
        self.accept_button.setToolTip(self.tr("Record the day the chosen referral was accepted"))
        self.accept_button.setAccessibleName(self.tr("Accept the chosen referral"))
        self.decline_button = QPushButton(self.tr("&Decline…"), self)
        self.decline_button.setToolTip(self.tr("Decline the chosen referral, with the reason"))
        self.decline_button.setAccessibleName(self.tr("Decline the chosen referral"))
        self.form_button = QPushButton(self.tr("&Form a circle…"), self)
        self.form_button.setToolTip(self.tr("Form a circle from the chosen accepted referral"))
        self.form_button.setAccessibleName(self.tr("Form a circle from the chosen referral"))
        large(self.new_button)
        filters.addWidget(self.new_button)
        for button in (
            self.assessed_button,
            self.accept_button,
            self.decline_button,
            self.form_button,
        ):
            large(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = hint("", self)
        self.status.setAccessibleName(self.tr("How many referrals"))
        layout.addWidget(self.status)
        self.alert = AlertLabel(self, focus_on_show=True)
        layout.addWidget(self.alert)

        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.stage.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_referral)
        self.assessed_button.clicked.connect(lambda: self.advance(ReferralStage.ASSESSED.value))
        self.accept_button.clicked.connect(lambda: self.advance(ReferralStage.ACCEPTED.value))
        self.decline_button.clicked.connect(lambda: self.advance(ReferralStage.DECLINED.value))
        self.form_button.clicked.connect(self.form_circle)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the referrals at the chosen stage again, keeping the chosen one chosen."""
        if self.must_wait():
            return
        rows = referrals.list_referrals(self._vault, stage=self.stage.currentData())
        self.show_rows(
            rows,
            lambda row: row.uuid,
            counted=plural(self.tr("%n referral(s).", "", len(rows)), len(rows)),
            empty=self.tr("No referrals here. Press New referral… to record one."),
        )

    def new_referral(self) -> ReferralDialog | None:
        """Open the form for a referral received."""
        if not self._vault_free():
            return None
        return self._open_record_form(
            ReferralDialog(self._vault, parent=self), self.tr("The referral is saved.")
        )

    def advance(self, stage: str) -> AdvanceDialog | None:
        """Open the form that moves the chosen referral to ``stage``."""
        row = self.current()
        if row is None or not self._vault_free():
            return None
        done = self.tr("The referral is now {stage}.").format(stage=stage_names()[stage].lower())
        return self._open_record_form(
            AdvanceDialog(self._vault, row.uuid, stage, parent=self), done
        )

    def form_circle(self) -> FormCircleDialog | None:
        """Open the form that forms a circle from the chosen accepted referral."""
        row = self.current()
        if row is None or not self._vault_free():
            return None
        return self._open_record_form(
            FormCircleDialog(self._vault, row.uuid, parent=self),
            self.tr("The circle is formed; it is on the Circles page, in preparation."),
        )

    # -- inside ------------------------------------------------------------------------------

    def _chosen(self, *_args: object) -> None:
        row = self.current()
        stage = row.stage if row is not None else None
        self.assessed_button.setEnabled(stage == ReferralStage.RECEIVED.value)
        self.accept_button.setEnabled(stage == ReferralStage.ASSESSED.value)
        self.decline_button.setEnabled(stage == ReferralStage.ASSESSED.value)
        self.form_button.setEnabled(stage == ReferralStage.ACCEPTED.value)
        say(self.details, "" if row is None else self._details(row))

    def _details(self, row: Referral) -> str:
        lines = [
            self.tr("From {agency}{officer}, received on {date}. Core member: {core}.").format(
                agency=row.agency,
                officer=f" ({row.officer})" if row.officer else "",
                date=short_date(row.received_on),
                core=row.core_member,
            )
        ]
        for entry in row.assessments:
            lines.append(
                self.tr("{kind}: {level}{on}{document}").format(
                    kind=ASSESSMENT_KINDS.get(entry["kind"], entry["kind"]),
                    level=entry["level"],
                    on=f", {short_date(entry['assessed_on'])}" if entry["assessed_on"] else "",
                    document=f" ({entry['document']})" if entry["document"] else "",
                )
            )
        mappa = self.tr("MAPPA category {category}, level {level}.").format(
            category=row.mappa_category or "–", level=row.mappa_level or "–"
        )
        if row.mappa_category is None and row.mappa_level is None:
            mappa = self.tr("Not managed under MAPPA.")
        lines.append(mappa)
        if row.licence_end_on:
            lines.append(
                self.tr("Licence or order ends on {date}.").format(
                    date=short_date(row.licence_end_on)
                )
            )
        if row.starts_in_prison:
            lines.append(self.tr("The circle starts in prison before release."))
        if row.young_people:
            consent = carer_consent_names().get(row.carer_consent or "", self.tr("not recorded"))
            lines.append(
                self.tr("A young people's circle; parent or carer consent: {consent}.").format(
                    consent=consent.lower()
                )
            )
        stages = stage_names()
        for stage, day in (
            (ReferralStage.ASSESSED.value, row.assessed_on),
            (
                ReferralStage.DECLINED.value
                if row.stage == ReferralStage.DECLINED.value
                else ReferralStage.ACCEPTED.value,
                row.decided_on,
            ),
            (ReferralStage.FORMED.value, row.formed_on),
        ):
            if day:
                lines.append(
                    self.tr("{stage} on {date}.").format(stage=stages[stage], date=short_date(day))
                )
        if row.decline_reason:
            lines.append(self.tr("Reason: {reason}").format(reason=row.decline_reason))
        return "\n".join(lines)
