"""The errors a volunteer can meet when creating, unlocking or using a vault, each one sentence.

Every class here is a :class:`~circlesdesk.errors.UserError`: its message says what went wrong and
what to do next. Messages never contain a passphrase, a recovery code, a key or a file's contents.
"""

from __future__ import annotations

from circlesdesk.errors import UserError


class VaultError(UserError):
    """Base class of every vault problem a user can act on."""

    code = "vault.error"


# -- the key-slot file -------------------------------------------------------------------------


class WrongPassphrase(VaultError):
    """The passphrase slot's authentication tag did not verify: the passphrase is wrong."""

    code = "vault.wrong_passphrase"


class WrongRecoveryCode(VaultError):
    """The recovery code is not the one for this vault, or is not even written like one."""

    code = "vault.wrong_recovery_code"


class KeySlotsMissing(VaultError):
    """The key file that must sit next to the vault database is not there."""

    code = "vault.key_slots_missing"


class KeySlotsDamaged(VaultError):
    """The key file is not valid: truncated, edited, or not a CirclesDesk key file at all."""

    code = "vault.key_slots_damaged"


class KeySlotsTooNew(VaultError):
    """The key file has a format version this program does not know."""

    code = "vault.key_slots_too_new"


# -- the vault itself ----------------------------------------------------------------------------


class VaultMissing(VaultError):
    """There is no vault in the folder the user chose."""

    code = "vault.missing"
    exit_code = 13


class VaultExists(VaultError):
    """A new vault was asked for in a folder that already holds one."""

    code = "vault.exists"


class VaultDamaged(VaultError):
    """An integrity check proved the database damaged (its key was proved right by the key file).

    Said only after proof (``vault/diagnose.py``): a full disk, a read-only folder or a key file
    from another vault each have their own error, because restoring a backup over a good vault
    would destroy the work since that backup.
    """

    code = "vault.damaged"
    exit_code = 17


# -- the disk and the folder (environment problems: the vault itself is fine) --------------------


class DiskFull(VaultError):
    """The disk holding the vault has no room for what the command had to write."""

    code = "vault.disk_full"
    exit_code = 10


class NotEnoughSpace(DiskFull):
    """A vault update or key rotation needs room first, and the disk has too little.

    Checked before anything is written, so nothing is changed; the sentence says how much.
    """

    def __init__(self, *, needed: int, free: int, rotating: bool = False) -> None:
        super().__init__(
            "vault.not_enough_space.rotate" if rotating else "vault.not_enough_space.update",
            needed_mb=_megabytes(needed),
            free_mb=_megabytes(free),
        )
        self.needed = needed
        self.free = free


class VaultReadOnly(VaultError):
    """The vault's file or folder, or the whole disk, cannot be written to."""

    code = "vault.read_only"
    exit_code = 11


class VaultPermissionDenied(VaultError):
    """The operating system refuses this user access to the vault's files."""

    code = "vault.permission_denied"
    exit_code = 12


class DatabaseMissing(VaultError):
    """The key file is there but the database beside it is not."""

    code = "vault.database_missing"
    exit_code = 14


class DatabaseIsFolder(VaultError):
    """Where the database file should be there is a folder."""

    code = "vault.database_is_folder"
    exit_code = 15


class KeySlotsForeign(VaultError):
    """The key file opens its own slots, but its key reads no page of this database."""

    code = "vault.key_slots_foreign"
    exit_code = 16


class StorageError(VaultError):
    """The disk reported an input/output error that is neither a full disk nor proven damage."""

    code = "vault.storage_error"
    exit_code = 18


def _megabytes(size: int) -> int:
    """Whole megabytes, rounded up (at least 1)."""
    return max(1, -(-size // 1_000_000))


class VaultTooNew(VaultError):
    """The database's schema version is newer than this program knows."""

    code = "vault.too_new"


class VaultInUse(VaultError):
    """Another process holds the vault's lock."""

    code = "vault.in_use"


class VaultBusy(VaultError):
    """Another thread (a background import or export) held the vault's write lock for longer
    than a write waits (``database.WRITE_WAIT_SECONDS``); nothing was written."""

    code = "vault.busy"


class VaultLocked(VaultError):
    """The vault was locked (by the user or after inactivity) and must be unlocked again."""

    code = "vault.locked"


class WeakPassphrase(VaultError):
    """A new passphrase that does not meet the rule in ``keyslots.check_passphrase``."""

    code = "vault.weak_passphrase"
