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


class VaultExists(VaultError):
    """A new vault was asked for in a folder that already holds one."""

    message = (
        "There is already a vault in this folder. Open it, or choose another folder for a new one."
    )


class VaultDamaged(VaultError):
    """The database cannot be read although its key was proved right by the key file."""

    message = "The vault file is damaged. Restore it from a backup, or ask your coordinator."


class VaultTooNew(VaultError):
    """The database's schema version is newer than this program knows."""

    message = "This vault was made by a newer version of CirclesDesk. Please update the app."


class VaultInUse(VaultError):
    """Another process holds the vault's lock."""

    message = "This vault is open in another window. Close it there first."


class VaultLocked(VaultError):
    """The vault was locked (by the user or after inactivity) and must be unlocked again."""

    message = "The vault is locked. Unlock it with your passphrase to continue."


class WeakPassphrase(VaultError):
    """A new passphrase that does not meet the rule in ``keyslots.check_passphrase``."""

    message = (
        "Please choose a passphrase of at least 10 characters, with some letters and some "
        "variety. A few unrelated words work well."
    )
