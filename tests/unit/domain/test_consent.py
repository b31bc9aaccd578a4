"""A core member's consent: four states, the rule for recording one, as a disclosure shows it."""

from __future__ import annotations

import pytest

from circlesdesk.domain.consent import Consent, ConsentStatus, checked_note, checked_status
from circlesdesk.errors import ValidationError


@pytest.mark.parametrize("status", ["given", "refused", "withdrawn", "not-asked"])
def test_each_of_the_four_states_is_accepted(status: str) -> None:
    assert checked_status(status) is ConsentStatus(status)


@pytest.mark.parametrize("status", ["maybe", "", "GIVEN", "not asked"])
def test_anything_else_is_one_plain_sentence(status: str) -> None:
    with pytest.raises(ValidationError, match="Choose given, refused, withdrawn or not asked"):
        checked_status(status)


def test_a_note_is_optional_trimmed_and_may_have_lines() -> None:
    assert checked_note("") == ""
    assert checked_note("  Said yes.\nAsked again in May.  ") == "Said yes.\nAsked again in May."


def test_a_disclosure_shows_the_status_and_when_it_was_recorded() -> None:
    never = Consent("p", "Kestrel", ConsentStatus.NOT_ASKED, None, "")
    given = Consent("p", "Kestrel", ConsentStatus.GIVEN, "2026-04-01T12:00:00+00:00", "")

    assert never.shown() == "not-asked"
    assert given.shown() == "given (recorded 2026-04-01T12:00:00+00:00)"
