"""Tests for circlesdesk.services.home: when a review of a circle is due on a volunteer's Home."""

from __future__ import annotations

import pytest

from circlesdesk.domain.records import Circle, new_record_id
from circlesdesk.services.home import review_due


def circle(next_review_on: str | None) -> Circle:
    return Circle(
        uuid=new_record_id(), origin="ab" * 16, code="SW-014", next_review_on=next_review_on
    )


@pytest.mark.parametrize(
    ("planned", "last", "due"),
    [
        (None, None, None),  # nothing reviewed, no date set: nothing is guessed
        (None, "2026-03-02", "2026-05-25"),  # quarterly: twelve weeks after the last review
        ("2026-04-01", None, "2026-04-01"),  # the office's date
        ("2026-04-01", "2026-03-02", "2026-04-01"),  # reviewed before that date: still due
        ("2026-04-01", "2026-04-01", "2026-06-24"),  # reviewed on it: the next quarter
        ("2026-04-01", "2026-04-09", "2026-07-02"),  # reviewed after it: not due for ever
    ],
)
def test_a_review_is_due_on_the_offices_date_or_a_quarter_after_the_last(
    planned: str | None, last: str | None, due: str | None
) -> None:
    assert review_due(circle(planned), last) == due
