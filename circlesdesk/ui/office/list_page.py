"""What the office's pages share: reading the vault only when no task uses it, the dialog a page
opens, and a table of records that keeps the chosen record chosen with a sentence saying how many.

A page reads the vault on the GUI thread whenever it is shown, even while a background task
writes: each thread has its own connection and a read sees only committed rows
(vault/connections.py). :meth:`OfficePage.must_wait` only notes that the vault is locked (the
page reads again after the next task, which ends once it is unlocked). A write that meets a
background task's transaction waits, then says so plainly (``VaultBusy``, vault/database.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QVBoxLayout, QWidget

from circlesdesk.ui.forms import RecordForm
from circlesdesk.ui.table_model import RowsModel
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import AlertLabel, heading, hint, wrapped
from circlesdesk.vault.vault import Vault

T = TypeVar("T")
FormT = TypeVar("FormT", bound=RecordForm)


def say(label: QLabel, text: str) -> None:
    """Show a sentence on a label and give it to screen readers as the label's description."""
    label.setText(text)
    label.setAccessibleDescription(text)


def page_column(page: QWidget, title: str, explanation: str) -> QVBoxLayout:
    """Start a page's layout: the page named ``title`` for screen readers, a heading saying
    it, and a hint saying what the page is for."""
    page.setAccessibleName(title)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(heading(title, page))
    layout.addWidget(hint(explanation, page))
    return layout


def details_label(name: str, parent: QWidget) -> QLabel:
    """The wrapped, selectable text under a list that describes the chosen record."""
    label = wrapped("", parent)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def keep_chosen(
    view: QTableView, model: RowsModel[T], rows: Sequence[T], key: Callable[[T], object]
) -> bool:
    """Show these records, choosing again the record chosen before (the same ``key``); False if
    it is no longer listed (nothing is chosen then)."""
    chosen = model.row_at(view.currentIndex())
    model.set_rows(rows)
    if chosen is None:
        return False
    wanted = key(chosen)
    found = next((i for i, row in enumerate(rows) if key(row) == wanted), None)
    if found is None:
        return False
    view.selectRow(found)
    return True


class OfficePage(QWidget):
    """An office page on the vault and the shell's task runner; subclasses make ``alert`` and
    give ``refresh()``, which starts with ``if self.must_wait(): return``."""

    alert: AlertLabel
    SKIP_FIRST_SHOW = False  # True: the first page_shown() (just after building) reads nothing

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._waiting = False
        self._just_built = self.SKIP_FIRST_SHOW
        self.dialog: QDialog | None = None
        runner.idle.connect(self._runner_idle)

    def refresh(self) -> None:
        """Read what the page shows again."""
        raise NotImplementedError

    def page_shown(self) -> None:
        """The shell shows the page: read again what imports brought meanwhile."""
        if self._just_built:
            self._just_built = False
            return
        self.refresh()

    def must_wait(self) -> bool:
        """Whether the vault is locked (nothing can be read); the page reads again once a task
        is done. A running task does not hold reads back: each thread has its own connection."""
        self._waiting = self._vault.is_locked
        return self._waiting

    def _runner_idle(self) -> None:
        if self._waiting:
            self.refresh()

    def _vault_free(self) -> bool:
        """Whether the vault is free for a write; if a task is using it, say so (the runner's
        :meth:`~circlesdesk.ui.tasks.TaskRunner.vault_free`) and return False."""
        return self._runner.vault_free(self.alert, self._busy_sentence())

    def _busy_sentence(self) -> str:
        """What ``_vault_free`` says while a task is using the vault ("" for the runner's own)."""
        return ""

    def _open(self, dialog: QDialog) -> None:
        """Open a dialog over the page; it is deleted when closed and ``dialog`` forgets it."""
        self.alert.clear_message()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _open_record_form(self, form: FormT, said: str | Callable[[str], str | None]) -> FormT:
        """Open a form that stores one record (its service audits the write in the same
        transaction): once stored, the page reads the vault again and says ``said`` (or what
        ``said`` makes of the record's uuid). The one way an office page saves through a form."""

        def saved(uuid: str) -> None:
            self.refresh()
            sentence = said(uuid) if callable(said) else said
            if sentence:
                self.alert.show_success(sentence)

        form.saved.connect(saved)
        self._open(form)
        return form


class ListPage(OfficePage, Generic[T]):
    """An office page around a table of records (``model``, ``view``): ``current()`` is the
    chosen one, ``_chosen()`` shows it, and ``status`` says how many there are."""

    model: RowsModel[T]
    view: QTableView
    status: QLabel

    def current(self) -> T | None:
        """The chosen record."""
        return self.model.row_at(self.view.currentIndex())

    def show_rows(
        self, rows: Sequence[T], key: Callable[[T], object], *, counted: str, empty: str
    ) -> None:
        """Show the records, keeping the chosen one chosen (else the first), show it, and say
        how many (``counted``) or that there are none (``empty``)."""
        if not keep_chosen(self.view, self.model, rows, key) and rows:
            self.view.selectRow(0)
        self._chosen()
        say(self.status, counted if rows else empty)

    def _chosen(self, *_args: object) -> None:
        """Show the chosen record (and enable what applies to it)."""
        raise NotImplementedError
