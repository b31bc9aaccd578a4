"""Every CLI command on a full disk, a nearly full disk and a read-only disk: one plain sentence.

The vaults sit on a small tmpfs mounted for the test (the suite runs as root); where ``mount``
is refused, a harness limits each command's file sizes with RLIMIT_FSIZE instead (class Disk).
The disk is then filled to the last byte, or to a few pages short of it, or remounted
read-only, and each command runs through ``cli.main`` as a user would start it. It must end
with its exit code and one sentence on stderr, never a traceback nor the "bug" sentence; and
where it fails, the vault is unchanged (every file's SHA-256 on a full or read-only disk, every
row on a nearly full one). A table below names every command of the parser, so a new command
must be added to it.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.cli import exits
from circlesdesk.services import backups, disclosures
from circlesdesk.services import sync as sync_service
from circlesdesk.vault import keyslots
from circlesdesk.vault.errors import DiskFull, StorageError, VaultReadOnly
from circlesdesk.vault.vault import Vault
from tests.sync_kit import CIRCLE, CORE_MEMBER, Org
from tests.vault_kit import (
    FAST_KDF,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    Template,
    copy_vault,
    file_snapshot,
    rows,
)

pytestmark = pytest.mark.slow

DISK_BYTES = 16 * 1024 * 1024
NEARLY_FULL_BYTES = 48 * 1024  # room to open a vault (its shared-memory index), not to write

FILE_ONLY = "file"  # a command on files outside the vault: it may well work on a full disk
SOME_ID = "00000000-0000-4000-8000-000000000000"  # a well-formed record id (of nothing)

# Command -> (the vault it runs on, its arguments). {disk}: a folder on the test disk, {inputs}:
# files made beforehand elsewhere, {alice}: the volunteer's device id.
COMMANDS: dict[str, tuple[str | None, list[str]]] = {
    "init": (None, ["init", "--role", "office", "--name", "New Office"]),
    "status": ("office", ["status", "--json"]),
    "passwd": ("circle", ["passwd"]),
    "recover": ("circle", ["recover"]),
    "rotate-key": ("circle", ["rotate-key"]),
    "circle add": ("office", ["circle", "add", "--code", "NE-007", "--core-member", "Heron"]),
    "circle list": ("office", ["circle", "list"]),
    "circle close": (
        "office",
        ["circle", "close", "--code", CIRCLE, "--date", "2099-12-31", "--reason", "completed"],
    ),
    "meeting add": (
        "alice",
        ["meeting", "add", "--circle", CIRCLE, "--date", "2026-03-02", "--minutes", "Quiet."],
    ),
    "meeting list": ("alice", ["meeting", "list", "--json"]),
    "search": ("office", ["search", "allotment"]),
    "enroll-request": ("alice", ["enroll-request", "--out", "{disk}/request.cdr"]),
    "enroll": ("office", ["enroll", "{inputs}/request.cdr", "--out", "{disk}/welcome.cdb"]),
    "export": ("alice", ["export", "--out-dir", "{disk}"]),
    "import": ("office", ["import", "{inputs}/alice.cdb"]),
    "verify": ("office", ["verify", "{inputs}/alice.cdb"]),
    "devices": ("office", ["devices", "--json"]),
    "revoke": ("office", ["revoke", "{alice}"]),
    "rotate-office-key": ("office", ["rotate-office-key"]),
    "check": ("office", ["check"]),
    "demo": (None, ["demo", "--out", "{disk}/demo", "--circles", "1", "--weeks", "1", "--quiet"]),
    "report": (
        "office",
        ["report", "quarterly", "--from", "2026-01-01", "--to", "2026-03-31", "--out", "{disk}"],
    ),
    "retention list": ("office", ["retention", "list"]),
    "retention delete": ("office", ["retention", "delete", "--circle", CIRCLE, "--yes"]),
    "disclosure list": ("office", ["disclosure", "list"]),
    "disclosure key": ("office", ["disclosure", "key", "--out", "{disk}/partner.key"]),
    "disclosure open": (
        "office",
        ["disclosure", "open", "{inputs}/alice.cdb", "--from-key", "{inputs}/partner.key"],
    ),
    "subject-access": (
        "office",
        ["subject-access", "--core-member", CORE_MEMBER, "--out", "{disk}/sa.json"],
    ),
    "audit verify": ("office", ["audit", "verify"]),
    "keys": ("alice", ["keys", "--json"]),
    "backup create": ("office", ["backup", "create", "--out", "{disk}"]),
    "backup schedule": (
        "office",
        ["backup", "schedule", "--folder", "{disk}", "--every", "weekly", "--keep", "3"],
    ),
    "backup status": ("office", ["backup", "status"]),
    # These read a backup file made beforehand (of the "circle" vault) and open no vault.
    "backup verify": (FILE_ONLY, ["backup", "verify", "{backup}"]),
    "backup restore": (FILE_ONLY, ["backup", "restore", "{backup}", "--to", "{disk}/restored"]),
    "quarantine list": ("office", ["quarantine", "list"]),
    "quarantine accept": ("office", ["quarantine", "accept", "1", "--note", "Seen."]),
    "quarantine set-aside": ("office", ["quarantine", "set-aside", "1", "--note", "Seen."]),
    "concern list": ("office", ["concern", "list", "--json"]),
    "concern acknowledge": ("office", ["concern", "acknowledge", SOME_ID]),
    "concern respond": ("office", ["concern", "respond", SOME_ID, "--text", "Thank you."]),
    "concern escalate": (
        "office",
        ["concern", "escalate", SOME_ID, "--agency", "Probation", "--basis", "Risk of harm"],
    ),
    "concern close": ("office", ["concern", "close", SOME_ID, "--outcome", "Resolved."]),
    "minutes list": ("office", ["minutes", "list"]),
    "minutes changes": ("office", ["minutes", "changes", SOME_ID]),
    "minutes reviewed": ("office", ["minutes", "reviewed", SOME_ID]),
    "settings show": ("office", ["settings", "show", "--json"]),
    "settings set": ("office", ["settings", "set", "--autolock-minutes", "15"]),
    "contact add": (
        "alice",
        ["contact", "add", "--circle", CIRCLE, "--date", "2026-03-02", "--summary", "A call."],
    ),
    "hours add": (
        "alice",
        ["hours", "add", "--date", "2026-03-02", "--minutes", "90", "--activity", "meeting"],
    ),
    "review items": ("alice", ["review", "items"]),
    "review add": ("alice", ["review", "add", "--circle", CIRCLE, "--date", "2026-03-02"]),
    # Writes a script to stdout from the parser; opens no vault.
    "completion": (FILE_ONLY, ["completion", "bash"]),
}


def parser_commands() -> set[str]:
    """Every leaf command of the real parser, as "group action"."""
    found: set[str] = set()

    def walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    nested = any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
                    if nested:
                        walk(sub, (*prefix, name))
                    else:
                        found.add(" ".join((*prefix, name)))

    walk(cli.build_parser(), ())
    return found


def test_the_table_names_every_command() -> None:
    assert set(COMMANDS) == parser_commands()


# -- the disk ------------------------------------------------------------------------------------


class Disk:
    """Where the vaults sit, made full, nearly full or read-only on demand.

    ``tmpfs`` (the real thing): a tmpfs of DISK_BYTES mounted at ``path``, filled with a filler
    file or remounted read-only. ``limited`` (where mount is refused): a plain folder; "full"
    runs each command in a child process whose RLIMIT_FSIZE stops every file from growing (the
    kernel's EFBIG, SIGXFSZ ignored), "read-only" takes the write permission away (not as root).
    """

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        self.filler = path / "filler"
        self.file_limit: int | None = None  # limited: the RLIMIT_FSIZE of the commands

    def free(self) -> int:
        return shutil.disk_usage(self.path).free

    def fill(self, *, leave: int = 0) -> None:
        """Leave no room (or ``leave`` bytes) for what the next command writes."""
        if self.kind == "limited":
            largest = max(
                (p.stat().st_size for p in self.path.rglob("*") if p.is_file()), default=0
            )
            self.file_limit = largest + leave if leave else 0
            return
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (1024 * 1024, 4096, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * size)
        finally:
            os.close(fd)
        if leave:
            os.truncate(self.filler, max(0, self.filler.stat().st_size - leave))
        assert self.free() <= leave

    def make_room(self) -> None:
        """Undo :meth:`fill` (to read the vault back)."""
        self.file_limit = None
        self.filler.unlink(missing_ok=True)

    def read_only(self) -> None:
        if self.kind == "tmpfs":
            _mount("-o", "remount,ro", str(self.path))
            return
        if os.geteuid() == 0:
            # Not a missing feature but a machine that cannot show it: mount was refused and
            # root writes through any file mode. Where mount works (here and in CI) it runs.
            pytest.skip("no read-only disk can be made here: mount refused, and root ignores modes")
        for path in sorted(self.path.rglob("*"), reverse=True):
            os.chmod(path, 0o500 if path.is_dir() else 0o400)
        os.chmod(self.path, 0o500)


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, timeout=30)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    path = tmp_path / "disk"
    path.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", f"size={DISK_BYTES},mode=0700", "tmpfs", str(path))
    except (OSError, subprocess.CalledProcessError):
        yield Disk(path, "limited")
        for folder in [path, *path.rglob("*")]:
            with contextlib.suppress(OSError):
                os.chmod(folder, 0o700)
        return
    try:
        yield Disk(path, "tmpfs")
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, timeout=30)


# A command in a child process whose files may not grow past the limit given first.
LIMITED_CHILD = """
import resource, signal, sys
from circlesdesk.cli import main
from circlesdesk.vault import keyslots
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
keyslots.calibrate_kdf = lambda *a, **k: keyslots.KdfParams(memory_kib=65536, iterations=1, lanes=1)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
raise SystemExit(main(sys.argv[2:]))
"""


# -- the vaults and the input files ------------------------------------------------------------


@pytest.fixture(scope="module")
def prepared(
    tmp_path_factory: pytest.TempPathFactory,
    org_template: dict[str, Path],
    circle_template: Template,
) -> dict[str, Path]:
    """Locked vaults (office, alice, circle) and the input files, off the test disk."""
    base = tmp_path_factory.mktemp("faults")
    org = Org.copied(org_template, base / "org")
    inputs = base / "inputs"
    inputs.mkdir()
    try:
        alice = org.alice
        org.meeting("alice", minutes="We talked about the allotment.")
        (bundle,) = sync_service.export(alice)
        (inputs / "alice.cdb").write_bytes(bundle.data)
        request, _ = sync_service.enrollment_request(alice)
        (inputs / "request.cdr").write_bytes(request)
        partner, _ = disclosures.partner_key(org.office)
        (inputs / "partner.key").write_bytes(partner)
        (inputs / "alice.id").write_text(alice.info.device_id)
    finally:
        org.close_all()
    circle = copy_vault(circle_template.folder, base / "circle")
    with Vault.unlock(circle, passphrase=PASSPHRASE) as vault:
        made, _deleted = backups.create_backup(vault, out_dir=inputs)
    (inputs / "backup.name").write_text(made.path.name)
    return {
        "office": org.folders["office"],
        "alice": org.folders["alice"],
        "circle": circle_template.folder,
        "inputs": inputs,
    }


@pytest.fixture
def run_cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    circle_template: Template,
    disk: Disk,
) -> Iterator[object]:
    """Run `circlesdesk ARGV` as a user would: (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(keyslots, "calibrate_kdf", lambda *_args, **_kwargs: FAST_KDF)
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CIRCLESDESK_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    monkeypatch.setenv("CIRCLESDESK_RECOVERY_CODE", circle_template.recovery_code)

    def run(argv: list[str]) -> tuple[int, str, str]:
        if disk.file_limit is not None:  # the limited harness: a child with RLIMIT_FSIZE
            done = subprocess.run(
                [sys.executable, "-c", LIMITED_CHILD, str(disk.file_limit), *argv],
                capture_output=True, text=True, timeout=120, check=False,
                stdin=subprocess.DEVNULL,
            )  # fmt: skip
            return done.returncode, done.stdout, done.stderr
        code = cli.main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    yield run


def place(disk: Disk, prepared: dict[str, Path], command: str) -> tuple[Path, list[str]]:
    """Copy the command's vault onto the disk; (its folder, the full argv)."""
    role, argv = COMMANDS[command]
    folder = disk.path / "vault"
    if role not in (None, FILE_ONLY):
        copy_vault(prepared[role], folder)
    values = {
        "disk": str(disk.path),
        "inputs": str(prepared["inputs"]),
        "alice": (prepared["inputs"] / "alice.id").read_text(),
        "backup": str(prepared["inputs"] / (prepared["inputs"] / "backup.name").read_text()),
    }
    return folder, ["--data-dir", str(folder), *(arg.format(**values) for arg in argv)]


def one_sentence(err: str) -> str:
    assert "Traceback" not in err, err
    assert "because of a bug" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    sentence = re.sub(r"^\S+\.cdb: ", "", lines[0])  # import names the file it refers to
    assert sentence[:1].isupper() and sentence.endswith("."), sentence
    return sentence


def no_half_vault(folder: Path) -> None:
    """A command that failed to make a vault left none behind."""
    assert not Vault.exists(folder)


# -- the tests ---------------------------------------------------------------------------------


def _file_only(command: str, code: int, err: str, disk: Disk) -> bool:
    """For a command on files outside the vault: checked here (True), else False.

    It may work (reading a backup needs no room) or fail with one sentence; what it failed to
    make (a restored vault) is not left half made.
    """
    if COMMANDS[command][0] != FILE_ONLY:
        return False
    if code != 0:
        one_sentence(err)
        assert code != exits.BUG
        no_half_vault(disk.path / "restored")
    return True


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_on_a_full_disk(
    command: str, disk: Disk, prepared: dict[str, Path], run_cli: object
) -> None:
    folder, argv = place(disk, prepared, command)
    before = file_snapshot(folder) if folder.exists() else {}
    disk.fill()
    code, out, err = run_cli(argv)  # type: ignore[operator]
    if _file_only(command, code, err, disk):
        return
    sentence = one_sentence(err)
    assert out == "" or COMMANDS[command][0] is None, out
    if COMMANDS[command][0] is None:  # init and demo make new vaults: none is left half made
        assert code != 0
        assert sentence.startswith(
            ("There is no room left", "CirclesDesk could not use a file", "The disk reported")
        )
        no_half_vault(folder)
        return
    if disk.kind == "tmpfs":
        assert (code, sentence) == (DiskFull.exit_code, str(DiskFull()))
    else:  # SQLite reports a file that may not grow as an I/O error, not a full disk
        assert (code, sentence) in {
            (DiskFull.exit_code, str(DiskFull())),
            (StorageError.exit_code, str(StorageError())),
        }
    assert file_snapshot(folder) == before


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_on_a_read_only_disk(
    command: str, disk: Disk, prepared: dict[str, Path], run_cli: object
) -> None:
    folder, argv = place(disk, prepared, command)
    before = file_snapshot(folder) if folder.exists() else {}
    disk.read_only()
    code, out, err = run_cli(argv)  # type: ignore[operator]
    if _file_only(command, code, err, disk):
        return
    sentence = one_sentence(err)
    assert out == ""
    assert code == VaultReadOnly.exit_code
    if COMMANDS[command][0] is None:  # demo's folder is not a vault: the sentence says "folder"
        assert sentence.startswith(("The vault's folder is read-only", "The folder chosen"))
    else:
        assert sentence == str(VaultReadOnly())
    if folder.exists():
        assert file_snapshot(folder) == before


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_on_a_nearly_full_disk(
    command: str, disk: Disk, prepared: dict[str, Path], run_cli: object
) -> None:
    folder, argv = place(disk, prepared, command)
    role = COMMANDS[command][0]
    before = _rows(folder, role)
    disk.fill(leave=NEARLY_FULL_BYTES)
    code, _out, err = run_cli(argv)  # type: ignore[operator]
    if code == 0:
        return  # it fitted: a read, or a write small enough
    one_sentence(err)
    if role in (None, FILE_ONLY):
        no_half_vault(folder)
        return
    # Room is needed to read the rows back: the filler goes first.
    disk.make_room()
    assert _rows(folder, role) == before


def _rows(folder: Path, role: str | None) -> object:
    if role in (None, FILE_ONLY):
        return None
    passphrase = PASSPHRASE
    with Vault.unlock(folder, passphrase=passphrase) as vault:
        snapshot = rows(vault.conn)
    snapshot.pop("audit_log", None)  # an unlock that migrates nothing writes no row; keep it
    return snapshot


def test_the_disk_is_really_full(disk: Disk) -> None:
    if disk.kind != "tmpfs":
        pytest.skip("the limited harness limits each command's files, not the disk")
    disk.fill()
    with pytest.raises(OSError) as info:
        (disk.path / "one-more").write_bytes(b"x" * 8192)
    assert info.value.errno == errno.ENOSPC


GOLDEN = Path(__file__).resolve().parents[1] / "data" / "vault-v1"


def test_a_migration_without_room_for_its_backup_says_how_much_it_needs(
    disk: Disk, run_cli: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    if disk.kind != "tmpfs":
        pytest.skip("free space can only be measured on a real small disk (mount refused here)")
    folder = copy_vault(GOLDEN, disk.path / "vault")
    before = file_snapshot(folder)
    disk.fill(leave=900_000)  # more than the open needs, less than the copy and 2 MB
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", "golden vault passphrase v1")
    code, out, err = run_cli(["--data-dir", str(folder), "status"])  # type: ignore[operator]
    sentence = one_sentence(err)
    assert (code, out) == (DiskFull.exit_code, "")
    assert re.fullmatch(
        r"Updating the vault to this version of CirclesDesk needs 3 MB of free disk space for a "
        r"safety copy, and only 1 MB is free\. Nothing was changed\. Free some space and try "
        r"again\.",
        sentence,
    ), sentence
    assert file_snapshot(folder) == before  # no backup, half or whole, and no migration
