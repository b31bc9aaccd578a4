"""Fixtures for the office's pages: a real organisation built once, copied per test.

The organisation (an office, Alice and Ben enrolled in SW-014 and welcomed) comes from
``tests.sync_kit.build_org`` with the fast KDF; each test gets its own copy, and every vault it
opened is locked afterwards.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesdesk.domain.enums import Role
from circlesdesk.services import sync as sync_service
from circlesdesk.vault.vault import Vault
from tests.ui.office.office_kit import NEWCOMER, Files
from tests.vault_kit import new_vault


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """The shared folder the volunteers' bundles arrive in."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def carol(tmp_path: Path) -> Iterator[Vault]:
    """A new volunteer's laptop, as the first-run wizard leaves it."""
    with new_vault(tmp_path / "carol", role=Role.VOLUNTEER, name=NEWCOMER) as vault:
        yield vault


@pytest.fixture
def carol_request(tmp_path: Path, carol: Vault) -> Path:
    """Carol's enrollment request, saved where she put it for the coordinator."""
    data, _fingerprint = sync_service.enrollment_request(carol)
    return sync_service.write_file(data, out=tmp_path / "enroll-carol.req")


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> Files:
    """The file dialogs, replaced: they answer what the test puts in ``open`` and ``save``."""
    return Files(monkeypatch)
