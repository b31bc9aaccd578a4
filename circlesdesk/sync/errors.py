"""Why a bundle or enrollment request was refused, one class and one plain sentence per reason.

Every class here is a :class:`~circlesdesk.errors.UserError`: its message says, in words a
volunteer understands, what went wrong and what to do next. Messages never contain keys, names,
record text or anything else read from the refused file; at most a limit that this vault applies.
The checks that raise them, in order, are listed in ``docs/bundle-format.md``.
"""

from __future__ import annotations

from circlesdesk.errors import UserError


class BundleError(UserError):
    """A bundle or enrollment request that cannot be used."""

    message = "This file cannot be imported."


class BundleUnreadable(BundleError):
    """The file could not be read at all (missing, not a regular file, no permission)."""

    message = (
        "CirclesDesk could not read this file. Check that it is still there and that you are "
        "allowed to open it, then try again."
    )


class BundleTooLarge(BundleError):
    """The file is bigger than the vault's size limit; it was refused without being read."""

    message = (
        "This file is larger than CirclesDesk accepts for a bundle. Check that you picked the "
        "right file, or ask the sender to export smaller bundles."
    )


class NotABundle(BundleError):
    """Not a bundle at all: empty, random bytes, an archive, text, another program's file."""

    message = (
        "This file is not a CirclesDesk bundle. Check that you picked the right file; "
        "bundles end in .cdb."
    )


class DamagedInTransit(BundleError):
    """The file's checksum does not match: cut short, padded, or changed on the way."""

    message = (
        "This bundle was damaged on its way here: it is incomplete or was changed in transit. "
        "Ask the sender to send the same file again, as an attachment or on a USB stick."
    )


class UnsupportedBundleVersion(BundleError):
    """The file uses a format version this program does not read."""

    message = (
        "This bundle was made by a version of CirclesDesk that this one cannot read. "
        "Update CirclesDesk on both computers, then export the bundle again."
    )


class UnsupportedCipherSuite(BundleError):
    """The file is encrypted or signed with algorithms this program does not support."""

    message = (
        "This bundle is protected in a way this version of CirclesDesk does not support. "
        "Update CirclesDesk, then try again."
    )


class WrongRecipient(BundleError):
    """The bundle is encrypted (or addressed in its signed header) to a key this vault lacks."""

    message = (
        "This bundle was made for a different office. "
        "Ask your coordinator which office key you should have."
    )


class BundleDecryptionFailed(BundleError):
    """The checksum is right but the bundle does not decrypt: forged or tampered with."""

    message = (
        "This bundle could not be unlocked and may have been tampered with. Do not use it; "
        "tell your coordinator and ask the sender to export a new bundle."
    )


class MalformedBundle(BundleError):
    """The decrypted contents are not framed as the format requires (faulty or foreign software)."""

    message = (
        "This bundle is not laid out the way CirclesDesk expects. "
        "Ask the sender to update CirclesDesk and export again."
    )


class UnknownSigner(BundleError):
    """The signing key is not in this vault's registry of enrolled devices (importer's check)."""

    message = (
        "This bundle comes from a device this vault does not know. Check that the device is "
        "enrolled, or ask your coordinator."
    )


class RetiredKey(BundleError):
    """Signed with a key its owner replaced, after this vault confirmed the new one."""

    message = (
        "This file is signed with an old key that has been replaced, so it was not used: since "
        "the new key was confirmed, whoever still holds the old one cannot change anything "
        "here. Ask the sender for a new file, and tell your coordinator."
    )


class OfficeNotConfirmed(BundleError):
    """A welcome whose office fingerprint the user has not confirmed (or that differs)."""

    exit_code = 6

    message = (
        "The welcome file was not imported: its office fingerprint was not confirmed. Compare "
        "the numbers with your coordinator, then import it again."
    )


class OfficeFingerprintMismatch(OfficeNotConfirmed):
    """The office fingerprint given does not match the welcome's."""

    exit_code = 7

    message = (
        "The welcome file was not imported: its office fingerprint is not the one given. Do "
        "not use this file; phone your coordinator and tell them the numbers were different."
    )


class BadSignature(BundleError):
    """The signature does not verify with the signer's registered key."""

    message = (
        "The signature on this file does not match the device it comes from, so it may have "
        "been forged. Do not use it; tell your coordinator."
    )


class MalformedHeader(BundleError):
    """The signed header is not strict JSON of the expected fields and types."""

    message = (
        "This bundle's description of its contents is not in the form CirclesDesk expects. "
        "Ask the sender to update CirclesDesk and export again."
    )


class SenderMismatch(BundleError):
    """The header names a sender other than the device whose key signed it."""

    message = (
        "This bundle claims to come from a different device than the one that signed it. "
        "Do not use it; tell your coordinator."
    )


class BodyHashMismatch(BundleError):
    """The records do not match the length and SHA-256 that the signed header states."""

    message = (
        "The records in this bundle do not match its signed description, so they may have "
        "been changed. Do not use it; tell your coordinator."
    )


class BodyTooLarge(BundleError):
    """The records unpack to more than the header states or the vault's limit allows."""

    message = (
        "The records in this bundle unpack to more than CirclesDesk accepts. "
        "Ask the sender to export smaller bundles."
    )


class TooManyRecords(BundleError):
    """More records than the vault's per-bundle limit."""

    message = (
        "This bundle holds more records than CirclesDesk accepts at once. "
        "Ask the sender to export smaller bundles."
    )


class InvalidRecord(BundleError):
    """A record line is not a strict JSON object with the record envelope's fields and types."""

    message = (
        "A record in this bundle is not in the form CirclesDesk expects. "
        "Ask the sender to update CirclesDesk and export again."
    )


class TextTooLong(InvalidRecord):
    """A text in a record is longer than the per-field limit."""

    message = (
        "A record in this bundle holds a text longer than CirclesDesk accepts. "
        "Ask the sender to shorten it and export again."
    )


class RecordTooLarge(InvalidRecord):
    """A record line is longer than the per-line limit: refused as soon as it passes it."""

    message = (
        "A record in this bundle is larger than CirclesDesk accepts. "
        "Ask the sender to shorten it and export again."
    )


class InvalidPublicKey(BundleError):
    """A public key is malformed or weak (a low-order point that would void its protection)."""

    message = (
        "A key in this file is not a valid CirclesDesk key. "
        "Ask the sender to make the file again with CirclesDesk."
    )


class NotAnEnrollmentRequest(BundleError):
    """Not a well-formed enrollment request."""

    message = (
        "This file is not a CirclesDesk enrollment request. Check that you picked the request "
        "file the volunteer's CirclesDesk saved."
    )


class UnsafeName(BundleError):
    """An enrollment request whose name holds control, invisible or direction-changing
    characters: it could be shown as, or pass for, another volunteer's name."""

    message = (
        "The name in this enrollment request contains invisible or control characters that could "
        "make it look like another name. Ask the volunteer to type their name again and make a "
        "new request."
    )


class SequenceJump(BundleError):
    """The bundle's sequence number is far beyond the last one imported from that device."""

    message = (
        "This bundle's number is more than 1,000 ahead of the last one imported from that "
        "device, so it was not imported. Ask the sender to export again."
    )


class NewerBundleSchema(BundleError):
    """The bundle was made by a newer CirclesDesk with records this version cannot store."""

    message = (
        "This bundle was made by a newer version of CirclesDesk. Please update the app, then "
        "import it again."
    )


class UnexpectedBundle(BundleError):
    """A bundle of a kind this vault does not take (e.g. a sync bundle on a volunteer laptop)."""

    message = (
        "This bundle is not meant for this kind of vault. Volunteers import files from the "
        "office; the office imports files from volunteers."
    )


class ImportInterrupted(BundleError):
    """The disk filled up or failed during the import; nothing was changed."""

    message = (
        "The import could not be finished because the disk is full or failing. Nothing was "
        "changed; free some space and import the file again."
    )


class ForeignOriginRecord(InvalidRecord):
    """A record whose origin is not the device that signed the bundle."""

    message = (
        "This bundle holds records that claim to come from another device, so it was not "
        "imported. Tell your coordinator."
    )


class UnexpectedRecordKind(InvalidRecord):
    """A kind of record this version does not know, or that this sender may not send."""

    message = (
        "This bundle holds a kind of record that its sender may not send, or that this version "
        "of CirclesDesk does not know. Update CirclesDesk, or tell your coordinator."
    )


class DanglingReference(InvalidRecord):
    """A record that refers to one neither in the bundle nor in the vault."""

    message = (
        "This bundle holds a record that refers to a meeting that is missing, so it was not "
        "imported. Ask the sender to export again."
    )


class DisclosureRefused(BundleError):
    """A partner's disclosure bundle that cannot be trusted or read."""

    message = (
        "This file is not a disclosure this office can trust. Do not use it; ask the office "
        "that sent it to send it again."
    )


class WrongSender(DisclosureRefused):
    """The disclosure was signed by another key than the partner key chosen."""

    message = (
        "This disclosure was not signed by the office whose key you chose, so it may have been "
        "forged. Do not use it; check with the office that is said to have sent it."
    )
