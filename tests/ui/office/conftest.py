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

from tests.sync_kit import Org, build_org


@pytest.fixture(scope="session")
def org_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Office, Alice and Ben: enrolled in SW-014, welcomed, nothing recorded yet (all locked)."""
    return build_org(tmp_path_factory.mktemp("office-org"))


@pytest.fixture
def org(tmp_path: Path, org_template: dict[str, Path]) -> Iterator[Org]:
    """This test's own copy of the organisation; every vault it opened is locked afterwards."""
    copy = Org.copied(org_template, tmp_path / "org")
    try:
        yield copy
    finally:
        copy.close_all()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """The shared folder the volunteers' bundles arrive in."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder
