"""Private, atomic file writes: a 0600 temp file in the same folder, fsync, rename, fsync folder.

A reader (or a crash at any moment) sees either the whole old file or the whole new one, never a
mix, and the new file is never readable by other users, not even for an instant: permissions are
set when the temp file is created, before a single byte is written. Temp names are random hex, so
they carry nothing about what is being written.

Environment failures (disk full, no permission, read-only medium) are raised as the ``OSError``
they are; the temp file is removed first, so nothing is left behind.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path

from circlesdesk import crashpoints

log = logging.getLogger(__name__)

FILE_MODE = 0o600
DIR_MODE = 0o700
_TEMP_PREFIX = ".circlesdesk-"
_TEMP_SUFFIX = ".tmp"
# Folder fsync is a POSIX durability step; some file systems (network shares, FUSE) refuse it.
_DIR_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF}


def write_private(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; the file ends up with mode 0600.

    Steps: create ``.circlesdesk-<random hex>.tmp`` beside ``path`` with ``O_CREAT | O_EXCL`` and
    mode 0600, write everything, fsync, ``os.replace`` onto ``path``, then fsync the folder so the
    rename itself survives a power cut (POSIX only). On any failure the temp file is removed and
    ``path`` is left as it was.
    """
    write_private_chunks(path, (data,))


def write_private_chunks(
    path: Path, chunks: Iterable[bytes], *, before_rename: Callable[[Path], None] | None = None
) -> None:
    """:func:`write_private` for data that comes in pieces (a large file is never all in memory).

    ``before_rename(temp)`` runs once the temp file is complete and fsynced, before it takes
    ``path``'s place: a check that raises leaves ``path`` as it was and removes the temp file.
    """
    folder = path.parent
    temp = private_temp_path(folder)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    fd = os.open(temp, flags, FILE_MODE)
    try:
        try:
            if os.name == "posix":
                os.fchmod(fd, FILE_MODE)  # exactly 0600, whatever the umask
            for chunk in chunks:
                view = memoryview(chunk)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        crashpoints.reach(f"write.{path.name}.temp-written")
        if before_rename is not None:
            before_rename(temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    crashpoints.reach(f"write.{path.name}.renamed")
    _fsync_dir(folder)


def private_temp_path(folder: Path) -> Path:
    """A fresh temp name in ``folder`` of the kind :func:`remove_stray_temp_files` tidies."""
    return folder / f"{_TEMP_PREFIX}{secrets.token_hex(8)}{_TEMP_SUFFIX}"


def remove_stray_temp_files(folder: Path) -> int:
    """Delete the temp files that a process killed inside :func:`write_private` left behind.

    Only names this module makes (``.circlesdesk-<16 hex>.tmp``) are touched. Call it only while
    holding the folder's lock, so no other writer's temp file is removed. Returns how many went.
    """
    removed = 0
    for path in folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"):
        middle = path.name[len(_TEMP_PREFIX) : -len(_TEMP_SUFFIX)]
        if len(middle) == 16 and all(c in "0123456789abcdef" for c in middle) and path.is_file():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    if removed:
        log.warning("removed %d temp files left by an interrupted write", removed)
    return removed


def ensure_private_dir(path: Path) -> Path:
    """Make ``path`` (and any missing parents) with mode 0700; chmod it to 0700 if it exists.

    Only folders this call creates, and ``path`` itself, get mode 0700: existing parents (such as
    the user's home folder) are left alone. Returns ``path``.
    """
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process: fine
            folder.mkdir(mode=DIR_MODE)
        os.chmod(folder, DIR_MODE)  # mkdir's mode is reduced by the umask
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    os.chmod(path, DIR_MODE)
    return path


def _fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (the rename) to disk; a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
        log.warning("this file system does not flush folders (errno %d)", error.errno)
    finally:
        os.close(fd)
