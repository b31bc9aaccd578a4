"""The office's devices without a display: checking and enrolling requests, what each device's
row says after real send/reply rounds, revocation and the office key.

Requests are made by real volunteer vaults; every bundle is sealed and opened with real keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesdesk.domain.enums import Role
from circlesdesk.errors import RoleError, UserError, ValidationError
from circlesdesk.services import circles, office
from circlesdesk.services import sync as sync_service
from circlesdesk.services.sync import DeviceRow
from circlesdesk.sync import importer, request, trust
from circlesdesk.sync.errors import DamagedInTransit, NotAnEnrollmentRequest, UnsafeName
from circlesdesk.sync.importer import State
from circlesdesk.vault import registry
from circlesdesk.vault.vault import Vault
from tests.sync_kit import (
    CIRCLE,
    VOLUNTEER_NAMES,
    Org,
    audit_actions,
    forge_request,
    table_snapshot,
)
from tests.vault_kit import new_vault

NEWCOMER = "Carol Reyes"


@pytest.fixture
def carol(tmp_path: Path) -> Iterator[Vault]:
    """A new volunteer's laptop, just set up by the first-run wizard's service."""
    with new_vault(tmp_path / "carol", role=Role.VOLUNTEER, name=NEWCOMER) as vault:
        yield vault


def row_of(org: Org, name: str) -> DeviceRow:
    (row,) = [r for r in sync_service.devices(org.office) if r.peer.name == name]
    return row


def test_a_request_is_checked_without_storing_anything(org: Org, carol: Vault) -> None:
    data, fingerprint = sync_service.enrollment_request(carol)
    before = table_snapshot(org.office)

    check = sync_service.check_request(org.office, data)

    assert (check.name, check.device_id, check.fingerprint) == (
        NEWCOMER,
        carol.info.device_id,
        fingerprint,
    )
    assert check.welcome_file_name.endswith("-00001.cdb")
    assert carol.info.device_id[:8] in check.welcome_file_name
    assert table_snapshot(org.office) == before


def test_an_enrolled_laptop_is_listed_and_its_welcome_imports(org: Org, carol: Vault) -> None:
    circles.add_volunteer(org.office, code=CIRCLE, name=NEWCOMER)
    data, fingerprint = sync_service.enrollment_request(carol)

    enrolled = sync_service.enroll(org.office, data, assign=[CIRCLE])

    row = row_of(org, NEWCOMER)
    assert row.peer.device_id == carol.info.device_id
    assert row.peer.role == Role.VOLUNTEER.value
    assert row.fingerprint == fingerprint
    assert row.circles == (CIRCLE,)
    assert row.peer.enrolled_at
    assert (row.peer.last_seq_in, row.last_in_at) == (0, None)
    assert row.peer.last_seq_out == 1 and row.last_out_at is not None  # the welcome
    assert row.unconfirmed == 1  # the laptop has not shown it holds the welcome yet
    assert not row.revoked
    assert enrolled.office_fingerprint == org.office_key().fingerprint()
    assert "device.enrolled" in audit_actions(org.office)

    welcome = _save(carol.folder.parent / "welcome.cdb", enrolled)
    # Trust on first use: Carol compares the digits the coordinator reads out.
    assert sync_service.inspect_welcome(carol, welcome).office_fingerprint == (
        enrolled.office_fingerprint
    )
    result = sync_service.import_file(
        carol, welcome, office_fingerprint=enrolled.office_fingerprint
    )
    assert result.office_fingerprint == enrolled.office_fingerprint
    assert [c.code for c in circles.list_circles(carol)] == [CIRCLE]


def _save(path: Path, enrolled: sync_service.Enrolled) -> Path:
    return sync_service.write_file(enrolled.welcome.data, out=path)


def test_a_row_follows_a_send_and_reply_round(org: Org) -> None:
    alice = VOLUNTEER_NAMES["alice"]
    before = row_of(org, alice)
    assert (before.peer.last_seq_in, before.last_in_at, before.unconfirmed) == (0, None, 1)

    org.meeting("alice")
    importer.import_bundle(org.office, org.send("alice"))
    after_send = row_of(org, alice)
    assert after_send.peer.last_seq_in == 1 and after_send.last_in_at is not None
    assert after_send.unconfirmed == 0  # her bundle used the key the welcome announced

    reply = org.reply("alice")
    after_reply = row_of(org, alice)
    assert after_reply.peer.last_seq_out == 2
    assert after_reply.unconfirmed == 1
    (logged,) = registry.received(org.office.conn, sender=org.device_id("alice"))
    assert after_send.last_in_at == logged.received_at

    importer.import_bundle(org.alice, reply)
    org.meeting("alice", minutes="Second week.")
    importer.import_bundle(org.office, org.send("alice"))
    confirmed = row_of(org, alice)
    assert (confirmed.peer.last_seq_in, confirmed.unconfirmed) == (2, 0)


def test_a_revoked_laptop_shows_revoked_and_its_bundle_is_kept_aside(
    org: Org, tmp_path: Path
) -> None:
    ben = VOLUNTEER_NAMES["ben"]
    sync_service.revoke(org.office, org.device_id("ben"))
    org.meeting("ben", minutes="After the laptop was reported lost.")
    bundle = tmp_path / "ben-1.cdb"
    bundle.write_bytes(org.send("ben"))

    (item,) = office.inspect_files(org.office, [bundle])
    assert item.state == State.REVOKED.value
    sync_service.import_file(org.office, bundle)

    row = row_of(org, ben)
    assert row.revoked and row.peer.revoked_after_seq == 0 and row.peer.revoked_at
    assert (row.quarantined, row.held, row.peer.last_seq_in) == (1, 0, 0)


def test_rotating_the_office_key_changes_the_fingerprint_welcomes_show(
    org: Org, carol: Vault
) -> None:
    old = sync_service.office_fingerprint(org.office)
    new = sync_service.rotate_office_key(org.office)
    assert sync_service.office_fingerprint(org.office) == new.fingerprint() != old
    data, _ = sync_service.enrollment_request(carol)
    enrolled = sync_service.enroll(org.office, data)
    assert enrolled.office_fingerprint == new.fingerprint()
    result = sync_service.import_file(
        carol,
        _save(carol.folder.parent / "welcome.cdb", enrolled),
        office_fingerprint=new.fingerprint(),
    )
    assert result.office_fingerprint == new.fingerprint()


def _corrupt(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


@pytest.mark.parametrize(
    ("spoil", "error"),
    [
        (_corrupt, UserError),
        (lambda data: data[:-10], DamagedInTransit),
        (lambda data: b"hello, this is not a request", NotAnEnrollmentRequest),
        (lambda data: data + b"x" * request.MAX_REQUEST_SIZE, NotAnEnrollmentRequest),
    ],
    ids=["one-bit-flipped", "cut-short", "not-a-request", "too-big"],
)
def test_a_bad_request_stores_nothing(
    org: Org, carol: Vault, spoil: object, error: type[UserError]
) -> None:
    data, _ = sync_service.enrollment_request(carol)
    bad = spoil(data)  # type: ignore[operator]
    before = table_snapshot(org.office)
    with pytest.raises(error):
        sync_service.check_request(org.office, bad)
    with pytest.raises(error):
        sync_service.enroll(org.office, bad, assign=[CIRCLE])
    assert table_snapshot(org.office) == before


def test_enrolling_a_laptop_twice_stores_nothing(org: Org) -> None:
    data, _ = sync_service.enrollment_request(org.alice)
    before = table_snapshot(org.office)
    for attempt in (sync_service.check_request, sync_service.enroll):
        with pytest.raises(ValidationError, match="already enrolled"):
            attempt(org.office, data)
    assert table_snapshot(org.office) == before


def test_a_volunteer_vault_cannot_enroll(org: Org, carol: Vault) -> None:
    data, _ = sync_service.enrollment_request(carol)
    before = table_snapshot(org.alice)
    with pytest.raises(RoleError):
        sync_service.check_request(org.alice, data)
    with pytest.raises(RoleError):
        sync_service.enroll(org.alice, data)
    assert table_snapshot(org.alice) == before


def test_reading_a_request_file(tmp_path: Path, carol: Vault) -> None:
    data, _ = sync_service.enrollment_request(carol)
    path = sync_service.write_file(data, out=tmp_path / "enroll.req")
    assert sync_service.read_request(path) == data
    huge = tmp_path / "huge.req"
    huge.write_bytes(b"x" * (request.MAX_REQUEST_SIZE * 4))
    assert len(sync_service.read_request(huge)) == request.MAX_REQUEST_SIZE + 1
    with pytest.raises(sync_service.ReadFailed):
        sync_service.read_request(tmp_path / "gone.req")


def test_writing_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(sync_service.WriteFailed, match="does not exist"):
        sync_service.require_folder(tmp_path / "no-such-folder")
    sync_service.require_folder(tmp_path)


@pytest.mark.parametrize(
    "name",
    ["Alice\u200b Marsh", "Alice Marsh\u202e", "Alice \x1b[2JMarsh", "Alice\u2066 Marsh\u2069"],
    ids=["zero-width-space", "right-to-left-override", "terminal-escape", "bidi-isolate"],
)
def test_a_request_whose_name_could_pass_for_another_is_refused(
    org: Org, carol: Vault, name: str
) -> None:
    # Signed by Carol's real key, naming her "Alice Marsh" with an invisible difference.
    data = forge_request(trust.current_identity(carol), name=name)
    before = table_snapshot(org.office)

    with pytest.raises(UnsafeName) as refused:
        sync_service.check_request(org.office, data)
    with pytest.raises(UnsafeName):
        sync_service.enroll(org.office, data, assign=[CIRCLE])

    assert "invisible or control characters" in str(refused.value)
    assert table_snapshot(org.office) == before
    assert [r.peer.name for r in sync_service.devices(org.office)] == sorted(
        VOLUNTEER_NAMES.values()
    )
