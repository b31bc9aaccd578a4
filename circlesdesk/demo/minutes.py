"""Realistic minutes of one circle meeting, composed from the templates in :mod:`.phrases`."""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from typing import Final, Literal

from circlesdesk.demo.names import WEEKDAYS
from circlesdesk.demo.phrases import (
    AREA_SENTENCES,
    BOUNDARIES,
    CHECKIN_MORE,
    DISCUSSION,
    GOALS,
    NEXT_MORE,
    NEXT_REQUIRED,
    OBSERVATIONS_ANY,
    OBSERVATIONS_HIGH,
    OBSERVATIONS_LOW,
    OBSERVATIONS_MID,
    OPENERS,
    OPENERS_ABSENT,
    OPENERS_APOLOGIES,
    OPENERS_LATE,
    Template,
)
from circlesdesk.domain import defaults
from circlesdesk.domain.enums import (
    AttendanceStatus,
)

Pronoun = Literal["he", "she"]

MINUTES_BYTES: Final = (1024, 2048)
"""Default range of a meeting's minutes, in UTF-8 bytes (DESIGN.md §9: 1–2 KB)."""
ATTENDED: Final = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


def _he(pronoun: Pronoun) -> dict[str, str]:
    if pronoun == "she":
        forms = ("she", "her", "her", "herself")
    else:
        forms = ("he", "him", "his", "himself")
    he, him, his, himself = forms
    return {
        "he": he,
        "him": him,
        "his": his,
        "himself": himself,
        "He": he.capitalize(),
        "His": his.capitalize(),
    }


class Voice:
    """The slot values text is written with: the core member, the volunteers and the occasion."""

    __slots__ = ("slots", "volunteers")

    def __init__(
        self, *, core: str, pronoun: Pronoun, volunteers: Sequence[str], **extra: str
    ) -> None:
        if not volunteers:
            raise ValueError("Synthetic text needs at least one volunteer name.")
        self.volunteers = list(volunteers)
        self.slots: dict[str, str] = {"cm": core, **_he(pronoun), **extra}
        self.slots["v1"] = self.slots["v2"] = self.volunteers[0]
        self.slots["day"] = "Monday"

    def say(self, rng: random.Random, template: Template) -> str:
        """One sentence from a template, with fresh volunteers and day where it uses them."""
        draw = rng.random  # the hot path: random() is much cheaper than randrange()
        slots = self.slots
        if template.dynamic:
            volunteers = self.volunteers
            n = len(volunteers)
            if n > 1:
                first, second = int(draw() * n), int(draw() * (n - 1))
                slots["v1"] = volunteers[first]
                slots["v2"] = volunteers[second + (second >= first)]
            slots["day"] = WEEKDAYS[int(draw() * 5)]
        chosen = [options[int(draw() * len(options))] for options in template.alternatives]
        return template.shape.format(*chosen).format_map(slots).replace("..", ".")


class _Deck:
    """Templates dealt in a random order without repeats, dealt afresh when used up."""

    __slots__ = ("order", "pool", "rng")

    def __init__(self, rng: random.Random, pool: Sequence[Template]) -> None:
        self.rng = rng
        self.pool = pool
        self.order: list[Template] = []

    def draw(self) -> Template:
        order = self.order
        if not order:
            order.extend(self.pool)
        index = int(self.rng.random() * len(order))
        order[index], order[-1] = order[-1], order[index]
        return order.pop()


# --------------------------------------------------------------------------------------------------
# Minutes

_TAIL_SECTIONS: Final = ("goals", "boundaries", "observations", "discussion", "concerns", "next")
_HEADERS: Final[dict[str, str]] = {
    "checkin": "",
    "goals": "Goals: ",
    "boundaries": "Boundaries: ",
    "observations": "Observations: ",
    "discussion": "Volunteers' discussion: ",
    "concerns": "Concerns: ",
    "next": "Next time: ",
    **{key: f"{label}: " for key, label in defaults.LIFE_AREAS.items()},
}


def compose_minutes(
    rng: random.Random,
    voice: Voice,
    *,
    engagement: int | None,
    core_status: str,
    notes: Sequence[tuple[str, str]],
    size: tuple[int, int],
) -> tuple[str, tuple[str, ...]]:
    """Minutes of one meeting and the life areas they discuss."""
    low, high = size
    target = rng.randint(low, high)
    core_there = core_status in ATTENDED
    if core_status == AttendanceStatus.PRESENT:
        opener = OPENERS[rng.randrange(len(OPENERS))]
    elif core_status == AttendanceStatus.LATE:
        opener = OPENERS_LATE[rng.randrange(len(OPENERS_LATE))]
    elif core_status == AttendanceStatus.APOLOGIES:
        opener = OPENERS_APOLOGIES[0]
    else:
        opener = OPENERS_ABSENT[0]

    sections: dict[str, list[str]] = {"checkin": [voice.say(rng, opener)]}
    for section, sentence in notes:
        sections.setdefault(section, []).append(sentence)
    sections.setdefault("next", []).append(voice.say(rng, NEXT_REQUIRED[0]))
    total = len(_render(sections).encode())

    areas = list(defaults.LIFE_AREAS)
    rng.shuffle(areas)
    chosen = areas[: rng.choice((2, 3, 3, 4))]
    decks = {area: _Deck(rng, AREA_SENTENCES[area]) for area in areas}
    if engagement is None or engagement == 3:
        mood = OBSERVATIONS_MID
    else:
        mood = OBSERVATIONS_HIGH if engagement > 3 else OBSERVATIONS_LOW
    more = {
        "checkin": _Deck(rng, CHECKIN_MORE),
        "goals": _Deck(rng, GOALS),
        "boundaries": _Deck(rng, BOUNDARIES),
        "mood": _Deck(rng, mood),
        "observations": _Deck(rng, OBSERVATIONS_ANY),
        "discussion": _Deck(rng, DISCUSSION),
        "next": _Deck(rng, NEXT_MORE),
    }

    def candidates() -> Iterator[tuple[str, Template]]:
        if core_there:
            yield "checkin", more["checkin"].draw()
        for area in chosen:
            yield area, decks[area].draw()
        if core_there:
            yield "goals", more["goals"].draw()
            yield "observations", more["mood"].draw()
            yield "boundaries", more["boundaries"].draw()
        else:
            yield "discussion", more["discussion"].draw()
        for area in chosen:
            yield area, decks[area].draw()
        yield "next", more["next"].draw()
        if core_there:
            yield "observations", more["observations"].draw()
        else:
            yield "discussion", more["discussion"].draw()
        while True:  # more of the same areas, then others, for as long as the caller wants
            for area in chosen:
                yield area, decks[area].draw()
            if core_there:
                yield "goals", more["goals"].draw()
            else:
                yield "discussion", more["discussion"].draw()
            if len(chosen) < len(areas):
                chosen.append(areas[len(chosen)])
            else:
                yield "next", more["next"].draw()

    def cost(section: str, sentence: str) -> int:
        n = len(sentence.encode())
        if section in sections:
            return n + 1
        return n + 2 + len(_HEADERS[section])

    misses = 0
    stream = candidates()
    for section, template in stream:
        sentence = voice.say(rng, template)
        added = cost(section, sentence)
        if total + added <= target and sentence not in sections.get(section, ()):
            sections.setdefault(section, []).append(sentence)
            total += added
            misses = 0
            if total >= target - 40:
                break
        else:
            misses += 1
            if misses > 6:
                break
    attempts = 0
    while total < low and attempts < 200:  # a short draw: fill up to at most ``high``
        attempts += 1
        section, template = next(stream)
        sentence = voice.say(rng, template)
        added = cost(section, sentence)
        if total + added <= high and sentence not in sections.get(section, ()):
            sections.setdefault(section, []).append(sentence)
            total += added
    life_areas = tuple(area for area in sections if area in defaults.LIFE_AREAS)
    return _render(sections), life_areas


def _render(sections: Mapping[str, list[str]]) -> str:
    order = ["checkin"]
    order += [key for key in sections if key in defaults.LIFE_AREAS]
    order += [key for key in _TAIL_SECTIONS if key in sections]
    return "\n\n".join(_HEADERS[key] + " ".join(sections[key]) for key in order if key in sections)


def minutes_text(
    rng: random.Random,
    *,
    core_member: str = "K.",
    volunteers: Sequence[str] = ("Sam", "Priya", "Tom", "Grace"),
    pronoun: Pronoun = "he",
    engagement: int | None = 3,
    core_member_attendance: AttendanceStatus = AttendanceStatus.PRESENT,
    venue: str = "Hall A",
    start_time: str = "18:30",
    next_meeting: str = "next week",
    notes: Sequence[str] = (),
    size: tuple[int, int] = MINUTES_BYTES,
) -> str:
    """Realistic minutes of one circle meeting, between ``size`` bytes (UTF-8) long.

    ``core_member`` is the short pseudonym ("K."), ``volunteers`` the first names of those at the
    meeting; ``notes`` are sentences that must appear (attendance, concerns). Sections cover the
    check-in, two to four life areas, goals, boundaries, observations and the next meeting.
    """
    voice = Voice(
        core=core_member,
        pronoun=pronoun,
        volunteers=volunteers,
        venue=venue,
        time=start_time,
        next=next_meeting,
        daypart=daypart_of(start_time),
    )
    text, _ = compose_minutes(
        rng,
        voice,
        engagement=engagement,
        core_status=core_member_attendance,
        notes=[("checkin", note) for note in notes],
        size=size,
    )
    return text


def daypart_of(start_time: str) -> str:
    hour = int(start_time[:2])
    return "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"
