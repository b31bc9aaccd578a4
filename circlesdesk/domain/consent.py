"""A core member's consent to information about them being passed on: its states and its rule.

The office records consent when it asks (services/disclosures.py); every disclosure shows the
status recorded at the time and logs it. A status is one of four words; a note is optional text.
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from circlesdesk.domain import validation
from circlesdesk.errors import ValidationError


class ConsentStatus(StrEnum):
    """A core member's consent to information about them being passed on."""

    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    NOT_ASKED = "not-asked"


@dataclasses.dataclass(frozen=True)
class Consent:
    """A core member's consent status (``not-asked`` with no time if never recorded)."""

    person_uuid: str
    core_member: str  # the pseudonym
    status: ConsentStatus
    recorded_at: str | None
    note: str

    def shown(self) -> str:
        """The status as a disclosure states it: the word, and when it was recorded."""
        if self.recorded_at:
            return f"{self.status.value} (recorded {self.recorded_at})"
        return self.status.value


def checked_status(status: ConsentStatus | str) -> ConsentStatus:
    """The status given, or a plain error if it is none of the four."""
    if status not in {s.value for s in ConsentStatus}:
        raise ValidationError("disclosure.choose_consent")
    return ConsentStatus(status)


def checked_note(note: str) -> str:
    """A consent note as stored: optional, several lines allowed, trimmed."""
    return (validation.optional_text(note, field="consent note", multiline=True) or "").strip()
