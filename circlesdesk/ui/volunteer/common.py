"""What only the volunteer's forms use (the words and parts both roles use are in ui/records.py,
ui/widgets.py and ui/forms.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from circlesdesk.errors import ValidationError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Volunteer", text)


def choose_circle_first() -> ValidationError:
    """The problem shown when a form is saved without a circle chosen."""
    return ValidationError("circle.choose_first")
