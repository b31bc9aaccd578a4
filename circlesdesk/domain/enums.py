"""Enumerations of the CoSA vocabulary (DESIGN.md §2)."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Role(StrEnum):
    """Which side of the organisation a vault belongs to."""

    VOLUNTEER = "volunteer"
    OFFICE = "office"


class Phase(StrEnum):
    """Where a circle is in its life."""

    REFERRAL = "referral"
    PREPARATION = "preparation"
    ACTIVE = "active"
    STEP_DOWN = "step-down"
    ENDING = "ending"
    CLOSED = "closed"


class MeetingPattern(StrEnum):
    """How often a circle is expected to meet."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    NONE = "none"


class PersonRole(StrEnum):
    """A person's part in a circle."""

    VOLUNTEER = "volunteer"
    CORE_MEMBER = "core-member"
    COORDINATOR = "coordinator"


class AttendanceStatus(StrEnum):
    """How a person attended a meeting."""

    PRESENT = "present"
    LATE = "late"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class Urgency(IntEnum):
    """Urgency level of a concern, 0 (note) to 4 (emergency)."""

    NOTE = 0
    WATCH = 1
    CONCERN = 2
    URGENT = 3
    EMERGENCY = 4


class MeetingStatus(StrEnum):
    """A meeting being written (draft) or handed in (final)."""

    DRAFT = "draft"
    FINAL = "final"


class ContactMode(StrEnum):
    """How a between-meeting contact happened."""

    PHONE = "phone"
    ONE_TO_ONE = "one-to-one"
    MESSAGE = "message"
    OTHER = "other"


class ResponseAction(StrEnum):
    """What the coordinator did about a concern."""

    ACKNOWLEDGE = "acknowledge"
    RESPOND = "respond"
    ESCALATE = "escalate"
    CLOSE = "close"


class MeetingMode(StrEnum):
    """How a circle meeting was held."""

    IN_PERSON = "in-person"
    VIDEO = "video"
    PHONE = "phone"


class ReferralStage(StrEnum):
    """Where a referral is: received → assessed → accepted or declined → circle formed."""

    RECEIVED = "received"
    ASSESSED = "assessed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    FORMED = "formed"


class EndingReason(StrEnum):
    """Why a circle closed."""

    COMPLETED = "completed"
    WITHDREW = "withdrew"
    RECALL = "recall"
    ARREST = "arrest"
    RECONVICTION = "reconviction"
    MOVED = "moved"
    DIED = "died"
    OTHER = "other"


class Stakeholder(StrEnum):
    """Who answered an end-of-circle questionnaire."""

    VOLUNTEER = "volunteer"
    CORE_MEMBER = "core-member"
    PROBATION = "probation"


class VettingCheck(StrEnum):
    """A check a volunteer needs before working with a core member."""

    ENHANCED_DBS = "enhanced-dbs"
    PRISON_VETTING = "prison-vetting"


class SupervisionKind(StrEnum):
    """A session between a volunteer and the coordinator, for the volunteer's own sake."""

    SUPERVISION = "supervision"
    ONE_TO_ONE = "one-to-one"
    DEBRIEF = "debrief"
