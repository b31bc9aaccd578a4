"""The Risk reviews page: each circle's raters, the spread between them, the trend and flags.

The upper table lists the circles that have been reviewed: who rated in the latest
round, its quarter and template version, the trend of the risk total within that version, and how
many flags. The lower table shows the chosen circle's latest round item by item (each rater's
score, the mean and the spread), and the flags are spelt out in words above it — an early
warning for the coordinator to look into, never a verdict (services/risk_reviews.py). *Rate a
circle…* opens the review form, so the coordinator's own review joins the round.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from circlesdesk.services import risk_reviews
from circlesdesk.services.risk_reviews import CircleReviews, Flag, Round
from circlesdesk.ui.office.list_page import ListPage, details_label, page_column, say
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.review_form import ReviewForm
from circlesdesk.ui.widgets import AlertLabel, hint, large
from circlesdesk.vault.vault import Vault


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class CirclesModel(RowsModel[CircleReviews]):
    """One row per reviewed circle."""

    CIRCLE, RATERS, ROUND, TREND, FLAGS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Circle"),
            self.tr("Raters (latest round)"),
            self.tr("Latest round"),
            self.tr("Trend of the risk total"),
            self.tr("Flags"),
        )

    def text(self, row: CircleReviews, column: int) -> str:
        """What a cell shows."""
        latest = row.latest
        if column == self.CIRCLE:
            return row.circle.code
        if column == self.RATERS:
            return ", ".join(rater_name(self, name) for name in row.raters())
        if column == self.ROUND:
            if latest is None:
                return ""
            return (
                self.tr("%1, version %2")
                .replace("%1", latest.quarter)
                .replace("%2", str(latest.template.version))
            )
        if column == self.TREND:
            return " → ".join(_number(total) for _quarter, total in row.trend())
        return str(len(row.flags))


class ItemsModel(RowsModel[str]):
    """The chosen circle's latest round, one row per template item."""

    NUMBER, ITEM, SCORES, MEAN, SPREAD = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round: Round | None = None
        self._headers = (
            self.tr("No."),
            self.tr("Item"),
            self.tr("Scores"),
            self.tr("Mean"),
            self.tr("Spread"),
        )

    def show_round(self, chosen: Round | None) -> None:
        """Show a round's items (none for None)."""
        self.round = chosen
        self.set_rows([] if chosen is None else list(chosen.template.items))

    def text(self, row: str, column: int) -> str:
        """What a cell shows."""
        chosen = self.round
        if chosen is None:
            return ""
        template = chosen.template
        if column == self.NUMBER:
            return str(template.number(row))
        if column == self.ITEM:
            label = template.label(row)
            if row in template.protective:
                return self.tr("%1 (protective)").replace("%1", label)
            return label
        if column == self.SCORES:
            return ", ".join(
                f"{rater_name(self, rater)} {score}" for rater, score in chosen.scores(row)
            )
        if column == self.MEAN:
            return _number(chosen.mean(row))
        return _number(chosen.spread(row))


def rater_name(widget: QObject, name: str) -> str:
    """A rater's name as shown: the coordinator's in the user's language."""
    return widget.tr("Coordinator") if name == risk_reviews.COORDINATOR else name


def flag_sentence(widget: QWidget, flag: Flag) -> str:
    """A flag in words, through tr()."""
    number, label = str(flag.number), flag.label
    if flag.kind == "not-falling":
        text = widget.tr("Item %1 (%2) has not fallen in three reviews.")
    elif flag.kind == "not-rising":
        text = widget.tr("Item %1 (%2), a protective factor, has not risen in three reviews.")
    else:
        first, second = (rater_name(widget, name) for name in flag.raters)
        text = (
            widget.tr("%3 and %4 differ by %5 points on item %1 (%2).")
            .replace("%3", first)
            .replace("%4", second)
            .replace("%5", str(flag.points))
        )
    return text.replace("%1", number).replace("%2", label)


class RiskReviewsPage(ListPage[CircleReviews]):
    """Dynamic-risk reviews per circle: raters, spread, trend and early-warning flags."""

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        layout = page_column(
            self,
            self.tr("Risk reviews"),
            self.tr(
                "Each volunteer rates the circle on their own laptop and you rate here. Rounds "
                "are the reviews of one quarter; scores are compared only within one template "
                "version. Flags are an early warning to look into, not a verdict."
            ),
        )
        self.model = CirclesModel(self)
        self.view = read_only_table(self.model, name=self.tr("Reviewed circles"), parent=self)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CirclesModel.RATERS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 2)
        self.status = hint("", self)
        layout.addWidget(self.status)
        self.flags = details_label(self.tr("Flags for the chosen circle"), self)
        layout.addWidget(self.flags)
        self.items = ItemsModel(self)
        self.item_view = read_only_table(
            self.items, name=self.tr("The latest round, item by item"), parent=self
        )
        header = self.item_view.horizontalHeader()
        for column in range(self.items.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ItemsModel.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ItemsModel.SCORES, QHeaderView.ResizeMode.Stretch)
        self.item_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.item_view, 3)
        self.rate_button = QPushButton(self.tr("&Rate a circle…"), self)
        self.rate_button.setAccessibleName(self.tr("Rate a circle"))
        self.rate_button.setToolTip(
            self.tr("Record your own review of the chosen circle, as the coordinator")
        )
        large(self.rate_button)
        layout.addWidget(self.rate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.alert = AlertLabel(self, focus_on_show=True)
        layout.addWidget(self.alert)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.rate_button.clicked.connect(lambda: self.rate())
        self.refresh()

    def rate(self) -> ReviewForm:
        """Open the review form (the template in use) for the chosen circle."""
        chosen = self.current()
        form = ReviewForm(
            self._vault, circle_code=chosen.circle.code if chosen else None, parent=self
        )
        form.saved.connect(lambda _uuid: self._rated())
        self._open(form)
        return form

    def _rated(self) -> None:
        self.refresh()
        self.alert.show_success(self.tr("Your review is saved and counts in its round."))

    def refresh(self) -> None:
        """Read every circle's reviews again."""
        if self.must_wait():
            return
        rows = risk_reviews.circle_reviews(self._vault)
        self.show_rows(
            rows,
            lambda row: row.circle.uuid,
            counted=self.tr("%n circle(s) reviewed.", "", len(rows)),
            empty=self.tr("No circle has been reviewed yet."),
        )

    def _chosen(self, *_args: object) -> None:
        chosen = self.current()
        self.items.show_round(None if chosen is None else chosen.latest)
        if chosen is None:
            say(self.flags, "")
            return
        sentences = [flag_sentence(self, flag) for flag in chosen.flags]
        say(
            self.flags,
            "\n".join(sentences)
            if sentences
            else self.tr("Nothing is flagged in %1's latest reviews.").replace(
                "%1", chosen.circle.code
            ),
        )

    def flag_texts(self) -> list[str]:
        """The flag sentences shown for the chosen circle (one a line)."""
        text = self.flags.text()
        return text.splitlines() if text else []
