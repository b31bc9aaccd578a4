"""`circlesdesk keys --json` and `devices --json`: the public keys a third party needs to check
bundles, printed so that they do check one (its signature verified with the printed key)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import codec, trust
from circlesdesk.sync.keys import PublicIdentity
from tests.sync_kit import Org
from tests.vault_kit import PASSPHRASE


def cli_json(capsys: pytest.CaptureFixture[str], folder: Path, *argv: str) -> object:
    assert cli.main(["--data-dir", str(folder), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)


def identity(device_id: str, key: dict[str, str]) -> PublicIdentity:
    return PublicIdentity(
        device_id=device_id,
        signing_public=bytes.fromhex(key["signing_public"]),
        exchange_public=bytes.fromhex(key["exchange_public"]),
    )


def test_the_keys_a_laptop_prints_are_the_ones_the_office_lists_and_they_verify_its_bundles(
    org: Org, capsys: pytest.CaptureFixture[str]
) -> None:
    org.meeting("alice")
    bundle = org.send("alice")
    content = codec.open_envelope(
        bundle, recipient_keys=trust.decryption_keys(org.office), limits=codec.Limits()
    )
    org.close_all()

    own = cli_json(capsys, org.folders["alice"], "keys")
    listed = cli_json(capsys, org.folders["office"], "devices")

    assert isinstance(own, dict) and isinstance(listed, list)
    (alice,) = [row for row in listed if row["device_id"] == own["device_id"]]
    (key,) = own["keys"]
    assert [k["key_id"] for k in alice["keys"]] == [key["key_id"]]
    assert alice["keys"][0]["signing_public"] == key["signing_public"]
    published = identity(own["device_id"], key)
    assert published.key_id == key["key_id"] == content.signer_key_id
    assert published.fingerprint() == key["fingerprint"] == alice["fingerprint"]
    header = codec.verify_and_parse(content, signer=published, limits=codec.Limits())
    assert header.sender_key_id == key["key_id"]


def test_after_a_rotation_the_office_prints_both_keys_newest_first(
    org: Org, capsys: pytest.CaptureFixture[str]
) -> None:
    old = org.office_key()
    new = sync_service.rotate_office_key(org.office)
    org.close_all()

    own = cli_json(capsys, org.folders["office"], "keys")

    assert isinstance(own, dict)
    assert [k["key_id"] for k in own["keys"]] == [new.key_id, old.key_id]
    assert own["keys"][0]["retired_at"] is None and own["keys"][1]["retired_at"] is not None
