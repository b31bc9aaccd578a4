"""Fixtures shared by every test: a private environment and template vaults made once per session.

Making a vault runs Argon2id twice (passphrase and recovery slots), so each kind of vault is made
once with the fast KDF in ``vault_kit`` and copied into each test's own folder. The copies are real
vaults: a test unlocks one with the real passphrase, through the real key slots and SQLCipher.
"""

from __future__ import annotations

import ctypes
import dataclasses
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesdesk.domain.config import default_office_config
from circlesdesk.domain.enums import PersonRole, Role
from circlesdesk.domain.records import Circle, Membership, Person, new_record_id
from circlesdesk.services import circles, setup
from circlesdesk.vault import database, store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, build_org
from tests.vault_kit import (
    CIRCLE_CODE,
    CORE_MEMBER,
    FAST_KDF,
    OFFICE_NAME,
    PASSPHRASE,
    VOLUNTEER_NAME,
    VOLUNTEERS,
    Template,
    copy_vault,
)


def _keep_argon2_memory_in_the_heap() -> None:
    """Let glibc reuse the 64 MiB that each Argon2id run allocates instead of unmapping it.

    Above its mmap threshold glibc maps every large block afresh and unmaps it when freed, so
    each unlock paid for 16,000 page faults: about half of its cost. With the thresholds raised
    the block is freed into the heap and reused. Only the speed of the tests changes.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return
    m_trim_threshold, m_mmap_threshold = -1, -3
    mallopt(m_mmap_threshold, 512 * 1024 * 1024)
    mallopt(m_trim_threshold, 512 * 1024 * 1024)


_keep_argon2_memory_in_the_heap()

SECRET_VARIABLES = (
    "CIRCLESDESK_PASSPHRASE",
    "CIRCLESDESK_NEW_PASSPHRASE",
    "CIRCLESDESK_RECOVERY_CODE",
)
# The office that welcomed the volunteer template (its records arrive as if from a bundle).
WELCOMING_OFFICE = "0f" * 16


@pytest.fixture(autouse=True)
def _private_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep every test away from the real user data folder and from the caller's secrets."""
    monkeypatch.setenv("CIRCLESDESK_DATA_DIR", str(tmp_path / "default-data-dir"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    for name in SECRET_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    umask = os.umask(0o022)  # `circlesdesk.cli.main` sets 077 for its process: undo it per test
    os.umask(umask)
    yield
    os.umask(umask)


def _make(folder: Path, *, role: Role, name: str) -> tuple[Vault, str]:
    return setup.create_vault(folder, role=role, name=name, passphrase=PASSPHRASE, kdf=FAST_KDF)


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """An office vault with its default configuration and nothing else."""
    folder = tmp_path_factory.mktemp("templates") / "office"
    vault, code = _make(folder, role=Role.OFFICE, name=OFFICE_NAME)
    with vault:
        return Template(folder, code, vault.info, vault.device_keys())


@pytest.fixture(scope="session")
def circle_template(
    tmp_path_factory: pytest.TempPathFactory, office_template: Template
) -> Template:
    """The office vault with circle SW-014: core member Kestrel, volunteers Alice and Ben."""
    folder = copy_vault(office_template.folder, tmp_path_factory.mktemp("templates") / "circle")
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        circles.add_circle(
            vault, code=CIRCLE_CODE, core_member=CORE_MEMBER, volunteers=list(VOLUNTEERS)
        )
    return dataclasses.replace(office_template, folder=folder)


@pytest.fixture(scope="session")
def volunteer_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A volunteer vault that has received its office's configuration and circle SW-014."""
    folder = tmp_path_factory.mktemp("templates") / "volunteer"
    vault, code = _make(folder, role=Role.VOLUNTEER, name=VOLUNTEER_NAME)
    with vault:
        office = WELCOMING_OFFICE
        circle = Circle(uuid=new_record_id(), origin=office, code=CIRCLE_CODE)
        people = [
            Person(
                uuid=new_record_id(),
                origin=office,
                name=CORE_MEMBER,
                role=PersonRole.CORE_MEMBER.value,
            )
        ]
        people += [Person(uuid=new_record_id(), origin=office, name=name) for name in VOLUNTEERS]
        memberships = [
            Membership(
                uuid=new_record_id(),
                origin=office,
                circle_uuid=circle.uuid,
                person_uuid=person.uuid,
                role=person.role,
            )
            for person in people
        ]
        config = default_office_config(office_device=office, office_name=OFFICE_NAME, phone="")
        with database.transaction(vault.conn):
            for record in (config, circle, *people, *memberships):
                store.apply_incoming(vault.conn, record)
        return Template(folder, code, vault.info, vault.device_keys())


# -- per test: a copy of a template ---------------------------------------------------------


@pytest.fixture
def empty_vault_dir(tmp_path: Path, office_template: Template) -> Path:
    """A locked office vault with no circles, in this test's own folder."""
    return copy_vault(office_template.folder, tmp_path / "vault")


@pytest.fixture
def office_vault_dir(tmp_path: Path, circle_template: Template) -> Path:
    """A locked office vault with circle SW-014, in this test's own folder."""
    return copy_vault(circle_template.folder, tmp_path / "vault")


@pytest.fixture
def office_vault(office_vault_dir: Path) -> Iterator[Vault]:
    """The office vault with circle SW-014, unlocked; locked again after the test."""
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        yield vault


@pytest.fixture
def volunteer_vault_dir(tmp_path: Path, volunteer_template: Template) -> Path:
    """A locked volunteer vault holding circle SW-014 from its office."""
    return copy_vault(volunteer_template.folder, tmp_path / "volunteer-vault")


@pytest.fixture
def volunteer_vault(volunteer_vault_dir: Path) -> Iterator[Vault]:
    """The volunteer vault, unlocked; locked again after the test."""
    with Vault.unlock(volunteer_vault_dir, passphrase=PASSPHRASE) as vault:
        yield vault


@pytest.fixture(scope="session")
def org_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A real organisation: the office, Alice and Ben enrolled in SW-014 and welcomed, nothing
    recorded yet (all locked). Built once; every test works on its own copy (``org``)."""
    return build_org(tmp_path_factory.mktemp("org"))


@pytest.fixture
def org(tmp_path: Path, org_template: dict[str, Path]) -> Iterator[Org]:
    """This test's own copy of the organisation; every vault it opened is locked afterwards."""
    copy = Org.copied(org_template, tmp_path / "org")
    try:
        yield copy
    finally:
        copy.close_all()
