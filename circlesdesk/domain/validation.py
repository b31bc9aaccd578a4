"""Checks for user-entered and imported values, each failing with one catalogue code."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from circlesdesk.errors import ValidationError

MAX_TEXT = 1024 * 1024  # 1 MiB per text field (DESIGN.md §7)
MAX_SHORT_TEXT = 200
# Every date and time a record holds lies within these days (DESIGN.md §6): a year 9999 must not
# reach a list that sorts or computes with dates.
EARLIEST_DAY = dt.date(2000, 1, 1)
LATEST_DAY = dt.date(2100, 12, 31)
# How far ahead of this computer's clock a time that says when something happened may be (time
# zones, a laptop's clock a little fast).
FUTURE_SLACK = dt.timedelta(days=1)

# Control characters other than tab, newline and carriage return are refused in stored text: the
# C0 controls, DEL and the C1 controls (which some terminals act on as escape sequences).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides and isolates reorder the text shown around them (a name
# that reads as another, "Trojan source"): refused in every text field. The plain direction
# marks (LRM, RLM, ALM) stay allowed in notes, which right-to-left writing needs.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
# In a name (a person's, a device's, the office's) nothing invisible is allowed: direction marks,
# zero-width spaces and joiners, the word joiner and invisible operators, the byte-order mark, soft
# hyphen, the Mongolian vowel separator, the Hangul fillers, and unassigned/private-use tags:
# each can make two names that look the same differ, or one name look like another.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)
_CIRCLE_CODE = re.compile(r"^[A-Z]{1,6}-[0-9]{1,6}$")
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def text(
    value: object,
    *,
    field: str,
    required: bool = True,
    multiline: bool = False,
    max_length: int | None = None,
) -> str:
    """Return clean text, or raise ValidationError naming the field (never echoing the value)."""
    if not isinstance(value, str):
        raise ValidationError("invalid.not_text", field=field)
    limit = max_length if max_length is not None else (MAX_TEXT if multiline else MAX_SHORT_TEXT)
    if _CONTROL.search(value) or _BIDI_CONTROL.search(value):
        raise ValidationError("invalid.control_characters", field=field)
    if not multiline and ("\n" in value or "\r" in value):
        raise ValidationError("invalid.not_single_line", field=field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("invalid.unstorable", field=field) from None
    if len(value) > limit:
        raise ValidationError("invalid.too_long", field=field, limit=limit)
    if required and not value.strip():
        raise ValidationError("invalid.required", field=field)
    return value


def name(value: object, *, field: str = "name", max_length: int = 100) -> str:
    """A name shown to people (a volunteer's, a device's, the office's): single-line text with
    nothing invisible in it, so that it cannot pass for another name."""
    text(value, field=field, max_length=max_length)
    assert isinstance(value, str)
    if _INVISIBLE.search(value):
        raise ValidationError("invalid.invisible", field=field)
    return value


def optional_text(value: object, *, field: str, multiline: bool = False) -> str | None:
    """Like :func:`text`, but ``None``, empty or blank text is allowed."""
    if value is None or value == "":
        return None
    return text(value, field=field, multiline=multiline, required=False)


def date(value: object, *, field: str = "date") -> str:
    """An ISO date YYYY-MM-DD, returned in that form."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise ValidationError("invalid.date_format", field=field)
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError("invalid.not_a_date", field=field) from None
    if not EARLIEST_DAY <= parsed <= LATEST_DAY:
        raise _out_of_range(field)
    return value


def _out_of_range(field: str) -> ValidationError:
    return ValidationError(
        "invalid.out_of_range",
        field=field,
        earliest=EARLIEST_DAY.isoformat(),
        latest=LATEST_DAY.isoformat(),
    )


def optional_date(value: object, *, field: str = "date") -> str | None:
    """An ISO date or ``None``."""
    return None if value is None or value == "" else date(value, field=field)


def time(value: object, *, field: str = "time") -> str | None:
    """A time of day HH:MM, or ``None``."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{2}:[0-9]{2}", value):
        raise ValidationError("invalid.time_format", field=field)
    hours, minutes = int(value[:2]), int(value[3:])
    if hours > 23 or minutes > 59:
        raise ValidationError("invalid.not_a_time", field=field)
    return value


def timestamp(value: object, *, field: str = "time", not_in_future: bool = False) -> str:
    """An ISO 8601 date and time with offset, e.g. 2026-05-01T10:15:00+00:00, whose date lies
    between 2000-01-01 and 2100-12-31; ``not_in_future``: at most a day ahead of this clock."""
    if not isinstance(value, str) or len(value) > 40:
        raise ValidationError("invalid.not_a_timestamp", field=field)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError("invalid.not_a_timestamp", field=field) from None
    if parsed.tzinfo is None:
        raise ValidationError("invalid.no_time_zone", field=field)
    if not EARLIEST_DAY <= parsed.date() <= LATEST_DAY:
        raise _out_of_range(field)
    if not_in_future and parsed > dt.datetime.now(dt.UTC) + FUTURE_SLACK:
        raise ValidationError("invalid.in_future", field=field)
    return value


def optional_timestamp(value: object, *, field: str = "time") -> str | None:
    """An ISO timestamp or ``None``."""
    return None if value is None or value == "" else timestamp(value, field=field)


def integer(value: object, *, field: str, low: int, high: int) -> int:
    """A whole number within [low, high] (booleans are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("invalid.not_whole_number", field=field)
    if not low <= value <= high:
        raise ValidationError("invalid.not_between", field=field, low=low, high=high)
    return value


def optional_integer(value: object, *, field: str, low: int, high: int) -> int | None:
    """A bounded whole number or ``None``."""
    return None if value is None else integer(value, field=field, low=low, high=high)


def flag(value: object, *, field: str) -> bool:
    """A true/false value."""
    if not isinstance(value, bool):
        raise ValidationError("invalid.not_yes_no", field=field)
    return value


def choice(value: object, *, field: str, allowed: Iterable[str]) -> str:
    """One of a fixed set of values."""
    options = list(allowed)
    if not isinstance(value, str) or value not in options:
        raise ValidationError("invalid.not_one_of", field=field, options=", ".join(options))
    return value


def key(value: object, *, field: str) -> str:
    """A short stable key such as a category or life area: lowercase letters, digits, hyphens."""
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        raise ValidationError("invalid.not_a_key", field=field)
    return value


def circle_code(value: object) -> str:
    """A circle code such as SW-014."""
    if not isinstance(value, str) or not _CIRCLE_CODE.fullmatch(value):
        raise ValidationError("invalid.circle_code")
    return value


def record_id(value: object, *, field: str = "record id") -> str:
    """A canonical lowercase UUID string (8-4-4-4-12 hex digits)."""
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise ValidationError("invalid.not_an_identifier", field=field)
    return value


def optional_record_id(value: object, *, field: str = "record id") -> str | None:
    """A UUID string or ``None``."""
    return None if value is None else record_id(value, field=field)


def device_id(value: object) -> str:
    """A device id: 32 lowercase hex characters."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{32}", value):
        raise ValidationError("invalid.device_id")
    return value
