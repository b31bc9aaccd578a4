"""Tests for circlesdesk.atomicfile: whole-or-nothing private writes and private folders."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesdesk import atomicfile
from circlesdesk.atomicfile import ensure_private_dir, write_private

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
TEMP_NAME = re.compile(r"\.circlesdesk-[0-9a-f]{16}\.tmp")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """Make the kernel refuse writes past ``limit`` bytes (EFBIG), as a full disk would."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


# -- write_private ---------------------------------------------------------------------------------


def test_write_creates_the_file_with_exactly_the_bytes(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    data = bytes(range(256)) * 1000

    write_private(target, data)

    assert target.read_bytes() == data
    assert os.listdir(tmp_path) == ["vault.keys"]


def test_write_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old contents that are longer than the new ones")

    write_private(target, b"new")

    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["vault.keys"]


def test_write_of_nothing_makes_an_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "empty"
    write_private(target, b"")
    assert target.read_bytes() == b""


@posix_only
def test_written_file_is_0600_even_with_an_open_umask(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    with umask(0):
        write_private(target, b"secret-ish")
    assert mode(target) == 0o600


@posix_only
def test_rewriting_a_world_readable_file_makes_it_private(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")
    target.chmod(0o644)

    write_private(target, b"new")

    assert mode(target) == 0o600


def test_temp_file_name_is_random_hex_beside_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def spy(source: Path, destination: Path) -> None:
        seen.append((Path(source), Path(destination)))
        real_replace(source, destination)

    monkeypatch.setattr(atomicfile.os, "replace", spy)
    target = tmp_path / "Jane-Doe-minutes.txt"
    write_private(target, b"a")
    write_private(target, b"b")

    (first, _), (second, _) = seen
    for temp in (first, second):
        assert temp.parent == tmp_path
        assert TEMP_NAME.fullmatch(temp.name)
        assert "Jane" not in temp.name
    assert first != second


def test_failure_after_the_temp_file_was_written_leaves_nothing_behind(tmp_path: Path) -> None:
    # A folder with something in it cannot be replaced by a file: os.replace fails after the
    # temp file was created, written and flushed.
    target = tmp_path / "vault.keys"
    target.mkdir()
    (target / "inside").write_bytes(b"x")

    with pytest.raises(OSError):
        write_private(target, b"new contents")

    assert sorted(os.listdir(tmp_path)) == ["vault.keys"]
    assert (target / "inside").read_bytes() == b"x"


def test_failure_while_writing_keeps_the_old_file_and_removes_the_temp(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")

    with pytest.raises(TypeError):
        write_private(target, "not bytes")  # type: ignore[arg-type]

    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["vault.keys"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE semantics")
def test_disk_refusing_the_write_keeps_the_old_file_and_removes_the_temp(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")

    with file_size_limit(64 * 1024), pytest.raises(OSError) as raised:
        write_private(target, b"n" * (1024 * 1024))

    assert raised.value.errno == errno.EFBIG  # the kernel refused the bytes past the limit
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["vault.keys"]


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_unwritable_folder_is_refused_and_the_old_file_kept(tmp_path: Path) -> None:
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            write_private(target, b"new")
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["vault.keys"]


def test_missing_folder_is_an_error_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_private(tmp_path / "nowhere" / "vault.keys", b"x")
    assert not (tmp_path / "nowhere").exists()


# -- ensure_private_dir ----------------------------------------------------------------------------


@posix_only
def test_new_folders_and_their_new_parents_are_0700(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    target = tmp_path / "data" / "CirclesDesk"

    with umask(0o022):
        assert ensure_private_dir(target) == target

    assert mode(target) == 0o700
    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path) == 0o755  # an existing parent is not ours to change


@posix_only
def test_existing_open_folder_is_made_private(tmp_path: Path) -> None:
    target = tmp_path / "vault"
    target.mkdir()
    target.chmod(0o755)
    (target / "vault.keys").write_bytes(b"kept")

    ensure_private_dir(target)

    assert mode(target) == 0o700
    assert (target / "vault.keys").read_bytes() == b"kept"


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "vault"
    target.write_bytes(b"not a folder")
    with pytest.raises(NotADirectoryError):
        ensure_private_dir(target)
    assert target.read_bytes() == b"not a folder"
