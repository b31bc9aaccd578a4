"""Disclosures without a display: consent, the draft, the log, partner bundles, subject access.

Office A is a real organisation (office, Alice and Ben in SW-014 with core member Kestrel; minutes
and concerns arrive through the real importer) with a second circle, NE-007 (core member Heron).
Office B is a second real office vault, the partner that receives a disclosure bundle.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.domain.consent import ConsentStatus
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Meeting, new_record_id
from circlesdesk.errors import NotFoundError, RoleError, UserError, ValidationError
from circlesdesk.services import disclosures as disclosure
from circlesdesk.services import setup
from circlesdesk.sync import disclosure as partner_bundle
from circlesdesk.sync import importer, trust
from circlesdesk.sync.errors import (
    BundleError,
    DamagedInTransit,
    DisclosureRefused,
    WrongRecipient,
    WrongSender,
)
from circlesdesk.vault import audit, store
from circlesdesk.vault.vault import Vault
from tests.disclosure_kit import (
    BASIS,
    CONCERN,
    FIRST,
    HERON,
    SECOND,
    UNPICKED,
    held_records,
    key_file,
    police_draft,
)
from tests.sync_kit import CIRCLE, Org, forge, line_for, table_snapshot
from tests.vault_kit import FAST_KDF, PASSPHRASE, new_vault


@pytest.fixture
def partner(tmp_path: Path) -> Iterator[Vault]:
    """Office B: another organisation's office vault that runs CirclesDesk."""
    with new_vault(tmp_path / "partner", role=Role.OFFICE, name="Northgate Office") as vault:
        yield vault


@pytest.fixture
def held(org: Org) -> dict[str, str]:
    """Records by name (tests/disclosure_kit.py)."""
    return held_records(org)


def test_candidates_are_the_circles_concerns_with_responses_and_its_minutes(
    org: Org, held: dict[str, str]
) -> None:
    found = disclosure.candidates(org.office, CIRCLE)
    assert [(c.kind, c.uuid) for c in found] == [
        ("concern", held["concern"]),
        ("meeting", held["other"]),
        ("meeting", held["minutes"]),
    ]
    concern, _other, minutes = found
    assert CONCERN in concern.text and "Office response (acknowledge" in concern.text
    assert [ref.kind for ref in concern.refs] == ["concern", "concern_response"]
    assert (minutes.revision, SECOND in minutes.text, FIRST in minutes.text) == (2, True, False)
    assert HERON not in "".join(c.text for c in found)


def test_the_draft_shows_exactly_what_goes_and_the_consent_status(
    org: Org, held: dict[str, str]
) -> None:
    draft = police_draft(org, held)
    assert draft.subject.status is ConsentStatus.NOT_ASKED
    assert (draft.subject.core_member, draft.agency, draft.circle_codes) == (
        "Kestrel",
        "Police",
        (CIRCLE,),
    )
    shown = disclosure.disclosure_html(draft)
    assert CONCERN in shown and SECOND in shown and "Consent of the core member: not-asked" in shown
    assert UNPICKED not in shown and FIRST not in shown
    assert "Legal basis: UK GDPR Art. 6(1)(e)" in shown

    disclosure.set_consent(org.office, circle_code=CIRCLE, status="refused", note="Said no twice.")
    again = police_draft(org, held)
    assert again.subject.status is ConsentStatus.REFUSED
    assert again.subject.recorded_at is not None
    consent_audit = [e for e in audit.entries(org.office.conn) if e.action == "consent.recorded"]
    assert [e.detail for e in consent_audit] == ["status=refused"]


def test_text_in_the_preview_is_escaped(org: Org, held: dict[str, str]) -> None:
    draft = disclosure.prepare(
        org.office, [("meeting", held["minutes"])], agency="<b>Police</b>", basis="a & b"
    )
    shown = disclosure.disclosure_html(draft)
    assert "&lt;b&gt;Police&lt;/b&gt;" in shown and "a &amp; b" in shown and "<b>" not in shown


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"agency": "  "}, "Please enter the agency."),
        ({"basis": ""}, "Please enter the legal basis."),
        ({"picks": []}, "Choose at least one concern"),
        ({"picks": [("contact", "x")]}, "Only concerns and meetings' minutes"),
        ({"picks": [("meeting", new_record_id())]}, "That meeting does not exist"),
        ({"picks": "two"}, "A disclosure may be about one core member only"),
    ],
)
def test_bad_input_is_one_sentence_and_stores_nothing(
    org: Org, held: dict[str, str], change: dict[str, object], sentence: str
) -> None:
    values: dict[str, object] = {
        "picks": [("meeting", held["minutes"])],
        "agency": "Police",
        "basis": BASIS,
    }
    values.update(change)
    if values["picks"] == "two":
        values["picks"] = [("meeting", held["minutes"]), ("meeting", held["heron"])]
    before = table_snapshot(org.office)
    with pytest.raises(UserError, match=sentence.replace("(", r"\(")):
        disclosure.prepare(
            org.office,
            values["picks"],  # type: ignore[arg-type]
            agency=values["agency"],  # type: ignore[arg-type]
            basis=values["basis"],  # type: ignore[arg-type]
        )
    with pytest.raises(ValidationError, match="Choose given, refused"):
        disclosure.set_consent(org.office, circle_code=CIRCLE, status="maybe")
    with pytest.raises(NotFoundError):
        disclosure.set_consent(org.office, person_uuid=new_record_id(), status="given")
    assert table_snapshot(org.office) == before


def test_a_volunteer_cannot_disclose(org: Org) -> None:
    with pytest.raises(RoleError):
        disclosure.candidates(org.alice, CIRCLE)
    with pytest.raises(RoleError):
        disclosure.disclosure_log(org.alice)


def test_partner_bundle_round_trip(
    org: Org, held: dict[str, str], partner: Vault, tmp_path: Path
) -> None:
    disclosure.set_consent(org.office, circle_code=CIRCLE, status=ConsentStatus.GIVEN)
    draft = police_draft(org, held)
    out = tmp_path / "to-northgate.cdb"
    entry = disclosure.write_partner_bundle(
        org.office, draft, key_file(partner, tmp_path / "northgate.req"), out
    )
    assert os.stat(out).st_mode & 0o777 == 0o600

    # The log row: what, which revision, to whom, when, on what basis, consent, hash.
    [logged] = disclosure.disclosure_log(org.office)
    assert logged == entry
    assert (logged.agency, logged.basis, logged.consent, logged.format) == (
        "Police",
        BASIS,
        "given",
        "bundle",
    )
    assert logged.made_at == draft.made_at and logged.core_member == "Kestrel"
    assert [(i.kind, i.uuid, i.revision) for i in logged.items] == [
        ("concern", held["concern"], 1),
        ("concern_response", draft.refs[1].uuid, 1),
        ("meeting", held["minutes"], 2),
    ]
    assert logged.items == draft.refs
    assert logged.file_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    [row] = [e for e in audit.entries(org.office.conn) if e.action == "disclosure.recorded"]
    assert "Police" not in row.detail and "GDPR" not in row.detail
    assert row.detail == f"id={logged.id} format=bundle items=3 consent=given"

    # Office B opens it with A's key, sees exactly the items, and stores nothing.
    before = table_snapshot(partner)
    received = disclosure.open_partner_bundle(
        partner, out, key_file(org.office, tmp_path / "riverside.req")
    )
    assert table_snapshot(partner) == before
    assert received.items == draft.refs
    assert (received.agency, received.basis, received.consent, received.core_member) == (
        "Police",
        BASIS,
        "given",
        "Kestrel",
    )
    assert received.sections == tuple((p.title, p.text) for p in draft.picks)
    text = received.text()
    assert CONCERN in text and SECOND in text and UNPICKED not in text and FIRST not in text
    assert received.sender_fingerprint == disclosure.partner_key(org.office)[1]
    # Importing it instead is refused: a disclosure is never imported.
    with pytest.raises(BundleError):
        importer.check(partner, out.read_bytes())


def test_wrong_sender_tampered_and_forged_bundles_are_refused(
    org: Org, held: dict[str, str], partner: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "to-northgate.cdb"
    disclosure.write_partner_bundle(
        org.office, police_draft(org, held), key_file(partner, tmp_path / "northgate.req"), out
    )
    riverside = key_file(org.office, tmp_path / "riverside.req")
    impostor_vault, _ = setup.create_vault(
        tmp_path / "impostor",
        role=Role.OFFICE,
        name="Riverside Office",
        passphrase=PASSPHRASE,
        kdf=FAST_KDF,
    )
    with impostor_vault:
        impostor = key_file(impostor_vault, tmp_path / "impostor.req")
        forged = tmp_path / "forged.cdb"
        # An impostor signs a disclosure with its own key: refused against Riverside's key.
        forged.write_bytes(
            forge(
                trust.current_identity(impostor_vault),
                disclosure.read_partner_key(tmp_path / "northgate.req").identity,
                lines=[],
                kind="disclosure",
            )
        )
    before = table_snapshot(partner)
    with pytest.raises(WrongSender, match="not signed by the office whose key you chose"):
        disclosure.open_partner_bundle(partner, out, impostor)
    with pytest.raises(WrongSender):
        disclosure.open_partner_bundle(partner, forged, riverside)
    tampered = tmp_path / "tampered.cdb"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    with pytest.raises(DamagedInTransit):
        disclosure.open_partner_bundle(partner, tampered, riverside)
    # Signed by Riverside's real key, but the items listed are not the records carried.
    meeting = store.require(org.office.conn, Meeting, held["other"])
    lying = tmp_path / "lying.cdb"
    draft = police_draft(org, held)
    header = partner_bundle.lines(draft.envelope(), (), origin=org.office.info.device_id)[0]
    lying.write_bytes(
        forge(
            org.identity("office"),
            disclosure.read_partner_key(tmp_path / "northgate.req").identity,
            lines=[header, line_for(meeting)],
            kind="disclosure",
        )
    )
    with pytest.raises(DisclosureRefused):
        disclosure.open_partner_bundle(partner, lying, riverside)
    # Office A cannot open what it sealed for B.
    with pytest.raises(WrongRecipient):
        disclosure.open_partner_bundle(org.office, out, riverside)
    assert table_snapshot(partner) == before


def test_cli_lists_and_opens_disclosures(
    org: Org,
    held: dict[str, str],
    partner: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "to-northgate.cdb"
    disclosure.write_partner_bundle(
        org.office, police_draft(org, held), key_file(partner, tmp_path / "northgate.req"), out
    )
    riverside_folder = org.folders["office"]
    partner_folder = tmp_path / "partner"
    org.close_all()
    partner.lock()
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)

    key = tmp_path / "riverside-cli.req"
    assert (
        cli.main(["--data-dir", str(riverside_folder), "disclosure", "key", "--out", str(key)]) == 0
    )
    assert cli.main(["--data-dir", str(riverside_folder), "disclosure", "list", "--json"]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", str(riverside_folder), "disclosure", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["agency"], listed["format"], len(listed["items"])) == ("Police", "bundle", 3)

    assert (
        cli.main(
            [
                "--data-dir",
                str(partner_folder),
                "disclosure",
                "open",
                str(out),
                "--from-key",
                str(key),
            ]
        )
        == 0
    )
    shown = capsys.readouterr().out
    assert CONCERN in shown and SECOND in shown and UNPICKED not in shown

    wrong = tmp_path / "northgate-cli.req"
    assert (
        cli.main(["--data-dir", str(partner_folder), "disclosure", "key", "--out", str(wrong)]) == 0
    )
    capsys.readouterr()
    assert (
        cli.main(
            [
                "--data-dir",
                str(partner_folder),
                "disclosure",
                "open",
                str(out),
                "--from-key",
                str(wrong),
            ]
        )
        == 1
    )
    assert "not signed by the office whose key you chose" in capsys.readouterr().err
