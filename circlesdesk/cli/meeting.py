"""Meetings: record one with its attendance and concerns, list them, search."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from circlesdesk.cli.common import Commands, done, open_vault, print_json, read_text_file
from circlesdesk.domain import defaults
from circlesdesk.domain.enums import MeetingMode
from circlesdesk.errors import ValidationError

if TYPE_CHECKING:
    from circlesdesk.services import meetings


def cmd_meeting_add(args: argparse.Namespace) -> int:
    """Record a meeting with attendance and concerns in one transaction."""
    from circlesdesk.domain.enums import AttendanceStatus
    from circlesdesk.services import circles, meetings

    minutes = args.minutes or ""
    if args.minutes_file:
        minutes = read_text_file(args.minutes_file, "minutes")
    called_at = _call_time(args.called_at, held_on=args.date)
    concerns = [_parse_concern(spec, called_at=called_at) for spec in args.concern or ()]
    with open_vault(args) as vault:
        circle = circles.find_circle(vault, args.circle)
        attendance: dict[str, AttendanceStatus] = {}
        for status, names in (
            (AttendanceStatus.PRESENT, args.present),
            (AttendanceStatus.LATE, args.late),
            (AttendanceStatus.APOLOGIES, args.apologies),
            (AttendanceStatus.ABSENT, args.absent),
        ):
            for name in _split_names(names):
                person = circles.member_by_name(vault, circle.uuid, name)
                if person.uuid in attendance:
                    raise ValidationError("A person is listed twice in the attendance.")
                attendance[person.uuid] = status
        meeting = meetings.record_meeting(
            vault,
            circle_code=args.circle,
            held_on=args.date,
            start_time=args.time,
            minutes=minutes,
            mode=MeetingMode(args.mode) if args.mode else None,
            attendance=attendance,
            concerns=concerns,
            again=args.again,
        )
    return done(
        args,
        {"id": meeting.uuid, "circle": args.circle, "date": args.date},
        f"Meeting recorded for {args.circle} on {args.date} (id {meeting.uuid}).",
    )


def _split_names(values: Sequence[str] | None) -> list[str]:
    return [name.strip() for value in values or () for name in value.split(",") if name.strip()]


def _parse_concern(spec: str, *, called_at: str | None) -> meetings.ConcernInput:
    from circlesdesk.domain import urgency
    from circlesdesk.services import meetings

    parts = spec.split(":", 2)
    level = parts[0].strip()
    if len(parts) != 3 or not (level.isascii() and level.isdigit()):
        raise ValidationError(
            "A concern must be written as LEVEL:CATEGORY:TEXT, for example 2:loneliness:…"
        )
    return meetings.ConcernInput(
        level=int(level),
        category=parts[1].strip(),
        description=parts[2].strip(),
        coordinator_phoned_at=called_at if urgency.needs_phone_call(int(level)) else None,
    )


def _call_time(value: str | None, *, held_on: str) -> str | None:
    """``--called-at`` in ISO 8601, local time: HH:MM on the meeting's date, or a date and time."""
    import datetime as dt

    from circlesdesk.domain import validation

    if not value:
        return None
    text = value.strip()
    validation.date(held_on, field="meeting date")
    try:
        if len(text) <= 5:
            moment = dt.datetime.combine(
                dt.date.fromisoformat(held_on), dt.time.fromisoformat(text)
            )
        else:
            moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "The time of the call must be written as HH:MM (on the meeting's date) "
            "or YYYY-MM-DDTHH:MM."
        ) from None
    return moment.replace(second=0, microsecond=0).astimezone().isoformat()


def cmd_meeting_list(args: argparse.Namespace) -> int:
    """List meetings, newest first."""
    from circlesdesk.services import meetings

    with open_vault(args) as vault:
        summaries = meetings.list_meetings(vault, circle_code=args.circle)
    if args.json:
        print_json(
            [
                {
                    "id": s.meeting.uuid,
                    "circle": s.circle_code,
                    "date": s.meeting.held_on,
                    "time": s.meeting.start_time,
                    "revision": s.meeting.revision,
                    "status": s.meeting.status,
                    "mode": s.meeting.mode,
                    "attendance": s.attendance,
                    "concern_levels": list(s.concern_levels),
                    "minutes": s.meeting.minutes,
                }
                for s in summaries
            ]
        )
    else:
        for s in summaries:
            concerns = f"  concerns: {len(s.concern_levels)}" if s.concern_levels else ""
            present = sum(1 for v in s.attendance.values() if v in ("present", "late"))
            print(
                f"{s.meeting.held_on}  {s.circle_code:<10} present {present}/"
                f"{len(s.attendance)}{concerns}  {s.meeting.uuid}"
            )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search across minutes, concerns and contacts."""
    from circlesdesk.services import circles, meetings

    with open_vault(args) as vault:
        hits = meetings.search_records(vault, args.query, limit=args.limit)
        codes = {c.uuid: c.code for c in circles.list_circles(vault)}
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "id": h.uuid,
                    "circle": codes.get(h.circle_uuid),
                    "date": h.date,
                    "snippet": h.snippet,
                }
                for h in hits
            ]
        )
    else:
        if not hits:
            print("Nothing found.")
        for h in hits:
            print(f"{h.date}  {codes.get(h.circle_uuid, '?'):<10} {h.kind:<8} {h.snippet}")
    return 0


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("meeting", "search")


def register(commands: Commands) -> None:
    """``meeting add``, ``meeting list`` and ``search``."""
    group = commands.group("meeting", "record and list meetings")
    categories = ", ".join(defaults.CONCERN_CATEGORIES)
    p = group.add("add", cmd_meeting_add, "record a meeting with attendance and concerns")
    p.epilog = f"Concern categories: {categories}. Levels: 0 note … 4 emergency."
    p.add_argument("--circle", required=True, metavar="CODE")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--time", metavar="HH:MM")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--minutes", metavar="TEXT")
    text.add_argument("--minutes-file", metavar="FILE")
    for status in ("present", "late", "apologies", "absent"):
        p.add_argument(f"--{status}", action="append", metavar="NAMES", help="comma-separated")
    p.add_argument(
        "--mode",
        choices=[mode.value for mode in MeetingMode],
        help="how the meeting was held (left unrecorded if not given)",
    )
    p.add_argument("--concern", action="append", metavar="LEVEL:CATEGORY:TEXT")
    p.add_argument(
        "--called-at",
        metavar="HH:MM",
        help="when you phoned the coordinator about a level 3 or 4 concern (needed for them)",
    )
    p.add_argument(
        "--again",
        action="store_true",
        help="record it even though the circle already has a meeting on that date",
    )
    p.add_argument("--json", action="store_true")
    p = group.add("list", cmd_meeting_list, "list meetings, newest first")
    p.add_argument("--circle", metavar="CODE")
    p.add_argument("--json", action="store_true")

    p = commands.add("search", cmd_search, "search minutes, concerns and contacts")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
