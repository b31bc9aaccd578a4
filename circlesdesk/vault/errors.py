"""The errors a volunteer can meet when creating, unlocking or using a vault, each one sentence.

Every class here is a :class:`~circlesdesk.errors.UserError`: its message says what went wrong and
what to do next. Messages never contain a passphrase, a recovery code, a key or a file's contents.
"""

from __future__ import annotations

from circlesdesk.errors import UserError


class VaultError(UserError):
    """Base class of every vault problem a user can act on."""

    message = "The vault cannot be used right now."


# -- the key-slot file -------------------------------------------------------------------------


class WrongPassphrase(VaultError):
    """The passphrase slot's authentication tag did not verify: the passphrase is wrong."""

    message = "The passphrase is not right. Check Caps Lock and try again."


class WrongRecoveryCode(VaultError):
    """The recovery code is not the one for this vault, or is not even written like one."""

    message = (
        "The recovery code is not right. Compare each group of four with your written copy "
        "and try again."
    )


class KeySlotsMissing(VaultError):
    """The key file that must sit next to the vault database is not there."""

    message = (
        "The vault's key file is missing: it should be next to the vault database. "
        "Restore it from a backup, or ask your coordinator."
    )


class KeySlotsDamaged(VaultError):
    """The key file is not valid: truncated, edited, or not a CirclesDesk key file at all."""

    message = "The vault's key file is damaged. Restore it from a backup, or ask your coordinator."


class KeySlotsTooNew(VaultError):
    """The key file has a format version this program does not know."""

    message = "This vault was made by a newer version of CirclesDesk. Please update the app."


# -- the vault itself ----------------------------------------------------------------------------


class VaultMissing(VaultError):
    """There is no vault in the folder the user chose."""

    message = (
        "There is no vault in this folder. Choose the right folder, or create a vault with "
        "`circlesdesk init`."
    )
    exit_code = 13


class VaultExists(VaultError):
    """A new vault was asked for in a folder that already holds one."""

    message = (
        "There is already a vault in this folder. Open it, or choose another folder for a new one."
    )


class VaultDamaged(VaultError):
    """An integrity check proved the database damaged (its key was proved right by the key file).

    Said only after proof (``vault/diagnose.py``): a full disk, a read-only folder or a key file
    from another vault each have their own error, because restoring a backup over a good vault
    would destroy the work since that backup.
    """

    message = "The vault file is damaged. Restore it from a backup, or ask your coordinator."
    exit_code = 17


# -- the disk and the folder (environment problems: the vault itself is fine) --------------------


class DiskFull(VaultError):
    """The disk holding the vault has no room for what the command had to write."""

    message = (
        "There is no room left on the disk that holds the vault, so nothing was saved. "
        "Free some space (empty the wastebin, move large files away) and try again."
    )
    exit_code = 10


class NotEnoughSpace(DiskFull):
    """A vault update or key rotation needs room first, and the disk has too little.

    Checked before anything is written, so nothing is changed; the sentence says how much.
    """

    def __init__(self, *, needed: int, free: int, rotating: bool = False) -> None:
        action = (
            "Re-encrypting the vault with a new key"
            if rotating
            else "Updating the vault to this version of CirclesDesk"
        )
        purpose = "the re-encrypted copy" if rotating else "a safety copy"
        super().__init__(
            f"{action} needs {_megabytes(needed)} of free disk space for {purpose}, and only "
            f"{_megabytes(free)} is free. Nothing was changed. Free some space and try again."
        )
        self.needed = needed
        self.free = free


class VaultReadOnly(VaultError):
    """The vault's file or folder, or the whole disk, cannot be written to."""

    message = (
        "The vault's folder is read-only (a write-protected USB stick, a read-only share or "
        "changed permissions), so nothing was saved. Make it writable, or copy the vault folder "
        "to a place you can write to, and try again."
    )
    exit_code = 11


class VaultPermissionDenied(VaultError):
    """The operating system refuses this user access to the vault's files."""

    message = (
        "This user account is not allowed to open the vault's files (they belong to another "
        "account, or their permissions were changed). Nothing was changed. Sign in as the "
        "account that made the vault, or ask whoever looks after this computer for help."
    )
    exit_code = 12


class DatabaseMissing(VaultError):
    """The key file is there but the database beside it is not."""

    message = (
        "The vault database (vault.db) is missing from the vault folder: only its key file is "
        "there. Put vault.db back from the same backup as the key file, or ask your coordinator."
    )
    exit_code = 14


class DatabaseIsFolder(VaultError):
    """Where the database file should be there is a folder."""

    message = (
        "Where the vault database (vault.db) should be there is a folder. Move that folder "
        "away and put vault.db back from a backup, or ask your coordinator."
    )
    exit_code = 15


class KeySlotsForeign(VaultError):
    """The key file opens its own slots, but its key reads no page of this database."""

    message = (
        "The vault's key file belongs to another vault: it opens, but not this database. "
        "Put back the key file (vault.keys) from the same backup or folder as vault.db."
    )
    exit_code = 16


class StorageError(VaultError):
    """The disk reported an input/output error that is neither a full disk nor proven damage."""

    message = (
        "The disk reported an error while CirclesDesk was reading or writing the vault, so "
        "nothing was saved. Check the disk or USB stick (is it still plugged in?) and try again."
    )
    exit_code = 18


def _megabytes(size: int) -> str:
    return f"{max(1, -(-size // 1_000_000))} MB"


class VaultTooNew(VaultError):
    """The database's schema version is newer than this program knows."""

    message = "This vault was made by a newer version of CirclesDesk. Please update the app."


class VaultInUse(VaultError):
    """Another process holds the vault's lock."""

    message = "This vault is open in another window. Close it there first."


class VaultBusy(VaultError):
    """Another thread (a background import or export) held the vault's write lock for longer
    than a write waits (``database.WRITE_WAIT_SECONDS``); nothing was written."""

    message = (
        "CirclesDesk is still saving an import or export to the vault. Nothing was lost: "
        "wait until it has finished, then try again."
    )


class VaultLocked(VaultError):
    """The vault was locked (by the user or after inactivity) and must be unlocked again."""

    message = "The vault is locked. Unlock it with your passphrase to continue."


class WeakPassphrase(VaultError):
    """A new passphrase that does not meet the rule in ``keyslots.check_passphrase``."""

    message = (
        "Please choose a passphrase of at least 10 characters, with some letters and some "
        "variety. A few unrelated words work well."
    )
