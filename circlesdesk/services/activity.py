"""Between-meeting contacts, volunteer hours and periodic reviews, each one small form."""

from __future__ import annotations

from collections.abc import Mapping

from circlesdesk.domain import defaults, validation
from circlesdesk.domain.enums import ContactMode
from circlesdesk.domain.records import (
    Contact,
    Meeting,
    Review,
    ReviewTemplate,
    VolunteerHours,
    new_record_id,
)
from circlesdesk.errors import ValidationError
from circlesdesk.services.circles import find_circle
from circlesdesk.services.meetings import office_config
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault


def record_contact(
    vault: Vault,
    *,
    circle_code: str,
    contact_on: str,
    summary: str,
    mode: ContactMode = ContactMode.PHONE,
    raise_at_next_meeting: bool = False,
) -> Contact:
    """A phone call or one-to-one with the core member between meetings."""
    circle = find_circle(vault, circle_code)
    contact = Contact(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        circle_uuid=circle.uuid,
        person_uuid=vault.person_uuid(),
        contact_on=contact_on,
        mode=mode.value,
        summary=summary,
        raise_at_next_meeting=raise_at_next_meeting,
    )
    vault.save_record(contact, "contact.recorded")
    return contact


def contacts_to_raise(vault: Vault, circle_uuid: str) -> list[Contact]:
    """Contacts flagged "raise at next meeting" made since the circle's last meeting."""
    meetings = store.find(
        vault.conn,
        Meeting,
        circle_uuid=circle_uuid,
        order_by=("held_on",),
        descending=True,
        limit=1,
    )
    since = meetings[0].held_on if meetings else "0000-00-00"
    return [
        c
        for c in store.find(vault.conn, Contact, circle_uuid=circle_uuid, order_by=("contact_on",))
        if c.raise_at_next_meeting and c.contact_on >= since
    ]


def record_hours(
    vault: Vault,
    *,
    worked_on: str,
    minutes: int,
    activity: str,
    circle_code: str | None = None,
) -> VolunteerHours:
    """Time this volunteer gave (meeting, travel, training, contact)."""
    person = vault.person_uuid()
    if person is None:
        raise ValidationError("hours.not_welcomed")
    circle_uuid = find_circle(vault, circle_code).uuid if circle_code else None
    hours = VolunteerHours(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        person_uuid=person,
        circle_uuid=circle_uuid,
        worked_on=worked_on,
        minutes=minutes,
        activity=activity,
    )
    vault.save_record(hours, "hours.recorded")
    return hours


def review_items(vault: Vault) -> tuple[str, dict[str, str]]:
    """The office's review template: its id and items (key → label)."""
    config = office_config(vault)
    if config is None:
        return defaults.REVIEW_TEMPLATE_ID, dict(defaults.REVIEW_ITEMS)
    return config.review_template_id, dict(config.review_items)


def protective_items(vault: Vault) -> frozenset[str]:
    """The keys of the current template's items that are protective factors (higher is better),
    as the office's template version says (none until one has arrived)."""
    template_id, _items = review_items(vault)
    found = store.find(vault.conn, ReviewTemplate, template_id=template_id)
    return frozenset(found[0].protective) if found else frozenset()


def record_review(
    vault: Vault, *, circle_code: str, review_on: str, scores: Mapping[str, int], notes: str = ""
) -> Review:
    """A periodic dynamic-risk review: every item of the office's template scored 0–6."""
    circle = find_circle(vault, circle_code)
    template_id, items = review_items(vault)
    if set(scores) != set(items):
        raise ValidationError("review.scores_missing")
    review = Review(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        circle_uuid=circle.uuid,
        review_on=validation.date(review_on, field="review date"),
        template_id=template_id,
        scores=dict(scores),
        notes=notes,
    )
    vault.save_record(review, "review.recorded")
    return review
