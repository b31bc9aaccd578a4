"""The review form: each item of the office's dynamic-risk template scored 0 to 6, with notes."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox, QWidget

from circlesdesk.errors import ValidationError
from circlesdesk.services import activity
from circlesdesk.ui.forms import CirclePicker, DateField, RecordForm
from circlesdesk.ui.volunteer.common import choose_circle_first
from circlesdesk.ui.widgets import large, wrapped
from circlesdesk.vault.vault import Vault

NOT_SCORED = -1


class ReviewForm(RecordForm):
    """Score every review item; OK stores the review."""

    def __init__(
        self, vault: Vault, *, circle_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Review a circle"), self.tr("&Save review"), parent)
        self._vault = vault
        self.circle = CirclePicker(vault, parent=self.body)
        if circle_code is not None:
            self.circle.set_code(circle_code)
        self.add_row(self.tr("&Circle:"), self.circle)
        self.review_on = DateField(self.tr("Date of the review"), parent=self.body)
        self.add_row(self.tr("&Date:"), self.review_on)
        self.form.addRow(
            wrapped(
                self.tr(
                    "Score each item from 0 (no concern at all) to 6 (a serious concern). "
                    "Use the arrow keys or type the number."
                ),
                self.body,
            )
        )
        _template, items = activity.review_items(vault)
        protective = activity.protective_items(vault)
        if protective:
            self.form.addRow(
                wrapped(
                    self.tr(
                        "Items marked “protective” are strengths: score them from 0 (absent) "
                        "to 6 (strong)."
                    ),
                    self.body,
                )
            )
        self.scores: dict[str, QSpinBox] = {}
        for key, name in items.items():
            label = self.tr("%1 (protective)").replace("%1", name) if key in protective else name
            spin = QSpinBox(self.body)
            spin.setRange(NOT_SCORED, 6)
            spin.setValue(NOT_SCORED)
            spin.setSpecialValueText(self.tr("Not scored"))
            spin.setAccessibleName(label)
            spin.setAccessibleDescription(self.tr("Score from 0 to 6"))
            large(spin)
            spin.valueChanged.connect(self._update)
            self.scores[key] = spin
            self.add_row(label, spin)
        self.notes = QPlainTextEdit(self.body)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)
        self.add_row(self.tr("&Notes:"), self.notes)
        self.ok_button.setEnabled(False)
        self.fit()

    def unscored(self) -> list[str]:
        """Items without a score yet."""
        return [key for key, spin in self.scores.items() if spin.value() == NOT_SCORED]

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.unscored())

    def store(self) -> str:
        """Record the review."""
        code = self.circle.code()
        if code is None:
            raise choose_circle_first()
        missing = self.unscored()
        if missing:
            self.scores[missing[0]].setFocus()
            raise ValidationError("review.scores_missing")
        review = activity.record_review(
            self._vault,
            circle_code=code,
            review_on=self.review_on.iso(),
            scores={key: spin.value() for key, spin in self.scores.items()},
            notes=self.notes.toPlainText().strip(),
        )
        return review.uuid
