"""SQL of what the pages summarise: a circle's timeline a page at a time, and the home cards'
counts and dates, read from the indexes without decoding a record.

A timeline key is ``(day, kind, id)``: the day the entry belongs to, its record kind and its row
id. Timelines run newest first, in descending key order, so that every table's
``(circle_uuid, day)`` index (ordered by row id within a day) serves its part of the order and the
merge stops at the limit.
"""

from __future__ import annotations

from circlesdesk.domain.enums import PersonRole, ResponseAction
from circlesdesk.vault.database import Connection

# Each dated kind of a circle's timeline and the expression of its day; each pair is served by
# an index on (circle_uuid, that expression): migrations 1 and 7.
TIMELINE_DAYS: tuple[tuple[str, str], ...] = (
    ("meeting", "held_on"),
    ("concern", "substr(raised_at, 1, 10)"),
    ("contact", "contact_on"),
    ("review", "review_on"),
)

TimelineKey = tuple[str, str, int]  # (day, kind, row id)


def timeline_count(conn: Connection, circle_uuid: str) -> int:
    """How many entries a circle's timeline has (counted in the indexes)."""
    counts = " + ".join(
        f"(SELECT count(*) FROM {kind} WHERE circle_uuid = :circle)" for kind, _day in TIMELINE_DAYS
    )
    return int(conn.execute(f"SELECT {counts}", {"circle": circle_uuid}).fetchone()[0])


def timeline_page(
    conn: Connection, circle_uuid: str, *, after: TimelineKey | None, limit: int
) -> list[tuple[TimelineKey, str]]:
    """The next ``limit`` entries of a circle's timeline after a key (None: from the newest), as
    (key, uuid) pairs in descending key order."""
    selects = []
    params: dict[str, object] = {"circle": circle_uuid, "limit": limit}
    if after is not None:
        params.update(day=after[0], id=after[2])
    for kind, day in TIMELINE_DAYS:
        where = "circle_uuid = :circle"
        if after is not None:
            # Keys below (day, kind, id): an earlier day, or the same day and a kind that sorts
            # lower, or the same day and kind and a lower row id.
            if kind < after[1]:
                where += f" AND {day} <= :day"
            elif kind > after[1]:
                where += f" AND {day} < :day"
            else:
                where += f" AND ({day} < :day OR ({day} = :day AND id < :id))"
        selects.append(f"SELECT {day} AS day, '{kind}' AS kind, id, uuid FROM {kind} WHERE {where}")
    sql = " UNION ALL ".join(selects) + " ORDER BY day DESC, kind DESC, id DESC LIMIT :limit"
    rows = conn.execute(sql, params)
    return [((on, kind, int(row_id)), uuid) for on, kind, row_id, uuid in rows]


def latest_days(conn: Connection, kind: str, day: str) -> dict[str, str]:
    """Each circle's latest day of a dated kind (``meeting``/``held_on``, ``review``/
    ``review_on``…), by circle uuid; circles with none are left out."""
    if (kind, day) not in TIMELINE_DAYS:
        raise ValueError(f"{kind}.{day} is not a timeline day")
    rows = conn.execute(f"SELECT circle_uuid, max({day}) FROM {kind} GROUP BY circle_uuid")
    return {circle: latest for circle, latest in rows}


def open_concern_counts(conn: Connection) -> dict[str, int]:
    """How many concerns in each circle the coordinator has not closed, by circle uuid; circles
    with none are left out."""
    rows = conn.execute(
        "SELECT circle_uuid, count(*) FROM concern WHERE NOT EXISTS (SELECT 1 FROM"
        " concern_response WHERE concern_uuid = concern.uuid AND action = ?) GROUP BY circle_uuid",
        (ResponseAction.CLOSE.value,),
    )
    return {circle: int(n) for circle, n in rows}


def core_member_names(conn: Connection) -> dict[str, str]:
    """Each circle's current core member's name (the first by name if there are several), by
    circle uuid."""
    rows = conn.execute(
        "SELECT membership.circle_uuid, person.name FROM membership JOIN person"
        " ON person.uuid = membership.person_uuid"
        " WHERE membership.left_on IS NULL AND membership.role = ?"
        " ORDER BY membership.circle_uuid, person.name",
        (PersonRole.CORE_MEMBER.value,),
    )
    names: dict[str, str] = {}
    for circle, name in rows:
        names.setdefault(circle, name)
    return names
