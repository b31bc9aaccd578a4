"""Fixtures for the importer's and exporter's tests: an organisation made once, copied per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync_kit import Org, build_org


@pytest.fixture(scope="session")
def org_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Office, Alice and Ben: enrolled in SW-014, welcomed, nothing recorded yet (all locked)."""
    return build_org(tmp_path_factory.mktemp("org"))


@pytest.fixture
def org(tmp_path: Path, org_template: dict[str, Path]) -> Iterator[Org]:
    """This test's own copy of the organisation; every vault it opened is locked afterwards."""
    copy = Org.copied(org_template, tmp_path / "org")
    try:
        yield copy
    finally:
        copy.close_all()
