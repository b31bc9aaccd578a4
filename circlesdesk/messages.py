"""The catalogue: every code the core speaks in, with the English sentence it stands for.

The core never raises or returns an English sentence for a user. It raises a
:class:`~circlesdesk.errors.UserError` (or returns a :class:`Message`) carrying a stable *code*
such as ``"vault.wrong_passphrase"`` and its *parameters* (keyword values). :func:`render` turns
a code and its parameters into the sentence, in one place for both readers:

* the GUI passes ``QCoreApplication.translate`` (``circlesdesk.ui.crash.user_text``), so the
  sentence appears in the user's language wherever the translation has it;
* the command line and the logs take the English (``str(error)`` and ``str(message)``).

Each template is marked with ``QT_TRANSLATE_NOOP("Messages", …)``: ``pyside6-lupdate`` reads that
marker (it parses the source, never imports it), so ``make translations`` puts every sentence in
the ``Messages`` context of each ``.ts`` file although this module imports no Qt. Parameters are
written ``{name}`` (translators keep them); a parameter that is itself a :class:`Message` is
rendered (and translated) first, and a text parameter listed in :data:`WORDS` (a field's name,
a kind of record) is translated too. Codes are never renamed: a test checks that every code raised
or returned exists here with exactly the parameters its raise sites pass.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Callable, Mapping
from typing import Final

CONTEXT: Final = "Messages"
"""The translation context of every sentence here (what translators see in Qt Linguist)."""
WORDS_CONTEXT: Final = "Words"
"""The translation context of the words a sentence may name (:data:`WORDS`)."""

Translate = Callable[[str, str], str]
"""``translate(context, english) -> text``: ``QCoreApplication.translate`` in the GUI."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (read by lupdate); returns it unchanged."""
    del context
    return text


def english(context: str, text: str) -> str:
    """The :data:`Translate` of the command line and the logs: the English itself."""
    del context
    return text


@dataclasses.dataclass(frozen=True)
class Message:
    """A sentence for a user, told as a code and its parameters (see the module docstring)."""

    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in TEMPLATES:
            raise KeyError(f"no such message code: {self.code}")

    def __str__(self) -> str:
        return render(self)

    def render(self, translate: Translate = english) -> str:
        """The sentence in the language ``translate`` speaks (English by default)."""
        return render(self, translate)


def render(message: Message, translate: Translate = english) -> str:
    """The sentence for ``message``: its template (translated), filled with its parameters."""
    template = translate(CONTEXT, TEMPLATES[message.code])
    values = {name: _value(value, translate) for name, value in message.params.items()}
    return template.format(**values)


def _value(value: object, translate: Translate) -> object:
    if isinstance(value, Message):
        return render(value, translate)
    if isinstance(value, str) and value in WORDS:
        return translate(WORDS_CONTEXT, value)
    return value


def placeholders(code: str) -> set[str]:
    """The parameter names the template of ``code`` needs."""
    return {
        field.split(".")[0].split("[")[0]
        for _text, field, _spec, _conversion in string.Formatter().parse(TEMPLATES[code])
        if field
    }


UNTRANSLATED: Final = "untranslated"
"""The code of a sentence written in English where it was raised (none should be left)."""

TEMPLATES: Final[dict[str, str]] = {
    UNTRANSLATED: "{text}",
    "general": QT_TRANSLATE_NOOP("Messages", "Something went wrong."),
    "invalid": QT_TRANSLATE_NOOP("Messages", "Some of the information entered is not valid."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "That record does not exist in this vault."),
    "wrong_role": QT_TRANSLATE_NOOP(
        "Messages",
        "This action is not available in this vault's role.",
    ),
    "vault.error": QT_TRANSLATE_NOOP("Messages", "The vault cannot be used right now."),
    "vault.wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "The passphrase is not right. Check Caps Lock and try again.",
    ),
    "vault.wrong_recovery_code": QT_TRANSLATE_NOOP(
        "Messages",
        "The recovery code is not right. Compare each group of four with your written copy "
        "and try again.",
    ),
    "vault.key_slots_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault's key file is missing: it should be next to the vault database. Restore it "
        "from a backup, or ask your coordinator.",
    ),
    "vault.key_slots_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault's key file is damaged. Restore it from a backup, or ask your coordinator.",
    ),
    "vault.key_slots_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault was made by a newer version of CirclesDesk. Please update the app.",
    ),
    "vault.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no vault in this folder. Choose the right folder, or create a vault with "
        "`circlesdesk init`.",
    ),
    "vault.exists": QT_TRANSLATE_NOOP(
        "Messages",
        "There is already a vault in this folder. Open it, or choose another folder for a new one.",
    ),
    "vault.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault file is damaged. Restore it from a backup, or ask your coordinator.",
    ),
    "vault.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no room left on the disk that holds the vault, so nothing was saved. Free "
        "some space (empty the wastebin, move large files away) and try again.",
    ),
    "vault.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault's folder is read-only (a write-protected USB stick, a read-only share or "
        "changed permissions), so nothing was saved. Make it writable, or copy the vault "
        "folder to a place you can write to, and try again.",
    ),
    "vault.permission_denied": QT_TRANSLATE_NOOP(
        "Messages",
        "This user account is not allowed to open the vault's files (they belong to another "
        "account, or their permissions were changed). Nothing was changed. Sign in as the "
        "account that made the vault, or ask whoever looks after this computer for help.",
    ),
    "vault.database_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault database (vault.db) is missing from the vault folder: only its key file is "
        "there. Put vault.db back from the same backup as the key file, or ask your "
        "coordinator.",
    ),
    "vault.database_is_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "Where the vault database (vault.db) should be there is a folder. Move that folder "
        "away and put vault.db back from a backup, or ask your coordinator.",
    ),
    "vault.key_slots_foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault's key file belongs to another vault: it opens, but not this database. Put "
        "back the key file (vault.keys) from the same backup or folder as vault.db.",
    ),
    "vault.storage_error": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk reported an error while CirclesDesk was reading or writing the vault, so "
        "nothing was saved. Check the disk or USB stick (is it still plugged in?) and try "
        "again.",
    ),
    "vault.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault was made by a newer version of CirclesDesk. Please update the app.",
    ),
    "vault.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault is open in another window. Close it there first.",
    ),
    "vault.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "CirclesDesk is still saving an import or export to the vault. Nothing was lost: wait "
        "until it has finished, then try again.",
    ),
    "vault.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault is locked. Unlock it with your passphrase to continue.",
    ),
    "vault.weak_passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "Please choose a passphrase of at least 10 characters, with some letters and some "
        "variety. A few unrelated words work well.",
    ),
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a CirclesDesk backup (or it was cut short). Choose a backup file.",
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup is damaged: its database does not check out. Do not rely on it; use "
        "another backup and make a new one today.",
    ),
    "backup.manifest_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup's manifest does not match what it holds (it was altered or damaged). Do "
        "not rely on it; use another backup.",
    ),
    "backup.restore_target_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder chosen for the restore already holds a vault. CirclesDesk never restores "
        "over a vault: choose a new, empty folder.",
    ),
    "backup.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup was made by a newer version of CirclesDesk. Update the app first.",
    ),
    "bundle.error": QT_TRANSLATE_NOOP("Messages", "This file cannot be imported."),
    "bundle.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "CirclesDesk could not read this file. Check that it is still there and that you are "
        "allowed to open it, then try again.",
    ),
    "bundle.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is larger than CirclesDesk accepts for a bundle. Check that you picked the "
        "right file, or ask the sender to export smaller bundles.",
    ),
    "bundle.not_a_bundle": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a CirclesDesk bundle. Check that you picked the right file; bundles "
        "end in .cdb.",
    ),
    "bundle.damaged_in_transit": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle was damaged on its way here: it is incomplete or was changed in transit. "
        "Ask the sender to send the same file again, as an attachment or on a USB stick.",
    ),
    "bundle.unsupported_version": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle was made by a version of CirclesDesk that this one cannot read. Update "
        "CirclesDesk on both computers, then export the bundle again.",
    ),
    "bundle.unsupported_cipher_suite": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle is protected in a way this version of CirclesDesk does not support. "
        "Update CirclesDesk, then try again.",
    ),
    "bundle.wrong_recipient": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle was made for a different office. Ask your coordinator which office key "
        "you should have.",
    ),
    "bundle.decryption_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle could not be unlocked and may have been tampered with. Do not use it; "
        "tell your coordinator and ask the sender to export a new bundle.",
    ),
    "bundle.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle is not laid out the way CirclesDesk expects. Ask the sender to update "
        "CirclesDesk and export again.",
    ),
    "bundle.unknown_signer": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle comes from a device this vault does not know. Check that the device is "
        "enrolled, or ask your coordinator.",
    ),
    "bundle.retired_key": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is signed with an old key that has been replaced, so it was not used: "
        "since the new key was confirmed, whoever still holds the old one cannot change "
        "anything here. Ask the sender for a new file, and tell your coordinator.",
    ),
    "bundle.office_not_confirmed": QT_TRANSLATE_NOOP(
        "Messages",
        "The welcome file was not imported: its office fingerprint was not confirmed. Compare "
        "the numbers with your coordinator, then import it again.",
    ),
    "bundle.office_fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The welcome file was not imported: its office fingerprint is not the one given. Do "
        "not use this file; phone your coordinator and tell them the numbers were different.",
    ),
    "bundle.bad_signature": QT_TRANSLATE_NOOP(
        "Messages",
        "The signature on this file does not match the device it comes from, so it may have "
        "been forged. Do not use it; tell your coordinator.",
    ),
    "bundle.malformed_header": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle's description of its contents is not in the form CirclesDesk expects. "
        "Ask the sender to update CirclesDesk and export again.",
    ),
    "bundle.sender_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle claims to come from a different device than the one that signed it. Do "
        "not use it; tell your coordinator.",
    ),
    "bundle.body_hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The records in this bundle do not match its signed description, so they may have "
        "been changed. Do not use it; tell your coordinator.",
    ),
    "bundle.body_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The records in this bundle unpack to more than CirclesDesk accepts. Ask the sender "
        "to export smaller bundles.",
    ),
    "bundle.too_many_records": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle holds more records than CirclesDesk accepts at once. Ask the sender to "
        "export smaller bundles.",
    ),
    "bundle.invalid_record": QT_TRANSLATE_NOOP(
        "Messages",
        "A record in this bundle is not in the form CirclesDesk expects. Ask the sender to "
        "update CirclesDesk and export again.",
    ),
    "bundle.text_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "A record in this bundle holds a text longer than CirclesDesk accepts. Ask the sender "
        "to shorten it and export again.",
    ),
    "bundle.record_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "A record in this bundle is larger than CirclesDesk accepts. Ask the sender to "
        "shorten it and export again.",
    ),
    "bundle.invalid_public_key": QT_TRANSLATE_NOOP(
        "Messages",
        "A key in this file is not a valid CirclesDesk key. Ask the sender to make the file "
        "again with CirclesDesk.",
    ),
    "bundle.not_an_enrollment_request": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a CirclesDesk enrollment request. Check that you picked the request "
        "file the volunteer's CirclesDesk saved.",
    ),
    "bundle.unsafe_name": QT_TRANSLATE_NOOP(
        "Messages",
        "The name in this enrollment request contains invisible or control characters that "
        "could make it look like another name. Ask the volunteer to type their name again and "
        "make a new request.",
    ),
    "bundle.sequence_jump": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle's number is more than 1,000 ahead of the last one imported from that "
        "device, so it was not imported. Ask the sender to export again.",
    ),
    "bundle.newer_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle was made by a newer version of CirclesDesk. Please update the app, then "
        "import it again.",
    ),
    "bundle.unexpected_bundle": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle is not meant for this kind of vault. Volunteers import files from the "
        "office; the office imports files from volunteers.",
    ),
    "bundle.import_interrupted": QT_TRANSLATE_NOOP(
        "Messages",
        "The import could not be finished because the disk is full or failing. Nothing was "
        "changed; free some space and import the file again.",
    ),
    "bundle.foreign_origin_record": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle holds records that claim to come from another device, so it was not "
        "imported. Tell your coordinator.",
    ),
    "bundle.unexpected_record_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle holds a kind of record that its sender may not send, or that this "
        "version of CirclesDesk does not know. Update CirclesDesk, or tell your coordinator.",
    ),
    "bundle.dangling_reference": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle holds a record that refers to a meeting that is missing, so it was not "
        "imported. Ask the sender to export again.",
    ),
    "meeting.blank": QT_TRANSLATE_NOOP(
        "Messages",
        "There is nothing to save yet: write the minutes, tick who came or add a concern. "
        "Nothing was saved.",
    ),
    "meeting.duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "There is already a meeting for this circle on this date. Nothing was saved; if there "
        "really were two meetings that day, confirm it (on the command line: --again).",
    ),
    "meeting.sent": QT_TRANSLATE_NOOP(
        "Messages",
        "This meeting has already gone to the office, so it cannot be withdrawn. Correct it "
        "instead: the correction goes to the office with your next file.",
    ),
    "meeting.not_yours": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the laptop that recorded this meeting can change it.",
    ),
    "sync.write_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The file could not be written. Check the folder exists and there is free space.",
    ),
    "sync.read_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The file could not be read. Check it is still there, then choose it again.",
    ),
    "disclosure.refused": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a disclosure this office can trust. Do not use it; ask the office "
        "that sent it to send it again.",
    ),
    "disclosure.wrong_sender": QT_TRANSLATE_NOOP(
        "Messages",
        "This disclosure was not signed by the office whose key you chose, so it may have "
        "been forged. Do not use it; check with the office that is said to have sent it.",
    ),
    "concern.phone_call_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "An urgent concern (level 3 or 4) needs the time you phoned the coordinator: phone "
        "first (999 first for level 4), then give the time of the call (on the command line: "
        "--called-at HH:MM). Nothing was saved.",
    ),
    "file.problem": QT_TRANSLATE_NOOP(
        "Messages",
        "CirclesDesk could not use a file or folder it needs (it could not be read or "
        "written). Check the disk and try again.",
    ),
    "file.problem_because": QT_TRANSLATE_NOOP(
        "Messages",
        "CirclesDesk could not use a file or folder it needs ({reason}). Check the disk and "
        "try again.",
    ),
    "vault.not_enough_space.update": QT_TRANSLATE_NOOP(
        "Messages",
        "Updating the vault to this version of CirclesDesk needs {needed_mb} MB of free disk "
        "space for a safety copy, and only {free_mb} MB is free. Nothing was changed. Free "
        "some space and try again.",
    ),
    "vault.not_enough_space.rotate": QT_TRANSLATE_NOOP(
        "Messages",
        "Re-encrypting the vault with a new key needs {needed_mb} MB of free disk space for "
        "the re-encrypted copy, and only {free_mb} MB is free. Nothing was changed. Free some "
        "space and try again.",
    ),
    "import.ready": QT_TRANSLATE_NOOP("Messages", "Ready to import."),
    "import.already-imported": QT_TRANSLATE_NOOP("Messages", "Already imported; nothing to do."),
    "import.covered": QT_TRANSLATE_NOOP(
        "Messages",
        "Already covered by a later bundle from the same device; nothing to do.",
    ),
    "import.waiting": QT_TRANSLATE_NOOP(
        "Messages",
        "Waiting for an earlier bundle from the same device. Ask the volunteer for it.",
    ),
    "import.fork": QT_TRANSLATE_NOOP(
        "Messages",
        "A different bundle with this number was already imported (a restored or copied "
        "laptop). It will not be imported; talk to the volunteer.",
    ),
    "import.revoked": QT_TRANSLATE_NOOP(
        "Messages",
        "Sent by a device that has been revoked. It will not be imported.",
    ),
    "import.out-of-scope": QT_TRANSLATE_NOOP(
        "Messages",
        "It holds records outside the circles its device may write to. It is held for the "
        "coordinator.",
    ),
    "scope.circle": QT_TRANSLATE_NOOP("Messages", "circle {code}"),
    "scope.some_circle": QT_TRANSLATE_NOOP("Messages", "a circle"),
    "scope.no-circle": QT_TRANSLATE_NOOP(
        "Messages",
        "The {kind} of {day} is for a circle that does not exist in this office.",
    ),
    "scope.not-assigned": QT_TRANSLATE_NOOP(
        "Messages",
        "The {kind} of {day} is for {circle}, which the sending device was not assigned to on "
        "that day.",
    ),
    "scope.not-own-meeting": QT_TRANSLATE_NOOP(
        "Messages",
        "The {kind} of {day} is for a meeting in {circle} recorded on another device.",
    ),
    "scope.not-own-person": QT_TRANSLATE_NOOP(
        "Messages",
        "The {kind} of {day} in {circle} is booked to another person than the sending "
        "device's volunteer.",
    ),
    "scope.other-circle": QT_TRANSLATE_NOOP(
        "Messages",
        "The {kind} of {day} in {circle} refers to a record or person outside that circle.",
    ),
    "scope.unknown-meeting": QT_TRANSLATE_NOOP(
        "Messages",
        "The {kind} of {day} in {circle} refers to a meeting this office does not hold.",
    ),
    "scope.held": QT_TRANSLATE_NOOP("Messages", "{problem} Nothing in the bundle was imported."),
    "scope.held_more": QT_TRANSLATE_NOOP(
        "Messages",
        "{problem} {more} more record(s) in it are outside the device's circles too. Nothing "
        "in the bundle was imported.",
    ),
    "conflict.contents_not_kept": QT_TRANSLATE_NOOP(
        "Messages",
        "The contents of this bundle were not kept, so its records cannot be shown.",
    ),
    "conflict.records_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The records of this bundle cannot be shown: {problem}",
    ),
    "bundle.invalid_record_because": QT_TRANSLATE_NOOP(
        "Messages",
        "A {kind} record in this bundle is not valid. {problem} Ask the sender to export again.",
    ),
    "invalid.not_text": QT_TRANSLATE_NOOP("Messages", "The {field} must be text."),
    "invalid.control_characters": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} contains control characters; please remove them.",
    ),
    "invalid.not_single_line": QT_TRANSLATE_NOOP("Messages", "The {field} must be a single line."),
    "invalid.unstorable": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} contains characters that cannot be stored.",
    ),
    "invalid.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} is too long (at most {limit:,} characters).",
    ),
    "invalid.required": QT_TRANSLATE_NOOP("Messages", "Please enter the {field}."),
    "invalid.invisible": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} contains invisible or direction-changing characters; please remove them.",
    ),
    "invalid.date_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} must be a date written as YYYY-MM-DD.",
    ),
    "invalid.not_a_date": QT_TRANSLATE_NOOP("Messages", "The {field} is not a real calendar date."),
    "invalid.out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} must be between {earliest} and {latest}.",
    ),
    "invalid.time_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} must be a time written as HH:MM.",
    ),
    "invalid.not_a_time": QT_TRANSLATE_NOOP("Messages", "The {field} is not a real time of day."),
    "invalid.not_a_timestamp": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} must be a date and time.",
    ),
    "invalid.no_time_zone": QT_TRANSLATE_NOOP("Messages", "The {field} must include a time zone."),
    "invalid.in_future": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} is in the future; check the date and the clock.",
    ),
    "invalid.not_whole_number": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} must be a whole number.",
    ),
    "invalid.not_between": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} must be between {low} and {high}.",
    ),
    "invalid.not_yes_no": QT_TRANSLATE_NOOP("Messages", "The {field} must be yes or no."),
    "invalid.not_one_of": QT_TRANSLATE_NOOP("Messages", "The {field} must be one of: {options}."),
    "invalid.not_a_key": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} must be a short key of lowercase letters, digits and hyphens.",
    ),
    "invalid.circle_code": QT_TRANSLATE_NOOP(
        "Messages",
        "The circle code must be letters, a hyphen and a number, for example SW-014.",
    ),
    "invalid.not_an_identifier": QT_TRANSLATE_NOOP(
        "Messages",
        "The {field} is not a valid identifier.",
    ),
    "invalid.device_id": QT_TRANSLATE_NOOP("Messages", "The device id is not valid."),
    "record.bad_revision": QT_TRANSLATE_NOOP(
        "Messages",
        "The revision must be a positive whole number.",
    ),
    "record.not_a_list": QT_TRANSLATE_NOOP("Messages", "The {field} must be a list."),
    "record.not_a_mapping": QT_TRANSLATE_NOOP("Messages", "The {field} must be a set of values."),
    "record.not_fields": QT_TRANSLATE_NOOP("Messages", "A {kind} record is not a set of fields."),
    "record.unknown_fields": QT_TRANSLATE_NOOP(
        "Messages",
        "A {kind} record has fields CirclesDesk does not know.",
    ),
    "record.missing_fields": QT_TRANSLATE_NOOP(
        "Messages",
        "A {kind} record is missing some of its fields.",
    ),
    "record.too_many": QT_TRANSLATE_NOOP(
        "Messages",
        "There are too many {field} (at most {limit}).",
    ),
    "record.escalation_incomplete": QT_TRANSLATE_NOOP(
        "Messages",
        "An escalation needs the agency and the basis for it.",
    ),
    "config.list_size": QT_TRANSLATE_NOOP(
        "Messages",
        "The list of each {field} must have 1 to 100 entries.",
    ),
    "config.guidance_levels": QT_TRANSLATE_NOOP(
        "Messages",
        "The urgency guidance must have a text for each level 0 to 4.",
    ),
    "concern.call_time_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The time of the call is not a valid time.",
    ),
    "concern.call_time_future": QT_TRANSLATE_NOOP(
        "Messages",
        "The time of the call is in the future; give the time you phoned.",
    ),
    "role.volunteer_only.enrollment": QT_TRANSLATE_NOOP(
        "Messages",
        "Only a volunteer vault can ask to be enrolled.",
    ),
    "role.office_only.enroll": QT_TRANSLATE_NOOP(
        "Messages",
        "Only an office vault can enroll devices.",
    ),
    "role.office_only.revoke": QT_TRANSLATE_NOOP(
        "Messages",
        "Only an office vault can revoke devices.",
    ),
    "role.office_only.rotate_key": QT_TRANSLATE_NOOP(
        "Messages",
        "Only an office vault can rotate the office key.",
    ),
    "hours.not_welcomed": QT_TRANSLATE_NOOP(
        "Messages",
        "Hours can be recorded once this laptop has been welcomed by the office.",
    ),
    "review.scores_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Please give a score from 0 to 6 for every review item.",
    ),
    "backup.choose_every": QT_TRANSLATE_NOOP("Messages", "Choose daily or weekly backups."),
    "backup.choose_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose the folder the backups go to (a full path).",
    ),
    "backup.no_schedule": QT_TRANSLATE_NOOP(
        "Messages",
        "No backup schedule is set. Set one on the Backups page.",
    ),
    "backup.keep_range": QT_TRANSLATE_NOOP(
        "Messages",
        "Keep between {low} and {high} backups (older ones are deleted).",
    ),
    "circle.not_a_member": QT_TRANSLATE_NOOP(
        "Messages",
        "One of the names given is not a member of this circle.",
    ),
    "role.office_only.circles": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office can create or change circles.",
    ),
    "circle.no_such_code": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no circle with code {code} in this vault.",
    ),
    "circle.code_required": QT_TRANSLATE_NOOP("Messages", "Please enter the circle code."),
    "circle.code_taken": QT_TRANSLATE_NOOP("Messages", "A circle with code {code} already exists."),
    "circle.volunteer_twice": QT_TRANSLATE_NOOP("Messages", "The same volunteer is named twice."),
    "circle.already_member": QT_TRANSLATE_NOOP(
        "Messages",
        "That volunteer is already in this circle.",
    ),
    "circle.left_before_joined": QT_TRANSLATE_NOOP(
        "Messages",
        "The leaving date is before the day they joined the circle.",
    ),
    "review_template.item_count": QT_TRANSLATE_NOOP(
        "Messages",
        "A review template must have 1 to 100 items.",
    ),
    "review_template.protective_not_an_item": QT_TRANSLATE_NOOP(
        "Messages",
        "A protective factor must be one of the review items.",
    ),
    "role.office_only.volunteer_records": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office keeps volunteers' own records.",
    ),
    "volunteer.not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no such volunteer in this vault.",
    ),
    "volunteer.no_such_name": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no volunteer of that name in this vault.",
    ),
    "training.in_future": QT_TRANSLATE_NOOP(
        "Messages",
        "The date the course was completed is in the future.",
    ),
    "vetting.expiry_before_issue": QT_TRANSLATE_NOOP(
        "Messages",
        "The expiry date must be after the issue date.",
    ),
    "vetting.expired_any": QT_TRANSLATE_NOOP(
        "Messages",
        "This volunteer's vetting has expired, so they cannot be assigned to a circle.",
    ),
    "vetting.expired": QT_TRANSLATE_NOOP(
        "Messages",
        "This volunteer's {check} expired on {expires_on}, so they cannot be assigned to a "
        "circle until a current one is recorded on their record page.",
    ),
    "role.office_only.conflicts": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office can decide on conflicts and forks.",
    ),
    "conflict.note_required": QT_TRANSLATE_NOOP("Messages", "Write a note saying why, first."),
    "conflict.choose_side": QT_TRANSLATE_NOOP(
        "Messages",
        'Choose "keep ours" or "take theirs".',
    ),
    "conflict.not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "That conflict does not exist in this vault.",
    ),
    "conflict.already_decided": QT_TRANSLATE_NOOP(
        "Messages",
        "This conflict has already been decided.",
    ),
    "conflict.bundle_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "That quarantined bundle does not exist in this vault.",
    ),
    "conflict.bundle_already_decided": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle has already been decided.",
    ),
    "conflict.only_forks_accepted": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the records of a fork can be accepted; a revoked device's bundle can only be "
        "set aside.",
    ),
    "conflict.bundle_superseded": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle can no longer be imported: a later bundle from the same laptop was "
        "imported since. Set it aside instead.",
    ),
    "conflict.other_origin": QT_TRANSLATE_NOOP(
        "Messages",
        "This version was made on another device than the record, so it cannot be taken: that "
        "would put one person's words under another's name. Choose \"keep ours\" and ask the "
        "volunteer who sent it.",
    ),
    "demo.too_small": QT_TRANSLATE_NOOP(
        "Messages",
        "The demo needs at least one circle, volunteer and week.",
    ),
    "demo.folder_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "That folder already holds a demo; choose an empty folder.",
    ),
    "meeting.unknown_category": QT_TRANSLATE_NOOP(
        "Messages",
        "The concern category is not on the office's list; run 'circlesdesk meeting add "
        "--help' to see the categories.",
    ),
    "meeting.attendance_not_member": QT_TRANSLATE_NOOP(
        "Messages",
        "Attendance can only be recorded for members of the circle.",
    ),
    "meeting.unknown_life_area": QT_TRANSLATE_NOOP(
        "Messages",
        "One of the life areas is not on the office's list.",
    ),
    "meeting.only_own_details": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the meeting's own details can be changed here.",
    ),
    "meeting.not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "That meeting does not exist in this vault.",
    ),
    "review.not_reviewed_yet": QT_TRANSLATE_NOOP(
        "Messages",
        "This meeting has not been marked reviewed yet, so there is nothing to compare.",
    ),
    "review.revision_gone": QT_TRANSLATE_NOOP(
        "Messages",
        "The reviewed revision of this meeting is no longer in this vault.",
    ),
    "role.office_only": QT_TRANSLATE_NOOP("Messages", "Only the coordinator's office can do this."),
    "concern.already_closed": QT_TRANSLATE_NOOP("Messages", "This concern is already closed."),
    "invalid.write_first": QT_TRANSLATE_NOOP("Messages", "Write the {field} first."),
    "concern.disclosure_time_zone": QT_TRANSLATE_NOOP(
        "Messages",
        "The time of the disclosure must include a time zone.",
    ),
    "concern.disclosure_time_future": QT_TRANSLATE_NOOP(
        "Messages",
        "The time of the disclosure cannot be in the future.",
    ),
    "sync.no_such_folder": QT_TRANSLATE_NOOP("Messages", "The folder to write to does not exist."),
    "file.folder_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "CirclesDesk could not read this folder. Check that it is still there and that you "
        "are allowed to open it.",
    ),
    "config.keep_one": QT_TRANSLATE_NOOP("Messages", "Keep at least one {field}."),
    "config.too_many": QT_TRANSLATE_NOOP(
        "Messages",
        "There are too many {field} (at most {limit}).",
    ),
    "config.same_key": QT_TRANSLATE_NOOP("Messages", "Two {field} have the same key."),
    "config.phone": QT_TRANSLATE_NOOP(
        "Messages",
        "The coordinator's phone number must be a phone number: digits, spaces and an "
        "optional + at the start, for example 01632 960 123.",
    ),
    "config.guidance_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Write the guidance for every urgency level, 0 to 4.",
    ),
    "role.office_only.settings": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office can change the office settings.",
    ),
    "config.name_missing": QT_TRANSLATE_NOOP("Messages", "Please give every {field} a name."),
    "config.same_name": QT_TRANSLATE_NOOP(
        "Messages",
        "Two {field} have the same name; give each its own.",
    ),
    "role.office_only.reports": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office can produce reports.",
    ),
    "report.choose_period": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose the period the quarterly return covers.",
    ),
    "role.office_only.retention": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office keeps a retention policy.",
    ),
    "retention.unknown_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "That is not a record type the retention policy covers.",
    ),
    "retention.years_range": QT_TRANSLATE_NOOP(
        "Messages",
        "The number of years must be a whole number from {low} to {high}.",
    ),
    "retention.choose_circle": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose at least one circle to delete.",
    ),
    "retention.no_such_circle": QT_TRANSLATE_NOOP(
        "Messages",
        "That circle is not in this vault. Nothing was deleted.",
    ),
    "retention.not_due": QT_TRANSLATE_NOOP(
        "Messages",
        "Circle {code} is kept until {day}, so it cannot be deleted yet. Nothing was deleted.",
    ),
    "retention.not_closed": QT_TRANSLATE_NOOP(
        "Messages",
        "Only closed circles can be deleted. Nothing was deleted.",
    ),
    "sync.already_enrolled": QT_TRANSLATE_NOOP("Messages", "This device is already enrolled."),
    "sync.own_request": QT_TRANSLATE_NOOP(
        "Messages",
        "This is the office's own request; enroll a volunteer's device.",
    ),
    "sync.say_which_device": QT_TRANSLATE_NOOP(
        "Messages",
        "Say which device to write to (--to DEVICE_ID or --all-devices).",
    ),
    "sync.say_where": QT_TRANSLATE_NOOP(
        "Messages",
        "Say where to write the bundle (--out FILE or --out-dir DIR).",
    ),
    "sync.no_such_device": QT_TRANSLATE_NOOP(
        "Messages",
        "No enrolled device has that id. Run 'circlesdesk devices' to list them.",
    ),
    "sync.volunteer_sends_to_office": QT_TRANSLATE_NOOP(
        "Messages",
        "A volunteer's vault sends its bundles to its office only.",
    ),
    "disclosure.no_core_member": QT_TRANSLATE_NOOP("Messages", "Circle {code} has no core member."),
    "disclosure.core_member_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "That core member does not exist in this vault.",
    ),
    "disclosure.choose_subject": QT_TRANSLATE_NOOP("Messages", "Choose a circle or a core member."),
    "disclosure.choose_consent": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose given, refused, withdrawn or not asked for the consent.",
    ),
    "disclosure.choose_kinds": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose concerns or meetings' minutes to disclose.",
    ),
    "disclosure.kind_not_disclosable": QT_TRANSLATE_NOOP(
        "Messages",
        "Only concerns and meetings' minutes can be disclosed.",
    ),
    "disclosure.choose_records": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose at least one concern or meeting's minutes to disclose.",
    ),
    "disclosure.one_core_member": QT_TRANSLATE_NOOP(
        "Messages",
        "A disclosure may be about one core member only; choose records of one circle.",
    ),
    "disclosure.format": QT_TRANSLATE_NOOP(
        "Messages",
        "A disclosure is written as a PDF or a partner bundle.",
    ),
    "disclosure.checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "The written file's checksum is not a SHA-256.",
    ),
    "disclosure.own_key": QT_TRANSLATE_NOOP(
        "Messages",
        "This is this office's own key; choose the partner office's key.",
    ),
    "disclosure.is_sync_bundle": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is a sync bundle, not a disclosure; import it instead.",
    ),
    "disclosure.other_recipient": QT_TRANSLATE_NOOP(
        "Messages",
        "This disclosure was made for another office.",
    ),
    "disclosure.no_such_pseudonym": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no core member with that pseudonym in this vault.",
    ),
    "disclosure.pseudonym_twice": QT_TRANSLATE_NOOP(
        "Messages",
        "Two core members have that pseudonym; tell them apart first.",
    ),
    "config.category_used": QT_TRANSLATE_NOOP(
        "Messages",
        "The concern category “{category}” is used by {count} concerns in this vault, so it "
        "cannot be removed. You can change its name instead.",
    ),
    "config.category_used_once": QT_TRANSLATE_NOOP(
        "Messages",
        "The concern category “{category}” is used by {count} concern in this vault, so it "
        "cannot be removed. You can change its name instead.",
    ),
    "role.volunteer_only.export": QT_TRANSLATE_NOOP(
        "Messages",
        "Only a volunteer's vault sends bundles to the office this way.",
    ),
    "sync.not_welcomed": QT_TRANSLATE_NOOP(
        "Messages",
        "This vault has not been welcomed by an office yet. Import your welcome file first.",
    ),
    "role.office_only.replies": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the office writes welcome and reply bundles.",
    ),
    "bundle.request_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This enrollment request was made by a newer version of CirclesDesk. Update "
        "CirclesDesk in the office, then import the request again.",
    ),
    "report.choose_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose an existing folder to write the report into.",
    ),
    "report.export_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The report could not be written there. Check the folder and try again.",
    ),
    "report.pdf_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The PDF could not be written there. Check the folder and try again.",
    ),
    "report.period_backwards": QT_TRANSLATE_NOOP("Messages", "The period ends before it starts."),
    "report.period_range": QT_TRANSLATE_NOOP(
        "Messages",
        "The period must lie between {earliest} and {latest}.",
    ),
    "report.period_format": QT_TRANSLATE_NOOP(
        "Messages",
        "Give the period as two dates like 2026-01-01.",
    ),
    "record.not_found": QT_TRANSLATE_NOOP("Messages", "That {kind} does not exist in this vault."),
    "record.not_origin": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the device that made a record may edit it.",
    ),
    "record.changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "This record was changed elsewhere; reopen it and try again.",
    ),
    "record.unknown_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "The record type is not one CirclesDesk knows.",
    ),
    "circle.choose_first": QT_TRANSLATE_NOOP("Messages", "Choose the circle first."),
    "hours.time_missing": QT_TRANSLATE_NOOP("Messages", "Enter how much time you gave."),
    "backup.none_yet": QT_TRANSLATE_NOOP(
        "Messages",
        "No backup of the office vault has been made yet. Open Backups and make one now.",
    ),
    "backup.overdue": QT_TRANSLATE_NOOP(
        "Messages",
        "The last checked backup of the office vault was made on {day}, longer ago than your "
        "backup schedule allows. Open Backups and make one now.",
    ),
    # Referrals, endings, covenants and the end-of-circle questionnaire (issue 15).
    "referral.assessment_incomplete": QT_TRANSLATE_NOOP(
        "Messages",
        "A risk assessment needs its kind, level, date and document.",
    ),
    "referral.too_many_assessments": QT_TRANSLATE_NOOP(
        "Messages",
        "A referral has too many risk assessments (at most {limit}).",
    ),
    "referral.stage_date_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Each stage the referral has reached needs its date.",
    ),
    "referral.dates_out_of_order": QT_TRANSLATE_NOOP(
        "Messages",
        "The referral's stage dates must not go back in time.",
    ),
    "referral.reason_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "A declined referral needs the reason it was declined.",
    ),
    "referral.reason_not_declined": QT_TRANSLATE_NOOP(
        "Messages",
        "Only a declined referral has a reason for declining.",
    ),
    "referral.circle_when_formed": QT_TRANSLATE_NOOP(
        "Messages",
        "A referral names its circle once, and only once, it is formed.",
    ),
    "referral.consent_not_young": QT_TRANSLATE_NOOP(
        "Messages",
        "Parent or carer consent is only for a young people's circle.",
    ),
    "referral.not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "That referral does not exist in this vault.",
    ),
    "referral.assessment_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "The assessment kind must be one of: {options}.",
    ),
    "referral.stage_not_next": QT_TRANSLATE_NOOP(
        "Messages",
        "A referral that is {stage} cannot be marked {wanted}; it can be marked {allowed}.",
    ),
    "referral.stage_final": QT_TRANSLATE_NOOP(
        "Messages",
        "A referral that is {stage} cannot be marked {wanted}.",
    ),
    "referral.give_reason": QT_TRANSLATE_NOOP(
        "Messages",
        "Please give the reason the referral was declined.",
    ),
    "referral.form_needs_accepted": QT_TRANSLATE_NOOP(
        "Messages",
        "A circle can only be formed from an accepted referral.",
    ),
    "referral.form_before_accepted": QT_TRANSLATE_NOOP(
        "Messages",
        "The circle cannot be formed before the referral was accepted.",
    ),
    "role.office_only.referrals": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office keeps referrals.",
    ),
    "role.office_only.covenants": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office keeps circles' covenants.",
    ),
    "role.office_only.endings": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office can close a circle.",
    ),
    "role.office_only.questionnaire": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the coordinator's office keeps the end-of-circle questionnaire.",
    ),
    "covenant.before_current": QT_TRANSLATE_NOOP(
        "Messages",
        "Version {version} was agreed on {day}; a new version cannot be agreed before it.",
    ),
    "covenant.unchanged": QT_TRANSLATE_NOOP(
        "Messages",
        "The text is the same as the current version's.",
    ),
    "ending.reason": QT_TRANSLATE_NOOP("Messages", "The reason must be one of: {options}."),
    "ending.already_closed": QT_TRANSLATE_NOOP("Messages", "Circle {code} is already closed."),
    "ending.before_start": QT_TRANSLATE_NOOP(
        "Messages",
        "The circle cannot end before the day it started.",
    ),
    "ending.before_last_meeting": QT_TRANSLATE_NOOP(
        "Messages",
        "The circle cannot end before its last meeting.",
    ),
    "ending.not_closed": QT_TRANSLATE_NOOP(
        "Messages",
        "Circle {code} has not closed: follow-ups come after it ends.",
    ),
    "ending.follow_up_too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "A follow-up cannot be before the day the circle ended.",
    ),
    "questionnaire.too_many_questions": QT_TRANSLATE_NOOP(
        "Messages",
        "A questionnaire has 1 to {limit} questions.",
    ),
    "questionnaire.too_many_answers": QT_TRANSLATE_NOOP(
        "Messages",
        "An answer has too many questions (at most {limit}).",
    ),
    "questionnaire.stakeholder": QT_TRANSLATE_NOOP(
        "Messages",
        "Who answered must be one of: {options}.",
    ),
    "questionnaire.unknown_question": QT_TRANSLATE_NOOP(
        "Messages",
        "Some answers are to questions that version {version} of the questionnaire does not ask.",
    ),
    "questionnaire.no_answer": QT_TRANSLATE_NOOP(
        "Messages",
        "Please answer at least one question.",
    ),
    "questionnaire.empty_question": QT_TRANSLATE_NOOP(
        "Messages",
        "Please write each question, or remove the empty one.",
    ),
    "vault.recovery_code_malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "A recovery code is 24 letters and digits in six groups of four, like "
        "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. Please check it and try again.",
    ),
    "vault.passphrase_too_short": QT_TRANSLATE_NOOP(
        "Messages",
        "Please choose a passphrase of at least {length} characters. A few unrelated words "
        "work well.",
    ),
    "vault.passphrase_too_plain": QT_TRANSLATE_NOOP(
        "Messages",
        "Please choose a passphrase with more variety: it repeats too few different "
        "characters. A few unrelated words work well.",
    ),
    "vault.passphrase_too_guessable": QT_TRANSLATE_NOOP(
        "Messages",
        "Please choose a passphrase that is harder to guess: it is a common password or a "
        "keyboard pattern. A few unrelated words work well.",
    ),
    "vault.passphrase_no_letters": QT_TRANSLATE_NOOP(
        "Messages",
        "Please choose a passphrase with some letters in it: numbers such as dates are "
        "guessed first. A few unrelated words work well.",
    ),
    "home.unfinished_draft": QT_TRANSLATE_NOOP(
        "Messages",
        "You have an unfinished meeting record. Open it to finish and save it.",
    ),
    "home.minutes_due": QT_TRANSLATE_NOOP(
        "Messages",
        "Minutes for {code} are due within 48 hours of the meeting on {day}.",
    ),
    "home.review_due": QT_TRANSLATE_NOOP("Messages", "A review of {code} is due on {day}."),
    "report.personal_data": QT_TRANSLATE_NOOP(
        "Messages",
        "This report names volunteers, with their attendance and hours. It is personal data: "
        "keep it in the office, share it only with people entitled to it, and delete it when "
        "it is no longer needed.",
    ),
    # -- people at the office and the four-eyes rule (services/staff.py, services/approvals.py)
    "staff.not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Your role at the office does not allow this. Ask a manager.",
    ),
    "staff.not_your_circle": QT_TRANSLATE_NOOP(
        "Messages",
        "That circle is not assigned to you. Ask a manager.",
    ),
    "staff.no_such_person": QT_TRANSLATE_NOOP(
        "Messages",
        "Nobody of that name works at this office.",
    ),
    "staff.name_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone of that name already works here; add a surname or an initial.",
    ),
    "staff.cannot_remove_self": QT_TRANSLATE_NOOP(
        "Messages",
        "You cannot remove yourself; ask another manager.",
    ),
    "staff.bad_role": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose coordinator, manager or dpo (data-protection officer) for the role.",
    ),
    "staff.last_manager": QT_TRANSLATE_NOOP(
        "Messages",
        "The office needs at least one manager; make someone else one first.",
    ),
    "approval.needed": QT_TRANSLATE_NOOP(
        "Messages",
        "This needs a manager's approval first: ask for it, and a manager approves it.",
    ),
    "approval.waiting": QT_TRANSLATE_NOOP(
        "Messages",
        "This is awaiting a manager's approval.",
    ),
    "approval.refused": QT_TRANSLATE_NOOP(
        "Messages",
        "A manager refused this; their reason is on Office → People.",
    ),
    "approval.manager_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Only a manager can approve disclosures and deletions. Ask a manager.",
    ),
    "approval.reason_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Please give a reason for the decision.",
    ),
    "approval.decided": QT_TRANSLATE_NOOP(
        "Messages",
        "This request has already been decided.",
    ),
    "approval.second_person": QT_TRANSLATE_NOOP(
        "Messages",
        "A second person must approve this: you asked for it. Ask another manager.",
    ),
    "approval.no_such_request": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no such request for approval.",
    ),
}

WORDS: Final[frozenset[str]] = frozenset(
    {
        QT_TRANSLATE_NOOP("Words", "MAPPA category"),
        QT_TRANSLATE_NOOP("Words", "MAPPA level"),
        QT_TRANSLATE_NOOP("Words", "answer"),
        QT_TRANSLATE_NOOP("Words", "assessment date"),
        QT_TRANSLATE_NOOP("Words", "assessment document reference"),
        QT_TRANSLATE_NOOP("Words", "assessment kind"),
        QT_TRANSLATE_NOOP("Words", "assessment level"),
        QT_TRANSLATE_NOOP("Words", "comment"),
        QT_TRANSLATE_NOOP("Words", "covenant text"),
        QT_TRANSLATE_NOOP("Words", "covenant version"),
        QT_TRANSLATE_NOOP("Words", "date answered"),
        QT_TRANSLATE_NOOP("Words", "date of the questionnaire version"),
        QT_TRANSLATE_NOOP("Words", "date of the stage"),
        QT_TRANSLATE_NOOP("Words", "date the circle ended"),
        QT_TRANSLATE_NOOP("Words", "date the circle was formed"),
        QT_TRANSLATE_NOOP("Words", "date the covenant was agreed"),
        QT_TRANSLATE_NOOP("Words", "date the referral was received"),
        QT_TRANSLATE_NOOP("Words", "decision date"),
        QT_TRANSLATE_NOOP("Words", "follow-up date"),
        QT_TRANSLATE_NOOP("Words", "follow-up summary"),
        QT_TRANSLATE_NOOP("Words", "licence or order end date"),
        QT_TRANSLATE_NOOP("Words", "meeting mode"),
        QT_TRANSLATE_NOOP("Words", "note on the ending"),
        QT_TRANSLATE_NOOP("Words", "parent or carer consent"),
        QT_TRANSLATE_NOOP("Words", "question"),
        QT_TRANSLATE_NOOP("Words", "question key"),
        QT_TRANSLATE_NOOP("Words", "questionnaire version"),
        QT_TRANSLATE_NOOP("Words", "reason for declining"),
        QT_TRANSLATE_NOOP("Words", "reason the circle ended"),
        QT_TRANSLATE_NOOP("Words", "referral stage"),
        QT_TRANSLATE_NOOP("Words", "referring agency"),
        QT_TRANSLATE_NOOP("Words", "referring officer"),
        QT_TRANSLATE_NOOP("Words", "starts in prison"),
        QT_TRANSLATE_NOOP("Words", "who answered"),
        QT_TRANSLATE_NOOP("Words", "young people's circle"),
        QT_TRANSLATE_NOOP("Words", "action taken"),
        QT_TRANSLATE_NOOP("Words", "activity"),
        QT_TRANSLATE_NOOP("Words", "agency"),
        QT_TRANSLATE_NOOP("Words", "attendance"),
        QT_TRANSLATE_NOOP("Words", "attendance row"),
        QT_TRANSLATE_NOOP("Words", "auto-lock (minutes)"),
        QT_TRANSLATE_NOOP("Words", "auto-lock time (minutes)"),
        QT_TRANSLATE_NOOP("Words", "basis for disclosure"),
        QT_TRANSLATE_NOOP("Words", "basis for the disclosure"),
        QT_TRANSLATE_NOOP("Words", "circle"),
        QT_TRANSLATE_NOOP("Words", "concern"),
        QT_TRANSLATE_NOOP("Words", "concern categories"),
        QT_TRANSLATE_NOOP("Words", "concern category"),
        QT_TRANSLATE_NOOP("Words", "concern description"),
        QT_TRANSLATE_NOOP("Words", "concern response"),
        QT_TRANSLATE_NOOP("Words", "consent note"),
        QT_TRANSLATE_NOOP("Words", "contact"),
        QT_TRANSLATE_NOOP("Words", "contact date"),
        QT_TRANSLATE_NOOP("Words", "contact summary"),
        QT_TRANSLATE_NOOP("Words", "coordinator phone number"),
        QT_TRANSLATE_NOOP("Words", "coordinator's phone number"),
        QT_TRANSLATE_NOOP("Words", "core member"),
        QT_TRANSLATE_NOOP("Words", "core member's pseudonym"),
        QT_TRANSLATE_NOOP("Words", "date"),
        QT_TRANSLATE_NOOP("Words", "end time"),
        QT_TRANSLATE_NOOP("Words", "engagement rating"),
        QT_TRANSLATE_NOOP("Words", "hours record"),
        QT_TRANSLATE_NOOP("Words", "joining date"),
        QT_TRANSLATE_NOOP("Words", "kind of contact"),
        QT_TRANSLATE_NOOP("Words", "leaving date"),
        QT_TRANSLATE_NOOP("Words", "legal basis"),
        QT_TRANSLATE_NOOP("Words", "life area"),
        QT_TRANSLATE_NOOP("Words", "life areas"),
        QT_TRANSLATE_NOOP("Words", "meeting"),
        QT_TRANSLATE_NOOP("Words", "meeting date"),
        QT_TRANSLATE_NOOP("Words", "meeting id"),
        QT_TRANSLATE_NOOP("Words", "meeting pattern"),
        QT_TRANSLATE_NOOP("Words", "meeting status"),
        QT_TRANSLATE_NOOP("Words", "membership"),
        QT_TRANSLATE_NOOP("Words", "minute-taker"),
        QT_TRANSLATE_NOOP("Words", "minutes"),
        QT_TRANSLATE_NOOP("Words", "name"),
        QT_TRANSLATE_NOOP("Words", "next review date"),
        QT_TRANSLATE_NOOP("Words", "note"),
        QT_TRANSLATE_NOOP("Words", "number of results"),
        QT_TRANSLATE_NOOP("Words", "office name"),
        QT_TRANSLATE_NOOP("Words", "outcome"),
        QT_TRANSLATE_NOOP("Words", "person"),
        QT_TRANSLATE_NOOP("Words", "phase"),
        QT_TRANSLATE_NOOP("Words", "phone number"),
        QT_TRANSLATE_NOOP("Words", "raise at next meeting"),
        QT_TRANSLATE_NOOP("Words", "record id"),
        QT_TRANSLATE_NOOP("Words", "request time"),
        QT_TRANSLATE_NOOP("Words", "response"),
        QT_TRANSLATE_NOOP("Words", "response action"),
        QT_TRANSLATE_NOOP("Words", "response time"),
        QT_TRANSLATE_NOOP("Words", "retention (weeks)"),
        QT_TRANSLATE_NOOP("Words", "review"),
        QT_TRANSLATE_NOOP("Words", "review date"),
        QT_TRANSLATE_NOOP("Words", "review item"),
        QT_TRANSLATE_NOOP("Words", "review items"),
        QT_TRANSLATE_NOOP("Words", "review notes"),
        QT_TRANSLATE_NOOP("Words", "review score"),
        QT_TRANSLATE_NOOP("Words", "review template"),
        QT_TRANSLATE_NOOP("Words", "role"),
        QT_TRANSLATE_NOOP("Words", "search"),
        QT_TRANSLATE_NOOP("Words", "sequence"),
        QT_TRANSLATE_NOOP("Words", "start date"),
        QT_TRANSLATE_NOOP("Words", "start time"),
        QT_TRANSLATE_NOOP("Words", "time"),
        QT_TRANSLATE_NOOP("Words", "time given (minutes)"),
        QT_TRANSLATE_NOOP("Words", "time notes are kept on laptops (weeks)"),
        QT_TRANSLATE_NOOP("Words", "time the concern was raised"),
        QT_TRANSLATE_NOOP("Words", "time the coordinator was phoned"),
        QT_TRANSLATE_NOOP("Words", "update time"),
        QT_TRANSLATE_NOOP("Words", "urgency guidance"),
        QT_TRANSLATE_NOOP("Words", "urgency level"),
        QT_TRANSLATE_NOOP("Words", "venue"),
        QT_TRANSLATE_NOOP("Words", "venues"),
        QT_TRANSLATE_NOOP("Words", "volunteer"),
        QT_TRANSLATE_NOOP("Words", "volunteer hours"),
        QT_TRANSLATE_NOOP("Words", "enhanced DBS check"),
        QT_TRANSLATE_NOOP("Words", "prison vetting"),
        QT_TRANSLATE_NOOP("Words", "course"),
        QT_TRANSLATE_NOOP("Words", "certificate reference"),
        QT_TRANSLATE_NOOP("Words", "check reference"),
        QT_TRANSLATE_NOOP("Words", "date the course was completed"),
        QT_TRANSLATE_NOOP("Words", "date the template was adopted"),
        QT_TRANSLATE_NOOP("Words", "expiry date"),
        QT_TRANSLATE_NOOP("Words", "follow-up"),
        QT_TRANSLATE_NOOP("Words", "issue date"),
        QT_TRANSLATE_NOOP("Words", "kind of check"),
        QT_TRANSLATE_NOOP("Words", "kind of session"),
        QT_TRANSLATE_NOOP("Words", "review item label"),
        QT_TRANSLATE_NOOP("Words", "session date"),
        QT_TRANSLATE_NOOP("Words", "session notes"),
    }
)
"""The field names and kinds of record a parameter may hold, each marked for translation."""
