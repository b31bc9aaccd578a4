"""The demo's English prose: sentence templates for minutes, concerns, contacts and reviews.

"{slot}" is filled from the voice (:class:`circlesdesk.demo.minutes.Voice`), "[a|b|c]" picks one
alternative at random.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from circlesdesk.domain.enums import (
    ContactMode,
    ResponseAction,
)

CATEGORY_TOPICS: Final[dict[str, str]] = {
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

# --------------------------------------------------------------------------------------------------
# Sentence templates: "{slot}" is filled from the voice, "[a|b|c]" picks one at random.

_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")
_DYNAMIC_SLOTS: Final = ("{v1}", "{v2}", "{day}")


@dataclasses.dataclass(frozen=True, slots=True)
class Template:
    """A sentence template, compiled for speed.

    ``shape`` is the source with its slots escaped ("{{he}}") and its alternatives replaced by
    positional fields ("{0}"): filling it with the chosen alternatives gives text whose slots are
    then filled from the voice. Two C-level ``format`` calls instead of a loop in Python.
    """

    shape: str
    alternatives: tuple[tuple[str, ...], ...]
    dynamic: bool  # uses a slot drawn afresh for each sentence


def _template(source: str) -> Template:
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
    return Template("".join(pieces), tuple(alternatives), dynamic)


def _escape(literal: str) -> str:
    return literal.replace("{", "{{").replace("}", "}}")


def _pool(*sources: str) -> tuple[Template, ...]:
    return tuple(_template(source) for source in sources)


OPENERS = _pool(
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
OPENERS_LATE = _pool(
    "{cm} arrived [twenty minutes|half an hour|a quarter of an hour] late [after missing the "
    "bus|from a job centre appointment that ran over|without saying why|after getting lost on the "
    "new route], so we started with the volunteers' news.",
    "We waited [ten|fifteen|twenty] minutes for {cm}, who arrived [flustered|out of breath|"
    "apologising] and said {his} [bus had been late|appointment had run over|shift had finished "
    "late].",
)
OPENERS_APOLOGIES = _pool(
    "{cm} sent apologies [by text|through {v1}|by phone to the coordinator] because [{he} was "
    "unwell|of a hospital appointment|of a probation appointment that could not be moved|{his} "
    "shift was changed at short notice]; the volunteers met [for a shorter session|as planned] to "
    "share news and plan.",
)
OPENERS_ABSENT = _pool(
    "{cm} did not come and had not been in touch; {v1} [rang twice without an answer|left a "
    "message|will ring again tomorrow] and the coordinator has been told. The volunteers used the "
    "time to go over what {he} has told us recently.",
)
CHECKIN_MORE = _pool(
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

AREA_SENTENCES: Final[dict[str, tuple[Template, ...]]] = {
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

GOALS = _pool(
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
BOUNDARIES = _pool(
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
OBSERVATIONS_HIGH = _pool(
    "{cm} was open and engaged throughout and [made good eye contact|laughed easily|asked the "
    "volunteers about their own weeks|brought up difficult subjects {himself}].",
    "{He} seemed more settled than we have seen {him} for a while and talked about the future "
    "with some hope.",
    "Good energy in the room; {he} [offered to make the tea|stayed behind to help tidy up|thanked "
    "the group at the end].",
)
OBSERVATIONS_MID = _pool(
    "{cm} engaged well on practical matters but became [vague|quiet|defensive] when we asked "
    "about [weekends|how {he} spends {his} evenings|how {he} is feeling].",
    "{He} was tired and a little flat but took part in everything.",
    "{He} [used humour|changed the subject] when [family|the offence|the future] came up, which is "
    "a pattern we have seen before.",
)
OBSERVATIONS_LOW = _pool(
    "{cm} was withdrawn and gave short answers; {v1} felt {he} was [very tired|low|preoccupied "
    "with something].",
    "{He} was irritable for much of the meeting and [checked {his} phone often|sat with {his} coat "
    "on|wanted to leave early].",
    "It was hard going; {he} said little unless asked directly.",
)
OBSERVATIONS_ANY = _pool(
    "{v1} noticed that {cm} [has lost some weight|looked unshaven|seemed better kept than last "
    "month|was wearing new glasses].",
    "{v2} commented afterwards that {he} [seems to trust the group more|still finds it hard to "
    "talk about feelings|is becoming more confident].",
    "The volunteers agreed after the meeting that the overall picture is [stable|improving "
    "slowly|a little more worrying than last month].",
)
DISCUSSION = _pool(
    "We talked about how to support {cm} with [the move|the job search|the weekends|money] over "
    "the next few weeks.",
    "{v1} will ring {cm} on {day} to check {he} is all right and pass on the group's good wishes.",
    "We spent some time on how the circle is working: [who takes the minutes|how we share "
    "contacts|how to keep the conversation balanced].",
    "{v2} reminded the group of what the coordinator said at the last review about [keeping "
    "boundaries|the weekends|the family situation].",
)
NEXT_REQUIRED = _pool("We meet again {next} at {time}[ at {venue}|| as usual].")
NEXT_MORE = _pool(
    "{v1} will [phone {him} on {day}|bring the leaflet about the walking group|look up the bus "
    "times to the college|find out about the debt advice drop-in].",
    "{cm} will [ring the housing office|take the form to the job centre|book the GP "
    "appointment|ask {his} offender manager about the family meal] and tell us how it went.",
    "We agreed to come back to [the family meal|the money worries|the new friendship|the job "
    "applications|weekends] next time.",
)

CONCERN_NOTES: Final[tuple[str, ...]] = (
    "{writer} added a note for the coordinator about {topic}.",
    "{writer} recorded a watch item about {topic}; nothing more is needed at present.",
    "{writer} recorded a concern about {topic} for the coordinator to look at within 24 hours.",
    "{writer} phoned the coordinator after the meeting about {topic} and recorded the concern "
    "with the time of the call.",
    "The meeting ended early: {writer} called 999 about {topic}, then phoned the coordinator.",
)

# Concern descriptions by category and band: 0 for levels 0-1, 1 for level 2, 2 for levels 3-4.
CONCERNS: Final[dict[str, tuple[tuple[Template, ...], ...]]] = {
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
EMERGENCIES: Final[dict[str, tuple[Template, ...]]] = {
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
ACTIONS: Final[tuple[tuple[Template, ...], ...]] = (
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
CONTACTS: Final[dict[str, tuple[Template, ...]]] = {
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
REVIEW_OPENINGS = _pool(
    "Review with the coordinator[ and the offender manager|, the offender manager and the "
    "psychologist| and the police offender manager].",
    "[Quarterly|Twelve-week] review of the circle with the coordinator.",
)
REVIEW_CLOSINGS = _pool(
    "{cm} took part in the first half and said {he} found it useful.",
    "{cm} was given a summary afterwards by {v1}.",
    "{cm} joined in the discussion of {his} goals for the next three months.",
)
RESPONSES: Final[dict[str, tuple[str, ...]]] = {
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


AGENCY_CONTACTS: Final[dict[str, str]] = {
    "Probation": "offender manager",
    "Police": "police public protection unit",
    "Mental health crisis team": "mental health crisis team",
}
