"""Default office configuration: concern categories, life areas, urgency guidance, review items."""

from __future__ import annotations

from typing import Final

CONCERN_CATEGORIES: Final[dict[str, str]] = {
    "social-influences": "Significant social influences",
    "relationships": "Relationships and intimacy",
    "children": "Emotional identification with or access to children",
    "hostility": "Hostility",
    "loneliness": "Social rejection, isolation",
    "lack-of-concern": "Lack of concern for others",
    "impulsivity": "Impulsivity",
    "problem-solving": "Poor problem solving",
    "sexual-preoccupation": "Sexual preoccupation (including sex as coping)",
    "supervision": "Cooperation with supervision and licence conditions",
    "substance-use": "Substance use",
    "stability": "Stability: accommodation, work, money",
    "mental-health": "Mental health (including self-harm and suicide)",
    "other": "Other",
}

LIFE_AREAS: Final[dict[str, str]] = {
    "housing": "Housing",
    "work-learning": "Work and learning",
    "relationships-family": "Relationships and family",
    "leisure": "Leisure",
    "health": "Health",
    "money": "Money",
    "community": "Community",
}

URGENCY_NAMES: Final[dict[int, str]] = {
    0: "Note",
    1: "Watch",
    2: "Concern",
    3: "Urgent",
    4: "Emergency",
}

URGENCY_GUIDANCE: Final[dict[int, str]] = {
    0: "A routine observation. It goes to the coordinator with the minutes (within 48 hours).",
    1: "A small boundary issue or a pattern to keep an eye on. The coordinator reviews it weekly.",
    2: "A risk-relevant change such as isolation, a new relationship or lost housing. "
    "The coordinator will look at it within 24 hours.",
    3: "A possible licence breach, signs of relapse or a threat of suicide. "
    "Phone your coordinator now, then record the time of the call.",
    4: "Imminent danger to anyone. Call 999 first, then your coordinator.",
}

# The review template a new office starts with: the national Dynamic Risk Review as Circles UK
# projects practise it, 17 items each scored 0 (no concern) to 6 (serious), usually quarterly, by
# every volunteer and the coordinator. The items follow the public dynamic-risk domains; an office
# whose own form words them differently renames them in its settings (the keys stay).
REVIEW_TEMPLATE_ID: Final = "circles-uk-drr-v1"
REVIEW_ITEMS: Final[dict[str, str]] = {
    "social-influences": "Significant social influences",
    "intimacy-deficits": "Lack of emotionally intimate relationships with adults",
    "children": "Emotional identification with children",
    "hostility": "Hostility towards others",
    "loneliness": "Social rejection, isolation",
    "lack-of-concern": "Lack of concern for others",
    "impulsivity": "Impulsive acts",
    "problem-solving": "Poor problem solving",
    "negative-emotionality": "Negative emotionality, grievance thinking",
    "sexual-preoccupation": "Sexual preoccupation",
    "sex-as-coping": "Sex as a way of coping",
    "sexual-interest": "Sexual interest in children or violence",
    "attitudes": "Attitudes that support offending",
    "supervision": "Cooperation with supervision and licence conditions",
    "substance-use": "Substance use",
    "stability": "Stability: accommodation, work, money",
    "mental-health": "Mental health (including self-harm and suicide)",
}

# The template CirclesDesk shipped before the national one (ten items): offices that kept it
# go on using it, and reviews scored with it keep its items' names.
LEGACY_REVIEW_TEMPLATE_ID: Final = "dynamic-risk-v1"
LEGACY_REVIEW_ITEMS: Final[dict[str, str]] = {
    key: CONCERN_CATEGORIES[key]
    for key in (
        "social-influences",
        "relationships",
        "children",
        "hostility",
        "loneliness",
        "lack-of-concern",
        "impulsivity",
        "problem-solving",
        "sexual-preoccupation",
        "supervision",
    )
}
SHIPPED_TEMPLATES: Final[dict[str, dict[str, str]]] = {
    LEGACY_REVIEW_TEMPLATE_ID: LEGACY_REVIEW_ITEMS,
    REVIEW_TEMPLATE_ID: REVIEW_ITEMS,
}

RETENTION_WEEKS: Final = 12
AUTOLOCK_MINUTES: Final = 5

# The end-of-circle questionnaire shipped as version 1: each answered 1 (not at all) to 5 (very
# much) by volunteers, the core member and probation. The office may keep changed versions.
QUESTIONNAIRE_QUESTIONS: Final[dict[str, str]] = {
    "supported": "The circle gave the core member support they could rely on.",
    "accountable": "The circle held the core member to account for their behaviour.",
    "safer": "The circle helped the core member live safely in the community.",
    "communication": "Communication between the circle and the professionals worked well.",
    "recommend": "I would recommend a circle to someone in the same situation.",
}
