"""The synced records of CirclesDesk as validated, immutable dataclasses.

Every record has a UUID, the device it was made on (its *origin*, the only device that may edit
it), a revision number that goes up by one with each edit, and the time of that edit. Its *payload*
is the dict of its content fields: the same dict is stored in the vault, hashed, and carried in
bundles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import operator
import re
import uuid as uuidlib
from typing import Any, ClassVar, Self

from circlesdesk.domain import validation as v
from circlesdesk.domain.enums import (
    AttendanceStatus,
    ContactMode,
    EndingReason,
    MeetingMode,
    MeetingPattern,
    MeetingStatus,
    PersonRole,
    Phase,
    ReferralStage,
    ResponseAction,
    Stakeholder,
    SupervisionKind,
    VettingCheck,
)
from circlesdesk.errors import ValidationError

MAX_REVISION = 2**31 - 1
_CONTENT_FIELDS: dict[type[Record], tuple[str, ...]] = {}
# Per class: the content field names as a set, and those without a default (must be given).
_FIELD_SETS: dict[type[Record], tuple[frozenset[str], frozenset[str]]] = {}
_CONTENT_GETTERS: dict[type[Record], operator.attrgetter[Any]] = {}
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
# The values each choice field allows, computed once rather than for every record validated.
_PHASES = tuple(p.value for p in Phase)
_MEETING_PATTERNS = tuple(p.value for p in MeetingPattern)
_PERSON_ROLES = tuple(r.value for r in PersonRole)
_MEETING_STATUSES = tuple(s.value for s in MeetingStatus)
_ATTENDANCE_STATUSES = tuple(s.value for s in AttendanceStatus)
_RESPONSE_ACTIONS = tuple(a.value for a in ResponseAction)
_CONTACT_MODES = tuple(m.value for m in ContactMode)
_MEETING_MODES = tuple(m.value for m in MeetingMode)
_ENDING_REASONS = tuple(r.value for r in EndingReason)
_STAKEHOLDERS = tuple(s.value for s in Stakeholder)
_VETTING_CHECKS = tuple(c.value for c in VettingCheck)
_SUPERVISION_KINDS = tuple(k.value for k in SupervisionKind)
_TEMPLATE_VERSION = re.compile(r"^(.*)-v([0-9]+)$")


def new_record_id() -> str:
    """A fresh random record UUID."""
    return str(uuidlib.uuid4())


def utc_now() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def canonical_json(value: object) -> bytes:
    """Deterministic JSON bytes (sorted keys, no spaces, UTF-8) used for content hashes."""
    return _CANONICAL.encode(value).encode("utf-8")


def content_hash(kind: str, uuid: str, payload: dict[str, Any]) -> str:
    """SHA-256 (hex) of a kind, a uuid and a payload (docs/bundle-format.md, "Content hash"):
    a record's, and that of a line that is not a record but is hashed the same way."""
    material = {"kind": kind, "uuid": uuid, "payload": payload}
    return hashlib.sha256(canonical_json(material)).hexdigest()


@dataclasses.dataclass(frozen=True, kw_only=True)
class Record:
    """Fields every synced record carries."""

    kind: ClassVar[str] = ""
    # Content fields that hold a list (stored as JSON text, a tuple in Python).
    list_fields: ClassVar[frozenset[str]] = frozenset()
    # Content fields that hold a JSON object.
    object_fields: ClassVar[frozenset[str]] = frozenset()
    # Content fields added after the kind was first released (each defaults to None). While one
    # holds None it is left out of the payload, and so of the content hash: a record made before
    # the field existed keeps the hash it was stored and receipted with.
    added_fields: ClassVar[frozenset[str]] = frozenset()

    uuid: str
    origin: str
    revision: int = 1
    updated_at: str = dataclasses.field(default_factory=utc_now)

    def __post_init__(self) -> None:
        v.record_id(self.uuid)
        v.device_id(self.origin)
        if (
            isinstance(self.revision, bool)
            or not isinstance(self.revision, int)
            or not 1 <= self.revision <= MAX_REVISION
        ):
            raise ValidationError("record.bad_revision")
        v.timestamp(self.updated_at, field="update time")
        for name in self.list_fields:
            value = getattr(self, name)
            if not isinstance(value, tuple):
                raise ValidationError("record.not_a_list", field=name.replace("_", " "))
        for name in self.object_fields:
            if not isinstance(getattr(self, name), dict):
                raise ValidationError("record.not_a_mapping", field=name.replace("_", " "))
        self.validate()

    def validate(self) -> None:
        """Check the content fields; subclasses raise ValidationError with a plain sentence."""

    @classmethod
    def content_field_names(cls) -> tuple[str, ...]:
        """Names of the content fields, in declaration order."""
        names = _CONTENT_FIELDS.get(cls)
        if names is None:
            meta = {f.name for f in dataclasses.fields(Record)}
            names = tuple(f.name for f in dataclasses.fields(cls) if f.name not in meta)
            _CONTENT_FIELDS[cls] = names
        return names

    @classmethod
    def _field_sets(cls) -> tuple[frozenset[str], frozenset[str]]:
        """The content field names, and those of them without a default."""
        sets = _FIELD_SETS.get(cls)
        if sets is None:
            names = frozenset(cls.content_field_names())
            required = frozenset(
                f.name
                for f in dataclasses.fields(cls)
                if f.name in names
                and f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING
            )
            sets = _FIELD_SETS[cls] = (names, required)
        return sets

    def content_values(self) -> tuple[Any, ...]:
        """The content fields' values, in declaration order (read in one call)."""
        getter = _CONTENT_GETTERS.get(type(self))
        if getter is None:
            # One more name than the content fields, so that the getter always gives a tuple
            # (of one name it would give the value itself).
            names = (*self.content_field_names(), "uuid")
            getter = _CONTENT_GETTERS[type(self)] = operator.attrgetter(*names)
        values: tuple[Any, ...] = getter(self)
        return values[:-1]

    def payload(self) -> dict[str, Any]:
        """The content fields as a JSON-ready dict (list fields, tuples here, become lists)."""
        result = dict(zip(self.content_field_names(), self.content_values(), strict=True))
        for name in self.list_fields:
            result[name] = list(result[name])
        for name in self.added_fields:
            if result[name] is None:
                del result[name]
        return result

    def content_hash(self) -> str:
        """SHA-256 (hex) of kind, uuid and payload: equal content gives an equal hash.

        Computed once per record object (records are immutable) and kept beside its fields.
        """
        cached = self.__dict__.get("_content_hash")
        if cached is None:
            cached = content_hash(self.kind, self.uuid, self.payload())
            self.__dict__["_content_hash"] = cached
        return str(cached)

    @classmethod
    def from_payload(
        cls, payload: dict[str, Any], *, uuid: str, origin: str, revision: int, updated_at: str
    ) -> Self:
        """Build and validate a record from its payload dict; unknown or missing fields fail."""
        names, required = cls._field_sets()
        if not isinstance(payload, dict):
            raise ValidationError("record.not_fields", kind=cls.kind)
        if not names.issuperset(payload):
            raise ValidationError("record.unknown_fields", kind=cls.kind)
        if not required.issubset(payload):
            raise ValidationError("record.missing_fields", kind=cls.kind)
        values = payload
        if cls.list_fields:
            values = {
                name: tuple(value) if name in cls.list_fields and isinstance(value, list) else value
                for name, value in payload.items()
            }
        return cls(uuid=uuid, origin=origin, revision=revision, updated_at=updated_at, **values)

    def revised(self, **changes: Any) -> Self:
        """A copy with changed content, the next revision number and a fresh update time."""
        return dataclasses.replace(
            self, revision=self.revision + 1, updated_at=utc_now(), **changes
        )


def _string_list(values: tuple[object, ...], *, field: str, limit: int = 50) -> None:
    if len(values) > limit:
        raise ValidationError("record.too_many", field=field, limit=limit)
    for value in values:
        v.text(value, field=field)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Circle(Record):
    """A circle: its code, phase and meeting pattern. Origin: the office."""

    kind: ClassVar[str] = "circle"
    list_fields: ClassVar[frozenset[str]] = frozenset({"venues"})

    code: str
    phase: str = Phase.PREPARATION.value
    meeting_pattern: str = MeetingPattern.WEEKLY.value
    venues: tuple[str, ...] = ()
    started_on: str | None = None
    next_review_on: str | None = None

    def validate(self) -> None:
        v.circle_code(self.code)
        v.choice(self.phase, field="phase", allowed=_PHASES)
        v.choice(
            self.meeting_pattern,
            field="meeting pattern",
            allowed=_MEETING_PATTERNS,
        )
        _string_list(self.venues, field="venues")
        v.optional_date(self.started_on, field="start date")
        v.optional_date(self.next_review_on, field="next review date")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Person(Record):
    """A volunteer, a core member (by pseudonym only) or a coordinator."""

    kind: ClassVar[str] = "person"

    name: str
    role: str = PersonRole.VOLUNTEER.value
    phone: str | None = None

    def validate(self) -> None:
        v.name(self.name, field="name")
        v.choice(self.role, field="role", allowed=_PERSON_ROLES)
        v.optional_text(self.phone, field="phone number")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Membership(Record):
    """A person's place in a circle's roster. Origin: the office."""

    kind: ClassVar[str] = "membership"

    circle_uuid: str
    person_uuid: str
    role: str = PersonRole.VOLUNTEER.value
    joined_on: str | None = None
    left_on: str | None = None

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.record_id(self.person_uuid, field="person")
        v.choice(self.role, field="role", allowed=_PERSON_ROLES)
        v.optional_date(self.joined_on, field="joining date")
        v.optional_date(self.left_on, field="leaving date")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Meeting(Record):
    """A circle meeting and its minutes. Origin: the volunteer who took the minutes."""

    kind: ClassVar[str] = "meeting"
    list_fields: ClassVar[frozenset[str]] = frozenset({"life_areas"})
    added_fields: ClassVar[frozenset[str]] = frozenset({"mode"})

    circle_uuid: str
    held_on: str
    start_time: str | None = None
    end_time: str | None = None
    venue: str | None = None
    minute_taker_uuid: str | None = None
    minutes: str = ""
    life_areas: tuple[str, ...] = ()
    engagement: int | None = None
    status: str = MeetingStatus.FINAL.value
    mode: str | None = None  # in person, video or phone; None for meetings recorded before

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.date(self.held_on, field="meeting date")
        v.time(self.start_time, field="start time")
        v.time(self.end_time, field="end time")
        v.optional_text(self.venue, field="venue")
        v.optional_record_id(self.minute_taker_uuid, field="minute-taker")
        v.text(self.minutes, field="minutes", required=False, multiline=True)
        if len(self.life_areas) > 30:
            raise ValidationError("record.too_many", field="life areas", limit=30)
        for area in self.life_areas:
            v.key(area, field="life area")
        v.optional_integer(self.engagement, field="engagement rating", low=1, high=5)
        v.choice(self.status, field="meeting status", allowed=_MEETING_STATUSES)
        if self.mode is not None:
            v.choice(self.mode, field="meeting mode", allowed=_MEETING_MODES)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Attendance(Record):
    """How one person attended one meeting. Origin: the meeting's origin."""

    kind: ClassVar[str] = "attendance"

    meeting_uuid: str
    person_uuid: str
    status: str

    def validate(self) -> None:
        v.record_id(self.meeting_uuid, field="meeting")
        v.record_id(self.person_uuid, field="person")
        v.choice(self.status, field="attendance", allowed=_ATTENDANCE_STATUSES)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Concern(Record):
    """A risk-relevant concern raised by a volunteer."""

    kind: ClassVar[str] = "concern"

    circle_uuid: str
    meeting_uuid: str | None = None
    raised_at: str
    level: int
    category: str
    description: str
    action_taken: str | None = None
    coordinator_phoned_at: str | None = None

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.optional_record_id(self.meeting_uuid, field="meeting")
        v.timestamp(self.raised_at, field="time the concern was raised")
        v.integer(self.level, field="urgency level", low=0, high=4)
        v.key(self.category, field="concern category")
        v.text(self.description, field="concern description", multiline=True)
        v.optional_text(self.action_taken, field="action taken", multiline=True)
        v.optional_timestamp(self.coordinator_phoned_at, field="time the coordinator was phoned")


@dataclasses.dataclass(frozen=True, kw_only=True)
class ConcernResponse(Record):
    """The office's answer to a concern: acknowledged, responded, escalated or closed."""

    kind: ClassVar[str] = "concern_response"

    concern_uuid: str
    action: str
    responded_at: str
    text: str = ""
    agency: str | None = None
    basis: str | None = None
    outcome: str | None = None

    def validate(self) -> None:
        v.record_id(self.concern_uuid, field="concern")
        v.choice(self.action, field="response action", allowed=_RESPONSE_ACTIONS)
        v.timestamp(self.responded_at, field="response time")
        v.text(self.text, field="response", required=False, multiline=True)
        v.optional_text(self.agency, field="agency")
        v.optional_text(self.basis, field="basis for disclosure", multiline=True)
        v.optional_text(self.outcome, field="outcome", multiline=True)
        if self.action == ResponseAction.ESCALATE and not (self.agency and self.basis):
            raise ValidationError("record.escalation_incomplete")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Contact(Record):
    """A between-meeting phone call or one-to-one with the core member."""

    kind: ClassVar[str] = "contact"

    circle_uuid: str
    person_uuid: str | None = None
    contact_on: str
    mode: str = ContactMode.PHONE.value
    summary: str
    raise_at_next_meeting: bool = False

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.optional_record_id(self.person_uuid, field="volunteer")
        v.date(self.contact_on, field="contact date")
        v.choice(self.mode, field="kind of contact", allowed=_CONTACT_MODES)
        v.text(self.summary, field="contact summary", multiline=True)
        v.flag(self.raise_at_next_meeting, field="raise at next meeting")


@dataclasses.dataclass(frozen=True, kw_only=True)
class VolunteerHours(Record):
    """Time a volunteer gave: meetings, travel, training, contacts."""

    kind: ClassVar[str] = "hours"

    person_uuid: str
    circle_uuid: str | None = None
    worked_on: str
    minutes: int
    activity: str = "meeting"

    def validate(self) -> None:
        v.record_id(self.person_uuid, field="volunteer")
        v.optional_record_id(self.circle_uuid, field="circle")
        v.date(self.worked_on, field="date")
        v.integer(self.minutes, field="time given (minutes)", low=1, high=24 * 60)
        v.text(self.activity, field="activity")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Review(Record):
    """A periodic dynamic-risk review: each template item scored 0 to 6."""

    kind: ClassVar[str] = "review"
    object_fields: ClassVar[frozenset[str]] = frozenset({"scores"})

    circle_uuid: str
    review_on: str
    template_id: str
    scores: dict[str, int]
    notes: str = ""

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.date(self.review_on, field="review date")
        v.key(self.template_id, field="review template")
        if len(self.scores) > 100:
            raise ValidationError("record.too_many", field="review items", limit=100)
        for item, score in self.scores.items():
            v.key(item, field="review item")
            v.integer(score, field="review score", low=0, high=6)
        v.text(self.notes, field="review notes", required=False, multiline=True)


@dataclasses.dataclass(frozen=True, kw_only=True)
class OfficeConfig(Record):
    """The office's configuration that travels to every device."""

    kind: ClassVar[str] = "office_config"
    list_fields: ClassVar[frozenset[str]] = frozenset()
    object_fields: ClassVar[frozenset[str]] = frozenset(
        {"categories", "life_areas", "urgency_guidance", "review_items"}
    )
    added_fields: ClassVar[frozenset[str]] = frozenset({"protective_marking"})

    office_name: str
    phone: str
    categories: dict[str, str]
    life_areas: dict[str, str]
    urgency_guidance: dict[str, str]
    review_template_id: str
    review_items: dict[str, str]
    retention_weeks: int
    autolock_minutes: int
    # The line every produced document carries (e.g. OFFICIAL-SENSITIVE); None: the default,
    # "": no line.
    protective_marking: str | None = None

    def validate(self) -> None:
        v.name(self.office_name, field="office name", max_length=v.MAX_SHORT_TEXT)
        v.optional_text(self.protective_marking, field="protective marking")
        v.text(self.phone, field="coordinator phone number", required=False)
        for field, mapping in (
            ("concern category", self.categories),
            ("life area", self.life_areas),
            ("review item", self.review_items),
        ):
            if not mapping or len(mapping) > 100:
                raise ValidationError("config.list_size", field=field)
            for key, label in mapping.items():
                v.key(key, field=field)
                v.text(label, field=f"{field} label")
        if set(self.urgency_guidance) != {"0", "1", "2", "3", "4"}:
            raise ValidationError("config.guidance_levels")
        for guidance in self.urgency_guidance.values():
            v.text(guidance, field="urgency guidance", multiline=True, max_length=2000)
        v.key(self.review_template_id, field="review template")
        v.integer(self.retention_weeks, field="retention (weeks)", low=1, high=520)
        v.integer(self.autolock_minutes, field="auto-lock (minutes)", low=1, high=240)


# Risk assessments a referrer supplies, by their short key: the offender assessment system, Risk
# Matrix 2000 (adult sexual offending), AIM3 (young people), and any other the office names.
ASSESSMENT_KINDS: dict[str, str] = {
    "oasys": "OASys",
    "rm2000": "Risk Matrix 2000",
    "aim3": "AIM3",
    "other": "Other",
}
CARER_CONSENT = ("given", "refused", "not-yet-asked")
_REFERRAL_STAGES = tuple(s.value for s in ReferralStage)
# The date each referral stage sets.
STAGE_DATES: dict[str, str] = {
    ReferralStage.RECEIVED.value: "received_on",
    ReferralStage.ASSESSED.value: "assessed_on",
    ReferralStage.ACCEPTED.value: "decided_on",
    ReferralStage.DECLINED.value: "decided_on",
    ReferralStage.FORMED.value: "formed_on",
}


def _assessment(entry: object) -> None:
    if not isinstance(entry, dict) or set(entry) != {"kind", "level", "assessed_on", "document"}:
        raise ValidationError("referral.assessment_incomplete")
    v.choice(entry["kind"], field="assessment kind", allowed=tuple(ASSESSMENT_KINDS))
    v.text(entry["level"], field="assessment level")
    v.optional_date(entry["assessed_on"], field="assessment date")
    v.text(entry["document"], field="assessment document reference", required=False)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Referral(Record):
    """A referral of a possible core member to the project, from the referring agency to the day
    a circle is formed. Origin: the office; it never goes to a laptop.

    ``assessments`` are the risk assessments the referrer supplies, each a dict of ``kind`` (a key
    of :data:`ASSESSMENT_KINDS`), ``level``, ``assessed_on`` and ``document`` (a reference to the
    document, which is not attached). The stage's dates must come in order.
    """

    kind: ClassVar[str] = "referral"
    list_fields: ClassVar[frozenset[str]] = frozenset({"assessments"})

    agency: str
    officer: str = ""
    received_on: str
    core_member: str
    assessments: tuple[dict[str, Any], ...] = ()
    mappa_category: int | None = None
    mappa_level: int | None = None
    licence_end_on: str | None = None
    starts_in_prison: bool = False
    young_people: bool = False
    carer_consent: str | None = None
    stage: str = ReferralStage.RECEIVED.value
    assessed_on: str | None = None
    decided_on: str | None = None
    decline_reason: str | None = None
    formed_on: str | None = None
    circle_uuid: str | None = None

    def validate(self) -> None:
        v.text(self.agency, field="referring agency")
        v.text(self.officer, field="referring officer", required=False)
        v.date(self.received_on, field="date the referral was received")
        v.name(self.core_member, field="core member's pseudonym")
        if len(self.assessments) > 20:
            raise ValidationError("referral.too_many_assessments", limit=20)
        for entry in self.assessments:
            _assessment(entry)
        v.optional_integer(self.mappa_category, field="MAPPA category", low=1, high=4)
        v.optional_integer(self.mappa_level, field="MAPPA level", low=1, high=3)
        v.optional_date(self.licence_end_on, field="licence or order end date")
        v.flag(self.starts_in_prison, field="starts in prison")
        v.flag(self.young_people, field="young people's circle")
        if self.carer_consent is not None:
            v.choice(self.carer_consent, field="parent or carer consent", allowed=CARER_CONSENT)
            if not self.young_people:
                raise ValidationError("referral.consent_not_young")
        v.choice(self.stage, field="referral stage", allowed=_REFERRAL_STAGES)
        v.optional_date(self.assessed_on, field="assessment date")
        v.optional_date(self.decided_on, field="decision date")
        v.optional_text(self.decline_reason, field="reason for declining", multiline=True)
        v.optional_date(self.formed_on, field="date the circle was formed")
        v.optional_record_id(self.circle_uuid, field="circle")
        self._check_stage()

    def _check_stage(self) -> None:
        order = (ReferralStage.RECEIVED, ReferralStage.ASSESSED, ReferralStage.ACCEPTED)
        reached = {
            ReferralStage.RECEIVED.value: order[:1],
            ReferralStage.ASSESSED.value: order[:2],
            ReferralStage.ACCEPTED.value: order,
            ReferralStage.DECLINED.value: (*order[:2], ReferralStage.DECLINED),
            ReferralStage.FORMED.value: (*order, ReferralStage.FORMED),
        }[self.stage]
        days = [getattr(self, STAGE_DATES[stage.value]) for stage in reached]
        if any(day is None for day in days):
            raise ValidationError("referral.stage_date_missing")
        if days != sorted(days):
            raise ValidationError("referral.dates_out_of_order")
        declined = self.stage == ReferralStage.DECLINED.value
        if declined and not (self.decline_reason or "").strip():
            raise ValidationError("referral.reason_missing")
        if not declined and self.decline_reason:
            raise ValidationError("referral.reason_not_declined")
        if (self.stage == ReferralStage.FORMED.value) != (self.circle_uuid is not None):
            raise ValidationError("referral.circle_when_formed")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Ending(Record):
    """How and when a circle closed. Origin: the office; office only (the circle's phase, which
    laptops receive, says it closed)."""

    kind: ClassVar[str] = "ending"

    circle_uuid: str
    ended_on: str
    reason: str
    note: str = ""

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.date(self.ended_on, field="date the circle ended")
        v.choice(self.reason, field="reason the circle ended", allowed=_ENDING_REASONS)
        v.text(self.note, field="note on the ending", required=False, multiline=True)


@dataclasses.dataclass(frozen=True, kw_only=True)
class FollowUp(Record):
    """A contact with the former core member after their circle closed. Origin: the office."""

    kind: ClassVar[str] = "follow_up"

    circle_uuid: str
    contact_on: str
    mode: str = ContactMode.PHONE.value
    summary: str

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.date(self.contact_on, field="follow-up date")
        v.choice(self.mode, field="kind of contact", allowed=_CONTACT_MODES)
        v.text(self.summary, field="follow-up summary", multiline=True)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Covenant(Record):
    """One version of a circle's covenant, the agreement the core member signs, and the day it
    was agreed. A new version is a new record; earlier versions stay. Origin: the office."""

    kind: ClassVar[str] = "covenant"

    circle_uuid: str
    version: int
    agreed_on: str
    text: str

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.integer(self.version, field="covenant version", low=1, high=1000)
        v.date(self.agreed_on, field="date the covenant was agreed")
        v.text(self.text, field="covenant text", multiline=True)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Questionnaire(Record):
    """One version of the end-of-circle questionnaire's questions, each answered on a scale of
    1 (not at all) to 5 (very much). Origin: the office; a change is a new version (a new record),
    so answers are always read against the questions they answered."""

    kind: ClassVar[str] = "questionnaire"
    object_fields: ClassVar[frozenset[str]] = frozenset({"questions"})

    version: int
    questions: dict[str, str]
    made_on: str

    def validate(self) -> None:
        v.integer(self.version, field="questionnaire version", low=1, high=1000)
        if not self.questions or len(self.questions) > 50:
            raise ValidationError("questionnaire.too_many_questions", limit=50)
        for key, question in self.questions.items():
            v.key(key, field="question key")
            v.text(question, field="question", max_length=500)
        v.date(self.made_on, field="date of the questionnaire version")


@dataclasses.dataclass(frozen=True, kw_only=True)
class QuestionnaireAnswer(Record):
    """One stakeholder's answers to the end-of-circle questionnaire, entered at the office."""

    kind: ClassVar[str] = "questionnaire_answer"
    object_fields: ClassVar[frozenset[str]] = frozenset({"scores"})

    circle_uuid: str
    version: int
    stakeholder: str
    answered_on: str
    scores: dict[str, int]
    comment: str = ""

    def validate(self) -> None:
        v.record_id(self.circle_uuid, field="circle")
        v.integer(self.version, field="questionnaire version", low=1, high=1000)
        v.choice(self.stakeholder, field="who answered", allowed=_STAKEHOLDERS)
        v.date(self.answered_on, field="date answered")
        if len(self.scores) > 50:
            raise ValidationError("questionnaire.too_many_answers", limit=50)
        for key, score in self.scores.items():
            v.key(key, field="question key")
            v.integer(score, field="answer", low=1, high=5)
        v.text(self.comment, field="comment", required=False, multiline=True)


@dataclasses.dataclass(frozen=True, kw_only=True)
class ReviewTemplate(Record):
    """One version of the office's dynamic-risk review template, kept so that old reviews keep
    their items' names. Protective factors are items where a higher score is better. Origin: the
    office; the current version travels to laptops with the office configuration."""

    kind: ClassVar[str] = "review_template"
    list_fields: ClassVar[frozenset[str]] = frozenset({"protective"})
    object_fields: ClassVar[frozenset[str]] = frozenset({"items"})

    template_id: str
    items: dict[str, str]
    protective: tuple[str, ...] = ()
    adopted_on: str

    @staticmethod
    def parse_id(template_id: str) -> tuple[str, int]:
        """``circles-uk-drr-v2`` → (``circles-uk-drr``, 2); an id without a version is version 1."""
        match = _TEMPLATE_VERSION.fullmatch(template_id)
        return (match[1], int(match[2])) if match else (template_id, 1)

    def validate(self) -> None:
        v.key(self.template_id, field="review template")
        if not self.items or len(self.items) > 100:
            raise ValidationError("review_template.item_count")
        for key, label in self.items.items():
            v.key(key, field="review item")
            v.text(label, field="review item label")
        for key in self.protective:
            if key not in self.items:
                raise ValidationError("review_template.protective_not_an_item")
        v.date(self.adopted_on, field="date the template was adopted")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Training(Record):
    """A course a volunteer completed. Office only: never sent to any laptop."""

    kind: ClassVar[str] = "training"

    person_uuid: str
    course: str
    completed_on: str
    certificate: str | None = None

    def validate(self) -> None:
        v.record_id(self.person_uuid, field="volunteer")
        v.text(self.course, field="course")
        v.date(self.completed_on, field="date the course was completed")
        v.optional_text(self.certificate, field="certificate reference")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Vetting(Record):
    """An enhanced DBS check or prison vetting of a volunteer. Office only."""

    kind: ClassVar[str] = "vetting"

    person_uuid: str
    check_type: str
    reference: str
    issued_on: str
    expires_on: str

    def validate(self) -> None:
        v.record_id(self.person_uuid, field="volunteer")
        v.choice(self.check_type, field="kind of check", allowed=_VETTING_CHECKS)
        v.text(self.reference, field="check reference")
        v.date(self.issued_on, field="issue date")
        v.date(self.expires_on, field="expiry date")
        if self.expires_on <= self.issued_on:
            raise ValidationError("vetting.expiry_before_issue")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Supervision(Record):
    """A supervision, one-to-one or debrief session of a volunteer with the coordinator.
    Office only."""

    kind: ClassVar[str] = "supervision"

    person_uuid: str
    held_on: str
    session: str = SupervisionKind.SUPERVISION.value
    notes: str = ""
    follow_up: str | None = None

    def validate(self) -> None:
        v.record_id(self.person_uuid, field="volunteer")
        v.date(self.held_on, field="session date")
        v.choice(self.session, field="kind of session", allowed=_SUPERVISION_KINDS)
        v.text(self.notes, field="session notes", required=False, multiline=True)
        v.optional_text(self.follow_up, field="follow-up", multiline=True)


def check_on_entry(record: Record) -> None:
    """Rules that hold when a record enters a vault from elsewhere (a bundle), not each time it
    is read back: a concern cannot be raised more than a day ahead of this computer's clock.
    (Checked on entry only, so that a stored concern stays readable if the clock is set back.)"""
    if isinstance(record, Concern):
        v.timestamp(record.raised_at, field="time the concern was raised", not_in_future=True)


RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls
    for cls in (
        Circle,
        Person,
        Membership,
        Meeting,
        Attendance,
        Concern,
        ConcernResponse,
        Contact,
        VolunteerHours,
        Review,
        OfficeConfig,
        Referral,
        Ending,
        FollowUp,
        Covenant,
        Questionnaire,
        QuestionnaireAnswer,
        ReviewTemplate,
        Training,
        Vetting,
        Supervision,
    )
}
# The kinds a bundle carries, records referred to before the records that refer to them:
# the office's to its laptops, and each laptop's to the office.
OFFICE_KINDS: tuple[type[Record], ...] = (
    OfficeConfig,
    ReviewTemplate,
    Circle,
    Person,
    Membership,
    ConcernResponse,
)
VOLUNTEER_KINDS: tuple[type[Record], ...] = (
    Meeting,
    Attendance,
    Concern,
    Contact,
    VolunteerHours,
    Review,
)
# Kinds kept at the office only: no bundle carries them, in either direction.
OFFICE_ONLY_KINDS = frozenset(
    cls.kind for cls in (Referral, Ending, FollowUp, Covenant, Questionnaire, QuestionnaireAnswer)
)
# A volunteer's own records: kept by the office only, so that no other volunteer's laptop holds
# them (the reply writer leaves them out, sync/exporter.py; a laptop's importer refuses them).
VOLUNTEER_OWN_KINDS = frozenset(cls.kind for cls in (Training, Vetting, Supervision))
