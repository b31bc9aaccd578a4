"""Disclosures to the outer circle: the core member's consent, preparing, writing and logging.

The coordinator picks concerns (with the office's responses) and meetings' minutes of one core
member's circle, names the agency and the legal basis, sees the core member's consent status and
exactly what will go (:func:`prepare`), then writes it as a PDF (the GUI renders
:func:`disclosure_html`, then :func:`record`) or as a signed, encrypted bundle for a partner office
that runs CirclesDesk (:func:`write_partner_bundle`). Every disclosure is logged: what (each
record's kind, uuid, revision and content hash), to whom, when, on what basis, the consent status
shown and the SHA-256 of the file written. The receiving office checks and reads such a bundle
with :func:`open_partner_bundle` and never imports it.

The partner bundle's format is :mod:`circlesdesk.sync.disclosure`. A partner office's key is its
self-signed key file (the enrollment request form, :func:`partner_key`); whether it is really that
office's is settled by comparing fingerprints by phone. The subject-access export is
:mod:`circlesdesk.services.subject_access`.
"""

from __future__ import annotations

import dataclasses
import html
import json
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from circlesdesk.domain import consent, defaults, validation
from circlesdesk.domain.consent import Consent, ConsentStatus
from circlesdesk.domain.enums import PersonRole
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import (
    Circle,
    Concern,
    ConcernResponse,
    Meeting,
    Membership,
    Person,
    Record,
    utc_now,
)
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import access, approvals, circles
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import codec, disclosure, request, trust
from circlesdesk.sync.disclosure import ItemRef
from circlesdesk.sync.keys import PublicIdentity
from circlesdesk.vault import audit, database, store
from circlesdesk.vault import disclosures as log_sql
from circlesdesk.vault.migrations import LATEST_VERSION
from circlesdesk.vault.vault import Vault

PICKABLE_KINDS = (Concern.kind, Meeting.kind)
# The document's title: no personal data, as it may show in a PDF reader's title bar.
DISCLOSURE_TITLE = "Disclosure from a Circle of Support and Accountability"


class DisclosureFormat(StrEnum):
    """How a disclosure was written."""

    PDF = "pdf"
    BUNDLE = "bundle"


# -- consent -----------------------------------------------------------------------------------


def _core_member_of(vault: Vault, circle: Circle) -> Person:
    """The core member of a circle (current or former), or a plain error if it has none."""
    members = store.find(
        vault.conn, Membership, circle_uuid=circle.uuid, role=PersonRole.CORE_MEMBER.value
    )
    current = [m for m in members if m.left_on is None] or members
    if not current:
        raise ValidationError("disclosure.no_core_member", code=circle.code)
    return store.require(vault.conn, Person, current[-1].person_uuid)


def _core_member(vault: Vault, person_uuid: str) -> Person:
    validation.record_id(person_uuid, field="core member")
    person = store.get(vault.conn, Person, person_uuid)
    if person is None or person.role != PersonRole.CORE_MEMBER.value:
        raise NotFoundError("disclosure.core_member_not_found")
    return person


def _subject(vault: Vault, circle_code: str | None, person_uuid: str | None) -> Person:
    if (circle_code is None) == (person_uuid is None):
        raise ValidationError("disclosure.choose_subject")
    if circle_code is not None:
        return _core_member_of(vault, circles.find_circle(vault, circle_code))
    assert person_uuid is not None
    return _core_member(vault, person_uuid)


def _consent(vault: Vault, person: Person) -> Consent:
    row = log_sql.get_consent(vault.conn, person.uuid)
    if row is None:
        return Consent(person.uuid, person.name, ConsentStatus.NOT_ASKED, None, "")
    return Consent(person.uuid, person.name, ConsentStatus(row.status), row.recorded_at, row.note)


def consent_status(
    vault: Vault, *, circle_code: str | None = None, person_uuid: str | None = None
) -> Consent:
    """The consent status of a circle's core member, or of a core member by uuid."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    return _consent(vault, _subject(vault, circle_code, person_uuid))


def set_consent(
    vault: Vault,
    *,
    status: ConsentStatus | str,
    note: str = "",
    circle_code: str | None = None,
    person_uuid: str | None = None,
) -> Consent:
    """Record the core member's consent status now (audited; the note is not in the audit)."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    checked = consent.checked_status(status)
    clean_note = consent.checked_note(note)
    person = _subject(vault, circle_code, person_uuid)
    row = log_sql.ConsentRow(person.uuid, checked.value, utc_now(), clean_note)
    with database.transaction(vault.conn):
        log_sql.put_consent(vault.conn, row)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="consent.recorded",
            kind=Person.kind,
            record_uuid=person.uuid,
            detail=f"status={row.status}",
        )
    return _consent(vault, person)


# -- what can be disclosed ---------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A concern (with the office's responses) or a meeting's minutes the coordinator may pick;
    ``text`` is exactly what goes about it."""

    kind: str
    uuid: str
    revision: int
    content_hash: str
    title: str
    text: str
    records: tuple[Record, ...] = dataclasses.field(repr=False)

    @property
    def refs(self) -> tuple[ItemRef, ...]:
        """Every record that goes with this pick (a concern's responses too)."""
        return tuple(ItemRef.of(record) for record in self.records)


def _line(label: str, value: object) -> str | None:
    return None if value in (None, "", ()) else f"{label}: {value}"


def _moment(iso: str) -> str:
    """A timestamp as people read it in a list: day and time to the minute, UTC."""
    return iso[:16].replace("T", " ") + " UTC" if len(iso) > 10 else iso


def _describe(records: Sequence[Record]) -> tuple[str, str]:
    """A title and the text of a concern with its responses, or of a meeting's minutes."""
    first = records[0]
    lines: list[str | None] = []
    if isinstance(first, Concern):
        level = defaults.URGENCY_NAMES[first.level].lower()
        category = defaults.CONCERN_CATEGORIES.get(first.category, first.category)
        title = f"Concern ({level}: {category}) raised {_moment(first.raised_at)}"
        lines += [
            _line("Raised", first.raised_at),
            _line("Urgency", f"{first.level} ({defaults.URGENCY_NAMES[first.level]})"),
            _line("Category", defaults.CONCERN_CATEGORIES.get(first.category, first.category)),
            _line("Description", first.description),
            _line("Action taken", first.action_taken),
            _line("Coordinator phoned", first.coordinator_phoned_at),
        ]
        for response in records[1:]:
            assert isinstance(response, ConcernResponse)
            lines += [
                "",
                f"Office response ({response.action}, {response.responded_at})",
                _line("Text", response.text),
                _line("Agency", response.agency),
                _line("Basis", response.basis),
                _line("Outcome", response.outcome),
            ]
    elif isinstance(first, Meeting):
        title = f"Minutes of the meeting on {first.held_on}"
        times = "–".join(t for t in (first.start_time, first.end_time) if t)
        lines += [
            _line("Date", first.held_on),
            _line("Time", times),
            _line("Venue", first.venue),
            _line("Life areas discussed", ", ".join(first.life_areas)),
            _line("Status", first.status),
            _line("Minutes", first.minutes),
        ]
    else:
        raise ValidationError("disclosure.kind_not_disclosable")
    return title, "\n".join(line for line in lines if line is not None)


def _candidate(records: Sequence[Record]) -> Candidate:
    title, text = _describe(records)
    first = records[0]
    return Candidate(
        kind=first.kind,
        uuid=first.uuid,
        revision=first.revision,
        content_hash=first.content_hash(),
        title=title,
        text=text,
        records=tuple(records),
    )


def _concern_records(vault: Vault, concern: Concern) -> list[Record]:
    responses = store.find(
        vault.conn, ConcernResponse, concern_uuid=concern.uuid, order_by=("responded_at",)
    )
    return [concern, *responses]


def candidates(vault: Vault, circle_code: str) -> list[Candidate]:
    """What may be disclosed from one circle: its concerns, then its meetings, newest first."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    circle = circles.find_circle(vault, circle_code)
    concerns = store.find(
        vault.conn, Concern, circle_uuid=circle.uuid, order_by=("raised_at",), descending=True
    )
    minutes = store.find(
        vault.conn, Meeting, circle_uuid=circle.uuid, order_by=("held_on",), descending=True
    )
    return [
        *(_candidate(_concern_records(vault, c)) for c in concerns),
        *(_candidate([m]) for m in minutes),
    ]


def concern_circle(vault: Vault, concern_uuid: str) -> str:
    """The code of the circle a concern was raised in (to open a disclosure from the queue)."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    validation.record_id(concern_uuid, field="concern")
    concern = store.require(vault.conn, Concern, concern_uuid)
    return store.require(vault.conn, Circle, concern.circle_uuid).code


# -- the draft ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Disclosure:
    """A disclosure ready to write: exactly what goes, to whom, why, and the consent shown."""

    office: str
    agency: str
    basis: str
    subject: Consent
    circle_codes: tuple[str, ...]
    picks: tuple[Candidate, ...]
    made_at: str

    @property
    def refs(self) -> tuple[ItemRef, ...]:
        """Every record disclosed, in the order written."""
        return tuple(ref for pick in self.picks for ref in pick.refs)

    @property
    def records(self) -> tuple[Record, ...]:
        return tuple(record for pick in self.picks for record in pick.records)

    def header_lines(self) -> list[str]:
        """What the disclosure says about itself, above the records."""
        return [
            f"From: {self.office}",
            f"To: {self.agency}",
            f"Legal basis: {self.basis}",
            f"About: core member {self.subject.core_member}"
            f" (circle {', '.join(self.circle_codes)})",
            f"Consent of the core member: {self.subject.shown()}",
            f"Prepared: {self.made_at}",
        ]

    def envelope(self) -> disclosure.Envelope:
        """What a partner bundle says about this disclosure, above its records."""
        return disclosure.Envelope(
            office=self.office,
            agency=self.agency,
            basis=self.basis,
            core_member=self.subject.core_member,
            consent=self.subject.status.value,
            made_at=self.made_at,
            items=self.refs,
        )


Pick = tuple[str, str]  # (kind, uuid) of a concern or meeting


def _picked(vault: Vault, pick: Pick) -> tuple[Candidate, Circle]:
    if not (isinstance(pick, tuple) and len(pick) == 2):
        raise ValidationError("disclosure.choose_kinds")
    kind, uuid = pick
    if kind not in PICKABLE_KINDS:
        raise ValidationError("disclosure.kind_not_disclosable")
    validation.record_id(uuid, field=kind)
    if kind == Concern.kind:
        concern = store.require(vault.conn, Concern, uuid)
        found = _candidate(_concern_records(vault, concern))
        circle_uuid = concern.circle_uuid
    else:
        meeting = store.require(vault.conn, Meeting, uuid)
        found = _candidate([meeting])
        circle_uuid = meeting.circle_uuid
    return found, store.require(vault.conn, Circle, circle_uuid)


def prepare(vault: Vault, picks: Sequence[Pick], *, agency: str, basis: str) -> Disclosure:
    """The disclosure of these concerns and minutes (current revisions), checked; writes nothing.

    Refuses an empty agency, basis or list, a pick that is not a concern or meeting of this
    vault, and picks about two different core members.
    """
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    agency = validation.text(agency, field="agency").strip()
    basis = validation.text(basis, field="legal basis", multiline=True).strip()
    if not picks:
        raise ValidationError("disclosure.choose_records")
    chosen: list[Candidate] = []
    codes: list[str] = []
    subjects: set[str] = set()
    person: Person | None = None
    for pick in dict.fromkeys(picks):  # the same pick twice goes once
        candidate, circle = _picked(vault, pick)
        person = _core_member_of(vault, circle)
        subjects.add(person.uuid)
        chosen.append(candidate)
        if circle.code not in codes:
            codes.append(circle.code)
    if len(subjects) > 1:
        raise ValidationError("disclosure.one_core_member")
    assert person is not None
    return Disclosure(
        office=vault.info.name,
        agency=agency,
        basis=basis,
        subject=_consent(vault, person),
        circle_codes=tuple(codes),
        picks=tuple(chosen),
        made_at=utc_now(),
    )


def _sections_html(title: str, header: Iterable[str], sections: Iterable[tuple[str, str]]) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    parts += [f'<p class="meta">{html.escape(line)}</p>' for line in header]
    for heading, text in sections:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts += [f"<p>{html.escape(line) or '&nbsp;'}</p>" for line in text.split("\n")]
    return "".join(parts)


def disclosure_html(draft: Disclosure) -> str:
    """Exactly what goes, as the HTML the preview and the PDF show (every text escaped)."""
    return _sections_html(
        DISCLOSURE_TITLE,
        draft.header_lines(),
        ((pick.title, pick.text) for pick in draft.picks),
    )


# -- the log -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class LogEntry:
    """One disclosure made: what, which revisions, to whom, when, on what basis, consent shown."""

    id: int
    made_at: str
    agency: str
    basis: str
    subject_uuid: str | None
    core_member: str  # the pseudonym, "" if that person is no longer held
    consent: str
    format: str
    items: tuple[ItemRef, ...]
    file_sha256: str

    def to_json(self) -> dict[str, Any]:
        """The entry as a JSON-ready dict."""
        return {**dataclasses.asdict(self), "items": [ref.to_json() for ref in self.items]}


def _entry(vault: Vault, row: log_sql.DisclosureRow) -> LogEntry:
    person = store.get(vault.conn, Person, row.subject_uuid) if row.subject_uuid else None
    return LogEntry(
        id=row.id,
        made_at=row.made_at,
        agency=row.agency,
        basis=row.basis,
        subject_uuid=row.subject_uuid,
        core_member=person.name if person is not None else "",
        consent=row.consent,
        format=row.format,
        items=tuple(ItemRef(**item) for item in json.loads(row.items)),
        file_sha256=row.file_sha256,
    )


def approval_request(draft: Disclosure) -> str:
    """What a manager approves for this draft: its subject, agency, basis and exact records."""
    return approvals.request_text(
        {
            "subject": draft.subject.person_uuid,
            "agency": draft.agency,
            "basis": draft.basis,
            "items": [ref.to_json() for ref in draft.refs],
        }
    )


def ask_approval(vault: Vault, draft: Disclosure) -> approvals.Approval:
    """Ask a manager to approve this disclosure (the four-eyes rule); it waits till then."""
    summary = f"subject={draft.subject.person_uuid} items={len(draft.refs)}"
    return approvals.request(
        vault, approvals.Kind.DISCLOSURE, approval_request(draft), summary=summary
    )


def check_approved(vault: Vault, draft: Disclosure) -> None:
    """Raise NeedsApproval unless a manager approved exactly this disclosure (or nobody else
    works here to ask); call before writing its file."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    approvals.check(vault, approvals.Kind.DISCLOSURE, approval_request(draft))


def record(
    vault: Vault, draft: Disclosure, fmt: DisclosureFormat | str, file_sha256: str
) -> LogEntry:
    """Log a disclosure just written (with its file's SHA-256) and its audit row, together."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    if fmt not in {f.value for f in DisclosureFormat}:
        raise ValidationError("disclosure.format")
    if not (len(file_sha256) == 64 and all(c in "0123456789abcdef" for c in file_sha256)):
        raise ValidationError("disclosure.checksum")
    refs = [ref.to_json() for ref in draft.refs]
    with database.transaction(vault.conn):
        approvals.consume(vault, approvals.Kind.DISCLOSURE, approval_request(draft))
        row_id = log_sql.add_disclosure(
            vault.conn,
            made_at=draft.made_at,
            agency=draft.agency,
            basis=draft.basis,
            subject_uuid=draft.subject.person_uuid,
            consent=draft.subject.status.value,
            fmt=str(fmt),
            items=json.dumps(refs, ensure_ascii=False),
            file_sha256=file_sha256,
        )
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="disclosure.recorded",
            kind=Person.kind,
            record_uuid=draft.subject.person_uuid,
            detail=f"id={row_id} format={fmt} items={len(refs)} consent={draft.subject.status}",
        )
    return next(e for e in disclosure_log(vault) if e.id == row_id)


def disclosure_log(vault: Vault) -> list[LogEntry]:
    """Every disclosure made, newest first."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    return [_entry(vault, row) for row in log_sql.disclosures(vault.conn)]


# -- partner bundles ---------------------------------------------------------------------------


def partner_key(vault: Vault) -> tuple[bytes, str]:
    """This office's self-signed key file for partner offices, and its fingerprint.

    It has the form of an enrollment request (docs/bundle-format.md), which says ``volunteer``
    as its role: the form has no other; a partner reads only the keys and the name from it.
    """
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    identity = trust.current_identity(vault)
    return request.encode_request(identity, name=vault.info.name), identity.public().fingerprint()


@dataclasses.dataclass(frozen=True)
class PartnerKey:
    """A partner office's public identity read from its key file, and what to compare."""

    identity: PublicIdentity
    name: str
    fingerprint: str


def read_partner_key(path: Path) -> PartnerKey:
    """A partner office's key file, checked (its self-signature); its fingerprint to compare."""
    decoded = request.decode_request(sync_service.read_request(path))
    return PartnerKey(decoded.identity, decoded.name, decoded.identity.fingerprint())


def write_partner_bundle(
    vault: Vault, draft: Disclosure, partner_key_path: Path, out_path: Path
) -> LogEntry:
    """Seal the disclosure to a partner office (signed by this office), write it, log it."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    check_approved(vault, draft)
    partner = read_partner_key(partner_key_path)
    if partner.identity.device_id == vault.info.device_id:
        raise ValidationError("disclosure.own_key")
    data = disclosure.seal(
        draft.envelope(),
        draft.records,
        sender=trust.current_identity(vault),
        recipient=partner.identity,
        schema_version=LATEST_VERSION,
    )
    sync_service.write_file(data, out=out_path)
    return record(vault, draft, DisclosureFormat.BUNDLE, codec.bundle_hash(data))


@dataclasses.dataclass(frozen=True)
class ReceivedDisclosure:
    """A partner's disclosure, verified and decrypted, never imported."""

    sender_name: str
    sender_fingerprint: str
    office: str
    agency: str
    basis: str
    core_member: str
    consent: str
    made_at: str
    items: tuple[ItemRef, ...]
    records: tuple[Record, ...]
    sections: tuple[tuple[str, str], ...]  # (title, text) as the sender's preview showed them

    def text(self) -> str:
        """Everything disclosed, as plain text."""
        lines = [
            f"Disclosure from {self.office} (key fingerprint {self.sender_fingerprint})",
            f"To: {self.agency}",
            f"Legal basis: {self.basis}",
            f"About: core member {self.core_member}",
            f"Consent of the core member: {self.consent}",
            f"Prepared: {self.made_at}",
        ]
        for title, text in self.sections:
            lines += ["", title, text]
        return "\n".join(lines) + "\n"


def open_partner_bundle(vault: Vault, path: Path, sender_key_path: Path) -> ReceivedDisclosure:
    """Verify a partner's disclosure against the sender key given, decrypt it with this vault's
    keys, and say what it discloses. Writes nothing; a bad file raises one plain sentence."""
    access.require(vault, Permission.PREPARE_DISCLOSURE)
    sender = read_partner_key(sender_key_path)
    limits = codec.Limits()
    opened = disclosure.open_bundle(
        sync_service.read_bundle(path, limits=limits),
        sender=sender.identity,
        recipient_device_id=vault.info.device_id,
        recipient_keys=trust.decryption_keys(vault),
        limits=limits,
    )
    envelope = opened.envelope
    return ReceivedDisclosure(
        sender_name=sender.name,
        sender_fingerprint=sender.fingerprint,
        office=envelope.office,
        agency=envelope.agency,
        basis=envelope.basis,
        core_member=envelope.core_member,
        consent=envelope.consent,
        made_at=envelope.made_at,
        items=envelope.items,
        records=opened.records,
        sections=tuple(_describe(group) for group in opened.groups),
    )
