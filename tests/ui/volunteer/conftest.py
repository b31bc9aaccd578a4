"""Fixtures for the volunteer's pages: a demo organisation built once, copied per test.

The demo (one circle, two volunteers, four weeks of meetings, an office that has welcomed both
laptops) is built once per session with the fast KDF; each test gets its own copy of a
volunteer's vault (``demo_volunteer_vault``) and, when it needs one, of the office's
(``demo_office_vault``), unlocked with the real passphrase and locked again afterwards. The plain
``office_vault`` and ``volunteer_vault`` (tests/conftest.py) mean the same in every folder.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesdesk.services import circles, demo
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.volunteer_kit import FAST_KDF, PASSPHRASE
from tests.vault_kit import copy_vault


@dataclasses.dataclass(frozen=True)
class DemoTemplate:
    """The session's demo organisation (locked vaults) and the volunteer tests use."""

    office: Path
    volunteer: Path
    volunteer_name: str
    circle_code: str


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    """One circle, two volunteers, four weeks: built once for every test here."""
    out = tmp_path_factory.mktemp("demo")
    built = demo.build_demo(
        out, passphrase=PASSPHRASE, circles=1, volunteers_per_circle=2, weeks=4, kdf=FAST_KDF
    )
    name, folder = sorted(built.volunteers.items())[0]
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        code = circles.list_circles(vault)[0].code
    return DemoTemplate(
        office=built.office, volunteer=folder, volunteer_name=name, circle_code=code
    )


@pytest.fixture
def demo_volunteer_dir(tmp_path: Path, demo_template: DemoTemplate) -> Path:
    """This test's own copy of the volunteer's vault (locked)."""
    return copy_vault(demo_template.volunteer, tmp_path / "volunteer")


@pytest.fixture
def demo_office_dir(tmp_path: Path, demo_template: DemoTemplate) -> Path:
    """This test's own copy of the office's vault (locked)."""
    return copy_vault(demo_template.office, tmp_path / "office")


@pytest.fixture
def demo_volunteer_vault(demo_volunteer_dir: Path) -> Iterator[Vault]:
    """The volunteer's vault, unlocked; locked again after the test."""
    with Vault.unlock(demo_volunteer_dir, passphrase=PASSPHRASE) as vault:
        yield vault


@pytest.fixture
def demo_office_vault(demo_office_dir: Path) -> Iterator[Vault]:
    """The office's vault, unlocked; locked again after the test."""
    with Vault.unlock(demo_office_dir, passphrase=PASSPHRASE) as vault:
        yield vault


@pytest.fixture
def circle_code(demo_template: DemoTemplate) -> str:
    """The code of the volunteer's one circle."""
    return demo_template.circle_code
