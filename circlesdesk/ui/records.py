"""How records read on screen, for both roles: the words for their codes, counts and dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime

from circlesdesk.domain import defaults
from circlesdesk.domain.enums import MeetingMode


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return plural(QCoreApplication.translate("Records", text, disambiguation, n), n)


def plural(translated: str, n: int) -> str:
    """English plurals for ``%n`` texts when no translation supplies them: "(s)" → "s" or "".

    ``self.tr("%n record(s)", "", n)`` is what translators see; without a translation Qt
    returns it with only ``%n`` filled in, and this finishes the English.
    """
    return translated.replace("(s)", "" if n == 1 else "s")


def urgency_names() -> dict[int, str]:
    """The name of each urgency level, in the user's language."""
    names = {
        0: _tr("Note"),
        1: _tr("Watch"),
        2: _tr("Concern"),
        3: _tr("Urgent"),
        4: _tr("Emergency"),
    }
    assert set(names) == set(defaults.URGENCY_NAMES)
    return names


def kind_names() -> dict[str, str]:
    """What each kind of record is called on screen."""
    return {
        "meeting": _tr("Meeting"),
        "attendance": _tr("Attendance"),
        "concern": _tr("Concern"),
        "contact": _tr("Contact"),
        "review": _tr("Review"),
        "hours": _tr("Hours"),
    }


def counted(kind: str, n: int) -> str:
    """``n`` records of a kind in words ("3 meetings", "1 concern")."""
    forms = {
        "meeting": _tr("%n meeting(s)", "", n),
        "attendance": _tr("%n attendance record(s)", "", n),
        "concern": _tr("%n concern(s)", "", n),
        "contact": _tr("%n contact(s)", "", n),
        "review": _tr("%n review(s)", "", n),
        "hours": _tr("%n hours record(s)", "", n),
        "concern_response": _tr("%n response(s) from the office", "", n),
        "circle": _tr("%n circle(s)", "", n),
        "person": _tr("%n person record(s)", "", n),
        "membership": _tr("%n roster change(s)", "", n),
        "office_config": _tr("%n office setting(s)", "", n),
    }
    return forms.get(kind, _tr("%n other record(s)", "", n))


def counted_list(counts: dict[str, int]) -> str:
    """Counts by kind as one phrase ("2 meetings, 6 attendance records")."""
    parts = [counted(kind, n) for kind, n in counts.items() if n]
    return ", ".join(parts)


def attendance_names() -> dict[str, str]:
    """How each attendance status reads on screen, with a mnemonic."""
    return {
        "present": _tr("Present"),
        "late": _tr("Late"),
        "apologies": _tr("Apologies"),
        "absent": _tr("Absent"),
    }


def meeting_mode_names() -> dict[str | None, str]:
    """How a meeting was held, as shown; None is a meeting saved before the app asked."""
    return {
        MeetingMode.IN_PERSON.value: _tr("In person"),
        MeetingMode.VIDEO.value: _tr("By video"),
        MeetingMode.PHONE.value: _tr("By phone"),
        None: _tr("Not recorded"),
    }


def contact_mode_names() -> dict[str, str]:
    """How each kind of contact reads on screen."""
    return {
        "phone": _tr("Phone call"),
        "one-to-one": _tr("One-to-one"),
        "message": _tr("Message"),
        "other": _tr("Other"),
    }


def response_action_names() -> dict[str, str]:
    """What each kind of office response reads as."""
    return {
        "acknowledge": _tr("Seen by the coordinator"),
        "respond": _tr("The coordinator responded"),
        "escalate": _tr("Passed on by the coordinator"),
        "close": _tr("Closed by the coordinator"),
    }


def long_date(iso: str | None) -> str:
    """An ISO date as the user's locale writes it in full ("Wednesday, 2 December 2026")."""
    if not iso:
        return _tr("not set")
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    return QLocale().toString(date, QLocale.FormatType.LongFormat)


def short_date(iso: str | None) -> str:
    """An ISO date as the user's locale writes it briefly."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    return QLocale().toString(date, QLocale.FormatType.ShortFormat)


def local_time(iso: str | None) -> str:
    """The local date and time of an ISO timestamp, briefly."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    time = QTime(moment.hour, moment.minute)
    clock = QLocale().toString(time, QLocale.FormatType.ShortFormat)
    return f"{short_date(moment.date().isoformat())} {clock}"


def first_words(text: str, limit: int = 80) -> str:
    """The start of a text on one line, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut + "…"
