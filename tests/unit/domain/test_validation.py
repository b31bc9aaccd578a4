"""Tests for circlesdesk.domain.validation: each refusal is one plain sentence without the value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from circlesdesk.domain import validation as v
from circlesdesk.domain.records import Concern, Meeting
from circlesdesk.errors import ValidationError

CIRCLE = "5b3f0c37-5b1f-4a4e-9f3e-0f6f4d7c1a01"
DEVICE = "0" * 32

Check = Callable[[object], object]

REFUSED: list[tuple[str, Check, object, str]] = [
    # dates
    (
        "date: words",
        lambda x: v.date(x, field="meeting date"),
        "next Tuesday",
        "The meeting date must be a date written as YYYY-MM-DD.",
    ),
    (
        "date: day first",
        lambda x: v.date(x, field="meeting date"),
        "03/02/2026",
        "The meeting date must be a date written as YYYY-MM-DD.",
    ),
    (
        "date: 30 February",
        lambda x: v.date(x, field="meeting date"),
        "2026-02-30",
        "The meeting date is not a real calendar date.",
    ),
    (
        "date: month 13",
        lambda x: v.date(x, field="meeting date"),
        "2026-13-01",
        "The meeting date is not a real calendar date.",
    ),
    (
        "date: year 1850",
        lambda x: v.date(x, field="meeting date"),
        "1850-01-01",
        "The meeting date must be between 2000-01-01 and 2100-12-31.",
    ),
    (
        "date: other digits",
        lambda x: v.date(x, field="meeting date"),
        "٢٠٢٦-٠٣-٠٢",
        "The meeting date must be a date written as YYYY-MM-DD.",
    ),
    (
        "date: trailing newline",
        lambda x: v.date(x, field="meeting date"),
        "2026-03-02\n",
        "The meeting date must be a date written as YYYY-MM-DD.",
    ),
    (
        "date: a number",
        lambda x: v.date(x, field="meeting date"),
        20260302,
        "The meeting date must be a date written as YYYY-MM-DD.",
    ),
    # times
    (
        "time: 25 o'clock",
        lambda x: v.time(x, field="start time"),
        "25:00",
        "The start time is not a real time of day.",
    ),
    (
        "time: no colon",
        lambda x: v.time(x, field="start time"),
        "1930",
        "The start time must be a time written as HH:MM.",
    ),
    (
        "time: other digits",
        lambda x: v.time(x, field="start time"),
        "١٢:٣٠",
        "The start time must be a time written as HH:MM.",
    ),
    (
        "timestamp: no zone",
        lambda x: v.timestamp(x, field="time raised"),
        "2026-03-02T10:00:00",
        "The time raised must include a time zone.",
    ),
    (
        "timestamp: words",
        lambda x: v.timestamp(x, field="time raised"),
        "yesterday at ten",
        "The time raised must be a date and time.",
    ),
    (
        "timestamp: year 9999",
        lambda x: v.timestamp(x, field="time raised"),
        "9999-12-31T23:59:59+00:00",
        "The time raised must be between 2000-01-01 and 2100-12-31.",
    ),
    (
        "timestamp: year 1999",
        lambda x: v.timestamp(x, field="time raised"),
        "1999-12-31T23:59:59+00:00",
        "The time raised must be between 2000-01-01 and 2100-12-31.",
    ),
    (
        "timestamp: two days ahead",
        lambda x: v.timestamp(x, field="time raised", not_in_future=True),
        (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).isoformat(),
        "The time raised is in the future; check the date and the clock.",
    ),
    (
        "date: year 2101",
        lambda x: v.date(x, field="meeting date"),
        "2101-01-01",
        "The meeting date must be between 2000-01-01 and 2100-12-31.",
    ),
    # names: nothing invisible or direction-changing
    (
        "name: right-to-left override",
        lambda x: v.name(x, field="name"),
        "Alice \u202eecilA",
        "The name contains control characters; please remove them.",
    ),
    (
        "name: C1 control (CSI)",
        lambda x: v.name(x, field="name"),
        "Alice\x9b31m",
        "The name contains control characters; please remove them.",
    ),
    (
        "name: zero-width space",
        lambda x: v.name(x, field="name"),
        "Ali\u200bce Marsh",
        "The name contains invisible or direction-changing characters; please remove them.",
    ),
    (
        "name: zero-width joiner",
        lambda x: v.name(x, field="device name"),
        "Ben\u200d Okafor",
        "The device name contains invisible or direction-changing characters; please remove them.",
    ),
    (
        "name: right-to-left mark",
        lambda x: v.name(x, field="name"),
        "Ben\u200f",
        "The name contains invisible or direction-changing characters; please remove them.",
    ),
    (
        "text: bidi isolate in minutes",
        lambda x: v.text(x, field="minutes", multiline=True),
        "Looks fine \u2067but is not\u2069.",
        "The minutes contains control characters; please remove them.",
    ),
    # text: required, length, control characters, lines
    ("text: empty", lambda x: v.text(x, field="name"), "", "Please enter the name."),
    ("text: blank", lambda x: v.text(x, field="name"), "   \t ", "Please enter the name."),
    (
        "text: too long",
        lambda x: v.text(x, field="name", max_length=100),
        "Bartholomew" * 10,
        "The name is too long (at most 100 characters).",
    ),
    (
        "text: too long notes",
        lambda x: v.text(x, field="minutes", multiline=True),
        "word " * 300_000,
        "The minutes is too long (at most 1,048,576 characters).",
    ),
    (
        "text: NUL",
        lambda x: v.text(x, field="minutes", multiline=True),
        "Kestrel\x00secret",
        "The minutes contains control characters; please remove them.",
    ),
    (
        "text: escape",
        lambda x: v.text(x, field="minutes", multiline=True),
        "Kestrel\x1b[31mred",
        "The minutes contains control characters; please remove them.",
    ),
    (
        "text: delete",
        lambda x: v.text(x, field="name"),
        "Kestrel\x7f",
        "The name contains control characters; please remove them.",
    ),
    (
        "text: newline",
        lambda x: v.text(x, field="name"),
        "Kestrel\nSmith",
        "The name must be a single line.",
    ),
    (
        "text: lone surrogate",
        lambda x: v.text(x, field="name"),
        "Kestrel\udc80",
        "The name contains characters that cannot be stored.",
    ),
    ("text: not text", lambda x: v.text(x, field="name"), b"Kestrel", "The name must be text."),
    # numbers, levels, choices, keys, codes, ids
    (
        "level: 5",
        lambda x: v.integer(x, field="urgency level", low=0, high=4),
        5,
        "The urgency level must be between 0 and 4.",
    ),
    (
        "level: -1",
        lambda x: v.integer(x, field="urgency level", low=0, high=4),
        -1,
        "The urgency level must be between 0 and 4.",
    ),
    (
        "level: text",
        lambda x: v.integer(x, field="urgency level", low=0, high=4),
        "3",
        "The urgency level must be a whole number.",
    ),
    (
        "level: true",
        lambda x: v.integer(x, field="urgency level", low=0, high=4),
        True,
        "The urgency level must be a whole number.",
    ),
    (
        "flag: text",
        lambda x: v.flag(x, field="raise at next meeting"),
        "oui",
        "The raise at next meeting must be yes or no.",
    ),
    (
        "choice",
        lambda x: v.choice(x, field="attendance", allowed=["present", "late"]),
        "truant",
        "The attendance must be one of: present, late.",
    ),
    (
        "key",
        lambda x: v.key(x, field="concern category"),
        "Lone Liness",
        "The concern category must be a short key of lowercase letters, digits and hyphens.",
    ),
    (
        "circle code",
        v.circle_code,
        "sw014",
        "The circle code must be letters, a hyphen and a number, for example SW-014.",
    ),
    ("record id", v.record_id, "1234-bogus", "The record id is not a valid identifier."),
    ("device id", v.device_id, "Kestrel's laptop", "The device id is not valid."),
]


@pytest.mark.parametrize(
    ("check", "value", "message"),
    [case[1:] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
def test_a_refusal_is_one_plain_sentence_that_does_not_repeat_the_value(
    check: Check, value: object, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        check(value)
    text = str(info.value)
    assert text == message
    assert "\n" not in text
    assert repr(value) not in text
    if isinstance(value, str) and value.strip():
        assert value.strip()[:12] not in text


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        (lambda x: v.date(x), dt.date(2026, 3, 2), "2026-03-02"),
        (lambda x: v.date(x), "2100-12-31", "2100-12-31"),
        (lambda x: v.date(x), "2000-01-01", "2000-01-01"),
        (lambda x: v.timestamp(x), "2100-12-31T23:59:59-12:00", "2100-12-31T23:59:59-12:00"),
        (lambda x: v.name(x), "Zoë O'Brien-Ñúñez", "Zoë O'Brien-Ñúñez"),
        (lambda x: v.text(x, field="minutes", multiline=True), "שלום\u200f.", "שלום\u200f."),
        (lambda x: v.time(x), "", None),
        (lambda x: v.time(x), "00:00", "00:00"),
        (lambda x: v.timestamp(x), "2026-03-02T10:00:00+01:00", "2026-03-02T10:00:00+01:00"),
        (lambda x: v.optional_text(x, field="venue"), "", None),
        (lambda x: v.text(x, field="minutes", multiline=True), "a\tb\r\nc", "a\tb\r\nc"),
        (lambda x: v.text(x, field="minutes", required=False, multiline=True), "", ""),
        (lambda x: v.circle_code(x), "NE-7", "NE-7"),
    ],
)
def test_good_values_pass_unchanged(check: Check, value: object, expected: object) -> None:
    assert check(value) == expected


@given(value=st.text(max_size=40).map(lambda text: "Zq§" + text))
def test_no_check_ever_puts_what_was_typed_in_its_message(value: str) -> None:
    checks: list[Callable[[str], Any]] = [
        lambda x: v.date(x),
        lambda x: v.time(x),
        lambda x: v.timestamp(x),
        lambda x: v.text(x + "\x00", field="name"),
        lambda x: v.choice(x, field="role", allowed=["volunteer"]),
        lambda x: v.key(x, field="category"),
        v.circle_code,
        v.record_id,
        v.device_id,
    ]
    for check in checks:
        with pytest.raises(ValidationError) as info:
            check(value)
        assert "Zq§" not in str(info.value)


def test_records_validate_when_made_whatever_made_them() -> None:
    with pytest.raises(ValidationError) as info:
        Meeting(uuid=CIRCLE, origin=DEVICE, circle_uuid=CIRCLE, held_on="2026-02-30")
    assert str(info.value) == "The meeting date is not a real calendar date."
    with pytest.raises(ValidationError) as info:
        Concern(
            uuid=CIRCLE,
            origin=DEVICE,
            circle_uuid=CIRCLE,
            raised_at="2026-03-02T10:00:00+00:00",
            level=7,
            category="loneliness",
            description="He seems low.",
        )
    assert str(info.value) == "The urgency level must be between 0 and 4."
    with pytest.raises(ValidationError) as info:
        Concern(
            uuid=CIRCLE,
            origin=DEVICE,
            circle_uuid=CIRCLE,
            raised_at="2026-03-02T10:00:00+00:00",
            level=2,
            category="loneliness",
            description="",
        )
    assert str(info.value) == "Please enter the concern description."
