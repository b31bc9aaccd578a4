"""Seeded, realistic and entirely fictional CoSA records for the demo, benchmarks and screenshots.

Everything comes from one ``random.Random(seed)``: the same seed gives the same records, UUIDs and
timestamps (derived from the meeting dates, never the clock). Names are invented (first name and
surname initial for volunteers, a letter for core members), venues are coded ("Hall A") and phone
numbers come from the ranges Ofcom keeps for drama. Nothing here does I/O.

Two levels:

- :func:`generate_organisation` builds a whole office: circles in phases that fit their age, people,
  rosters, the office configuration, and per volunteer the records that volunteer wrote (meetings
  with attendance, concerns, contacts, hours, reviews), each with the writer's device as origin.
- :func:`generate_meetings` and :func:`minutes_text` make just meetings or just minutes, for
  benchmarks that need N meetings with 1–2 KB of minutes each.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Final, Literal

from circlesdesk.domain import defaults
from circlesdesk.domain.config import default_office_config
from circlesdesk.domain.enums import (
    AttendanceStatus,
    ContactMode,
    MeetingPattern,
    MeetingStatus,
    PersonRole,
    Phase,
    ResponseAction,
)
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    Membership,
    OfficeConfig,
    Person,
    Record,
    Review,
    VolunteerHours,
)

Pronoun = Literal["he", "she"]

MINUTES_BYTES: Final = (1024, 2048)
"""Default range of a meeting's minutes, in UTF-8 bytes (DESIGN.md §9: 1–2 KB)."""

MEETING_MINUTES: Final = 90
REVIEW_EVERY_WEEKS: Final = 12

# Per meeting and level, the chance that the minute-taker records a concern at that level.
CONCERN_RATES: Final[tuple[float, ...]] = (0.10, 0.06, 0.03, 0.007, 0.001)

# Cumulative thresholds for present, late, apologies (the rest is absent).
_VOLUNTEER_ATTENDANCE: Final = (0.85, 0.90, 0.98)
_CORE_MEMBER_ATTENDANCE: Final = (0.92, 0.97, 0.995)
_ATTENDED: Final = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
_HOLIDAY_SKIP: Final = 0.04  # plus the Christmas week
_CONTACT_WEEKS: Final = 0.30
_CONTACT_RAISE: Final = 0.25
_CONTACT_CONCERN: Final = 0.06

# --------------------------------------------------------------------------------------------------
# Names, venues and other invented particulars

_FIRST_NAMES: Final = (
    "Aisha", "Alan", "Amara", "Andrew", "Angela", "Anil", "Ann", "Barbara", "Ben", "Bernard",
    "Bola", "Brian", "Carol", "Catherine", "Chidi", "Chris", "Claire", "Colin", "Dave", "Deborah",
    "Dev", "Diane", "Elaine", "Eleanor", "Emeka", "Fatima", "Fiona", "Frank", "Gareth", "Geoff",
    "Grace", "Gurpreet", "Hannah", "Harjit", "Helen", "Ian", "Imran", "Irene", "Jack", "Janet",
    "Jean", "Jo", "John", "Joyce", "Karen", "Kate", "Keith", "Kwame", "Leroy", "Linda", "Liz",
    "Lorraine", "Magda", "Malcolm", "Margaret", "Marek", "Martin", "Maureen", "Mo", "Nadia",
    "Neil", "Nikhil", "Nkechi", "Pat", "Paul", "Pauline", "Peter", "Priya", "Rachel", "Rajesh",
    "Rob", "Rosa", "Ruth", "Sam", "Sandra", "Sarah", "Shirley", "Simon", "Siobhan", "Stella",
    "Steve", "Sue", "Sunita", "Tariq", "Tom", "Tony", "Val", "Winston", "Yusuf", "Zofia",
)  # fmt: skip
_INITIALS: Final = "ABCDEFGHIJKLMNOPRSTWY"
_CORE_LETTERS: Final = "ABCDEFGHJKLMNPRSTVW"
_REGIONS: Final = ("SW", "NE", "NW", "EM", "WM", "SE", "EA", "YH")
_VENUES: Final = (
    "Hall A",
    "Hall B",
    "Library room 1",
    "Library room 2",
    "Community centre room 3",
    "Church hall",
    "Probation office",
    "Office meeting room",
)
_START_TIMES: Final = ("18:30", "18:30", "19:00", "19:00", "18:00", "10:30", "14:00")
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_CATEGORY_TOPICS: Final[dict[str, str]] = {
    "social-influences": "the people he is spending time with",
    "relationships": "a new relationship",
    "children": "contact with children",
    "hostility": "anger towards others",
    "loneliness": "isolation",
    "lack-of-concern": "attitudes towards others",
    "impulsivity": "acting on impulse",
    "problem-solving": "coping with problems",
    "sexual-preoccupation": "sexual preoccupation",
    "supervision": "licence conditions",
    "substance-use": "drinking",
    "stability": "housing, work or money",
    "mental-health": "mental health",
    "other": "another matter",
}

# How often each category comes up: most concerns are about isolation, stability, relationships and
# mood; urgent ones cluster round licence conditions, suicide risk, children and relapse.
_CATEGORY_WEIGHTS_ROUTINE: Final[dict[str, int]] = {
    "loneliness": 18,
    "stability": 16,
    "relationships": 12,
    "mental-health": 12,
    "problem-solving": 8,
    "supervision": 7,
    "social-influences": 6,
    "hostility": 5,
    "substance-use": 5,
    "impulsivity": 4,
    "sexual-preoccupation": 3,
    "other": 3,
    "lack-of-concern": 2,
    "children": 2,
}
_CATEGORY_WEIGHTS_URGENT: Final[dict[str, int]] = {
    "mental-health": 30,
    "supervision": 25,
    "children": 14,
    "substance-use": 10,
    "sexual-preoccupation": 7,
    "hostility": 7,
    "relationships": 4,
    "social-influences": 3,
}
_CATEGORY_WEIGHTS_EMERGENCY: Final[dict[str, int]] = {
    "mental-health": 55,
    "hostility": 25,
    "children": 20,
}

# --------------------------------------------------------------------------------------------------
# Sentence templates: "{slot}" is filled from the voice, "[a|b|c]" picks one at random.

_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")
_DYNAMIC_SLOTS: Final = ("{v1}", "{v2}", "{day}")


@dataclasses.dataclass(frozen=True, slots=True)
class _Template:
    """A sentence template, compiled for speed.

    ``shape`` is the source with its slots escaped ("{{he}}") and its alternatives replaced by
    positional fields ("{0}"): filling it with the chosen alternatives gives text whose slots are
    then filled from the voice. Two C-level ``format`` calls instead of a loop in Python.
    """

    shape: str
    alternatives: tuple[tuple[str, ...], ...]
    dynamic: bool  # uses a slot drawn afresh for each sentence


def _template(source: str) -> _Template:
    pieces: list[str] = []
    alternatives: list[tuple[str, ...]] = []
    position = 0
    for match in _ALTERNATIVES.finditer(source):
        pieces.append(_escape(source[position : match.start()]))
        pieces.append(f"{{{len(alternatives)}}}")
        alternatives.append(tuple(match.group(1).split("|")))
        position = match.end()
    pieces.append(_escape(source[position:]))
    dynamic = any(slot in source for slot in _DYNAMIC_SLOTS)
    return _Template("".join(pieces), tuple(alternatives), dynamic)


def _escape(literal: str) -> str:
    return literal.replace("{", "{{").replace("}", "}}")


def _pool(*sources: str) -> tuple[_Template, ...]:
    return tuple(_template(source) for source in sources)


_OPENERS = _pool(
    "{cm} arrived [on time|a few minutes early|ten minutes late, apologising about the bus|early "
    "and helped put the chairs out|slightly late, straight from a probation appointment|on time "
    "with a flask of tea] and [seemed relaxed|looked tired|was chatty from the start|was quieter "
    "than usual|was in good spirits|seemed a little on edge|was keen to get going].",
    "We began with the usual round of [highs and lows|good news and bad news|one good thing and "
    "one hard thing]; {cm} said {his} high was [a good talk with {his} sister|finishing a course "
    "module|a long walk on {day}|a decent night's sleep|a reply from the housing office] and {his} "
    "low was [a lonely weekend|a letter about money|a row at the hostel|feeling judged at the job "
    "centre|not sleeping well].",
    "{cm} said it had been [a quiet week|a busy week|a hard week|a better week than last time|an "
    "up-and-down week|a long week] and that [{he} was glad to be here|{he} had a lot to tell "
    "us|not much had happened|{he} was tired but all right].",
    "{v1} opened the meeting [with tea for everyone|by checking in with each person|by recapping "
    "last week's actions]; {cm} [said straight away that {he} had news|listened and then talked "
    "about {his} week|was slow to warm up but joined in].",
    "It was a [cold|wet|windy|dark|grey|raw] {daypart} and {cm} arrived [wrapped up in a "
    "big coat|a bit out of breath from the walk|carrying a bag of shopping|on the later bus|in "
    "{his} work clothes].",
    "{cm} had [clearly been looking forward to the meeting|something to tell us as soon as {he} "
    "sat down|brought biscuits for everyone|brought a form {he} wanted help with|brought the "
    "letter {he} mentioned last time].",
    "Before we started, {cm} [asked after {v1}'s family|talked about the weather|joked about the "
    "tea|talked about the football results|asked whether {v1} had had a good holiday], which "
    "[set a relaxed tone|was a good sign|was unusual for {him}].",
    "The meeting [started|got going] [on time|a few minutes late|promptly] at {venue}; {cm} [took "
    "{his} usual seat by the window|sat closer to the group than usual|was already waiting "
    "outside when we arrived].",
    "{cm} [looked well|looked tired|looked brighter than last time|had had a haircut] and said "
    "{he} [had slept badly|had had a good few days|was worried about something {he} would come "
    "to later].",
    "We checked in as usual: {cm} rated {his} week [three|four|five|six|seven|eight] out of ten, "
    "[the same as last time|up from last time|down from last time].",
)
_OPENERS_LATE = _pool(
    "{cm} arrived [twenty minutes|half an hour|a quarter of an hour] late [after missing the "
    "bus|from a job centre appointment that ran over|without saying why|after getting lost on the "
    "new route], so we started with the volunteers' news.",
    "We waited [ten|fifteen|twenty] minutes for {cm}, who arrived [flustered|out of breath|"
    "apologising] and said {his} [bus had been late|appointment had run over|shift had finished "
    "late].",
)
_OPENERS_APOLOGIES = _pool(
    "{cm} sent apologies [by text|through {v1}|by phone to the coordinator] because [{he} was "
    "unwell|of a hospital appointment|of a probation appointment that could not be moved|{his} "
    "shift was changed at short notice]; the volunteers met [for a shorter session|as planned] to "
    "share news and plan.",
)
_OPENERS_ABSENT = _pool(
    "{cm} did not come and had not been in touch; {v1} [rang twice without an answer|left a "
    "message|will ring again tomorrow] and the coordinator has been told. The volunteers used the "
    "time to go over what {he} has told us recently.",
)
_CHECKIN_MORE = _pool(
    "{He} said {he} had [been looking forward to|been dreading|not thought much about] the "
    "meeting.",
    "{He} asked the circle to come back to [the money worries|the family meal|the housing "
    "letter|the course] later on.",
    "The first part of the meeting was mostly catching up after [the bank holiday|a long "
    "fortnight|a busy week for everyone].",
    "{He} was [open|guarded|talkative|reflective] from the start.",
    "{He} said {his} offender manager had been [helpful|hard to get hold of|pleased with {his} "
    "progress] at {his} last appointment.",
)

_AREA_SENTENCES: Final[dict[str, tuple[_Template, ...]]] = {
    "housing": _pool(
        "{cm} is still [at the hostel|at the approved premises|in supported housing] and [says "
        "the staff are fair|finds the curfew hard but keeps to it|is on the list for a move-on "
        "flat].",
        "The housing officer has [offered|mentioned] a one-bedroom flat [on the east side of "
        "town|near the bus station|on an estate further out]; {he} wants to check with {his} "
        "offender manager that the location is suitable before saying yes.",
        "{He} has been [decorating|sorting out] {his} flat and showed {v1} a photo of the [painted "
        "kitchen|new curtains|shelves {he} put up].",
        "There is still a problem with [damp in the bedroom|the boiler|a broken window] and the "
        "landlord has not replied; {v1} offered to help {him} write a letter.",
        "Neighbours have been [friendly|a bit cold|noisy late at night]; {he} said {he} mostly "
        "keeps {himself} to {himself}.",
        "{He} is worried that the tenancy review next month may not go well, and we talked through "
        "what {he} would say.",
        "The move-on plan from the approved premises is on track for [the end of the month|about "
        "six weeks' time|after the next review].",
        "{He} has been keeping the flat tidy and cooking for {himself} most evenings, which {he} "
        "says makes the days feel less empty.",
        "{He} had an inspection visit from the housing association on {day} and said it went "
        "[fine|better than {he} expected|badly because of the state of the kitchen].",
        "{He} is thinking about asking for a transfer because [the stairs are bad for {his} "
        "knees|{he} does not feel safe on the estate|the flat is a long way from everything].",
    ),
    "work-learning": _pool(
        "{He} [started|is halfway through|is near the end of] a [food hygiene|forklift|basic "
        "IT|English|maths] course at the college and [enjoys it|finds the homework hard|is pleased "
        "with {his} progress].",
        "The work coach at the job centre suggested [warehouse work|a cleaning job|kitchen porter "
        "work|a voluntary role at a furniture charity]; {he} is going to apply this week.",
        "{He} had a job interview on {day} and [thought it went well|found the disclosure question "
        "stressful|has not heard back yet].",
        "We talked about how and when to disclose {his} conviction to an employer; {v1} went "
        "through the guidance the coordinator gave us.",
        "{He} is volunteering [two mornings a week|on Saturdays] at [a charity shop|a food bank "
        "warehouse|a furniture recycling project] and says it gives {his} week some shape.",
        "{His} shifts have changed to [nights|early mornings|weekends], which makes the meetings "
        "harder; we agreed to keep the current time for now.",
        "{He} is still waiting to hear about the [apprenticeship|college place|work trial] and is "
        "frustrated at how slow it is.",
        "{He} was pleased to have [passed {his} theory test|finished the first module|been offered "
        "more hours|had good feedback from {his} supervisor].",
        "{He} finds it hard to fill in online applications, so {v1} will sit with {him} at the "
        "library on {day} to do two together.",
        "{He} said a colleague at work has been [friendly|asking personal questions|making "
        "comments], and we talked about how much {he} needs to say.",
    ),
    "relationships-family": _pool(
        "{He} spoke to {his} [sister|brother|mother|cousin] on the phone for the first time in "
        "[months|a long while] and was [pleased|upset afterwards|cautiously hopeful].",
        "{His} [sister|brother] has invited {him} to a family meal; {he} knows there may be young "
        "relatives there and has already raised it with {his} offender manager.",
        "{He} talked about {his} father's illness and how hard it is not being able to visit as "
        "often as {he} would like.",
        "{He} mentioned someone {he} met at [the library|the gym|church|the allotments]; the "
        "circle reminded {him} about telling probation about new relationships.",
        "{He} has been writing a letter to {his} [mother|brother|aunt] but has not decided whether "
        "to send it.",
        "{He} said the anniversary of {his} [mother's|father's|grandmother's] death is coming up "
        "and that {he} expects it to be a difficult week.",
        "An old friend from before prison got in touch on social media; {he} has not replied and "
        "will talk it through with {his} offender manager.",
        "{His} family still do not know about the circle, and {he} is unsure whether to tell them.",
        "{He} went to a family funeral on {day} with the agreement of probation and said people "
        "were [kinder than {he} expected|distant with {him}|polite but cool].",
    ),
    "leisure": _pool(
        "{He} has been [walking|cycling|fishing|going to the library|swimming at the leisure "
        "centre] [most days|twice this week|at weekends] and says it helps {him} sleep.",
        "{He} joined a [chess club|walking group|community choir|darts team|pottery class] for "
        "adults, checked it with {his} offender manager first, and went to the first session on "
        "{day}.",
        "We talked about what {he} does at weekends, which {he} finds the longest and emptiest "
        "part of the week.",
        "{He} has been watching a lot of television and admitted {he} sometimes stays in bed until "
        "the afternoon.",
        "{He} brought in [photos of {his} allotment|a model {he} has been building|a drawing {he} "
        "made] and talked about it with real enthusiasm.",
        "{v1} and {cm} talked about football for a while; {he} is hoping to get to a match later "
        "in the year.",
        "{He} has started going to the quiz night at the [community centre|social club] with a "
        "neighbour.",
        "{He} has been reading [crime novels|a history of the railways|books from the library's "
        "large print shelf] and is enjoying having something to look forward to in the evenings.",
        "{He} wants to get back into [cooking|gardening|photography|playing the guitar] and asked "
        "whether there are classes nearby that would be suitable.",
    ),
    "health": _pool(
        "{He} saw the GP about {his} [back pain|sleep|blood pressure|diabetes|knee] and [has new "
        "medication|has been referred for physiotherapy|is waiting for test results].",
        "{His} sleep has been poor again; {he} says {he} lies awake worrying about the future.",
        "{He} has an appointment with the [community mental health team|talking therapies "
        "service|psychologist] on {day} and is [nervous|looking forward to it].",
        "{He} has cut down on [smoking|energy drinks|takeaways] and is proud of it.",
        "{He} said {his} mood has been [low|up and down|better than last month] and that the walks "
        "are helping.",
        "{He} missed a dental appointment because of the bus times and has rebooked it.",
        "{He} is still attending the group programme and said this week's session on [managing "
        "emotions|relapse prevention|healthy relationships] was hard but useful.",
        "{He} has had a cold for most of the week and looked run down.",
        "{He} has been given a new inhaler and is trying to walk a little further each day.",
    ),
    "money": _pool(
        "{His} Universal Credit payment was [late|reduced because of an overpayment|sorted out "
        "after a long phone call], and {he} [is managing|had to use the food bank this week|now "
        "has a budget plan].",
        "{He} showed {v1} {his} budget sheet; rent and bills are covered but there is about "
        "[£20|£25|£30|£40] a week left for food.",
        "{He} has a debt from before prison and has an appointment with a debt advice charity on "
        "{day}.",
        "{He} was tempted by a [payday loan|catalogue offer|buy-now-pay-later] advert; we talked "
        "through the costs and {he} decided against it.",
        "{He} is saving [a little each week|for a second-hand bike|for a winter coat|for a "
        "deposit].",
        "The electricity meter ran low at the weekend; {he} topped it up but it left {him} short "
        "for food.",
        "A council tax letter arrived that {he} did not understand; {v2} will help {him} ring the "
        "council next week.",
        "{He} has opened a basic bank account at last, which makes it easier to pay the bills.",
        "{He} is worried about the cost of [the bus and has been walking everywhere|heating and "
        "has been sitting in a coat|heating and has been using the library to keep warm|{his} "
        "phone contract and wants a cheaper one].",
    ),
    "community": _pool(
        "{He} went to the [coffee morning|community lunch|repair cafe] at the [church "
        "hall|community centre] and spoke to a few people.",
        "{He} has been helping at the [community garden|food bank|charity shop] and the staff "
        "seem to value {him}.",
        "{He} went to the [residents' meeting|litter pick] on {his} estate and was glad {he} did.",
        "{He} feels that people in the area [know about {his} past|stare at {him}] and this makes "
        "{him} reluctant to go out; we talked about what is real and what is fear.",
        "{He} found out about a [men's shed|walking group|allotment society] nearby and will check "
        "with {his} offender manager whether it is suitable.",
        "{He} went to a service on Sunday and was welcomed by the [minister|people at the door|"
        "group who run the tea afterwards].",
        "{He} has been using the library computers to look up [local groups|bus times|courses], "
        "and the staff now greet {him} by name.",
        "{He} was asked to help with [the summer fair|setting up the hall|the food collection] "
        "and said yes after checking with the coordinator.",
    ),
}

_GOALS = _pool(
    "We went back over {his} goal of [getting out of the house every day|joining a group|cooking "
    "proper meals|applying for two jobs a week|going to bed at a regular time|keeping a budget] "
    "and {he} [managed it most days|admitted it slipped this week|has kept it up for a month "
    "now|wants to change it to something more realistic].",
    "{He} set {himself} a small goal for the coming week: [ring the housing office|go to the "
    "library twice|walk to the park each morning|finish the application form|speak to one new "
    "person at the coffee morning|sort out the pile of letters].",
    "{His} longer-term goals are [stable work|a place of {his} own|a few friends outside the "
    "circle|rebuilding contact with {his} family|learning to drive]; {he} feels [some|little|real] "
    "progress has been made since the last review.",
    "{v1} asked what {he} would like the circle to help with [this month|before the next "
    "review|over the summer|over the winter], and {he} said [finding work|the move|filling the "
    "weekends|the money side of things].",
    "We looked at the goal sheet together; [two|three] of the goals are now [met|nearly met] and "
    "{he} wanted to add [one about exercise|one about keeping in touch with {his} sister|one about "
    "learning to cook|one about volunteering].",
    "{He} said the goal about [evenings|weekends|the job search] feels too big at the moment, so "
    "we broke it into smaller steps.",
)
_BOUNDARIES = _pool(
    "We reminded {cm} that the circle has no secrets: anything said to one of us is shared with "
    "the circle and the coordinator.",
    "{cm} asked {v1} for [a lift home|a loan of ten pounds|a personal phone number|help moving "
    "furniture at the weekend]; {v1} explained that this is outside what volunteers can do, and "
    "{he} accepted it [well|after some grumbling|with a joke].",
    "We talked about [the route {he} takes to the shops|where {he} sits on the bus|which park {he} "
    "uses for walks], which goes past a [school|play area|nursery]; {he} has already changed it "
    "[and showed us on a map|on {his} own initiative|after talking to {his} offender manager].",
    "{He} asked whether volunteers could meet {him} [at the pub|at the weekend|at {his} flat]; we "
    "explained why meetings stay at agreed venues and times.",
    "{He} talked about {his} licence conditions and how restrictive {he} finds the "
    "[curfew|internet monitoring|exclusion zone|reporting times]; we listened and encouraged {him} "
    "to raise it with {his} offender manager rather than test it.",
    "No boundary issues came up this week, and {he} kept to the agreed topics when the "
    "conversation drifted.",
    "{He} asked what the coordinator does with the minutes; {v1} explained again what is shared, "
    "with whom and why.",
    "{He} started to give details about another resident at the hostel; we stopped {him} and "
    "explained why we do not discuss other people's cases.",
)
_OBSERVATIONS_HIGH = _pool(
    "{cm} was open and engaged throughout and [made good eye contact|laughed easily|asked the "
    "volunteers about their own weeks|brought up difficult subjects {himself}].",
    "{He} seemed more settled than we have seen {him} for a while and talked about the future "
    "with some hope.",
    "Good energy in the room; {he} [offered to make the tea|stayed behind to help tidy up|thanked "
    "the group at the end].",
)
_OBSERVATIONS_MID = _pool(
    "{cm} engaged well on practical matters but became [vague|quiet|defensive] when we asked "
    "about [weekends|how {he} spends {his} evenings|how {he} is feeling].",
    "{He} was tired and a little flat but took part in everything.",
    "{He} [used humour|changed the subject] when [family|the offence|the future] came up, which is "
    "a pattern we have seen before.",
)
_OBSERVATIONS_LOW = _pool(
    "{cm} was withdrawn and gave short answers; {v1} felt {he} was [very tired|low|preoccupied "
    "with something].",
    "{He} was irritable for much of the meeting and [checked {his} phone often|sat with {his} coat "
    "on|wanted to leave early].",
    "It was hard going; {he} said little unless asked directly.",
)
_OBSERVATIONS_ANY = _pool(
    "{v1} noticed that {cm} [has lost some weight|looked unshaven|seemed better kept than last "
    "month|was wearing new glasses].",
    "{v2} commented afterwards that {he} [seems to trust the group more|still finds it hard to "
    "talk about feelings|is becoming more confident].",
    "The volunteers agreed after the meeting that the overall picture is [stable|improving "
    "slowly|a little more worrying than last month].",
)
_DISCUSSION = _pool(
    "We talked about how to support {cm} with [the move|the job search|the weekends|money] over "
    "the next few weeks.",
    "{v1} will ring {cm} on {day} to check {he} is all right and pass on the group's good wishes.",
    "We spent some time on how the circle is working: [who takes the minutes|how we share "
    "contacts|how to keep the conversation balanced].",
    "{v2} reminded the group of what the coordinator said at the last review about [keeping "
    "boundaries|the weekends|the family situation].",
)
_NEXT_REQUIRED = _pool("We meet again {next} at {time}[ at {venue}|| as usual].")
_NEXT_MORE = _pool(
    "{v1} will [phone {him} on {day}|bring the leaflet about the walking group|look up the bus "
    "times to the college|find out about the debt advice drop-in].",
    "{cm} will [ring the housing office|take the form to the job centre|book the GP "
    "appointment|ask {his} offender manager about the family meal] and tell us how it went.",
    "We agreed to come back to [the family meal|the money worries|the new friendship|the job "
    "applications|weekends] next time.",
)

_CONCERN_NOTES: Final[tuple[str, ...]] = (
    "{writer} added a note for the coordinator about {topic}.",
    "{writer} recorded a watch item about {topic}; nothing more is needed at present.",
    "{writer} recorded a concern about {topic} for the coordinator to look at within 24 hours.",
    "{writer} phoned the coordinator after the meeting about {topic} and recorded the concern "
    "with the time of the call.",
    "The meeting ended early: {writer} called 999 about {topic}, then phoned the coordinator.",
)

# Concern descriptions by category and band: 0 for levels 0-1, 1 for level 2, 2 for levels 3-4.
_CONCERNS: Final[dict[str, tuple[tuple[_Template, ...], ...]]] = {
    "loneliness": (
        _pool(
            "{cm} said {he} had not spoken to anyone apart from the circle since the last meeting.",
            "{cm} spends most weekends alone in {his} flat and described them as very long.",
            "{cm} said people in {his} building avoid {him} in the corridor.",
        ),
        _pool(
            "{cm} has stopped going to the [walking group|coffee morning] and says there is no "
            "point; {he} is more and more isolated.",
            "{cm} said the circle are the only people {he} talks to and that {he} dreads the "
            "circle ending.",
        ),
        _pool(
            "{cm} has not left the flat for over a week apart from the meeting and would not say "
            "how {he} spends {his} time.",
        ),
    ),
    "stability": (
        _pool(
            "{cm} has had a rent arrears letter; {he} has a plan to pay it off but money is tight.",
            "{cm} had {his} hours at work cut this week and is worried about the rent.",
            "{cm} is behind with the electricity bill and has been using the food bank.",
        ),
        _pool(
            "{cm} has been given notice to leave {his} accommodation [by the end of the "
            "month|within 28 days] and has nothing lined up.",
            "{cm} lost {his} job after {his} employer learned about {his} conviction.",
            "{cm} has had no money for [four|five] days and has been skipping meals.",
        ),
        _pool(
            "{cm} said {he} was evicted today and means to stay at a friend's address that has not "
            "been approved by probation.",
        ),
    ),
    "relationships": (
        _pool(
            "{cm} mentioned chatting more often with a neighbour and seemed quite taken; we will "
            "keep an eye on it.",
            "{cm} talked about wanting a partner and about joining a dating site in future.",
        ),
        _pool(
            "{cm} has started a new relationship with someone {he} met [online|at the gym|at "
            "church] and has not yet told {his} offender manager.",
            "{cm} is seeing someone new and was evasive when asked whether they know about {his} "
            "conviction.",
        ),
        _pool(
            "{cm} said {he} is staying overnight at a new partner's home; we do not know whether "
            "the address has been approved.",
        ),
    ),
    "children": (
        _pool(
            "{cm} mentioned that a family with young children has moved in next door; {he} raised "
            "it {himself} and has told {his} offender manager.",
            "{cm} talked about {his} nephew's birthday and said {he} will not be going to the "
            "party.",
        ),
        _pool(
            "{cm} described a friendly conversation with a child at the bus stop and did not seem "
            "to see why the circle was concerned.",
            "{cm} said {his} new partner has grandchildren who visit at weekends.",
        ),
        _pool(
            "{cm} said {he} has been helping a neighbour by looking after her children after "
            "school; this appears to breach {his} licence.",
            "{cm} mentioned messages from a teenager {he} met at the [park|shopping centre] and "
            "showed no sign of seeing the risk.",
        ),
    ),
    "hostility": (
        _pool(
            "{cm} was angry about a comment from a member of staff at the hostel but calmed down "
            "as we talked.",
            "{cm} spoke bitterly about the police and the courts for much of the meeting.",
        ),
        _pool(
            "{cm} spoke angrily about {his} offender manager and said {he} would stop 'playing the "
            "game'.",
            "{cm} described an argument with a neighbour that nearly became physical.",
        ),
        _pool(
            "{cm} made a threat against [a neighbour|a hostel worker|a former partner] during the "
            "meeting and did not take it back when challenged.",
        ),
    ),
    "lack-of-concern": (
        _pool(
            "{cm} joked about the victim in a news story in a way the volunteers found "
            "uncomfortable.",
        ),
        _pool(
            "{cm} blamed the victim of {his} offence when the subject came up, which we have not "
            "heard from {him} for some months.",
        ),
        _pool("{cm} said the harm {he} caused 'was not that bad' and refused to discuss it."),
    ),
    "impulsivity": (
        _pool(
            "{cm} bought a [phone|television|games console] on credit on a whim and regrets it.",
        ),
        _pool(
            "{cm} walked out of the meeting for ten minutes after a disagreement and came back "
            "apologising.",
            "{cm} took a train to [the coast|another town] on impulse without telling probation; "
            "{he} was back the same day.",
        ),
        _pool("{cm} left the area overnight without permission and only told us at the meeting."),
    ),
    "problem-solving": (
        _pool(
            "{cm} did not know what to do about a letter from the council and left it unopened "
            "for a week.",
        ),
        _pool(
            "{cm} said {he} would 'just leave' the housing problem rather than ring anyone about "
            "it.",
        ),
        _pool("{cm} said {he} sees no way out of {his} debts other than 'doing something stupid'."),
    ),
    "sexual-preoccupation": (
        _pool("{cm} made a sexual joke during the meeting; {v1} named it and {he} apologised."),
        _pool(
            "{cm} talked about spending a lot of time [online late at night|on adult chat lines] "
            "when {he} feels low.",
            "{cm} said sexual thoughts have been on {his} mind more since {he} lost {his} job.",
        ),
        _pool(
            "{cm} described using sexual fantasies to cope with stress in a way {his} treatment "
            "programme named as a warning sign.",
        ),
    ),
    "supervision": (
        _pool(
            "{cm} was late for a probation appointment because of the bus and has told {his} "
            "offender manager.",
            "{cm} complained at length about {his} licence conditions but said {he} keeps to them.",
        ),
        _pool(
            "{cm} missed a probation appointment this week and was vague about why.",
            "{cm} has not yet told probation about {his} new job.",
        ),
        _pool(
            "{cm} said {he} has a second phone that {his} offender manager does not know about.",
            "{cm} admitted going into {his} exclusion zone to visit a friend.",
        ),
    ),
    "substance-use": (
        _pool(
            "{cm} said {he} had a few drinks at the weekend; {he} is allowed to drink but we will "
            "keep an eye on it.",
        ),
        _pool("{cm} smelt of alcohol at the meeting and admitted drinking most days this week."),
        _pool(
            "{cm} arrived at the meeting drunk and said {he} had been drinking since the morning; "
            "{he} has a no-alcohol condition.",
        ),
    ),
    "mental-health": (
        _pool(
            "{cm} said {his} mood has been low this week; {he} has a GP appointment on {day}.",
            "{cm} is sleeping badly and said {he} feels 'flat' most days.",
        ),
        _pool(
            "{cm} said {he} has stopped taking {his} medication because of the side effects and "
            "has not told the GP.",
            "{cm} described feeling hopeless about the future and crying most evenings.",
        ),
        _pool(
            "{cm} said nobody would notice if {he} were gone and that {he} has been thinking about "
            "it every day.",
            "{cm} said {he} has thought about ending {his} life and has a plan.",
        ),
    ),
    "social-influences": (
        _pool(
            "{cm} mentioned a friend from the hostel who still uses drugs; {he} says {he} keeps "
            "{his} distance.",
        ),
        _pool(
            "{cm} has been spending time with a man {he} knew in prison who is also on licence.",
            "{cm} has been going to the pub with a new group who do not know about {his} "
            "conviction.",
        ),
        _pool(
            "{cm} said {he} has been staying with an old associate who has convictions for similar "
            "offences.",
        ),
    ),
    "other": (
        _pool(
            "{cm} asked about travelling abroad for a family wedding next year; passed to the "
            "coordinator.",
        ),
        _pool(
            "{cm} said someone in the area recognised {him} from a newspaper report and shouted at "
            "{him} in the street.",
        ),
        _pool(
            "{cm} said {his} address has been posted on social media and people have gathered "
            "outside the building.",
        ),
    ),
}
_EMERGENCIES: Final[dict[str, tuple[_Template, ...]]] = {
    "mental-health": _pool(
        "At the end of the meeting {cm} said {he} meant to take an overdose tonight and had the "
        "tablets at home.",
    ),
    "hostility": _pool(
        "{cm} became very angry, said {he} had a knife at home and would use it on [a "
        "neighbour|the man upstairs] tonight.",
    ),
    "children": _pool(
        "{cm} said {he} had arranged to meet a young person {he} has been messaging, later the "
        "same evening.",
    ),
}
_ACTIONS: Final[tuple[tuple[_Template, ...], ...]] = (
    _pool("None needed."),
    _pool(
        "Talked it through in the circle.",
        "We will look at this again next time.",
        "{v1} will mention it on the phone during the week.",
    ),
    _pool(
        "Discussed with {cm} in the meeting; {writer} will ring {him} on {day} to check how things "
        "are.",
        "{cm} agreed to tell {his} offender manager; we will ask at the next meeting whether {he} "
        "has.",
        "Raised with {cm}, who accepted the circle's concern; we ask the coordinator to follow up.",
    ),
    _pool(
        "{writer} phoned the coordinator at {phoned}, straight after the meeting, and read out "
        "this concern. The coordinator will contact the offender manager.",
        "{writer} phoned the coordinator at {phoned}; {cm} had been told that the circle would "
        "pass this on, and {he} [accepted it|was upset but understood].",
    ),
    _pool(
        "{writer} called 999 at {called}; [the police|an ambulance] attended. {writer} then phoned "
        "the coordinator at {phoned}.",
        "The meeting was stopped and {writer} called 999 at {called}. The coordinator was phoned "
        "at {phoned} and took over contact with the police.",
    ),
)
_CONTACTS: Final[dict[str, tuple[_Template, ...]]] = {
    ContactMode.PHONE.value: _pool(
        "{v} rang {cm} as agreed to see how the week was going; {he} was [fine|low but coping|busy "
        "with the move|pleased about the interview].",
        "{cm} phoned {v} to say [the interview went well|the housing office had been in touch|{he} "
        "had been to the GP|{he} might be late for the next meeting].",
        "Short call: {cm} wanted to [check the time of the next meeting|ask about the bus to the "
        "college|talk through a letter {he} had received].",
        "{v} rang {cm} after [the job interview|the housing appointment|the hospital appointment]; "
        "{he} said it had gone [well|badly|better than expected] and [{he} sounded relieved|{he} "
        "wanted to talk it over at the meeting|{he} was still waiting to hear more].",
        "{cm} rang {v} [on Sunday evening|on a weekday morning|at lunchtime] because {he} [felt "
        "lonely|was worried about a letter|had had a row with a neighbour|wanted to share good "
        "news]; they talked for [ten minutes|a quarter of an hour|about half an hour].",
    ),
    ContactMode.ONE_TO_ONE.value: _pool(
        "{v} met {cm} for a coffee at the [library cafe|community centre cafe] as agreed with the "
        "coordinator; they talked about [the job search|the family meal|money|the weekend].",
        "{v} went with {cm} to [the job centre|the housing office|the GP surgery] as agreed with "
        "the coordinator; {he} [did most of the talking {himself}|was nervous but managed well].",
        "{v} and {cm} walked round the park for an hour as agreed with the coordinator; {he} "
        "talked about [{his} family|the weekend|work|how the circle is going] and seemed [more "
        "relaxed than at meetings|quiet|cheerful].",
    ),
    ContactMode.MESSAGE.value: _pool(
        "{cm} sent a text to [confirm the meeting time|say thank you for last week|ask whether we "
        "could start an hour later next time]; {v} replied briefly.",
        "{cm} messaged {v} late in the evening to say {he} [was struggling|could not sleep|had had "
        "bad news]; {v} replied the next morning and suggested ringing the coordinator if it gets "
        "worse.",
    ),
    ContactMode.OTHER.value: _pool(
        "{v} bumped into {cm} in the town centre; they said hello and chatted briefly about [the "
        "weather|the football|the market].",
        "{v} saw {cm} at the [coffee morning|library] by chance; {he} seemed [well|tired|in a "
        "hurry] and said {he} would see us at the meeting.",
    ),
}
_CONTACT_MODE_WEIGHTS: Final[dict[str, int]] = {
    ContactMode.PHONE.value: 60,
    ContactMode.ONE_TO_ONE.value: 25,
    ContactMode.MESSAGE.value: 12,
    ContactMode.OTHER.value: 3,
}
_REVIEW_OPENINGS = _pool(
    "Review with the coordinator[ and the offender manager|, the offender manager and the "
    "psychologist| and the police offender manager].",
    "[Quarterly|Twelve-week] review of the circle with the coordinator.",
)
_REVIEW_CLOSINGS = _pool(
    "{cm} took part in the first half and said {he} found it useful.",
    "{cm} was given a summary afterwards by {v1}.",
    "{cm} joined in the discussion of {his} goals for the next three months.",
)
_RESPONSES: Final[dict[str, tuple[str, ...]]] = {
    ResponseAction.ACKNOWLEDGE.value: (
        "Seen, thank you. Nothing more needed for now.",
        "Thanks for noting this; let's keep an eye on it and mention it at the next review.",
        "Noted. Please let me know if it comes up again.",
    ),
    ResponseAction.RESPOND.value: (
        "Thank you. I have spoken to the offender manager, who was already aware and is following "
        "it up.",
        "Thanks. I will ring the core member this week and talk it through; please keep recording "
        "anything you notice.",
        "I have passed this to the offender manager. Please raise it gently at the next meeting.",
    ),
    ResponseAction.ESCALATE.value: (
        "Passed to the {agency} by phone the same evening, under the circle's information-sharing "
        "agreement.",
        "I phoned the {agency} straight away and they are acting on it; I will update the circle.",
    ),
    ResponseAction.CLOSE.value: (
        "Closed: no further action needed.",
        "Closed after the follow-up; things have settled.",
        "Closed: dealt with by probation.",
    ),
}


_AGENCY_CONTACTS: Final[dict[str, str]] = {
    "Probation": "offender manager",
    "Police": "police public protection unit",
    "Mental health crisis team": "mental health crisis team",
}


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


class _Voice:
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

    def say(self, rng: random.Random, template: _Template) -> str:
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
            slots["day"] = _WEEKDAYS[int(draw() * 5)]
        chosen = [options[int(draw() * len(options))] for options in template.alternatives]
        return template.shape.format(*chosen).format_map(slots).replace("..", ".")


class _Deck:
    """Templates dealt in a random order without repeats, dealt afresh when used up."""

    __slots__ = ("order", "pool", "rng")

    def __init__(self, rng: random.Random, pool: Sequence[_Template]) -> None:
        self.rng = rng
        self.pool = pool
        self.order: list[_Template] = []

    def draw(self) -> _Template:
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


def _compose_minutes(
    rng: random.Random,
    voice: _Voice,
    *,
    engagement: int | None,
    core_status: str,
    notes: Sequence[tuple[str, str]],
    size: tuple[int, int],
) -> tuple[str, tuple[str, ...]]:
    """Minutes of one meeting and the life areas they discuss."""
    low, high = size
    target = rng.randint(low, high)
    core_there = core_status in _ATTENDED
    if core_status == AttendanceStatus.PRESENT:
        opener = _OPENERS[rng.randrange(len(_OPENERS))]
    elif core_status == AttendanceStatus.LATE:
        opener = _OPENERS_LATE[rng.randrange(len(_OPENERS_LATE))]
    elif core_status == AttendanceStatus.APOLOGIES:
        opener = _OPENERS_APOLOGIES[0]
    else:
        opener = _OPENERS_ABSENT[0]

    sections: dict[str, list[str]] = {"checkin": [voice.say(rng, opener)]}
    for section, sentence in notes:
        sections.setdefault(section, []).append(sentence)
    sections.setdefault("next", []).append(voice.say(rng, _NEXT_REQUIRED[0]))
    total = len(_render(sections).encode())

    areas = list(defaults.LIFE_AREAS)
    rng.shuffle(areas)
    chosen = areas[: rng.choice((2, 3, 3, 4))]
    decks = {area: _Deck(rng, _AREA_SENTENCES[area]) for area in areas}
    if engagement is None or engagement == 3:
        mood = _OBSERVATIONS_MID
    else:
        mood = _OBSERVATIONS_HIGH if engagement > 3 else _OBSERVATIONS_LOW
    more = {
        "checkin": _Deck(rng, _CHECKIN_MORE),
        "goals": _Deck(rng, _GOALS),
        "boundaries": _Deck(rng, _BOUNDARIES),
        "mood": _Deck(rng, mood),
        "observations": _Deck(rng, _OBSERVATIONS_ANY),
        "discussion": _Deck(rng, _DISCUSSION),
        "next": _Deck(rng, _NEXT_MORE),
    }

    def candidates() -> Iterator[tuple[str, _Template]]:
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
    voice = _Voice(
        core=core_member,
        pronoun=pronoun,
        volunteers=volunteers,
        venue=venue,
        time=start_time,
        next=next_meeting,
        daypart=_daypart(start_time),
    )
    text, _ = _compose_minutes(
        rng,
        voice,
        engagement=engagement,
        core_status=core_member_attendance,
        notes=[("checkin", note) for note in notes],
        size=size,
    )
    return text


def _daypart(start_time: str) -> str:
    hour = int(start_time[:2])
    return "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"


# --------------------------------------------------------------------------------------------------
# Small helpers


_UUID_CLEAR: Final = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET: Final = (0x4000 << 64) | (0x8000 << 48)


def record_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng`` (reproducible, unlike ``uuid.uuid4``).

    The same string as ``str(uuid.UUID(int=rng.getrandbits(128), version=4))``, made faster.
    """
    h = f"{(rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def derived_device_id(person_uuid: str) -> str:
    """The device id the generator gives a volunteer when the caller does not choose one."""
    material = b"circlesdesk-synthetic-device:" + person_uuid.encode("ascii")
    return hashlib.sha256(material).hexdigest()[:32]


def _stamp(day: dt.date, minute_of_day: int) -> str:
    """ISO timestamp (UTC) of a minute counted from midnight of ``day`` (may run past it)."""
    moment = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    return (moment + dt.timedelta(minutes=minute_of_day)).isoformat()


def _minute_of_day(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:])


def _hhmm(minute_of_day: int) -> str:
    minute_of_day %= 24 * 60
    return f"{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


def _first_name(person: Person) -> str:
    return person.name.split()[0]


def _pseudonym(person: Person) -> str:
    return person.name.removeprefix("Core member ").strip() or person.name


def _status(rng: random.Random, thresholds: tuple[float, float, float]) -> AttendanceStatus:
    draw = rng.random()
    if draw < thresholds[0]:
        return AttendanceStatus.PRESENT
    if draw < thresholds[1]:
        return AttendanceStatus.LATE
    if draw < thresholds[2]:
        return AttendanceStatus.APOLOGIES
    return AttendanceStatus.ABSENT


def _weighted(rng: random.Random, weights: Mapping[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _fork(rng: random.Random) -> random.Random:
    """A generator seeded from ``rng``: one circle's history does not shift the next one's."""
    return random.Random(rng.getrandbits(64))


def _is_christmas(day: dt.date) -> bool:
    return (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1)


# --------------------------------------------------------------------------------------------------
# Meetings


@dataclasses.dataclass(frozen=True, kw_only=True)
class MeetingRecords:
    """One meeting and what was written with it.

    The meeting, its attendance and its concerns have the minute-taker's device as origin; each
    hours record has the device of the volunteer who gave the time.
    """

    meeting: Meeting
    attendance: tuple[Attendance, ...]
    concerns: tuple[Concern, ...]
    hours: tuple[VolunteerHours, ...]


@dataclasses.dataclass(kw_only=True)
class _Occasion:
    """What one meeting's generation needs to know about its circle."""

    circle_uuid: str
    core_member: Person
    pronoun: Pronoun
    roster: Sequence[Person]
    devices: Mapping[str, str]
    venues: Sequence[str]
    start_time: str
    next_meeting: str
    engagement_base: float
    size: tuple[int, int]
    until: dt.date | None = None  # meetings on the last two days before this stay drafts
    with_attendance: bool = True


def _meeting_records(
    rng: random.Random, occasion: _Occasion, held_on: dt.date, rotation: list[int]
) -> tuple[MeetingRecords, _Voice]:
    """One meeting, and the voice its minutes were written in (for a concern added later).

    ``rotation`` holds the roster index of the last minute-taker and is moved on.
    """
    roster = occasion.roster
    statuses = [_status(rng, _VOLUNTEER_ATTENDANCE) for _ in roster]
    attended = [i for i, s in enumerate(statuses) if s in _ATTENDED]
    if not attended:
        statuses[0] = AttendanceStatus.PRESENT
        attended = [0]
    core_status = _status(rng, _CORE_MEMBER_ATTENDANCE)
    # The minute-taker rotates: the next volunteer in roster order who is at the meeting.
    n = len(roster)
    taker_index = next(
        (rotation[0] + step) % n for step in range(1, n + 1) if (rotation[0] + step) % n in attended
    )
    rotation[0] = taker_index
    taker = roster[taker_index]
    origin = occasion.devices[taker.uuid]
    meeting_uuid = record_uuid(rng)

    start = _minute_of_day(occasion.start_time)
    length = MEETING_MINUTES + rng.choice((0, 0, 0, 0, 0, -15, 15, 10, -10))
    end = start + length
    venue = occasion.venues[0] if rng.random() < 0.85 else rng.choice(occasion.venues)
    until = occasion.until
    draft = until is not None and (until - held_on).days <= 2
    written = end + (60 if draft else rng.randint(60, 44 * 60))
    if until is not None:
        latest = (until - held_on).days * 24 * 60 + 8 * 60
        written = max(end + 30, min(written, latest))
    updated_at = _stamp(held_on, written)

    present_names = [_first_name(roster[i]) for i in attended]
    voice = _Voice(
        core=_pseudonym(occasion.core_member),
        pronoun=occasion.pronoun,
        volunteers=present_names,
        venue=venue,
        time=occasion.start_time,
        next=occasion.next_meeting,
        daypart=_daypart(occasion.start_time),
        writer=_first_name(taker),
    )
    notes = _attendance_notes(rng, roster, statuses)

    concerns: list[Concern] = []
    core_there = core_status in _ATTENDED
    for level, rate in enumerate(CONCERN_RATES):
        if rng.random() < rate and (core_there or level < 3):
            concern = _concern(
                rng,
                voice,
                level=level,
                circle_uuid=occasion.circle_uuid,
                meeting_uuid=meeting_uuid,
                origin=origin,
                day=held_on,
                raised=start + rng.randint(15, max(16, length - 10)),
                end=end,
                updated_at=updated_at,
            )
            concerns.append(concern)
            notes.append(("concerns", _concern_note(voice, concern)))

    if core_there:
        rating = occasion.engagement_base + rng.gauss(0.0, 0.8)
        rating -= 0.8 * sum(1 for c in concerns if c.level >= 2)
        engagement: int | None = max(1, min(5, round(rating)))
    else:
        engagement = None
    minutes, life_areas = _compose_minutes(
        rng, voice, engagement=engagement, core_status=core_status, notes=notes, size=occasion.size
    )
    meeting = Meeting(
        uuid=meeting_uuid,
        origin=origin,
        updated_at=updated_at,
        circle_uuid=occasion.circle_uuid,
        held_on=held_on.isoformat(),
        start_time=occasion.start_time,
        end_time=_hhmm(end),
        venue=venue,
        minute_taker_uuid=taker.uuid,
        minutes=minutes,
        life_areas=life_areas,
        engagement=engagement,
        status=MeetingStatus.DRAFT.value if draft else MeetingStatus.FINAL.value,
    )
    if not occasion.with_attendance:
        return MeetingRecords(
            meeting=meeting, attendance=(), concerns=tuple(concerns), hours=()
        ), voice
    people = [*roster, occasion.core_member]
    attendance = tuple(
        Attendance(
            uuid=record_uuid(rng),
            origin=origin,
            updated_at=updated_at,
            meeting_uuid=meeting_uuid,
            person_uuid=person.uuid,
            status=status.value,
        )
        for person, status in zip(people, [*statuses, core_status], strict=True)
    )
    hours = tuple(
        VolunteerHours(
            uuid=record_uuid(rng),
            origin=occasion.devices[roster[i].uuid],
            updated_at=_stamp(held_on, end + rng.randint(60, 180)),
            person_uuid=roster[i].uuid,
            circle_uuid=occasion.circle_uuid,
            worked_on=held_on.isoformat(),
            minutes=length
            + 5 * rng.randint(3, 14)
            - (20 if statuses[i] == AttendanceStatus.LATE else 0),
            activity="meeting",
        )
        for i in attended
    )
    records = MeetingRecords(
        meeting=meeting, attendance=attendance, concerns=tuple(concerns), hours=hours
    )
    return records, voice


def _attendance_notes(
    rng: random.Random, roster: Sequence[Person], statuses: Sequence[AttendanceStatus]
) -> list[tuple[str, str]]:
    apologies = [
        f"{_first_name(p)} ({rng.choice(('work', 'unwell', 'family', 'on holiday', 'caring'))})"
        for p, s in zip(roster, statuses, strict=True)
        if s == AttendanceStatus.APOLOGIES
    ]
    notes: list[tuple[str, str]] = []
    if apologies:
        notes.append(("checkin", f"Apologies from {', '.join(apologies)}."))
    for person, status in zip(roster, statuses, strict=True):
        if status == AttendanceStatus.LATE:
            reason = rng.choice(("traffic", "work ran over", "a delayed train", "roadworks"))
            notes.append(("checkin", f"{_first_name(person)} arrived late ({reason})."))
        elif status == AttendanceStatus.ABSENT:
            notes.append(
                (
                    "checkin",
                    f"{_first_name(person)} did not come and had not sent word; "
                    "the coordinator will follow it up.",
                )
            )
    return notes


def _concern(
    rng: random.Random,
    voice: _Voice,
    *,
    level: int,
    circle_uuid: str,
    meeting_uuid: str | None,
    origin: str,
    day: dt.date,
    raised: int,
    end: int,
    updated_at: str,
) -> Concern:
    """A concern at ``level`` with a description that fits its category and level."""
    if level == 4:
        category = _weighted(rng, _CATEGORY_WEIGHTS_EMERGENCY)
        templates = _EMERGENCIES[category]
    else:
        category = _weighted(
            rng, _CATEGORY_WEIGHTS_URGENT if level == 3 else _CATEGORY_WEIGHTS_ROUTINE
        )
        templates = _CONCERNS[category][(0, 0, 1, 2)[level]]
    description = voice.say(rng, templates[rng.randrange(len(templates))])
    phoned_at: str | None = None
    if level >= 3:
        called = end + rng.randint(2, 10) if level == 3 else raised + rng.randint(1, 5)
        phoned = called + rng.randint(5, 25) if level == 4 else called
        voice.slots["phoned"] = _hhmm(phoned)
        voice.slots["called"] = _hhmm(called)
        phoned_at = _stamp(day, phoned)
        updated_at = max(updated_at, _stamp(day, phoned + rng.randint(10, 60)))
    actions = _ACTIONS[level]
    action: str | None = None
    if level >= 2 or rng.random() < 0.5:
        action = voice.say(rng, actions[rng.randrange(len(actions))])
    if level == 0 and action is not None and rng.random() < 0.6:
        action = None
    return Concern(
        uuid=record_uuid(rng),
        origin=origin,
        updated_at=updated_at,
        circle_uuid=circle_uuid,
        meeting_uuid=meeting_uuid,
        raised_at=_stamp(day, raised),
        level=level,
        category=category,
        description=description,
        action_taken=action,
        coordinator_phoned_at=phoned_at,
    )


def _topic(category: str, voice: _Voice) -> str:
    topic = _CATEGORY_TOPICS[category]
    return topic.replace(" he ", f" {voice.slots['he']} ")


def _concern_note(voice: _Voice, concern: Concern) -> str:
    slots = {**voice.slots, "topic": _topic(concern.category, voice)}
    return _CONCERN_NOTES[concern.level].format_map(slots)


def _pattern_days(pattern: str) -> int:
    return {MeetingPattern.FORTNIGHTLY.value: 14, MeetingPattern.MONTHLY.value: 28}.get(pattern, 7)


def _next_phrase(days: int) -> str:
    return {7: "next week", 14: "in two weeks", 28: "in four weeks"}.get(days, "next week")


def generate_meetings(
    *,
    rng: random.Random,
    circle: Circle,
    core_member: Person,
    volunteers: Sequence[Person],
    devices: Mapping[str, str],
    start: dt.date,
    count: int,
    pronoun: Pronoun = "he",
    start_time: str = "18:30",
    size: tuple[int, int] = MINUTES_BYTES,
    with_attendance: bool = True,
) -> list[MeetingRecords]:
    """``count`` consecutive meetings of ``circle`` from ``start``, with attendance and concerns.

    Meetings follow the circle's pattern (weekly unless fortnightly or monthly), on the weekday of
    ``start``, skipping about one week in twenty-five and Christmas. ``devices`` maps each
    volunteer's person uuid to their device id (map them all to one device to get one origin).
    Dates must stay before 2200: for many thousands of meetings, spread them over several circles.
    ``with_attendance=False`` leaves out the attendance and hours records (about eleven per
    meeting), for benchmarks that need only meetings.
    """
    if not volunteers:
        raise ValueError("A circle needs at least one volunteer to take the minutes.")
    step = _pattern_days(circle.meeting_pattern)
    occasion = _Occasion(
        circle_uuid=circle.uuid,
        core_member=core_member,
        pronoun=pronoun,
        roster=list(volunteers),
        devices=devices,
        venues=circle.venues or ("Hall A",),
        start_time=start_time,
        next_meeting=_next_phrase(step),
        engagement_base=rng.uniform(2.8, 4.2),
        size=size,
        with_attendance=with_attendance,
    )
    rotation = [rng.randrange(len(volunteers))]
    result: list[MeetingRecords] = []
    day = start
    while len(result) < count:
        if not _is_christmas(day) and rng.random() >= _HOLIDAY_SKIP:
            result.append(_meeting_records(rng, occasion, day, rotation)[0])
        day += dt.timedelta(days=step)
    return result


# --------------------------------------------------------------------------------------------------
# The organisation


@dataclasses.dataclass(frozen=True, kw_only=True)
class VolunteerRecords:
    """One volunteer, their device and every record they wrote (all with that device as origin)."""

    person: Person
    device_id: str
    meetings: tuple[Meeting, ...]
    attendance: tuple[Attendance, ...]
    concerns: tuple[Concern, ...]
    contacts: tuple[Contact, ...]
    hours: tuple[VolunteerHours, ...]
    reviews: tuple[Review, ...]

    def records(self) -> tuple[Record, ...]:
        """All of them, meetings before the attendance and concerns that refer to them."""
        return (
            *self.meetings,
            *self.attendance,
            *self.concerns,
            *self.contacts,
            *self.hours,
            *self.reviews,
        )


@dataclasses.dataclass(frozen=True, kw_only=True)
class Organisation:
    """A whole synthetic office: what the office holds and, per volunteer, what they wrote.

    ``until`` is the organisation's "today": records cover the days from ``start`` up to the day
    before it. ``concern_responses`` are the office's answers to volunteers' concerns; they refer to
    concerns that reach the office through volunteers' bundles, so they are kept apart from
    :meth:`office_records`.
    """

    office_device: str
    start: dt.date
    until: dt.date
    office_config: OfficeConfig
    circles: tuple[Circle, ...]
    people: tuple[Person, ...]
    memberships: tuple[Membership, ...]
    volunteers: tuple[VolunteerRecords, ...]
    concern_responses: tuple[ConcernResponse, ...]

    def office_records(self) -> tuple[Record, ...]:
        """Configuration, circles, people and memberships: the office's own records."""
        return (self.office_config, *self.circles, *self.people, *self.memberships)

    def office_records_for(self, person_uuid: str) -> tuple[Record, ...]:
        """The office records a volunteer's vault holds: the configuration, the circles they are in
        (or were), those circles' roster places and the people in them."""
        circle_ids = {m.circle_uuid for m in self.memberships if m.person_uuid == person_uuid}
        places = [m for m in self.memberships if m.circle_uuid in circle_ids]
        people_ids = {m.person_uuid for m in places}
        return (
            self.office_config,
            *(circle for circle in self.circles if circle.uuid in circle_ids),
            *(person for person in self.people if person.uuid in people_ids),
            *places,
        )

    def device_ids(self) -> dict[str, str]:
        """Volunteer person uuid → device id."""
        return {entry.person.uuid: entry.device_id for entry in self.volunteers}

    def volunteer(self, person_uuid: str) -> VolunteerRecords:
        """The records of one volunteer (KeyError if the person is not a volunteer)."""
        for entry in self.volunteers:
            if entry.person.uuid == person_uuid:
                return entry
        raise KeyError(person_uuid)

    def records(self) -> tuple[Record, ...]:
        """Everything, in an order where each record comes after those it refers to."""
        return (
            *self.office_records(),
            *(record for entry in self.volunteers for record in entry.records()),
            *self.concern_responses,
        )


@dataclasses.dataclass(kw_only=True)
class _Stint:
    person: Person
    joined: dt.date
    left: dt.date | None = None


@dataclasses.dataclass(kw_only=True)
class _Plan:
    """A circle's life: when it started, how long each phase lasts, who is in it."""

    uuid: str
    kind: str
    code: str
    core_member: Person
    pronoun: Pronoun
    started: dt.date  # first meeting (or the planned one)
    active_weeks: int
    step_down_weeks: int
    ending_weeks: int
    preparation_weeks: int
    referral_weeks: int
    start_time: str
    venues: tuple[str, ...]
    engagement_base: float
    drift: float
    review_base: dict[str, float]
    stints: list[_Stint] = dataclasses.field(default_factory=list)

    @property
    def prepared(self) -> dt.date:
        return self.started - dt.timedelta(weeks=self.preparation_weeks)

    @property
    def referred(self) -> dt.date:
        return self.prepared - dt.timedelta(weeks=self.referral_weeks)

    @property
    def lifetime_weeks(self) -> int:
        return self.active_weeks + self.step_down_weeks + self.ending_weeks

    @property
    def closed(self) -> dt.date:
        return self.started + dt.timedelta(weeks=self.lifetime_weeks)

    def phase_at(self, day: dt.date) -> Phase:
        if day < self.prepared:
            return Phase.REFERRAL
        if day < self.started:
            return Phase.PREPARATION
        week = (day - self.started).days // 7
        if week < self.active_weeks:
            return Phase.ACTIVE
        if week < self.active_weeks + self.step_down_weeks:
            return Phase.STEP_DOWN
        if week < self.lifetime_weeks:
            return Phase.ENDING
        return Phase.CLOSED

    def phase_began(self, day: dt.date) -> dt.date:
        """The day the phase of ``day`` began."""
        phase = self.phase_at(day)
        if phase == Phase.REFERRAL:
            return self.referred
        if phase == Phase.PREPARATION:
            return self.prepared
        weeks = {
            Phase.ACTIVE: 0,
            Phase.STEP_DOWN: self.active_weeks,
            Phase.ENDING: self.active_weeks + self.step_down_weeks,
        }.get(phase, self.lifetime_weeks)
        return self.started + dt.timedelta(weeks=weeks)

    def roster_on(self, day: dt.date) -> list[Person]:
        return [
            s.person for s in self.stints if s.joined <= day and (s.left is None or day < s.left)
        ]


_PATTERN_OF: Final[dict[Phase, MeetingPattern]] = {
    Phase.REFERRAL: MeetingPattern.NONE,
    Phase.PREPARATION: MeetingPattern.WEEKLY,
    Phase.ACTIVE: MeetingPattern.WEEKLY,
    Phase.STEP_DOWN: MeetingPattern.FORTNIGHTLY,
    Phase.ENDING: MeetingPattern.MONTHLY,
    Phase.CLOSED: MeetingPattern.NONE,
}
# The first circles of an organisation show each phase; later ones start at any time in the window
# (a few are still being prepared), so their phase follows from their age.
_FIRST_KINDS: Final = (
    "active-long",
    "active",
    "step-down",
    "preparation",
    "active",
    "closed",
    "ending",
    "referral",
)
_NOT_STARTED_WEIGHTS: Final[dict[str, int]] = {"running": 91, "preparation": 6, "referral": 3}


class _People:
    """Invented, unique names and phone numbers."""

    def __init__(self, rng: random.Random, office_device: str) -> None:
        self.rng = rng
        self.office_device = office_device
        self.names = [f"{first} {initial}." for first in _FIRST_NAMES for initial in _INITIALS]
        rng.shuffle(self.names)
        letters = list(_CORE_LETTERS)
        rng.shuffle(letters)
        self.letters = letters + [f"{a}.{b}" for a in letters for b in letters]
        self.made = 0
        self.core_made = 0

    def person(self, role: PersonRole, *, enrolled: dt.date) -> Person:
        updated_at = _stamp(enrolled, 10 * 60 + self.rng.randint(0, 360))
        if role == PersonRole.CORE_MEMBER:
            round_, index = divmod(self.core_made, len(self.letters))
            self.core_made += 1
            return Person(
                uuid=record_uuid(self.rng),
                origin=self.office_device,
                updated_at=updated_at,
                name=f"Core member {self.letters[index]}." + (f" {round_ + 1}" if round_ else ""),
                role=role.value,
            )
        round_, index = divmod(self.made, len(self.names))
        self.made += 1
        name = self.names[index] + (f" {round_ + 1}" if round_ else "")
        exchange = "01632 960" if role == PersonRole.COORDINATOR else "07700 900"
        return Person(
            uuid=record_uuid(self.rng),
            origin=self.office_device,
            updated_at=updated_at,
            name=name,
            role=role.value,
            phone=f"{exchange}{self.rng.randrange(1000):03d}",
        )


def _age_at_end(rng: random.Random, kind: str, plan_weeks: tuple[int, int, int], weeks: int) -> int:
    active, step_down, ending = plan_weeks
    lifetime = active + step_down + ending
    if kind == "active-long":
        return min(active - 2, max(1, weeks + rng.randint(0, 6)))
    if kind == "active":
        return rng.randint(max(1, (active - 1) // 3), active - 1)
    if kind == "step-down":
        return rng.randint(active, active + step_down - 1)
    if kind == "ending":
        return rng.randint(active + step_down, lifetime - 1)
    if kind == "closed":  # closed at any time in the window, or up to 30 weeks before it ends
        return rng.randint(lifetime, lifetime + max(30, weeks - 26))
    if kind == "running":  # started at any time: more closed circles over a longer window
        return rng.randint(1, max(weeks, lifetime // 2) + 30)
    return 0  # preparation and referral: set by the caller


def generate_organisation(
    *,
    seed: int,
    circles: int,
    volunteers_per_circle: int,
    weeks: int,
    start: dt.date,
    office_device: str,
    volunteer_devices: Callable[[Person], str] | None = None,
    office_name: str = "Demo Circles Office",
    office_phone: str = "01632 960000",
    minutes_size: tuple[int, int] = MINUTES_BYTES,
) -> Organisation:
    """A synthetic office with ``circles`` circles and ``weeks`` weeks of records from ``start``.

    Each circle lives 12 to 18 months and is in the phase that fits its age: the first eight show
    every phase, later ones started at any time (so over a long window many have closed). Circles
    meet weekly while active, fortnightly in step-down and monthly while ending; for N circles
    meeting weekly for years on end (a load test), use :func:`generate_meetings` per circle.
    Office records have ``office_device`` as origin; the records a volunteer wrote have that
    volunteer's device: ``volunteer_devices(person)`` or, without the callback,
    :func:`derived_device_id`. The callback is called once per volunteer, in order, and changes no
    other record, so a caller can create each volunteer's vault in it and return its device id.
    """
    if circles < 0 or weeks < 0 or volunteers_per_circle < 1:
        raise ValueError("Circles and weeks must not be negative; a circle needs a volunteer.")
    rng = random.Random(seed)
    until = start + dt.timedelta(weeks=weeks)
    people = _People(rng, office_device)
    plans = _plan_circles(rng, people, circles=circles, weeks=weeks, until=until)
    earliest = min([start, *(plan.referred for plan in plans)])
    coordinators = [
        people.person(PersonRole.COORDINATOR, enrolled=earliest)
        for _ in range(max(1, (circles + 11) // 12))
    ]
    volunteers = _fill_rosters(rng, people, plans, per_circle=volunteers_per_circle, until=until)
    device_of = volunteer_devices or (lambda person: derived_device_id(person.uuid))
    devices = {person.uuid: device_of(person) for person in volunteers}
    circle_records, memberships = _office_records(rng, plans, coordinators, office_device, until)

    written = _Writing(volunteers, devices)
    for plan in plans:
        _circle_history(_fork(rng), plan, written, devices, start, until, minutes_size)
    for person in volunteers:
        _training(_fork(rng), person, plans, devices, start, until, written)
    if circles >= 2 and weeks >= 8:
        _ensure_urgent(rng, written, minutes_size)
    config = default_office_config(
        office_device=office_device,
        office_name=office_name,
        phone=office_phone,
        updated_at=_stamp(earliest - dt.timedelta(weeks=10), 9 * 60),
    )
    return Organisation(
        office_device=office_device,
        start=start,
        until=until,
        office_config=config,
        circles=circle_records,
        people=(*coordinators, *(plan.core_member for plan in plans), *volunteers),
        memberships=memberships,
        volunteers=tuple(
            VolunteerRecords(
                person=person,
                device_id=devices[person.uuid],
                meetings=tuple(written.meetings[person.uuid]),
                attendance=tuple(written.attendance[person.uuid]),
                concerns=tuple(written.concerns[person.uuid]),
                contacts=tuple(written.contacts[person.uuid]),
                hours=tuple(written.hours[person.uuid]),
                reviews=tuple(written.reviews[person.uuid]),
            )
            for person in volunteers
        ),
        concern_responses=_responses(rng, written, volunteers, office_device, until),
    )


def _plan_circles(
    rng: random.Random, people: _People, *, circles: int, weeks: int, until: dt.date
) -> list[_Plan]:
    """Each circle's life and core member, oldest first."""
    region = rng.choice(_REGIONS)
    numbers = sorted(rng.sample(range(1, max(200, 3 * circles + 1)), circles))
    plans: list[_Plan] = []
    for index in range(circles):
        if index < len(_FIRST_KINDS):
            kind = _FIRST_KINDS[index]
        else:
            kind = _weighted(rng, _NOT_STARTED_WEIGHTS)
        lengths = (rng.randint(40, 56), rng.randint(16, 26), 5)
        preparation, referral = rng.randint(6, 12), rng.randint(4, 10)
        age = _age_at_end(rng, kind, lengths, weeks)
        if kind == "preparation":
            age = -rng.randint(1, preparation)
        elif kind == "referral":
            age = -preparation - rng.randint(1, referral)
        started = until - dt.timedelta(weeks=age, days=rng.randint(1, 6))
        first_venue = rng.randrange(len(_VENUES))
        venues: tuple[str, ...] = (_VENUES[first_venue],)
        if rng.random() < 0.4:
            venues += (_VENUES[(first_venue + rng.randint(1, 3)) % len(_VENUES)],)
        pronoun: Pronoun = "she" if rng.random() < 0.08 else "he"
        plans.append(
            _Plan(
                uuid=record_uuid(rng),
                kind=kind,
                code="",  # numbered once all circles are planned
                core_member=people.person(
                    PersonRole.CORE_MEMBER,
                    enrolled=started - dt.timedelta(weeks=preparation + referral),
                ),
                pronoun=pronoun,
                started=started,
                active_weeks=lengths[0],
                step_down_weeks=lengths[1],
                ending_weeks=lengths[2],
                preparation_weeks=preparation,
                referral_weeks=referral,
                start_time=rng.choice(_START_TIMES),
                venues=venues,
                engagement_base=rng.uniform(2.8, 3.8),
                drift=rng.uniform(0.15, 0.45),
                review_base={
                    item: rng.uniform(0.3, 2.5) if item == "children" else rng.uniform(1.5, 5.0)
                    for item in defaults.REVIEW_ITEMS
                },
            )
        )
    # Older circles get the lower numbers, as an office numbers them when they open.
    plans.sort(key=lambda plan: plan.started)
    for plan, number in zip(plans, numbers, strict=True):
        plan.code = f"{region}-{number:03d}"
    return plans


def _fill_rosters(
    rng: random.Random, people: _People, plans: Sequence[_Plan], *, per_circle: int, until: dt.date
) -> list[Person]:
    """Volunteers join in preparation; some serve in two circles, a few leave and are replaced."""
    today = until - dt.timedelta(days=1)
    volunteers: list[Person] = []
    circle_count: dict[str, int] = {}
    for plan in plans:
        if plan.kind == "referral":
            continue
        joined = min(plan.prepared + dt.timedelta(days=rng.randint(0, 6)), today)
        reuse = [p for p in volunteers if circle_count[p.uuid] == 1]
        for slot in range(per_circle):
            if slot == per_circle - 1 and reuse and rng.random() < 0.1:
                person = rng.choice(reuse)
            else:
                person = people.person(
                    PersonRole.VOLUNTEER, enrolled=joined - dt.timedelta(days=rng.randint(14, 60))
                )
                volunteers.append(person)
                circle_count[person.uuid] = 0
            circle_count[person.uuid] += 1
            plan.stints.append(_Stint(person=person, joined=joined))
        age = (until - plan.started).days // 7
        if age >= 20 and rng.random() < 0.15:
            leave = plan.started + dt.timedelta(
                weeks=rng.randint(8, min(age, plan.active_weeks + plan.step_down_weeks) - 4)
            )
            leaver = rng.choice(plan.stints)
            leaver.left = leave
            newcomer = people.person(
                PersonRole.VOLUNTEER, enrolled=leave - dt.timedelta(days=rng.randint(14, 60))
            )
            volunteers.append(newcomer)
            circle_count[newcomer.uuid] = 1
            plan.stints.append(
                _Stint(person=newcomer, joined=leave + dt.timedelta(days=rng.randint(0, 6)))
            )
        if plan.closed <= until:
            for stint in plan.stints:
                if stint.left is None:
                    stint.left = plan.closed
    return volunteers


def _office_records(
    rng: random.Random,
    plans: Sequence[_Plan],
    coordinators: Sequence[Person],
    office_device: str,
    until: dt.date,
) -> tuple[tuple[Circle, ...], tuple[Membership, ...]]:
    """Circles as they stand on the last day, and every roster place they have had."""
    today = until - dt.timedelta(days=1)
    circle_records: list[Circle] = []
    memberships: list[Membership] = []
    for number, plan in enumerate(plans):
        phase = plan.phase_at(today)
        next_review: str | None = None
        if phase in (Phase.ACTIVE, Phase.STEP_DOWN):
            age_weeks = (until - plan.started).days // 7
            review_week = (age_weeks // REVIEW_EVERY_WEEKS + 1) * REVIEW_EVERY_WEEKS
            next_review = (plan.started + dt.timedelta(weeks=review_week)).isoformat()
        circle_records.append(
            Circle(
                uuid=plan.uuid,
                origin=office_device,
                updated_at=_stamp(min(plan.phase_began(today), today), 9 * 60),
                code=plan.code,
                phase=phase.value,
                meeting_pattern=_PATTERN_OF[phase].value,
                venues=plan.venues,
                started_on=None if phase == Phase.REFERRAL else plan.started.isoformat(),
                next_review_on=next_review,
            )
        )
        left = plan.closed if plan.closed <= until else None
        coordinator = coordinators[number % len(coordinators)]
        joins: list[tuple[Person, PersonRole, dt.date, dt.date | None]] = [
            (plan.core_member, PersonRole.CORE_MEMBER, plan.referred, left),
            (coordinator, PersonRole.COORDINATOR, plan.referred, left),
        ]
        joins += [(s.person, PersonRole.VOLUNTEER, s.joined, s.left) for s in plan.stints]
        for person, role, joined_on, left_on in joins:
            memberships.append(
                Membership(
                    uuid=record_uuid(rng),
                    origin=office_device,
                    updated_at=_stamp(left_on or joined_on, 10 * 60),
                    circle_uuid=plan.uuid,
                    person_uuid=person.uuid,
                    role=role.value,
                    joined_on=joined_on.isoformat(),
                    left_on=left_on.isoformat() if left_on else None,
                )
            )
    return tuple(circle_records), tuple(memberships)


class _Writing:
    """Records as they are written, filed under the volunteer who wrote them."""

    def __init__(self, volunteers: Sequence[Person], devices: Mapping[str, str]) -> None:
        keys = [person.uuid for person in volunteers]
        self.meetings: dict[str, list[Meeting]] = {key: [] for key in keys}
        self.attendance: dict[str, list[Attendance]] = {key: [] for key in keys}
        self.concerns: dict[str, list[Concern]] = {key: [] for key in keys}
        self.contacts: dict[str, list[Contact]] = {key: [] for key in keys}
        self.hours: dict[str, list[VolunteerHours]] = {key: [] for key in keys}
        self.reviews: dict[str, list[Review]] = {key: [] for key in keys}
        self.devices = devices
        # Every meeting with the voice it was written in, for adding an urgent concern later.
        self.occasions: list[tuple[Meeting, _Voice]] = []

    def add_meeting(self, records: MeetingRecords, voice: _Voice) -> None:
        writer = records.meeting.minute_taker_uuid
        assert writer is not None
        self.meetings[writer].append(records.meeting)
        self.attendance[writer].extend(records.attendance)
        self.concerns[writer].extend(records.concerns)
        for hours in records.hours:
            self.hours[hours.person_uuid].append(hours)
        self.occasions.append((records.meeting, voice))


def _circle_history(
    rng: random.Random,
    plan: _Plan,
    written: _Writing,
    devices: Mapping[str, str],
    start: dt.date,
    until: dt.date,
    size: tuple[int, int],
) -> None:
    """Meetings, contacts and reviews of one circle between ``start`` and ``until``."""
    rotation = [rng.randrange(max(1, len(plan.stints)))]
    last_writer: Person | None = None
    previous_scores: dict[str, int] | None = None
    for week in range(plan.lifetime_weeks):
        nominal = plan.started + dt.timedelta(weeks=week)
        if nominal >= until:
            break
        phase = plan.phase_at(nominal)
        roster = plan.roster_on(nominal)
        if not roster:
            continue
        if phase == Phase.ACTIVE:
            meets, step = True, 7
        elif phase == Phase.STEP_DOWN:
            meets, step = (week - plan.active_weeks) % 2 == 0, 14
        else:
            meets, step = (week - plan.active_weeks - plan.step_down_weeks) % 4 == 0, 28
        held_on = nominal
        if rng.random() < 0.05:
            held_on += dt.timedelta(days=rng.choice((-1, 1, 2)))
        in_window = start <= held_on < until
        if meets and in_window and not _is_christmas(held_on) and rng.random() >= _HOLIDAY_SKIP:
            progress = min(1.0, week / plan.active_weeks)
            occasion = _Occasion(
                circle_uuid=plan.uuid,
                core_member=plan.core_member,
                pronoun=plan.pronoun,
                roster=roster,
                devices=devices,
                venues=plan.venues,
                start_time=plan.start_time,
                next_meeting=_next_phrase(step),
                engagement_base=plan.engagement_base + 0.6 * progress,
                size=size,
                until=until,
            )
            rotation[0] %= len(roster)
            records, voice = _meeting_records(rng, occasion, held_on, rotation)
            written.add_meeting(records, voice)
            last_writer = roster[rotation[0]]
        if phase in (Phase.ACTIVE, Phase.STEP_DOWN, Phase.ENDING) and rng.random() < _CONTACT_WEEKS:
            contact_on = nominal + dt.timedelta(days=rng.randint(1, 5))
            if start <= contact_on < until:
                _contact(rng, plan, rng.choice(roster), contact_on, written)
        if week > 0 and week % REVIEW_EVERY_WEEKS == 0 and phase in (Phase.ACTIVE, Phase.STEP_DOWN):
            review_on = nominal + dt.timedelta(days=rng.randint(0, 3))
            author = last_writer if last_writer is not None and last_writer in roster else roster[0]
            scores = _review_scores(rng, plan, week // REVIEW_EVERY_WEEKS)
            if start <= review_on < until:
                written.reviews[author.uuid].append(
                    _review(rng, plan, author, devices[author.uuid], review_on, scores,
                            previous_scores)
                )  # fmt: skip
            previous_scores = scores


def _review_scores(rng: random.Random, plan: _Plan, number: int) -> dict[str, int]:
    """Scores of the ``number``-th review: trending down by the circle's drift, with noise."""
    return {
        item: max(0, min(6, round(base - plan.drift * number + rng.gauss(0.0, 0.6))))
        for item, base in plan.review_base.items()
    }


def _review(
    rng: random.Random,
    plan: _Plan,
    author: Person,
    device: str,
    review_on: dt.date,
    scores: dict[str, int],
    previous: dict[str, int] | None,
) -> Review:
    voice = _Voice(
        core=_pseudonym(plan.core_member),
        pronoun=plan.pronoun,
        volunteers=[_first_name(s.person) for s in plan.stints],
    )
    if previous is None:
        trend = "This review sets the baseline for the scores."
    else:
        changes = {item: scores[item] - previous[item] for item in scores}
        item = min(changes, key=lambda key: (changes[key], key))
        worst = max(changes, key=lambda key: (changes[key], key))
        if sum(changes.values()) < 0:
            label = defaults.REVIEW_ITEMS[item].lower()
            trend = f"Scores are lower overall than at the last review, most of all for {label}."
        elif sum(changes.values()) > 0:
            label = defaults.REVIEW_ITEMS[worst].lower()
            trend = (
                f"Some scores went up since the last review, mainly {label}; the circle will keep "
                "a closer eye on this."
            )
        else:
            trend = "Scores are much the same as at the last review."
    notes = " ".join(
        (
            voice.say(rng, rng.choice(_REVIEW_OPENINGS)),
            trend,
            voice.say(rng, rng.choice(_REVIEW_CLOSINGS)),
        )
    )
    return Review(
        uuid=record_uuid(rng),
        origin=device,
        updated_at=_stamp(review_on, 17 * 60 + rng.randint(0, 180)),
        circle_uuid=plan.uuid,
        review_on=review_on.isoformat(),
        template_id=defaults.REVIEW_TEMPLATE_ID,
        scores=scores,
        notes=notes,
    )


def _contact(
    rng: random.Random, plan: _Plan, volunteer: Person, contact_on: dt.date, written: _Writing
) -> None:
    device = written.devices[volunteer.uuid]
    mode = _weighted(rng, _CONTACT_MODE_WEIGHTS)
    voice = _Voice(
        core=_pseudonym(plan.core_member),
        pronoun=plan.pronoun,
        volunteers=[_first_name(volunteer)],
        v=_first_name(volunteer),
        writer=_first_name(volunteer),
    )
    templates = _CONTACTS[mode]
    summary = voice.say(rng, templates[rng.randrange(len(templates))])
    raise_it = rng.random() < _CONTACT_RAISE
    if raise_it:
        summary += " We agreed to bring this to the next meeting: there are no secrets in a circle."
    minute = rng.randint(10 * 60, 20 * 60)
    length = rng.randint(10, 60) if mode != ContactMode.MESSAGE else rng.randint(5, 15)
    updated_at = _stamp(contact_on, minute + length + rng.randint(10, 120))
    written.contacts[volunteer.uuid].append(
        Contact(
            uuid=record_uuid(rng),
            origin=device,
            updated_at=updated_at,
            circle_uuid=plan.uuid,
            person_uuid=volunteer.uuid,
            contact_on=contact_on.isoformat(),
            mode=mode,
            summary=summary,
            raise_at_next_meeting=raise_it,
        )
    )
    written.hours[volunteer.uuid].append(
        VolunteerHours(
            uuid=record_uuid(rng),
            origin=device,
            updated_at=updated_at,
            person_uuid=volunteer.uuid,
            circle_uuid=plan.uuid,
            worked_on=contact_on.isoformat(),
            minutes=length,
            activity="contact",
        )
    )
    if rng.random() < _CONTACT_CONCERN:
        level = rng.choices((0, 1, 2, 3), weights=(20, 45, 28, 7))[0]
        written.concerns[volunteer.uuid].append(
            _concern(
                rng,
                voice,
                level=level,
                circle_uuid=plan.uuid,
                meeting_uuid=None,
                origin=device,
                day=contact_on,
                raised=minute + length,
                end=minute + length,
                updated_at=updated_at,
            )
        )


def _training(
    rng: random.Random,
    person: Person,
    plans: Sequence[_Plan],
    devices: Mapping[str, str],
    start: dt.date,
    until: dt.date,
    written: _Writing,
) -> None:
    """Supervision sessions every six to ten weeks and training twice a year."""
    stints = [(plan, s) for plan in plans for s in plan.stints if s.person.uuid == person.uuid]
    if not stints:
        return
    plan, stint = min(stints, key=lambda pair: pair[1].joined)
    day = max(start, stint.joined) + dt.timedelta(days=rng.randint(7, 40))
    sessions = 0
    while day < until:
        sessions += 1
        training = sessions % 4 == 0
        minutes = rng.randint(150, 360) if training else rng.randint(45, 90)
        written.hours[person.uuid].append(
            VolunteerHours(
                uuid=record_uuid(rng),
                origin=devices[person.uuid],
                updated_at=_stamp(day, 19 * 60 + rng.randint(0, 180)),
                person_uuid=person.uuid,
                circle_uuid=None if training else plan.uuid,
                worked_on=day.isoformat(),
                minutes=minutes,
                activity="training" if training else "supervision",
            )
        )
        day += dt.timedelta(weeks=rng.randint(6, 10))


def _ensure_urgent(rng: random.Random, written: _Writing, size: tuple[int, int]) -> None:
    """Make sure a multi-circle, multi-week organisation shows at least one urgent concern."""
    if any(c.level >= 3 for concerns in written.concerns.values() for c in concerns):
        return
    if len(written.occasions) < 20:
        return
    fitting = [
        occasion
        for occasion in written.occasions
        if occasion[0].engagement is not None and len(occasion[0].minutes.encode()) < size[1] - 250
    ]
    if not fitting:
        return
    meeting, voice = rng.choice(fitting)
    writer = meeting.minute_taker_uuid
    assert writer is not None
    day = dt.date.fromisoformat(meeting.held_on)
    start = _minute_of_day(meeting.start_time or "18:30")
    end = _minute_of_day(meeting.end_time or "20:00")
    concern = _concern(
        rng,
        voice,
        level=3,
        circle_uuid=meeting.circle_uuid,
        meeting_uuid=meeting.uuid,
        origin=meeting.origin,
        day=day,
        raised=start + rng.randint(20, 70),
        end=end,
        updated_at=meeting.updated_at,
    )
    written.concerns[writer].append(concern)
    note = _concern_note(voice, concern)
    if "\n\nConcerns: " in meeting.minutes:
        minutes = meeting.minutes.replace("\n\nConcerns: ", f"\n\nConcerns: {note} ", 1)
    elif "\n\nNext time: " in meeting.minutes:
        minutes = meeting.minutes.replace("\n\nNext time: ", f"\n\nConcerns: {note}\n\nNext time: ")
    else:
        minutes = f"{meeting.minutes}\n\nConcerns: {note}"
    meetings = written.meetings[writer]
    meetings[meetings.index(meeting)] = dataclasses.replace(meeting, minutes=minutes)


def _responses(
    rng: random.Random,
    written: _Writing,
    volunteers: Sequence[Person],
    office_device: str,
    until: dt.date,
) -> tuple[ConcernResponse, ...]:
    """The office's answers to concerns older than a week; older ones are mostly closed too."""
    responses: list[ConcernResponse] = []
    cutoff = dt.datetime.combine(until - dt.timedelta(days=7), dt.time(), tzinfo=dt.UTC)
    for person in volunteers:
        for concern in written.concerns[person.uuid]:
            raised = dt.datetime.fromisoformat(concern.raised_at)
            if raised >= cutoff:
                continue
            if concern.level >= 3:
                action = ResponseAction.ESCALATE
                after = dt.timedelta(minutes=rng.randint(30, 150))
            elif concern.level == 2:
                action = ResponseAction.RESPOND
                after = dt.timedelta(hours=rng.randint(2, 22))
            else:
                action = ResponseAction.ACKNOWLEDGE
                after = dt.timedelta(hours=rng.randint(12, 120))
            answered = raised + after
            escalated = action == ResponseAction.ESCALATE
            agency: str | None = None
            if escalated and concern.category == "mental-health":
                agency = "Mental health crisis team"
            elif escalated:
                agency = rng.choice(("Probation", "Police"))
            text = rng.choice(_RESPONSES[action.value])
            if agency is not None:
                text = text.replace("{agency}", _AGENCY_CONTACTS[agency])
            responses.append(
                ConcernResponse(
                    uuid=record_uuid(rng),
                    origin=office_device,
                    updated_at=answered.isoformat(),
                    concern_uuid=concern.uuid,
                    action=action.value,
                    responded_at=answered.isoformat(),
                    text=text,
                    agency=agency,
                    basis="Risk of serious harm; shared under the circle's information-sharing "
                    "agreement."
                    if escalated
                    else None,
                    outcome="The offender manager followed it up the next day."
                    if escalated
                    else None,
                )
            )
            closed = answered + dt.timedelta(days=rng.randint(3, 21))
            if closed < cutoff and (escalated or rng.random() < 0.6):
                responses.append(
                    ConcernResponse(
                        uuid=record_uuid(rng),
                        origin=office_device,
                        updated_at=closed.isoformat(),
                        concern_uuid=concern.uuid,
                        action=ResponseAction.CLOSE.value,
                        responded_at=closed.isoformat(),
                        text=rng.choice(_RESPONSES[ResponseAction.CLOSE.value]),
                    )
                )
    return tuple(responses)
