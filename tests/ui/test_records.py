"""How records read on screen: counts in words, dates in the user's locale, short extracts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale

from circlesdesk.domain import defaults
from circlesdesk.ui.records import (
    counted,
    counted_list,
    first_words,
    long_date,
    short_date,
    urgency_names,
)


def test_counts_read_in_words_with_english_plurals() -> None:
    assert counted("meeting", 1) == "1 meeting"
    assert counted("meeting", 3) == "3 meetings"
    assert counted("concern_response", 2) == "2 responses from the office"
    assert counted("something new", 2) == "2 other records"
    assert counted_list({"meeting": 2, "concern": 0, "attendance": 6}) == (
        "2 meetings, 6 attendance records"
    )


def test_dates_read_in_the_locale_and_bad_ones_as_they_are(qapp: object) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        shown = QLocale().toString(QDate(2026, 12, 2), QLocale.FormatType.LongFormat)
        assert long_date("2026-12-02") == shown
        assert long_date("2026-12-02T09:30:00+00:00") == shown
        assert long_date(None) == "not set"
        assert short_date("") == ""
        assert short_date("someday") == "someday"
    finally:
        QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("A short  note\nover lines", 80, "A short note over lines"),
        ("We talked about the allotment and his new job", 20, "We talked about the…"),
        ("Unbrokenwordlongerthanthelimit", 10, "Unbrokenwo…"),
    ],
)
def test_first_words_cut_at_a_word(text: str, limit: int, expected: str) -> None:
    assert first_words(text, limit) == expected


def test_every_urgency_level_has_a_name() -> None:
    assert set(urgency_names()) == set(defaults.URGENCY_NAMES)
