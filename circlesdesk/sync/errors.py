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

    code = "bundle.error"


class BundleUnreadable(BundleError):
    """The file could not be read at all (missing, not a regular file, no permission)."""

    code = "bundle.unreadable"


class BundleTooLarge(BundleError):
    """The file is bigger than the vault's size limit; it was refused without being read."""

    code = "bundle.too_large"


class NotABundle(BundleError):
    """Not a bundle at all: empty, random bytes, an archive, text, another program's file."""

    code = "bundle.not_a_bundle"


class DamagedInTransit(BundleError):
    """The file's checksum does not match: cut short, padded, or changed on the way."""

    code = "bundle.damaged_in_transit"


class UnsupportedBundleVersion(BundleError):
    """The file uses a format version this program does not read."""

    code = "bundle.unsupported_version"


class UnsupportedCipherSuite(BundleError):
    """The file is encrypted or signed with algorithms this program does not support."""

    code = "bundle.unsupported_cipher_suite"


class WrongRecipient(BundleError):
    """The bundle is encrypted (or addressed in its signed header) to a key this vault lacks."""

    code = "bundle.wrong_recipient"


class BundleDecryptionFailed(BundleError):
    """The checksum is right but the bundle does not decrypt: forged or tampered with."""

    code = "bundle.decryption_failed"


class MalformedBundle(BundleError):
    """The decrypted contents are not framed as the format requires (faulty or foreign software)."""

    code = "bundle.malformed"


class UnknownSigner(BundleError):
    """The signing key is not in this vault's registry of enrolled devices (importer's check)."""

    code = "bundle.unknown_signer"


class RetiredKey(BundleError):
    """Signed with a key its owner replaced, after this vault confirmed the new one."""

    code = "bundle.retired_key"


class OfficeNotConfirmed(BundleError):
    """A welcome whose office fingerprint the user has not confirmed (or that differs)."""

    exit_code = 6

    code = "bundle.office_not_confirmed"


class OfficeFingerprintMismatch(OfficeNotConfirmed):
    """The office fingerprint given does not match the welcome's."""

    exit_code = 7

    code = "bundle.office_fingerprint_mismatch"


class BadSignature(BundleError):
    """The signature does not verify with the signer's registered key."""

    code = "bundle.bad_signature"


class MalformedHeader(BundleError):
    """The signed header is not strict JSON of the expected fields and types."""

    code = "bundle.malformed_header"


class SenderMismatch(BundleError):
    """The header names a sender other than the device whose key signed it."""

    code = "bundle.sender_mismatch"


class BodyHashMismatch(BundleError):
    """The records do not match the length and SHA-256 that the signed header states."""

    code = "bundle.body_hash_mismatch"


class BodyTooLarge(BundleError):
    """The records unpack to more than the header states or the vault's limit allows."""

    code = "bundle.body_too_large"


class TooManyRecords(BundleError):
    """More records than the vault's per-bundle limit."""

    code = "bundle.too_many_records"


class InvalidRecord(BundleError):
    """A record line is not a strict JSON object with the record envelope's fields and types."""

    code = "bundle.invalid_record"


class TextTooLong(InvalidRecord):
    """A text in a record is longer than the per-field limit."""

    code = "bundle.text_too_long"


class RecordTooLarge(InvalidRecord):
    """A record line is longer than the per-line limit: refused as soon as it passes it."""

    code = "bundle.record_too_large"


class InvalidPublicKey(BundleError):
    """A public key is malformed or weak (a low-order point that would void its protection)."""

    code = "bundle.invalid_public_key"


class NotAnEnrollmentRequest(BundleError):
    """Not a well-formed enrollment request."""

    code = "bundle.not_an_enrollment_request"


class UnsafeName(BundleError):
    """An enrollment request whose name holds control, invisible or direction-changing
    characters: it could be shown as, or pass for, another volunteer's name."""

    code = "bundle.unsafe_name"


class SequenceJump(BundleError):
    """The bundle's sequence number is far beyond the last one imported from that device."""

    code = "bundle.sequence_jump"


class NewerBundleSchema(BundleError):
    """The bundle was made by a newer CirclesDesk with records this version cannot store."""

    code = "bundle.newer_schema"


class UnexpectedBundle(BundleError):
    """A bundle of a kind this vault does not take (e.g. a sync bundle on a volunteer laptop)."""

    code = "bundle.unexpected_bundle"


class ImportInterrupted(BundleError):
    """The disk filled up or failed during the import; nothing was changed."""

    code = "bundle.import_interrupted"


class ForeignOriginRecord(InvalidRecord):
    """A record whose origin is not the device that signed the bundle."""

    code = "bundle.foreign_origin_record"


class UnexpectedRecordKind(InvalidRecord):
    """A kind of record this version does not know, or that this sender may not send."""

    code = "bundle.unexpected_record_kind"


class DanglingReference(InvalidRecord):
    """A record that refers to one neither in the bundle nor in the vault."""

    code = "bundle.dangling_reference"


class DisclosureRefused(BundleError):
    """A partner's disclosure bundle that cannot be trusted or read."""

    code = "disclosure.refused"


class WrongSender(DisclosureRefused):
    """The disclosure was signed by another key than the partner key chosen."""

    code = "disclosure.wrong_sender"
