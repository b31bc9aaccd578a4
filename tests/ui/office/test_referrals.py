"""The office's Referrals page with real widgets: a referral received with its assessments,
assessed, accepted, a circle formed from it; a declined one keeps its reason; bad input shows the
service's sentence and stores nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Referral
from circlesdesk.services import circles, referrals
from circlesdesk.services.referrals import Assessment
from circlesdesk.ui.office.referral_dialogs import AdvanceDialog, FormCircleDialog, ReferralDialog
from circlesdesk.ui.office.referrals import ReferralModel, ReferralsPage
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, table_snapshot
from tests.ui.volunteer.volunteer_kit import choose

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, org: Org, runner: TaskRunner) -> ReferralsPage:
    made = ReferralsPage(org.office, runner=runner)
    qtbot.addWidget(made)
    made.show()
    return made


def received(vault: Vault) -> Referral:
    return referrals.add_referral(
        vault,
        agency="Police",
        received_on="2026-03-01",
        core_member="Finch",
        assessments=[Assessment("rm2000", "high", "2026-02-01", "RM2000/7")],
        mappa_category=1,
        mappa_level=2,
    )


def test_a_referral_is_received_through_the_form(
    qtbot: QtBot, page: ReferralsPage, org: Org
) -> None:
    assert page.status.text() == "No referrals here. Press New referral… to record one."
    dialog = page.new_referral()
    assert isinstance(dialog, ReferralDialog)
    qtbot.keyClicks(dialog.agency, "Probation")
    qtbot.keyClicks(dialog.officer, "J. Okoro")
    dialog.received_on.setDate(QDate(2026, 1, 5))
    qtbot.keyClicks(dialog.core_member, "Wren")
    first = dialog.assessments[0]
    choose(first.kind, "oasys")
    qtbot.keyClicks(first.level, "high")
    qtbot.keyClicks(first.assessed_on, "2025-12-01")
    qtbot.keyClicks(first.document, "OASys 44/12")
    choose(dialog.mappa_category, "2")
    choose(dialog.mappa_level, "1")
    qtbot.keyClicks(dialog.licence_end_on, "2028-03-31")
    dialog.starts_in_prison.setChecked(True)
    assert not dialog.carer_consent.isEnabled()
    dialog.young_people.setChecked(True)
    assert dialog.carer_consent.isEnabled()
    choose(dialog.carer_consent, "given")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert page.dialog is None
    assert page.alert.text() == "The referral is saved."
    [stored] = store.find(org.office.conn, Referral)
    assert (stored.agency, stored.officer, stored.core_member, stored.stage) == (
        "Probation",
        "J. Okoro",
        "Wren",
        "received",
    )
    assert stored.assessments == (
        {"kind": "oasys", "level": "high", "assessed_on": "2025-12-01", "document": "OASys 44/12"},
    )
    assert (stored.mappa_category, stored.mappa_level, stored.licence_end_on) == (
        2,
        1,
        "2028-03-31",
    )
    assert (stored.starts_in_prison, stored.young_people, stored.carer_consent) == (
        True,
        True,
        "given",
    )
    assert page.model.index(0, ReferralModel.STAGE).data() == "Received"
    details = page.details.text()
    assert "From Probation (J. Okoro)" in details
    assert "OASys: high" in details and "(OASys 44/12)" in details
    assert "MAPPA category 2, level 1." in details
    assert "parent or carer consent: given" in details


def test_a_referral_is_assessed_accepted_and_forms_a_circle(
    qtbot: QtBot, page: ReferralsPage, org: Org
) -> None:
    referral = received(org.office)
    page.refresh()
    assert page.assessed_button.isEnabled() and not page.accept_button.isEnabled()
    for button, day in ((page.assessed_button, 10), (page.accept_button, 20)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert isinstance(dialog, AdvanceDialog)
        dialog.on.setDate(QDate(2026, 3, day))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.alert.text() == "The referral is now accepted."
    assert page.form_button.isEnabled()
    qtbot.mouseClick(page.form_button, Qt.MouseButton.LeftButton)
    form = page.dialog
    assert isinstance(form, FormCircleDialog)
    qtbot.keyClicks(form.code, "sw-300")
    form.formed_on.setDate(QDate(2026, 4, 1))
    qtbot.keyClicks(form.volunteers, "Alice Marsh, Dana Reyes")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    assert page.alert.text() == "The circle is formed; it is on the Circles page, in preparation."
    circle = circles.find_circle(org.office, "SW-300")
    assert (circle.phase, circle.started_on) == ("preparation", "2026-04-01")
    names = [e.person.name for e in circles.roster(org.office, circle.uuid)]
    assert names == ["Finch", "Alice Marsh", "Dana Reyes"]
    formed = referrals.get_referral(org.office, referral.uuid)
    assert (formed.stage, formed.circle_uuid) == ("formed", circle.uuid)
    assert page.model.index(0, ReferralModel.STAGE).data() == "Circle formed"
    choose(page.stage, "declined")
    assert page.model.rowCount() == 0


def test_declining_needs_a_reason_and_bad_input_stores_nothing(
    qtbot: QtBot, page: ReferralsPage, org: Org
) -> None:
    referral = received(org.office)
    referrals.advance(org.office, referral_uuid=referral.uuid, stage="assessed", on="2026-03-10")
    page.refresh()
    qtbot.mouseClick(page.decline_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AdvanceDialog)
    dialog.on.setDate(QDate(2026, 3, 12))
    before = table_snapshot(org.office)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.text() == "Please give the reason the referral was declined."
    assert table_snapshot(org.office) == before
    qtbot.keyClicks(dialog.reason, "Denies the offence.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    declined = referrals.get_referral(org.office, referral.uuid)
    assert (declined.stage, declined.decline_reason) == ("declined", "Denies the offence.")
    assert "Reason: Denies the offence." in page.details.text()
    assert not page.form_button.isEnabled()

    new = page.new_referral()
    assert isinstance(new, ReferralDialog)
    qtbot.keyClicks(new.agency, "Police")  # no pseudonym
    before = table_snapshot(org.office)
    qtbot.mouseClick(new.ok_button, Qt.MouseButton.LeftButton)
    assert new.banner.text() == "Please enter the core member's pseudonym."
    assert table_snapshot(org.office) == before
    new.reject()
